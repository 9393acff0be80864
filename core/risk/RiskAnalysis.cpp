#include "risk/RiskAnalysis.h"

#include "indicators/RollingStats.h"
#include "risk/Moments.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rutile::risk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::risk::RiskAnalysis)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Error cancelled()
{
    return Error::cancelled(Text::tr("risk analysis cancelled"));
}

QString tailName(Tail tail)
{
    return tail == Tail::Left ? Text::tr("left tail (losses)") : Text::tr("right tail (gains)");
}

QString fitStatusText(GpdFitStatus status)
{
    switch (status) {
    case GpdFitStatus::Converged:
        return Text::tr("converged");
    case GpdFitStatus::TooFewExceedances:
        return Text::tr("too few exceedances");
    case GpdFitStatus::Degenerate:
        return Text::tr("the exceedances are all equal");
    case GpdFitStatus::ShapeAtBound:
        return Text::tr("the likelihood has no interior maximum (shape at its bound)");
    case GpdFitStatus::ScoreNotZero:
        return Text::tr("the gradient is not zero at the optimiser's answer");
    case GpdFitStatus::InformationNotPositive:
        return Text::tr("the observed information is not positive definite (no standard errors)");
    }
    return {};
}

void addTailWarnings(const TailStatistics &t, std::vector<RiskWarning> &warnings)
{
    const PotResult &pot = t.pot;
    if (!pot.fit.fitted && pot.exceedanceCount < kMinimumExceedances) {
        warnings.push_back({RiskWarningKind::GpdNotFitted, t.tail,
            Text::tr("%1: exceedances of the threshold: %2, fewer than the %3 a GPD fit needs; no "
                     "stress value")
                .arg(tailName(t.tail))
                .arg(pot.exceedanceCount)
                .arg(kMinimumExceedances)});
        return;
    }
    if (pot.fewExceedances)
        warnings.push_back({RiskWarningKind::FewExceedances, t.tail,
            Text::tr("%1: exceedances of the threshold: %2, fewer than %3; the GPD fit and the "
                     "stress value are unreliable")
                .arg(tailName(t.tail))
                .arg(pot.exceedanceCount)
                .arg(kRecommendedExceedances)});
    if (!pot.fit.converged)
        warnings.push_back({RiskWarningKind::GpdNotConverged, t.tail,
            Text::tr("%1: GPD fit not converged: %2").arg(tailName(t.tail), fitStatusText(pot.fit.status))});
    else if (!pot.fit.regular())
        warnings.push_back({RiskWarningKind::GpdIrregular, t.tail,
            Text::tr("%1: shape %2 is at or below -0.5, where maximum-likelihood standard errors are "
                     "not valid")
                .arg(tailName(t.tail))
                .arg(pot.fit.xi, 0, 'g', 4)});
}

} // namespace

bool RiskReport::hasWarning(RiskWarningKind kind) const
{
    return std::any_of(warnings.begin(), warnings.end(), [kind](const RiskWarning &w) { return w.kind == kind; });
}

ReturnStatistics returnStatistics(
    std::span<const double> returns, std::span<const DayNumber> days, const RiskOptions &options)
{
    ReturnStatistics s;
    const Moments m = sampleMoments(returns);
    const double T = double(options.tradingDaysPerYear);
    s.count = m.count;
    s.mean = m.mean;
    s.stdDev = m.stdDev;
    s.skewness = m.skewness;
    s.excessKurtosis = m.excessKurtosis;
    s.annualMean = m.mean * T;
    s.annualVolatility = m.stdDev * std::sqrt(T);
    s.min = s.max = kNaN;
    if (!returns.empty()) {
        const auto [lo, hi] = std::minmax_element(returns.begin(), returns.end());
        // minmax_element gives the LAST maximum; the first is wanted for both.
        const auto firstMax = std::find(returns.begin(), returns.end(), *hi);
        s.min = *lo;
        s.max = *firstMax;
        if (days.size() == returns.size()) {
            s.minDay = days[std::size_t(lo - returns.begin())];
            s.maxDay = days[std::size_t(firstMax - returns.begin())];
        }
    }
    s.shortTermCount = std::min<std::size_t>(returns.size(), std::size_t(options.shortTermWindow));
    s.shortTermVolatility = sampleStdDev(returns.last(s.shortTermCount));
    s.annualShortTermVolatility = s.shortTermVolatility * std::sqrt(T);
    return s;
}

TailStatistics tailStatistics(
    std::span<const double> sortedReturns, const ReturnStatistics &stats, Tail tail, const RiskOptions &options)
{
    TailStatistics t;
    t.tail = tail;
    const double p = options.varLevel;
    t.level = tail == Tail::Left ? p : 1.0 - p;
    t.historical = historicalTail(sortedReturns, tail, p);
    t.gaussianVar = gaussianVar(stats.mean, stats.stdDev, t.level);
    t.cornishFisherVar = cornishFisherVar(stats.mean, stats.stdDev, stats.skewness, stats.excessKurtosis, t.level);
    t.pot = peaksOverThreshold(sortedReturns, tail, options.thresholdQuantile, options.stressLevel);
    return t;
}

Result<RiskReport> analyseRisk(
    const DatedSeries &values, const RiskOptions &options, const DatedSeries *benchmark, const TaskControl &control)
{
    QElapsedTimer timer;
    timer.start();
    if (Status s = options.validate(); !s)
        return s.error();
    auto returns = returnsOf(values, options.returnType);
    if (!returns)
        return returns.error();
    if (returns->size() < kMinimumReturns)
        return Error::invalidInput(Text::tr("%1: not enough data: %2 returns, at least %3 are needed")
                .arg(values.name)
                .arg(returns->size())
                .arg(kMinimumReturns));

    RiskReport r;
    r.name = values.name;
    r.options = options;
    r.day = values.day;
    r.value = values.value;
    r.returnDay = std::move(returns->day);
    r.returns = std::move(returns->value);
    const double T = double(options.tradingDaysPerYear);

    r.stats = returnStatistics(r.returns, r.returnDay, options);
    if (r.returns.size() < std::size_t(options.shortTermWindow))
        r.warnings.push_back({RiskWarningKind::ShortHistory, std::nullopt,
            Text::tr("only %1 returns, fewer than the short-term window of %2; the short-term "
                     "volatility uses them all")
                .arg(r.returns.size())
                .arg(options.shortTermWindow)});
    control.report(0.1);
    if (control.cancelled())
        return cancelled();

    std::vector<double> sorted = r.returns;
    std::sort(sorted.begin(), sorted.end());
    r.left = tailStatistics(sorted, r.stats, Tail::Left, options);
    control.report(0.4);
    if (control.cancelled())
        return cancelled();
    r.right = tailStatistics(sorted, r.stats, Tail::Right, options);
    addTailWarnings(r.left, r.warnings);
    addTailWarnings(r.right, r.warnings);
    control.report(0.7);
    if (control.cancelled())
        return cancelled();

    r.drawdown = drawdowns(r.value);
    r.rollingVolatility.assign(r.returns.size(), kNaN);
    if (r.returns.size() >= std::size_t(options.shortTermWindow)) {
        (void)indicators::rollingStdDev(
            r.returns, options.shortTermWindow, indicators::Dispersion::Sample, r.rollingVolatility);
        for (double &v : r.rollingVolatility)
            v *= std::sqrt(T);
    }

    if (benchmark) {
        if (Status s = checkValues(*benchmark); !s)
            return s.error();
        const auto [asset, bench] = commonDays(values, *benchmark);
        const auto assetReturns = returnsOf(asset, options.returnType);
        const auto benchReturns = returnsOf(bench, options.returnType);
        if (!assetReturns || !benchReturns)
            return (assetReturns ? benchReturns : assetReturns).error();
        if (assetReturns->size() < 2) {
            r.warnings.push_back({RiskWarningKind::BenchmarkNoOverlap, std::nullopt,
                Text::tr("%1 and %2 have %3 common returns; at least 2 are needed for benchmark "
                         "statistics")
                    .arg(values.name, benchmark->name)
                    .arg(assetReturns->size())});
        } else {
            r.benchmark = benchmarkStatistics(assetReturns->day, assetReturns->value, benchReturns->value,
                options.benchmarkWindow, options.tradingDaysPerYear, options.riskFreeRate);
            r.benchmark->symbol = benchmark->name;
            if (assetReturns->size() < std::size_t(options.benchmarkWindow))
                r.warnings.push_back({RiskWarningKind::BenchmarkShortOverlap, std::nullopt,
                    Text::tr("%1 common returns with %2, fewer than the rolling window of %3: no "
                             "rolling beta or correlation")
                        .arg(assetReturns->size())
                        .arg(benchmark->name)
                        .arg(options.benchmarkWindow)});
        }
    }
    control.report(1.0);
    r.valid = true;
    r.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return r;
}

} // namespace rutile::risk
