#include "backtest/OptimizerResultsModel.h"

#include "TableCsvExport.h"
#include "backtest/BacktestFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <cmath>
#include <limits>

namespace rutile::ui {

OptimizerResultsModel::OptimizerResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OptimizerResultsModel::clear()
{
    beginResetModel();
    m_results.clear();
    m_axes.clear();
    m_best = -1;
    endResetModel();
}

void OptimizerResultsModel::setResult(const backtest::OptimizationResult &result, const std::vector<ParamSpec> &specs)
{
    beginResetModel();
    m_results = result.results;
    m_objective = result.objective;
    m_best = result.best ? int(*result.best) : -1;
    m_axes.clear();
    for (const backtest::GridAxis &axis : result.grid.axes) {
        const ParamSpec *spec = findParam(specs, axis.name);
        m_axes.push_back(spec ? *spec : ParamSpec::real(axis.name, axis.name, 0, -1e300, 1e300, 1));
    }
    endResetModel();
}

int OptimizerResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int OptimizerResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : objectiveColumn() + StatisticCount;
}

double OptimizerResultsModel::statistic(const backtest::GridPointResult &r, Statistic s) const
{
    switch (s) {
    case Objective:
        return r.value;
    case Sharpe:
        return r.performance.sharpe;
    case Cagr:
        return r.performance.cagr;
    case TotalReturn:
        return r.performance.totalReturn;
    case MaxDrawdown:
        return r.performance.maxDrawdown;
    case Calmar:
        return r.performance.calmar;
    case Sortino:
        return r.performance.sortino;
    case Trades:
        return r.trades.trades;
    case WinRate:
        return r.trades.winRate;
    case Exposure:
        return r.performance.exposure;
    case StatisticCount:
        break;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

QVariant OptimizerResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const backtest::GridPointResult &r = m_results[std::size_t(index.row())];
    const int column = index.column();
    if (role == ResultIndexRole)
        return index.row();
    if (role == Qt::FontRole && index.row() == m_best) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::BackgroundRole && index.row() == m_best)
        return QBrush(QColor(0xff, 0xf3, 0xc4));
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.row() == m_best)
        return tr("The best grid point by the objective");

    if (column == 0) {
        if (role == Qt::DisplayRole || role == SortRole || role == kExportRole)
            return qulonglong(r.index);
        return {};
    }
    if (column <= int(m_axes.size())) {
        const ParamSpec &spec = m_axes[std::size_t(column - 1)];
        const double v = r.params.value(spec.name, spec.defaultValue);
        if (role == Qt::DisplayRole)
            return spec.format(v);
        if (role == SortRole || role == kExportRole)
            return v;
        return {};
    }
    const auto s = Statistic(column - objectiveColumn());
    const double v = statistic(r, s);
    if (role == SortRole)
        return std::isnan(v) ? -std::numeric_limits<double>::infinity() : v; // undefined ranks last
    if (role == kExportRole)
        return btfmt::exportValue(v);
    if (role != Qt::DisplayRole)
        return {};
    switch (s) {
    case Cagr:
    case TotalReturn:
    case MaxDrawdown:
    case WinRate:
    case Exposure:
        return btfmt::percent(v);
    case Trades:
        return btfmt::count(static_cast<long long>(v));
    case Objective:
        return m_objective == backtest::Objective::Cagr || m_objective == backtest::Objective::TotalReturn
            ? btfmt::percent(v)
            : btfmt::number(v, 3);
    default:
        return btfmt::number(v, 3);
    }
}

QVariant OptimizerResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Point");
    if (section <= int(m_axes.size()))
        return m_axes[std::size_t(section - 1)].name;
    switch (Statistic(section - objectiveColumn())) {
    case Objective:
        return tr("Objective (%1)").arg(btfmt::objectiveText(m_objective));
    case Sharpe:
        return tr("Sharpe");
    case Cagr:
        return tr("CAGR");
    case TotalReturn:
        return tr("Total return");
    case MaxDrawdown:
        return tr("Max drawdown");
    case Calmar:
        return tr("Calmar");
    case Sortino:
        return tr("Sortino");
    case Trades:
        return tr("Trades");
    case WinRate:
        return tr("Win rate");
    case Exposure:
        return tr("Time in market");
    case StatisticCount:
        break;
    }
    return {};
}

} // namespace rutile::ui
