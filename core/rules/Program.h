#pragma once

// A checked rule file: the syntax tree, what every node turned out to be (its type, the
// function or name it refers to), the ParamSpecs of its `param` declarations, and its rules,
// exits and legs. Built once by compileRules(); evaluated for any resolved parameter set by
// ColumnEvaluator. Immutable once built, so one program serves every run of an optimisation.

#include "rules/Ast.h"
#include "params/ParamSpec.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace rutile::indicators {
struct IndicatorDescriptor;
}

namespace rutile::rules {

/// What a node's value is: a number per bar, or a condition (true/false) per bar. Unknown
/// follows an error already reported, so that one mistake is not reported again upstream.
enum class ValueType : std::uint8_t { Number, Condition, Unknown };

/// The functions of the language other than the indicators of the registry.
enum class Builtin : std::uint8_t {
    None,
    Iif,
    Ref,
    CrossAbove,
    CrossBelow,
    Highest,
    Lowest,
    Change,
    Abs,
    Log,
    Sqrt,
    Min,
    Max,
    Mean,
    StdDev,
    Variance,
    ZScore,
    Covariance,
    Correlation,
    Beta,
    Slope,
    PairBeta,
    PairZScore,
};

/// What a Name node refers to.
enum class NameRef : std::uint8_t { None, Field, Param, Let };

enum class PriceField : std::uint8_t { Open, High, Low, Close, Volume };

struct NodeInfo {
    ValueType type = ValueType::Unknown;
    bool constant = false;   ///< the same value on every bar: numbers, parameters and arithmetic of them
    bool usesParams = false; ///< a constant whose value depends on parameters
    NameRef ref = NameRef::None;
    int index = -1;          ///< param index (ParamSpecs), let index, or PriceField
    int leg = 0;             ///< price fields and OHLC indicators: the leg read
    Builtin builtin = Builtin::None;
    const indicators::IndicatorDescriptor *indicator = nullptr; ///< Call of a registry indicator
    int output = 0;          ///< indicator output read (Output nodes and single-output calls)
    bool takesInput = false; ///< indicator reads args[0] as its input series
};

/// How a trailing stop is written: a fraction of the best price, or a multiple of the
/// engine's ATR (AttachedExits::trailingFraction / trailingAtrMultiple).
enum class TrailingMode : std::uint8_t { Fraction, AtrMultiple };

struct ExitRule {
    ExitKind kind = ExitKind::StopLoss;
    int expr = -1;                 ///< percent (stop/take/trailing fraction) or the ATR multiple
    TrailingMode trailing = TrailingMode::Fraction;
};

struct Program {
    SyntaxTree tree;
    std::vector<NodeInfo> info; ///< one per node of tree.nodes
    std::vector<ParamSpec> params;
    QStringList legNames;       ///< the extra legs, in order: legNames[0] is leg 1
    /// The condition expressions of each rule kind (Buy, Sell, Short, Cover); several lines of
    /// one kind fire when any of them does.
    std::vector<int> rules[4];
    std::vector<ExitRule> exits;
    int hedgeRatio = -1;        ///< expression, or -1
    int maxEntries = -1;        ///< constant expression, or -1
    /// Conditions between parameters that a parameter set must meet (`require fast < slow`):
    /// the descriptor's validate(), so forms, --param and the optimiser's grid refuse the rest.
    std::vector<RequireDecl> requirements;

    /// The comment block at the top of the file, its lines joined: what the strategy does, in
    /// the author's words (the strategy's description in forms). Empty without one.
    QString summary;
    /// The text it was compiled from, as given: the run journal keeps it with every run.
    QString source;

    int legs() const { return 1 + int(legNames.size()); }
    const std::vector<int> &rulesOf(RuleKind kind) const { return rules[int(kind)]; }
};

} // namespace rutile::rules
