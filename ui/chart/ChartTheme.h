#pragma once

#include <QColor>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace rutile::ui {

/// Colours of the chart, in one place so that candles, volume bars, indicators, the
/// crosshair and the legends agree. Up means close ≥ open, as QCPFinancial decides it.
///
/// Indicator pens are stored in the chart layout as absolute colours; the palette only gives
/// the defaults of newly added indicators, chosen to read on both the light and the dark
/// background.
struct ChartTheme {
    QString name; ///< "light" or "dark"
    QColor background;
    QColor axisText;
    QColor axisLine;
    QColor grid;
    QColor separator; ///< line between panes
    QColor up; ///< candle body and outline when close ≥ open
    QColor down; ///< candle body and outline when close < open
    int volumeAlpha = 150; ///< volume bars use up/down with this alpha (0-255)
    QColor priceLine; ///< the close line of the line style
    QColor titleText;
    QColor legendText;
    QColor legendBackground; ///< behind the legend rows, translucent
    QColor guide; ///< RSI 30/70 and other guide levels
    QColor crosshair;
    QColor crosshairLabelBackground;
    QColor crosshairLabelText;
    QColor bannerText; ///< the "SYNTHETIC DATA" banner
    QColor bannerBackground;
    QColor emptyText;
    int bandAlpha = 34; ///< Bollinger band fill: the upper line's colour at this alpha
    std::vector<QColor> palette; ///< default indicator colours, in order of use

    QColor upVolume() const;
    QColor downVolume() const;
    /// palette[i % palette.size()].
    QColor paletteColor(std::size_t i) const;

    static ChartTheme light();
    static ChartTheme dark();
    /// "light" or "dark" (case-insensitive).
    static std::optional<ChartTheme> byName(QStringView name);
};

} // namespace rutile::ui
