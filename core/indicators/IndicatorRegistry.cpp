#include "indicators/IndicatorRegistry.h"

#include "indicators/MovingAverages.h"
#include "indicators/Oscillators.h"
#include "indicators/Trend.h"
#include "indicators/Volatility.h"
#include "indicators/Volume.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>
#include <type_traits>

namespace rutile::indicators {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Indicators)
};

using Outputs = std::span<const std::span<double>>;

// ---- parameter specs and their conversion to the kernels' parameter structs ------------------

ParamSpec periodSpec(int defaultValue, const QString &name = QStringLiteral("period"), const QString &label = {})
{
    return ParamSpec::integer(name, label.isEmpty() ? Text::tr("Period") : label, defaultValue, 1, kMaxPeriod, 1,
                              Text::tr("Number of bars in the window"));
}

int period(const ParamValues &v)
{
    return v.intValue(u"period");
}

/// Wraps a concrete stream (update(double) on the close, or update(const Bar &)) behind
/// IndicatorStream.
template <typename S>
class StreamAdapter final : public IndicatorStream {
public:
    explicit StreamAdapter(S stream) : m_stream(std::move(stream)) {}

    std::span<const double> update(const Bar &bar) override
    {
        const auto values = [&] {
            if constexpr (std::is_invocable_v<decltype(&S::update), S &, double>)
                return m_stream.update(bar.close);
            else
                return m_stream.update(bar);
        }();
        if constexpr (std::is_same_v<std::decay_t<decltype(values)>, double>) {
            m_values[0] = values;
            return {m_values.data(), 1};
        } else {
            std::copy(values.begin(), values.end(), m_values.begin());
            return {m_values.data(), values.size()};
        }
    }

    std::unique_ptr<IndicatorStream> clone() const override { return std::make_unique<StreamAdapter>(*this); }

private:
    S m_stream;
    std::array<double, 3> m_values{};
};

/// Parameter structs from resolved values, one per kernel.
SmaParams smaParams(const ParamValues &v) { return {period(v)}; }
EmaParams emaParams(const ParamValues &v) { return {period(v)}; }
WmaParams wmaParams(const ParamValues &v) { return {period(v)}; }
DemaParams demaParams(const ParamValues &v) { return {period(v)}; }
TemaParams temaParams(const ParamValues &v) { return {period(v)}; }
BbandsParams bbandsParams(const ParamValues &v) { return {period(v), v.value(u"k")}; }
RsiParams rsiParams(const ParamValues &v) { return {period(v)}; }
MacdParams macdParams(const ParamValues &v) { return {v.intValue(u"fast"), v.intValue(u"slow"), v.intValue(u"signal")}; }
AtrParams atrParams(const ParamValues &v) { return {period(v)}; }
StochParams stochParams(const ParamValues &v) { return {v.intValue(u"fast_k"), v.intValue(u"slow_k"), v.intValue(u"slow_d")}; }
AdxParams adxParams(const ParamValues &v) { return {period(v)}; }
CciParams cciParams(const ParamValues &v) { return {period(v)}; }
WillrParams willrParams(const ParamValues &v) { return {period(v)}; }
MfiParams mfiParams(const ParamValues &v) { return {period(v)}; }
RocParams rocParams(const ParamValues &v) { return {period(v)}; }

/// Fills the lookback, validate and stream adapters of an entry from its parameter converter
/// and streaming class; the entry itself supplies only the compute adapter.
template <auto Convert, typename Stream>
void bind(IndicatorDescriptor &d)
{
    d.lookback = [](const ParamValues &v) { return lookback(Convert(v)); };
    d.validate = [](const ParamValues &v, std::size_t length) { return validate(Convert(v), length); };
    d.makeStream = [](const ParamValues &v) -> std::unique_ptr<IndicatorStream> {
        return std::make_unique<StreamAdapter<Stream>>(Stream(Convert(v)));
    };
}

const std::vector<BarField> kClose{BarField::Close};
const std::vector<BarField> kHlc{BarField::High, BarField::Low, BarField::Close};

// ---- the entries ---------------------------------------------------------------------------

IndicatorDescriptor overlayAverage(const QString &name, const QString &displayName, const QString &description)
{
    IndicatorDescriptor d;
    d.name = name;
    d.displayName = displayName;
    d.description = description;
    d.params = {periodSpec(20)};
    d.outputs = {name};
    d.pane = Pane::Overlay;
    d.inputs = kClose;
    return d;
}

std::vector<IndicatorDescriptor> builtInDescriptors()
{
    std::vector<IndicatorDescriptor> all;

    {
        IndicatorDescriptor d = overlayAverage(QStringLiteral("sma"), Text::tr("Simple moving average"),
                                               Text::tr("Mean of the last n closes"));
        bind<smaParams, SmaStream>(d);
        d.compute = [](const IndicatorInputs &in, const ParamValues &v, Outputs out) {
            return sma(in.close, smaParams(v), out[0]);
        };
        all.push_back(std::move(d));
    }
    {
        IndicatorDescriptor d = overlayAverage(QStringLiteral("ema"), Text::tr("Exponential moving average"),
                                               Text::tr("EMA with k = 2/(n+1), seeded with the SMA of the first n closes"));
        bind<emaParams, EmaStream>(d);
        d.compute = [](const IndicatorInputs &in, const ParamValues &v, Outputs out) {
            return ema(in.close, emaParams(v), out[0]);
        };
        all.push_back(std::move(d));
    }
    {
        IndicatorDescriptor d = overlayAverage(QStringLiteral("wma"), Text::tr("Weighted moving average"),
                                               Text::tr("Linearly weighted mean of the last n closes, newest heaviest"));
        bind<wmaParams, WmaStream>(d);
        d.compute = [](const IndicatorInputs &in, const ParamValues &v, Outputs out) {
            return wma(in.close, wmaParams(v), out[0]);
        };
        all.push_back(std::move(d));
    }
    {
        IndicatorDescriptor d = overlayAverage(QStringLiteral("dema"), Text::tr("Double exponential moving average"),
                                               Text::tr("2·EMA − EMA(EMA)"));
        bind<demaParams, DemaStream>(d);
        d.compute = [](const IndicatorInputs &in, const ParamValues &v, Outputs out) {
            return dema(in.close, demaParams(v), out[0]);
        };
        all.push_back(std::move(d));
    }
    {
        IndicatorDescriptor d = overlayAverage(QStringLiteral("tema"), Text::tr("Triple exponential moving average"),
                                               Text::tr("3·EMA − 3·EMA(EMA) + EMA(EMA(EMA))"));
        bind<temaParams, TemaStream>(d);
        d.compute = [](const IndicatorInputs &in, const ParamValues &v, Outputs out) {
            return tema(in.close, temaParams(v), out[0]);
        };
        all.push_back(std::move(d));
    }
    {
        IndicatorDescriptor d;
        d.name = QStringLiteral("bbands");
        d.displayName = Text::tr("Bollinger Bands");
        d.description = Text::tr("SMA ± k population standard deviations of the last n closes");
        d.params = {periodSpec(20),
                    ParamSpec::real(QStringLiteral("k"), Text::tr("Width (σ)"), 2.0, 0.0, kMaxBandWidth, 0.1,
                                    Text::tr("Distance of the bands from the middle, in standard deviations"))};
        d.outputs = {QStringLiteral("upper"), QStringLiteral("middle"), QStringLiteral("lower")};
        d.outputLabels = {Text::tr("Upper"), Text::tr("Middle"), Text::tr("Lower")};
        d.pane = Pane::Overlay;
        d.inputs = kClose;
        bind<bbandsParams, BbandsStream>(d);
        d.compute = [](const IndicatorInputs &in, const ParamValues &v, Outputs out) {
            return bbands(in.close, bbandsParams(v), out[0], out[1], out[2]);
        };
        all.push_back(std::move(d));
    }
    {
        IndicatorDescriptor d;
        d.name = QStringLiteral("rsi");
        d.displayName = Text::tr("Relative strength index");
        d.description = Text::tr("Wilder's RSI: 100·G/(G+L) of smoothed gains and losses");
        d.params = {periodSpec(14)};
        d.outputs = {d.name};
        d.guideLevels = {30, 70};
        d.valueRange = std::pair{0.0, 100.0};
        d.inputs = kClose;
        bind<rsiParams, RsiStream>(d);
        d.compute = [](const IndicatorInputs &in, const ParamValues &v, Outputs out) {
            return rsi(in.close, rsiParams(v), out[0]);
        };
        all.push_back(std::move(d));
    }
    {
        IndicatorDescriptor d;
        d.name = QStringLiteral("macd");
        d.displayName = Text::tr("MACD");
        d.description = Text::tr("Moving average convergence/divergence: fast EMA − slow EMA, its signal EMA and the histogram");
        d.params = {periodSpec(12, QStringLiteral("fast"), Text::tr("Fast period")),
                    ParamSpec::integer(QStringLiteral("slow"), Text::tr("Slow period"), 26, 2, kMaxPeriod, 1,
                                       Text::tr("Period of the slow EMA; must exceed the fast period")),
                    periodSpec(9, QStringLiteral("signal"), Text::tr("Signal period"))};
        d.outputs = {QStringLiteral("macd"), QStringLiteral("signal"), QStringLiteral("hist")};
        d.outputLabels = {Text::tr("MACD"), Text::tr("Signal"), Text::tr("Histogram")};
        d.guideLevels = {0};
        d.inputs = kClose;
        bind<macdParams, MacdStream>(d);
        d.compute = [](const IndicatorInputs &in, const ParamValues &v, Outputs out) {
            return macd(in.close, macdParams(v), out[0], out[1], out[2]);
        };
        all.push_back(std::move(d));
    }
    {
        IndicatorDescriptor d;
        d.name = QStringLiteral("atr");
        d.displayName = Text::tr("Average true range");
        d.description = Text::tr("Wilder-smoothed true range");
        d.params = {periodSpec(14)};
        d.outputs = {d.name};
        d.inputs = kHlc;
        bind<atrParams, AtrStream>(d);
        d.compute = [](const IndicatorInputs &in, const ParamValues &v, Outputs out) {
            return atr(in.high, in.low, in.close, atrParams(v), out[0]);
        };
        all.push_back(std::move(d));
    }
    {
        IndicatorDescriptor d;
        d.name = QStringLiteral("stoch");
        d.displayName = Text::tr("Stochastic");
        d.description = Text::tr("Slow stochastic oscillator: %K and its moving average %D");
        d.params = {periodSpec(14, QStringLiteral("fast_k"), Text::tr("%K period")),
                    periodSpec(3, QStringLiteral("slow_k"), Text::tr("%K smoothing")),
                    periodSpec(3, QStringLiteral("slow_d"), Text::tr("%D period"))};
        d.outputs = {QStringLiteral("k"), QStringLiteral("d")};
        d.outputLabels = {Text::tr("%K"), Text::tr("%D")};
        d.guideLevels = {20, 80};
        d.valueRange = std::pair{0.0, 100.0};
        d.inputs = kHlc;
        bind<stochParams, StochStream>(d);
        d.compute = [](const IndicatorInputs &in, const ParamValues &v, Outputs out) {
            return stoch(in.high, in.low, in.close, stochParams(v), out[0], out[1]);
        };
        all.push_back(std::move(d));
    }
    {
        IndicatorDescriptor d;
        d.name = QStringLiteral("adx");
        d.displayName = Text::tr("Average directional index");
        d.description = Text::tr("Wilder's trend strength with the +DI and −DI lines");
        d.params = {periodSpec(14)};
        d.outputs = {QStringLiteral("adx"), QStringLiteral("plus_di"), QStringLiteral("minus_di")};
        d.outputLabels = {Text::tr("ADX"), Text::tr("+DI"), Text::tr("-DI")};
        d.guideLevels = {25};
        d.valueRange = std::pair{0.0, 100.0};
        d.inputs = kHlc;
        bind<adxParams, AdxStream>(d);
        d.compute = [](const IndicatorInputs &in, const ParamValues &v, Outputs out) {
            return adx(in.high, in.low, in.close, adxParams(v), out[0], out[1], out[2]);
        };
        all.push_back(std::move(d));
    }
    {
        IndicatorDescriptor d;
        d.name = QStringLiteral("cci");
        d.displayName = Text::tr("Commodity channel index");
        d.description = Text::tr("Deviation of the typical price from its mean, in units of 0.015 mean deviations");
        d.params = {periodSpec(20)};
        d.outputs = {d.name};
        d.guideLevels = {-100, 100};
        d.inputs = kHlc;
        bind<cciParams, CciStream>(d);
        d.compute = [](const IndicatorInputs &in, const ParamValues &v, Outputs out) {
            return cci(in.high, in.low, in.close, cciParams(v), out[0]);
        };
        all.push_back(std::move(d));
    }
    {
        IndicatorDescriptor d;
        d.name = QStringLiteral("willr");
        d.displayName = Text::tr("Williams %R");
        d.description = Text::tr("Position of the close within the high–low range of the last n bars, −100..0");
        d.params = {periodSpec(14)};
        d.outputs = {d.name};
        d.guideLevels = {-80, -20};
        d.valueRange = std::pair{-100.0, 0.0};
        d.inputs = kHlc;
        bind<willrParams, WillrStream>(d);
        d.compute = [](const IndicatorInputs &in, const ParamValues &v, Outputs out) {
            return willr(in.high, in.low, in.close, willrParams(v), out[0]);
        };
        all.push_back(std::move(d));
    }
    {
        IndicatorDescriptor d;
        d.name = QStringLiteral("mfi");
        d.displayName = Text::tr("Money flow index");
        d.description = Text::tr("Volume-weighted RSI of the typical price");
        d.params = {periodSpec(14)};
        d.outputs = {d.name};
        d.guideLevels = {20, 80};
        d.valueRange = std::pair{0.0, 100.0};
        d.inputs = {BarField::High, BarField::Low, BarField::Close, BarField::Volume};
        bind<mfiParams, MfiStream>(d);
        d.compute = [](const IndicatorInputs &in, const ParamValues &v, Outputs out) {
            return mfi(in.high, in.low, in.close, in.volume, mfiParams(v), out[0]);
        };
        all.push_back(std::move(d));
    }
    {
        IndicatorDescriptor d;
        d.name = QStringLiteral("obv");
        d.displayName = Text::tr("On-balance volume");
        d.description = Text::tr("Running total of volume, added on up closes and subtracted on down closes");
        d.outputs = {d.name};
        d.inputs = {BarField::Close, BarField::Volume};
        d.lookback = [](const ParamValues &) { return obvLookback(); };
        d.validate = [](const ParamValues &, std::size_t) { return Status(); };
        d.compute = [](const IndicatorInputs &in, const ParamValues &, Outputs out) {
            return obv(in.close, in.volume, out[0]);
        };
        d.makeStream = [](const ParamValues &) -> std::unique_ptr<IndicatorStream> {
            return std::make_unique<StreamAdapter<ObvStream>>(ObvStream{});
        };
        all.push_back(std::move(d));
    }
    {
        IndicatorDescriptor d;
        d.name = QStringLiteral("roc");
        d.displayName = Text::tr("Rate of change");
        d.description = Text::tr("Percentage change of the close over n bars");
        d.params = {periodSpec(10)};
        d.outputs = {d.name};
        d.guideLevels = {0};
        d.inputs = kClose;
        bind<rocParams, RocStream>(d);
        d.compute = [](const IndicatorInputs &in, const ParamValues &v, Outputs out) {
            return roc(in.close, rocParams(v), out[0]);
        };
        all.push_back(std::move(d));
    }
    return all;
}


/// "sma: period (0) out of range [1, 100000]": the indicator's name in front of a kernel's
/// message, so that a CLI run with several --ind options says which one is wrong.
Error withName(const IndicatorDescriptor &d, Error error)
{
    error.message = d.name + QStringLiteral(": ") + error.message;
    return error;
}

} // namespace

// ---- IndicatorInputs / IndicatorRegistry -------------------------------------------------------

IndicatorInputs IndicatorInputs::from(const BarSeries &bars)
{
    return IndicatorInputs{bars.open, bars.high, bars.low, bars.close, bars.volume};
}

IndicatorRegistry::IndicatorRegistry() : m_descriptors(builtInDescriptors()) {}

const IndicatorRegistry &IndicatorRegistry::builtIn()
{
    static const IndicatorRegistry registry;
    return registry;
}

const IndicatorDescriptor *IndicatorRegistry::find(QStringView name) const
{
    for (const IndicatorDescriptor &d : m_descriptors) {
        if (name.compare(d.name, Qt::CaseInsensitive) == 0)
            return &d;
    }
    return nullptr;
}

QStringList IndicatorRegistry::names() const
{
    QStringList names;
    for (const IndicatorDescriptor &d : m_descriptors)
        names << d.name;
    return names;
}

// ---- specs, headers, lookback ------------------------------------------------------------------

Result<IndicatorSpec> parseIndicatorSpec(QStringView text, const IndicatorRegistry &registry)
{
    Result<NamedArguments> parts = splitNamedArguments(text);
    if (!parts)
        return parts.error();
    const IndicatorDescriptor *d = registry.find(parts->name);
    if (!d)
        return Error::invalidArgument(Text::tr("unknown indicator '%1'; known: %2")
                           .arg(parts->name, registry.names().join(QStringLiteral(", "))));
    Result<ParamValues> values = parsePositional(d->params, parts->arguments);
    if (!values)
        return withName(*d, values.error());
    return IndicatorSpec{d, std::move(*values)};
}

QStringList columnHeaders(const IndicatorDescriptor &descriptor, const ParamValues &values)
{
    QString base = descriptor.name;
    if (!descriptor.params.empty())
        base += u'(' + formatPositional(descriptor.params, values) + u')';
    if (!descriptor.isMultiOutput())
        return {base};
    QStringList headers;
    for (const QString &output : descriptor.outputs)
        headers << base + u'.' + output;
    return headers;
}

int lookback(const IndicatorDescriptor &descriptor, const ParamValues &values)
{
    Result<ParamValues> resolved = resolve(descriptor.params, values);
    return resolved ? descriptor.lookback(*resolved) : -1;
}

// ---- compute -----------------------------------------------------------------------------------

const IndicatorColumn *IndicatorResult::column(QStringView name) const
{
    for (const IndicatorColumn &c : columns) {
        if (c.output == name)
            return &c;
    }
    return nullptr;
}

Status computeInto(const IndicatorDescriptor &descriptor, const IndicatorInputs &inputs, const ParamValues &values,
                   std::span<const std::span<double>> outputs)
{
    Result<ParamValues> resolved = resolve(descriptor.params, values);
    if (!resolved)
        return withName(descriptor, resolved.error());
    if (outputs.size() != std::size_t(descriptor.outputs.size()))
        return withName(descriptor, Error::invalidArgument(Text::tr("%1 output buffers given, %2 expected")
                                                .arg(outputs.size())
                                                .arg(descriptor.outputs.size())));
    if (Status s = descriptor.compute(inputs, *resolved, outputs); !s)
        return withName(descriptor, s.error());
    return {};
}

Result<IndicatorResult> compute(const IndicatorDescriptor &descriptor, const BarSeries &bars,
                                const ParamValues &values)
{
    Result<ParamValues> resolved = resolve(descriptor.params, values);
    if (!resolved)
        return withName(descriptor, resolved.error());
    IndicatorResult result;
    result.descriptor = &descriptor;
    result.params = *resolved;
    result.lookback = descriptor.lookback(result.params);
    const QStringList headers = columnHeaders(descriptor, result.params);
    std::vector<std::span<double>> spans;
    result.columns.resize(std::size_t(descriptor.outputs.size()));
    for (std::size_t i = 0; i < result.columns.size(); ++i) {
        IndicatorColumn &c = result.columns[i];
        c.output = descriptor.outputs.at(qsizetype(i));
        c.header = headers.at(qsizetype(i));
        c.values.resize(bars.size());
        spans.push_back(c.values);
    }
    if (Status s = descriptor.compute(IndicatorInputs::from(bars), result.params, spans); !s)
        return withName(descriptor, s.error());
    return result;
}

Result<IndicatorResult> compute(QStringView name, const BarSeries &bars, const ParamValues &values,
                                const IndicatorRegistry &registry)
{
    const IndicatorDescriptor *d = registry.find(name);
    if (!d)
        return Error::invalidArgument(Text::tr("unknown indicator '%1'; known: %2")
                           .arg(name.toString(), registry.names().join(QStringLiteral(", "))));
    return compute(*d, bars, values);
}

Result<IndicatorResult> compute(const IndicatorSpec &spec, const BarSeries &bars)
{
    if (!spec.descriptor)
        return Error::invalidArgument(Text::tr("no indicator given"));
    return compute(*spec.descriptor, bars, spec.params);
}

Result<std::unique_ptr<IndicatorStream>> createStream(const IndicatorDescriptor &descriptor, const ParamValues &values)
{
    Result<ParamValues> resolved = resolve(descriptor.params, values);
    if (!resolved)
        return withName(descriptor, resolved.error());
    // The kernel's own rules (MACD fast < slow) apply to a stream too; a stream has no
    // length, so the period-versus-length rule is checked against an unbounded one.
    if (Status s = descriptor.validate(*resolved, std::numeric_limits<std::size_t>::max()); !s)
        return withName(descriptor, s.error());
    return descriptor.makeStream(*resolved);
}

} // namespace rutile::indicators
