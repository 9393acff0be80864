#pragma once

#include "util/Error.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>
#include <span>
#include <utility>
#include <vector>

namespace rutile {

/// How a parameter's value is interpreted. Every value travels as a double (so that the
/// optimiser can lay a numeric grid over any parameter); the type says which doubles are legal
/// and how the value is written and read as text.
enum class ParamType {
    Int,    ///< a whole number in [minimum, maximum]
    Double, ///< any finite number in [minimum, maximum]
    Bool,   ///< 0 (false) or 1 (true)
    Choice, ///< the index of one of `choices` (0-based)
};

/// The unit a value is written in, on the CLI and in forms.
enum class ParamUnit {
    Plain,   ///< the number as it is
    Percent, ///< percent: 0.1 means 0.1% (the fraction 0.001); CLI options end in "-pct"
};

/// Describes one tunable parameter of an indicator, a strategy or a model.
///
/// One type serves every consumer: the indicator registry, strategies, the optimiser grid
/// (`--grid name=start:stop:step` walks [minimum, maximum] by `step`), the CLI
/// (`--param name=value`, `sma:20`) and the generated GUI form (a spin box for Int, a double
/// spin box for Double, a check box for Bool, a combo box for Choice). The bounds are
/// inclusive, as in QuantLib's "value (x) out of range [a, b]" preconditions.
struct ParamSpec {
    QString name;        ///< key on the CLI and in saved presets: ASCII, lower case, stable
    QString label;       ///< translated label for forms
    ParamType type = ParamType::Double;
    double defaultValue = 0;
    double minimum = 0;
    double maximum = 0;
    double step = 1;         ///< GUI spin-box step and the optimiser's default grid step
    QString description;     ///< translated tool-tip text; may be empty
    QStringList choices;     ///< Choice only: the values' names as written on the CLI
    ParamUnit unit = ParamUnit::Plain;
    /// The named CLI option that sets this parameter, without the dashes ("size-pct"); empty
    /// when it is set only through --param. A Bool parameter is a switch (--whole-units, true
    /// when given). The CLI generates the option, its help (label, description, unit, range,
    /// default) and its checks from this spec.
    QString option;
    /// Choice only: each choice as a form shows it, translated ("Next bar's open" for
    /// next_open); a choice without one shows its name.
    QStringList choiceLabels;

    static ParamSpec integer(const QString &name, const QString &label, int defaultValue, int minimum, int maximum,
                             int step = 1, const QString &description = {});
    static ParamSpec real(const QString &name, const QString &label, double defaultValue, double minimum,
                          double maximum, double step, const QString &description = {});
    static ParamSpec boolean(const QString &name, const QString &label, bool defaultValue,
                             const QString &description = {});
    static ParamSpec choice(const QString &name, const QString &label, const QStringList &choices, int defaultIndex,
                            const QString &description = {});

    bool operator==(const ParamSpec &other) const = default;

    /// A copy set on the CLI by `--option`, with values in `unit`.
    ParamSpec onCli(const QString &option, ParamUnit unit = ParamUnit::Plain) const;
    /// A copy whose choices forms show as `labels` (in the order of `choices`).
    ParamSpec withChoiceLabels(const QStringList &labels) const;
    /// How a form shows choice `index`: its label, else its name.
    QString choiceLabel(int index) const { return choiceLabels.value(index, choices.value(index)); }

    /// Ok when `value` is legal for this parameter; otherwise an InvalidArgument error naming the
    /// parameter, the value and the allowed range: "period (0) out of range [1, 100000]".
    Status check(double value) const;

    /// Text form of a value as written on the CLI and in column headers: "20", "2.5",
    /// "true", or the choice's name. Doubles use the shortest text that reads back exactly.
    QString format(double value) const;

    /// Reads a value written by format() (for Choice also the index, and the name with '-'
    /// for '_': "next-open" for next_open; for Bool also 1/0, yes/no, on/off). The result is
    /// checked against the range.
    Result<double> parse(QStringView text) const;
};

/// Parameter values by name, in insertion order (which resolve() makes the spec order).
class ParamValues {
public:
    ParamValues() = default;
    ParamValues(std::initializer_list<std::pair<QString, double>> values);

    /// Sets `name` to `value`, replacing an earlier value of the same name.
    void set(const QString &name, double value);
    bool contains(QStringView name) const;
    /// The value of `name`, or `fallback` when it is not set.
    double value(QStringView name, double fallback = 0) const;
    int intValue(QStringView name, int fallback = 0) const;
    bool boolValue(QStringView name, bool fallback = false) const;

    std::size_t size() const { return m_values.size(); }
    bool empty() const { return m_values.empty(); }
    const std::vector<std::pair<QString, double>> &entries() const { return m_values; }

    bool operator==(const ParamValues &other) const = default;

private:
    std::vector<std::pair<QString, double>> m_values;
};

/// The default of every spec, in spec order.
ParamValues defaultValues(std::span<const ParamSpec> specs);

/// The spec called `name`, or nullptr.
const ParamSpec *findParam(std::span<const ParamSpec> specs, QStringView name);

/// Checks every value in `values`: it must name a spec and lie in its range. Values that are
/// not set are not an error here (resolve() fills them with defaults).
Status validate(std::span<const ParamSpec> specs, const ParamValues &values);

/// The complete, checked parameter set: defaults overridden by `values`, in spec order.
Result<ParamValues> resolve(std::span<const ParamSpec> specs, const ParamValues &values);

/// A name with positional arguments as written on the CLI: "macd:12,26,9" → {"macd", {"12","26","9"}};
/// "obv" → {"obv", {}}. Surrounding white space is ignored.
struct NamedArguments {
    QString name;
    QStringList arguments;
};
Result<NamedArguments> splitNamedArguments(QStringView text);

/// Positional arguments mapped onto `specs` in order and resolved: missing trailing arguments
/// take their defaults, an empty argument ("20,,3") keeps the default, too many is an error.
Result<ParamValues> parsePositional(std::span<const ParamSpec> specs, const QStringList &arguments);

/// `name=value` assignments (the CLI's repeated `--param`) resolved against `specs`.
Result<ParamValues> parseAssignments(std::span<const ParamSpec> specs, const QStringList &assignments);

/// Values written positionally in spec order, comma separated: "12,26,9". Used for the CLI
/// column headers ("macd(12,26,9)") and anywhere a parameter set is shown compactly.
QString formatPositional(std::span<const ParamSpec> specs, const ParamValues &values);

} // namespace rutile
