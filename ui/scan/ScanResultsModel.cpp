#include "scan/ScanResultsModel.h"

#include "backtest/BacktestFormat.h"
#include "scan/ScanOutput.h"

#include <QHash>
#include <QLocale>

#include <cmath>
#include <limits>

namespace rutile::ui {

namespace {

// The key of a grid parameter's column: its value is in the row's "params".
const QString kParamPrefix = QStringLiteral("param:");

// Metrics shown as percentages (fractions in the JSON).
bool isPercent(const QString &key)
{
    static const QStringList keys{QStringLiteral("total_return"), QStringLiteral("cagr"), QStringLiteral("max_drawdown"),
                                  QStringLiteral("annual_vol"), QStringLiteral("exposure"), QStringLiteral("win_rate")};
    return keys.contains(key);
}

} // namespace

ScanResultsModel::ScanResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ScanResultsModel::setResult(const QJsonObject &document, const scan::ScanResult &result)
{
    beginResetModel();
    m_document = document;
    m_rows = document.value(QStringLiteral("results")).toArray();
    m_keys.clear();
    // A grid's rows: its best objective and the parameters giving it first.
    const QJsonArray grid = document.value(QStringLiteral("grid")).toArray();
    if (!grid.isEmpty())
        m_keys << QStringLiteral("objective_value") << QStringLiteral("deflated_sharpe");
    for (const QJsonValue &axis : grid)
        m_keys << kParamPrefix + axis.toObject().value(QStringLiteral("name")).toString();
    m_keys += document.contains(QStringLiteral("strategy")) ? scan::scanMetricNames() : QStringList{QStringLiteral("value")};
    m_extra.clear();
    for (const QJsonValue &c : document.value(QStringLiteral("columns")).toArray())
        m_extra << c.toObject().value(QStringLiteral("name")).toString();
    QHash<qint64, const scan::ScanRow *> byPosition;
    for (const scan::ScanRow &r : result.rows)
        byPosition.insert(r.position, &r);
    m_sparklines.assign(std::size_t(m_rows.size()), {});
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (const scan::ScanRow *r = byPosition.value(m_rows[i].toObject().value(QStringLiteral("position")).toInteger(-1)))
            m_sparklines[std::size_t(i)] = QList<double>(r->recentCloses.begin(), r->recentCloses.end());
    }
    endResetModel();
}

void ScanResultsModel::clear()
{
    beginResetModel();
    m_document = {};
    m_rows = {};
    m_keys.clear();
    m_extra.clear();
    m_sparklines.clear();
    endResetModel();
}

QString ScanResultsModel::symbolAt(int row) const
{
    return m_rows.at(row).toObject().value(QStringLiteral("symbol")).toString();
}

int ScanResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScanResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_keys.isEmpty() ? 0 : 4 + int(m_keys.size() + m_extra.size());
}

QString ScanResultsModel::keyOf(int column) const
{
    switch (column) {
    case 0: return QStringLiteral("rank");
    case 1: return QStringLiteral("symbol");
    case 2: return QStringLiteral("date");
    case kSparklineColumn: return {};
    default: return m_keys.value(column - 4);
    }
}

QVariant ScanResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject row = m_rows[index.row()].toObject();
    if (index.column() == kSparklineColumn) {
        if (role == kSparklineRole)
            return QVariant::fromValue(m_sparklines[std::size_t(index.row())]);
        if (role == kSortRole) { // the change over the sparkline's span
            const QList<double> &s = m_sparklines[std::size_t(index.row())];
            return s.size() >= 2 && s.front() > 0 ? s.back() / s.front() - 1 : std::numeric_limits<double>::quiet_NaN();
        }
        if (role == Qt::ToolTipRole)
            return tr("The last %1 closes up to the row's date").arg(m_sparklines[std::size_t(index.row())].size());
        return {};
    }
    const QString key = keyOf(index.column());
    const int extra = index.column() - 4 - int(m_keys.size());
    const QJsonValue v = extra >= 0                   ? row.value(QStringLiteral("columns")).toObject().value(m_extra.value(extra))
                         : key.startsWith(kParamPrefix) ? row.value(QStringLiteral("params")).toObject().value(key.mid(kParamPrefix.size()))
                                                        : row.value(key);
    switch (role) {
    case Qt::DisplayRole: {
        if (v.isString())
            return v.toString();
        if (v.isBool())
            return v.toBool() ? tr("on") : tr("off");
        if (!v.isDouble())
            return tr("n/a");
        const double x = v.toDouble();
        if (key == QLatin1String("rank") || key == QLatin1String("trades"))
            return QLocale().toString(qlonglong(x));
        if (key == QLatin1String("value") && m_document.value(QStringLiteral("condition")).toBool())
            return x != 0 ? tr("true") : tr("false");
        if (isPercent(key))
            return QString(QLocale().toString(100 * x, 'f', 2) + QStringLiteral(" %"));
        if (key == QLatin1String("final_equity") || key == QLatin1String("sharpe") || key == QLatin1String("sortino")
            || key == QLatin1String("profit_factor") || key == QLatin1String("objective_value"))
            return QLocale().toString(x, 'f', 2);
        if (key == QLatin1String("deflated_sharpe")) // a probability, judged against 0.95
            return QLocale().toString(x, 'f', 3);
        return QLocale().toString(x, 'g', 6);
    }
    case kSortRole:
        if (v.isString())
            return v.toString();
        if (v.isBool())
            return v.toBool() ? 1.0 : 0.0;
        return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
    case Qt::TextAlignmentRole:
        return int((index.column() == 1 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ScanResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && keyOf(section) == QLatin1String("deflated_sharpe"))
        return tr("The deflated Sharpe ratio of the row's best point: the probability that its Sharpe ratio is more "
                  "than luck after all %1 grid points tried on every symbol of the scan. Below 0.95 the row may be "
                  "luck.")
            .arg(QLocale().toString(m_document.value(QStringLiteral("trials")).toInteger()));
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const QHash<QString, const char *> titles{
        {QStringLiteral("rank"), QT_TR_NOOP("Rank")},
        {QStringLiteral("symbol"), QT_TR_NOOP("Symbol")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("total_return"), QT_TR_NOOP("Return")},
        {QStringLiteral("cagr"), QT_TR_NOOP("CAGR")},
        {QStringLiteral("sharpe"), QT_TR_NOOP("Sharpe")},
        {QStringLiteral("sortino"), QT_TR_NOOP("Sortino")},
        {QStringLiteral("max_drawdown"), QT_TR_NOOP("Max DD")},
        {QStringLiteral("annual_vol"), QT_TR_NOOP("Volatility")},
        {QStringLiteral("exposure"), QT_TR_NOOP("Exposure")},
        {QStringLiteral("trades"), QT_TR_NOOP("Trades")},
        {QStringLiteral("win_rate"), QT_TR_NOOP("Win rate")},
        {QStringLiteral("profit_factor"), QT_TR_NOOP("Profit factor")},
        {QStringLiteral("final_equity"), QT_TR_NOOP("Final equity")},
        {QStringLiteral("deflated_sharpe"), QT_TR_NOOP("Deflated Sharpe")},
    };
    if (section == kSparklineColumn)
        return tr("Recent closes");
    if (const int extra = section - 4 - int(m_keys.size()); extra >= 0)
        return m_extra.value(extra); // the user's own name
    if (const QString key = keyOf(section); key.startsWith(kParamPrefix))
        return key.mid(kParamPrefix.size()); // the parameter's name, as --grid writes it
    if (keyOf(section) == QLatin1String("objective_value"))
    {
        const auto objective = backtest::objectiveFromName(m_document.value(QStringLiteral("objective")).toString());
        return tr("Best %1").arg(objective ? btfmt::objectiveText(*objective) : QString());
    }
    const char *title = titles.value(keyOf(section));
    return title ? tr(title) : QVariant();
}

} // namespace rutile::ui
