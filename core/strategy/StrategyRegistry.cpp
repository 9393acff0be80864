#include "strategy/StrategyRegistry.h"

#include "strategy/BuiltInStrategies.h"
#include "strategy/MlSignalStrategy.h"

#include <QCoreApplication>

namespace rutile::strategy {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Strategies)
};


ParamSpec period(const QString &name, const QString &label, int defaultValue, int minimum, int maximum,
                 const QString &description)
{
    return ParamSpec::integer(name, label, defaultValue, minimum, maximum, 1, description);
}

ParamSpec allowShort()
{
    return ParamSpec::boolean(QStringLiteral("short"), Text::tr("Short side"), false,
                              Text::tr("Also go short on the cross below (and back to long on the cross above)"));
}

Status fastBelowSlow(const ParamValues &v)
{
    const int fast = v.intValue(u"fast");
    const int slow = v.intValue(u"slow");
    if (fast >= slow)
        return Error::invalidArgument(Text::tr("fast (%1) must be less than slow (%2)").arg(fast).arg(slow));
    return {};
}

StrategyDescriptor averageCross(const QString &name, const QString &average, const QString &displayName,
                                const QString &description, int fast, int slow)
{
    StrategyDescriptor d;
    d.name = name;
    d.displayName = displayName;
    d.description = description;
    d.params = {period(QStringLiteral("fast"), Text::tr("Fast period"), fast, 1, 1000,
                       Text::tr("Bars in the fast %1").arg(average.toUpper())),
                period(QStringLiteral("slow"), Text::tr("Slow period"), slow, 2, 5000,
                       Text::tr("Bars in the slow %1; must exceed the fast period").arg(average.toUpper())),
                allowShort()};
    d.legRoles = {Text::tr("Traded symbol")};
    d.validate = fastBelowSlow;
    return d;
}

std::vector<StrategyDescriptor> builtInDescriptors()
{
    std::vector<StrategyDescriptor> all;
    {
        StrategyDescriptor d = averageCross(
            QStringLiteral("sma_cross"), QStringLiteral("sma"), Text::tr("SMA crossover"),
            Text::tr("Long when the fast SMA crosses above the slow SMA (fast > slow now, fast ≤ slow on the previous "
                     "bar); exit when it crosses below. Optionally short on the cross below."),
            20, 50);
        d.create = [](const ParamValues &v) {
            return makeMovingAverageCross(QStringLiteral("sma"), v.intValue(u"fast"), v.intValue(u"slow"),
                                          v.boolValue(u"short"));
        };
        all.push_back(std::move(d));
    }
    {
        StrategyDescriptor d = averageCross(
            QStringLiteral("ema_cross"), QStringLiteral("ema"), Text::tr("EMA crossover"),
            Text::tr("Long when the fast EMA crosses above the slow EMA (fast > slow now, fast ≤ slow on the previous "
                     "bar); exit when it crosses below. Optionally short on the cross below."),
            12, 26);
        d.create = [](const ParamValues &v) {
            return makeMovingAverageCross(QStringLiteral("ema"), v.intValue(u"fast"), v.intValue(u"slow"),
                                          v.boolValue(u"short"));
        };
        all.push_back(std::move(d));
    }
    {
        StrategyDescriptor d;
        d.name = QStringLiteral("bollinger_revert");
        d.displayName = Text::tr("Bollinger mean reversion");
        d.description = Text::tr("Long when the close is below the lower Bollinger band; exit when the close is above "
                                 "the middle band.");
        d.params = {period(QStringLiteral("period"), Text::tr("Period"), 20, 2, 5000, Text::tr("Bars in the bands' window")),
                    ParamSpec::real(QStringLiteral("k"), Text::tr("Width (σ)"), 2.0, 0.1, 10.0, 0.1,
                                    Text::tr("Distance of the bands from the middle, in population standard deviations"))};
        d.legRoles = {Text::tr("Traded symbol")};
        d.create = [](const ParamValues &v) { return makeBollingerRevert(v.intValue(u"period"), v.value(u"k")); };
        all.push_back(std::move(d));
    }
    {
        StrategyDescriptor d;
        d.name = QStringLiteral("rsi_revert");
        d.displayName = Text::tr("RSI mean reversion");
        d.description = Text::tr("Long when RSI is below the lower level; exit when RSI is above the upper level.");
        d.params = {period(QStringLiteral("period"), Text::tr("Period"), 14, 1, 1000, Text::tr("Bars of Wilder's RSI")),
                    ParamSpec::real(QStringLiteral("lower"), Text::tr("Lower level"), 30, 0, 100, 1,
                                    Text::tr("Enter long when RSI falls below this level")),
                    ParamSpec::real(QStringLiteral("upper"), Text::tr("Upper level"), 70, 0, 100, 1,
                                    Text::tr("Exit when RSI rises above this level"))};
        d.legRoles = {Text::tr("Traded symbol")};
        d.validate = [](const ParamValues &v) -> Status {
            if (v.value(u"lower") >= v.value(u"upper"))
                return Error::invalidArgument(Text::tr("lower (%1) must be less than upper (%2)")
                                   .arg(v.value(u"lower"))
                                   .arg(v.value(u"upper")));
            return {};
        };
        d.create = [](const ParamValues &v) {
            return makeRsiRevert(v.intValue(u"period"), v.value(u"lower"), v.value(u"upper"));
        };
        all.push_back(std::move(d));
    }
    {
        StrategyDescriptor d;
        d.name = QStringLiteral("macd_cross");
        d.displayName = Text::tr("MACD crossover");
        d.description = Text::tr("Long when the MACD line crosses above its signal line; exit when it crosses below.");
        d.params = {period(QStringLiteral("fast"), Text::tr("Fast period"), 12, 1, 1000, Text::tr("Bars in the fast EMA")),
                    period(QStringLiteral("slow"), Text::tr("Slow period"), 26, 2, 1000,
                           Text::tr("Bars in the slow EMA; must exceed the fast period")),
                    period(QStringLiteral("signal"), Text::tr("Signal period"), 9, 1, 1000,
                           Text::tr("Bars in the EMA of the MACD line"))};
        d.legRoles = {Text::tr("Traded symbol")};
        d.validate = fastBelowSlow;
        d.create = [](const ParamValues &v) {
            return makeMacdCross(v.intValue(u"fast"), v.intValue(u"slow"), v.intValue(u"signal"));
        };
        all.push_back(std::move(d));
    }
    {
        StrategyDescriptor d;
        d.name = QStringLiteral("pairs_spread");
        d.displayName = Text::tr("Pairs spread");
        d.description = Text::tr(
            "Hedge ratio β from a rolling OLS of log prices (traded on hedge) over the lookback; z-score of the spread "
            "log(traded) − β·log(hedge) over the same window. Short the spread (short the traded symbol, long β-weighted "
            "hedge) when z > entry; long it when z < −entry; exit both legs when |z| < exit.");
        d.params = {period(QStringLiteral("lookback"), Text::tr("Lookback"), 60, 3, 5000,
                           Text::tr("Bars in the regression and z-score window")),
                    ParamSpec::real(QStringLiteral("entry_z"), Text::tr("Entry z"), 2.0, 0.1, 10, 0.1,
                                    Text::tr("Open a spread position when |z| exceeds this")),
                    ParamSpec::real(QStringLiteral("exit_z"), Text::tr("Exit z"), 0.5, 0, 10, 0.1,
                                    Text::tr("Close the spread position when |z| falls below this"))};
        d.legs = 2;
        d.legRoles = {Text::tr("Traded symbol"), Text::tr("Hedge symbol")};
        d.validate = [](const ParamValues &v) -> Status {
            if (v.value(u"exit_z") >= v.value(u"entry_z"))
                return Error::invalidArgument(Text::tr("exit_z (%1) must be less than entry_z (%2)")
                                   .arg(v.value(u"exit_z"))
                                   .arg(v.value(u"entry_z")));
            return {};
        };
        d.create = [](const ParamValues &v) {
            return makePairsSpread(v.intValue(u"lookback"), v.value(u"entry_z"), v.value(u"exit_z"));
        };
        all.push_back(std::move(d));
    }
    {
        StrategyDescriptor d;
        d.name = QStringLiteral("buy_hold");
        d.displayName = Text::tr("Buy and hold");
        d.description = Text::tr("Long at the first decision (filled on the next bar), held to the end of the data.");
        d.legRoles = {Text::tr("Traded symbol")};
        d.create = [](const ParamValues &) { return makeBuyHold(); };
        all.push_back(std::move(d));
    }
    all.push_back(mlSignalDescriptor());
    return all;
}

} // namespace

StrategyRegistry::StrategyRegistry() : m_descriptors(builtInDescriptors()) {}

const StrategyRegistry &StrategyRegistry::builtIn()
{
    static const StrategyRegistry registry;
    return registry;
}

const StrategyDescriptor *StrategyRegistry::find(QStringView name) const
{
    for (const StrategyDescriptor &d : m_descriptors) {
        if (name.compare(d.name, Qt::CaseInsensitive) == 0)
            return &d;
    }
    return nullptr;
}

QStringList StrategyRegistry::names() const
{
    QStringList names;
    for (const StrategyDescriptor &d : m_descriptors)
        names << d.name;
    return names;
}

Result<const StrategyDescriptor *> findStrategy(QStringView name, const StrategyRegistry &registry)
{
    if (const StrategyDescriptor *d = registry.find(name))
        return d;
    return Error::invalidArgument(Text::tr("unknown strategy '%1'; expected one of: %2")
                       .arg(name.toString(), registry.names().join(QStringLiteral(", "))));
}

} // namespace rutile::strategy
