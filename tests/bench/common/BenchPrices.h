#pragma once

// Price series for the benchmarks: what the kernels see in use, not a series that decays to
// nothing (the old indicator benchmark's walk fell from 1000 to 4.6e-60, 88 % of its bars
// below 1e-5, which favours shortcuts that real prices never take).

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace rutile::bench {

struct PriceSeries {
    std::vector<double> open, high, low, close, volume;
    std::string description; ///< one line saying where the figures came from
    std::size_t size() const { return close.size(); }
};

/// A seeded mean-reverting log price (Ornstein–Uhlenbeck around 1000): daily log changes with
/// a volatility of 1.3 % (about the Russell 2000's), a mean-reversion half-life of 500 bars
/// (so the level stays within roughly 400..2500 however long the series), intraday ranges of
/// about 1.5 % and log-normal volumes. The generator uses only mt19937_64, whose output the
/// standard fixes, so the series is the same with every compiler and library.
PriceSeries meanRevertingPrices(std::size_t bars, std::uint64_t seed = 20261206);

/// The bars of a real history repeated to `bars` bars, every other copy in reverse order
/// (forth and back), so the series never jumps from the last level back to the first.
PriceSeries tiledHistory(const PriceSeries &history, std::size_t bars);

/// Reads an OHLCV CSV with Rutile's own parser; an empty series (and `error` set) on failure.
PriceSeries readHistory(const std::string &path, std::string *error);

/// The series the benchmarks use: the CSV named by the environment variable
/// RUTILE_BENCH_PRICES tiled to `bars` bars when it is set (the real RUT history, for
/// instance; never committed), otherwise meanRevertingPrices(bars). Exits with a message when
/// the variable names a file that cannot be read.
PriceSeries benchPrices(std::size_t bars);

} // namespace rutile::bench
