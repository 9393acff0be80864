#pragma once

// Bar series for the engine benchmarks (backtests, rule strategies): both compare runs on the
// same bars, so they draw them from here.

#include "data/BarSeries.h"

#include <cstddef>
#include <cstdint>

namespace rutile::bench {

/// A seeded random walk of n daily bars from 1000 (±1.5 % a day, ranges of about 1 %), symbol
/// WALK. mt19937_64 only, so the bars are the same with every compiler and library.
BarSeries randomWalkBars(std::size_t n, std::uint64_t seed);

/// The RUT history of ../shared/data (9,297 bars), or a 9,300-bar random walk when that file is
/// missing (the benchmarks still run; their figures then say nothing about RUT).
BarSeries rutHistoryOrWalk();

} // namespace rutile::bench
