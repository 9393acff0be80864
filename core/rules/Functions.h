#pragma once

// The functions of the rule language other than the registry's indicators: their names,
// argument kinds and result types, read by the checker (and by an editor's completion).

#include "rules/Program.h"
#include "params/ParamSpec.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace rutile::rules {

enum class ArgKind : std::uint8_t {
    Number,    ///< a number series or constant
    Condition, ///< a condition series or constant
    Any,       ///< either (ref's first argument, iif's branches)
    Bars,      ///< a constant whole number of bars (a window, ref's offset)
};

struct FunctionInfo {
    QString name;
    Builtin id = Builtin::None;
    std::vector<ArgKind> args;
    ValueType result = ValueType::Number;
    QString signature;  ///< "highest(series, bars)"
    bool pure = false;  ///< bar by bar arithmetic: constant when its arguments are
    int minBars = 1;    ///< smallest legal Bars argument
    /// Largest legal Bars argument. The two-pass statistics cost O(window) per bar, so their
    /// windows stop at 5,000 (pairs_spread's longest lookback): evaluation stays bounded in time.
    int maxBars = 100000;
};

const std::vector<FunctionInfo> &functions();
const FunctionInfo *findFunction(QStringView name);
QStringList functionNames();
/// The range of a Bars argument: [minBars, maxBars].
ParamSpec barsSpec(const FunctionInfo &f);

/// True when the indicator is written with a series first (`sma(close, 50)`): those that read
/// only the close. The others read their leg's bars (`atr(14)`, `atr(14) of hedge`).
bool indicatorTakesSeries(const indicators::IndicatorDescriptor &d);
/// How the indicator is called in a rule: "sma(series, period)", "atr(period)".
QString indicatorSignature(const indicators::IndicatorDescriptor &d);

} // namespace rutile::rules
