#include "risk/RiskOptions.h"

#include "risk/Annualisation.h"

#include "util/NumberText.h"

#include <QCoreApplication>

#include <vector>

namespace rutile::risk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::risk::RiskOptions)
};

// Names are stable: they are CLI `--param` keys and saved-preset keys.
const QString kReturns = QStringLiteral("returns");
const QString kVarLevel = QStringLiteral("var_level");
const QString kThreshold = QStringLiteral("threshold_quantile");
const QString kStress = QStringLiteral("stress_level");
const QString kShortWindow = QStringLiteral("short_window");
const QString kBenchmarkWindow = QStringLiteral("benchmark_window");
const QString kTradingDays = QStringLiteral("trading_days");
const QString kRiskFree = QStringLiteral("risk_free");

std::vector<ParamSpec> makeSpecs()
{
    const RiskOptions d;
    return {
        ParamSpec::choice(kReturns, Text::tr("Returns"), {QStringLiteral("log"), QStringLiteral("simple")}, 0,
            Text::tr("Daily returns of the values: log ln(v[t]/v[t-1]) or simple v[t]/v[t-1] - 1"))
            .withChoiceLabels({Text::tr("Log"), Text::tr("Simple")}),
        ParamSpec::real(kVarLevel, Text::tr("VaR tail probability"), d.varLevel, 0.001, 0.25, 0.005,
            Text::tr("p of the Value at Risk: left VaR = p-quantile, right VaR = (1-p)-quantile")),
        ParamSpec::real(kThreshold, Text::tr("EVT threshold quantile"), d.thresholdQuantile, 0.5, 0.995, 0.01,
            Text::tr("Peaks-over-threshold: the threshold is this quantile of losses (left) or gains "
                     "(right)")),
        ParamSpec::real(kStress, Text::tr("Stress tail probability"), d.stressLevel, 0.0001, 0.1, 0.001,
            Text::tr("Tail probability of the EVT stress value (0.01: the 1% loss and the 99% gain)")),
        ParamSpec::integer(kShortWindow, Text::tr("Short-term window"), d.shortTermWindow, 2, 2520, 1,
            Text::tr("Returns in the short-term volatility and the rolling-volatility curve")),
        ParamSpec::integer(kBenchmarkWindow, Text::tr("Rolling beta window"), d.benchmarkWindow, 2, 5040, 1,
            Text::tr("Returns in the rolling beta and correlation against the benchmark")),
        ParamSpec::integer(kTradingDays, Text::tr("Trading days per year"), d.tradingDaysPerYear,
            kMinTradingDaysPerYear, kMaxTradingDaysPerYear, 1,
            Text::tr("Annualisation: mean x T, volatility x sqrt(T), alpha x T")),
        ParamSpec::real(kRiskFree, Text::tr("Risk-free rate (annual)"), d.riskFreeRate, -0.1, 1.0, 0.005,
            Text::tr("Subtracted (as rate / T per day) from both series before the benchmark "
                     "regression")),
    };
}

} // namespace

QString returnTypeName(ReturnType type)
{
    return type == ReturnType::Log ? QStringLiteral("log") : QStringLiteral("simple");
}

std::span<const ParamSpec> riskParamSpecs()
{
    static const std::vector<ParamSpec> specs = makeSpecs();
    return specs;
}

ParamValues RiskOptions::toParams() const
{
    return ParamValues {
        {kReturns, returnType == ReturnType::Log ? 0.0 : 1.0},
        {kVarLevel, varLevel},
        {kThreshold, thresholdQuantile},
        {kStress, stressLevel},
        {kShortWindow, double(shortTermWindow)},
        {kBenchmarkWindow, double(benchmarkWindow)},
        {kTradingDays, double(tradingDaysPerYear)},
        {kRiskFree, riskFreeRate},
    };
}

Status RiskOptions::validate() const
{
    const ParamValues values = toParams();
    if (Status s = rutile::validate(riskParamSpecs(), values); !s)
        return s;
    // Beyond the threshold only: below it the fitted GPD says nothing about the tail.
    if (!(stressLevel < 1.0 - thresholdQuantile))
        return Error::invalidArgument(Text::tr("stress_level (%1) must be below 1 - threshold_quantile (%2)")
                .arg(shortestNumberText(stressLevel), QString::number(1.0 - thresholdQuantile, 'g', 12)));
    return {};
}

Result<RiskOptions> RiskOptions::fromParams(const ParamValues &values)
{
    auto resolved = resolve(riskParamSpecs(), values);
    if (!resolved)
        return resolved.error();
    const ParamValues &v = *resolved;
    RiskOptions o;
    o.returnType = v.intValue(kReturns) == 0 ? ReturnType::Log : ReturnType::Simple;
    o.varLevel = v.value(kVarLevel);
    o.thresholdQuantile = v.value(kThreshold);
    o.stressLevel = v.value(kStress);
    o.shortTermWindow = v.intValue(kShortWindow);
    o.benchmarkWindow = v.intValue(kBenchmarkWindow);
    o.tradingDaysPerYear = v.intValue(kTradingDays);
    o.riskFreeRate = v.value(kRiskFree);
    if (Status s = o.validate(); !s)
        return s.error();
    return o;
}

} // namespace rutile::risk
