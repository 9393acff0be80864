#include "ValueAxisTicker.h"

#include "VolumeAxisTicker.h"

#include <algorithm>
#include <cmath>

namespace rutile::ui {

ValueAxisTicker::ValueAxisTicker()
{
    setTickCount(6);
    setTickStepStrategy(QCPAxisTicker::tssReadability);
}

QString ValueAxisTicker::format(double value, double step, const QLocale &locale)
{
    if (std::abs(value) >= 1e6 && step >= 1e4)
        return VolumeAxisTicker::formatVolume(value, locale);
    // The fewest decimals that write the step exactly (0.25 needs 2, 50 needs none).
    int decimals = 0;
    if (step > 0 && std::isfinite(step)) {
        while (decimals < 8) {
            const double scaled = step * std::pow(10.0, decimals);
            if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
                break;
            ++decimals;
        }
    }
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        value = 0; // no "-0"
    return locale.toString(value, 'f', decimals);
}

QVector<double> ValueAxisTicker::createTickVector(double tickStep, const QCPRange &range)
{
    m_step = tickStep;
    if (!m_log || range.lower <= 0 || range.upper / range.lower < 10)
        return trimmed(QCPAxisTicker::createTickVector(tickStep, range));

    // Mantissa sets from dense to sparse; the densest that fits tickCount() wins.
    static const std::vector<std::vector<double>> sets = {
        {1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9},
        {1, 1.5, 2, 3, 4, 5, 6, 8},
        {1, 2, 3, 5},
        {1, 2, 5},
        {1, 3},
        {1},
    };
    const int lowDecade = static_cast<int>(std::floor(std::log10(range.lower)));
    const int highDecade = static_cast<int>(std::ceil(std::log10(range.upper)));
    QVector<double> ticks;
    for (const std::vector<double> &set : sets) {
        ticks.clear();
        for (int decade = lowDecade; decade <= highDecade; ++decade) {
            const double base = std::pow(10.0, decade);
            for (double m : set) {
                const double t = m * base;
                if (t >= range.lower && t <= range.upper)
                    ticks.append(t);
            }
        }
        if (ticks.size() <= tickCount() + 1)
            break;
    }
    if (ticks.size() >= 2) {
        m_step = ticks[1] - ticks[0];
        // Decimals must suit the smallest tick, not the first gap.
        m_step = std::min(m_step, std::pow(10.0, std::floor(std::log10(ticks[0]))));
    }
    if (ticks.size() < 2) // less than one tick per decade: fall back to linear steps
        return trimmed(QCPAxisTicker::createTickVector(tickStep, range));
    return trimmed(ticks);
}

QVector<double> ValueAxisTicker::trimmed(QVector<double> ticks) const
{
    if (!m_axis || !m_axis->axisRect())
        return ticks;
    const QRect r = m_axis->axisRect()->rect();
    const double room = QFontMetrics(m_axis->tickLabelFont()).height() / 2.0 + 1;
    QVector<double> kept;
    for (double t : ticks) {
        const double y = m_axis->coordToPixel(t);
        if (y >= r.top() + room && y <= r.bottom() - room)
            kept.append(t);
    }
    return kept;
}

QString ValueAxisTicker::getTickLabel(double tick, const QLocale &locale, QChar, int)
{
    return format(tick, m_step, locale);
}

} // namespace rutile::ui
