#pragma once

#include "ChartTheme.h"
#include "data/BarSeries.h"
#include "storage/Workspace.h"

#include <qcustomplot.h>

#include <memory>

namespace rutile::ui {

class DateAxisTicker;

/// The central chart: daily candlesticks over a volume pane.
///
/// The x coordinate of both panes is the bar index, so weekends and holidays leave no gaps;
/// DateAxisTicker turns indices back into dates. The panes share the x range; the mouse
/// wheel zooms x around the cursor and dragging pans x, and each pane's y range follows
/// the bars in view. Volume bars take the candle's direction colour.
class PriceChart : public QCustomPlot {
    Q_OBJECT
public:
    explicit PriceChart(QWidget *parent = nullptr);
    ~PriceChart() override;

    /// Shows `series`; `info` gives the title and whether the data is synthetic. The view
    /// opens on the last kDefaultVisibleBars bars.
    void setSeries(BarSeries series, const SymbolInfo &info);
    /// Removes the bars and shows a hint instead.
    void clearSeries();

    const BarSeries &series() const { return m_series; }
    bool isSynthetic() const { return m_info.synthetic; }
    const ChartTheme &theme() const { return m_theme; }

    /// Visible x range in bar indices.
    QCPRange visibleRange() const;
    void setVisibleRange(const QCPRange &range);
    /// Shows every bar, or the last `bars` bars.
    void showAll();
    void showLast(int bars);

    QCPAxisRect *priceRect() const { return m_priceRect; }
    QCPAxisRect *volumeRect() const { return m_volumeRect; }
    QCPAxis *priceAxis() const;
    QCPAxis *volumeAxis() const;
    QCPAxis *timeAxis() const;
    QCPFinancial *candles() const { return m_candles; }
    DateAxisTicker *dateTicker() const { return m_dateTicker.data(); }
    QCPItemText *syntheticBanner() const { return m_banner; }

    static constexpr int kDefaultVisibleBars = 250;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void onTimeRangeChanged(const QCPRange &range);
    QCPRange clamped(const QCPRange &range) const;
    void fitValueAxes();
    void updateTickCount();
    void applyTheme();

    ChartTheme m_theme = ChartTheme::light();
    BarSeries m_series;
    SymbolInfo m_info;

    QCPAxisRect *m_priceRect = nullptr;
    QCPAxisRect *m_volumeRect = nullptr;
    QCPFinancial *m_candles = nullptr;
    QCPBars *m_upVolume = nullptr;
    QCPBars *m_downVolume = nullptr;
    QCPItemText *m_title = nullptr;
    QCPItemText *m_subtitle = nullptr;
    QCPItemText *m_banner = nullptr;
    QCPItemText *m_emptyHint = nullptr;
    QSharedPointer<DateAxisTicker> m_dateTicker;
    bool m_adjusting = false;
};

} // namespace rutile::ui
