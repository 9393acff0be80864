#include "rules/RuleStrategy.h"

#include "rules/ColumnEvaluator.h"
#include "rules/Constant.h"
#include "rules/Program.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

namespace rutile::rules {

using strategy::AttachedExits;
using strategy::Side;
using strategy::Strategy;
using strategy::StrategyContext;
using strategy::StrategyDescriptor;
using strategy::StrategySetup;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Rules)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

class RuleStrategy final : public Strategy {
public:
    RuleStrategy(std::shared_ptr<const Program> program, ParamValues values)
        : m_program(std::move(program)), m_values(std::move(values))
    {
    }

    Status prepare(StrategySetup &setup) override;
    void onBar(StrategyContext &ctx) override;

private:
    using View = ColumnEvaluator::View;

    /// Any of the rules of `kind` at bar t.
    bool fires(RuleKind kind, std::size_t t) const { return m_signals[int(kind)].at(t) != 0; }
    void enter(StrategyContext &ctx, Side side);
    void exitAll(StrategyContext &ctx);

    std::shared_ptr<const Program> m_program;
    ParamValues m_values;
    int m_legs = 1;
    /// Holds the columns the views below read (no copies: a grid point builds only what
    /// its parameters change).
    std::unique_ptr<ColumnEvaluator> m_evaluator;
    std::vector<double> m_combined[4]; ///< kinds with several rules: their union
    View m_signals[4];                 ///< per RuleKind; a constant false without rules
    View m_stopLoss{true, kNaN, {}};   ///< percent; NaN: none (the configured default)
    View m_takeProfit{true, kNaN, {}};
    View m_trailingFraction{true, kNaN, {}};
    View m_trailingAtr{true, kNaN, {}};
    View m_hedgeRatio{true, kNaN, {}};
    double m_maxEntries = std::numeric_limits<double>::infinity();

    // Position bookkeeping of the bar loop.
    Side m_side = Side::Long; ///< side of the last entry (the traded leg's)
    int m_heldKey = 0;        ///< 0 flat, +1 long, −1 short, as last seen
    int m_entries = 0;        ///< positions held so far
};

Status RuleStrategy::prepare(StrategySetup &setup)
{
    const Program &p = *m_program;
    m_legs = p.legs();
    if (setup.legCount() < m_legs)
        return Error::invalidInput(Text::tr("this rule strategy trades a pair: give the hedge symbol (--pair)"));
    m_evaluator = std::make_unique<ColumnEvaluator>(p, setup.marketData(), m_values);
    for (int kind = 0; kind < 4; ++kind) {
        m_signals[kind] = View{true, 0, {}};
        const std::vector<int> &rules = p.rules[kind];
        if (rules.size() == 1) {
            Result<View> v = m_evaluator->view(rules.front());
            if (!v)
                return v.error();
            m_signals[kind] = *v;
        } else if (rules.size() > 1) {
            m_combined[kind].assign(setup.size(), 0);
            for (int node : rules) {
                Result<View> v = m_evaluator->view(node);
                if (!v)
                    return v.error();
                for (std::size_t t = 0; t < setup.size(); ++t)
                    m_combined[kind][t] = double(m_combined[kind][t] != 0 || v->at(t) != 0);
            }
            m_signals[kind] = View{false, 0, m_combined[kind]};
        }
    }
    for (const ExitRule &e : p.exits) {
        View *target = nullptr;
        switch (e.kind) {
        case ExitKind::StopLoss: target = &m_stopLoss; break;
        case ExitKind::TakeProfit: target = &m_takeProfit; break;
        case ExitKind::TrailingStop:
            target = e.trailing == TrailingMode::AtrMultiple ? &m_trailingAtr : &m_trailingFraction;
            break;
        }
        if (e.expr < 0) {
            *target = View{true, 1.0, {}}; // `trailing_stop atr`: one ATR
            continue;
        }
        Result<View> v = m_evaluator->view(e.expr);
        if (!v)
            return v.error();
        *target = *v;
    }
    if (p.hedgeRatio >= 0) {
        Result<View> v = m_evaluator->view(p.hedgeRatio);
        if (!v)
            return v.error();
        m_hedgeRatio = *v;
    }
    if (p.maxEntries >= 0)
        m_maxEntries = constantValue(p, p.maxEntries, m_values);
    return {};
}

void RuleStrategy::enter(StrategyContext &ctx, Side side)
{
    const std::size_t t = ctx.bar();
    double hedge = kNaN;
    if (m_legs > 1) {
        hedge = m_hedgeRatio.at(t);
        if (!std::isfinite(hedge))
            return; // half a pair is not a pair
        // A reversal closes the hedge first: an Enter on the hedge's current side would add to it.
        ctx.exit(1);
    }
    // Percentages to the engine's fractions; NaN stays NaN (the configured default).
    AttachedExits exits;
    exits.stopLossFraction = m_stopLoss.at(t) / 100;
    exits.takeProfitFraction = m_takeProfit.at(t) / 100;
    exits.trailingFraction = m_trailingFraction.at(t) / 100;
    exits.trailingAtrMultiple = m_trailingAtr.at(t);
    if (side == Side::Long)
        ctx.enterLong(0, exits);
    else
        ctx.enterShort(0, exits);
    if (m_legs > 1) {
        // A positive ratio hedges on the other side; a negative one on the same side.
        const Side hedgeSide = (hedge >= 0) == (side == Side::Long) ? Side::Short : Side::Long;
        ctx.enterHedge(1, hedgeSide, hedge, 0);
    }
    m_side = side;
}

void RuleStrategy::exitAll(StrategyContext &ctx)
{
    for (int leg = 0; leg < m_legs; ++leg)
        ctx.exit(leg);
}

void RuleStrategy::onBar(StrategyContext &ctx)
{
    const std::size_t t = ctx.bar();
    bool held = false;
    for (int leg = 0; leg < m_legs; ++leg)
        held = held || !ctx.isFlat(leg);
    // The side held: the traded leg's, or (when only the hedge is left) that of the entry.
    const Side side = !held ? m_side : ctx.isLong(0) ? Side::Long : ctx.isShort(0) ? Side::Short : m_side;
    const int key = !held ? 0 : side == Side::Long ? 1 : -1;
    // A position counts once it is seen held (an entry that got no units is retried).
    if (key != 0 && key != m_heldKey)
        ++m_entries;
    m_heldKey = key;
    const bool mayEnter = m_entries < m_maxEntries;

    if (!held) {
        if (!mayEnter)
            return;
        if (fires(RuleKind::Buy, t))
            enter(ctx, Side::Long);
        else if (fires(RuleKind::Short, t))
            enter(ctx, Side::Short);
        return;
    }
    if (side == Side::Long) {
        if (!fires(RuleKind::Sell, t))
            return;
        if (mayEnter && fires(RuleKind::Short, t))
            enter(ctx, Side::Short); // reverses: the engine closes the long first
        else
            exitAll(ctx);
    } else {
        if (!fires(RuleKind::Cover, t))
            return;
        if (mayEnter && fires(RuleKind::Buy, t))
            enter(ctx, Side::Long);
        else
            exitAll(ctx);
    }
}

} // namespace

std::unique_ptr<Strategy> makeRuleStrategy(std::shared_ptr<const Program> program, const ParamValues &values)
{
    return std::make_unique<RuleStrategy>(std::move(program), values);
}

StrategyDescriptor ruleStrategyDescriptor(std::shared_ptr<const Program> program, const QString &name)
{
    StrategyDescriptor d;
    d.name = name;
    d.displayName = name;
    d.description = program->summary.isEmpty() ? Text::tr("Rule file %1").arg(name) : program->summary;
    d.params = program->params;
    d.source = program->source;
    d.legs = program->legs();
    d.legRoles = {Text::tr("Traded symbol")};
    if (d.legs > 1)
        d.legRoles << Text::tr("Hedge symbol (%1)").arg(program->legNames.front());
    if (!program->requirements.empty()) {
        d.validate = [program](const ParamValues &values) -> Status {
            for (const RequireDecl &r : program->requirements) {
                if (constantValue(*program, r.expr, values) != 0)
                    continue;
                if (r.message.isEmpty())
                    return Error::invalidArgument(
                        Text::tr("the parameters do not meet the requirement on line %1").arg(r.pos.line));
                // "{fast}" in the message stands for the value of fast.
                QString message = r.message;
                for (const ParamSpec &spec : program->params)
                    message.replace(u'{' + spec.name + u'}', spec.format(values.value(spec.name, spec.defaultValue)));
                return Error::invalidArgument(message);
            }
            return {};
        };
    }
    d.create = [program](const ParamValues &values) { return makeRuleStrategy(program, values); };
    return d;
}

} // namespace rutile::rules
