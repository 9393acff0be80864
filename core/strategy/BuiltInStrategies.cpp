#include "strategy/BuiltInStrategies.h"

#include "strategy/PairsSpread.h"

#include <QCoreApplication>

#include <cmath>
#include <vector>

namespace rutile::strategy {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Strategies)
};

/// "a crossed above b at t": a > b now and a ≤ b on the bar before. NaN (warm-up) never crosses.
bool crossedAbove(double a, double b, double aPrev, double bPrev)
{
    return a > b && aPrev <= bPrev;
}
bool crossedBelow(double a, double b, double aPrev, double bPrev)
{
    return a < b && aPrev >= bPrev;
}

/// Trades the crossing of two columns.
class CrossStrategy : public Strategy {
public:
    explicit CrossStrategy(bool allowShort) : m_short(allowShort) {}

    void onBar(StrategyContext &ctx) override
    {
        const double a = ctx.at(m_a), b = ctx.at(m_b);
        const double ap = ctx.at(m_a, 1), bp = ctx.at(m_b, 1);
        if (crossedAbove(a, b, ap, bp)) {
            if (!ctx.isLong())
                ctx.enterLong(); // reverses a short
        } else if (crossedBelow(a, b, ap, bp)) {
            if (m_short) {
                if (!ctx.isShort())
                    ctx.enterShort(); // reverses a long
            } else {
                ctx.exit();
            }
        }
    }

protected:
    Column m_a;
    Column m_b;
    bool m_short;
};

class MovingAverageCross final : public CrossStrategy {
public:
    MovingAverageCross(QString average, int fast, int slow, bool allowShort)
        : CrossStrategy(allowShort), m_average(std::move(average)), m_fast(fast), m_slow(slow)
    {
    }

    Status prepare(StrategySetup &setup) override
    {
        auto fast = setup.indicator(m_average, {{QStringLiteral("period"), double(m_fast)}});
        if (!fast)
            return fast.error();
        auto slow = setup.indicator(m_average, {{QStringLiteral("period"), double(m_slow)}});
        if (!slow)
            return slow.error();
        m_a = *fast;
        m_b = *slow;
        return {};
    }

private:
    QString m_average;
    int m_fast;
    int m_slow;
};

class MacdCross final : public CrossStrategy {
public:
    MacdCross(int fast, int slow, int signal) : CrossStrategy(false), m_fast(fast), m_slow(slow), m_signal(signal) {}

    Status prepare(StrategySetup &setup) override
    {
        const ParamValues p{{QStringLiteral("fast"), double(m_fast)},
                            {QStringLiteral("slow"), double(m_slow)},
                            {QStringLiteral("signal"), double(m_signal)}};
        auto line = setup.indicator(u"macd", p, u"macd");
        if (!line)
            return line.error();
        auto signal = setup.indicator(u"macd", p, u"signal");
        if (!signal)
            return signal.error();
        m_a = *line;
        m_b = *signal;
        return {};
    }

private:
    int m_fast;
    int m_slow;
    int m_signal;
};

class BollingerRevert final : public Strategy {
public:
    BollingerRevert(int period, double k) : m_period(period), m_k(k) {}

    Status prepare(StrategySetup &setup) override
    {
        const ParamValues p{{QStringLiteral("period"), double(m_period)}, {QStringLiteral("k"), m_k}};
        auto lower = setup.indicator(u"bbands", p, u"lower");
        if (!lower)
            return lower.error();
        auto middle = setup.indicator(u"bbands", p, u"middle");
        if (!middle)
            return middle.error();
        m_lower = *lower;
        m_middle = *middle;
        return {};
    }

    void onBar(StrategyContext &ctx) override
    {
        const double c = ctx.close();
        if (ctx.isFlat()) {
            if (c < ctx.at(m_lower))
                ctx.enterLong();
        } else if (c > ctx.at(m_middle)) {
            ctx.exit();
        }
    }

private:
    int m_period;
    double m_k;
    Column m_lower;
    Column m_middle;
};

class RsiRevert final : public Strategy {
public:
    RsiRevert(int period, double lower, double upper) : m_period(period), m_lower(lower), m_upper(upper) {}

    Status prepare(StrategySetup &setup) override
    {
        auto rsi = setup.indicator(u"rsi", {{QStringLiteral("period"), double(m_period)}});
        if (!rsi)
            return rsi.error();
        m_rsi = *rsi;
        return {};
    }

    void onBar(StrategyContext &ctx) override
    {
        const double r = ctx.at(m_rsi);
        if (ctx.isFlat()) {
            if (r < m_lower)
                ctx.enterLong();
        } else if (r > m_upper) {
            ctx.exit();
        }
    }

private:
    int m_period;
    double m_lower;
    double m_upper;
    Column m_rsi;
};

class PairsSpreadStrategy final : public Strategy {
public:
    PairsSpreadStrategy(int lookback, double entryZ, double exitZ)
        : m_lookback(lookback), m_entry(entryZ), m_exit(exitZ)
    {
    }

    Status prepare(StrategySetup &setup) override
    {
        if (setup.legCount() < 2)
            return Error::invalidInput(Text::tr("pairs_spread needs two symbols (--pair)"));
        if (std::size_t(m_lookback) > setup.size())
            return Error::invalidInput(Text::tr("not enough data: pairs_spread lookback %1 needs at least %1 common bars, %2 has %3")
                             .arg(m_lookback)
                             .arg(setup.symbol(0))
                             .arg(setup.size()));
        const int lookback = m_lookback;
        // Both columns come from one computation; each cached under its own key.
        const auto compute = [lookback](bool wantZ) {
            return [lookback, wantZ](const trading::MarketData &data, std::span<double> out) -> Status {
                const std::size_t n = data.size();
                std::vector<double> y(n), x(n), other(n);
                for (std::size_t t = 0; t < n; ++t) {
                    y[t] = std::log(data.leg(0).close[t]);
                    x[t] = std::log(data.leg(1).close[t]);
                }
                return wantZ ? pairsSpread(y, x, lookback, other, out) : pairsSpread(y, x, lookback, out, other);
            };
        };
        auto z = setup.derived(QStringLiteral("pairs_spread.z(%1)").arg(lookback), compute(true));
        if (!z)
            return z.error();
        auto beta = setup.derived(QStringLiteral("pairs_spread.beta(%1)").arg(lookback), compute(false));
        if (!beta)
            return beta.error();
        m_z = *z;
        m_beta = *beta;
        return {};
    }

    void onBar(StrategyContext &ctx) override
    {
        const double z = ctx.at(m_z);
        const double beta = ctx.at(m_beta);
        if (std::isnan(z) || std::isnan(beta))
            return;
        if (ctx.isFlat(0) && ctx.isFlat(1)) {
            // The hedge leg's notional is |β| times the traded leg's; a negative β hedges on
            // the same side.
            if (z > m_entry) {
                ctx.enterShort(0);
                ctx.enterHedge(1, beta >= 0 ? Side::Long : Side::Short, beta, 0);
            } else if (z < -m_entry) {
                ctx.enterLong(0);
                ctx.enterHedge(1, beta >= 0 ? Side::Short : Side::Long, beta, 0);
            }
        } else if (std::abs(z) < m_exit) {
            ctx.exit(0);
            ctx.exit(1);
        }
    }

private:
    int m_lookback;
    double m_entry;
    double m_exit;
    Column m_z;
    Column m_beta;
};

class BuyHold final : public Strategy {
public:
    Status prepare(StrategySetup &) override { return {}; }
    void onBar(StrategyContext &ctx) override
    {
        // Enters once; retries while an entry got no units (volatility sizing in ATR warm-up),
        // never re-enters after an attached exit closed the position.
        if (!ctx.isFlat())
            m_held = true;
        else if (!m_held)
            ctx.enterLong();
    }

private:
    bool m_held = false;
};

} // namespace

std::unique_ptr<Strategy> makeMovingAverageCross(const QString &average, int fast, int slow, bool allowShort)
{
    return std::make_unique<MovingAverageCross>(average, fast, slow, allowShort);
}

std::unique_ptr<Strategy> makeMacdCross(int fast, int slow, int signal)
{
    return std::make_unique<MacdCross>(fast, slow, signal);
}

std::unique_ptr<Strategy> makeBollingerRevert(int period, double k)
{
    return std::make_unique<BollingerRevert>(period, k);
}

std::unique_ptr<Strategy> makeRsiRevert(int period, double lower, double upper)
{
    return std::make_unique<RsiRevert>(period, lower, upper);
}

std::unique_ptr<Strategy> makePairsSpread(int lookback, double entryZ, double exitZ)
{
    return std::make_unique<PairsSpreadStrategy>(lookback, entryZ, exitZ);
}

std::unique_ptr<Strategy> makeBuyHold()
{
    return std::make_unique<BuyHold>();
}

} // namespace rutile::strategy
