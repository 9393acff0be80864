#include "relval/PairCharts.h"
#include "settings/PlotTheme.h"

#include "chart/PlotMessage.h"
#include "chart/PngOutput.h"

#include <QLocale>

#include <cmath>

namespace rutile::ui {

namespace {

const QColor kYColor(0x1f, 0x5f, 0xbf);
const QColor kXColor(0xe0, 0x7b, 0x00);
const QColor kThirdColor(0x2e, 0x7d, 0x32);
const QColor kBandColor(0x9e, 0x9e, 0x9e);

double keyOf(DayNumber day)
{
    return double(day) * 86400.0; // seconds since 1970-01-01, as QCPAxisTickerDateTime reads them
}

void setSeries(QCPGraph *graph, const std::vector<DayNumber> &days, const std::vector<double> &values)
{
    QVector<QCPGraphData> data;
    data.reserve(qsizetype(days.size()));
    for (std::size_t i = 0; i < days.size() && i < values.size(); ++i)
        data.append(QCPGraphData(keyOf(days[i]), values[i])); // NaN leaves a gap
    graph->data()->set(data, true);
}

// A horizontal line across `rect` at `value`.
void addLevel(QCustomPlot *plot, QCPAxisRect *rect, double value, const QColor &color, Qt::PenStyle style)
{
    auto *line = new QCPItemStraightLine(plot);
    line->setClipAxisRect(rect);
    line->point1->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    line->point2->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    line->point1->setCoords(0, value);
    line->point2->setCoords(1, value);
    line->setPen(QPen(color, 1, style));
}

void fit(QCustomPlot *plot)
{
    for (QCPAxisRect *rect : plot->axisRects()) {
        rect->axis(QCPAxis::atBottom)->rescale();
        rect->axis(QCPAxis::atLeft)->rescale();
        QCPRange y = rect->axis(QCPAxis::atLeft)->range();
        const double pad = std::max(y.size() * 0.05, 1e-9);
        rect->axis(QCPAxis::atLeft)->setRange(y.lower - pad, y.upper + pad);
    }
    plot->replot();
}

} // namespace

PairCharts::PairCharts(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("pairCharts"));
    m_prices = makePlot(1);
    m_spread = makePlot(2);
    m_hedge = makePlot(1);
    m_rolling = makePlot(1);
    addTab(m_prices, tr("&Prices"));
    addTab(m_spread, tr("&Spread and z-score"));
    addTab(m_hedge, tr("&Hedge ratio"));
    addTab(m_rolling, tr("Rolling &test"));
    m_prices->axisRect()->axis(QCPAxis::atLeft)->setLabel(tr("Rebased to 100"));
    m_spread->axisRects().at(0)->axis(QCPAxis::atLeft)->setLabel(tr("Spread (log)"));
    m_spread->axisRects().at(1)->axis(QCPAxis::atLeft)->setLabel(tr("z-score"));
    m_hedge->axisRect()->axis(QCPAxis::atLeft)->setLabel(tr("Hedge ratio β"));
    m_rolling->axisRect()->axis(QCPAxis::atLeft)->setLabel(tr("Engle–Granger p-value"));
    clear();
}

QCustomPlot *PairCharts::makePlot(int rects)
{
    auto *plot = new QCustomPlot(this);
    plot->setAutoAddPlottableToLegend(false); // each pane has its own legend
    plot->plotLayout()->clear();
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setDateTimeFormat(QStringLiteral("yyyy"));
    auto *margins = new QCPMarginGroup(plot);
    QList<QCPAxis *> xs;
    for (int r = 0; r < rects; ++r) {
        auto *rect = new QCPAxisRect(plot);
        plot->plotLayout()->addElement(r, 0, rect);
        rect->setupFullAxesBox(false);
        rect->axis(QCPAxis::atTop)->setVisible(false);
        rect->axis(QCPAxis::atRight)->setVisible(false);
        rect->axis(QCPAxis::atBottom)->setTicker(ticker);
        rect->axis(QCPAxis::atBottom)->setTickLabels(r == rects - 1);
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        auto *legend = new QCPLegend;
        rect->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignLeft);
        legend->setLayer(QStringLiteral("legend"));
        legend->setVisible(false);
        xs << rect->axis(QCPAxis::atBottom);
    }
    // One date range for every pane of the chart.
    for (QCPAxis *a : xs) {
        for (QCPAxis *b : xs) {
            if (a != b)
                connect(a, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), b, qOverload<const QCPRange &>(&QCPAxis::setRange));
        }
    }
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    followTheme(plot);
    return plot;
}

QCPGraph *PairCharts::addLine(QCPAxisRect *rect, const QString &name, const QColor &color, Qt::PenStyle style)
{
    QCustomPlot *plot = rect->parentPlot();
    QCPGraph *g = plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    g->setPen(QPen(color, 1.4, style));
    g->setName(name);
    auto *legend = qobject_cast<QCPLegend *>(rect->insetLayout()->elementAt(0));
    if (legend && !name.isEmpty()) {
        g->addToLegend(legend);
        legend->setVisible(true);
    }
    return g;
}

void PairCharts::clear()
{
    for (QCustomPlot *p : {m_prices, m_spread, m_hedge, m_rolling}) {
        p->clearGraphs();
        p->clearItems();
        for (QCPAxisRect *rect : p->axisRects()) {
            if (auto *legend = qobject_cast<QCPLegend *>(rect->insetLayout()->elementAt(0)))
                legend->setVisible(false);
        }
        showPlotMessage(*p, tr("Choose two symbols and run the analysis."));
    }
    m_hasAnalysis = false;
}

void PairCharts::setAnalysis(const relval::PairAnalysis &a)
{
    clear();
    const std::size_t n = a.days.size();
    if (n == 0)
        return;
    for (QCustomPlot *p : {m_prices, m_spread, m_hedge, m_rolling})
        clearPlotMessage(*p);
    std::vector<double> y(n), x(n);
    for (std::size_t i = 0; i < n; ++i) {
        y[i] = 100 * std::exp(a.logY[i] - a.logY[0]);
        x[i] = 100 * std::exp(a.logX[i] - a.logX[0]);
    }
    setSeries(addLine(m_prices->axisRect(), a.y, kYColor), a.days, y);
    setSeries(addLine(m_prices->axisRect(), a.x, kXColor), a.days, x);

    QCPAxisRect *spreadRect = m_spread->axisRects().at(0), *zRect = m_spread->axisRects().at(1);
    const QLocale l;
    setSeries(addLine(spreadRect, tr("Spread: ln %1 − (%2 + %3 · ln %4)")
                                      .arg(a.y, l.toString(a.test.intercept, 'f', 3), l.toString(a.test.hedgeRatio, 'f', 3), a.x),
                      kYColor),
              a.days, a.test.residuals);
    addLevel(m_spread, spreadRect, 0, kBandColor, Qt::SolidLine);
    setSeries(addLine(zRect, tr("z-score (pairs_spread, %1 days)").arg(a.settings.zWindow), kYColor), a.days, a.zscore);
    for (double level : {a.settings.entryZ, -a.settings.entryZ})
        addLevel(m_spread, zRect, level, QColor(0xc6, 0x28, 0x28), Qt::DashLine);
    for (double level : {a.settings.exitZ, -a.settings.exitZ})
        addLevel(m_spread, zRect, level, kThirdColor, Qt::DotLine);

    const std::vector<double> whole(n, a.test.hedgeRatio);
    setSeries(addLine(m_hedge->axisRect(), tr("Whole range (OLS)"), kBandColor, Qt::DashLine), a.days, whole);
    setSeries(addLine(m_hedge->axisRect(), tr("Rolling OLS, %1 days").arg(a.settings.zWindow), kYColor), a.days, a.rollingBeta);
    setSeries(addLine(m_hedge->axisRect(), tr("Kalman filter"), kXColor), a.days, a.kalmanBeta);

    std::vector<DayNumber> ends;
    std::vector<double> pvalues;
    for (const relval::RollingCointegration &r : a.rolling) {
        ends.push_back(r.day);
        pvalues.push_back(r.pvalue);
    }
    QCPGraph *p = addLine(m_rolling->axisRect(), tr("p-value, %1-day windows").arg(a.settings.testWindow), kYColor);
    p->setLineStyle(QCPGraph::lsStepLeft);
    setSeries(p, ends, pvalues);
    addLevel(m_rolling, m_rolling->axisRect(), 0.05, QColor(0xc6, 0x28, 0x28), Qt::DashLine);
    for (QCustomPlot *plot : {m_prices, m_spread, m_hedge, m_rolling})
        fit(plot);
    // The whole range on every tab, also where a series starts later (the rolling test).
    const QCPRange range(keyOf(a.days.front()), keyOf(a.days.back()));
    for (QCustomPlot *plot : {m_prices, m_spread, m_hedge, m_rolling}) {
        plot->axisRects().front()->axis(QCPAxis::atBottom)->setRange(range);
        plot->replot();
    }
    m_rolling->axisRect()->axis(QCPAxis::atLeft)->setRange(0, 1);
    m_rolling->replot();
    m_hasAnalysis = true;
}

QCustomPlot *PairCharts::plot(Tab tab) const
{
    switch (tab) {
    case PricesTab: return m_prices;
    case SpreadTab: return m_spread;
    case HedgeTab: return m_hedge;
    case RollingTab: return m_rolling;
    }
    return m_prices;
}

Status PairCharts::exportPng(const QString &path)
{
    QCustomPlot *p = plot(Tab(currentIndex()));
    return writePng(path, p->toPixmap(std::max(800, p->width()), std::max(500, p->height())).toImage());
}

} // namespace rutile::ui
