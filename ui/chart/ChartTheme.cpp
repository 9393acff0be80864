#include "ChartTheme.h"

namespace rutile::ui {

namespace {
QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

/// Mid-saturation colours that keep a contrast ratio of at least 3:1 against both white and
/// the dark background, and stay apart from the up/down colours.
std::vector<QColor> sharedPalette()
{
    return {QColor(0x2f, 0x6f, 0xde), // blue
        QColor(0xf0, 0x8c, 0x00), // orange
        QColor(0x9b, 0x59, 0xb6), // purple
        QColor(0xd8, 0x1b, 0x60), // magenta
        QColor(0x00, 0x97, 0xa7), // cyan
        QColor(0x8d, 0x6e, 0x63), // brown
        QColor(0x7c, 0xb3, 0x42), // olive
        QColor(0x6d, 0x7b, 0x8d)}; // slate
}
} // namespace

QColor ChartTheme::upVolume() const
{
    return withAlpha(up, volumeAlpha);
}

QColor ChartTheme::downVolume() const
{
    return withAlpha(down, volumeAlpha);
}

QColor ChartTheme::paletteColor(std::size_t i) const
{
    return palette.empty() ? priceLine : palette[i % palette.size()];
}

ChartTheme ChartTheme::light()
{
    ChartTheme t;
    t.name = QStringLiteral("light");
    t.background = QColor(0xff, 0xff, 0xff);
    t.axisText = QColor(0x40, 0x44, 0x4c);
    t.axisLine = QColor(0xb0, 0xb4, 0xbc);
    t.grid = QColor(0xec, 0xee, 0xf1);
    t.separator = QColor(0xb0, 0xb4, 0xbc);
    t.up = QColor(0x1e, 0x9e, 0x8a); // teal green
    t.down = QColor(0xe0, 0x4b, 0x4b); // red
    t.volumeAlpha = 150;
    t.priceLine = QColor(0x2f, 0x6f, 0xde);
    t.titleText = QColor(0x20, 0x24, 0x2c);
    t.legendText = QColor(0x30, 0x34, 0x3c);
    t.legendBackground = QColor(0xff, 0xff, 0xff, 200);
    t.guide = QColor(0x9a, 0x9e, 0xa6);
    t.crosshair = QColor(0x60, 0x64, 0x6c);
    t.crosshairLabelBackground = QColor(0x30, 0x34, 0x3c);
    t.crosshairLabelText = QColor(0xff, 0xff, 0xff);
    t.bannerText = QColor(0xff, 0xff, 0xff);
    t.bannerBackground = QColor(0xd9, 0x77, 0x06); // amber: a warning, not an error
    t.emptyText = QColor(0x80, 0x84, 0x8c);
    t.bandAlpha = 30;
    t.palette = sharedPalette();
    return t;
}

ChartTheme ChartTheme::dark()
{
    ChartTheme t;
    t.name = QStringLiteral("dark");
    t.background = QColor(0x15, 0x19, 0x22);
    t.axisText = QColor(0xb4, 0xb8, 0xc2);
    t.axisLine = QColor(0x4a, 0x50, 0x5c);
    t.grid = QColor(0x23, 0x28, 0x33);
    t.separator = QColor(0x4a, 0x50, 0x5c);
    t.up = QColor(0x26, 0xa6, 0x9a);
    t.down = QColor(0xef, 0x53, 0x50);
    t.volumeAlpha = 130;
    t.priceLine = QColor(0x5b, 0x9c, 0xff);
    t.titleText = QColor(0xe8, 0xea, 0xee);
    t.legendText = QColor(0xd0, 0xd4, 0xdc);
    t.legendBackground = QColor(0x15, 0x19, 0x22, 200);
    t.guide = QColor(0x6a, 0x70, 0x7c);
    t.crosshair = QColor(0x9a, 0xa0, 0xac);
    t.crosshairLabelBackground = QColor(0x4a, 0x50, 0x5c);
    t.crosshairLabelText = QColor(0xff, 0xff, 0xff);
    t.bannerText = QColor(0x15, 0x19, 0x22);
    t.bannerBackground = QColor(0xf5, 0x9e, 0x0b);
    t.emptyText = QColor(0x80, 0x86, 0x92);
    t.bandAlpha = 40;
    t.palette = sharedPalette();
    // Brighter blue and slate on the dark background.
    t.palette[0] = QColor(0x5b, 0x9c, 0xff);
    t.palette[7] = QColor(0xa0, 0xaa, 0xb8);
    return t;
}

std::optional<ChartTheme> ChartTheme::byName(QStringView name)
{
    if (name.compare(u"light", Qt::CaseInsensitive) == 0)
        return light();
    if (name.compare(u"dark", Qt::CaseInsensitive) == 0)
        return dark();
    return std::nullopt;
}

} // namespace rutile::ui
