#include "backtest/TradeChartLink.h"

#include "backtest/BacktestFormat.h"
#include "chart/PriceChart.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace rutile::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ui::TradeChartLink)
};

const QColor kStopColor(0xc6, 0x28, 0x28);
const QColor kTargetColor(0x1b, 0x7f, 0x3b);
const QColor kTrailColor(0xe0, 0x7b, 0x00);

QString price(double v)
{
    return QLocale().toString(v, 'f', 2);
}

} // namespace

TradeChartLink::TradeChartLink(PriceChart *chart, ChartSymbol chartSymbol, QObject *parent)
    : QObject(parent)
    , m_chart(chart)
    , m_chartSymbol(std::move(chartSymbol))
{
}

QString TradeChartLink::chartedSymbol() const
{
    return m_chart->series().empty() ? QString() : m_chart->symbolInfo().symbol;
}

void TradeChartLink::setOutcome(const BacktestOutcomePtr &outcome)
{
    m_outcome = outcome && outcome->backtest ? outcome : nullptr;
    m_selected = -1;
    draw();
}

void TradeChartLink::refresh()
{
    draw();
}

void TradeChartLink::detach()
{
    if (m_drawn)
        m_chart->clearAnnotations();
    m_drawn = false;
}

std::vector<TradeMarker> TradeChartLink::markersFor(const std::vector<trading::Trade> &trades, int leg)
{
    std::vector<TradeMarker> out;
    out.reserve(trades.size() * 2);
    for (std::size_t i = 0; i < trades.size(); ++i) {
        const trading::Trade &t = trades[i];
        if (t.leg != leg)
            continue;
        const TradeMarker::Side side
            = t.side == trading::Side::Long ? TradeMarker::Side::Long : TradeMarker::Side::Short;
        const QString sideText = side == TradeMarker::Side::Long ? Text::tr("long") : Text::tr("short");
        TradeMarker entry;
        entry.date = toDate(t.entryDay);
        entry.price = t.entryPrice;
        entry.side = side;
        entry.action = TradeMarker::Action::Entry;
        entry.tooltip = Text::tr("Trade %1: %2 entry at %3 on %4")
                            .arg(i + 1)
                            .arg(sideText, price(t.entryPrice), entry.date.toString(Qt::ISODate));
        out.push_back(entry);
        TradeMarker exit;
        exit.date = toDate(t.exitDay);
        exit.price = t.exitPrice;
        exit.side = side;
        exit.action = TradeMarker::Action::Exit;
        exit.tooltip = Text::tr("Trade %1: %2 exit at %3 on %4 (P&L %5)")
                           .arg(i + 1)
                           .arg(sideText, price(t.exitPrice), exit.date.toString(Qt::ISODate), btfmt::money(t.pnl));
        out.push_back(exit);
    }
    return out;
}

std::vector<PriceLevel> TradeChartLink::levelsFor(const trading::Trade &t, const backtest::ExitParams &exits)
{
    // The engine's rule (BacktestConfig.h): fractions of the average entry price, below a
    // long's entry for the stop and above it for the target; mirrored for shorts.
    const double sign = t.side == trading::Side::Long ? 1.0 : -1.0;
    std::vector<PriceLevel> out;
    if (std::isfinite(exits.stopLossFraction)) {
        const double level = t.entryPrice * (1 - sign * exits.stopLossFraction);
        out.push_back({level, Text::tr("Stop-loss %1").arg(price(level)), kStopColor, Qt::DashLine});
    }
    if (std::isfinite(exits.takeProfitFraction)) {
        const double level = t.entryPrice * (1 + sign * exits.takeProfitFraction);
        out.push_back({level, Text::tr("Take-profit %1").arg(price(level)), kTargetColor, Qt::DashLine});
    }
    if (std::isfinite(exits.trailingFraction)) {
        const double level = t.entryPrice * (1 - sign * exits.trailingFraction);
        out.push_back({level, Text::tr("Trailing stop (initial) %1").arg(price(level)), kTrailColor, Qt::DotLine});
    }
    return out;
}

void TradeChartLink::draw()
{
    const QString charted = chartedSymbol();
    const backtest::BacktestResult *r = m_outcome ? &*m_outcome->backtest : nullptr;
    const int leg = r ? int(r->symbols.indexOf(charted)) : -1;
    if (leg < 0) {
        if (m_drawn)
            m_chart->clearAnnotations();
        m_drawn = false;
        return;
    }
    m_chart->clearAnnotations();
    m_chart->setTradeMarkers(markersFor(r->trades, leg));
    if (m_selected >= 0 && std::size_t(m_selected) < r->trades.size()
        && r->trades[std::size_t(m_selected)].leg == leg) {
        const trading::Trade &t = r->trades[std::size_t(m_selected)];
        QColor shade = t.pnl >= 0 ? kTargetColor : kStopColor;
        shade.setAlpha(40);
        m_chart->addShadedPeriod({toDate(t.entryDay), toDate(t.exitDay), shade,
            Text::tr("Trade %1: %2").arg(m_selected + 1).arg(btfmt::percent(t.returnOnNotional()))});
        for (const PriceLevel &level : levelsFor(t, m_outcome->job.config.exits))
            m_chart->addLevel(level);
    }
    m_drawn = true;
}

bool TradeChartLink::showTrade(int index)
{
    const backtest::BacktestResult *r = m_outcome ? &*m_outcome->backtest : nullptr;
    if (!r || index < 0 || std::size_t(index) >= r->trades.size())
        return false;
    const trading::Trade &t = r->trades[std::size_t(index)];
    const QString symbol = r->symbols.value(t.leg);
    if (chartedSymbol() != symbol && !(m_chartSymbol && m_chartSymbol(symbol)))
        return false;
    if (chartedSymbol() != symbol)
        return false;
    m_selected = index;
    draw();
    // The trade with some context either side: a quarter of its length, at least 10 bars.
    const BarSeries &bars = m_chart->series();
    const double entry = double(bars.lowerBound(t.entryDay));
    const double exit = double(bars.lowerBound(t.exitDay));
    const double pad = std::max(10.0, (exit - entry) * 0.25);
    m_chart->setVisibleRange(QCPRange(entry - pad - 0.5, exit + pad + 0.5));
    m_chart->replot();
    return true;
}

} // namespace rutile::ui
