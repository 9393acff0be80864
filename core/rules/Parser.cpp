#include "rules/Parser.h"

#include "rules/Suggest.h"
#include "rules/Vocabulary.h"

#include <QByteArray>
#include <QCoreApplication>

#include <tao/pegtl.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace rutile::rules {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Rules)
};

namespace peg = tao::pegtl;

/// A syntax error with its message already written (and translated) where it was found.
struct SyntaxFault {
    SourcePos pos;
    QString message;
};

/// What the actions build while one line is parsed.
struct State {
    State(SyntaxTree &t, const ParseLimits &l) : tree(t), limits(l) {}

    SyntaxTree &tree;
    const ParseLimits &limits;
    const char *lineBegin = nullptr;
    int line = 0;
    int depth = 0;
    bool statementSeen = false;
    std::vector<int> stack;                              ///< finished expressions
    std::vector<std::pair<BinaryOp, SourcePos>> ops;     ///< operators waiting for their right side
    std::vector<std::size_t> callMarks;                  ///< stack size at each open argument list
    QString pendingName;                                 ///< name of the let/param being read
    SourcePos pendingPos;
    ParamDecl param;
    int rangeSlot = 0;                                   ///< which number of a param comes next
    bool percent = false;                                ///< the exit statement ends in '%'

    SourcePos at(const char *p) const { return {line, 1 + utf8Length(lineBegin, p)}; }

    int add(Node node)
    {
        if (int(tree.nodes.size()) >= limits.maxNodes)
            throw SyntaxFault{node.pos, Text::tr("the file has more than %1 expression parts; a rule file may have at "
                                                 "most %1")
                                            .arg(limits.maxNodes)};
        tree.nodes.push_back(std::move(node));
        return int(tree.nodes.size()) - 1;
    }
    int pop()
    {
        const int n = stack.back();
        stack.pop_back();
        return n;
    }
};

/// "the end of the line" or the character found, for "expected …, found …".
template <typename Input>
QString found(const Input &in)
{
    if (in.empty())
        return Text::tr("the end of the line");
    const char *p = in.current();
    const char *e = p + 1;
    const auto wordChar = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.'; };
    if (wordChar(*p)) {
        // A whole word or number reads better than its first letter.
        while (e < in.end() && wordChar(*e) && e - p < 40)
            ++e;
    }
    while (e < in.end() && (static_cast<unsigned char>(*e) & 0xC0) == 0x80)
        ++e;
    return QStringLiteral("'%1'").arg(QString::fromUtf8(p, e - p));
}

// ---- the grammar -------------------------------------------------------------------------------

struct sp : peg::star<peg::blank> {};
struct comment : peg::seq<peg::one<'#'>, peg::star<peg::any>> {};
struct digits : peg::plus<peg::digit> {};
struct exponent_digits : digits {};
struct exponent : peg::if_must<peg::one<'e', 'E'>, peg::opt<peg::one<'+', '-'>>, exponent_digits> {};
struct number : peg::seq<peg::sor<peg::seq<digits, peg::opt<peg::one<'.'>, digits>>, peg::seq<peg::one<'.'>, digits>>,
                         peg::opt<exponent>> {};

struct kw_and : TAO_PEGTL_KEYWORD("and") {};
struct kw_or : TAO_PEGTL_KEYWORD("or") {};
struct kw_not : TAO_PEGTL_KEYWORD("not") {};
struct kw_of : TAO_PEGTL_KEYWORD("of") {};
struct kw_true : TAO_PEGTL_KEYWORD("true") {};
struct kw_false : TAO_PEGTL_KEYWORD("false") {};
struct reserved : peg::sor<kw_and, kw_or, kw_not, kw_of, kw_true, kw_false> {};

struct expr;
struct unary;
struct not_expr;

/// Rule, one level deeper: the depth bound keeps '((((…' from overflowing the stack.
template <typename Rule>
struct guarded {
    using rule_t = guarded;
    using subs_t = peg::type_list<Rule>;

    template <peg::apply_mode A, peg::rewind_mode M, template <typename...> class Action,
              template <typename...> class Control, typename Input>
    static bool match(Input &in, State &st)
    {
        if (st.depth >= st.limits.maxDepth)
            throw SyntaxFault{st.at(in.current()),
                              Text::tr("the expression is nested too deeply (more than %1 levels)").arg(st.limits.maxDepth)};
        ++st.depth;
        struct Leave {
            int &depth;
            ~Leave() { --depth; }
        } leave{st.depth};
        return Control<Rule>::template match<A, M, Action, Control>(in, st);
    }
};

struct literal_number : number {};
struct literal_true : kw_true {};
struct literal_false : kw_false {};
struct name_ref : peg::seq<peg::not_at<reserved>, peg::identifier> {};
struct paren_close : peg::one<')'> {};
struct paren : peg::if_must<peg::one<'('>, sp, guarded<expr>, sp, paren_close> {};
struct call_open : peg::one<'('> {};
struct call_close : peg::one<')'> {};
struct argument : guarded<expr> {};
struct call_args
    : peg::seq<call_open, sp, peg::opt<argument, peg::star<sp, peg::one<','>, sp, peg::must<argument>>>, sp,
               peg::must<call_close>> {};
struct name_or_call : peg::seq<name_ref, peg::opt<sp, call_args>> {};
struct primary : peg::sor<literal_number, literal_true, literal_false, paren, name_or_call> {};

struct output_name : peg::identifier {};
struct output_select : peg::if_must<peg::one<'.'>, output_name> {};
struct leg_name : peg::identifier {};
struct of_leg : peg::if_must<kw_of, sp, leg_name> {};
struct postfix : peg::seq<primary, peg::star<sp, peg::sor<output_select, of_leg>>> {};
struct operand : postfix {};

struct minus_sign : peg::one<'-'> {};
struct negation : peg::if_must<minus_sign, sp, guarded<unary>> {};
struct unary : peg::sor<negation, operand> {};

struct mul_op : peg::one<'*', '/'> {};
struct product_tail : peg::if_must<peg::seq<sp, mul_op>, sp, unary> {};
struct product : peg::seq<unary, peg::star<product_tail>> {};
struct add_op : peg::one<'+', '-'> {};
struct sum_tail : peg::if_must<peg::seq<sp, add_op>, sp, product> {};
struct sum : peg::seq<product, peg::star<sum_tail>> {};

struct cmp_op : peg::sor<peg::string<'<', '='>, peg::string<'>', '='>, peg::string<'=', '='>, peg::string<'!', '='>,
                         peg::one<'<'>, peg::one<'>'>> {};
struct chained_cmp : peg::seq<sp, cmp_op> {};
struct comparison_tail : peg::if_must<peg::seq<sp, cmp_op>, sp, sum> {};
struct comparison : peg::seq<sum, peg::opt<comparison_tail, peg::opt<chained_cmp>>> {};

struct not_op : kw_not {};
struct negated_condition : peg::if_must<not_op, sp, guarded<not_expr>> {};
struct not_expr : peg::sor<negated_condition, comparison> {};
struct and_op : kw_and {};
struct and_tail : peg::if_must<peg::seq<sp, and_op>, sp, not_expr> {};
struct and_expr : peg::seq<not_expr, peg::star<and_tail>> {};
struct or_op : kw_or {};
struct or_tail : peg::if_must<peg::seq<sp, or_op>, sp, and_expr> {};
struct expr : peg::seq<and_expr, peg::star<or_tail>> {};

// Statements.
struct equals : peg::one<'='> {};
struct declared_name : peg::identifier {};
struct signed_number : peg::seq<peg::opt<peg::one<'-'>>, sp, number> {};
struct param_number : signed_number {};
struct range_dots : peg::string<'.', '.'> {};
struct kw_in : TAO_PEGTL_KEYWORD("in") {};
struct kw_step : TAO_PEGTL_KEYWORD("step") {};
struct param_range : peg::if_must<kw_in, sp, param_number, sp, range_dots, sp, param_number> {};
struct param_step : peg::if_must<kw_step, sp, param_number> {};
struct param_numeric : peg::seq<param_number, sp, peg::must<param_range>, peg::opt<sp, param_step>> {};
struct param_bool : peg::sor<kw_true, kw_false> {};
struct param_value : peg::sor<param_bool, param_numeric> {};
struct label_text : peg::star<peg::not_one<'"'>> {};
struct label_close : peg::one<'"'> {};
struct label : peg::if_must<peg::one<'"'>, label_text, label_close> {};
struct kw_param : TAO_PEGTL_KEYWORD("param") {};
struct param_stmt : peg::if_must<kw_param, sp, declared_name, sp, equals, sp, param_value, peg::opt<sp, label>> {};

struct kw_let : TAO_PEGTL_KEYWORD("let") {};
struct let_stmt : peg::if_must<kw_let, sp, declared_name, sp, equals, sp, expr> {};

struct kw_when : TAO_PEGTL_KEYWORD("when") {};
template <typename Keyword>
struct rule_stmt : peg::if_must<Keyword, sp, kw_when, sp, expr> {};
struct kw_buy : TAO_PEGTL_KEYWORD("buy") {};
struct kw_sell : TAO_PEGTL_KEYWORD("sell") {};
struct kw_short : TAO_PEGTL_KEYWORD("short") {};
struct kw_cover : TAO_PEGTL_KEYWORD("cover") {};
struct buy_stmt : rule_stmt<kw_buy> {};
struct sell_stmt : rule_stmt<kw_sell> {};
struct short_stmt : rule_stmt<kw_short> {};
struct cover_stmt : rule_stmt<kw_cover> {};

struct percent_sign : peg::one<'%'> {};
template <typename Keyword>
struct exit_stmt : peg::if_must<Keyword, sp, expr, peg::opt<sp, percent_sign>> {};
struct kw_stop_loss : TAO_PEGTL_KEYWORD("stop_loss") {};
struct kw_take_profit : TAO_PEGTL_KEYWORD("take_profit") {};
struct kw_trailing_stop : TAO_PEGTL_KEYWORD("trailing_stop") {};
struct stop_loss_stmt : exit_stmt<kw_stop_loss> {};
struct take_profit_stmt : exit_stmt<kw_take_profit> {};
struct trailing_stop_stmt : exit_stmt<kw_trailing_stop> {};

struct kw_leg : TAO_PEGTL_KEYWORD("leg") {};
struct leg_stmt : peg::if_must<kw_leg, sp, declared_name> {};
struct kw_hedge_ratio : TAO_PEGTL_KEYWORD("hedge_ratio") {};
struct hedge_ratio_stmt : peg::if_must<kw_hedge_ratio, sp, expr> {};
struct kw_max_entries : TAO_PEGTL_KEYWORD("max_entries") {};
struct max_entries_stmt : peg::if_must<kw_max_entries, sp, expr> {};
struct kw_require : TAO_PEGTL_KEYWORD("require") {};
struct require_stmt : peg::if_must<kw_require, sp, expr, peg::opt<sp, label>> {};

struct unknown_statement : peg::identifier {};
struct statement : peg::sor<param_stmt, let_stmt, buy_stmt, sell_stmt, short_stmt, cover_stmt, stop_loss_stmt,
                            take_profit_stmt, trailing_stop_stmt, leg_stmt, hedge_ratio_stmt, max_entries_stmt,
                            require_stmt, unknown_statement> {};
struct line_end : peg::seq<sp, peg::opt<comment>, peg::eof> {};
struct line : peg::seq<sp, peg::opt<statement>, peg::must<line_end>> {};

// ---- error messages of the must<> points ------------------------------------------------------

template <typename Rule>
struct Message {
    template <typename Input>
    static QString text(const Input &in, const State &)
    {
        return Text::tr("syntax error at %1").arg(found(in));
    }
};

#define RUTILE_RULE_MESSAGE(Rule, Tr)                                                                                  \
    template <>                                                                                                        \
    struct Message<Rule> {                                                                                             \
        template <typename Input>                                                                                      \
        static QString text(const Input &in, const State &)                                                            \
        {                                                                                                              \
            return Tr.arg(found(in));                                                                                  \
        }                                                                                                              \
    };

RUTILE_RULE_MESSAGE(guarded<expr>, Text::tr("expected an expression, found %1"))
RUTILE_RULE_MESSAGE(argument, Text::tr("expected an expression, found %1"))
RUTILE_RULE_MESSAGE(expr, Text::tr("expected an expression, found %1"))
RUTILE_RULE_MESSAGE(unary, Text::tr("expected an expression, found %1"))
RUTILE_RULE_MESSAGE(guarded<unary>, Text::tr("expected an expression, found %1"))
RUTILE_RULE_MESSAGE(product, Text::tr("expected an expression, found %1"))
RUTILE_RULE_MESSAGE(sum, Text::tr("expected an expression, found %1"))
RUTILE_RULE_MESSAGE(not_expr, Text::tr("expected a condition, found %1"))
RUTILE_RULE_MESSAGE(guarded<not_expr>, Text::tr("expected a condition, found %1"))
RUTILE_RULE_MESSAGE(and_expr, Text::tr("expected a condition, found %1"))
RUTILE_RULE_MESSAGE(paren_close, Text::tr("expected ')', found %1"))
RUTILE_RULE_MESSAGE(call_close, Text::tr("expected ',' or ')' in the argument list, found %1"))
RUTILE_RULE_MESSAGE(output_name, Text::tr("expected an output name after '.', found %1"))
RUTILE_RULE_MESSAGE(leg_name, Text::tr("expected a leg name after 'of', found %1"))
RUTILE_RULE_MESSAGE(exponent_digits, Text::tr("expected the digits of the exponent, found %1"))
RUTILE_RULE_MESSAGE(declared_name, Text::tr("expected a name, found %1"))
RUTILE_RULE_MESSAGE(equals, Text::tr("expected '=', found %1"))
RUTILE_RULE_MESSAGE(param_value, Text::tr("expected a number, true or false, found %1"))
RUTILE_RULE_MESSAGE(param_range, Text::tr("expected 'in' and a range (param fast = 20 in 5..200), found %1"))
RUTILE_RULE_MESSAGE(param_number, Text::tr("expected a number, found %1"))
RUTILE_RULE_MESSAGE(range_dots, Text::tr("expected '..' between the bounds, found %1"))
RUTILE_RULE_MESSAGE(label_close, Text::tr("the label has no closing '\"', found %1"))
RUTILE_RULE_MESSAGE(kw_when, Text::tr("expected 'when', found %1"))
#undef RUTILE_RULE_MESSAGE

template <>
struct Message<line_end> {
    template <typename Input>
    static QString text(const Input &in, const State &st)
    {
        if (!st.statementSeen)
            return Text::tr("expected a statement (param, let, buy, sell, short, cover, stop_loss, take_profit, "
                            "trailing_stop, leg, hedge_ratio, max_entries, require), found %1")
                .arg(found(in));
        switch (in.peek_char()) {
        case '=':
            return Text::tr("'=' is not a comparison: write '=='");
        case ')':
            return Text::tr("')' without a matching '('");
        case '%':
            return Text::tr("'%' is allowed only at the end of stop_loss, take_profit and trailing_stop");
        default:
            return Text::tr("expected an operator or the end of the line, found %1").arg(found(in));
        }
    }
};

template <typename Rule>
struct Control : peg::normal<Rule> {
    template <typename Input, typename... States>
    [[noreturn]] static void raise(const Input &in, State &st, States &&...)
    {
        throw SyntaxFault{st.at(in.current()), Message<Rule>::text(in, st)};
    }
};

// ---- actions -----------------------------------------------------------------------------------

double toNumber(std::string_view text, SourcePos pos)
{
    bool ok = false;
    const double v = QByteArray(text.data(), qsizetype(text.size())).toDouble(&ok);
    if (!ok || !std::isfinite(v))
        throw SyntaxFault{pos, Text::tr("the number '%1' is out of range").arg(QString::fromUtf8(text.data(), qsizetype(text.size())))};
    return v;
}

template <typename Rule>
struct Action : peg::nothing<Rule> {};

template <>
struct Action<literal_number> {
    template <typename In>
    static void apply(const In &in, State &st)
    {
        Node n;
        n.kind = NodeKind::Number;
        n.pos = st.at(in.begin());
        n.number = toNumber(in.string_view(), n.pos);
        st.stack.push_back(st.add(std::move(n)));
    }
};

template <bool Value>
struct BooleanAction {
    template <typename In>
    static void apply(const In &in, State &st)
    {
        Node n;
        n.kind = NodeKind::Boolean;
        n.pos = st.at(in.begin());
        n.number = Value ? 1 : 0;
        st.stack.push_back(st.add(std::move(n)));
    }
};
template <>
struct Action<literal_true> : BooleanAction<true> {};
template <>
struct Action<literal_false> : BooleanAction<false> {};

template <>
struct Action<name_ref> {
    template <typename In>
    static void apply(const In &in, State &st)
    {
        Node n;
        n.kind = NodeKind::Name;
        n.pos = st.at(in.begin());
        n.name = QString::fromUtf8(in.begin(), qsizetype(in.size()));
        st.stack.push_back(st.add(std::move(n)));
    }
};

template <>
struct Action<call_open> {
    template <typename In>
    static void apply(const In &, State &st)
    {
        st.callMarks.push_back(st.stack.size());
    }
};

template <>
struct Action<call_close> {
    template <typename In>
    static void apply(const In &, State &st)
    {
        const std::size_t mark = st.callMarks.back();
        st.callMarks.pop_back();
        Node &call = st.tree.nodes[std::size_t(st.stack[mark - 1])];
        call.kind = NodeKind::Call;
        call.args.assign(st.stack.begin() + std::ptrdiff_t(mark), st.stack.end());
        st.stack.resize(mark);
    }
};

/// A node with one operand taken from the stack.
template <NodeKind Kind>
struct WrapAction {
    template <typename In>
    static void apply(const In &in, State &st)
    {
        Node n;
        n.kind = Kind;
        n.pos = st.at(in.begin());
        n.args = {st.pop()};
        if constexpr (Kind == NodeKind::Output || Kind == NodeKind::Of) {
            n.pos = st.tree.nodes[std::size_t(n.args[0])].pos;
            n.name = QString::fromUtf8(in.begin(), qsizetype(in.size()));
        }
        st.stack.push_back(st.add(std::move(n)));
    }
};
template <>
struct Action<output_name> : WrapAction<NodeKind::Output> {};
template <>
struct Action<leg_name> : WrapAction<NodeKind::Of> {};

/// Negate and Not: the operand is on the stack, the position is the operator's.
template <NodeKind Kind>
struct PrefixAction {
    template <typename In>
    static void apply(const In &in, State &st)
    {
        Node n;
        n.kind = Kind;
        n.pos = st.at(in.begin());
        n.args = {st.pop()};
        st.stack.push_back(st.add(std::move(n)));
    }
};
template <>
struct Action<negation> : PrefixAction<NodeKind::Negate> {};
template <>
struct Action<negated_condition> : PrefixAction<NodeKind::Not> {};

BinaryOp opFromText(std::string_view t)
{
    if (t == "+") return BinaryOp::Add;
    if (t == "-") return BinaryOp::Sub;
    if (t == "*") return BinaryOp::Mul;
    if (t == "/") return BinaryOp::Div;
    if (t == "<") return BinaryOp::Less;
    if (t == "<=") return BinaryOp::LessEqual;
    if (t == ">") return BinaryOp::Greater;
    if (t == ">=") return BinaryOp::GreaterEqual;
    if (t == "==") return BinaryOp::Equal;
    if (t == "!=") return BinaryOp::NotEqual;
    if (t == "and") return BinaryOp::And;
    return BinaryOp::Or;
}

struct OperatorAction {
    template <typename In>
    static void apply(const In &in, State &st)
    {
        st.ops.emplace_back(opFromText(in.string_view()), st.at(in.begin()));
    }
};
template <>
struct Action<mul_op> : OperatorAction {};
template <>
struct Action<add_op> : OperatorAction {};
template <>
struct Action<cmp_op> : OperatorAction {};
template <>
struct Action<and_op> : OperatorAction {};
template <>
struct Action<or_op> : OperatorAction {};

struct BinaryAction {
    template <typename In>
    static void apply(const In &, State &st)
    {
        Node n;
        n.kind = NodeKind::Binary;
        n.op = st.ops.back().first;
        n.pos = st.ops.back().second;
        st.ops.pop_back();
        const int rhs = st.pop();
        const int lhs = st.pop();
        n.args = {lhs, rhs};
        st.stack.push_back(st.add(std::move(n)));
    }
};
template <>
struct Action<product_tail> : BinaryAction {};
template <>
struct Action<sum_tail> : BinaryAction {};
template <>
struct Action<comparison_tail> : BinaryAction {};
template <>
struct Action<and_tail> : BinaryAction {};
template <>
struct Action<or_tail> : BinaryAction {};

template <>
struct Action<chained_cmp> {
    template <typename In>
    static void apply(const In &in, State &st)
    {
        const char *p = in.begin();
        while (*p == ' ' || *p == '\t')
            ++p;
        throw SyntaxFault{st.at(p), Text::tr("comparisons do not chain: write 'a < b and b < c'")};
    }
};

// Declarations.
template <>
struct Action<declared_name> {
    template <typename In>
    static void apply(const In &in, State &st)
    {
        st.pendingName = QString::fromUtf8(in.begin(), qsizetype(in.size()));
        st.pendingPos = st.at(in.begin());
    }
};

template <>
struct Action<param_number> {
    template <typename In>
    static void apply(const In &in, State &st)
    {
        const SourcePos pos = st.at(in.begin());
        std::string text(in.string_view());
        std::erase_if(text, [](char c) { return c == ' ' || c == '\t'; });
        const double v = toNumber(text, pos);
        if (text.find_first_of(".eE") != std::string::npos)
            st.param.writtenAsDecimal = true;
        switch (st.rangeSlot++) {
        case 0: st.param.defaultValue = v; st.param.defaultPos = pos; break;
        case 1: st.param.minimum = v; st.param.minimumPos = pos; break;
        case 2: st.param.maximum = v; st.param.maximumPos = pos; break;
        default: st.param.step = v; st.param.stepPos = pos; st.param.hasStep = true; break;
        }
    }
};

template <>
struct Action<param_bool> {
    template <typename In>
    static void apply(const In &in, State &st)
    {
        st.param.isBool = true;
        st.param.defaultValue = in.string_view() == "true" ? 1 : 0;
        st.param.defaultPos = st.at(in.begin());
        st.param.minimum = 0;
        st.param.maximum = 1;
    }
};

template <>
struct Action<label_text> {
    template <typename In>
    static void apply(const In &in, State &st)
    {
        st.param.label = QString::fromUtf8(in.begin(), qsizetype(in.size()));
    }
};

template <>
struct Action<param_stmt> {
    template <typename In>
    static void apply(const In &in, State &st)
    {
        st.param.pos = st.at(in.begin());
        st.param.name = st.pendingName;
        st.tree.params.push_back(st.param);
    }
};

template <>
struct Action<let_stmt> {
    template <typename In>
    static void apply(const In &in, State &st)
    {
        st.tree.lets.push_back({st.at(in.begin()), st.pendingName, st.pop()});
    }
};

template <RuleKind Kind>
struct RuleAction {
    template <typename In>
    static void apply(const In &in, State &st)
    {
        st.tree.rules.push_back({st.at(in.begin()), Kind, st.pop()});
    }
};
template <>
struct Action<buy_stmt> : RuleAction<RuleKind::Buy> {};
template <>
struct Action<sell_stmt> : RuleAction<RuleKind::Sell> {};
template <>
struct Action<short_stmt> : RuleAction<RuleKind::Short> {};
template <>
struct Action<cover_stmt> : RuleAction<RuleKind::Cover> {};

template <>
struct Action<percent_sign> {
    template <typename In>
    static void apply(const In &, State &st)
    {
        st.percent = true;
    }
};

template <ExitKind Kind>
struct ExitAction {
    template <typename In>
    static void apply(const In &in, State &st)
    {
        st.tree.exits.push_back({st.at(in.begin()), Kind, st.pop(), st.percent});
    }
};
template <>
struct Action<stop_loss_stmt> : ExitAction<ExitKind::StopLoss> {};
template <>
struct Action<take_profit_stmt> : ExitAction<ExitKind::TakeProfit> {};
template <>
struct Action<trailing_stop_stmt> : ExitAction<ExitKind::TrailingStop> {};

template <>
struct Action<leg_stmt> {
    template <typename In>
    static void apply(const In &in, State &st)
    {
        st.tree.legs.push_back({st.at(in.begin()), st.pendingName});
    }
};
template <>
struct Action<hedge_ratio_stmt> {
    template <typename In>
    static void apply(const In &in, State &st)
    {
        st.tree.hedgeRatios.push_back({st.at(in.begin()), st.pop()});
    }
};
template <>
struct Action<max_entries_stmt> {
    template <typename In>
    static void apply(const In &in, State &st)
    {
        st.tree.maxEntries.push_back({st.at(in.begin()), st.pop()});
    }
};

template <>
struct Action<require_stmt> {
    template <typename In>
    static void apply(const In &in, State &st)
    {
        st.tree.requirements.push_back({st.at(in.begin()), st.pop(), st.param.label});
    }
};

template <>
struct Action<unknown_statement> {
    template <typename In>
    static void apply(const In &in, State &st)
    {
        const QString word = QString::fromUtf8(in.begin(), qsizetype(in.size()));
        const QString near = closestName(word, statementKeywords());
        throw SyntaxFault{st.at(in.begin()),
                          near.isEmpty() ? Text::tr("unknown statement '%1'").arg(word)
                                         : Text::tr("unknown statement '%1' — did you mean '%2'?").arg(word, near)};
    }
};

/// Statements mark the line as having one, so that the end-of-line message can say what is
/// wrong after a statement rather than ask for one.
template <typename Keyword>
struct MarkStatement {
    template <typename In>
    static void apply(const In &, State &st)
    {
        st.statementSeen = true;
    }
};
template <>
struct Action<kw_param> : MarkStatement<kw_param> {};
template <>
struct Action<kw_let> : MarkStatement<kw_let> {};
template <>
struct Action<kw_buy> : MarkStatement<kw_buy> {};
template <>
struct Action<kw_sell> : MarkStatement<kw_sell> {};
template <>
struct Action<kw_short> : MarkStatement<kw_short> {};
template <>
struct Action<kw_cover> : MarkStatement<kw_cover> {};
template <>
struct Action<kw_stop_loss> : MarkStatement<kw_stop_loss> {};
template <>
struct Action<kw_take_profit> : MarkStatement<kw_take_profit> {};
template <>
struct Action<kw_trailing_stop> : MarkStatement<kw_trailing_stop> {};
template <>
struct Action<kw_leg> : MarkStatement<kw_leg> {};
template <>
struct Action<kw_hedge_ratio> : MarkStatement<kw_hedge_ratio> {};
template <>
struct Action<kw_max_entries> : MarkStatement<kw_max_entries> {};
template <>
struct Action<kw_require> : MarkStatement<kw_require> {};

} // namespace

int utf8Length(const char *begin, const char *end)
{
    int n = 0;
    for (const char *p = begin; p < end; ++p)
        n += (static_cast<unsigned char>(*p) & 0xC0) != 0x80;
    return n;
}

SyntaxTree parseRules(QByteArrayView source, Diagnostics &diagnostics, const ParseLimits &limits)
{
    SyntaxTree tree;
    if (source.size() > limits.maxSourceBytes) {
        diagnostics.add(1, 1, Text::tr("the file has %1 bytes; a rule file may have at most %2")
                                  .arg(source.size())
                                  .arg(limits.maxSourceBytes));
        return tree;
    }
    const char *p = source.data();
    const char *const end = p + source.size();
    // A UTF-8 byte-order mark is not part of the first line.
    if (source.startsWith("\xEF\xBB\xBF"))
        p += 3;
    int lineNumber = 0;
    while (p <= end && !diagnostics.full()) {
        const char *eol = std::find(p, end, '\n');
        const char *lineEnd = (eol > p && eol[-1] == '\r') ? eol - 1 : eol;
        ++lineNumber;
        State st{tree, limits};
        st.lineBegin = p;
        st.line = lineNumber;
        peg::memory_input<> in(p, lineEnd, "");
        // A statement can be complete before the rest of its line turns out wrong
        // ("buy when a = b"): a broken line adds nothing to the tree.
        const std::size_t counts[] = {tree.params.size(), tree.lets.size(),        tree.rules.size(),
                                      tree.exits.size(),  tree.legs.size(),        tree.hedgeRatios.size(),
                                      tree.maxEntries.size(), tree.requirements.size()};
        try {
            peg::parse<line, Action, Control>(in, st);
        } catch (const SyntaxFault &fault) {
            tree.params.resize(counts[0]);
            tree.lets.resize(counts[1]);
            tree.rules.resize(counts[2]);
            tree.exits.resize(counts[3]);
            tree.legs.resize(counts[4]);
            tree.hedgeRatios.resize(counts[5]);
            tree.maxEntries.resize(counts[6]);
            tree.requirements.resize(counts[7]);
            // A broken declaration still declares its name: later lines that use it are
            // not reported again as "unknown".
            if (!st.pendingName.isEmpty())
                tree.brokenNames.push_back(st.pendingName);
            diagnostics.add(fault.pos, fault.message);
        }
        if (eol == end)
            break;
        p = eol + 1;
    }
    return tree;
}

} // namespace rutile::rules
