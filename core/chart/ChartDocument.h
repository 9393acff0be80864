#pragma once

// What a chart shows, as data: the daily series and the bars of the chosen timeframe (or their
// Heikin-Ashi transform), the indicators with their values over the whole series, compare
// mode's aligned series, ratio and correlation, the drawings, and the settings a layout saves.
// The chart widget (ui/chart/PriceChart) draws a document and turns input into its operations;
// everything here is computed and tested without a widget, and saved and restored as the
// layout (ChartLayout). The view — which bars are in view, the crosshair — is the widget's.
//
// Not copyable or movable: the indexes (BarIndex, RangeExtrema) point into the document's own
// vectors.

#include "chart/Aggregation.h"
#include "chart/ChartLayout.h"
#include "chart/RangeExtrema.h"
#include "data/BarSeries.h"
#include "data/Timeframe.h"
#include "indicators/IndicatorRegistry.h"
#include "indicators/Streaming.h"
#include "util/Error.h"

#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace rutile::chart {

/// An indicator of the document: its spec (parameters resolved, one pen per output), its
/// values over the whole series, and the indexes a chart queries on every pan.
struct DocumentIndicator {
    ChartIndicator spec;
    const indicators::IndicatorDescriptor *descriptor = nullptr;
    indicators::IndicatorResult result;
    std::vector<RangeExtrema> extrema; ///< one per output, over result.columns
    bool valid = false; ///< computed on the current series
    QString error; ///< why not (too short a series)

    bool overlay() const { return descriptor->pane == indicators::Pane::Overlay; }
};

/// Compare mode: the other symbols (as given, daily), their closes on the document's bars
/// (as of each bar's date), the ratio of the primary to the first and the rolling correlation.
struct DocumentCompare {
    CompareSettings settings;
    QStringList names;
    std::vector<BarSeries> others;
    std::vector<std::vector<double>> aligned;
    std::vector<RangeExtrema> alignedIndex;
    std::vector<double> ratio;
    RangeExtrema ratioIndex;
    std::vector<double> correlation;
    RangeExtrema correlationIndex;

    bool enabled() const { return settings.enabled(); }
};

class ChartDocument {
public:
    ChartDocument();
    ChartDocument(const ChartDocument &) = delete;
    ChartDocument &operator=(const ChartDocument &) = delete;

    // ---- data ---------------------------------------------------------------------------------

    /// A new series (daily bars): the bars of the timeframe, the indicators and the volume
    /// check follow; compare mode ends (its series belonged to the old symbol).
    void setSeries(BarSeries daily);
    const BarSeries &daily() const { return m_daily; }
    /// The bars on the document's timeframe, which indicators and bar indices refer to.
    const BarSeries &bars() const { return m_bars; }
    /// The bars as drawn: bars(), or their Heikin-Ashi transform.
    const BarSeries &displayed() const;
    /// The indexes over displayed() for aggregation.
    const BarIndex &barIndex() const { return m_barIndex; }
    /// False for a series whose volumes are all zero (an index such as VIX).
    bool hasVolume() const { return m_hasVolume; }

    // ---- settings (each setter returns whether anything changed) ------------------------------

    ChartStyle style() const { return m_style; }
    bool setStyle(ChartStyle style);
    Timeframe timeframe() const { return m_timeframe; }
    bool setTimeframe(Timeframe timeframe);
    bool logScale() const { return m_logScale; }
    bool setLogScale(bool on);
    bool lockY() const { return m_lockY; }
    bool setLockY(bool on);
    bool showVolume() const { return m_showVolume; }
    bool setShowVolume(bool on);
    double priceHeight() const { return m_priceHeight; }
    double volumeHeight() const { return m_volumeHeight; }
    void setPriceHeight(double height);
    void setVolumeHeight(double height);

    // ---- indicators ---------------------------------------------------------------------------

    int indicatorCount() const { return int(m_indicators.size()); }
    const DocumentIndicator &indicator(int index) const { return *m_indicators.at(std::size_t(index)); }
    /// Computes and appends an indicator; the error of a bad spec or too short a series, with
    /// nothing added.
    Result<int> addIndicator(const ChartIndicator &indicator);
    /// Replaces indicator `index`; on error nothing changes.
    Status setIndicator(int index, const ChartIndicator &indicator);
    void removeIndicator(int index);
    void setIndicatorPaneHeight(int index, double height);

    // ---- compare mode -------------------------------------------------------------------------

    const DocumentCompare &compare() const { return m_compare; }
    bool compareMode() const { return m_compare.enabled(); }
    /// Enters compare mode with `others` (one per settings.symbols, daily); on error compare
    /// mode stays as it was. Empty settings.symbols leave it.
    Status setCompare(const CompareSettings &settings, std::vector<BarSeries> others);
    /// Leaves compare mode; false when it was off.
    bool clearCompare();
    void setShowRatio(bool on) { m_compare.settings.showRatio = on; }
    void setShowCorrelation(bool on) { m_compare.settings.showCorrelation = on; }
    void setRatioHeight(double height);
    void setCorrelationHeight(double height);

    // ---- drawings -----------------------------------------------------------------------------

    const std::vector<Drawing> &drawings() const { return m_drawings; }
    std::vector<Drawing> &drawings() { return m_drawings; }

    // ---- the live bar -------------------------------------------------------------------------

    /// Shows `formingDaily`, the session's bar still forming, on top of the cached history: it
    /// joins the daily bars of its period into the live bar of the timeframe (a new last bar,
    /// or the last one replaced when its period is already there), and each indicator's value
    /// on it comes from its streaming twin (IndicatorStream::peek), never from a recompute.
    /// The streams are fed once, when the live bar first appears or the document changes
    /// (series, timeframe, indicators); each later tick costs one peek per indicator. A bar of
    /// a later day than the live one ends that session: its last bar joins the daily history
    /// (the workspace gets it at the next update) and the new day's bar starts. An
    /// InvalidInput error, with nothing changed, for a bar that validateBar refuses or that is
    /// older than the last cached day.
    Status setLiveBar(const Bar &formingDaily);
    /// Back to the cached history alone (also done by setSeries).
    void clearLiveBar();
    /// The index in bars() of the live bar; none without one.
    std::optional<std::size_t> liveIndex() const;
    /// The bars without the live bar (bars() when there is none).
    const BarSeries &confirmedBars() const;

    // ---- layout -------------------------------------------------------------------------------

    /// Everything the layout saves but the visible range (the view's; rangePreset is left unset).
    ChartLayout layout() const;
    /// Applies style, timeframe, flags, heights, indicators and drawings of `layout` (compare
    /// mode needs the other series: setCompare with layout.compare). An indicator that cannot
    /// be computed on this series is kept, computed once there is enough data, and named in the
    /// returned error; the rest is applied. A layout that fails validate() changes nothing.
    Status applyLayout(const ChartLayout &layout);

private:
    /// The state behind a live bar: the confirmed bars and indicator values to return to, and
    /// per indicator two streams fed with the confirmed bars, with and without the last one.
    struct Live {
        Bar forming;
        std::size_t index = 0;
        BarSeries confirmed;
        std::vector<indicators::IndicatorResult> confirmedResults;
        std::vector<std::unique_ptr<indicators::IndicatorStream>> all;
        std::vector<std::unique_ptr<indicators::IndicatorStream>> allButLast;
    };
    void prepareLive(const Bar &forming);
    void applyLive();
    /// Takes the live bar off (confirmed state back) and returns its forming bar.
    std::optional<Bar> takeLive();
    /// For a change of the confirmed document (timeframe, indicators, layout): takes the live
    /// bar off for the change's duration and puts it back, streams fed anew, when it ends.
    class LiveKept {
    public:
        explicit LiveKept(ChartDocument &document);
        ~LiveKept();
        LiveKept(const LiveKept &) = delete;
        LiveKept &operator=(const LiveKept &) = delete;

    private:
        ChartDocument &m_document;
        std::optional<Bar> m_forming;
    };
    void rebuildExtrema(DocumentIndicator &indicator);

    void resample();
    void updateDisplayed();
    Status compute(DocumentIndicator &indicator) const;
    Status align();

    BarSeries m_daily;
    BarSeries m_bars;
    BarSeries m_heikinAshi; ///< filled only for the Heikin-Ashi style
    BarIndex m_barIndex;
    bool m_hasVolume = true;

    ChartStyle m_style = ChartStyle::Candles;
    Timeframe m_timeframe = Timeframe::Daily;
    bool m_logScale = false;
    bool m_lockY = false;
    bool m_showVolume = true;
    double m_priceHeight = 3.0;
    double m_volumeHeight = 1.0;

    /// Held by pointer: an indicator's extrema point into its own result columns.
    std::vector<std::unique_ptr<DocumentIndicator>> m_indicators;
    DocumentCompare m_compare;
    std::vector<Drawing> m_drawings;
    std::unique_ptr<Live> m_live;
};

} // namespace rutile::chart
