#include "relval/PairAnalysis.h"

#include "relval/KalmanHedge.h"
#include "strategy/PairsSpread.h"

#include <QCoreApplication>

#include <cmath>

namespace rutile::relval {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::relval::PairAnalysis)
};

} // namespace

Result<PairAnalysis> analysePair(const BarSeries &ySeries, const BarSeries &xSeries, QDate from, QDate to,
                                 const PairSettings &settings, const TaskControl &control)
{
    PairAnalysis out;
    out.y = ySeries.symbol;
    out.x = xSeries.symbol;
    out.settings = settings;
    const BarSeries y = ySeries.between(from, to), x = xSeries.between(from, to);
    // The common dates, both series ascending.
    for (std::size_t i = 0, j = 0; i < y.size() && j < x.size();) {
        if (y.day[i] < x.day[j]) {
            ++i;
        } else if (x.day[j] < y.day[i]) {
            ++j;
        } else {
            if (!(y.close[i] > 0) || !(x.close[j] > 0))
                return Error::invalidInput(Text::tr("%1 or %2 has a close that is not positive on %3: no log price")
                                               .arg(out.y, out.x, toDate(y.day[i]).toString(Qt::ISODate)));
            out.days.push_back(y.day[i]);
            out.logY.push_back(std::log(y.close[i]));
            out.logX.push_back(std::log(x.close[j]));
            ++i;
            ++j;
        }
    }
    const std::size_t n = out.days.size();
    if (n < 20)
        return Error::invalidInput(Text::tr("not enough data: %1 and %2 have %3 common days in the range, at least 20 "
                                            "needed")
                                       .arg(out.y, out.x)
                                       .arg(n));
    auto test = engleGranger(out.logY, out.logX);
    if (!test)
        return test.error();
    out.test = std::move(*test);
    out.halfLifeDays = halfLife(out.test.residuals);

    out.rollingBeta.assign(n, std::nan(""));
    out.zscore.assign(n, std::nan(""));
    if (n >= std::size_t(settings.zWindow)) {
        if (Status s = strategy::pairsSpread(out.logY, out.logX, settings.zWindow, out.rollingBeta, out.zscore); !s)
            return s.error();
    }
    out.kalmanBeta.resize(n);
    out.kalmanAlpha.resize(n);
    kalmanHedge(out.logY, out.logX, settings.kalman, out.kalmanBeta, out.kalmanAlpha);

    // The rolling test, ends every test_step days from the first full window to the last day.
    const std::size_t w = std::size_t(settings.testWindow);
    if (n >= w) {
        const std::size_t first = w - 1;
        const std::size_t count = (n - 1 - first) / std::size_t(settings.testStep) + 1;
        for (std::size_t k = 0; k < count; ++k) {
            if (control.cancelled())
                return Error::cancelled();
            control.report(double(k) / double(count));
            // The last window always ends on the last day: the step counts back from it.
            const std::size_t end = n - 1 - (count - 1 - k) * std::size_t(settings.testStep);
            const std::size_t start = end + 1 - w;
            const auto window = engleGranger(std::span(out.logY).subspan(start, w), std::span(out.logX).subspan(start, w));
            if (!window)
                continue; // a flat window: no test there
            out.rolling.push_back({out.days[end], window->tstat, window->pvalue, window->hedgeRatio,
                                   halfLife(window->residuals)});
        }
    }
    control.report(1);
    return out;
}

} // namespace rutile::relval
