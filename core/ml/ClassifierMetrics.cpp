#include "ml/ClassifierMetrics.h"

#include <boost/math/distributions/binomial.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace rutile::ml {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Mann–Whitney U / (n₁ n₀) with average ranks for tied probabilities.
double rocAuc(std::span<const int> labels, std::span<const double> p)
{
    const std::size_t n = labels.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&p](std::size_t a, std::size_t b) { return p[a] < p[b]; });
    double rankSumPositive = 0;
    std::size_t positives = 0;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        while (j < n && p[order[j]] == p[order[i]])
            ++j;
        const double averageRank = (double(i + 1) + double(j)) / 2; // ranks i+1 … j
        for (std::size_t k = i; k < j; ++k) {
            if (labels[order[k]] == 1) {
                rankSumPositive += averageRank;
                ++positives;
            }
        }
        i = j;
    }
    const std::size_t negatives = n - positives;
    if (positives == 0 || negatives == 0)
        return kNaN;
    const double u = rankSumPositive - double(positives) * double(positives + 1) / 2;
    return u / (double(positives) * double(negatives));
}

} // namespace

ClassifierMetrics classifierMetrics(std::span<const int> labels, std::span<const double> probabilities, double threshold)
{
    ClassifierMetrics m;
    const std::size_t n = std::min(labels.size(), probabilities.size());
    m.rows = n;
    if (n == 0) {
        m.accuracy = m.balancedAccuracy = m.auc = m.logLoss = m.baseRate = m.baselineAccuracy = m.edge = m.pValue = kNaN;
        return m;
    }
    double loss = 0;
    std::size_t ones = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const bool predicted = probabilities[i] >= threshold;
        const bool actual = labels[i] == 1;
        ones += actual;
        if (actual)
            (predicted ? m.truePositives : m.falseNegatives)++;
        else
            (predicted ? m.falsePositives : m.trueNegatives)++;
        const double p = std::clamp(probabilities[i], 1e-15, 1 - 1e-15);
        loss -= actual ? std::log(p) : std::log1p(-p);
    }
    const std::size_t correct = m.truePositives + m.trueNegatives;
    m.accuracy = double(correct) / double(n);
    const double tpr = ones ? double(m.truePositives) / double(ones) : kNaN;
    const double tnr = n - ones ? double(m.trueNegatives) / double(n - ones) : kNaN;
    m.balancedAccuracy = (tpr + tnr) / 2;
    m.auc = rocAuc(labels.first(n), probabilities.first(n));
    m.logLoss = loss / double(n);
    m.baseRate = double(ones) / double(n);
    m.baselineAccuracy = std::max(m.baseRate, 1 - m.baseRate);
    m.edge = m.accuracy - m.baselineAccuracy;
    if (m.baselineAccuracy >= 1) {
        m.pValue = 1; // one class only: nothing can beat always-right
    } else {
        const boost::math::binomial_distribution<double> baseline(double(n), m.baselineAccuracy);
        m.pValue = correct == 0 ? 1.0 : boost::math::cdf(boost::math::complement(baseline, double(correct) - 1));
    }
    for (int b = 0; b < 10; ++b) {
        CalibrationBin bin{b / 10.0, (b + 1) / 10.0, 0, 0, 0};
        double sumP = 0, sumY = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const double p = probabilities[i];
            if (p >= bin.low && (p < bin.high || (b == 9 && p <= 1))) {
                ++bin.rows;
                sumP += p;
                sumY += labels[i];
            }
        }
        bin.meanPredicted = bin.rows ? sumP / double(bin.rows) : kNaN;
        bin.observedRate = bin.rows ? sumY / double(bin.rows) : kNaN;
        m.calibration.push_back(bin);
    }
    return m;
}

} // namespace rutile::ml
