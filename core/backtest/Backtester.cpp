#include "backtest/Backtester.h"

#include "backtest/Brokerage.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace rutile::backtest {

using trading::AttachedExits;
using trading::ExitReason;
using trading::Fill;
using trading::MarketData;
using trading::Order;
using trading::OrderIntent;
using trading::OrderRecord;
using trading::OrderType;
using trading::Side;
using trading::sign;
using trading::SizeMode;
using trading::Trade;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Backtest)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// First value that is not NaN.
double pick(double a, double b)
{
    return std::isnan(a) ? b : a;
}

bool isBuy(const Order &o)
{
    return (o.intent == OrderIntent::Enter) == (o.side == Side::Long);
}

/// What the engine keeps per leg besides the quantity.
struct LegState {
    double entryPrice = 0;     ///< average entry price of the open position
    std::int64_t entryBar = 0;
    DayNumber entryDay = 0;
    double openCommission = 0; ///< entry commission not yet charged to a closed Trade
    int group = 0;

    bool hasExits = false;
    double stopLoss = kNaN;
    double takeProfit = kNaN;
    double trailFraction = kNaN;
    double trailAtr = kNaN;
    double anchor = kNaN;    ///< best price since entry (through the last checked bar)
    double trailStop = kNaN; ///< current trailing stop (ratchets, never loosens)
    std::int64_t exitsFrom = 0;

    std::int64_t lastFillBar = -1; ///< for hedge sizing: the notional filled on this leg in this bar
    double lastFillNotional = 0;
};

} // namespace

/// The engine's access to the strategy context's state.
struct detail::ContextAccess {
    using LegView = strategy::StrategyContext::LegView;

    static void bind(strategy::StrategyContext &ctx, int legs, const DayNumber *days, const LegView *views,
                     const double *positions, std::vector<Order> *pending, std::vector<OrderRecord> *log)
    {
        ctx.m_legCount = legs;
        ctx.m_days = days;
        ctx.m_legs = views;
        ctx.m_positions = positions;
        ctx.m_pending = pending;
        ctx.m_log = log;
    }
    static void moveTo(strategy::StrategyContext &ctx, std::size_t t, double cash, double equity, int batch)
    {
        ctx.m_t = t;
        ctx.m_cash = cash;
        ctx.m_equity = equity;
        ctx.m_batch = batch;
    }
};

struct Backtester::Scratch {
    std::vector<Order> pending;
    std::vector<OrderRecord> orders;
    std::vector<Trade> trades;
    std::vector<Fill> fills;
    std::vector<double> equity;
    std::vector<double> exposure;
    std::vector<double> returns;
    std::vector<double> buyHold;
    std::vector<double> qty;
    std::vector<LegState> legs;
    std::vector<detail::ContextAccess::LegView> views;
    std::vector<const double *> atrSizing;
    std::vector<const double *> atrTrail;
};

namespace {

/// One run: the loop and the broker operations it calls.
class Run {
public:
    Run(const MarketData &data, const BacktestConfig &config, const Brokerage &broker, Backtester::Scratch &s,
        const RunOptions &options, std::size_t first, std::size_t last)
        : m_data(data), m_config(config), m_broker(broker), m_s(s), m_options(options), m_first(first), m_last(last)
    {
    }

    Status prepare(strategy::Strategy &strategy);
    void loop(strategy::Strategy &strategy);

    double cash() const { return m_cash; }
    int endOfDataExits() const { return m_endOfDataExits; }
    int skippedEntries() const { return m_skippedEntries; }
    std::size_t workingOrdersLeft() const { return m_workingLeft; }

private:
    enum class Mark { Open, Close };

    BarPrices bar(int leg, std::size_t t) const
    {
        const BarSeries &s = m_data.leg(leg);
        return {s.open[t], s.high[t], s.low[t], s.close[t]};
    }
    double markPrice(int leg, std::size_t t, Mark mark) const
    {
        const BarSeries &s = m_data.leg(leg);
        return mark == Mark::Open ? s.open[t] : s.close[t];
    }

    void processOrders(std::size_t t, bool marketOrders, Mark mark);
    void processExits(std::size_t t);
    void execute(const Order &o, double raw, std::size_t t, Mark mark, bool intrabar);
    void open(int leg, const Order &o, double units, double price, std::size_t t, bool intrabar);
    void close(int leg, double units, double price, std::size_t t, ExitReason reason);
    void setExits(LegState &p, Side side, const AttachedExits &exits, std::size_t t, bool atClose, int leg);
    double trailLevel(const LegState &p, bool isLong, int leg, std::size_t atrBar);
    const double *atrTrail(int leg);

    const MarketData &m_data;
    const BacktestConfig &m_config;
    const Brokerage &m_broker;
    Backtester::Scratch &m_s;
    const RunOptions &m_options;
    const std::size_t m_first;
    const std::size_t m_last;
    double m_cash = 0;
    int m_endOfDataExits = 0;
    int m_skippedEntries = 0;
    int m_watched = 0; ///< legs whose open position has attached exits (skips processExits otherwise)
    std::size_t m_workingLeft = 0;
    strategy::StrategyContext m_ctx;
};

Status Run::prepare(strategy::Strategy &strategy)
{
    const int legs = m_data.legCount();
    m_s.pending.clear();
    m_s.orders.clear();
    m_s.trades.clear();
    m_s.fills.clear();
    m_s.qty.assign(std::size_t(legs), 0.0);
    m_s.legs.assign(std::size_t(legs), LegState{});
    m_s.views.resize(std::size_t(legs));
    m_s.atrSizing.assign(std::size_t(legs), nullptr);
    m_s.atrTrail.assign(std::size_t(legs), nullptr);
    for (int l = 0; l < legs; ++l) {
        const BarSeries &s = m_data.leg(l);
        m_s.views[std::size_t(l)] = {s.open.data(), s.high.data(), s.low.data(), s.close.data(), s.volume.data()};
    }
    if (const int period = m_broker.sizing->atrPeriod(); period > 0) {
        for (int l = 0; l < legs; ++l) {
            auto atr = m_data.indicator(l, u"atr", ParamValues{{QStringLiteral("period"), double(period)}});
            if (!atr)
                return atr.error();
            m_s.atrSizing[std::size_t(l)] = atr->data();
        }
    }
    if (!std::isnan(m_config.exits.trailingAtrMultiple)) {
        for (int l = 0; l < legs; ++l) {
            auto atr = m_data.indicator(l, u"atr", ParamValues{{QStringLiteral("period"), double(m_config.exits.atrPeriod)}});
            if (!atr)
                return atr.error();
            m_s.atrTrail[std::size_t(l)] = atr->data();
        }
    }
    m_s.equity.resize(m_last - m_first);
    m_s.exposure.resize(m_last - m_first);
    m_cash = m_config.initialCash;

    detail::ContextAccess::bind(m_ctx, legs, m_data.days().data(), m_s.views.data(), m_s.qty.data(), &m_s.pending,
                                m_options.keepOrders ? &m_s.orders : nullptr);
    detail::ContextAccess::moveTo(m_ctx, m_first, m_cash, m_cash, 0);

    strategy::StrategySetup setup(m_data, m_options.isCancellationRequested);
    return strategy.prepare(setup);
}

void Run::loop(strategy::Strategy &strategy)
{
    const int legs = m_data.legCount();
    const bool atOpen = m_broker.fill->timing() == FillTiming::NextOpen;
    double *qty = m_s.qty.data();
    double *equity = m_s.equity.data();
    double *exposure = m_s.exposure.data();
    int batch = 0;

    for (std::size_t t = m_first; t < m_last; ++t) {
        if (atOpen) {
            if (!m_s.pending.empty())
                processOrders(t, true, Mark::Open);
            if (m_watched > 0)
                processExits(t);
        } else {
            if (!m_s.pending.empty())
                processOrders(t, false, Mark::Open);
            if (m_watched > 0)
                processExits(t);
            if (!m_s.pending.empty())
                processOrders(t, true, Mark::Close);
        }

        // Mark to market at the close.
        double eq = m_cash;
        double gross = 0;
        for (int l = 0; l < legs; ++l) {
            const double q = qty[l];
            if (q != 0) {
                const double c = m_s.views[std::size_t(l)].close[t];
                eq += q * c;
                gross += std::abs(q) * c;
            }
        }
        const std::size_t i = t - m_first;
        exposure[i] = gross == 0 ? 0.0 : (eq > 0 ? gross / eq : std::numeric_limits<double>::infinity());

        if (t + 1 == m_last) {
            // End of the data: whatever is still open is closed at this close, as a market
            // order would be (slippage and commission charged), and flagged end_of_data.
            for (int l = 0; l < legs; ++l) {
                if (qty[l] == 0)
                    continue;
                const bool buy = qty[l] < 0;
                const double price = m_broker.slippage->apply(m_data.leg(l).close[t], buy, OrderType::Market);
                close(l, std::abs(qty[l]), price, t, ExitReason::EndOfData);
                ++m_endOfDataExits;
            }
            m_workingLeft = m_s.pending.size();
            equity[i] = m_cash;
            break;
        }
        equity[i] = eq;

        detail::ContextAccess::moveTo(m_ctx, t, m_cash, eq, ++batch);
        strategy.onBar(m_ctx);
    }
}

void Run::processOrders(std::size_t t, bool marketOrders, Mark mark)
{
    // Orders execute in the order they were submitted, so the reference leg of a hedge fills
    // before the hedge.
    std::vector<Order> &pending = m_s.pending;
    std::size_t keep = 0;
    const std::size_t count = pending.size();
    for (std::size_t k = 0; k < count; ++k) {
        const Order o = pending[k];
        bool done = false;
        if (o.type == OrderType::Market) {
            if (marketOrders) {
                execute(o, m_broker.fill->marketPrice(bar(o.leg, t)), t, mark, false);
                done = true;
            }
        } else if (!marketOrders || mark == Mark::Open) {
            // Working orders are checked once per bar: with the open-phase pass.
            const bool buy = isBuy(o);
            const BarPrices b = bar(o.leg, t);
            const double raw = o.type == OrderType::Limit ? m_broker.fill->limitPrice(buy, o.price, b)
                                                          : m_broker.fill->stopPrice(buy, o.price, b);
            if (!std::isnan(raw)) {
                execute(o, raw, t, Mark::Open, true);
                done = true;
            } else if (o.expiryBars > 0 && std::int64_t(t) >= o.decisionBar + o.expiryBars) {
                done = true; // expired unfilled
            }
        }
        if (!done)
            pending[keep++] = o;
    }
    pending.resize(keep);
}

void Run::execute(const Order &o, double raw, std::size_t t, Mark mark, bool intrabar)
{
    const int l = o.leg;
    const bool buy = isBuy(o);
    const double price = m_broker.slippage->apply(raw, buy, o.type);
    double &q = m_s.qty[std::size_t(l)];

    if (o.intent == OrderIntent::Exit) {
        // Nothing to do when the position is gone (an attached exit closed it first) or on
        // the other side.
        if (q == 0 || (q > 0) != (o.side == Side::Long))
            return;
        const double units = o.size.mode == SizeMode::Units ? std::min(o.size.value, std::abs(q)) : std::abs(q);
        if (units > 0)
            close(l, units, price, t, ExitReason::Signal);
        return;
    }

    // An entry against the position held reverses it: close first, at the same price.
    if (q != 0 && (q > 0) != (o.side == Side::Long))
        close(l, std::abs(q), price, t, ExitReason::Signal);

    double units = 0;
    switch (o.size.mode) {
    case SizeMode::Model: {
        // Equity at the moment of the fill: this leg at the raw fill price, the others at
        // the current mark.
        double eq = m_cash;
        for (int m = 0; m < m_data.legCount(); ++m) {
            const double qm = m_s.qty[std::size_t(m)];
            if (qm != 0)
                eq += qm * (m == l ? raw : markPrice(m, t, mark));
        }
        const double *atr = m_s.atrSizing[std::size_t(l)];
        units = m_broker.sizing->units({eq, price, atr ? atr[o.decisionBar] : kNaN});
        break;
    }
    case SizeMode::Units:
        units = o.size.value;
        break;
    case SizeMode::Hedge: {
        const LegState &ref = m_s.legs[std::size_t(o.size.referenceLeg)];
        if (ref.lastFillBar == std::int64_t(t))
            units = o.size.value * ref.lastFillNotional / price;
        break;
    }
    case SizeMode::All:
        break;
    }
    if (!(units > 0) || !std::isfinite(units)) {
        ++m_skippedEntries;
        return;
    }
    open(l, o, units, price, t, intrabar || mark == Mark::Open);
}

void Run::open(int l, const Order &o, double units, double price, std::size_t t, bool duringBar)
{
    double &q = m_s.qty[std::size_t(l)];
    LegState &p = m_s.legs[std::size_t(l)];
    const double s = sign(o.side);
    const double commission = m_broker.commission->commission(units, price);
    m_cash -= s * units * price + commission;
    if (q == 0) {
        p.entryPrice = price;
        p.entryBar = std::int64_t(t);
        p.entryDay = m_data.days()[t];
        p.openCommission = commission;
        p.group = o.batch;
    } else {
        // Adding to the position: average entry price, same trade group.
        const double held = std::abs(q);
        p.entryPrice = (held * p.entryPrice + units * price) / (held + units);
        p.openCommission += commission;
    }
    q += s * units;
    p.lastFillBar = std::int64_t(t);
    p.lastFillNotional = units * price;
    setExits(p, o.side, o.exits, t, !duringBar, l);
    if (m_options.keepOrders)
        m_s.fills.push_back({std::int64_t(t), l, o.side, true, units, price, commission});
}

void Run::setExits(LegState &p, Side side, const AttachedExits &e, std::size_t t, bool atClose, int leg)
{
    const ExitParams &d = m_config.exits;
    const double s = sign(side);
    const double slFraction = pick(e.stopLossFraction, d.stopLossFraction);
    const double tpFraction = pick(e.takeProfitFraction, d.takeProfitFraction);
    p.stopLoss = !std::isnan(e.stopLossPrice) ? e.stopLossPrice : p.entryPrice * (1 - s * slFraction);
    p.takeProfit = !std::isnan(e.takeProfitPrice) ? e.takeProfitPrice : p.entryPrice * (1 + s * tpFraction);
    p.trailFraction = pick(e.trailingFraction, d.trailingFraction);
    p.trailAtr = pick(e.trailingAtrMultiple, d.trailingAtrMultiple);
    const bool watched = !std::isnan(p.stopLoss) || !std::isnan(p.takeProfit) || !std::isnan(p.trailFraction)
        || !std::isnan(p.trailAtr);
    m_watched += int(watched) - int(p.hasExits);
    p.hasExits = watched;
    // Attached exits watch the bar of the entry too when the entry filled at its open or
    // inside it (we cannot tell whether the low came after the fill, so we assume it did: the
    // worse case); an entry at the close is watched from the next bar.
    p.exitsFrom = std::int64_t(t) + (atClose ? 1 : 0);
    p.anchor = p.entryPrice;
    p.trailStop = kNaN;
    // The ATR known when the position is first watched: that of the bar before.
    const std::size_t atrBar = atClose ? t : (t > 0 ? t - 1 : 0);
    p.trailStop = trailLevel(p, side == Side::Long, leg, atrBar);
}

const double *Run::atrTrail(int leg)
{
    const double *&column = m_s.atrTrail[std::size_t(leg)];
    if (!column) {
        // An order asked for an ATR trail that the configuration did not: fetch it now
        // (cached). Data too short for the ATR leaves the trail inactive.
        auto atr = m_data.indicator(leg, u"atr", ParamValues{{QStringLiteral("period"), double(m_config.exits.atrPeriod)}});
        if (atr)
            column = atr->data();
    }
    return column;
}

double Run::trailLevel(const LegState &p, bool isLong, int leg, std::size_t atrBar)
{
    double level = kNaN;
    if (!std::isnan(p.trailFraction))
        level = isLong ? p.anchor * (1 - p.trailFraction) : p.anchor * (1 + p.trailFraction);
    if (!std::isnan(p.trailAtr)) {
        const double *atr = atrTrail(leg);
        const double a = atr ? atr[atrBar] : kNaN;
        if (!std::isnan(a)) {
            const double byAtr = isLong ? p.anchor - p.trailAtr * a : p.anchor + p.trailAtr * a;
            // With both configured, the tighter one applies.
            level = isLong ? std::fmax(level, byAtr) : std::fmin(level, byAtr);
        }
    }
    return level;
}

void Run::processExits(std::size_t t)
{
    for (int l = 0; l < m_data.legCount(); ++l) {
        const double q = m_s.qty[std::size_t(l)];
        LegState &p = m_s.legs[std::size_t(l)];
        if (q == 0 || !p.hasExits || std::int64_t(t) < p.exitsFrom)
            continue;
        const bool isLong = q > 0;
        const BarPrices b = bar(l, t);
        // The stop that watches the position is the tighter of the stop-loss and the trailing
        // stop (checked with the level reached at the previous close: we do not know whether
        // today's high came before today's low).
        const double stop = isLong ? std::fmax(p.stopLoss, p.trailStop) : std::fmin(p.stopLoss, p.trailStop);
        const bool trailing = !std::isnan(p.trailStop)
            && (std::isnan(p.stopLoss) || (isLong ? p.trailStop > p.stopLoss : p.trailStop < p.stopLoss));
        const AttachedExitFill hit = m_broker.fill->attachedExit(isLong ? Side::Long : Side::Short, stop, p.takeProfit, b);
        if (hit.kind == AttachedExitFill::Kind::Stop) {
            // A triggered stop is a market order: slippage against the trader.
            const double price = m_broker.slippage->apply(hit.price, !isLong, OrderType::Stop);
            close(l, std::abs(q), price, t, trailing ? ExitReason::TrailingStop : ExitReason::StopLoss);
            continue;
        }
        if (hit.kind == AttachedExitFill::Kind::TakeProfit) {
            // A take-profit is a limit order: filled at its price (or the better open).
            const double price = m_broker.slippage->apply(hit.price, !isLong, OrderType::Limit);
            close(l, std::abs(q), price, t, ExitReason::TakeProfit);
            continue;
        }
        if (!std::isnan(p.trailFraction) || !std::isnan(p.trailAtr)) {
            // Still open: today's extreme becomes part of the trail for tomorrow.
            p.anchor = isLong ? std::max(p.anchor, b.high) : std::min(p.anchor, b.low);
            const double level = trailLevel(p, isLong, l, t);
            p.trailStop = isLong ? std::fmax(p.trailStop, level) : std::fmin(p.trailStop, level);
        }
    }
}

void Run::close(int l, double units, double price, std::size_t t, ExitReason reason)
{
    double &q = m_s.qty[std::size_t(l)];
    LegState &p = m_s.legs[std::size_t(l)];
    const double held = std::abs(q);
    const double s = q > 0 ? 1.0 : -1.0;
    const double commission = m_broker.commission->commission(units, price);
    m_cash += s * units * price - commission;
    const double entryCommission = p.openCommission * (units / held);
    p.openCommission -= entryCommission;
    Trade trade;
    trade.leg = l;
    trade.side = q > 0 ? Side::Long : Side::Short;
    trade.size = units;
    trade.entryBar = p.entryBar;
    trade.exitBar = std::int64_t(t);
    trade.entryDay = p.entryDay;
    trade.exitDay = m_data.days()[t];
    trade.entryPrice = p.entryPrice;
    trade.exitPrice = price;
    trade.commission = entryCommission + commission;
    trade.pnl = s * (price - p.entryPrice) * units - trade.commission;
    trade.exitReason = reason;
    trade.group = p.group;
    m_s.trades.push_back(trade);
    if (m_options.keepOrders)
        m_s.fills.push_back({std::int64_t(t), l, trade.side, false, units, price, commission});
    // Exactly flat when the whole position (up to rounding of partial closes) is gone.
    if (units >= held * (1 - 1e-12)) {
        q = 0;
        m_watched -= int(p.hasExits);
        p.hasExits = false;
        p.openCommission = 0;
    } else {
        q -= s * units;
    }
}

} // namespace

Backtester::Backtester() : m_scratch(std::make_unique<Scratch>()) {}
Backtester::~Backtester() = default;

Result<BacktestResult> Backtester::run(const MarketData &data, const strategy::StrategyDescriptor &descriptor,
                                       const ParamValues &params, const BacktestConfig &config,
                                       const RunOptions &options)
{
    Result<ParamValues> resolved = strategy::resolveParams(descriptor, params);
    if (!resolved)
        return resolved.error();
    if (data.legCount() < descriptor.legs) {
        return Error::invalidInput(Text::tr("%1 trades %2 symbols; the data holds %3 (a pair needs --pair)")
                         .arg(descriptor.name)
                         .arg(descriptor.legs)
                         .arg(data.legCount()));
    }
    if (!descriptor.create)
        return Error::internal(Text::tr("strategy %1 has no factory").arg(descriptor.name));
    std::unique_ptr<strategy::Strategy> s = descriptor.create(*resolved);
    Result<BacktestResult> result = run(data, *s, config, options);
    if (result) {
        result->strategy = descriptor.name;
        result->params = *resolved;
    }
    return result;
}

Result<BacktestResult> Backtester::run(const MarketData &data, strategy::Strategy &strategy,
                                       const BacktestConfig &config, const RunOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    if (Status s = config.validate(); !s)
        return s.error();
    if (data.legCount() > 1 && config.exits.any()) {
        // A stop on one leg of a pair would leave the other leg naked.
        return Error::invalidArgument(Text::tr("stop-loss, take-profit and trailing stops apply to single-symbol strategies only"));
    }
    const std::size_t n = data.size();
    const std::size_t first = std::min(options.first, n);
    const std::size_t last = std::min(options.last, n);
    if (last < first + 2) {
        return Error::invalidInput(Text::tr("not enough data: a backtest needs at least 2 bars, the range has %1")
                         .arg(last > first ? qint64(last - first) : 0));
    }

    const Brokerage broker = makeBrokerage(config);
    Run run(data, config, broker, *m_scratch, options, first, last);
    if (Status s = run.prepare(strategy); !s)
        return s.error();
    run.loop(strategy);

    Scratch &s = *m_scratch;
    BacktestResult r;
    r.valid = true;
    r.symbols = data.symbols();
    r.firstBar = first;
    r.lastBar = last;
    s.returns.resize(last - first - 1);
    r.performance = computePerformance(s.equity, s.exposure, config.metrics, s.returns);
    r.tradeStats = computeTradeStats(s.trades);
    const bool equityNotPositive = *std::min_element(s.equity.begin(), s.equity.end()) <= 0;

    const std::span<const DayNumber> days(data.days().data() + first, last - first);
    if (options.compareBuyAndHold || options.keepCurves) {
        const double *c = data.leg(0).close.data();
        s.buyHold.resize(last - first);
        const double scale = config.initialCash / c[first];
        for (std::size_t t = first; t < last; ++t)
            s.buyHold[t - first] = scale * c[t];
        s.buyHold[0] = config.initialCash; // exactly, not (cash / c)·c
    }
    if (options.compareBuyAndHold) {
        r.buyAndHold = computePerformance(s.buyHold, {}, config.metrics, s.returns);
        r.buyAndHold.exposure = 1;
        r.buyAndHold.averageGrossExposure = 1;
    }
    if (options.compareBenchmark && data.benchmark()) {
        const BarSeries &bench = *data.benchmark();
        r.benchmarkSymbol = bench.symbol;
        r.benchmark = compareWithBenchmark(days, s.equity, bench, config.metrics);
        if (options.compareBuyAndHold)
            r.buyAndHoldBenchmark = compareWithBenchmark(days, s.buyHold, bench, config.metrics);
        if (r.benchmark.count < 2)
            r.warnings.push_back({BacktestWarningKind::NoBenchmarkOverlap,
                                  Text::tr("the benchmark %1 shares too few days with the run for beta and alpha")
                                      .arg(bench.symbol)});
        if (options.keepCurves) {
            r.benchmarkEquity = benchmarkCurve(days, bench, config.initialCash);
            r.benchmarkPerformance = heldPerformance(r.benchmarkEquity, config.metrics);
        }
    }
    if (options.keepCurves) {
        // The curves move out of the scratch buffers (a copy of a million-bar curve costs as
        // much as the bar loop); the next run allocates them again.
        r.days.assign(days.begin(), days.end());
        r.drawdown.resize(s.equity.size());
        drawdownCurve(s.equity, r.drawdown);
        r.equity = std::move(s.equity);
        r.exposure = std::move(s.exposure);
        r.buyAndHoldEquity = std::move(s.buyHold);
        s.equity.clear();
        s.exposure.clear();
        s.buyHold.clear();
    }
    if (options.keepTrades)
        r.trades = s.trades;
    if (options.keepOrders) {
        r.orders = s.orders;
        r.fills = s.fills;
    }

    if (run.endOfDataExits() > 0)
        r.warnings.push_back({BacktestWarningKind::EndOfDataExit,
                              Text::tr("%n position(s) still open at the end of the data were closed at the last close",
                                       nullptr, run.endOfDataExits())});
    if (run.workingOrdersLeft() > 0)
        r.warnings.push_back({BacktestWarningKind::WorkingOrdersLeft,
                              Text::tr("%n working order(s) never filled", nullptr, int(run.workingOrdersLeft()))});
    if (run.skippedEntries() > 0)
        r.warnings.push_back({BacktestWarningKind::EntrySkipped,
                              Text::tr("%n entry order(s) got no units from the sizing model and were skipped",
                                       nullptr, run.skippedEntries())});
    if (equityNotPositive)
        r.warnings.push_back({BacktestWarningKind::EquityNotPositive,
                              Text::tr("the equity fell to zero or below; returns after that point are meaningless")});
    if (s.trades.empty())
        r.warnings.push_back({BacktestWarningKind::NoTrades, Text::tr("the strategy made no trade")});
    r.elapsedMs = double(timer.nsecsElapsed()) * 1e-6;
    return r;
}

Result<BacktestResult> runBacktest(const MarketData &data, const strategy::StrategyDescriptor &descriptor,
                                   const ParamValues &params, const BacktestConfig &config, const RunOptions &options)
{
    Backtester backtester;
    return backtester.run(data, descriptor, params, config, options);
}

} // namespace rutile::backtest
