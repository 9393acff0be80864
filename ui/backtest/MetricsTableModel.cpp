#include "backtest/MetricsTableModel.h"

#include "TableCsvExport.h"
#include "backtest/BacktestFormat.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <cmath>
#include <limits>

namespace rutile::ui {

namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

QString formatValue(MetricsTableModel::Kind kind, double v)
{
    switch (kind) {
    case MetricsTableModel::Kind::Percent:
        return btfmt::percent(v);
    case MetricsTableModel::Kind::Ratio:
        return btfmt::number(v, 2);
    case MetricsTableModel::Kind::Money:
        return btfmt::money(v);
    case MetricsTableModel::Kind::Count:
    case MetricsTableModel::Kind::Bars:
        return std::isfinite(v) ? btfmt::count(static_cast<long long>(std::llround(v))) : btfmt::number(v);
    }
    return {};
}

} // namespace

MetricsTableModel::MetricsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MetricsTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_hasBenchmark = false;
    m_benchmarkName.clear();
    endResetModel();
}

void MetricsTableModel::setResult(const backtest::BacktestResult &r)
{
    using backtest::PerformanceStats;
    beginResetModel();
    m_rows.clear();
    m_benchmarkName = r.benchmarkSymbol;

    // The benchmark held over the run's days: core's statistics (BacktestResult), as the CLI
    // reports them under benchmark_performance.
    const PerformanceStats &bench = r.benchmarkPerformance;
    m_hasBenchmark = bench.bars >= 2;

    // applyOthers = false: the statistic belongs to the strategy alone (its trades), so the
    // buy-and-hold and benchmark cells stay blank rather than showing "undefined".
    const auto add = [this](const QString &key, const QString &label, const QString &tip, Kind kind, double s, double b,
                         double m, bool applyOthers = true) {
        Row row;
        row.key = key;
        row.label = label;
        row.tip = tip;
        row.kind = kind;
        row.values[0] = s;
        row.values[1] = b;
        row.values[2] = m;
        row.applies[1] = applyOthers;
        row.applies[2] = applyOthers && m_hasBenchmark;
        m_rows.push_back(row);
    };
    const auto perf = [&](const QString &key, const QString &label, const QString &tip, Kind kind,
                          double PerformanceStats::*field) {
        add(key, label, tip, kind, r.performance.*field, r.buyAndHold.*field, m_hasBenchmark ? bench.*field : kNone);
    };
    const auto perfInt
        = [&](const QString &key, const QString &label, const QString &tip, int PerformanceStats::*field) {
              add(key, label, tip, Kind::Bars, r.performance.*field, r.buyAndHold.*field,
                  m_hasBenchmark ? double(bench.*field) : kNone);
          };
    perf(QStringLiteral("final_equity"), tr("Final equity"), tr("Cash plus positions at the last close"), Kind::Money,
        &PerformanceStats::finalEquity);
    perf(QStringLiteral("total_return"), tr("Total return"), tr("Final equity / initial equity − 1"), Kind::Percent,
        &PerformanceStats::totalReturn);
    perf(QStringLiteral("cagr"), tr("CAGR"), tr("Compound annual growth rate, years counted in trading days"),
        Kind::Percent, &PerformanceStats::cagr);
    perf(QStringLiteral("annual_vol"), tr("Annual volatility"),
        tr("Sample standard deviation of daily returns × √(trading days per year)"), Kind::Percent,
        &PerformanceStats::annualVolatility);
    perf(QStringLiteral("sharpe"), tr("Sharpe ratio"), tr("(mean daily return − risk-free) / σ × √N"), Kind::Ratio,
        &PerformanceStats::sharpe);
    perf(QStringLiteral("sortino"), tr("Sortino ratio"),
        tr("(mean daily return − risk-free) / downside deviation × √N"), Kind::Ratio, &PerformanceStats::sortino);
    perf(QStringLiteral("calmar"), tr("Calmar ratio"), tr("CAGR / |maximum drawdown|"), Kind::Ratio,
        &PerformanceStats::calmar);
    perf(QStringLiteral("max_drawdown"), tr("Maximum drawdown"), tr("Deepest fall from a running peak"), Kind::Percent,
        &PerformanceStats::maxDrawdown);
    perfInt(QStringLiteral("max_drawdown_duration"), tr("Max drawdown duration (bars)"),
        tr("Bars from the peak before the maximum drawdown to its recovery (or the end)"),
        &PerformanceStats::maxDrawdownDuration);
    perfInt(QStringLiteral("longest_drawdown"), tr("Longest drawdown (bars)"),
        tr("The most bars from any peak to its recovery (or the end)"), &PerformanceStats::longestDrawdown);
    perf(QStringLiteral("exposure"), tr("Time in market"), tr("Fraction of bars holding a position at the close"),
        Kind::Percent, &PerformanceStats::exposure);
    perf(QStringLiteral("skewness"), tr("Skewness"), tr("Of the daily returns (m₃ / m₂^1.5)"), Kind::Ratio,
        &PerformanceStats::skewness);
    perf(QStringLiteral("excess_kurtosis"), tr("Excess kurtosis"), tr("Of the daily returns (m₄ / m₂² − 3)"),
        Kind::Ratio, &PerformanceStats::excessKurtosis);
    if (!r.benchmarkSymbol.isEmpty()) {
        add(QStringLiteral("beta"), tr("Beta to %1").arg(r.benchmarkSymbol),
            tr("OLS slope of daily returns on the benchmark's"), Kind::Ratio, r.benchmark.beta,
            r.buyAndHoldBenchmark.beta, kNone);
        add(QStringLiteral("alpha"), tr("Alpha (annual)"), tr("Jensen's alpha × trading days per year"), Kind::Percent,
            r.benchmark.annualAlpha, r.buyAndHoldBenchmark.annualAlpha, kNone);
        add(QStringLiteral("correlation"), tr("Correlation"), tr("Pearson correlation of daily returns"), Kind::Ratio,
            r.benchmark.correlation, r.buyAndHoldBenchmark.correlation, kNone);
    }
    if (!r.benchmarkSymbol.isEmpty()) {
        // Beta, alpha and correlation of the benchmark to itself say nothing.
        for (std::size_t i = m_rows.size() - 3; i < m_rows.size(); ++i)
            m_rows[i].applies[2] = false;
    }
    const backtest::TradeStats &t = r.tradeStats;
    add(QStringLiteral("trades"), tr("Trades"), tr("Round trips (the legs of one decision count once)"), Kind::Count,
        t.trades, kNone, kNone, false);
    add(QStringLiteral("win_rate"), tr("Win rate"), tr("Winning round trips / round trips"), Kind::Percent, t.winRate,
        kNone, kNone, false);
    add(QStringLiteral("profit_factor"), tr("Profit factor"), tr("Gross profit / |gross loss|"), Kind::Ratio,
        t.profitFactor, kNone, kNone, false);
    add(QStringLiteral("avg_win"), tr("Average win"), tr("Mean profit of the winners"), Kind::Money, t.averageWin,
        kNone, kNone, false);
    add(QStringLiteral("avg_loss"), tr("Average loss"), tr("Mean loss of the losers"), Kind::Money, t.averageLoss,
        kNone, kNone, false);
    add(QStringLiteral("expectancy"), tr("Expectancy"), tr("Net profit per round trip"), Kind::Money, t.expectancy,
        kNone, kNone, false);
    add(QStringLiteral("net_profit"), tr("Net profit"), tr("Sum of trade P&L, net of commission"), Kind::Money,
        t.netProfit, kNone, kNone, false);
    add(QStringLiteral("total_commission"), tr("Commission paid"), tr("Commission of every fill"), Kind::Money,
        t.totalCommission, kNone, kNone, false);
    add(QStringLiteral("avg_bars_held"), tr("Average bars held"), tr("Mean bars from entry to exit"), Kind::Ratio,
        t.averageBarsHeld, kNone, kNone, false);
    add(QStringLiteral("end_of_data_trades"), tr("Closed at end of data"),
        tr("Round trips still open on the last bar, closed at its close"), Kind::Count, t.endOfDataTrades, kNone, kNone,
        false);
    endResetModel();
}

int MetricsTableModel::rowOf(const QString &key) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].key == key)
            return int(i);
    return -1;
}

int MetricsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MetricsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_hasBenchmark ? 4 : 3);
}

QVariant MetricsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const int column = index.column();
    if (column == MetricColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return row.label;
        case kExportRole:
            return row.key;
        case Qt::ToolTipRole:
            return row.tip;
        default:
            return {};
        }
    }
    const double v = row.values[column - 1];
    switch (role) {
    case Qt::DisplayRole:
        return row.applies[column - 1] ? formatValue(row.kind, v) : QString();
    case kExportRole:
        return row.applies[column - 1] ? btfmt::exportValue(v) : QVariant(QString());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (column == StrategyColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant MetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MetricColumn:
        return tr("Statistic");
    case StrategyColumn:
        return tr("Strategy");
    case BuyAndHoldColumn:
        return tr("Buy & hold");
    case BenchmarkColumn:
        return m_benchmarkName.isEmpty() ? tr("Benchmark") : tr("Benchmark (%1)").arg(m_benchmarkName);
    default:
        return {};
    }
}

} // namespace rutile::ui
