#include "backtest/Metrics.h"

#include "risk/Drawdown.h"

#include <algorithm>
#include <cmath>

namespace rutile::backtest {

using trading::ExitReason;
using trading::Trade;

namespace {

/// The drawdown figures of the curve, from core/risk's one definition.
void drawdowns(std::span<const double> e, PerformanceStats &s)
{
    const risk::DrawdownSummary d = risk::summarizeDrawdowns(e);
    s.maxDrawdown = d.maxDrawdown;
    if (d.worst) {
        s.maxDrawdownPeak = int(d.worst->peak);
        s.maxDrawdownTrough = int(d.worst->trough);
        s.maxDrawdownRecovery = d.worst->recovery ? int(*d.worst->recovery) : -1;
        s.maxDrawdownDuration = int(d.worst->lengthBars);
    }
    if (d.longest)
        s.longestDrawdown = int(d.longest->lengthBars);
}

} // namespace

PerformanceStats computePerformance(std::span<const double> e, std::span<const double> exposure,
                                    const MetricsParams &params)
{
    std::vector<double> returns(e.empty() ? 0 : e.size() - 1);
    return computePerformance(e, exposure, params, returns);
}

PerformanceStats computePerformance(std::span<const double> e, std::span<const double> exposure,
                                    const MetricsParams &params, std::span<double> r)
{
    PerformanceStats s;
    const std::size_t n = e.size();
    s.bars = int(n);
    if (n == 0)
        return s;
    s.returns = int(n - 1);
    s.initialEquity = e.front();
    s.finalEquity = e.back();
    const double N = params.tradingDaysPerYear;
    const double rfDaily = params.riskFreeRate / N;
    if (s.initialEquity > 0)
        s.totalReturn = s.finalEquity / s.initialEquity - 1;
    s.years = double(s.returns) / N;
    if (s.years > 0 && s.initialEquity > 0)
        s.cagr = s.finalEquity <= 0 ? -1.0 : std::pow(s.finalEquity / s.initialEquity, 1.0 / s.years) - 1;

    drawdowns(e, s);
    if (s.maxDrawdown < 0)
        s.calmar = s.cagr / -s.maxDrawdown;

    if (!exposure.empty()) {
        std::size_t held = 0;
        double gross = 0;
        for (double x : exposure) {
            held += x > 0;
            gross += std::isfinite(x) ? x : 0.0;
        }
        s.exposure = double(held) / double(exposure.size());
        s.averageGrossExposure = gross / double(exposure.size());
    }

    if (n < 2)
        return s;
    // Daily returns once into `r`, then their moments two-pass (mean first, then central
    // moments), each sum in two interleaved accumulators (independent dependency chains).
    const std::size_t m = n - 1;
    double sumA = 0, sumB = 0;
    std::size_t k = 0;
    for (; k + 2 <= m; k += 2) {
        r[k] = e[k + 1] / e[k] - 1;
        r[k + 1] = e[k + 2] / e[k + 1] - 1;
        sumA += r[k];
        sumB += r[k + 1];
    }
    if (k < m) {
        r[k] = e[k + 1] / e[k] - 1;
        sumA += r[k];
    }
    const double mean = (sumA + sumB) / double(m);
    s.meanDailyReturn = mean;
    double m2 = 0, m3 = 0, m4 = 0, down = 0;
    double m2b = 0, m3b = 0, m4b = 0, downb = 0;
    const auto accumulate = [rfDaily, mean](double x, double &a2, double &a3, double &a4, double &dn) {
        const double d = x - mean;
        const double d2 = d * d;
        a2 += d2;
        a3 += d2 * d;
        a4 += d2 * d2;
        const double below = std::min(0.0, x - rfDaily);
        dn += below * below;
    };
    for (k = 0; k + 2 <= m; k += 2) {
        accumulate(r[k], m2, m3, m4, down);
        accumulate(r[k + 1], m2b, m3b, m4b, downb);
    }
    if (k < m)
        accumulate(r[k], m2, m3, m4, down);
    m2 += m2b;
    m3 += m3b;
    m4 += m4b;
    down += downb;
    if (m >= 2) {
        s.dailyVolatility = std::sqrt(m2 / double(m - 1));
        s.annualVolatility = s.dailyVolatility * std::sqrt(N);
        if (s.dailyVolatility > 0) {
            s.dailySharpe = (mean - rfDaily) / s.dailyVolatility;
            s.sharpe = s.dailySharpe * std::sqrt(N);
        }
    }
    const double downside = std::sqrt(down / double(m));
    if (downside > 0)
        s.sortino = (mean - rfDaily) / downside * std::sqrt(N);
    const double pm2 = m2 / double(m);
    if (m >= 2 && pm2 > 0) {
        s.skewness = (m3 / double(m)) / std::pow(pm2, 1.5);
        s.excessKurtosis = (m4 / double(m)) / (pm2 * pm2) - 3;
    }
    return s;
}

TradeStats computeTradeStats(std::span<const Trade> trades)
{
    TradeStats s;
    s.legs = int(trades.size());
    if (trades.empty())
        return s;
    struct Leg {
        int group;
        double pnl;
        std::int64_t bars;
        bool endOfData;
    };
    std::vector<Leg> legs;
    legs.reserve(trades.size());
    for (const Trade &t : trades) {
        legs.push_back({t.group, t.pnl, t.barsHeld(), t.exitReason == ExitReason::EndOfData});
        s.totalCommission += t.commission;
    }
    std::stable_sort(legs.begin(), legs.end(), [](const Leg &a, const Leg &b) { return a.group < b.group; });
    double barsHeld = 0;
    for (std::size_t i = 0; i < legs.size();) {
        double pnl = 0;
        std::int64_t bars = 0;
        bool eod = false;
        const int group = legs[i].group;
        for (; i < legs.size() && legs[i].group == group; ++i) {
            pnl += legs[i].pnl;
            bars = std::max(bars, legs[i].bars);
            eod = eod || legs[i].endOfData;
        }
        ++s.trades;
        s.netProfit += pnl;
        barsHeld += double(bars);
        s.endOfDataTrades += eod;
        if (pnl > 0) {
            ++s.winners;
            s.grossProfit += pnl;
        } else if (pnl < 0) {
            ++s.losers;
            s.grossLoss += pnl;
        }
    }
    s.winRate = double(s.winners) / s.trades;
    s.expectancy = s.netProfit / s.trades;
    s.averageBarsHeld = barsHeld / s.trades;
    if (s.losers > 0) {
        s.profitFactor = s.grossProfit / -s.grossLoss;
        s.averageLoss = s.grossLoss / s.losers;
    }
    if (s.winners > 0)
        s.averageWin = s.grossProfit / s.winners;
    return s;
}

BenchmarkStats compareWithBenchmark(std::span<const DayNumber> days, std::span<const double> equity,
                                    const BarSeries &benchmark, const MetricsParams &params)
{
    // Pairs (equity, benchmark close) on the common days: values first, returns afterwards,
    // as risk::commonDays does, so each pair of returns spans the same interval.
    std::vector<DayNumber> pairedDays;
    std::vector<double> pe, pb;
    std::size_t j = 0;
    for (std::size_t i = 0; i < days.size(); ++i) {
        while (j < benchmark.size() && benchmark.day[j] < days[i])
            ++j;
        if (j < benchmark.size() && benchmark.day[j] == days[i]) {
            pairedDays.push_back(days[i]);
            pe.push_back(equity[i]);
            pb.push_back(benchmark.close[j]);
        }
    }
    const std::size_t m = pe.empty() ? 0 : pe.size() - 1;
    std::vector<double> rp(m), rb(m);
    for (std::size_t k = 0; k < m; ++k) {
        rp[k] = pe[k + 1] / pe[k] - 1;
        rb[k] = pb[k + 1] / pb[k] - 1;
    }
    // Returns are dated at their later day.
    const std::span<const DayNumber> returnDays = m > 0 ? std::span<const DayNumber>(pairedDays).subspan(1)
                                                        : std::span<const DayNumber>();
    BenchmarkStats s = risk::benchmarkStatistics(returnDays, rp, rb, 0, params.tradingDaysPerYear, params.riskFreeRate);
    s.symbol = benchmark.symbol;
    return s;
}

PerformanceStats heldPerformance(std::span<const double> curve, const MetricsParams &params)
{
    std::size_t first = 0;
    while (first < curve.size() && !std::isfinite(curve[first]))
        ++first;
    if (curve.size() - first < 2)
        return {};
    PerformanceStats s = computePerformance(curve.subspan(first), {}, params);
    s.exposure = 1;
    s.averageGrossExposure = 1;
    for (int *index : {&s.maxDrawdownPeak, &s.maxDrawdownTrough, &s.maxDrawdownRecovery})
        if (*index >= 0)
            *index += int(first);
    return s;
}

std::vector<double> benchmarkCurve(std::span<const DayNumber> days, const BarSeries &benchmark, double initial)
{
    std::vector<double> out(days.size(), kUndefined);
    if (days.empty() || benchmark.empty())
        return out;
    std::size_t j = 0;
    double base = kUndefined;
    double last = kUndefined;
    for (std::size_t i = 0; i < days.size(); ++i) {
        while (j < benchmark.size() && benchmark.day[j] <= days[i])
            last = benchmark.close[j++];
        if (std::isnan(base))
            base = last; // the first day with a benchmark value anchors the scale
        out[i] = last / base * initial;
    }
    return out;
}

void drawdownCurve(std::span<const double> equity, std::span<double> out)
{
    // e/peak − 1 with the reciprocal of the peak taken once per new peak.
    double peak = -std::numeric_limits<double>::infinity();
    double inverse = 0;
    for (std::size_t t = 0; t < equity.size(); ++t) {
        if (equity[t] >= peak) {
            peak = equity[t];
            inverse = 1 / peak;
            out[t] = 0;
            continue;
        }
        out[t] = equity[t] * inverse - 1;
    }
}

} // namespace rutile::backtest
