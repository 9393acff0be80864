#pragma once

// The one description of every indicator Rutile offers. The chart's indicator picker, the CLI
// (`--ind macd:12,26,9`), strategies and the optimiser all read it; adding an indicator means
// adding its kernel (and streaming twin) and one entry in IndicatorRegistry.cpp.

#include "data/BarSeries.h"
#include "data/CsvLayout.h"
#include "indicators/Streaming.h"
#include "params/ParamSpec.h"
#include "util/Error.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace rutile::indicators {

/// Where the chart draws an indicator.
enum class Pane {
    Overlay, ///< on the price axis (moving averages, bands)
    OwnPane, ///< in a pane of its own below the price (oscillators, volume, ATR)
};

/// The columns of a series an indicator reads, as spans. All have the same length.
struct IndicatorInputs {
    std::span<const double> open;
    std::span<const double> high;
    std::span<const double> low;
    std::span<const double> close;
    std::span<const double> volume;

    std::size_t size() const { return close.size(); }
    /// Views of `bars`' columns. Indicators read Close (not Adj Close), like every charting
    /// platform; pass an adjusted series to work on adjusted prices.
    static IndicatorInputs from(const BarSeries &bars);
};

/// Everything the GUI, the CLI and the optimiser need to know about one indicator.
struct IndicatorDescriptor {
    QString name;                  ///< CLI name: "sma", "macd"; lower case, stable
    QString displayName;           ///< translated, for menus and legends
    QString description;           ///< translated one-line description
    std::vector<ParamSpec> params; ///< in CLI positional order ("macd:12,26,9" = fast, slow, signal)
    QStringList outputs;           ///< CLI output names (CLI.md); one entry for single-output indicators
    QStringList outputLabels;      ///< translated, one per output of a multi-output indicator ("Signal")
    Pane pane = Pane::OwnPane;
    std::vector<double> guideLevels;                     ///< fixed horizontal lines (RSI 30/70)
    std::optional<std::pair<double, double>> valueRange; ///< fixed axis range (RSI 0..100), if any
    std::vector<BarField> inputs;                        ///< columns read, e.g. High, Low, Close

    /// First valid index for resolved parameter values.
    int (*lookback)(const ParamValues &values) = nullptr;
    /// The kernel's own checks for resolved values against a series of `length` bars (periods
    /// not longer than the series, MACD fast < slow).
    Status (*validate)(const ParamValues &values, std::size_t length) = nullptr;
    /// Runs the kernel: one output span per entry of `outputs`, each inputs.size() long.
    /// `values` must be resolved (every parameter present); the kernel adds its own checks.
    Status (*compute)(const IndicatorInputs &inputs, const ParamValues &values,
                      std::span<const std::span<double>> outputs) = nullptr;
    /// A streaming twin for resolved, valid parameter values.
    std::unique_ptr<IndicatorStream> (*makeStream)(const ParamValues &values) = nullptr;

    bool isMultiOutput() const { return outputs.size() > 1; }
    /// Output `i` as a form or a legend names it: its label, or the indicator's name for the
    /// only output of a single-output indicator.
    QString outputLabel(qsizetype i) const
    {
        return i < outputLabels.size() ? outputLabels[i] : isMultiOutput() ? outputs.value(i) : displayName;
    }
};

/// The built-in indicators. Immutable once built; translated texts are taken with the
/// translator installed when builtIn() is first called.
class IndicatorRegistry {
public:
    static const IndicatorRegistry &builtIn();

    std::span<const IndicatorDescriptor> all() const { return m_descriptors; }
    /// The indicator called `name` (case-insensitive), or nullptr.
    const IndicatorDescriptor *find(QStringView name) const;
    QStringList names() const;

private:
    IndicatorRegistry();
    std::vector<IndicatorDescriptor> m_descriptors;
};

/// An indicator with its resolved parameters, as parsed from a CLI spec.
struct IndicatorSpec {
    const IndicatorDescriptor *descriptor = nullptr;
    ParamValues params;
};

/// Parses "name:arg,arg" ("sma:20", "macd:12,26,9", "obv", "bbands:20,2.5"); missing arguments
/// take their defaults. Errors name the unknown indicator or the bad parameter.
Result<IndicatorSpec> parseIndicatorSpec(QStringView text,
                                         const IndicatorRegistry &registry = IndicatorRegistry::builtIn());

/// CLI column headers (CLI.md): "sma(20)", "obv" for single-output indicators,
/// "macd(12,26,9).signal" for each output otherwise.
QStringList columnHeaders(const IndicatorDescriptor &descriptor, const ParamValues &values);

/// First valid index of `descriptor` with `values` (defaults filled in); -1 when the values
/// are invalid.
int lookback(const IndicatorDescriptor &descriptor, const ParamValues &values);

/// One output of a computed indicator.
struct IndicatorColumn {
    QString output;             ///< output name: "signal"; for single-output indicators the indicator name
    QString header;             ///< CLI column header: "macd(12,26,9).signal"
    std::vector<double> values; ///< as long as the series, NaN in the warm-up
};

struct IndicatorResult {
    const IndicatorDescriptor *descriptor = nullptr;
    ParamValues params;  ///< resolved, in spec order
    int lookback = 0;    ///< first valid index
    std::vector<IndicatorColumn> columns;

    /// The column of output `name`, or nullptr.
    const IndicatorColumn *column(QStringView name) const;
};

/// Computes an indicator over a whole series. `values` may be partial (defaults fill the rest);
/// bad or unknown parameters give an InvalidArgument error naming the parameter, its value and
/// the allowed range.
Result<IndicatorResult> compute(const IndicatorDescriptor &descriptor, const BarSeries &bars,
                                const ParamValues &values = {});
/// compute() by name; an unknown name is an InvalidArgument error listing the known names.
Result<IndicatorResult> compute(QStringView name, const BarSeries &bars, const ParamValues &values = {},
                                const IndicatorRegistry &registry = IndicatorRegistry::builtIn());
Result<IndicatorResult> compute(const IndicatorSpec &spec, const BarSeries &bars);

/// Computes into caller-provided outputs (one per descriptor output, inputs.size() long), for
/// callers that reuse buffers (the chart on every pan, the optimiser on every grid point).
Status computeInto(const IndicatorDescriptor &descriptor, const IndicatorInputs &inputs, const ParamValues &values,
                   std::span<const std::span<double>> outputs);

/// A streaming twin of `descriptor` with `values` (defaults filled in, checked).
Result<std::unique_ptr<IndicatorStream>> createStream(const IndicatorDescriptor &descriptor,
                                                      const ParamValues &values = {});

} // namespace rutile::indicators
