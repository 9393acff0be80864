#include "rules/Compiler.h"

#include "rules/Constant.h"
#include "rules/Functions.h"
#include "rules/Suggest.h"
#include "rules/Vocabulary.h"

#include "indicators/IndicatorRegistry.h"
#include "util/NumberText.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rutile::rules {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Rules)
};

using indicators::IndicatorDescriptor;
using indicators::IndicatorRegistry;

/// Deepest expression tree the checker and the evaluator walk (they recurse): a chain
/// a + b + c + … is as deep as it is long. Far beyond any readable rule, far below a stack.
constexpr int kMaxTreeDepth = 256;

QString num(double v)
{
    return shortestNumberText(v);
}

bool isWhole(double v)
{
    return std::isfinite(v) && v == std::floor(v);
}

/// A declared name: a parameter or a let, visible from the line after its own.
struct Declaration {
    NameRef ref = NameRef::None;
    int index = -1;
    int line = 0;
};

class Checker {
public:
    Checker(Program &program, Diagnostics &diagnostics) : m_p(program), m_d(diagnostics)
    {
        m_p.info.assign(m_p.tree.nodes.size(), NodeInfo{});
        // Children are created before their parent, so one pass in index order gives every
        // node's depth without recursion.
        m_depth.assign(m_p.tree.nodes.size(), 1);
        for (std::size_t i = 0; i < m_p.tree.nodes.size(); ++i) {
            for (int a : m_p.tree.nodes[i].args)
                m_depth[i] = std::max(m_depth[i], m_depth[std::size_t(a)] + 1);
        }
    }

    void run();

private:
    const Node &node(int id) const { return m_p.tree.nodes[std::size_t(id)]; }
    NodeInfo &info(int id) { return m_p.info[std::size_t(id)]; }
    void error(SourcePos pos, const QString &message) { m_d.add(pos, message); }

    SourcePos startOf(int id) const;
    QString describe(int id) const;

    void declareNames();
    void checkParam(const ParamDecl &decl);
    bool reservedName(const QString &name, SourcePos pos, const QString &what);

    /// Checks the expression rooted at `id`, used on `line`, reading leg `leg`.
    NodeInfo check(int id, int line, int leg = 0);
    NodeInfo checkRoot(int id, int line);
    NodeInfo checkName(int id, int line, int leg);
    NodeInfo checkCall(int id, int line, int leg, const QString *output, SourcePos outputPos);
    NodeInfo checkIndicator(int id, const IndicatorDescriptor &d, int line, int leg, const QString *output,
                            SourcePos outputPos);
    NodeInfo checkBuiltin(int id, const FunctionInfo &f, int line);
    NodeInfo checkOf(int id, int line);
    /// Type checks: false (and an error) when `found` is not `wanted`; Unknown passes silently.
    bool expect(int id, const NodeInfo &found, ValueType wanted);
    /// A constant number (window, bar count, indicator parameter); false with an error if not.
    bool expectConstant(int id, const NodeInfo &found, const QString &message);
    bool knownValue(int id, double &value);

    void checkRules();
    void checkExits();
    void checkLegsAndSizing();
    void checkRequirements();

    Program &m_p;
    Diagnostics &m_d;
    std::vector<int> m_depth;
    QHash<QString, Declaration> m_names;
    QStringList m_legNames;
};

SourcePos Checker::startOf(int id) const
{
    const Node &n = node(id);
    switch (n.kind) {
    case NodeKind::Binary:
    case NodeKind::Output:
    case NodeKind::Of:
        return startOf(n.args[0]);
    default:
        return n.pos;
    }
}

QString Checker::describe(int id) const
{
    const Node &n = node(id);
    switch (n.kind) {
    case NodeKind::Name:
        return QStringLiteral("'%1'").arg(n.name);
    case NodeKind::Number:
        return QStringLiteral("'%1'").arg(num(n.number));
    case NodeKind::Boolean:
        return n.number != 0 ? QStringLiteral("'true'") : QStringLiteral("'false'");
    case NodeKind::Call:
        return QStringLiteral("'%1(…)'").arg(n.name);
    case NodeKind::Output:
        return QStringLiteral("'%1(…).%2'").arg(node(n.args[0]).name, n.name);
    default:
        return Text::tr("this expression");
    }
}

bool Checker::expect(int id, const NodeInfo &found, ValueType wanted)
{
    if (found.type == ValueType::Unknown || found.type == wanted)
        return found.type == wanted;
    if (wanted == ValueType::Condition)
        error(startOf(id), Text::tr("%1 is a number, a condition is needed here").arg(describe(id)));
    else
        error(startOf(id), Text::tr("%1 is a condition, a number is needed here").arg(describe(id)));
    return false;
}

bool Checker::expectConstant(int id, const NodeInfo &found, const QString &message)
{
    if (found.type == ValueType::Unknown)
        return false;
    if (found.type != ValueType::Number) {
        expect(id, found, ValueType::Number);
        return false;
    }
    if (!found.constant) {
        error(startOf(id), message);
        return false;
    }
    return true;
}

bool Checker::knownValue(int id, double &value)
{
    if (info(id).usesParams)
        return false;
    value = constantValue(m_p, id, {});
    return true;
}

bool Checker::reservedName(const QString &name, SourcePos pos, const QString &what)
{
    if (priceFieldNames().contains(name)) {
        error(pos, Text::tr("'%1' is a price field and cannot be a %2 name").arg(name, what));
        return true;
    }
    if (findFunction(name) || IndicatorRegistry::builtIn().find(name)) {
        error(pos, Text::tr("'%1' is a function and cannot be a %2 name").arg(name, what));
        return true;
    }
    if (reservedWords().contains(name)) {
        error(pos, Text::tr("'%1' is a keyword and cannot be a %2 name").arg(name, what));
        return true;
    }
    return false;
}

void Checker::declareNames()
{
    for (const LegDecl &leg : m_p.tree.legs) {
        if (reservedName(leg.name, leg.pos, Text::tr("leg")))
            continue;
        if (!m_legNames.isEmpty()) {
            error(leg.pos, Text::tr("only one extra leg is supported; '%1' is already declared").arg(m_legNames.front()));
            continue;
        }
        m_legNames << leg.name;
    }
    m_p.legNames = m_legNames;

    const auto declare = [&](const QString &name, SourcePos pos, NameRef ref, int index) {
        if (m_names.contains(name)) {
            error(pos, Text::tr("'%1' is already defined on line %2").arg(name).arg(m_names[name].line));
            return;
        }
        if (m_legNames.contains(name)) {
            error(pos, Text::tr("'%1' is already the name of a leg (line %2)").arg(name).arg(m_p.tree.legs.front().pos.line));
            return;
        }
        m_names.insert(name, {ref, index, pos.line});
    };
    // Declarations in source order, so that "already defined" points at the first one.
    std::vector<std::pair<SourcePos, int>> order; // index ≥ 0: param, < 0: let −1−index
    for (std::size_t i = 0; i < m_p.tree.params.size(); ++i)
        order.emplace_back(m_p.tree.params[i].pos, int(i));
    for (std::size_t i = 0; i < m_p.tree.lets.size(); ++i)
        order.emplace_back(m_p.tree.lets[i].pos, -1 - int(i));
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first.line < b.first.line; });
    for (const auto &[pos, i] : order) {
        if (i >= 0) {
            const ParamDecl &decl = m_p.tree.params[std::size_t(i)];
            if (reservedName(decl.name, pos, Text::tr("parameter")))
                continue;
            static const QRegularExpression lowerCase(QStringLiteral("^[a-z][a-z0-9_]*$"));
            if (!lowerCase.match(decl.name).hasMatch()) {
                error(pos, Text::tr("parameter names are lower case letters, digits and '_' (they are CLI names): "
                                    "'%1'")
                               .arg(decl.name));
                continue;
            }
            const int before = int(m_p.params.size());
            checkParam(decl);
            if (int(m_p.params.size()) > before)
                declare(decl.name, pos, NameRef::Param, before);
        } else {
            const LetDecl &let = m_p.tree.lets[std::size_t(-1 - i)];
            if (reservedName(let.name, pos, Text::tr("let")))
                continue;
            declare(let.name, pos, NameRef::Let, -1 - i);
        }
    }
}

void Checker::checkParam(const ParamDecl &d)
{
    const QString label = d.label.isEmpty() ? d.name : d.label;
    if (d.isBool) {
        m_p.params.push_back(ParamSpec::boolean(d.name, label, d.defaultValue != 0));
        return;
    }
    if (d.minimum > d.maximum) {
        error(d.minimumPos, Text::tr("the range %1..%2 of '%3' is empty").arg(num(d.minimum), num(d.maximum), d.name));
        return;
    }
    if (d.defaultValue < d.minimum || d.defaultValue > d.maximum) {
        error(d.defaultPos, Text::tr("the default %1 of '%2' is outside its range %3..%4")
                                .arg(num(d.defaultValue), d.name, num(d.minimum), num(d.maximum)));
        return;
    }
    if (d.hasStep && !(d.step > 0)) {
        error(d.stepPos, Text::tr("the step of '%1' must be greater than 0").arg(d.name));
        return;
    }
    const bool whole = !d.writtenAsDecimal && isWhole(d.defaultValue) && isWhole(d.minimum) && isWhole(d.maximum)
        && (!d.hasStep || isWhole(d.step));
    if (!whole && !d.hasStep) {
        error(d.defaultPos, Text::tr("'%1' is not a whole number parameter: give its step (param %1 = %2 in %3..%4 "
                                     "step 0.1)")
                                .arg(d.name, num(d.defaultValue), num(d.minimum), num(d.maximum)));
        return;
    }
    // Int when everything is written as a whole number: the form shows a spin box and the
    // grid walks integers. "30.0" asks for a Double.
    if (whole) {
        // ParamSpec::integer takes ints: bounds beyond them are not whole-number parameters.
        constexpr double kIntMax = std::numeric_limits<int>::max();
        if (std::abs(d.minimum) > kIntMax || std::abs(d.maximum) > kIntMax) {
            error(d.minimumPos, Text::tr("the range of '%1' is beyond ±%2").arg(d.name, num(kIntMax)));
            return;
        }
        m_p.params.push_back(ParamSpec::integer(d.name, label, int(d.defaultValue), int(d.minimum), int(d.maximum),
                                                d.hasStep ? int(std::min(d.step, kIntMax)) : 1));
    } else {
        m_p.params.push_back(ParamSpec::real(d.name, label, d.defaultValue, d.minimum, d.maximum, d.step));
    }
}

NodeInfo Checker::checkRoot(int id, int line)
{
    if (m_depth[std::size_t(id)] > kMaxTreeDepth) {
        error(startOf(id), Text::tr("the expression is too deep: more than %1 operations chained or nested; split it "
                                    "with let")
                               .arg(kMaxTreeDepth));
        return {};
    }
    return check(id, line);
}

NodeInfo Checker::check(int id, int line, int leg)
{
    const Node &n = node(id);
    NodeInfo r;
    switch (n.kind) {
    case NodeKind::Number:
        r.type = ValueType::Number;
        r.constant = true;
        break;
    case NodeKind::Boolean:
        r.type = ValueType::Condition;
        r.constant = true;
        break;
    case NodeKind::Name:
        r = checkName(id, line, leg);
        break;
    case NodeKind::Call:
        r = checkCall(id, line, leg, nullptr, {});
        break;
    case NodeKind::Output: {
        const Node &call = node(n.args[0]);
        if (call.kind != NodeKind::Call || !IndicatorRegistry::builtIn().find(call.name)) {
            if (call.kind == NodeKind::Call && !findFunction(call.name)) {
                r = check(n.args[0], line, leg); // reports the unknown function
                break;
            }
            error(n.pos, Text::tr("'.%1' selects an output of an indicator, as in macd(close, 12, 26, 9).signal")
                             .arg(n.name));
            break;
        }
        r = checkCall(n.args[0], line, leg, &n.name, n.pos);
        r.output = info(n.args[0]).output;
        break;
    }
    case NodeKind::Of:
        r = checkOf(id, line);
        break;
    case NodeKind::Negate: {
        const NodeInfo a = check(n.args[0], line);
        if (expect(n.args[0], a, ValueType::Number)) {
            r.type = ValueType::Number;
            r.constant = a.constant;
            r.usesParams = a.usesParams;
        }
        break;
    }
    case NodeKind::Not: {
        const NodeInfo a = check(n.args[0], line);
        if (expect(n.args[0], a, ValueType::Condition)) {
            r.type = ValueType::Condition;
            r.constant = a.constant;
            r.usesParams = a.usesParams;
        }
        break;
    }
    case NodeKind::Binary: {
        const NodeInfo a = check(n.args[0], line);
        const NodeInfo b = check(n.args[1], line);
        ValueType operands = ValueType::Number;
        ValueType result = ValueType::Number;
        switch (n.op) {
        case BinaryOp::And:
        case BinaryOp::Or:
            operands = result = ValueType::Condition;
            break;
        case BinaryOp::Equal:
        case BinaryOp::NotEqual:
            // Conditions compare too (a == b: both true or both false).
            operands = a.type == ValueType::Unknown ? b.type : a.type;
            result = ValueType::Condition;
            break;
        case BinaryOp::Less:
        case BinaryOp::LessEqual:
        case BinaryOp::Greater:
        case BinaryOp::GreaterEqual:
            result = ValueType::Condition;
            break;
        default:
            break;
        }
        const bool okA = expect(n.args[0], a, operands);
        const bool okB = expect(n.args[1], b, operands);
        if (okA && okB) {
            r.type = result;
            r.constant = a.constant && b.constant;
            r.usesParams = a.usesParams || b.usesParams;
        }
        break;
    }
    }
    info(id) = r;
    return r;
}

NodeInfo Checker::checkName(int id, int line, int leg)
{
    const Node &n = node(id);
    NodeInfo r;
    if (auto it = m_names.constFind(n.name); it != m_names.constEnd()) {
        if (it->line >= line) {
            if (it->line == line)
                error(n.pos, Text::tr("'%1' cannot refer to itself").arg(n.name));
            else
                error(n.pos, Text::tr("'%1' is defined on line %2, below its use: names must be defined above the "
                                      "line that uses them")
                                 .arg(n.name)
                                 .arg(it->line));
            return r;
        }
        r.ref = it->ref;
        r.index = it->index;
        if (it->ref == NameRef::Param) {
            r.type = m_p.params[std::size_t(it->index)].type == ParamType::Bool ? ValueType::Condition : ValueType::Number;
            r.constant = true;
            r.usesParams = true;
        } else {
            const NodeInfo &let = info(m_p.tree.lets[std::size_t(it->index)].expr);
            r.type = let.type;
            r.constant = let.constant;
            r.usesParams = let.usesParams;
        }
        return r;
    }
    if (const qsizetype field = priceFieldNames().indexOf(n.name); field >= 0) {
        r.ref = NameRef::Field;
        r.index = int(field);
        r.type = ValueType::Number;
        r.leg = leg;
        return r;
    }
    if (std::find(m_p.tree.brokenNames.begin(), m_p.tree.brokenNames.end(), n.name) != m_p.tree.brokenNames.end())
        return r; // its own line is already reported
    if (findFunction(n.name) || IndicatorRegistry::builtIn().find(n.name)) {
        error(n.pos, Text::tr("'%1' is a function: write %1(…)").arg(n.name));
        return r;
    }
    if (m_legNames.contains(n.name)) {
        error(n.pos, Text::tr("'%1' is a leg: write 'close of %1'").arg(n.name));
        return r;
    }
    QStringList known = priceFieldNames();
    for (auto it = m_names.constBegin(); it != m_names.constEnd(); ++it) {
        if (it->line < line)
            known << it.key();
    }
    known.sort();
    const QString near = closestName(n.name, known);
    error(n.pos, near.isEmpty() ? Text::tr("unknown name '%1'").arg(n.name)
                                : Text::tr("unknown name '%1' — did you mean '%2'?").arg(n.name, near));
    return r;
}

NodeInfo Checker::checkOf(int id, int line)
{
    const Node &n = node(id);
    NodeInfo r;
    const qsizetype legIndex = m_legNames.indexOf(n.name);
    if (legIndex < 0) {
        const QString near = closestName(n.name, m_legNames);
        if (m_legNames.isEmpty())
            error(n.pos, Text::tr("unknown leg '%1': declare it with 'leg %1'").arg(n.name));
        else if (!near.isEmpty())
            error(n.pos, Text::tr("unknown leg '%1' — did you mean '%2'?").arg(n.name, near));
        else
            error(n.pos, Text::tr("unknown leg '%1'").arg(n.name));
        return r;
    }
    const int leg = int(legIndex) + 1;
    const int target = n.args[0];
    const Node &t = node(target);
    const bool field = t.kind == NodeKind::Name && priceFieldNames().contains(t.name) && !m_names.contains(t.name);
    const Node *call = t.kind == NodeKind::Call ? &t
        : (t.kind == NodeKind::Output && node(t.args[0]).kind == NodeKind::Call) ? &node(t.args[0])
                                                                                  : nullptr;
    const IndicatorDescriptor *d = call ? IndicatorRegistry::builtIn().find(call->name) : nullptr;
    if (!field && !(d && d->inputs != std::vector<BarField>{BarField::Close})) {
        if (d)
            error(n.pos, Text::tr("'%1' reads the series given to it: write %1(close of %2, …)").arg(d->name, n.name));
        else
            error(n.pos, Text::tr("'of %1' applies to a price field (close of %1) or to an indicator that reads "
                                  "prices (atr(14) of %1)")
                             .arg(n.name));
        return r;
    }
    r = check(target, line, leg);
    info(target).leg = leg;
    r.leg = leg;
    return r;
}

NodeInfo Checker::checkCall(int id, int line, int leg, const QString *output, SourcePos outputPos)
{
    const Node &n = node(id);
    if (const FunctionInfo *f = findFunction(n.name)) {
        NodeInfo r = checkBuiltin(id, *f, line);
        info(id) = r;
        return r;
    }
    if (const IndicatorDescriptor *d = IndicatorRegistry::builtIn().find(n.name); d && d->name == n.name) {
        NodeInfo r = checkIndicator(id, *d, line, leg, output, outputPos);
        info(id) = r;
        return r;
    }
    if (m_names.contains(n.name) || priceFieldNames().contains(n.name)) {
        error(n.pos, Text::tr("'%1' is not a function").arg(n.name));
        return {};
    }
    QStringList known = functionNames();
    known << IndicatorRegistry::builtIn().names();
    const QString near = closestName(n.name, known);
    error(n.pos, near.isEmpty() ? Text::tr("unknown function '%1'").arg(n.name)
                                : Text::tr("unknown function '%1' — did you mean '%2'?").arg(n.name, near));
    return {};
}

NodeInfo Checker::checkIndicator(int id, const IndicatorDescriptor &d, int line, int leg, const QString *output,
                                 SourcePos outputPos)
{
    const Node &n = node(id);
    NodeInfo r;
    r.indicator = &d;
    r.leg = leg;
    r.takesInput = indicatorTakesSeries(d);
    const QString signature = indicatorSignature(d);
    const std::size_t first = r.takesInput ? 1 : 0;
    bool ok = true;
    if (n.args.size() > first + d.params.size()) {
        error(n.pos, Text::tr("too many arguments for '%1': write %2").arg(d.name, signature));
        return r;
    }
    if (r.takesInput) {
        if (n.args.empty()) {
            error(n.pos, Text::tr("'%1' needs a series first: %2").arg(d.name, signature));
            ok = false;
        } else {
            const NodeInfo input = check(n.args[0], line);
            if (!expect(n.args[0], input, ValueType::Number))
                ok = false;
            else if (input.constant) {
                error(startOf(n.args[0]), Text::tr("'%1' needs a series first, not a constant: %2").arg(d.name, signature));
                ok = false;
            }
        }
    }
    ParamValues literal;
    bool allLiteral = true;
    for (std::size_t i = first; i < n.args.size() && i < first + d.params.size(); ++i) {
        const ParamSpec &spec = d.params[i - first];
        const int a = n.args[i];
        const NodeInfo value = check(a, line);
        if (!expectConstant(a, value, Text::tr("the %1 of '%2' must be a constant (numbers and parameters)")
                                          .arg(spec.name, d.name))) {
            ok = false;
            continue;
        }
        double v = 0;
        if (!knownValue(a, v)) {
            allLiteral = false;
            continue;
        }
        if (Status s = spec.check(v); !s) {
            error(startOf(a), d.name + QStringLiteral(": ") + s.error().message);
            ok = false;
            continue;
        }
        literal.set(spec.name, v);
    }
    if (ok && allLiteral) {
        // The kernel's own rules between parameters (MACD fast < slow), when all are known.
        Result<ParamValues> resolved = resolve(d.params, literal);
        if (resolved) {
            if (Status s = d.validate(*resolved, std::numeric_limits<std::size_t>::max()); !s) {
                error(n.pos, d.name + QStringLiteral(": ") + s.error().message);
                ok = false;
            }
        }
    }
    if (output) {
        const qsizetype index = d.outputs.indexOf(*output);
        if (index < 0) {
            const QString near = closestName(*output, d.outputs);
            const QString list = d.outputs.join(QStringLiteral(", "));
            error(outputPos, near.isEmpty()
                                 ? Text::tr("'%1' has no output '%2' (outputs: %3)").arg(d.name, *output, list)
                                 : Text::tr("'%1' has no output '%2' — did you mean '%3'? (outputs: %4)")
                                       .arg(d.name, *output, near, list));
            ok = false;
        } else {
            r.output = int(index);
        }
    } else if (d.isMultiOutput()) {
        error(n.pos, Text::tr("'%1' has several outputs: write %1(…).%2 (outputs: %3)")
                         .arg(d.name, d.outputs.front(), d.outputs.join(QStringLiteral(", "))));
        ok = false;
    }
    if (ok)
        r.type = ValueType::Number;
    return r;
}

NodeInfo Checker::checkBuiltin(int id, const FunctionInfo &f, int line)
{
    const Node &n = node(id);
    NodeInfo r;
    r.builtin = f.id;
    if (n.args.size() != f.args.size()) {
        error(n.pos, Text::tr("wrong number of arguments for '%1': write %2").arg(f.name, f.signature));
        // The arguments are still checked: their own mistakes are worth reporting.
        for (int a : n.args)
            check(a, line);
        return r;
    }
    std::vector<NodeInfo> args;
    for (int a : n.args)
        args.push_back(check(a, line));
    bool ok = true;
    bool constant = true;
    bool usesParams = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const int a = n.args[i];
        const NodeInfo &v = args[i];
        switch (f.args[i]) {
        case ArgKind::Number:
            ok = expect(a, v, ValueType::Number) && ok;
            break;
        case ArgKind::Condition:
            ok = expect(a, v, ValueType::Condition) && ok;
            break;
        case ArgKind::Any:
            ok = v.type != ValueType::Unknown && ok;
            break;
        case ArgKind::Bars: {
            const QString message = f.id == Builtin::Ref ? Text::tr("ref() needs a constant bar count ≥ 0")
                                                         : Text::tr("the window of '%1' must be a constant (numbers and "
                                                                    "parameters)")
                                                               .arg(f.name);
            if (v.type == ValueType::Condition || (v.type == ValueType::Number && !v.constant)) {
                error(startOf(a), message);
                ok = false;
                break;
            }
            if (!expectConstant(a, v, message)) {
                ok = false;
                break;
            }
            double bars = 0;
            if (knownValue(a, bars)) {
                if (f.id == Builtin::Ref && !(bars >= 0)) {
                    error(startOf(a), message);
                    ok = false;
                } else if (Status s = barsSpec(f).check(bars); !s) {
                    error(startOf(a), f.name + QStringLiteral(": ") + s.error().message);
                    ok = false;
                }
            }
            continue; // a constant window does not make the result constant
        }
        }
        constant = constant && v.constant;
        usesParams = usesParams || v.usesParams;
    }
    if (!ok)
        return r;
    switch (f.id) {
    case Builtin::Iif: {
        // Both branches of one type, which is the result's.
        if (args[1].type != args[2].type) {
            expect(n.args[2], args[2], args[1].type);
            return r;
        }
        r.type = args[1].type;
        break;
    }
    case Builtin::Ref:
        r.type = args[0].type;
        constant = args[0].constant;
        usesParams = args[0].usesParams;
        break;
    default:
        r.type = f.result;
        break;
    }
    // Pure arithmetic functions of constants are constants; windowed ones never are.
    r.constant = f.pure && constant;
    r.usesParams = r.constant && usesParams;
    return r;
}

void Checker::checkRules()
{
    // A let whose name was rejected is still checked: its expression may hold more mistakes.
    for (const LetDecl &let : m_p.tree.lets)
        checkRoot(let.expr, let.pos.line);
    for (const RuleDecl &rule : m_p.tree.rules) {
        const NodeInfo v = checkRoot(rule.expr, rule.pos.line);
        if (expect(rule.expr, v, ValueType::Condition))
            m_p.rules[int(rule.kind)].push_back(rule.expr);
    }
    // Said only of an otherwise clean file: a rule on a broken line is already reported.
    const bool enters = std::any_of(m_p.tree.rules.begin(), m_p.tree.rules.end(), [](const RuleDecl &r) {
        return r.kind == RuleKind::Buy || r.kind == RuleKind::Short;
    });
    if (!enters && m_d.empty())
        error({1, 1}, Text::tr("the file has no 'buy when' or 'short when' rule: it would never trade"));
}

void Checker::checkExits()
{
    int seen[3] = {0, 0, 0};
    for (const ExitDecl &e : m_p.tree.exits) {
        const QString keyword = e.kind == ExitKind::StopLoss   ? QStringLiteral("stop_loss")
            : e.kind == ExitKind::TakeProfit                   ? QStringLiteral("take_profit")
                                                               : QStringLiteral("trailing_stop");
        if (seen[int(e.kind)]) {
            error(e.pos, Text::tr("%1 is already set on line %2").arg(keyword).arg(seen[int(e.kind)]));
            continue;
        }
        seen[int(e.kind)] = e.pos.line;
        ExitRule rule;
        rule.kind = e.kind;
        rule.expr = e.expr;
        if (e.kind == ExitKind::TrailingStop && !e.percent) {
            // The engine trails by a fraction or by a multiple of its own ATR (period: the
            // backtest's --atr-period): `M * atr`, `atr * M` or `atr`.
            const Node &x = node(e.expr);
            const auto isAtr = [&](int id) { return node(id).kind == NodeKind::Name && node(id).name == u"atr"; };
            const auto isAtrCall = [&](int id) { return node(id).kind == NodeKind::Call && node(id).name == u"atr"; };
            int multiple = -1;
            bool atrCall = isAtrCall(e.expr);
            if (isAtr(e.expr)) {
                multiple = -2;
            } else if (x.kind == NodeKind::Binary && x.op == BinaryOp::Mul) {
                if (isAtr(x.args[1]))
                    multiple = x.args[0];
                else if (isAtr(x.args[0]))
                    multiple = x.args[1];
                atrCall = atrCall || isAtrCall(x.args[0]) || isAtrCall(x.args[1]);
            }
            if (atrCall) {
                error(startOf(e.expr), Text::tr("the trailing stop uses the backtest's ATR (its period is the "
                                                "--atr-period setting, default 14): write 'trailing_stop 3 * atr'"));
                continue;
            }
            if (multiple == -1) {
                error(startOf(e.expr), Text::tr("trailing_stop takes a percentage (trailing_stop 5%) or a multiple of "
                                                "the ATR (trailing_stop 3 * atr)"));
                continue;
            }
            rule.trailing = TrailingMode::AtrMultiple;
            if (multiple == -2) {
                rule.expr = -1; // `atr` alone: a multiple of 1
            } else {
                const NodeInfo v = checkRoot(multiple, e.pos.line);
                if (!expect(multiple, v, ValueType::Number))
                    continue;
                rule.expr = multiple;
            }
            m_p.exits.push_back(rule);
            continue;
        }
        const NodeInfo v = checkRoot(e.expr, e.pos.line);
        if (!expect(e.expr, v, ValueType::Number))
            continue;
        if (!e.percent) {
            error(startOf(e.expr), Text::tr("%1 needs a percentage: %1 %2%").arg(keyword, QStringLiteral("5")));
            continue;
        }
        m_p.exits.push_back(rule);
    }
}

void Checker::checkLegsAndSizing()
{
    for (std::size_t i = 0; i < m_p.tree.hedgeRatios.size(); ++i) {
        const ValueDecl &h = m_p.tree.hedgeRatios[i];
        if (i > 0) {
            error(h.pos, Text::tr("hedge_ratio is already set on line %1").arg(m_p.tree.hedgeRatios[0].pos.line));
            continue;
        }
        if (m_legNames.isEmpty()) {
            error(h.pos, Text::tr("hedge_ratio needs a second leg: declare it with 'leg hedge'"));
            continue;
        }
        const NodeInfo v = checkRoot(h.expr, h.pos.line);
        if (expect(h.expr, v, ValueType::Number))
            m_p.hedgeRatio = h.expr;
    }
    if (!m_legNames.isEmpty()) {
        // As the engine's configured exits: a stop on one leg would leave the other naked.
        for (const ExitDecl &e : m_p.tree.exits)
            error(e.pos, Text::tr("stop_loss, take_profit and trailing_stop apply to single-symbol strategies only: a "
                                  "stop on one leg of a pair would leave the other leg naked"));
    }
    if (!m_legNames.isEmpty() && m_p.tree.hedgeRatios.empty())
        error(m_p.tree.legs.front().pos, Text::tr("a second leg needs a hedge ratio: add 'hedge_ratio EXPR' (the hedge "
                                                  "leg's notional per unit of the traded leg's)"));
    for (std::size_t i = 0; i < m_p.tree.maxEntries.size(); ++i) {
        const ValueDecl &m = m_p.tree.maxEntries[i];
        if (i > 0) {
            error(m.pos, Text::tr("max_entries is already set on line %1").arg(m_p.tree.maxEntries[0].pos.line));
            continue;
        }
        const NodeInfo v = checkRoot(m.expr, m.pos.line);
        if (!expectConstant(m.expr, v, Text::tr("max_entries needs a constant (numbers and parameters)")))
            continue;
        double count = 0;
        if (knownValue(m.expr, count) && !(isWhole(count) && count >= 1)) {
            error(startOf(m.expr), Text::tr("max_entries needs a whole number ≥ 1, found %1").arg(num(count)));
            continue;
        }
        m_p.maxEntries = m.expr;
    }
}

void Checker::checkRequirements()
{
    for (const RequireDecl &r : m_p.tree.requirements) {
        const NodeInfo v = checkRoot(r.expr, r.pos.line);
        if (!expect(r.expr, v, ValueType::Condition))
            continue;
        if (!v.constant) {
            error(startOf(r.expr), Text::tr("require needs a condition of parameters and numbers (require fast < slow), "
                                            "not of prices"));
            continue;
        }
        m_p.requirements.push_back(r);
    }
}

void Checker::run()
{
    declareNames();
    checkRules();
    checkExits();
    checkLegsAndSizing();
    checkRequirements();
}

} // namespace

namespace {

/// The comment lines at the top of `source`, without their '#', joined by spaces.
QString leadingComment(QByteArrayView source)
{
    constexpr qsizetype kMaxSummary = 600; // a paragraph, not the file
    QString summary;
    for (QByteArrayView rest = source; !rest.isEmpty() && summary.size() < kMaxSummary;) {
        const qsizetype end = rest.indexOf('\n');
        const QByteArrayView line = (end < 0 ? rest : rest.first(end)).trimmed();
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        if (!line.startsWith('#'))
            break;
        const QString text = QString::fromUtf8(line.sliced(1)).trimmed();
        if (!text.isEmpty())
            summary += (summary.isEmpty() ? QString() : QStringLiteral(" ")) + text;
    }
    return summary.left(kMaxSummary);
}

} // namespace

CompileResult compileRules(QByteArrayView source, const ParseLimits &limits)
{
    Diagnostics diagnostics;
    auto program = std::make_shared<Program>();
    program->tree = parseRules(source, diagnostics, limits);
    program->summary = leadingComment(source.first(qMin(source.size(), limits.maxSourceBytes)));
    program->source = QString::fromUtf8(source);
    Checker(*program, diagnostics).run();
    CompileResult result;
    result.diagnostics = diagnostics.sorted();
    for (const ParamDecl &p : program->tree.params)
        result.declaredNames << p.name;
    for (const LetDecl &l : program->tree.lets)
        result.declaredNames << l.name;
    for (const LegDecl &l : program->tree.legs)
        result.declaredNames << l.name;
    result.declaredNames.removeDuplicates();
    if (result.diagnostics.empty())
        result.program = std::move(program);
    return result;
}

} // namespace rutile::rules
