#include "relval/KalmanHedge.h"

namespace rutile::relval {

void kalmanHedge(std::span<const double> y, std::span<const double> x, const KalmanParams &params,
                 std::span<double> beta, std::span<double> alpha)
{
    const double vw = params.delta / (1 - params.delta);
    double b = 0, a = 0;                  // the state
    double p00 = 0, p01 = 0, p11 = 0;     // its covariance (symmetric)
    for (std::size_t t = 0; t < y.size(); ++t) {
        // Predict: the state carries over, its uncertainty grows by V_w.
        const double r00 = p00 + vw, r01 = p01, r11 = p11 + vw;
        // Forecast with h = (x_t, 1).
        const double h0 = x[t];
        const double rh0 = r00 * h0 + r01, rh1 = r01 * h0 + r11; // R h'
        const double q = h0 * rh0 + rh1 + params.observationNoise;
        const double e = y[t] - (b * h0 + a);
        // Update.
        const double k0 = rh0 / q, k1 = rh1 / q;
        b += k0 * e;
        a += k1 * e;
        p00 = r00 - k0 * rh0;
        p01 = r01 - k0 * rh1;
        p11 = r11 - k1 * rh1;
        beta[t] = b;
        alpha[t] = a;
    }
}

} // namespace rutile::relval
