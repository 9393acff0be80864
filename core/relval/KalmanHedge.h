#pragma once

// A time-varying hedge ratio by the Kalman filter (Chan, "Algorithmic Trading", 2013, ch. 3):
//
//   observation  y_t = β_t x_t + α_t + v_t,        v_t ~ N(0, V_e)
//   state        (β_t, α_t) = (β_{t−1}, α_{t−1}) + w_t,  w_t ~ N(0, V_w I),  V_w = δ / (1 − δ)
//
// started from β = α = 0 with a zero covariance. Each step predicts R = P + V_w I, forecasts
// ŷ = β x + α with variance Q = h R h' + V_e (h = (x, 1)), and updates with the gain K = R h' / Q.
// Causal: the estimate at t reads y and x up to t. δ near 0 makes the ratio nearly constant,
// larger δ lets it follow the data; V_e is the variance of the observation noise.

#include <span>

namespace rutile::relval {

struct KalmanParams {
    double delta = 1e-4;          ///< (0, 1)
    double observationNoise = 1e-3; ///< V_e > 0
};

/// The filtered β_t and α_t for every t (`beta` and `alpha` as long as `y` and `x`).
void kalmanHedge(std::span<const double> y, std::span<const double> x, const KalmanParams &params,
                 std::span<double> beta, std::span<double> alpha);

} // namespace rutile::relval
