#pragma once

#include "data/BarSeries.h"

#include <qcustomplot.h>

#include <span>
#include <vector>

namespace rutile::ui {

/// The curves an EquityChart draws, one value per day of `days`. Empty optional curves are
/// left out; NaN values (a benchmark before its first bar) leave gaps.
struct EquityCurves {
    std::vector<DayNumber> days;
    QString strategyName; ///< legend text of the strategy's curve
    std::vector<double> equity;
    std::vector<double> drawdown; ///< fractions ≤ 0, as BacktestResult::drawdown
    QString buyAndHoldName;
    std::vector<double> buyAndHold; ///< equity of holding the traded symbol
    QString benchmarkName;
    std::vector<double> benchmark; ///< the benchmark scaled to the starting equity
};

/// Equity of a backtest against buy-and-hold and the benchmark (upper pane) and the drawdowns
/// from the running peak (lower pane, in percent), on a shared date axis (QCustomPlot).
/// The drawdowns of buy-and-hold and of the benchmark are core's drawdownCurve of their
/// curves. Dragging pans and the wheel zooms the dates; double-click shows everything.
class EquityChart : public QCustomPlot {
    Q_OBJECT
public:
    explicit EquityChart(QWidget *parent = nullptr);

    void setCurves(const EquityCurves &curves);
    void clearCurves();
    bool hasCurves() const { return !m_days.empty(); }

    /// A dashed vertical line across both panes at `day`, labelled at the top (walk-forward
    /// fold boundaries). Labels that would overlap the one before are hidden, from left to
    /// right, after every layout (zoom, resize): the lines stay.
    void addDayMarker(DayNumber day, const QString &label);
    void clearDayMarkers();
    /// The markers' labels in the order added (tests read which are visible).
    const std::vector<QCPItemText *> &dayMarkerLabels() const { return m_markerLabels; }

    void setLogScale(bool logarithmic);
    bool logScale() const { return m_log; }

    QCPAxisRect *equityRect() const { return m_equityRect; }
    QCPAxisRect *drawdownRect() const { return m_drawdownRect; }
    /// The strategy's equity and drawdown graphs (tests read their data).
    QCPGraph *strategyGraph() const { return m_strategy; }
    QCPGraph *strategyDrawdownGraph() const { return m_strategyDrawdown; }
    QCPGraph *buyAndHoldGraph() const { return m_buyAndHold; }
    QCPGraph *benchmarkGraph() const { return m_benchmark; }

    /// The x coordinate of `day` (seconds since 1970-01-01, UTC, as QCPAxisTickerDateTime).
    static double keyOf(DayNumber day) { return double(day) * 86400.0; }

    /// Writes the chart as drawn, at its current size (at least 800 × 500), to a PNG file.
    bool exportPng(const QString &path);

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QCPGraph *addLine(QCPAxisRect *rect, const QString &name, const QColor &color, Qt::PenStyle style, double width);
    void fitAll();
    void updateDateFormat();
    void thinMarkerLabels();

    QCPAxisRect *m_equityRect = nullptr;
    QCPAxisRect *m_drawdownRect = nullptr;
    QCPGraph *m_strategy = nullptr;
    QCPGraph *m_buyAndHold = nullptr;
    QCPGraph *m_benchmark = nullptr;
    QCPGraph *m_strategyDrawdown = nullptr;
    QCPGraph *m_buyAndHoldDrawdown = nullptr;
    QCPGraph *m_benchmarkDrawdown = nullptr;
    QSharedPointer<QCPAxisTickerDateTime> m_dateTicker;
    std::vector<QCPAbstractItem *> m_markers;
    std::vector<QCPItemText *> m_markerLabels;
    std::vector<DayNumber> m_days;
    bool m_log = false;
};

} // namespace rutile::ui
