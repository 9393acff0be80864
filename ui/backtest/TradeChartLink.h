#pragma once

#include "backtest/BacktestJob.h"
#include "chart/ChartAnnotations.h"

#include <QObject>

#include <functional>
#include <vector>

namespace rutile::ui {

class PriceChart;

/// Draws a backtest's trades on the chart workspace's price pane through its annotation API
/// (PriceChart::setTradeMarkers / addLevel / addShadedPeriod / setVisibleRange): every entry
/// and exit of the charted symbol as markers; for the selected trade its holding period
/// shaded and its stop-loss, take-profit and initial trailing-stop levels, with the view
/// moved to the trade.
///
/// The link charts the trade's symbol first when another one is shown (through the
/// `chartSymbol` callback, which the main window answers by selecting it). Levels are those
/// of the run's settings: a strategy's own per-order exits are not known to the result, and
/// an ATR trailing stop moves with ATR (only its percent variant has a fixed initial level).
class TradeChartLink : public QObject {
    Q_OBJECT
public:
    using ChartSymbol = std::function<bool(const QString &symbol)>;

    TradeChartLink(PriceChart *chart, ChartSymbol chartSymbol, QObject *parent = nullptr);

    /// The backtest whose trades are drawn (null or a non-backtest outcome: none).
    void setOutcome(const BacktestOutcomePtr &outcome);
    /// Re-draws the markers for the symbol now charted (call after the chart's symbol changed):
    /// markers of that leg, or nothing when it is not one of the run's symbols.
    void refresh();
    /// Shows trade `index` of the result: charts its symbol, draws its markers, levels and
    /// holding period, and moves the view to it. False when there is no such trade or its
    /// symbol cannot be charted.
    bool showTrade(int index);
    /// Takes the drawn annotations off the chart (before it charts another symbol).
    void detach();
    int selectedTrade() const { return m_selected; }

    /// Entry and exit markers of the trades on leg `leg`.
    static std::vector<TradeMarker> markersFor(const std::vector<trading::Trade> &trades, int leg);
    /// The stop-loss, take-profit and initial trailing-stop levels of `trade` under `exits`
    /// (fractions of the entry price, as the engine applies them).
    static std::vector<PriceLevel> levelsFor(const trading::Trade &trade, const backtest::ExitParams &exits);

private:
    void draw();
    QString chartedSymbol() const;

    PriceChart *m_chart = nullptr;
    ChartSymbol m_chartSymbol;
    BacktestOutcomePtr m_outcome;
    int m_selected = -1;
    bool m_drawn = false; ///< the chart holds our annotations
};

} // namespace rutile::ui
