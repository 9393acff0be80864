#pragma once

// The built-in strategies' classes. Their rules, stated in each descriptor's description and
// in the README, are decided at bar t's close from values at t and t−1 only.

#include "strategy/Strategy.h"

#include <memory>

namespace rutile::strategy {

/// Long when the fast average crosses above the slow one (fast > slow now, fast ≤ slow on the
/// previous bar); exit when it crosses below (fast < slow now, fast ≥ slow before) — or, with
/// `short`, reverse to a short there and back to a long on the next cross above.
/// `average` is the registry name of the average ("sma", "ema").
std::unique_ptr<Strategy> makeMovingAverageCross(const QString &average, int fast, int slow, bool allowShort);

/// Long when the MACD line crosses above its signal line, exit when it crosses below.
std::unique_ptr<Strategy> makeMacdCross(int fast, int slow, int signal);

/// Long when the close is below the lower Bollinger band, exit when it is above the middle band.
std::unique_ptr<Strategy> makeBollingerRevert(int period, double k);

/// Long when RSI < lower, exit when RSI > upper.
std::unique_ptr<Strategy> makeRsiRevert(int period, double lower, double upper);

/// Two legs: short the spread (short leg 0, long β-weighted leg 1) when z > entryZ, long it
/// when z < −entryZ, exit both legs when |z| < exitZ (PairsSpread.h for β and z).
std::unique_ptr<Strategy> makePairsSpread(int lookback, double entryZ, double exitZ);

/// Long at the first decision, held to the end.
std::unique_ptr<Strategy> makeBuyHold();

} // namespace rutile::strategy
