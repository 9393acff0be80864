#include "risk/RiskCharts.h"
#include "settings/PlotTheme.h"

#include "risk/ChartTimeScale.h"

#include "risk/Gpd.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace rutile::ui {

using namespace risk;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ui::RiskCharts)
};

// One palette for every risk chart: the series the data shows in blue, fitted models in
// orange, thresholds and risk levels in red, references in grey.
const QColor kData(0x2b, 0x6c, 0xb0);
const QColor kDataFill(0x2b, 0x6c, 0xb0, 70);
const QColor kModel(0xe0, 0x7b, 0x17);
const QColor kLevel(0xc6, 0x2f, 0x2f);
const QColor kLevelFill(0xc6, 0x2f, 0x2f, 60);
const QColor kReference(0x70, 0x74, 0x7c);
const QColor kSecond(0x2e, 0x9e, 0x6b);

constexpr double kPercent = 100.0;

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTheme(chartTheme());
    chart->setLocalizeNumbers(true); // axis labels in the GUI's language (1,5 in German)
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(10);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(8);
    chart->legend()->setFont(legendFont);
    return chart;
}

QValueAxis *valueAxis(const QString &title, const QString &format = QStringLiteral("%.1f"))
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(format);
    QFont font = axis->labelsFont();
    font.setPointSizeF(8);
    axis->setLabelsFont(font);
    QFont titleFont = axis->titleFont();
    titleFont.setPointSizeF(8);
    titleFont.setBold(false);
    axis->setTitleFont(titleFont);
    return axis;
}

QPen pen(const QColor &color, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen p(color);
    p.setWidthF(width);
    p.setStyle(style);
    return p;
}

QLineSeries *line(const QString &name, const QList<QPointF> &points, const QPen &p)
{
    auto *s = new QLineSeries;
    s->setName(name);
    s->replace(points);
    s->setPen(p);
    return s;
}

QScatterSeries *scatter(const QString &name, const QList<QPointF> &points, const QColor &color, qreal size)
{
    auto *s = new QScatterSeries;
    s->setName(name);
    s->replace(points);
    s->setMarkerSize(size);
    s->setColor(color);
    s->setBorderColor(color);
    return s;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

/// Adds an area series to the chart and makes the area the owner of its boundary lines.
/// QAreaSeries keeps plain pointers to them (Qt: "ownership stays with the caller") and the chart
/// takes only the area, so without this each area chart leaked its lines on every recompute of
/// the dashboard. Reparented after addSeries: until then the area's own parent is its upper line.
void attachArea(QChart *chart, QAreaSeries *area, QAbstractAxis *x, QAbstractAxis *y)
{
    attach(chart, area, x, y);
    area->upperSeries()->setParent(area);
    if (QLineSeries *lower = area->lowerSeries())
        lower->setParent(area);
}

void hideLegendEntry(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *m : chart->legend()->markers(series))
        m->setVisible(false);
}

QString tailTitle(Tail tail)
{
    return tail == Tail::Left ? Text::tr("left tail (losses)") : Text::tr("right tail (gains)");
}

QString tailAxis(Tail tail)
{
    return tail == Tail::Left ? Text::tr("Loss: -return (%)") : Text::tr("Gain: return (%)");
}

void emptyAxes(QChart *chart, const QString &message)
{
    // A chart with nothing to draw still shows why.
    auto *x = valueAxis(QString());
    auto *y = valueAxis(QString());
    x->setRange(0, 1);
    y->setRange(0, 1);
    x->setLabelsVisible(false);
    y->setLabelsVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->setTitle(chart->title() + QStringLiteral(" (") + message + QLatin1Char(')'));
}

} // namespace

std::vector<std::size_t> thinnedIndices(std::size_t n, std::size_t maxPoints, double tailFraction)
{
    std::vector<std::size_t> out;
    if (n <= maxPoints) {
        out.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            out[i] = i;
        return out;
    }
    const auto tail = std::size_t(std::ceil(double(n) * tailFraction));
    const std::size_t middleStart = std::min(tail, n);
    const std::size_t middleEnd = n > tail ? n - tail : 0;
    const std::size_t budget = maxPoints > 2 * tail ? maxPoints - 2 * tail : 2;
    for (std::size_t i = 0; i < middleStart; ++i)
        out.push_back(i);
    if (middleEnd > middleStart) {
        const double step = double(middleEnd - middleStart) / double(budget);
        for (double x = double(middleStart); x < double(middleEnd); x += std::max(step, 1.0))
            out.push_back(std::size_t(x));
    }
    for (std::size_t i = std::max(middleEnd, middleStart); i < n; ++i)
        out.push_back(i);
    return out;
}

QChart *makeHistogramChart(const RiskReport &report, const RiskPlots &plots)
{
    QChart *chart = newChart(Text::tr("Daily %1 returns: histogram and fitted normal density")
                                 .arg(returnTypeName(report.options.returnType)));
    const Histogram &h = plots.histogram;
    if (h.counts.empty()) {
        emptyAxes(chart, Text::tr("no returns"));
        return chart;
    }
    QList<QPointF> outline;
    outline.reserve(qsizetype(2 * h.counts.size() + 2));
    outline << QPointF(h.edges.front() * kPercent, 0);
    double top = 0;
    for (std::size_t i = 0; i < h.counts.size(); ++i) {
        const double d = h.density[i] / kPercent;
        top = std::max(top, d);
        outline << QPointF(h.edges[i] * kPercent, d) << QPointF(h.edges[i + 1] * kPercent, d);
    }
    outline << QPointF(h.edges.back() * kPercent, 0);
    auto *upper = new QLineSeries;
    upper->replace(outline);
    auto *area = new QAreaSeries(upper);
    area->setName(Text::tr("Histogram (%1 returns)").arg(report.stats.count));
    area->setBrush(kDataFill);
    area->setPen(pen(kData, 1));

    QList<QPointF> gaussian;
    for (const XY &p : plots.gaussian) {
        gaussian << QPointF(p.x * kPercent, p.y / kPercent);
        top = std::max(top, p.y / kPercent);
    }

    auto *x = valueAxis(Text::tr("Daily return (%)"));
    auto *y = valueAxis(Text::tr("Density (per %)"), QStringLiteral("%.2f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attachArea(chart, area, x, y);
    attach(chart, line(Text::tr("Normal density N(mean, s²)"), gaussian, pen(kModel, 2)), x, y);
    const double level = report.options.varLevel * 100;
    const QString varName = Text::tr("Historical VaR %1% / %2%").arg(level).arg(100 - level);
    QLineSeries *varLeft = line(varName,
        {QPointF(report.left.historical.var * kPercent, 0), QPointF(report.left.historical.var * kPercent, top * 1.05)},
        pen(kLevel, 1.5, Qt::DashLine));
    QLineSeries *varRight = line(varName,
        {QPointF(report.right.historical.var * kPercent, 0),
            QPointF(report.right.historical.var * kPercent, top * 1.05)},
        pen(kLevel, 1.5, Qt::DashLine));
    attach(chart, varLeft, x, y);
    attach(chart, varRight, x, y);
    hideLegendEntry(chart, varRight);
    x->setRange(h.edges.front() * kPercent, h.edges.back() * kPercent);
    y->setRange(0, top * 1.08);
    x->applyNiceNumbers();
    y->applyNiceNumbers();
    return chart;
}

QChart *makeQqChart(const RiskReport &report, const RiskPlots &plots)
{
    QChart *chart = newChart(Text::tr("Normal QQ-plot"));
    if (plots.qq.empty()) {
        emptyAxes(chart, Text::tr("no returns"));
        return chart;
    }
    QList<QPointF> points;
    for (std::size_t i : thinnedIndices(plots.qq.size(), 2500))
        points << QPointF(plots.qq[i].x, plots.qq[i].y * kPercent);
    const double z0 = plots.qq.front().x;
    const double z1 = plots.qq.back().x;
    const double m = report.stats.mean * kPercent;
    const double s = report.stats.stdDev * kPercent;
    auto *x = valueAxis(Text::tr("Standard normal quantile"));
    auto *y = valueAxis(Text::tr("Daily return (%)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, scatter(Text::tr("Returns (sample quantiles)"), points, kData, 4), x, y);
    attach(chart,
        line(Text::tr("Normal: mean + s·z"), {QPointF(z0, m + s * z0), QPointF(z1, m + s * z1)}, pen(kModel, 2)), x, y);
    const double yLo = std::min(plots.qq.front().y * kPercent, m + s * z0);
    const double yHi = std::max(plots.qq.back().y * kPercent, m + s * z1);
    x->setRange(z0 - 0.2, z1 + 0.2);
    y->setRange(yLo - 0.05 * (yHi - yLo), yHi + 0.05 * (yHi - yLo));
    x->applyNiceNumbers();
    y->applyNiceNumbers();
    return chart;
}

QChart *makeMeanExcessChart(const RiskReport &report, const RiskPlots &plots, Tail tail)
{
    const TailPlots &tp = tail == Tail::Left ? plots.left : plots.right;
    const PotResult &pot = (tail == Tail::Left ? report.left : report.right).pot;
    QChart *chart = newChart(Text::tr("Mean excess, %1").arg(tailTitle(tail)));
    if (tp.meanExcess.empty()) {
        emptyAxes(chart, Text::tr("too few returns"));
        return chart;
    }
    QList<QPointF> points;
    double yMax = 0;
    double xMin = tp.meanExcess.front().threshold * kPercent;
    double xMax = tp.meanExcess.back().threshold * kPercent;
    for (const MeanExcessPoint &p : tp.meanExcess) {
        points << QPointF(p.threshold * kPercent, p.meanExcess * kPercent);
        yMax = std::max(yMax, p.meanExcess * kPercent);
    }
    auto *x = valueAxis(Text::tr("Threshold v: %1").arg(tailAxis(tail)), QStringLiteral("%.2f"));
    auto *y = valueAxis(Text::tr("Mean excess e(v) (%)"), QStringLiteral("%.2f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, scatter(Text::tr("Empirical e(v)"), points, kData, 4), x, y);
    if (pot.fit.fitted && pot.fit.xi < 1) {
        QList<QPointF> fitted;
        const double u = pot.threshold;
        for (double v : {u, std::max(u, tp.meanExcess.back().threshold)})
            fitted << QPointF(v * kPercent, gpdMeanExcess(v - u, pot.fit.xi, pot.fit.sigma) * kPercent);
        for (const QPointF &p : fitted)
            yMax = std::max(yMax, p.y());
        attach(chart,
            line(Text::tr("GPD: (σ + ξ(v − u))/(1 − ξ), ξ = %1").arg(pot.fit.xi, 0, 'f', 3), fitted, pen(kModel, 2)), x,
            y);
    }
    if (std::isfinite(pot.threshold)) {
        const double u = pot.threshold * kPercent;
        xMin = std::min(xMin, u);
        xMax = std::max(xMax, u);
        attach(chart,
            line(Text::tr("Threshold u = %1% (q = %2)").arg(u, 0, 'f', 2).arg(pot.thresholdQuantile),
                {QPointF(u, 0), QPointF(u, yMax * 1.1)}, pen(kLevel, 1.5, Qt::DashLine)),
            x, y);
    }
    x->setRange(xMin, xMax);
    y->setRange(0, yMax * 1.1);
    x->applyNiceNumbers();
    y->applyNiceNumbers();
    return chart;
}

QChart *makeTailFitChart(const RiskReport &report, const RiskPlots &plots, Tail tail)
{
    const TailPlots &tp = tail == Tail::Left ? plots.left : plots.right;
    const PotResult &pot = (tail == Tail::Left ? report.left : report.right).pot;
    QChart *chart = newChart(Text::tr("GPD tail fit, %1").arg(tailTitle(tail)));
    if (tp.tailFit.empirical.empty()) {
        emptyAxes(chart, Text::tr("no exceedances"));
        return chart;
    }
    QList<QPointF> empirical;
    double pMin = 1;
    double pMax = 0;
    double xMin = pot.threshold * kPercent;
    double xMax = xMin;
    for (const XY &p : tp.tailFit.empirical) {
        empirical << QPointF(p.x * kPercent, p.y);
        pMin = std::min(pMin, p.y);
        pMax = std::max(pMax, p.y);
        xMax = std::max(xMax, p.x * kPercent);
    }
    auto *x = valueAxis(tailAxis(tail), QStringLiteral("%.1f"));
    auto *y = new QLogValueAxis;
    y->setBase(10);
    // Powers of ten as 1e-03: Qt 6.4's log axis draws no label at all with "%g", and "%.4f"
    // would read 0.0000 a decade below the smallest tail probability.
    y->setLabelFormat(QStringLiteral("%.0e"));
    y->setTitleText(Text::tr("Tail probability P(Y > y)"));
    QFont font = y->labelsFont();
    font.setPointSizeF(8);
    y->setLabelsFont(font);
    QFont titleFont = y->titleFont();
    titleFont.setPointSizeF(8);
    titleFont.setBold(false);
    y->setTitleFont(titleFont);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, scatter(Text::tr("Empirical (%1 exceedances)").arg(pot.exceedanceCount), empirical, kData, 5), x, y);
    if (!tp.tailFit.fitted.empty()) {
        QList<QPointF> fitted;
        for (const XY &p : tp.tailFit.fitted) {
            fitted << QPointF(p.x * kPercent, p.y);
            pMin = std::min(pMin, p.y);
            xMax = std::max(xMax, p.x * kPercent);
        }
        const QString label = pot.fit.converged ? Text::tr("GPD ξ = %1 (%2), σ = %3%")
                                                      .arg(pot.fit.xi, 0, 'f', 3)
                                                      .arg(pot.fit.seXi, 0, 'f', 3)
                                                      .arg(pot.fit.sigma * kPercent, 0, 'f', 3)
                                                : Text::tr("GPD (not converged)");
        attach(chart, line(label, fitted, pen(kModel, 2)), x, y);
    }
    if (std::isfinite(pot.stressValue)) {
        const double s = pot.stressValue * kPercent;
        attach(chart,
            line(Text::tr("Stress value at p = %1: %2%").arg(pot.stressLevel).arg(s, 0, 'f', 2),
                {QPointF(s, std::max(pMin * 0.5, 1e-12)), QPointF(s, 1)}, pen(kLevel, 1.5, Qt::DashLine)),
            x, y);
    }
    x->setRange(xMin, xMax);
    x->applyNiceNumbers();
    // The lower bound a decade below the smallest probability when that lies just above a
    // power of ten, so that the axis keeps a labelled tick at its bottom; and a hair beyond
    // both powers, since a tick exactly on the edge loses its label to rounding.
    y->setRange(0.999 * std::pow(10.0, std::floor(std::log10(std::max(pMin * 0.9, 1e-12)))),
        1.001 * std::pow(10.0, std::ceil(std::log10(std::max(pMax, 1e-12)))));
    return chart;
}

QChart *makeRollingVolatilityChart(const RiskReport &report)
{
    QChart *chart = newChart(Text::tr("Rolling %1-day volatility (annualised)").arg(report.options.shortTermWindow));
    if (report.returnDay.empty()) {
        emptyAxes(chart, Text::tr("no returns"));
        return chart;
    }
    const TimeScale time(report.returnDay.front(), report.returnDay.back());
    QList<QPointF> points;
    double top = report.stats.annualVolatility * kPercent;
    for (std::size_t i = 0; i < report.rollingVolatility.size(); ++i) {
        const double v = report.rollingVolatility[i];
        if (std::isfinite(v)) {
            points << QPointF(time.x(report.returnDay[i]), v * kPercent);
            top = std::max(top, v * kPercent);
        }
    }
    if (points.isEmpty()) {
        delete time.axis();
        emptyAxes(chart, Text::tr("fewer returns than the window"));
        return chart;
    }
    QAbstractAxis *x = time.axis();
    auto *y = valueAxis(Text::tr("Volatility (% a year)"), QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, line(Text::tr("Rolling %1-day").arg(report.options.shortTermWindow), points, pen(kData, 1.2)), x, y);
    const double lt = report.stats.annualVolatility * kPercent;
    attach(chart,
        line(Text::tr("Long-term %1%").arg(lt, 0, 'f', 1),
            {QPointF(time.x(report.returnDay.front()), lt), QPointF(time.x(report.returnDay.back()), lt)},
            pen(kReference, 1.5, Qt::DashLine)),
        x, y);
    y->setRange(0, top * 1.05);
    y->applyNiceNumbers();
    return chart;
}

QChart *makeUnderwaterChart(const RiskReport &report)
{
    QChart *chart = newChart(Text::tr("Drawdown from the running peak (underwater curve)"));
    if (report.day.size() < 2) {
        emptyAxes(chart, Text::tr("no data"));
        return chart;
    }
    const TimeScale time(report.day.front(), report.day.back());
    QList<QPointF> points;
    points.reserve(qsizetype(report.day.size()));
    double bottom = 0;
    for (std::size_t i = 0; i < report.day.size(); ++i) {
        const double v = report.drawdown.underwater[i] * kPercent;
        points << QPointF(time.x(report.day[i]), v);
        bottom = std::min(bottom, v);
    }
    auto *upper = new QLineSeries;
    upper->replace(points);
    // Filled between the curve and 0 (without a lower series Qt Charts fills down to the
    // bottom of the plot, which here is the deepest point, not the peak).
    auto *zero = new QLineSeries;
    zero->replace({QPointF(points.front().x(), 0), QPointF(points.back().x(), 0)});
    auto *area = new QAreaSeries(upper, zero);
    area->setName(Text::tr("Drawdown"));
    area->setBrush(kLevelFill);
    area->setPen(pen(kLevel, 1));
    QAbstractAxis *x = time.axis();
    auto *y = valueAxis(Text::tr("Below the peak (%)"), QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attachArea(chart, area, x, y);
    if (const auto &worst = report.drawdown.worst) {
        const QPointF trough(time.x(report.day[worst->trough]), worst->depth * kPercent);
        attach(chart,
            scatter(Text::tr("Maximum drawdown %1% (%2 to %3)")
                        .arg(worst->depth * kPercent, 0, 'f', 1)
                        .arg(toDate(report.day[worst->peak]).toString(Qt::ISODate),
                            toDate(report.day[worst->trough]).toString(Qt::ISODate)),
                {trough}, kLevel, 9),
            x, y);
    }
    y->setRange(std::min(bottom * 1.05, -1.0), 0);
    y->applyNiceNumbers();
    return chart;
}

QChart *makeBenchmarkChart(const RiskReport &report)
{
    if (!report.benchmark) {
        QChart *chart = newChart(Text::tr("Rolling beta and correlation"));
        emptyAxes(chart, Text::tr("no benchmark selected"));
        return chart;
    }
    const BenchmarkStats &b = *report.benchmark;
    QChart *chart = newChart(Text::tr("Rolling %1-day beta and correlation against %2").arg(b.window).arg(b.symbol));
    if (b.day.empty()) {
        emptyAxes(chart, Text::tr("no common returns"));
        return chart;
    }
    const TimeScale time(b.day.front(), b.day.back());
    QList<QPointF> beta;
    QList<QPointF> corr;
    double lo = std::isfinite(b.beta) ? b.beta : 0;
    double hi = lo;
    for (std::size_t i = 0; i < b.day.size(); ++i) {
        if (std::isfinite(b.rollingBeta[i])) {
            beta << QPointF(time.x(b.day[i]), b.rollingBeta[i]);
            lo = std::min(lo, b.rollingBeta[i]);
            hi = std::max(hi, b.rollingBeta[i]);
        }
        if (std::isfinite(b.rollingCorrelation[i]))
            corr << QPointF(time.x(b.day[i]), b.rollingCorrelation[i]);
    }
    if (beta.isEmpty() && corr.isEmpty()) {
        delete time.axis();
        emptyAxes(chart, Text::tr("fewer common returns (%1) than the window").arg(b.count));
        return chart;
    }
    QAbstractAxis *x = time.axis();
    auto *yBeta = valueAxis(Text::tr("Beta"), QStringLiteral("%.1f"));
    auto *yCorr = valueAxis(Text::tr("Correlation"), QStringLiteral("%.1f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(yBeta, Qt::AlignLeft);
    chart->addAxis(yCorr, Qt::AlignRight);
    attach(chart, line(Text::tr("Rolling beta"), beta, pen(kData, 1.2)), x, yBeta);
    attach(chart, line(Text::tr("Rolling correlation (right axis)"), corr, pen(kSecond, 1.2)), x, yCorr);
    if (std::isfinite(b.beta))
        attach(chart,
            line(Text::tr("Full-sample beta %1").arg(b.beta, 0, 'f', 2),
                {QPointF(time.x(b.day.front()), b.beta), QPointF(time.x(b.day.back()), b.beta)},
                pen(kReference, 1.5, Qt::DashLine)),
            x, yBeta);
    const double pad = std::max(0.05, 0.05 * (hi - lo));
    yBeta->setRange(std::min(lo - pad, 0.0), hi + pad);
    yBeta->applyNiceNumbers();
    yCorr->setRange(-1, 1);
    yCorr->setTickCount(5);
    return chart;
}

} // namespace rutile::ui
