#include "VolumeAxisTicker.h"

#include <QCoreApplication>

#include <cmath>

namespace rutile::ui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ui::VolumeAxisTicker)
};
} // namespace

VolumeAxisTicker::VolumeAxisTicker()
{
    setTickCount(3);
}

QString VolumeAxisTicker::formatVolume(double value, const QLocale &locale)
{
    struct Unit {
        double scale;
        const char *suffix;
    };
    // The suffixes are abbreviations of thousand, million, billion, trillion.
    static const Unit units[] = {{1e12, QT_TRANSLATE_NOOP("rutile::ui::VolumeAxisTicker", "T")},
        {1e9, QT_TRANSLATE_NOOP("rutile::ui::VolumeAxisTicker", "B")},
        {1e6, QT_TRANSLATE_NOOP("rutile::ui::VolumeAxisTicker", "M")},
        {1e3, QT_TRANSLATE_NOOP("rutile::ui::VolumeAxisTicker", "K")}};
    const double magnitude = std::abs(value);
    for (const Unit &u : units) {
        if (magnitude >= u.scale)
            return locale.toString(value / u.scale, 'g', 3) + Text::tr(u.suffix);
    }
    return locale.toString(value, 'g', 3);
}

QString VolumeAxisTicker::getTickLabel(double tick, const QLocale &locale, QChar, int)
{
    return formatVolume(tick, locale);
}

} // namespace rutile::ui
