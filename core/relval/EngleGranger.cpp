#include "relval/EngleGranger.h"

#include "relval/LeastSquares.h"
#include "relval/MacKinnon.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace rutile::relval {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::relval::EngleGranger)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The rows of the ADF regression with `lags` differences over the last `rows` observations:
// Δe_s on e_{s−1}, Δe_{s−1} … Δe_{s−lags}, for s = n − rows … n − 1; the first `columns` of
// them (the level, then the differences in order).
OlsFit adfFit(std::span<const double> e, std::size_t rows, std::size_t columns)
{
    const std::size_t n = e.size();
    std::vector<double> x(rows * columns), y(rows);
    for (std::size_t r = 0; r < rows; ++r) {
        const std::size_t s = n - rows + r;
        y[r] = e[s] - e[s - 1];
        x[r * columns] = e[s - 1];
        for (std::size_t i = 1; i < columns; ++i)
            x[r * columns + i] = e[s - i] - e[s - i - 1];
    }
    return ols(x, columns, y);
}

} // namespace

AdfResult adfWithoutConstant(std::span<const double> e, int maxLag)
{
    AdfResult out;
    const std::size_t n = e.size();
    if (n < 4)
        return out;
    if (maxLag < 0)
        maxLag = int(std::ceil(12.0 * std::pow(double(n) / 100.0, 0.25)));
    maxLag = std::min(maxLag, int(n / 2) - 1);
    if (maxLag < 0)
        return out;
    // Every order on the common sample of the largest: n − 1 − p_max rows.
    const std::size_t common = n - 1 - std::size_t(maxLag);
    int best = -1;
    double bestAic = std::numeric_limits<double>::infinity();
    for (int p = 0; p <= maxLag; ++p) {
        const OlsFit fit = adfFit(e, common, std::size_t(p) + 1);
        if (fit.ok && fit.aic() < bestAic) { // ties keep the smaller order
            bestAic = fit.aic();
            best = p;
        }
    }
    if (best < 0)
        return out;
    // The chosen order on every observation it can use: n − 1 − p rows.
    const std::size_t rows = n - 1 - std::size_t(best);
    const OlsFit fit = adfFit(e, rows, std::size_t(best) + 1);
    if (!fit.ok || !(fit.stdErr[0] > 0))
        return out;
    out.ok = true;
    out.gamma = fit.beta[0];
    out.tstat = fit.beta[0] / fit.stdErr[0];
    out.lags = best;
    out.observations = rows;
    return out;
}

Result<EngleGrangerResult> engleGranger(std::span<const double> y, std::span<const double> x, int maxLag)
{
    if (y.size() != x.size())
        return Error::invalidArgument(Text::tr("the two series have %1 and %2 values").arg(y.size()).arg(x.size()));
    const std::size_t n = y.size();
    if (n < 20)
        return Error::invalidInput(Text::tr("not enough data: %1 common days, at least 20 needed").arg(n));
    std::vector<double> design(2 * n);
    for (std::size_t i = 0; i < n; ++i) {
        design[2 * i] = 1;
        design[2 * i + 1] = x[i];
    }
    const OlsFit fit = ols(design, 2, y);
    if (!fit.ok)
        return Error::invalidInput(Text::tr("the hedge series does not vary: no regression"));
    EngleGrangerResult out;
    out.n = n;
    out.intercept = fit.beta[0];
    out.hedgeRatio = fit.beta[1];
    out.residuals.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        out.residuals[i] = y[i] - out.intercept - out.hedgeRatio * x[i];
    const AdfResult adf = adfWithoutConstant(out.residuals, maxLag);
    if (!adf.ok)
        return Error::invalidInput(Text::tr("the residuals' ADF regression cannot be fitted (a perfect fit?)"));
    out.tstat = adf.tstat;
    out.adfLags = adf.lags;
    out.pvalue = mackinnonPValue(adf.tstat, 2);
    const double t = double(n - 1);
    out.critical1 = mackinnonCriticalValue(0.01, 2, t);
    out.critical5 = mackinnonCriticalValue(0.05, 2, t);
    out.critical10 = mackinnonCriticalValue(0.10, 2, t);
    return out;
}

double halfLife(std::span<const double> spread)
{
    const std::size_t n = spread.size();
    if (n < 3)
        return kNaN;
    std::vector<double> x(2 * (n - 1)), y(n - 1);
    for (std::size_t t = 1; t < n; ++t) {
        x[2 * (t - 1)] = 1;
        x[2 * (t - 1) + 1] = spread[t - 1];
        y[t - 1] = spread[t] - spread[t - 1];
    }
    const OlsFit fit = ols(x, 2, y);
    if (!fit.ok)
        return kNaN;
    const double b = fit.beta[1];
    if (!(b < 0) || !(b > -1))
        return kNaN;
    return -std::numbers::ln2 / std::log1p(b);
}

} // namespace rutile::relval
