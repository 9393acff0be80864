#pragma once

// How a dataset's rows are split into training and test rows (rows in time order, each with its
// label interval [t, t + h]; ml/Dataset.h):
//
//  * chronological: the first ⌊(1 − f)·n⌋ rows train, the rest test (CLI.md);
//  * shuffled: a seeded random split of the same sizes — the common practice, leaky: with h > 1
//    neighbouring rows share most of their label interval, so the test rows' outcomes are in the
//    training set (reported with a warning);
//  * purged k-fold with an embargo (López de Prado, "Advances in Financial Machine Learning",
//    2018, ch. 7): k contiguous test folds; a training row is dropped when its label interval
//    overlaps the test fold's span [first t, last t + h], or when it starts within `embargo`
//    bars after that span;
//  * walk-forward: train on the rows before a test block (all of them, or the last `window`),
//    test the next `refitEvery` rows, move on; training rows whose label is not yet known at the
//    first test bar (t + h ≥ that bar) are purged.
//
// Shuffles use a Fisher–Yates on mt19937_64 with our own bounded draw, so that a seed gives the
// same split with every standard library (std::shuffle and std::uniform_int_distribution are
// implementation-defined).

#include "ml/Dataset.h"

#include <cstdint>
#include <vector>

namespace rutile::ml {

struct Split {
    std::vector<std::size_t> train; ///< row indices, ascending
    std::vector<std::size_t> test;  ///< row indices, ascending
};

Split chronologicalSplit(std::size_t rows, double testFraction);
Split shuffledSplit(std::size_t rows, double testFraction, std::uint64_t seed);

/// k in [2, rows]; embargo ≥ 0 bars.
std::vector<Split> purgedKFold(const Dataset &data, int k, int embargo);

struct WalkForwardPlan {
    std::size_t initialTrain = 252; ///< rows before the first test block
    std::size_t refitEvery = 252;   ///< test rows per model
    bool expanding = true;          ///< false: train on the last `initialTrain` rows only
};
std::vector<Split> walkForwardSplits(const Dataset &data, const WalkForwardPlan &plan);

/// A permutation of 0 … n−1 from `seed` (the shuffles above and permutation importance).
std::vector<std::size_t> seededPermutation(std::size_t n, std::uint64_t seed);

} // namespace rutile::ml
