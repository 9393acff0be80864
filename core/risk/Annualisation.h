#pragma once

// The annualisation factor's range, shared by every statistic that annualises daily values
// (the risk analysis, the backtest metrics): one range, so that a setting accepted by one is
// accepted by the other. 366 is the longest calendar year, for calendar-day conventions; 252
// is the usual trading year.

namespace rutile::risk {

inline constexpr int kMinTradingDaysPerYear = 1;
inline constexpr int kMaxTradingDaysPerYear = 366;

} // namespace rutile::risk
