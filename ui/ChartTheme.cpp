#include "ChartTheme.h"

namespace rutile::ui {

namespace {
QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
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

ChartTheme ChartTheme::light()
{
    ChartTheme t;
    t.background = QColor(0xff, 0xff, 0xff);
    t.axisText = QColor(0x40, 0x44, 0x4c);
    t.axisLine = QColor(0xb0, 0xb4, 0xbc);
    t.grid = QColor(0xe6, 0xe8, 0xec);
    t.up = QColor(0x1e, 0x9e, 0x8a); // teal green
    t.down = QColor(0xe0, 0x4b, 0x4b); // red
    t.volumeAlpha = 150;
    t.titleText = QColor(0x20, 0x24, 0x2c);
    t.bannerText = QColor(0xff, 0xff, 0xff);
    t.bannerBackground = QColor(0xd9, 0x77, 0x06); // amber: a warning, not an error
    t.emptyText = QColor(0x80, 0x84, 0x8c);
    return t;
}

} // namespace rutile::ui
