#pragma once

// The rules of a rotational portfolio over a watchlist (AmiBroker's rotational trading, a
// top-N momentum book): how many holdings, how often the book is rebalanced, how the money is
// split between them and how far a kept holding may drift before it is resized. Described as
// ParamSpecs so that the Scanner's form and `rutile-cli portfolio` read the same names, ranges
// and defaults.

#include "params/ParamSpec.h"
#include "util/Error.h"

#include <QStringList>

#include <vector>

namespace rutile::scan {

/// When the book is rebalanced: at the close of the first trading day of each period (known
/// at that close: the previous trading day belonged to an earlier period), the orders filling
/// on the next trading day.
enum class RebalancePeriod { Daily, Weekly, Monthly, Quarterly };

/// How the invested part is split between the holdings.
enum class PortfolioWeighting {
    Equal,             ///< 1/N of equity each
    InverseVolatility, ///< in proportion to 1/σ of the last vol_window daily returns; the N together still 1
};

struct PortfolioSettings {
    int top = 20;                                        ///< holdings at most, [1, 1000]
    RebalancePeriod rebalance = RebalancePeriod::Monthly;
    PortfolioWeighting weighting = PortfolioWeighting::Equal;
    int volatilityWindow = 63;                           ///< returns in σ (inverse volatility), [2, 1000]
    /// Cap of one holding's weight, a fraction in (0, 1]; what a cap removes stays in cash.
    double maxWeight = 1;
    /// A holding that stays in the top N is resized only when its value is off its target by
    /// more than this fraction of the target (0: always back to target), [0, 100].
    double drift = 0.25;
};

/// top, rebalance (daily | weekly | monthly | quarterly), weights (equal | inverse_vol),
/// vol_window, max_weight_pct, drift_pct; each with its CLI option.
const std::vector<ParamSpec> &portfolioParamSpecs();

/// The settings of `values` (defaults fill the rest), validated.
Result<PortfolioSettings> portfolioSettingsFromParams(const ParamValues &values);
/// The values describing `settings` (portfolioSettingsFromParams gives them back).
ParamValues portfolioParamsFromSettings(const PortfolioSettings &settings);

/// The names of the engine settings (configParamSpecs()) a portfolio uses: the cash, the
/// commission models, the slippage, the fill timing and the metric conventions. Sizing and
/// attached exits are the strategy's business in a backtest; the portfolio sizes by weight.
const QStringList &portfolioConfigParamNames();

} // namespace rutile::scan
