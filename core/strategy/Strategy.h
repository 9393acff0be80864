#pragma once

// The strategy interface. A strategy is asked, at the close of every bar t, what to do; it
// sees prices and precomputed columns up to bar t only (StrategyContext offers no way to read
// bar t+1), and its orders execute from bar t+1 on, under the broker's models.
//
// Life of a run: the engine creates the strategy from its descriptor and resolved parameters,
// calls prepare() once (the strategy fetches the indicator columns it needs; they are
// computed once per data set and shared across grid points), then onBar() for every bar but
// the last (an order decided on the last bar could never fill).

#include "data/BarSeries.h"
#include "params/ParamSpec.h"
#include "trading/MarketData.h"
#include "trading/Order.h"
#include "trading/Trade.h"
#include "util/Error.h"
#include "util/TaskControl.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <functional>
#include <limits>
#include <memory>
#include <span>
#include <vector>

// The engine (backtest/Backtester.cpp) is the only code that may move a StrategyContext from bar
// to bar; it does so through this friend. Declaring the name here is not an include: strategy
// still depends only on trading/ and below, never on backtest/.
namespace rutile::backtest::detail {
struct ContextAccess;
}

namespace rutile::strategy {

using trading::AttachedExits;
using trading::Order;
using trading::OrderIntent;
using trading::OrderSize;
using trading::OrderType;
using trading::Side;

/// A precomputed column (an indicator output, a spread z-score), read through
/// StrategyContext::at() so that only bars ≤ t are reachable.
struct Column {
    const double *data = nullptr;
};

/// What prepare() may ask for: columns over the whole series, computed by causal kernels.
class StrategySetup {
public:
    explicit StrategySetup(const trading::MarketData &data, std::function<bool()> isCancellationRequested = {})
        : m_data(data)
    {
        m_control.isCancellationRequested = std::move(isCancellationRequested);
    }

    int legCount() const { return m_data.legCount(); }
    std::size_t size() const { return m_data.size(); }
    QString symbol(int leg) const { return m_data.leg(leg).symbol; }

    /// Output `output` (empty: the first) of registry indicator `name` on leg `leg`.
    Result<Column> indicator(QStringView name, const ParamValues &params, QStringView output = {}, int leg = 0) const;
    /// A derived column cached under `key` (see MarketData::derived; `compute` must be causal).
    Result<Column> derived(const QString &key, const trading::MarketData::DerivedFn &compute) const;
    /// The whole data, for strategies that build their own causal columns from it (a rule
    /// program's evaluator, whose every column reads bars ≤ t only).
    const trading::MarketData &marketData() const { return m_data; }
    /// The run's cancellation, for preparation that takes long (training models); no progress.
    const TaskControl &control() const { return m_control; }

private:
    const trading::MarketData &m_data;
    TaskControl m_control;
};

/// The strategy's view of the market and its account at the close of bar t.
class StrategyContext {
public:
    /// Index of the current bar in the data (not in the run's range).
    std::size_t bar() const { return m_t; }
    DayNumber day() const { return m_days[m_t]; }
    int legCount() const { return m_legCount; }

    /// Prices `ago` bars back (0 = this bar). NaN before the start of the data.
    double open(int leg = 0, std::size_t ago = 0) const { return read(m_legs[leg].open, ago); }
    double high(int leg = 0, std::size_t ago = 0) const { return read(m_legs[leg].high, ago); }
    double low(int leg = 0, std::size_t ago = 0) const { return read(m_legs[leg].low, ago); }
    double close(int leg = 0, std::size_t ago = 0) const { return read(m_legs[leg].close, ago); }
    double volume(int leg = 0, std::size_t ago = 0) const { return read(m_legs[leg].volume, ago); }
    /// A column's value `ago` bars back. There is deliberately no way to look forward.
    double at(Column column, std::size_t ago = 0) const { return read(column.data, ago); }

    /// Units held on `leg` after this bar's fills: > 0 long, < 0 short.
    double position(int leg = 0) const { return m_positions[leg]; }
    bool isFlat(int leg = 0) const { return m_positions[leg] == 0; }
    bool isLong(int leg = 0) const { return m_positions[leg] > 0; }
    bool isShort(int leg = 0) const { return m_positions[leg] < 0; }
    /// Cash and equity (cash plus positions at this bar's close).
    double cash() const { return m_cash; }
    double equity() const { return m_equity; }

    /// Submits an order decided at this bar's close.
    void submit(Order order)
    {
        order.decisionBar = std::int64_t(m_t);
        order.batch = m_batch;
        if (m_log)
            m_log->push_back({order.decisionBar, order.leg, order.intent, order.side, order.type, order.price,
                              order.size.mode, order.size.value});
        m_pending->push_back(order);
    }
    /// A market order that opens a long sized by the sizing model (closing a short first; adding
    /// to a long already held).
    void enterLong(int leg = 0, const AttachedExits &exits = {}) { enter(leg, Side::Long, exits); }
    /// A market order that opens a short sized by the sizing model (closing a long first; adding
    /// to a short already held).
    void enterShort(int leg = 0, const AttachedExits &exits = {}) { enter(leg, Side::Short, exits); }
    /// A market order that opens `side` on `leg` with notional = |ratio| × the notional just
    /// filled on `referenceLeg` (submit the reference leg's order first).
    void enterHedge(int leg, Side side, double ratio, int referenceLeg = 0)
    {
        Order o;
        o.leg = leg;
        o.side = side;
        o.size = OrderSize::hedge(ratio < 0 ? -ratio : ratio, referenceLeg);
        submit(o);
    }
    /// A market order that closes whatever is held on `leg`; nothing when flat.
    void exit(int leg = 0)
    {
        if (m_positions[leg] == 0)
            return;
        Order o;
        o.leg = leg;
        o.intent = OrderIntent::Exit;
        o.side = m_positions[leg] > 0 ? Side::Long : Side::Short;
        o.size = OrderSize::all();
        submit(o);
    }
    /// Cancels the orders of `leg` not yet filled (working limit and stop orders and this bar's
    /// submissions), or of every leg with −1.
    void cancelOrders(int leg = -1);
    /// Orders not yet filled (working limit/stop orders and this bar's submissions).
    std::size_t pendingOrders() const { return m_pending->size(); }

private:
    friend struct backtest::detail::ContextAccess;

    struct LegView {
        const double *open = nullptr;
        const double *high = nullptr;
        const double *low = nullptr;
        const double *close = nullptr;
        const double *volume = nullptr;
    };

    double read(const double *column, std::size_t ago) const
    {
        return ago <= m_t ? column[m_t - ago] : std::numeric_limits<double>::quiet_NaN();
    }
    void enter(int leg, Side side, const AttachedExits &exits)
    {
        Order o;
        o.leg = leg;
        o.side = side;
        o.exits = exits;
        submit(o);
    }

    std::size_t m_t = 0;
    int m_legCount = 0;
    int m_batch = 0;
    const DayNumber *m_days = nullptr;
    const LegView *m_legs = nullptr;
    const double *m_positions = nullptr;
    double m_cash = 0;
    double m_equity = 0;
    std::vector<Order> *m_pending = nullptr;
    std::vector<trading::OrderRecord> *m_log = nullptr;
};

class Strategy {
public:
    virtual ~Strategy() = default;
    /// Fetches the columns the strategy reads. Errors: "not enough data" (InvalidInput) when a
    /// window is longer than the series.
    virtual Status prepare(StrategySetup &setup) = 0;
    /// Decides at the close of bar ctx.bar().
    virtual void onBar(StrategyContext &ctx) = 0;
};

/// Everything the GUI form, the CLI (`--strategy NAME --param k=v`) and the optimiser grid
/// need to know about a strategy: one description, read by all three.
struct StrategyDescriptor {
    QString name;                  ///< CLI name: "sma_cross"; lower case, stable
    QString displayName;           ///< translated
    QString description;           ///< translated; states the entry and exit rules
    std::vector<ParamSpec> params; ///< in form order; ranges bound the optimiser's grid
    /// Symbols the strategy trades: 1, or 2 for a pair (leg 0 the traded symbol, leg 1 the
    /// hedge given with `--pair`).
    int legs = 1;
    QStringList legRoles; ///< translated role of each leg, for forms: "Traded symbol", "Hedge"
    /// A rule strategy's program text (what the run journal keeps); empty for a built-in.
    QString source;
    /// Checks between parameters of a resolved set (fast < slow); may be empty.
    /// std::function rather than a plain pointer so that a descriptor can carry what it
    /// was made from (a rule file's compiled program).
    std::function<Status(const ParamValues &values)> validate;
    /// Builds the strategy for resolved, valid values.
    std::function<std::unique_ptr<Strategy>(const ParamValues &values)> create;

    bool needsPair() const { return legs > 1; }
};

/// Defaults filled in, each value checked against its range, then the descriptor's own checks.
Result<ParamValues> resolveParams(const StrategyDescriptor &descriptor, const ParamValues &values);

} // namespace rutile::strategy
