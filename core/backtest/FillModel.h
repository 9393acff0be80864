#pragma once

// Where orders fill. Every intrabar assumption of the engine is made here, written beside the
// code that makes it (FillModel.cpp), and repeated in the README ("Backtesting → Fill rules").

#include "trading/Order.h"
#include "util/Error.h"

#include <cstdint>

namespace rutile::backtest {

/// When a market order decided at bar t's close executes.
enum class FillTiming : std::uint8_t {
    NextOpen,  ///< at bar t+1's open (default; the honest choice for end-of-day signals)
    NextClose, ///< at bar t+1's close (a market-on-close order placed a day later)
};

struct FillParams {
    FillTiming timing = FillTiming::NextOpen;

    Status validate() const { return {}; }
};

/// The prices of one bar of one leg.
struct BarPrices {
    double open = 0;
    double high = 0;
    double low = 0;
    double close = 0;
};

/// Which attached exit fired, and at what raw price (before slippage).
struct AttachedExitFill {
    enum class Kind : std::uint8_t { None, Stop, TakeProfit } kind = Kind::None;
    double price = trading::kNoPrice;
};

/// Decides raw fill prices (before slippage; the slippage model adjusts them afterwards).
/// A NaN result means "does not fill on this bar".
class FillModel {
public:
    virtual ~FillModel() = default;

    /// When market orders execute.
    virtual FillTiming timing() const = 0;
    /// Raw price of a market order executing on `bar`.
    virtual double marketPrice(const BarPrices &bar) const = 0;
    /// Raw price of a working limit order on `bar` (buy: fill when the price falls to the limit).
    virtual double limitPrice(bool buy, double limit, const BarPrices &bar) const = 0;
    /// Raw price of a working stop order on `bar` (buy: fill when the price rises to the stop).
    virtual double stopPrice(bool buy, double stop, const BarPrices &bar) const = 0;
    /// The attached exits of a position on `side` checked against `bar`: `stop` (stop-loss or
    /// trailing stop, the tighter of the two) and `takeProfit`, either NaN when absent.
    virtual AttachedExitFill attachedExit(
        trading::Side side, double stop, double takeProfit, const BarPrices &bar) const = 0;
};

/// The rules of the README, with daily bars whose path inside the day is unknown.
class StandardFillModel final : public FillModel {
public:
    explicit StandardFillModel(FillParams params = {}) : m_params(params) {}

    FillTiming timing() const override { return m_params.timing; }
    double marketPrice(const BarPrices &bar) const override;
    double limitPrice(bool buy, double limit, const BarPrices &bar) const override;
    double stopPrice(bool buy, double stop, const BarPrices &bar) const override;
    AttachedExitFill attachedExit(
        trading::Side side, double stop, double takeProfit, const BarPrices &bar) const override;

private:
    FillParams m_params;
};

} // namespace rutile::backtest
