#pragma once

#include <QColor>
#include <QFont>

namespace rutile::ui {

/// Colours and fonts of the price chart, in one place so that candles, volume bars and
/// later overlays agree. Up means close ≥ open, as QCPFinancial decides it.
struct ChartTheme {
    QColor background;
    QColor axisText;
    QColor axisLine;
    QColor grid;
    QColor up; ///< candle body and outline when close ≥ open
    QColor down; ///< candle body and outline when close < open
    int volumeAlpha = 150; ///< volume bars use up/down with this alpha (0-255)
    QColor titleText;
    QColor bannerText; ///< the "SYNTHETIC DATA" banner
    QColor bannerBackground;
    QColor emptyText;

    QColor upVolume() const;
    QColor downVolume() const;

    /// The default light theme.
    static ChartTheme light();
};

} // namespace rutile::ui
