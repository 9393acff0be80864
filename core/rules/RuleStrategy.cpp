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
    /// Any of the rules of `kind` at bar t.
    bool fires(RuleKind kind, std::size_t t) const
    {
        const std::vector<std::uint8_t> &c = m_signals[int(kind)];
        return !c.empty() && c[t] != 0;
    }
    void enter(StrategyContext &ctx, Side side);
    void exitAll(StrategyContext &ctx);

    std::shared_ptr<const Program> m_program;
    ParamValues m_values;
    int m_legs = 1;
    std::vector<std::uint8_t> m_signals[4];
    std::vector<double> m_stopLoss;     ///< fractions, NaN: none (the configured default)
    std::vector<double> m_takeProfit;
    std::vector<double> m_trailingFraction;
    std::vector<double> m_trailingAtr;
    std::vector<double> m_hedgeRatio;
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
    ColumnEvaluator evaluator(p, setup.marketData(), m_values);
    const auto columnOf = [&](int node, std::vector<double> &out) -> Status {
        Result<std::vector<double>> c = evaluator.column(node);
        if (!c)
            return c.error();
        out = std::move(*c);
        return {};
    };
    for (int kind = 0; kind < 4; ++kind) {
        m_signals[kind].clear();
        for (int node : p.rules[kind]) {
            std::vector<double> c;
            if (Status s = columnOf(node, c); !s)
                return s;
            if (m_signals[kind].empty())
                m_signals[kind].assign(c.size(), 0);
            for (std::size_t t = 0; t < c.size(); ++t)
                m_signals[kind][t] |= std::uint8_t(c[t] != 0);
        }
    }
    for (const ExitRule &e : p.exits) {
        std::vector<double> *target = nullptr;
        double scale = 0.01; // percent to fraction
        switch (e.kind) {
        case ExitKind::StopLoss: target = &m_stopLoss; break;
        case ExitKind::TakeProfit: target = &m_takeProfit; break;
        case ExitKind::TrailingStop:
            if (e.trailing == TrailingMode::AtrMultiple) {
                target = &m_trailingAtr;
                scale = 1;
            } else {
                target = &m_trailingFraction;
            }
            break;
        }
        if (e.expr < 0) {
            target->assign(setup.size(), 1.0); // `trailing_stop atr`: one ATR
            continue;
        }
        if (Status s = columnOf(e.expr, *target); !s)
            return s;
        for (double &v : *target)
            v *= scale;
    }
    if (p.hedgeRatio >= 0) {
        if (Status s = columnOf(p.hedgeRatio, m_hedgeRatio); !s)
            return s;
    }
    if (p.maxEntries >= 0)
        m_maxEntries = constantValue(p, p.maxEntries, m_values);
    return {};
}

void RuleStrategy::enter(StrategyContext &ctx, Side side)
{
    const std::size_t t = ctx.bar();
    const auto valueAt = [t](const std::vector<double> &c) { return c.empty() ? kNaN : c[t]; };
    double hedge = kNaN;
    if (m_legs > 1) {
        hedge = valueAt(m_hedgeRatio);
        if (!std::isfinite(hedge))
            return; // half a pair is not a pair
        // A reversal closes the hedge first: an Enter on the hedge's current side would add to it.
        ctx.exit(1);
    }
    AttachedExits exits;
    exits.stopLossFraction = valueAt(m_stopLoss);
    exits.takeProfitFraction = valueAt(m_takeProfit);
    exits.trailingFraction = valueAt(m_trailingFraction);
    exits.trailingAtrMultiple = valueAt(m_trailingAtr);
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
    d.description = Text::tr("Rule file %1").arg(name);
    d.params = program->params;
    d.legs = program->legs();
    d.legRoles = {Text::tr("Traded symbol")};
    if (d.legs > 1)
        d.legRoles << Text::tr("Hedge symbol (%1)").arg(program->legNames.front());
    d.create = [program](const ParamValues &values) { return makeRuleStrategy(program, values); };
    return d;
}

} // namespace rutile::rules
