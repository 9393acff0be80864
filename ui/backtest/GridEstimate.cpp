#include "backtest/GridEstimate.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rutile::ui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ui::GridEstimate)
};
} // namespace

double estimatedSeconds(std::size_t points, double msPerBacktest, int threads)
{
    const double lanes = double(std::max<std::size_t>(1, std::min(points, std::size_t(std::max(1, threads)))));
    return double(points) * msPerBacktest / lanes / 1000.0;
}

QString durationText(double seconds)
{
    const QLocale locale;
    if (seconds < 1)
        return Text::tr("under a second");
    if (seconds < 90)
        return Text::tr("about %1 s").arg(locale.toString(std::lround(seconds)));
    const long minutes = std::lround(seconds / 60);
    if (minutes < 90)
        return Text::tr("about %1 min").arg(locale.toString(minutes));
    return Text::tr("about %1 h %2 min").arg(locale.toString(minutes / 60), locale.toString(minutes % 60));
}

} // namespace rutile::ui
