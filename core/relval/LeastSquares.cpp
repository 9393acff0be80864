#include "relval/LeastSquares.h"

#include <boost/numeric/ublas/lu.hpp>
#include <boost/numeric/ublas/matrix.hpp>
#include <boost/numeric/ublas/vector.hpp>

#include <cmath>
#include <memory>
#include <numbers>

namespace rutile::relval {

namespace ublas = boost::numeric::ublas;

namespace {

// Boost 1.74's uBLAS storage calls allocator::construct and ::destroy, which C++20 removed from
// std::allocator; this allocator gives them back.
template <class T>
struct Allocator : std::allocator<T> {
    using std::allocator<T>::allocator;
    template <class U>
    struct rebind {
        using other = Allocator<U>;
    };
    void construct(T *p, const T &value) { std::construct_at(p, value); }
    void destroy(T *p) { std::destroy_at(p); }
};
template <class T>
using Storage = ublas::unbounded_array<T, Allocator<T>>;
using Matrix = ublas::matrix<double, ublas::row_major, Storage<double>>;
using Vector = ublas::vector<double, Storage<double>>;
using Pivots = ublas::permutation_matrix<std::size_t, Storage<std::size_t>>;

} // namespace

double OlsFit::logLikelihood() const
{
    const double nn = double(n);
    return -nn / 2 * (std::log(2 * std::numbers::pi) + std::log(ssr / nn) + 1);
}

double OlsFit::aic() const
{
    return -2 * logLikelihood() + 2 * double(k);
}

OlsFit ols(std::span<const double> x, std::size_t k, std::span<const double> y)
{
    OlsFit fit;
    const std::size_t n = y.size();
    fit.n = n;
    fit.k = k;
    if (k == 0 || n <= k || x.size() != n * k)
        return fit;
    Matrix xtx(k, k, 0.0);
    Vector xty(k, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        const double *row = x.data() + i * k;
        for (std::size_t a = 0; a < k; ++a) {
            xty(a) += row[a] * y[i];
            for (std::size_t b = 0; b <= a; ++b)
                xtx(a, b) += row[a] * row[b];
        }
    }
    for (std::size_t a = 0; a < k; ++a) {
        for (std::size_t b = a + 1; b < k; ++b)
            xtx(a, b) = xtx(b, a);
    }
    // (X'X)⁻¹ by LU with partial pivoting: its columns solve X'X v = e_j.
    Pivots pivots(k);
    Matrix lu = xtx;
    if (ublas::lu_factorize(lu, pivots) != 0)
        return fit;
    Matrix inverse = ublas::identity_matrix<double>(k);
    ublas::lu_substitute(lu, pivots, inverse);
    const Vector beta = ublas::prod(inverse, xty);
    fit.beta.assign(beta.begin(), beta.end());
    for (std::size_t i = 0; i < n; ++i) {
        const double *row = x.data() + i * k;
        double predicted = 0;
        for (std::size_t a = 0; a < k; ++a)
            predicted += row[a] * fit.beta[a];
        const double r = y[i] - predicted;
        fit.ssr += r * r;
    }
    const double s2 = fit.ssr / double(n - k);
    fit.stdErr.resize(k);
    for (std::size_t a = 0; a < k; ++a)
        fit.stdErr[a] = std::sqrt(s2 * inverse(a, a));
    fit.ok = std::isfinite(fit.ssr);
    return fit;
}

} // namespace rutile::relval
