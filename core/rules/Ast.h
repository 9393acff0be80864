#pragma once

// The syntax tree of a rule file. Expression nodes live in one arena (a vector indexed by
// int), so the node-count bound is one comparison and the tree has no owning pointers.
// Statements refer to their expressions by index.

#include <QString>

#include <cstdint>
#include <vector>

namespace rutile::rules {

/// A 1-based position in the source; column counts characters (code points), not bytes.
struct SourcePos {
    int line = 0;
    int column = 0;
};

enum class NodeKind : std::uint8_t {
    Number,  ///< a literal number
    Boolean, ///< true / false
    Name,    ///< a price field, a parameter or a let
    Call,    ///< name(args...)
    Output,  ///< args[0].name: an indicator's output
    Of,      ///< args[0] of name: a price field or indicator on another leg
    Negate,  ///< -args[0]
    Not,     ///< not args[0]
    Binary,  ///< args[0] op args[1]
};

enum class BinaryOp : std::uint8_t { Add, Sub, Mul, Div, Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual, And, Or };

struct Node {
    NodeKind kind = NodeKind::Number;
    BinaryOp op = BinaryOp::Add;
    SourcePos pos;
    double number = 0;        ///< Number, Boolean (0/1)
    QString name;             ///< Name, Call, Output (the output), Of (the leg)
    std::vector<int> args;    ///< operands, call arguments
};

enum class RuleKind : std::uint8_t { Buy, Sell, Short, Cover };
enum class ExitKind : std::uint8_t { StopLoss, TakeProfit, TrailingStop };

struct ParamDecl {
    SourcePos pos;
    QString name;
    QString label;
    bool isBool = false;
    double defaultValue = 0;
    double minimum = 0;
    double maximum = 0;
    double step = 1;
    bool hasStep = false;
    /// One of the numbers is written with a decimal point or an exponent ("30.0"): the
    /// parameter is a Double even when every value is whole.
    bool writtenAsDecimal = false;
    SourcePos defaultPos, minimumPos, maximumPos, stepPos;
};

struct LetDecl {
    SourcePos pos;
    QString name;
    int expr = -1;
};

struct RuleDecl {
    SourcePos pos;
    RuleKind kind = RuleKind::Buy;
    int expr = -1;
};

struct ExitDecl {
    SourcePos pos;
    ExitKind kind = ExitKind::StopLoss;
    int expr = -1;
    bool percent = false; ///< written with a trailing '%'
};

struct LegDecl {
    SourcePos pos;
    QString name;
};

/// `hedge_ratio EXPR` and `max_entries EXPR`: one expression each.
struct ValueDecl {
    SourcePos pos;
    int expr = -1;
};

/// `require CONDITION "message"`: a check between parameters, made before a run.
struct RequireDecl {
    SourcePos pos;
    int expr = -1;
    QString message; ///< may be empty
};

/// Everything the parser read, in source order within each kind.
struct SyntaxTree {
    std::vector<Node> nodes;
    std::vector<ParamDecl> params;
    std::vector<LetDecl> lets;
    std::vector<RuleDecl> rules;
    std::vector<ExitDecl> exits;
    std::vector<LegDecl> legs;
    std::vector<ValueDecl> hedgeRatios;
    std::vector<ValueDecl> maxEntries;
    std::vector<RequireDecl> requirements;
    /// Names of lets and params whose line did not parse: uses of them are not reported
    /// again as unknown.
    std::vector<QString> brokenNames;
};

} // namespace rutile::rules
