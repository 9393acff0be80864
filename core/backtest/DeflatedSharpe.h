#pragma once

// The deflated Sharpe ratio (Bailey & López de Prado, "The Deflated Sharpe Ratio: Correcting
// for Selection Bias, Backtest Overfitting and Non-Normality", Journal of Portfolio Management
// 40(5), 2014). The best of N backtests has a high Sharpe ratio by luck alone; the DSR is the
// probability that the selected strategy's true Sharpe ratio is above the maximum expected
// from N unskilled trials, allowing for the skewness and kurtosis of its returns.
//
// All Sharpe ratios here are per period (daily, not annualised), as in the paper.

namespace rutile::backtest {

/// Euler–Mascheroni constant γ.
inline constexpr double kEulerGamma = 0.5772156649015329;

/// Expected maximum Sharpe ratio of `trials` independent trials whose Sharpe estimates have
/// variance `variance` and true value 0 (the paper's SR₀):
///   SR₀ = √V · ((1 − γ) · Φ⁻¹(1 − 1/N) + γ · Φ⁻¹(1 − 1/(N·e)))
/// 0 for N = 1 (no selection); NaN for N < 1 or V < 0.
double expectedMaxSharpe(double variance, int trials);

/// Probabilistic Sharpe ratio (Bailey & López de Prado 2012): the probability that the true
/// Sharpe ratio exceeds `benchmark`, given the estimate `sharpe` from `observations` returns
/// with skewness γ₃ and excess kurtosis γ₄ − 3:
///   PSR = Φ( (SR − SR*) · √(T − 1) / √(1 − γ₃·SR + (γ₄ − 1)/4 · SR²) )
/// NaN when T < 2 or the square root's argument is not positive.
double probabilisticSharpe(double sharpe, double benchmark, int observations, double skewness, double excessKurtosis);

struct DeflatedSharpeInput {
    double sharpe = 0;         ///< per-period Sharpe ratio of the selected trial
    double sharpeVariance = 0; ///< sample variance of the per-period Sharpe ratios of all trials
    int trials = 0;            ///< number of trials (grid points evaluated)
    int observations = 0;      ///< returns behind the selected trial's Sharpe ratio
    double skewness = 0;       ///< of the selected trial's returns
    double excessKurtosis = 0; ///< of the selected trial's returns (normal: 0)
};

struct DeflatedSharpeResult {
    bool valid = false;
    int trials = 0;
    double sharpe = 0;            ///< the selected per-period Sharpe ratio
    double expectedMaxSharpe = 0; ///< SR₀, per period
    double probability = 0;       ///< the DSR: PSR(SR₀)
    double confidence = 0.95;
    /// probability ≥ confidence: the optimum is unlikely to be luck. A false value flags the
    /// best grid point as a probable artefact of trying many.
    bool significant = false;
};

/// DSR = PSR(SR₀) with SR₀ = expectedMaxSharpe(sharpeVariance, trials).
DeflatedSharpeResult deflatedSharpe(const DeflatedSharpeInput &input, double confidence = 0.95);

} // namespace rutile::backtest
