#pragma once

#include "ChartAnnotations.h"
#include "ChartTheme.h"
#include "chart/Aggregation.h"
#include "chart/ChartDocument.h"
#include "chart/ChartLayout.h"
#include "chart/RangeExtrema.h"
#include "data/BarSeries.h"
#include "data/Timeframe.h"
#include "indicators/IndicatorRegistry.h"
#include "storage/Workspace.h"

#include <QPointer>

#include <qcustomplot.h>

#include <memory>
#include <optional>
#include <vector>

namespace rutile::ui {

class BandFillItem;
class ChartCrosshair;
class DateAxisTicker;
class DrawingLayer;
class LastValueTag;
class PaneLegend;
class TradeMarkerItem;
class ValueAxisTicker;
namespace chart_detail {
struct IndicatorPlots;
}

/// One horizontal pane of the chart: an axis rect with its value axis on the right and the
/// shared bar-index axis at the bottom.
struct ChartPane {
    enum class Kind { Price, Volume, Indicator, Ratio, Correlation };

    Kind kind = Kind::Price;
    int indicator = -1; ///< Indicator panes: index into the chart's indicators
    QCPAxisRect *rect = nullptr;
    PaneLegend *legend = nullptr;
    QSharedPointer<ValueAxisTicker> ticker;
    std::vector<QCPAbstractItem *> guides; ///< horizontal guide lines (RSI 30/70)
    LastValueTag *lastTag = nullptr; ///< price and indicator panes: the last value on the axis
    /// Whether its value range was fitted to data: a locked pane keeps that range, but a new
    /// pane (the panes of another symbol, an indicator added) is fitted once first.
    bool valueRangeSet = false;

    QCPAxis *valueAxis() const { return rect->axis(QCPAxis::atRight); }
    QCPAxis *keyAxis() const { return rect->axis(QCPAxis::atBottom); }
};

/// The chart workspace's drawing surface: a price pane (candlesticks, OHLC bars, a close
/// line or Heikin-Ashi candles, with overlays), a volume pane, one pane per oscillator,
/// and in compare mode other symbols rebased to 100 with ratio and correlation panes.
///
/// The x coordinate of every pane is the bar index, so weekends and holidays leave no gaps;
/// DateAxisTicker turns indices back into dates. All panes share the x range: the mouse
/// wheel zooms around the cursor, dragging pans, the keyboard zooms (+ −), pans (← →) and
/// jumps (Home End), a double-click shows everything. Each pane's y range follows the bars
/// in view unless locked. The crosshair spans every pane and the legends read out the bar
/// under it.
///
/// Size: the chart keeps the full series in core structures (chart::BarIndex, one
/// chart::RangeExtrema per line) and hands QCustomPlot only what is in view. When more bars
/// than pixel columns are visible it hands over one aggregated bar per column
/// (chart::aggregateBars, chart::aggregateLine), so a replot costs the same for ten
/// thousand bars and for a million.
///
/// Widgets hold no algorithm: indicators come from the IndicatorRegistry, aggregation,
/// Heikin-Ashi, rebasing, ratio and correlation from core/chart.
class PriceChart : public QCustomPlot {
    Q_OBJECT
public:
    explicit PriceChart(QWidget *parent = nullptr);
    ~PriceChart() override;

    // ---- data --------------------------------------------------------------------------------

    /// Shows `series`; `info` gives the title and whether the data is synthetic. Indicators,
    /// style and panes stay; compare mode is left (its series belong to the old symbol).
    /// The view opens on the layout's range (a year by default).
    void setSeries(BarSeries series, const SymbolInfo &info);
    /// Removes the bars and shows a hint instead.
    void clearSeries();

    /// The bars on the chart's timeframe (the daily series resampled), which indicators,
    /// the readout and bar indices refer to.
    const BarSeries &series() const { return m_doc.bars(); }
    /// The series as setSeries received it.
    const BarSeries &dailySeries() const { return m_doc.daily(); }
    /// The bars as drawn: the series, or its Heikin-Ashi transform.
    const BarSeries &displayedBars() const;
    const SymbolInfo &symbolInfo() const { return m_info; }
    bool isSynthetic() const { return m_info.synthetic; }

    // ---- appearance --------------------------------------------------------------------------

    const ChartTheme &theme() const { return m_theme; }
    void setTheme(const ChartTheme &theme);
    chart::ChartStyle chartStyle() const { return m_doc.style(); }
    void setChartStyle(chart::ChartStyle style);
    /// Daily, weekly or monthly bars; indicators and compare mode follow. The view keeps its
    /// dates (or its range preset).
    Timeframe timeframe() const { return m_doc.timeframe(); }
    void setTimeframe(Timeframe timeframe);
    bool logScale() const { return m_doc.logScale(); }
    void setLogScale(bool logarithmic);
    /// Locked y axes keep their range (and can be dragged vertically) instead of fitting the
    /// visible bars.
    bool yLocked() const { return m_doc.lockY(); }
    void setYLocked(bool locked);
    /// The layout's choice; the pane also needs a series with volume (hasVolume).
    bool volumeVisible() const { return m_doc.showVolume(); }
    /// False for a series whose volumes are all zero (an index such as VIX): no volume pane.
    bool hasVolume() const { return m_doc.hasVolume(); }
    void setVolumeVisible(bool visible);

    // ---- indicators --------------------------------------------------------------------------

    /// A new indicator of `descriptor` with default parameters and the next palette colours.
    chart::ChartIndicator defaultIndicator(const indicators::IndicatorDescriptor &descriptor) const;
    /// Computes and adds an indicator (overlay or its own pane, as the registry says);
    /// returns its index, or the error of a bad parameter or too short a series.
    Result<int> addIndicator(const chart::ChartIndicator &indicator);
    /// Replaces indicator `index` (new parameters or pens).
    Status setIndicator(int index, const chart::ChartIndicator &indicator);
    void removeIndicator(int index);
    int indicatorCount() const { return m_doc.indicatorCount(); }
    const chart::ChartIndicator &indicator(int index) const;
    /// The computed values (empty columns while no series is shown).
    const indicators::IndicatorResult &indicatorResult(int index) const;
    /// "SMA(20)", "MACD(12,26,9)": the legend title of indicator `index`.
    QString indicatorTitle(int index) const;

    // ---- compare mode ------------------------------------------------------------------------

    /// Enters compare mode: `others` (closes on their own days, one per settings.symbols, in
    /// that order) are aligned to this series' days and drawn rebased to 100 at the first
    /// visible bar; the ratio and correlation panes show the first of them against this
    /// symbol. An empty settings.symbols leaves compare mode.
    Status setCompare(const chart::CompareSettings &settings, std::vector<BarSeries> others);
    void clearCompare();
    bool compareMode() const { return m_doc.compareMode(); }
    const chart::CompareSettings &compareSettings() const { return m_doc.compare().settings; }
    /// The rebasing factor of the primary series (100 / close at the first visible bar);
    /// 1 outside compare mode.
    double primaryScale() const { return m_primaryScale; }

    // ---- panes -------------------------------------------------------------------------------

    int paneCount() const { return static_cast<int>(m_panes.size()); }
    const ChartPane &pane(int index) const { return *m_panes[std::size_t(index)]; }
    /// The pane under `pos` (widget pixels), or -1.
    int paneAt(const QPoint &pos) const;
    /// Removes a pane: an indicator pane removes its indicator, the volume pane hides volume,
    /// the ratio and correlation panes switch off. The price pane cannot be removed.
    void removePane(int index);
    /// Relative height of pane `index` (its layout stretch factor).
    double paneHeight(int index) const;
    void setPaneHeight(int index, double height);

    QCPAxisRect *priceRect() const;
    /// The volume pane's axis rect, or nullptr when volume is hidden.
    QCPAxisRect *volumeRect() const;
    QCPAxis *priceAxis() const;
    QCPAxis *volumeAxis() const;
    /// The price pane's bar-index axis (every pane's key axis has the same range).
    QCPAxis *timeAxis() const;
    /// The bottom pane's key axis: the one with the date labels.
    QCPAxis *dateAxis() const;
    QCPFinancial *candles() const { return m_candles; }
    QCPGraph *closeLine() const { return m_closeLine; }

    /// Shows the session's forming daily bar on top of the history (View > Live Updates): the
    /// document merges it into its period's bar and streams the indicators onto it; the bar is
    /// drawn with a dashed frame. Kept while the timeframe or the indicators change; a new
    /// series ends it. Errors (an older day, a bad bar) change nothing.
    Status setLiveBar(const Bar &formingDaily);
    void clearLiveBar();
    /// The dashed frame around the live bar; null without one.
    QCPItemRect *liveMarker() const { return m_liveMarker.data(); }
    DateAxisTicker *dateTicker() const { return m_dateTicker.data(); }
    QCPItemText *syntheticBanner() const { return m_banner; }
    /// The plottables drawing indicator `index`, one per output (QCPGraph or, for a MACD
    /// histogram, QCPBars).
    std::vector<QCPAbstractPlottable *> indicatorPlottables(int index) const;
    /// The shaded band of indicator `index` (Bollinger Bands), or nullptr.
    BandFillItem *indicatorBand(int index) const;

    // ---- visible range -----------------------------------------------------------------------

    /// Visible x range in bar indices.
    QCPRange visibleRange() const;
    void setVisibleRange(const QCPRange &range);
    /// Bars [first, last) whose centres are in view.
    std::pair<std::size_t, std::size_t> visibleBars() const;
    /// Shows every bar, or the last `bars` bars.
    void showAll();
    void showLast(int bars);
    void showPreset(chart::RangePreset preset);
    /// The preset last applied, until the range is changed otherwise.
    std::optional<chart::RangePreset> activePreset() const { return m_activePreset; }
    /// Shows the dates [from, to] (a null date leaves that side at the data's end).
    void showDates(QDate from, QDate to);
    /// Centres the view on the bar of `date` (the next bar when it is not a trading day),
    /// keeping the zoom, and puts the crosshair on it. False when the date is after the data.
    bool jumpToDate(QDate date);
    /// Zooms by `factor` (< 1 zooms in) keeping bar-index `center` in place.
    void zoomBy(double factor, double center);
    /// Pans by `bars` (positive: later).
    void panBy(double bars);
    /// Buckets of the last refresh: 1 when every bar is drawn, k when k bars share a column.
    int barsPerColumn() const { return m_bucket; }

    static constexpr int kDefaultVisibleBars = 250;
    static constexpr double kMinVisibleBars = 10;

    // ---- crosshair and readout ---------------------------------------------------------------

    /// Puts the crosshair on bar `bar` (nullopt hides it); the legends then read out that bar,
    /// otherwise the last bar in view.
    void setCrosshairBar(std::optional<std::size_t> bar);
    std::optional<std::size_t> crosshairBar() const { return m_crosshairBar; }
    /// The bar the legends read out: the crosshair's, or the last visible one.
    std::optional<std::size_t> readoutBar() const;
    /// Plain text of the legend rows of pane `index` ("RUT  2024-03-05  O 2,050.10 …"), one
    /// row per line: what a trader reads, for tests and accessibility.
    QString legendText(int paneIndex) const;
    /// legendText of every pane.
    QString readoutText() const;

    // ---- annotations (the backtest view) -----------------------------------------------------

    void setTradeMarkers(std::vector<TradeMarker> markers);
    void addTradeMarker(const TradeMarker &marker);
    const std::vector<TradeMarker> &tradeMarkers() const { return m_markers; }
    /// The marker under `pos` (widget pixels), or -1.
    int tradeMarkerAt(const QPoint &pos) const;
    /// Its tooltip text (the default text when the marker has none).
    QString tradeMarkerToolTip(int index) const;
    void addLevel(const PriceLevel &level);
    void addShadedPeriod(const ShadedPeriod &period);
    const std::vector<PriceLevel> &levels() const { return m_levels; }
    const std::vector<ShadedPeriod> &shadedPeriods() const { return m_periods; }
    /// Removes markers, levels and shaded periods.
    void clearAnnotations();

    // ---- the document --------------------------------------------------------------------------

    /// What the chart draws, as data (core/chart/ChartDocument).
    const chart::ChartDocument &document() const { return m_doc; }

    // ---- drawings ----------------------------------------------------------------------------

    /// The drawings on the price pane, their tools and their mouse work.
    DrawingLayer *drawingLayer() const { return m_drawings; }

    // ---- layout and export -------------------------------------------------------------------

    /// Everything the workspace saves for this symbol: style, timeframe, panes and heights,
    /// indicators with parameters and pens, the range (preset or dates), compare settings and
    /// drawings.
    chart::ChartLayout layout() const;
    /// Applies style, panes, indicators and range (compare mode needs the other series:
    /// call setCompare with layout.compare). An indicator that cannot be computed on this
    /// series (too few bars) is kept, drawn once there is enough data, and reported in the
    /// returned error; the rest is applied.
    Status applyLayout(const chart::ChartLayout &layout);

    /// The chart drawn at `size` logical pixels times `scale` (the export's size and scale
    /// factor), laid out and aggregated for that size, with `title` in a row above the panes
    /// when it is not empty; the widget itself is not changed.
    QImage renderImage(QSize size, double scale = 1.0, const QString &title = {});
    /// "RUT  ·  Russell 2000  ·  Daily  ·  2024-01-02 to 2024-12-31": what a picture of the
    /// chart shows, as its title (empty without a series).
    QString exportTitle() const;
    /// Date and one column per indicator output of the visible bars, with the column names
    /// of `rutile-cli indicators` (core/report/IndicatorCsvWriter).
    Status writeVisibleCsv(const QString &path) const;

    /// Hides the interactive glyphs (remove buttons) for a picture; renderImage does it.
    void setInteractiveGlyphsVisible(bool visible);

    /// Emits layoutChanged: after applyLayout, which does not, when the change is to be saved
    /// as a user's edit (undo and redo).
    void notifyLayoutChanged() { markLayoutChanged(); }

signals:
    /// Something the layout saves changed by the user (style, indicators, panes, range…).
    void layoutChanged();
    /// The visible x range changed (bar indices).
    void visibleRangeChanged(const QCPRange &range);
    /// The crosshair moved to another bar (nullopt: it left the chart).
    void crosshairMoved();
    /// The user asked to edit indicator `index` (clicked its legend title).
    void indicatorEditRequested(int index);
    /// The user asked to add an indicator (context menu).
    void addIndicatorRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    using IndicatorPlots = chart_detail::IndicatorPlots;
    /// The plottables of compare mode (its data is the document's).
    struct CompareView {
        std::vector<QCPGraph *> lines;
        std::vector<double> scales; ///< rebasing factors of the last refresh
        QCPGraph *ratioLine = nullptr;
        QCPGraph *correlationLine = nullptr;
    };

    // structure (PriceChart.cpp)
    void rebuildPanes();
    ChartPane *addPane(ChartPane::Kind kind, int indicator);
    void createIndicatorPlottables(int index, ChartPane &pane);
    void applyTheme();
    void styleIndicator(int index);
    void rebuildAnnotations();
    void updateLevelPositions();
    void addGuide(ChartPane &pane, double level);
    QColor compareColor(std::size_t i) const;
    int valueAxisRoom() const;
    QPen linePen(const QColor &color, double width, Qt::PenStyle style = Qt::SolidLine) const;
    void updateStretchFactors();
    /// Shrinks the other panes so that the price pane has at least half of the height.
    void keepPriceShare();
    ChartPane *findPane(ChartPane::Kind kind) const;
    void markLayoutChanged();

    // data in view (PriceChartData.cpp)
    void onKeyRangeChanged(const QCPRange &range);
    void onAfterLayout();
    QCPRange clamped(const QCPRange &range) const;
    void setKeyRange(const QCPRange &range);
    void refreshVisibleData();
    void fitValueAxes();
    void fitPane(ChartPane &pane, double low, double high, bool includeZero = false);
    void updateTickCounts();
    void updateLegends();
    void updateLastValueTags();
    void updateCrosshairItem();
    std::size_t barOfKey(double key) const;

    // interaction (PriceChartInteraction.cpp)
    int separatorAt(const QPoint &pos) const;
    void updateCrosshairFromMouse(const QPoint &pos);
    void replotOverlay();

    ChartTheme m_theme = ChartTheme::light();
    /// What is drawn: series, timeframe, style, indicators, compare mode, drawings.
    chart::ChartDocument m_doc;
    SymbolInfo m_info;
    bool m_fitEvenWhenLocked = false; ///< a double-click fits locked axes once
    std::optional<chart::RangePreset> m_activePreset = chart::RangePreset::OneYear;

    /// One per document indicator, in its order: the plottables of the current panes.
    std::vector<IndicatorPlots> m_indicatorPlots;
    CompareView m_compareView;
    double m_primaryScale = 1.0;

    std::vector<std::unique_ptr<ChartPane>> m_panes;
    QCPFinancial *m_candles = nullptr;
    QCPGraph *m_closeLine = nullptr;
    QPointer<QCPItemRect> m_liveMarker; ///< remade on every refresh: panes may be rebuilt under it
    void updateLiveMarker();
    QCPBars *m_upVolume = nullptr;
    QCPBars *m_downVolume = nullptr;
    QCPItemText *m_banner = nullptr;
    QCPItemText *m_emptyHint = nullptr;
    QCPMarginGroup *m_marginGroup = nullptr;
    std::vector<QCPAbstractItem *> m_levelItems;
    std::vector<QCPAbstractItem *> m_periodItems;
    std::vector<int> m_markerIndex; ///< m_markers index of each drawn marker
    ChartCrosshair *m_crosshair = nullptr;
    DrawingLayer *m_drawings = nullptr; ///< child QObject; its items belong to the plot
    TradeMarkerItem *m_markerItem = nullptr;
    QSharedPointer<DateAxisTicker> m_dateTicker;
    QCPRange m_keyRange {0, 1};

    std::vector<TradeMarker> m_markers;
    std::vector<PriceLevel> m_levels;
    std::vector<ShadedPeriod> m_periods;

    int m_bucket = 1;
    double m_visibleMaxVolume = 0; ///< tallest volume bucket in view
    bool m_densePens = false; ///< lines are drawn 1 px wide (see linePen)
    QSize m_fittedSize; ///< price rect size at the last refresh (re-aggregate on change)
    bool m_adjusting = false; ///< inside a range change we made ourselves
    int m_layoutPasses = 0; ///< nested layout passes in onAfterLayout
    bool m_showGlyphs = true;
    std::optional<std::size_t> m_crosshairBar;
    int m_crosshairPane = -1;
    double m_crosshairY = 0; ///< pixel row of the horizontal crosshair line

    int m_dragSeparator = -1; ///< the pane above the separator being dragged, or -1
    int m_dragStartY = 0;
    std::pair<double, double> m_dragStartHeights; ///< pixel heights of the two panes
};

} // namespace rutile::ui
