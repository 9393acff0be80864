#pragma once

#include <cmath>
#include <cstdint>
#include <random>

namespace rutile {

/// Standard normal deviates that a seed fixes on every platform: std::mt19937_64 is fully
/// specified by the standard, std::normal_distribution is not, so the normals come from
/// Marsaglia's polar method written here. The sample data generators share it.
class SeededNormals {
public:
    explicit SeededNormals(std::uint64_t seed) : m_engine(seed) {}

    /// Uniform on [0, 1), from the top 53 bits.
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }

    /// Marsaglia's polar method; keeps the second deviate of each pair.
    double next()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u, v, s;
        do {
            u = 2.0 * uniform() - 1.0;
            v = 2.0 * uniform() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        const double factor = std::sqrt(-2.0 * std::log(s) / s);
        m_spare = v * factor;
        m_hasSpare = true;
        return u * factor;
    }

    /// A Student-t deviate with `nu` degrees of freedom scaled to unit variance (nu > 2).
    double studentT(int nu)
    {
        const double z = next();
        double chiSquare = 0;
        for (int k = 0; k < nu; ++k) {
            const double x = next();
            chiSquare += x * x;
        }
        return z * std::sqrt((nu - 2.0) / chiSquare);
    }

private:
    std::mt19937_64 m_engine;
    double m_spare = 0;
    bool m_hasSpare = false;
};

} // namespace rutile
