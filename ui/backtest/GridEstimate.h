#pragma once

// How long a grid search will take, said before it starts: the optimiser window times one
// backtest on the data the search will use and scales it by the points and the threads.

#include <QString>

#include <cstddef>

namespace rutile::ui {

/// Wall-clock seconds of `points` backtests of `msPerBacktest` each, spread over
/// min(threads, points) threads (at least one).
double estimatedSeconds(std::size_t points, double msPerBacktest, int threads);

/// "under a second", "about 12 s", "about 4 min", "about 2 h 5 min".
QString durationText(double seconds);

} // namespace rutile::ui
