// Metrics against hand-computed values on constructed equity curves, trade lists and benchmark
// returns, and their degenerate cases.

#include "TestSupport.h"

#include "backtest/DeflatedSharpe.h"
#include "backtest/Backtester.h"
#include "backtest/ConfigParams.h"
#include "backtest/Metrics.h"
#include "data/SampleMarket.h"
#include "risk/RiskAnalysis.h"
#include "strategy/StrategyRegistry.h"

#include <cmath>

using namespace rutile;
using namespace rutile::backtest;
using namespace rutile::trading;

namespace {

/// The curve of daily returns +2%, −1%, +3%, −2%, +1% from 1000:
/// 1000, 1020, 1009.8, 1040.094, 1019.29212, 1029.4850412.
std::vector<double> constructedCurve()
{
    std::vector<double> e{1000};
    for (double r : {0.02, -0.01, 0.03, -0.02, 0.01})
        e.push_back(e.back() * (1 + r));
    return e;
}

Trade trade(double pnl, int group, std::int64_t bars = 1, ExitReason reason = ExitReason::Signal, double commission = 0)
{
    Trade t;
    t.pnl = pnl;
    t.group = group;
    t.entryBar = 0;
    t.exitBar = bars;
    t.exitReason = reason;
    t.commission = commission;
    return t;
}

} // namespace

class TestBacktestMetrics : public QObject {
    Q_OBJECT

private slots:
    void curveStatistics()
    {
        const std::vector<double> e = constructedCurve();
        const PerformanceStats s = computePerformance(e, {}, MetricsParams{});
        QCOMPARE(s.bars, 6);
        QCOMPARE(s.returns, 5);
        // Total return 1029.4850412/1000 − 1.
        RUTILE_COMPARE_REL(s.totalReturn, 0.0294850412, 1e-12);
        // Mean (0.02 − 0.01 + 0.03 − 0.02 + 0.01)/5 = 0.006. Deviations 0.014, −0.016, 0.024,
        // −0.026, 0.004; squares sum 0.00172; sample variance 0.00172/4 = 0.00043,
        // σ = √0.00043 = 0.0207364413533277.
        RUTILE_COMPARE_REL(s.meanDailyReturn, 0.006, 1e-12);
        RUTILE_COMPARE_REL(s.dailyVolatility, 0.0207364413533277, 1e-12);
        // Annual volatility σ·√252 = 0.329180801384285.
        RUTILE_COMPARE_REL(s.annualVolatility, 0.329180801384285, 1e-12);
        // Sharpe 0.006/σ·√252 = 4.59322048443188.
        RUTILE_COMPARE_REL(s.sharpe, 4.59322048443188, 1e-12);
        RUTILE_COMPARE_REL(s.dailySharpe, 0.006 / 0.0207364413533277, 1e-12);
        // Sortino: downside deviation √((0.01² + 0.02²)/5) = √0.0001 = 0.01;
        // 0.006/0.01·√252 = 0.6·15.8745078663875 = 9.52470471983253.
        RUTILE_COMPARE_REL(s.sortino, 9.52470471983253, 1e-12);
        // CAGR over 5/252 years: 1.0294850412^(252/5) − 1 = 3.32563671929122.
        RUTILE_COMPARE_REL(s.years, 5.0 / 252, 1e-15);
        RUTILE_COMPARE_REL(s.cagr, 3.32563671929122, 1e-11);
        // Maximum drawdown: peak 1040.094 (index 3), trough 1019.29212 (index 4): −2%, not
        // recovered by the end (1029.49 < 1040.09): 5 − 3 = 2 bars so far.
        RUTILE_COMPARE_REL(s.maxDrawdown, -0.02, 1e-12);
        QCOMPARE(s.maxDrawdownPeak, 3);
        QCOMPARE(s.maxDrawdownTrough, 4);
        QCOMPARE(s.maxDrawdownRecovery, -1);
        QCOMPARE(s.maxDrawdownDuration, 2);
        // The first dip (peak index 1, recovered at index 3) also lasted 2 bars.
        QCOMPARE(s.longestDrawdown, 2);
        // Calmar = CAGR / |−0.02|.
        RUTILE_COMPARE_REL(s.calmar, 3.32563671929122 / 0.02, 1e-11);
        // Population moments of the deviations: m2 = 0.00172/5 = 0.000344,
        // m3 = (0.014³ − 0.016³ + 0.024³ − 0.026³ + 0.004³)/5 = −5.04e-6/5 = −1.008e-6;
        // skewness m3/m2^1.5 = −0.157987551437596; m4 = 8.9296e-7/5 = 1.78592e-7, excess
        // kurtosis m4/m2² − 3 = −1.49080584099513.
        RUTILE_COMPARE_REL(s.skewness, -0.157987551437596, 1e-10);
        RUTILE_COMPARE_REL(s.excessKurtosis, -1.49080584099513, 1e-10);
    }

    void riskFreeRateEntersDaily()
    {
        // rf = 2.52% a year = 0.0001 a day. Sharpe (0.006 − 0.0001)/σ·√252 = 4.51666680969135.
        // Sortino: shortfalls below 0.0001 are −0.0101 and −0.0201:
        // √((0.0101² + 0.0201²)/5) = √0.000101204; 0.0059/that·√252 = 9.31008064819114.
        MetricsParams p;
        p.riskFreeRate = 0.0252;
        const PerformanceStats s = computePerformance(constructedCurve(), {}, p);
        RUTILE_COMPARE_REL(s.sharpe, 4.51666680969135, 1e-12);
        RUTILE_COMPARE_REL(s.sortino, 9.31008064819114, 1e-12);
        // A different annualisation factor: √252 replaced by √365, CAGR exponent 365/5.
        p.riskFreeRate = 0;
        p.tradingDaysPerYear = 365;
        const PerformanceStats t = computePerformance(constructedCurve(), {}, p);
        RUTILE_COMPARE_REL(t.sharpe, 0.006 / 0.0207364413533277 * std::sqrt(365.0), 1e-12);
        RUTILE_COMPARE_REL(t.cagr, std::pow(1.0294850412, 365.0 / 5) - 1, 1e-11);
    }

    void drawdownRecoveryAndDuration()
    {
        // 100, 120 (peak), 90 (−25%), 100, 125 (recovered at index 4), 110, 115.
        const std::vector<double> e{100, 120, 90, 100, 125, 110, 115};
        const PerformanceStats s = computePerformance(e, {}, MetricsParams{});
        RUTILE_COMPARE_REL(s.maxDrawdown, -0.25, 1e-15);
        QCOMPARE(s.maxDrawdownPeak, 1);
        QCOMPARE(s.maxDrawdownTrough, 2);
        QCOMPARE(s.maxDrawdownRecovery, 4);
        QCOMPARE(s.maxDrawdownDuration, 3);
        // The open dip from 125 (index 4) to the end (index 6) lasts 2 bars; the longest is 3.
        QCOMPARE(s.longestDrawdown, 3);
        std::vector<double> dd(e.size());
        drawdownCurve(e, dd);
        RUTILE_COMPARE_REL(dd[2], -0.25, 1e-15);
        RUTILE_COMPARE_REL(dd[5], 110.0 / 125 - 1, 1e-15);
        QCOMPARE(dd[4], 0.0);
    }

    void exposureCountsBarsHoldingAPosition()
    {
        const std::vector<double> e{100, 100, 100, 100};
        const std::vector<double> x{0, 0.5, 1.0, 0};
        const PerformanceStats s = computePerformance(e, x, MetricsParams{});
        RUTILE_COMPARE_REL(s.exposure, 0.5, 1e-15);
        RUTILE_COMPARE_REL(s.averageGrossExposure, 0.375, 1e-15);
    }

    void degenerateCurves()
    {
        // A flat curve: no volatility, no Sharpe, no Sortino, no drawdown, no Calmar.
        const std::vector<double> flat{100, 100, 100};
        const PerformanceStats f = computePerformance(flat, {}, MetricsParams{});
        QCOMPARE(f.totalReturn, 0.0);
        QCOMPARE(f.cagr, 0.0);
        QCOMPARE(f.annualVolatility, 0.0);
        QVERIFY(std::isnan(f.sharpe));
        QVERIFY(std::isnan(f.sortino));
        QVERIFY(std::isnan(f.calmar));
        QVERIFY(std::isnan(f.skewness));
        QCOMPARE(f.maxDrawdown, 0.0);
        QCOMPARE(f.maxDrawdownPeak, -1);
        // Only rising: Sortino undefined (nothing below the target), Sharpe defined.
        const std::vector<double> up{100, 101, 103};
        const PerformanceStats u = computePerformance(up, {}, MetricsParams{});
        QVERIFY(std::isfinite(u.sharpe));
        QVERIFY(std::isnan(u.sortino));
        // One point: no returns at all.
        const std::vector<double> one{100};
        const PerformanceStats o = computePerformance(one, {}, MetricsParams{});
        QCOMPARE(o.returns, 0);
        QVERIFY(std::isnan(o.cagr));
        QVERIFY(std::isnan(o.annualVolatility));
        // Two points: one return, no sample standard deviation.
        const std::vector<double> two{100, 110};
        const PerformanceStats t = computePerformance(two, {}, MetricsParams{});
        RUTILE_COMPARE_REL(t.totalReturn, 0.1, 1e-15);
        QVERIFY(std::isnan(t.sharpe));
        // A curve that reaches zero: CAGR −1.
        const std::vector<double> ruin{100, 50, 0};
        QCOMPARE(computePerformance(ruin, {}, MetricsParams{}).cagr, -1.0);
    }

    void tradeStatistics()
    {
        // pnl 100, −50, 30, 0, −20 (five round trips): winners 2, losers 2 (0 is neither),
        // win rate 2/5, gross profit 130, gross loss −70, profit factor 130/70, average win 65,
        // average loss −35, expectancy 60/5 = 12.
        const std::vector<Trade> trades{trade(100, 1, 3), trade(-50, 2, 5), trade(30, 3, 1),
                                        trade(0, 4, 1, ExitReason::Signal, 2.5),
                                        trade(-20, 5, 10, ExitReason::EndOfData, 1.5)};
        const TradeStats s = computeTradeStats(trades);
        QCOMPARE(s.trades, 5);
        QCOMPARE(s.legs, 5);
        QCOMPARE(s.winners, 2);
        QCOMPARE(s.losers, 2);
        RUTILE_COMPARE_REL(s.winRate, 0.4, 1e-15);
        RUTILE_COMPARE_REL(s.grossProfit, 130.0, 1e-15);
        RUTILE_COMPARE_REL(s.grossLoss, -70.0, 1e-15);
        RUTILE_COMPARE_REL(s.profitFactor, 130.0 / 70.0, 1e-15);
        RUTILE_COMPARE_REL(s.averageWin, 65.0, 1e-15);
        RUTILE_COMPARE_REL(s.averageLoss, -35.0, 1e-15);
        RUTILE_COMPARE_REL(s.expectancy, 12.0, 1e-15);
        RUTILE_COMPARE_REL(s.totalCommission, 4.0, 1e-15);
        // Bars held 3, 5, 1, 1, 10: mean 4.
        RUTILE_COMPARE_REL(s.averageBarsHeld, 4.0, 1e-15);
        QCOMPARE(s.endOfDataTrades, 1);
    }

    void legsOfOneDecisionAreOneRoundTrip()
    {
        // Group 7 has two legs, +40 and −10: one winning round trip of +30.
        const std::vector<Trade> trades{trade(40, 7), trade(-10, 7), trade(-5, 8)};
        const TradeStats s = computeTradeStats(trades);
        QCOMPARE(s.trades, 2);
        QCOMPARE(s.legs, 3);
        QCOMPARE(s.winners, 1);
        QCOMPARE(s.losers, 1);
        RUTILE_COMPARE_REL(s.averageWin, 30.0, 1e-15);
        RUTILE_COMPARE_REL(s.profitFactor, 6.0, 1e-15);
    }

    void degenerateTradeLists()
    {
        const TradeStats none = computeTradeStats({});
        QCOMPARE(none.trades, 0);
        QVERIFY(std::isnan(none.winRate));
        QVERIFY(std::isnan(none.expectancy));
        QVERIFY(std::isnan(none.profitFactor));
        // Only winners: profit factor and average loss undefined.
        const std::vector<Trade> wins{trade(10, 1), trade(20, 2)};
        const TradeStats w = computeTradeStats(wins);
        QCOMPARE(w.winRate, 1.0);
        QVERIFY(std::isnan(w.profitFactor));
        QVERIFY(std::isnan(w.averageLoss));
    }

    void benchmarkRegression()
    {
        // Benchmark returns 1%, −2%, 1.5%, 0, 0.5%; the curve's are 2·r_b + 0.001 exactly:
        // beta 2, daily alpha 0.001, annual alpha 0.252, correlation 1.
        BarSeries bench;
        bench.symbol = QStringLiteral("BENCH");
        std::vector<DayNumber> days;
        std::vector<double> equity{1000};
        double c = 100;
        const DayNumber first = toDayNumber(QDate(2024, 1, 1));
        bench.append(Bar{first, c, c, c, c, c, 0});
        days.push_back(first);
        DayNumber d = first;
        for (double rb : {0.01, -0.02, 0.015, 0.0, 0.005}) {
            ++d;
            c *= 1 + rb;
            bench.append(Bar{d, c, c, c, c, c, 0});
            equity.push_back(equity.back() * (1 + 2 * rb + 0.001));
            days.push_back(d);
        }
        const BenchmarkStats s = compareWithBenchmark(days, equity, bench, MetricsParams{});
        QCOMPARE(s.count, std::size_t(5));
        RUTILE_COMPARE_REL(s.beta, 2.0, 1e-12);
        RUTILE_COMPARE_TOL(s.alpha, 0.001, 1e-10, 1e-15);
        RUTILE_COMPARE_TOL(s.annualAlpha, 0.252, 1e-10, 1e-13);
        RUTILE_COMPARE_REL(s.correlation, 1.0, 1e-12);
        // With rf = 2.52% (0.0001 a day): alpha = (mean_p − rf) − 2·(mean_b − rf) = 0.001 + 0.0001.
        MetricsParams p;
        p.riskFreeRate = 0.0252;
        RUTILE_COMPARE_TOL(compareWithBenchmark(days, equity, bench, p).alpha, 0.0011, 1e-10, 1e-15);

        // Missing benchmark days: returns between the common days only. Drop the benchmark's
        // third bar: pairs on days 0,1,3,4,5 → 4 returns.
        BarSeries gappy;
        for (std::size_t i = 0; i < bench.size(); ++i)
            if (i != 2)
                gappy.append(bench.bar(i));
        QCOMPARE(compareWithBenchmark(days, equity, gappy, MetricsParams{}).count, std::size_t(4));
        // The benchmark curve carries the last close over the missing day.
        const std::vector<double> curve = benchmarkCurve(days, gappy, 1000);
        RUTILE_COMPARE_REL(curve[0], 1000.0, 1e-15);
        RUTILE_COMPARE_REL(curve[2], curve[1], 1e-15);
        RUTILE_COMPARE_REL(curve[5], 1000 * bench.close[5] / bench.close[0], 1e-14);
    }

    void backtestCurveGivesTheRiskAnalysisFigures()
    {
        // One definition of drawdowns and benchmark statistics: the backtest's figures of its
        // own equity curve equal the risk analysis (the risk dashboard's) of that curve.
        const SampleMarket market = generateSampleMarket();
        MarketData data(market.smallCap.slice(0, 1500));
        BarSeries bench; // with every seventh day missing: the values are aligned first
        const BarSeries large = market.largeCap.slice(0, 1500);
        for (std::size_t i = 0; i < large.size(); ++i)
            if (i % 7 != 3)
                bench.append(large.bar(i));
        bench.symbol = QStringLiteral("BENCH");
        data.setBenchmark(bench);
        BacktestConfig config;
        config.metrics.riskFreeRate = 0.02;
        config.metrics.tradingDaysPerYear = 250;
        config.commission = PercentCommissionParams{0.001};
        auto descriptor = strategy::findStrategy(QStringLiteral("sma_cross"));
        QVERIFY(descriptor.ok());
        const auto r = runBacktest(data, **descriptor, {{QStringLiteral("fast"), 10}, {QStringLiteral("slow"), 40}}, config);
        QVERIFY(r.ok());
        QVERIFY(r->tradeStats.trades > 5);
        QVERIFY(r->performance.maxDrawdown < -0.01);

        risk::RiskOptions options;
        options.returnType = risk::ReturnType::Simple;
        options.riskFreeRate = config.metrics.riskFreeRate;
        options.tradingDaysPerYear = config.metrics.tradingDaysPerYear;
        const risk::DatedSeries equity{QStringLiteral("equity"), r->days, r->equity};
        const risk::DatedSeries benchmark = risk::closeSeries(bench);
        const auto report = risk::analyseRisk(equity, options, &benchmark);
        QVERIFY(report.ok());

        const risk::DrawdownReport &d = report->drawdown;
        QVERIFY(d.worst && d.longest);
        QCOMPARE(r->performance.maxDrawdown, d.maxDrawdown);
        QCOMPARE(r->performance.maxDrawdownPeak, int(d.worst->peak));
        QCOMPARE(r->performance.maxDrawdownTrough, int(d.worst->trough));
        QCOMPARE(r->performance.maxDrawdownRecovery, d.worst->recovery ? int(*d.worst->recovery) : -1);
        QCOMPARE(r->performance.maxDrawdownDuration, int(d.worst->lengthBars));
        QCOMPARE(r->performance.longestDrawdown, int(d.longest->lengthBars));
        RUTILE_COMPARE_REL(r->performance.annualVolatility, report->stats.annualVolatility, 1e-12);

        QVERIFY(report->benchmark.has_value());
        const risk::BenchmarkStats &b = *report->benchmark;
        QVERIFY(b.count > 1000);
        QCOMPARE(r->benchmark.count, b.count);
        RUTILE_COMPARE_REL(r->benchmark.beta, b.beta, 1e-12);
        RUTILE_COMPARE_REL(r->benchmark.alpha, b.alpha, 1e-12);
        RUTILE_COMPARE_REL(r->benchmark.annualAlpha, b.annualAlpha, 1e-12);
        RUTILE_COMPARE_REL(r->benchmark.correlation, b.correlation, 1e-12);
        RUTILE_COMPARE_REL(r->benchmark.trackingError, b.trackingError, 1e-12);
        RUTILE_COMPARE_REL(r->benchmark.informationRatio, b.informationRatio, 1e-12);
    }

    void oneConventionForStatistics()
    {
        // Undefined is NaN in both, never a made-up 0.
        const risk::BenchmarkStats none;
        QVERIFY(std::isnan(none.beta) && std::isnan(none.alpha) && std::isnan(none.correlation));
        // One annualisation range for the backtest settings, the metrics and the risk options.
        const ParamSpec *riskDays = findParam(risk::riskParamSpecs(), u"trading_days");
        const ParamSpec *backtestDays = findParam(configParamSpecs(), u"days_per_year");
        QVERIFY(riskDays && backtestDays);
        QCOMPARE(riskDays->minimum, backtestDays->minimum);
        QCOMPARE(riskDays->maximum, backtestDays->maximum);
        MetricsParams m;
        m.tradingDaysPerYear = int(backtestDays->maximum);
        QVERIFY(m.validate().ok());
        m.tradingDaysPerYear = int(backtestDays->maximum) + 1;
        QVERIFY(!m.validate().ok());
        risk::RiskOptions o;
        o.tradingDaysPerYear = int(backtestDays->maximum) + 1;
        QVERIFY(!o.validate().ok());
    }

    void deflatedSharpeMatchesThePapersExample()
    {
        // Bailey & López de Prado (2014), section "A numerical example": N = 100 trials whose
        // annualised Sharpe ratios have variance 1/2, a selected annualised SR of 2.5 over
        // T = 1250 daily returns with skewness −3 and kurtosis 10, 250 days a year.
        // Daily units: V = 0.5/250, SR = 2.5/√250 = 0.158113883.
        // SR₀ = √V·((1 − γ)Φ⁻¹(1 − 1/100) + γΦ⁻¹(1 − 1/(100e))) = 0.1132 (the paper's 0.1132);
        // DSR = Φ((0.1581 − 0.1132)·√1249 / √(1 + 3·0.1581 + 9/4·0.1581²)) = 0.9004 (the paper's 0.9004).
        DeflatedSharpeInput in;
        in.sharpe = 2.5 / std::sqrt(250.0);
        in.sharpeVariance = 0.5 / 250;
        in.trials = 100;
        in.observations = 1250;
        in.skewness = -3;
        in.excessKurtosis = 7;
        const DeflatedSharpeResult r = deflatedSharpe(in);
        QVERIFY(r.valid);
        RUTILE_COMPARE_TOL(r.expectedMaxSharpe, 0.1132, 0, 5e-5);
        RUTILE_COMPARE_TOL(r.probability, 0.9004, 0, 5e-5);
        QVERIFY(!r.significant); // below 0.95: the optimum may well be luck
        // The same Sharpe ratio from a single trial is not deflated: PSR against 0.
        in.trials = 1;
        const DeflatedSharpeResult single = deflatedSharpe(in);
        QCOMPARE(single.expectedMaxSharpe, 0.0);
        QVERIFY(single.probability > 0.999);
        QVERIFY(single.significant);
        // More trials raise the bar.
        in.trials = 10;
        const double ten = expectedMaxSharpe(in.sharpeVariance, 10);
        QVERIFY(ten > 0 && ten < 0.1132);
        // Degenerate: fewer than 2 observations.
        in.observations = 1;
        QVERIFY(!deflatedSharpe(in).valid);
    }

    void probabilisticSharpeUnderNormality()
    {
        // Normal returns (skew 0, excess kurtosis 0), SR 0.1 over 101 returns against 0:
        // Φ(0.1·√100 / √(1 + 0.5·0.01)) = Φ(1/√1.005) = Φ(0.997509336) = 0.840741328.
        RUTILE_COMPARE_TOL(probabilisticSharpe(0.1, 0, 101, 0, 0), 0.840741328, 0, 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestBacktestMetrics)
#include "tst_backtest_metrics.moc"
