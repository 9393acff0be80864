#pragma once

// The settings of a pair analysis as ParamSpecs (the Relative Value window's form and the options
// of `rutile-cli pair`): the z-score window and the bands of pairs_spread, the rolling test's
// window and step, and the Kalman filter's noise.

#include "params/ParamSpec.h"
#include "relval/KalmanHedge.h"
#include "util/Error.h"

#include <vector>

namespace rutile::relval {

struct PairSettings {
    int zWindow = 60;        ///< pairs_spread's lookback: rolling hedge ratio and z-score, [5, 2000]
    double entryZ = 2;       ///< pairs_spread's entry band
    double exitZ = 0.5;      ///< pairs_spread's exit band
    int testWindow = 252;    ///< days of each rolling Engle–Granger test, [60, 5000]
    int testStep = 21;       ///< days between their ends, [1, 500]
    KalmanParams kalman;
};

/// z_window, entry_z, exit_z, test_window, test_step, kalman_delta, kalman_noise.
const std::vector<ParamSpec> &pairParamSpecs();
Result<PairSettings> pairSettingsFromParams(const ParamValues &values);
ParamValues pairParamsFromSettings(const PairSettings &settings);

} // namespace rutile::relval
