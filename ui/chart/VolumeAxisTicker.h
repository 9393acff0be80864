#pragma once

#include "ValueAxisTicker.h"

namespace rutile::ui {

/// Volume axis labels with a magnitude suffix (850K, 1.5M, 2.3B) so that index volumes in
/// the billions stay narrow and readable.
class VolumeAxisTicker : public ValueAxisTicker {
public:
    VolumeAxisTicker();

    /// "0", "850K", "1.5M", "2.3B", "1.2T" (locale decimal point).
    static QString formatVolume(double value, const QLocale &locale);

protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;
};

} // namespace rutile::ui
