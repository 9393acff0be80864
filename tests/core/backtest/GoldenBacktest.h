#pragma once

// Golden backtest cases of tests/data/golden/ (make_golden.py, an independent simulation written
// from the README's rules): the case's settings come from its <case>_summary.csv, the expected
// trade list from <case>_trades.csv. runGoldenCase() runs the engine on legs the caller loaded;
// compareWithGolden() checks every trade and every summary figure, failing the current test.

#include "GoldenFiles.h"
#include "TestSupport.h"

#include "backtest/Backtester.h"
#include "strategy/StrategyRegistry.h"

namespace rutile::test {

struct GoldenCase {
    QString name;
    std::map<QString, QString> summary;
    GoldenTable trades;
    QString strategy;
    ParamValues params;
    backtest::BacktestConfig config;
    QStringList symbols; ///< fixture or shared-data names, leg order
};

inline GoldenCase readGoldenCase(const QString &name)
{
    GoldenCase c;
    c.name = name;
    c.summary = readGoldenKeyValues(name + QStringLiteral("_summary.csv"));
    c.trades = readGoldenTable(name + QStringLiteral("_trades.csv"), QLatin1Char(','));
    c.strategy = goldenValue(c.summary, QStringLiteral("strategy"));
    c.symbols = goldenValue(c.summary, QStringLiteral("symbols")).split(QLatin1Char(' '));
    for (const auto &[key, value] : c.summary) {
        if (key.startsWith(QStringLiteral("param:")))
            c.params.set(key.mid(6), goldenNumber(value));
    }
    const auto number = [&](const char *key) { return goldenNumber(goldenValue(c.summary, QString::fromLatin1(key))); };
    c.config.initialCash = number("initial_cash");
    c.config.sizing = backtest::PercentOfEquityParams {number("size_fraction")};
    c.config.commission = backtest::PercentCommissionParams {number("commission_rate")};
    c.config.slippage.bps = number("slippage_bps");
    return c;
}

inline Result<backtest::BacktestResult> runGoldenCase(const GoldenCase &c, std::vector<BarSeries> legs)
{
    auto data = trading::MarketData::aligned(std::move(legs));
    if (!data)
        return data.error();
    const strategy::StrategyDescriptor *d = strategy::StrategyRegistry::builtIn().find(c.strategy);
    if (!d)
        return Error::notFound(QStringLiteral("no strategy ") + c.strategy);
    return backtest::runBacktest(*data, *d, c.params, c.config);
}

#define RUTILE_GOLDEN_FIGURE(actual, key, relTol, absTol)                                                              \
    do {                                                                                                               \
        const double goldenExpected_ = goldenNumber(goldenValue(c.summary, QStringLiteral(key)));                      \
        const double goldenActual_ = double(actual);                                                                   \
        if (!fuzzyEqual(goldenActual_, goldenExpected_, (relTol), (absTol)))                                           \
            QFAIL(QByteArray(key ": " + describeMismatch(goldenActual_, goldenExpected_, (relTol), (absTol)))          \
                      .constData());                                                                                   \
        ++checked;                                                                                                     \
    } while (false)

/// Every trade (leg, side, bars, dates, size, prices, commission, pnl, exit reason) and every
/// figure of the summary. Tolerances: prices 1e-12 relative (the same products of the same
/// inputs), sizes, pnl and curve statistics 1e-9 relative (sums in another order, compounded
/// over the run), with absolute floors for values that can be near 0.
inline void compareWithGolden(const GoldenCase &c, const backtest::BacktestResult &r)
{
    using trading::Side;
    const GoldenTable &t = c.trades;
    QCOMPARE(r.trades.size(), t.rows.size());
    QVERIFY2(!t.rows.empty(), qPrintable(c.name + QStringLiteral(": a golden case without trades checks nothing")));
    const int leg = t.column(QStringLiteral("leg")), side = t.column(QStringLiteral("side"));
    const int entryBar = t.column(QStringLiteral("entry_bar")), exitBar = t.column(QStringLiteral("exit_bar"));
    const int entryDate = t.column(QStringLiteral("entry_date")), exitDate = t.column(QStringLiteral("exit_date"));
    const int size = t.column(QStringLiteral("size")), entryPrice = t.column(QStringLiteral("entry_price"));
    const int exitPrice = t.column(QStringLiteral("exit_price")), commission = t.column(QStringLiteral("commission"));
    const int pnl = t.column(QStringLiteral("pnl")), reason = t.column(QStringLiteral("exit_reason"));
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        const QStringList &row = t.rows[i];
        const trading::Trade &trade = r.trades[i];
        const QByteArray where = c.name.toUtf8() + " trade " + QByteArray::number(qulonglong(i)) + ": ";
        const auto at = [&where](const QByteArray &what) { return QByteArray(where + what); };
        QVERIFY2(trade.leg == row[leg].toInt(), at("leg").constData());
        QVERIFY2((trade.side == Side::Long ? QStringLiteral("long") : QStringLiteral("short")) == row[side],
            at("side").constData());
        QVERIFY2(trade.entryBar == row[entryBar].toLongLong(), at("entry bar").constData());
        QVERIFY2(trade.exitBar == row[exitBar].toLongLong(), at("exit bar").constData());
        QVERIFY2(toDate(trade.entryDay).toString(Qt::ISODate) == row[entryDate], at("entry date").constData());
        QVERIFY2(toDate(trade.exitDay).toString(Qt::ISODate) == row[exitDate], at("exit date").constData());
        QVERIFY2(trading::exitReasonName(trade.exitReason) == row[reason], at("exit reason").constData());
        const std::pair<double, std::pair<int, double>> numbers[]
            = {{trade.size, {size, 1e-9}}, {trade.entryPrice, {entryPrice, 1e-12}},
                {trade.exitPrice, {exitPrice, 1e-12}}, {trade.commission, {commission, 1e-9}}};
        for (const auto &[actual, spec] : numbers) {
            const double expected = goldenNumber(row[spec.first]);
            QVERIFY2(fuzzyEqual(actual, expected, spec.second),
                at(t.header[spec.first].toUtf8() + " " + describeMismatch(actual, expected, spec.second, 0))
                    .constData());
        }
        const double expectedPnl = goldenNumber(row[pnl]);
        QVERIFY2(fuzzyEqual(trade.pnl, expectedPnl, 1e-9, 1e-6),
            at("pnl " + describeMismatch(trade.pnl, expectedPnl, 1e-9, 1e-6)).constData());
    }

    int checked = 0;
    const backtest::PerformanceStats &p = r.performance;
    const backtest::TradeStats &s = r.tradeStats;
    RUTILE_GOLDEN_FIGURE(p.bars, "bars", 0, 0);
    RUTILE_GOLDEN_FIGURE(s.trades, "trades", 0, 0);
    RUTILE_GOLDEN_FIGURE(s.legs, "trade_legs", 0, 0);
    RUTILE_GOLDEN_FIGURE(s.winners, "winners", 0, 0);
    RUTILE_GOLDEN_FIGURE(s.losers, "losers", 0, 0);
    RUTILE_GOLDEN_FIGURE(s.netProfit, "net_profit", 1e-9, 1e-6);
    RUTILE_GOLDEN_FIGURE(s.grossProfit, "gross_profit", 1e-9, 1e-6);
    RUTILE_GOLDEN_FIGURE(s.grossLoss, "gross_loss", 1e-9, 1e-6);
    RUTILE_GOLDEN_FIGURE(s.profitFactor, "profit_factor", 1e-9, 0);
    RUTILE_GOLDEN_FIGURE(s.totalCommission, "total_commission", 1e-9, 0);
    RUTILE_GOLDEN_FIGURE(s.averageBarsHeld, "average_bars_held", 1e-12, 0);
    RUTILE_GOLDEN_FIGURE(p.finalEquity, "final_equity", 1e-9, 0);
    RUTILE_GOLDEN_FIGURE(p.totalReturn, "total_return", 1e-9, 1e-12);
    RUTILE_GOLDEN_FIGURE(p.cagr, "cagr", 1e-9, 1e-12);
    RUTILE_GOLDEN_FIGURE(p.meanDailyReturn, "mean_daily_return", 1e-9, 1e-15);
    RUTILE_GOLDEN_FIGURE(p.annualVolatility, "annual_vol", 1e-9, 0);
    RUTILE_GOLDEN_FIGURE(p.sharpe, "sharpe", 1e-9, 1e-12);
    RUTILE_GOLDEN_FIGURE(p.sortino, "sortino", 1e-9, 1e-12);
    RUTILE_GOLDEN_FIGURE(p.maxDrawdown, "max_drawdown", 1e-9, 0);
    RUTILE_GOLDEN_FIGURE(p.calmar, "calmar", 1e-9, 1e-12);
    RUTILE_GOLDEN_FIGURE(p.skewness, "skewness", 1e-9, 1e-12);
    RUTILE_GOLDEN_FIGURE(p.excessKurtosis, "excess_kurtosis", 1e-9, 1e-12);
    RUTILE_GOLDEN_FIGURE(p.exposure, "exposure", 1e-12, 0);
    RUTILE_GOLDEN_FIGURE(p.averageGrossExposure, "average_gross_exposure", 1e-9, 0);
    RUTILE_GOLDEN_FIGURE(r.buyAndHold.finalEquity, "buy_and_hold_final_equity", 1e-12, 0);
    RUTILE_GOLDEN_FIGURE(r.buyAndHold.sharpe, "buy_and_hold_sharpe", 1e-9, 0);
    RUTILE_GOLDEN_FIGURE(r.buyAndHold.maxDrawdown, "buy_and_hold_max_drawdown", 1e-12, 0);
    QCOMPARE(checked, 27);
}

#undef RUTILE_GOLDEN_FIGURE

} // namespace rutile::test
