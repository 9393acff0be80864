#include "backtest/WalkForwardView.h"

#include "TableCsvExport.h"
#include "backtest/BacktestFormat.h"
#include "backtest/EquityChart.h"
#include "backtest/ResultCsv.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace rutile::ui {

// ---- WalkForwardFoldModel ----------------------------------------------------------------

WalkForwardFoldModel::WalkForwardFoldModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WalkForwardFoldModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void WalkForwardFoldModel::setResult(
    const backtest::WalkForwardResult &result, const std::vector<DayNumber> &days, const std::vector<ParamSpec> &specs)
{
    beginResetModel();
    m_rows.clear();
    m_objective = result.objective;
    const auto span = [&days](std::size_t first, std::size_t last) {
        if (first >= last || last > days.size())
            return QString();
        return QStringLiteral("%1 \u2013 %2").arg(btfmt::date(days[first]), btfmt::date(days[last - 1]));
    };
    for (const backtest::WalkForwardFold &f : result.folds) {
        Row row;
        row.fold = f;
        row.inSample = span(f.inSampleFirst, f.inSampleLast);
        row.outOfSample = span(f.outOfSampleFirst, f.outOfSampleLast);
        QStringList params;
        for (const ParamSpec &spec : specs)
            params << QStringLiteral("%1=%2").arg(spec.name, spec.format(f.params.value(spec.name, spec.defaultValue)));
        row.params = params.join(QLatin1Char(' '));
        m_rows.push_back(row);
    }
    endResetModel();
}

int WalkForwardFoldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WalkForwardFoldModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WalkForwardFoldModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const backtest::WalkForwardFold &f = row.fold;
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return int((column == ParamsColumn || column == InSampleColumn || column == OutOfSampleColumn ? Qt::AlignLeft
                                                                                                      : Qt::AlignRight)
            | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != kExportRole)
        return {};
    const bool raw = role == kExportRole;
    const auto pct = [raw](double v) { return raw ? btfmt::exportValue(v) : QVariant(btfmt::percent(v)); };
    const auto num = [raw](double v) { return raw ? btfmt::exportValue(v) : QVariant(btfmt::number(v, 2)); };
    switch (column) {
    case FoldColumn:
        return index.row() + 1;
    case InSampleColumn:
        return row.inSample;
    case OutOfSampleColumn:
        return row.outOfSample;
    case ParamsColumn:
        return row.params;
    case InSampleObjectiveColumn:
        return m_objective == backtest::Objective::Cagr || m_objective == backtest::Objective::TotalReturn
            ? pct(f.inSampleValue)
            : num(f.inSampleValue);
    case InSampleCagrColumn:
        return pct(f.inSample.cagr);
    case OutOfSampleCagrColumn:
        return pct(f.outOfSample.cagr);
    case OutOfSampleSharpeColumn:
        return num(f.outOfSample.sharpe);
    case OutOfSampleDrawdownColumn:
        return pct(f.outOfSample.maxDrawdown);
    case OutOfSampleTradesColumn:
        return f.outOfSampleTrades.trades;
    case EfficiencyColumn:
        return num(f.efficiency);
    default:
        return {};
    }
}

QVariant WalkForwardFoldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FoldColumn:
        return tr("Fold");
    case InSampleColumn:
        return tr("In-sample");
    case OutOfSampleColumn:
        return tr("Out-of-sample");
    case ParamsColumn:
        return tr("Winner");
    case InSampleObjectiveColumn:
        return tr("IS %1").arg(btfmt::objectiveText(m_objective));
    case InSampleCagrColumn:
        return tr("IS CAGR");
    case OutOfSampleCagrColumn:
        return tr("OOS CAGR");
    case OutOfSampleSharpeColumn:
        return tr("OOS Sharpe");
    case OutOfSampleDrawdownColumn:
        return tr("OOS max DD");
    case OutOfSampleTradesColumn:
        return tr("OOS trades");
    case EfficiencyColumn:
        return tr("Efficiency");
    default:
        return {};
    }
}

// ---- WalkForwardView ---------------------------------------------------------------------

WalkForwardView::WalkForwardView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("walkForwardView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("walkForwardSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_chart = new EquityChart(split);
    m_chart->setObjectName(QStringLiteral("walkForwardChart"));
    split->addWidget(m_chart);
    m_model = new WalkForwardFoldModel(this);
    m_folds = new QTableView(split);
    m_folds->setObjectName(QStringLiteral("walkForwardFolds"));
    m_folds->setModel(m_model);
    m_folds->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_folds->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_folds->setAlternatingRowColors(true);
    m_folds->verticalHeader()->setVisible(false);
    m_folds->verticalHeader()->setDefaultSectionSize(m_folds->fontMetrics().height() + 6);
    m_folds->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    addCsvExportAction(m_folds, QStringLiteral("walkforward-folds.csv"));
    split->addWidget(m_folds);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    clear();
}

void WalkForwardView::clear()
{
    m_outcome.reset();
    m_model->clear();
    m_chart->clearCurves();
    m_summary->setText(tr("Run a walk-forward analysis: each in-sample window is optimised over the grid and the next "
                          "out-of-sample window is traded with the winner."));
}

void WalkForwardView::setOutcome(const BacktestOutcomePtr &outcome)
{
    if (!outcome || !outcome->walkForward)
        return;
    m_outcome = outcome;
    const backtest::WalkForwardResult &r = *outcome->walkForward;
    const strategy::StrategyDescriptor *descriptor = jobStrategy(outcome->job);
    std::vector<ParamSpec> axisSpecs;
    for (const backtest::GridAxis &axis : outcome->job.grid.axes) {
        if (descriptor)
            if (const ParamSpec *spec = findParam(descriptor->params, axis.name))
                axisSpecs.push_back(*spec);
    }
    m_model->setResult(r, outcome->dataDays, axisSpecs);

    QString text = tr("%n fold(s), %1 %2 out-of-sample bars", nullptr, int(r.folds.size()))
                       .arg(r.config.anchored ? tr("anchored,") : tr("rolling,"))
                       .arg(btfmt::count(qlonglong(r.days.size())));
    text += QStringLiteral(".  ")
        + tr("Out of sample: CAGR %1, Sharpe %2, max drawdown %3, %4 trades.")
              .arg(btfmt::percent(r.performance.cagr), btfmt::number(r.performance.sharpe),
                  btfmt::percent(r.performance.maxDrawdown), btfmt::count(r.tradeStats.trades));
    text += QStringLiteral("  <b>") + tr("Walk-forward efficiency %1").arg(btfmt::number(r.efficiency))
        + QStringLiteral("</b> ");
    if (!std::isfinite(r.efficiency))
        text += tr("(undefined: the in-sample winners did not grow on average).");
    else if (r.efficiency >= 0.5)
        text += tr("(0.5 or more is usually read as robust).");
    else
        text += tr("(below 0.5: the in-sample optimum carries over poorly; likely over-fitted).");
    if (r.cancelled)
        text += QStringLiteral("  ") + tr("Cancelled: the folds finished before the cancel are shown.");
    for (const backtest::BacktestWarning &w : r.warnings)
        text += QStringLiteral("<br>") + w.message.toHtmlEscaped();
    m_summary->setText(text);

    EquityCurves curves;
    curves.days = r.days;
    curves.strategyName = tr("Out-of-sample (stitched)");
    curves.equity = r.equity;
    curves.drawdown = r.drawdown;
    curves.buyAndHoldName = tr("Buy & hold %1").arg(outcome->job.data.symbol);
    curves.buyAndHold = r.buyAndHoldEquity;
    curves.benchmarkName = r.benchmarkSymbol;
    curves.benchmark = r.benchmarkEquity;
    m_chart->setCurves(curves);
    for (std::size_t k = 0; k < r.folds.size(); ++k) {
        const std::size_t first = r.folds[k].outOfSampleFirst;
        if (first < outcome->dataDays.size())
            m_chart->addDayMarker(outcome->dataDays[first], tr("F%1").arg(k + 1));
    }
    m_chart->replot();
}

Status WalkForwardView::exportFoldsCsv(const QString &path) const
{
    if (!m_outcome)
        return Error::invalidArgument(tr("there is no walk-forward result to export"));
    return writeTableCsv(*m_model, path);
}

Status WalkForwardView::exportEquityCsv(const QString &path) const
{
    if (!m_outcome)
        return Error::invalidArgument(tr("there is no walk-forward result to export"));
    const backtest::WalkForwardResult &r = *m_outcome->walkForward;
    return backtest::writeEquityCsv(path, r.days, r.equity, r.drawdown, r.benchmarkEquity);
}

Status WalkForwardView::exportEquityPng(const QString &path) const
{
    if (!m_outcome)
        return Error::invalidArgument(tr("there is no walk-forward result to export"));
    if (!m_chart->exportPng(path))
        return Error::io(tr("cannot write the image"), path);
    return {};
}

} // namespace rutile::ui
