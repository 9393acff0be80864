#include "journal/RunTableModel.h"

#include "backtest/BacktestFormat.h"
#include "backtest/ConfigParams.h"
#include "backtest/Optimizer.h"
#include "report/ReportFormat.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace rutile::ui {

void RunTableModel::setRuns(std::vector<RunRecord> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

const RunRecord *RunTableModel::run(int row) const
{
    return row >= 0 && row < int(m_runs.size()) ? &m_runs[std::size_t(row)] : nullptr;
}

int RunTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunTableModel::headline(const RunRecord &r)
{
    const QJsonObject &s = r.summary;
    if (r.kind == QLatin1String("ml"))
        return tr("accuracy %1 vs %2").arg(report::percent(s.value(QStringLiteral("accuracy")), 1),
                                           report::percent(s.value(QStringLiteral("baseline_accuracy")), 1));
    if (r.kind == QLatin1String("optimize")) {
        const QJsonObject best = s.value(QStringLiteral("best")).toObject();
        // The objective as the optimiser names it ("Sharpe ratio"), not its key (sharpe).
        const QString key = s.value(QStringLiteral("objective")).toString();
        const auto objective = backtest::objectiveFromName(key);
        return tr("best %1 %2 of %3 points")
            .arg(objective ? btfmt::objectiveText(*objective) : key, report::ratio(best.value(QStringLiteral("value")), 3))
            .arg(s.value(QStringLiteral("evaluated")).toInt());
    }
    return tr("CAGR %1, Sharpe %2").arg(report::percent(s.value(QStringLiteral("cagr"))),
                                        report::ratio(s.value(QStringLiteral("sharpe"))));
}

QString RunTableModel::paramsText(const RunRecord &r)
{
    QStringList parts;
    // A grid: each axis as its range ("fast 5..50"), then the fixed values.
    for (const QJsonValue &axis : r.inputs.value(QStringLiteral("grid")).toArray()) {
        const QJsonArray values = axis.toObject().value(QStringLiteral("values")).toArray();
        if (!values.isEmpty())
            parts << QStringLiteral("%1 %2..%3").arg(axis.toObject().value(QStringLiteral("name")).toString(),
                                                     report::plain(values.first()), report::plain(values.last()));
    }
    const QJsonObject p = r.inputs.value(QStringLiteral("params")).toObject();
    for (auto it = p.begin(); it != p.end(); ++it)
        parts << it.key() + QLatin1Char('=') + report::plain(it.value());
    return parts.join(QLatin1Char(' '));
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    const RunRecord *r = run(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    if (role == Qt::TextAlignmentRole && index.column() == Id)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && index.column() == Data)
        return QFont(QStringLiteral("monospace"));
    if (role == Qt::ToolTipRole && index.column() == Data)
        return r->dataHash;
    if (role == Qt::ToolTipRole && (index.column() == Params || index.column() == Result))
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id: return r->id;
    case Time: return QLocale().toString(r->time.toLocalTime(), QLocale::ShortFormat);
    case Kind: return kindTitle(r->kind);
    case Symbol: return r->symbol;
    case Strategy: return r->strategy;
    case Params: return paramsText(*r);
    case Result: return headline(*r);
    case Data: return r->dataHash.mid(7, 12); // after "sha256:"
    }
    return {};
}

QString RunTableModel::kindTitle(const QString &kind)
{
    if (kind == QLatin1String("backtest"))
        return tr("Backtest");
    if (kind == QLatin1String("optimize"))
        return tr("Grid search");
    if (kind == QLatin1String("walkforward"))
        return tr("Walk-forward");
    if (kind == QLatin1String("ml"))
        return tr("ML evaluation");
    return kind;
}

namespace {

const ParamSpec *settingSpec(const QString &name)
{
    for (const ParamSpec &spec : backtest::configParamSpecs())
        if (spec.name == name)
            return &spec;
    return nullptr;
}

} // namespace

QString RunTableModel::settingTitle(const QString &name)
{
    const ParamSpec *spec = settingSpec(name);
    return spec ? spec->label : name;
}

QString RunTableModel::settingValue(const QString &name, const QString &value)
{
    if (const ParamSpec *spec = settingSpec(name); spec && spec->choices.contains(value))
        return spec->choiceLabel(int(spec->choices.indexOf(value)));
    return value;
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("Run");
    case Time: return tr("Made");
    case Kind: return tr("Kind");
    case Symbol: return tr("Symbol");
    case Strategy: return tr("Strategy / model");
    case Params: return tr("Parameters");
    case Result: return tr("Result");
    case Data: return tr("Data");
    }
    return {};
}

void RunFilterProxy::setFilter(const QString &kind, const QString &symbol, const QString &strategy, QDate from, QDate to)
{
    m_kind = kind;
    m_symbol = symbol.trimmed();
    m_strategy = strategy.trimmed();
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool RunFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const RunTableModel *>(sourceModel());
    const RunRecord *r = model ? model->run(sourceRow) : nullptr;
    if (!r)
        return false;
    const QDate day = r->time.toLocalTime().date();
    return (m_kind.isEmpty() || r->kind == m_kind) && r->symbol.contains(m_symbol, Qt::CaseInsensitive)
        && r->strategy.contains(m_strategy, Qt::CaseInsensitive) && (!m_from.isValid() || day >= m_from)
        && (!m_to.isValid() || day <= m_to);
}

} // namespace rutile::ui
