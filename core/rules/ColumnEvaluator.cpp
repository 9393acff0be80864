#include "rules/ColumnEvaluator.h"

#include "rules/Constant.h"
#include "rules/Functions.h"
#include "rules/ScalarOps.h"

#include "indicators/IndicatorRegistry.h"
#include "indicators/RollingStats.h"
#include "strategy/PairsSpread.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rutile::rules {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Rules)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Calls `fn(begin, end)` for every maximal run of bars where all `columns` are finite and
/// that is at least `minimum` bars long. Windowed kernels want finite input; running them
/// per run means a window never spans an undefined value (a warm-up, a division by zero).
template <typename Fn>
Status forFiniteRuns(std::initializer_list<std::span<const double>> columns, std::size_t minimum, Fn fn)
{
    const std::size_t n = columns.begin()->size();
    std::size_t t = 0;
    while (t < n) {
        const auto finite = [&](std::size_t i) {
            return std::all_of(columns.begin(), columns.end(), [&](std::span<const double> c) { return std::isfinite(c[i]); });
        };
        while (t < n && !finite(t))
            ++t;
        const std::size_t begin = t;
        while (t < n && finite(t))
            ++t;
        if (t > begin && t - begin >= minimum) {
            if (Status s = fn(begin, t); !s)
                return s;
        }
    }
    return {};
}

} // namespace

ColumnEvaluator::ColumnEvaluator(const Program &program, const trading::MarketData &data, ParamValues values,
                                 std::size_t maxValues)
    : m_program(program), m_data(data), m_values(std::move(values)), m_size(data.size()), m_maxValues(maxValues)
{
}

ColumnEvaluator::Value ColumnEvaluator::owning(std::vector<double> v)
{
    Value r;
    r.isScalar = false;
    r.owned = std::make_shared<const std::vector<double>>(std::move(v));
    r.column = *r.owned;
    ++m_columns;
    return r;
}

Status ColumnEvaluator::roomForColumn(int node) const
{
    if (m_size > 0 && (m_columns + 1) > m_maxValues / m_size)
        return at(node, Text::tr("the rules need more than %1 intermediate columns over %2 bars (%3 MB); simplify them")
                            .arg(m_maxValues / m_size)
                            .arg(m_size)
                            .arg(m_maxValues * sizeof(double) / 1'000'000.0, 0, 'g', 4));
    return {};
}

Error ColumnEvaluator::at(int node, const QString &message) const
{
    const SourcePos pos = m_program.tree.nodes[std::size_t(node)].pos;
    return Error::invalidInput(message, {}, pos.line, pos.column);
}

double ColumnEvaluator::constant(int node) const
{
    return constantValue(m_program, node, m_values);
}

Result<std::vector<double>> ColumnEvaluator::column(int node)
{
    Result<Value> v = eval(node);
    if (!v)
        return v.error();
    if (v->isScalar)
        return std::vector<double>(m_size, v->scalar);
    return std::vector<double>(v->column.begin(), v->column.end());
}

Result<ColumnEvaluator::View> ColumnEvaluator::view(int node)
{
    Result<Value> v = eval(node);
    if (!v)
        return v.error();
    return View{v->isScalar, v->scalar, v->column};
}

QString ColumnEvaluator::key(int node)
{
    if (auto it = m_keys.constFind(node); it != m_keys.constEnd())
        return *it;
    const Node &n = m_program.tree.nodes[std::size_t(node)];
    const NodeInfo &info = m_program.info[std::size_t(node)];
    QString text;
    if (n.kind == NodeKind::Name && info.ref == NameRef::Let) {
        text = key(m_program.tree.lets[std::size_t(info.index)].expr);
    } else if (info.constant) {
        text = QStringLiteral("k%1").arg(constant(node), 0, 'g', 17);
    } else {
        text = QStringLiteral("%1|%2|%3|%4|%5|%6|%7(")
                   .arg(int(n.kind))
                   .arg(int(n.op))
                   .arg(n.name)
                   .arg(info.leg)
                   .arg(info.output)
                   .arg(int(info.ref))
                   .arg(info.index);
        for (int a : n.args)
            text += key(a) + u',';
        text += u')';
        // Long keys for deep expressions: a digest keeps every key short.
        text = QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
    }
    m_keys.insert(node, text);
    return text;
}

Result<int> ColumnEvaluator::bars(int node, int argument, int minimum)
{
    const Node &n = m_program.tree.nodes[std::size_t(node)];
    const int a = n.args[std::size_t(argument)];
    const double v = constant(a);
    const FunctionInfo *f = findFunction(n.name);
    if (f && f->id == Builtin::Ref && !(v >= 0))
        return at(a, Text::tr("ref() needs a constant bar count ≥ 0"));
    if (f) {
        if (Status s = barsSpec(*f).check(v); !s)
            return at(a, f->name + QStringLiteral(": ") + s.error().message);
    }
    if (!(v >= minimum))
        return at(a, Text::tr("%1 (%2) must be at least %3").arg(n.name).arg(v).arg(minimum));
    return int(v);
}

Result<ColumnEvaluator::Value> ColumnEvaluator::eval(int node)
{
    if (auto it = m_memo.constFind(node); it != m_memo.constEnd())
        return *it;
    const Node &n = m_program.tree.nodes[std::size_t(node)];
    const NodeInfo &info = m_program.info[std::size_t(node)];
    Value r;
    if (info.constant) {
        r.scalar = constant(node);
        m_memo.insert(node, r);
        return r;
    }
    switch (n.kind) {
    case NodeKind::Number:
    case NodeKind::Boolean:
        r.scalar = n.number;
        break;
    case NodeKind::Name: {
        if (info.ref == NameRef::Let) {
            Result<Value> v = eval(m_program.tree.lets[std::size_t(info.index)].expr);
            if (!v)
                return v.error();
            r = *v;
        } else if (info.ref == NameRef::Field) {
            const BarSeries &s = m_data.leg(info.leg);
            const std::vector<double> *fields[] = {&s.open, &s.high, &s.low, &s.close, &s.volume};
            r.isScalar = false;
            r.column = *fields[info.index];
        } else {
            r.scalar = constant(node);
        }
        break;
    }
    case NodeKind::Of: {
        Result<Value> v = eval(n.args[0]);
        if (!v)
            return v.error();
        r = *v;
        break;
    }
    case NodeKind::Output:
    case NodeKind::Call: {
        Result<Value> v = n.kind == NodeKind::Output ? evalIndicator(n.args[0]) : evalCall(node);
        if (!v)
            return v.error();
        r = *v;
        break;
    }
    case NodeKind::Negate:
    case NodeKind::Not: {
        if (Status room = roomForColumn(node); !room)
            return room.error();
        Result<Value> a = eval(n.args[0]);
        if (!a)
            return a.error();
        std::vector<double> out(m_size);
        for (std::size_t t = 0; t < m_size; ++t)
            out[t] = n.kind == NodeKind::Negate ? -a->at(t) : double(a->at(t) == 0);
        r = owning(std::move(out));
        break;
    }
    case NodeKind::Binary: {
        if (Status room = roomForColumn(node); !room)
            return room.error();
        Result<Value> a = eval(n.args[0]);
        if (!a)
            return a.error();
        Result<Value> b = eval(n.args[1]);
        if (!b)
            return b.error();
        // A constant side of `and`/`or` decides alone or not at all (`short and down` with
        // short = false): no column to build.
        if ((n.op == BinaryOp::And || n.op == BinaryOp::Or) && (a->isScalar || b->isScalar)) {
            const Value &k = a->isScalar ? *a : *b;
            const Value &other = a->isScalar ? *b : *a;
            const bool decides = n.op == BinaryOp::And ? k.scalar == 0 : k.scalar != 0;
            if (decides) {
                r.scalar = n.op == BinaryOp::And ? 0 : 1;
            } else {
                r = other;
            }
            break;
        }
        std::vector<double> out(m_size);
        for (std::size_t t = 0; t < m_size; ++t)
            out[t] = applyBinary(n.op, a->at(t), b->at(t));
        r = owning(std::move(out));
        break;
    }
    }
    m_memo.insert(node, r);
    return r;
}

Result<ColumnEvaluator::Value> ColumnEvaluator::evalCall(int node)
{
    const Node &n = m_program.tree.nodes[std::size_t(node)];
    const NodeInfo &info = m_program.info[std::size_t(node)];
    if (info.indicator)
        return evalIndicator(node);
    switch (info.builtin) {
    case Builtin::Highest:
    case Builtin::Lowest:
    case Builtin::Mean:
    case Builtin::StdDev:
    case Builtin::Variance:
    case Builtin::ZScore:
    case Builtin::Covariance:
    case Builtin::Correlation:
    case Builtin::Beta:
    case Builtin::Slope:
    case Builtin::PairBeta:
    case Builtin::PairZScore:
        return evalWindowed(node);
    default:
        break;
    }
    if (Status room = roomForColumn(node); !room)
        return room.error();
    std::vector<Value> args;
    for (std::size_t i = 0; i < n.args.size(); ++i) {
        const FunctionInfo *f = findFunction(n.name);
        if (f && f->args[i] == ArgKind::Bars)
            continue;
        Result<Value> v = eval(n.args[i]);
        if (!v)
            return v.error();
        args.push_back(*v);
    }
    std::vector<double> out(m_size);
    const bool condition = info.type == ValueType::Condition;
    switch (info.builtin) {
    case Builtin::Iif:
        for (std::size_t t = 0; t < m_size; ++t)
            out[t] = args[0].at(t) != 0 ? args[1].at(t) : args[2].at(t);
        break;
    case Builtin::Ref: {
        Result<int> shift = bars(node, 1, 0);
        if (!shift)
            return shift.error();
        // Before the first bar there is nothing to read: undefined, and false for conditions.
        const double before = condition ? 0 : kNaN;
        for (std::size_t t = 0; t < m_size; ++t)
            out[t] = t >= std::size_t(*shift) ? args[0].at(t - std::size_t(*shift)) : before;
        break;
    }
    case Builtin::Change: {
        Result<int> shift = bars(node, 1, 1);
        if (!shift)
            return shift.error();
        for (std::size_t t = 0; t < m_size; ++t)
            out[t] = t >= std::size_t(*shift) ? args[0].at(t) - args[0].at(t - std::size_t(*shift)) : kNaN;
        break;
    }
    case Builtin::CrossAbove:
    case Builtin::CrossBelow: {
        // a crossed above b at t: a > b now and a ≤ b on the bar before; NaN never crosses.
        const bool above = info.builtin == Builtin::CrossAbove;
        for (std::size_t t = 0; t < m_size; ++t) {
            if (t == 0) {
                out[t] = 0;
                continue;
            }
            const double a = args[0].at(t), b = args[1].at(t);
            const double ap = args[0].at(t - 1), bp = args[1].at(t - 1);
            out[t] = above ? (a > b && ap <= bp) : (a < b && ap >= bp);
        }
        break;
    }
    case Builtin::Abs:
    case Builtin::Log:
    case Builtin::Sqrt:
        for (std::size_t t = 0; t < m_size; ++t)
            out[t] = applyElementwise(info.builtin, args[0].at(t), 0.0);
        break;
    case Builtin::Min:
    case Builtin::Max:
        for (std::size_t t = 0; t < m_size; ++t)
            out[t] = applyElementwise(info.builtin, args[0].at(t), args[1].at(t));
        break;
    default:
        return at(node, Text::tr("internal error: '%1' cannot be evaluated").arg(n.name));
    }
    return owning(std::move(out));
}

Result<ColumnEvaluator::Value> ColumnEvaluator::evalWindowed(int node)
{
    using namespace indicators;
    const Node &n = m_program.tree.nodes[std::size_t(node)];
    const NodeInfo &info = m_program.info[std::size_t(node)];
    const FunctionInfo &f = *findFunction(n.name);
    const int windowArg = int(n.args.size()) - 1;
    Result<int> window = bars(node, windowArg, f.minBars);
    if (!window)
        return window.error();
    std::vector<Value> series;
    for (int i = 0; i < windowArg; ++i) {
        Result<Value> v = eval(n.args[std::size_t(i)]);
        if (!v)
            return v.error();
        // A constant operand (zscore(5, 20)): a flat column.
        if (v->isScalar)
            *v = owning(std::vector<double>(m_size, v->scalar));
        series.push_back(*v);
    }
    const int w = *window;
    const Builtin id = info.builtin;
    const auto compute = [&series, w, id](const trading::MarketData &, std::span<double> out) -> Status {
        std::fill(out.begin(), out.end(), kNaN);
        const std::span<const double> x = series[0].column;
        const std::span<const double> y = series.size() > 1 ? series[1].column : x;
        return forFiniteRuns({x, y}, std::size_t(w), [&](std::size_t b, std::size_t e) -> Status {
            const std::span<const double> xs = x.subspan(b, e - b), ys = y.subspan(b, e - b);
            const std::span<double> o = out.subspan(b, e - b);
            switch (id) {
            case Builtin::Highest: return rollingHighest(xs, w, o);
            case Builtin::Lowest: return rollingLowest(xs, w, o);
            case Builtin::Mean: return rollingMean(xs, w, o);
            case Builtin::StdDev: return rollingStdDev(xs, w, Dispersion::Population, o);
            case Builtin::Variance: return rollingCovariance(xs, xs, w, Dispersion::Population, o);
            case Builtin::ZScore: return rollingZScore(xs, w, Dispersion::Population, o);
            case Builtin::Covariance: return rollingCovariance(xs, ys, w, Dispersion::Population, o);
            case Builtin::Correlation: return rollingCorrelation(xs, ys, w, o);
            case Builtin::Beta: return rollingBeta(xs, ys, w, o);
            case Builtin::Slope: return rollingLinearRegression(xs, w, o, {});
            case Builtin::PairBeta:
            case Builtin::PairZScore: {
                std::vector<double> other(o.size());
                return id == Builtin::PairBeta ? strategy::pairsSpread(xs, ys, w, o, other)
                                               : strategy::pairsSpread(xs, ys, w, other, o);
            }
            default: return Error::internal(QStringLiteral("not a windowed function"));
            }
        });
    };
    Result<std::span<const double>> column = m_data.derived(QStringLiteral("rules|") + key(node), compute);
    if (!column)
        return at(node, column.error().message);
    Value r;
    r.isScalar = false;
    r.column = *column;
    return r;
}

Result<ColumnEvaluator::Value> ColumnEvaluator::evalIndicator(int node)
{
    using namespace indicators;
    const Node &n = m_program.tree.nodes[std::size_t(node)];
    const NodeInfo &info = m_program.info[std::size_t(node)];
    const IndicatorDescriptor &d = *info.indicator;
    const std::size_t first = info.takesInput ? 1 : 0;
    ParamValues values;
    for (std::size_t i = first; i < n.args.size(); ++i)
        values.set(d.params[i - first].name, constant(n.args[i]));
    Result<ParamValues> resolved = resolve(d.params, values);
    if (!resolved)
        return at(node, d.name + QStringLiteral(": ") + resolved.error().message);
    if (Status s = d.validate(*resolved, std::numeric_limits<std::size_t>::max()); !s)
        return at(node, d.name + QStringLiteral(": ") + s.error().message);
    const QString output = d.outputs.at(info.output);

    // The indicator of a leg's own close (or of its prices): the engine's shared column.
    int input = info.takesInput ? n.args[0] : -1;
    if (input >= 0 && m_program.tree.nodes[std::size_t(input)].kind == NodeKind::Of)
        input = m_program.tree.nodes[std::size_t(input)].args[0];
    const NodeInfo *inputInfo = input >= 0 ? &m_program.info[std::size_t(input)] : nullptr;
    const bool onClose = inputInfo && m_program.tree.nodes[std::size_t(input)].kind == NodeKind::Name
        && inputInfo->ref == NameRef::Field && inputInfo->index == int(PriceField::Close);
    if (!info.takesInput || onClose) {
        Result<std::span<const double>> column =
            m_data.indicator(onClose ? inputInfo->leg : info.leg, d.name, *resolved, output);
        if (!column)
            return at(node, column.error().message);
        Value r;
        r.isScalar = false;
        r.column = *column;
        return r;
    }

    // The indicator of a computed series: run the kernel over each finite stretch of it.
    Result<Value> in = eval(n.args[0]);
    if (!in)
        return in.error();
    const Value series = *in;
    const int lookback = d.lookback(*resolved);
    const ParamValues params = *resolved;
    const int outputIndex = info.output;
    const auto compute = [&](const trading::MarketData &, std::span<double> out) -> Status {
        std::fill(out.begin(), out.end(), kNaN);
        return forFiniteRuns({series.column}, std::size_t(lookback) + 1, [&](std::size_t b, std::size_t e) -> Status {
            std::vector<std::vector<double>> outputs(std::size_t(d.outputs.size()), std::vector<double>(e - b));
            std::vector<std::span<double>> spans(outputs.begin(), outputs.end());
            IndicatorInputs inputs;
            inputs.close = series.column.subspan(b, e - b);
            if (Status s = computeInto(d, inputs, params, spans); !s)
                return s;
            std::copy(outputs[std::size_t(outputIndex)].begin(), outputs[std::size_t(outputIndex)].end(),
                      out.begin() + std::ptrdiff_t(b));
            return {};
        });
    };
    Result<std::span<const double>> column =
        m_data.derived(QStringLiteral("rules|") + key(node) + u'.' + output, compute);
    if (!column)
        return at(node, column.error().message);
    Value r;
    r.isScalar = false;
    r.column = *column;
    return r;
}

} // namespace rutile::rules
