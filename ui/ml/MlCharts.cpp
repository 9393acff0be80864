#include "ml/MlCharts.h"
#include "settings/PlotTheme.h"

#include "chart/PlotMessage.h"
#include "chart/PngOutput.h"

#include <algorithm>
#include <cmath>

namespace rutile::ui {

namespace {

const QColor kModelColor(0x1f, 0x5f, 0xbf);
const QColor kBaselineColor(0xe0, 0x7b, 0x00);
const QColor kFoldColor(0x2e, 0x7d, 0x32);
const QColor kGuideColor(0x9e, 0x9e, 0x9e);

double keyOf(DayNumber day)
{
    return double(day) * 86400.0; // seconds since 1970-01-01, as QCPAxisTickerDateTime reads them
}

QCPGraph *addGraph(QCustomPlot *plot, const QString &name, const QColor &color, Qt::PenStyle style = Qt::SolidLine)
{
    QCPGraph *g = plot->addGraph();
    g->setPen(QPen(color, 1.6, style));
    g->setName(name);
    if (!name.isEmpty()) {
        g->addToLegend();
        plot->legend->setVisible(true);
    }
    return g;
}

} // namespace

MlCharts::MlCharts(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("mlCharts"));
    m_importance = makePlot(tr("Accuracy lost when shuffled (points)"), QString());
    m_calibration = makePlot(tr("Predicted probability of up"), tr("Observed rate of up"));
    m_accuracy = makePlot(QString(), tr("Accuracy"));
    addTab(m_importance, tr("Feature &importance"));
    addTab(m_calibration, tr("&Calibration"));
    addTab(m_accuracy, tr("Accuracy over &time"));
    clear();
}

QCustomPlot *MlCharts::makePlot(const QString &xLabel, const QString &yLabel)
{
    auto *plot = new QCustomPlot(this);
    plot->xAxis->setLabel(xLabel);
    plot->yAxis->setLabel(yLabel);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    plot->legend->setVisible(false);
    followTheme(plot);
    return plot;
}

QCustomPlot *MlCharts::plot(Tab tab) const
{
    switch (tab) {
    case ImportanceTab: return m_importance;
    case CalibrationTab: return m_calibration;
    case AccuracyTab: return m_accuracy;
    }
    return m_importance;
}

void MlCharts::clear()
{
    for (QCustomPlot *p : {m_importance, m_calibration, m_accuracy}) {
        p->clearPlottables();
        p->clearItems();
        p->legend->setVisible(false);
        showPlotMessage(*p, tr("Train a model to see how it did."));
    }
}

void MlCharts::setEvaluation(const ml::Evaluation &e)
{
    clear();
    for (QCustomPlot *p : {m_importance, m_calibration, m_accuracy})
        clearPlotMessage(*p);
    showImportance(e);
    showCalibration(e);
    showAccuracy(e);
}

// Horizontal bars, the first feature on top; values in accuracy points (×100).
void MlCharts::showImportance(const ml::Evaluation &e)
{
    QCustomPlot *p = m_importance;
    auto *bars = new QCPBars(p->yAxis, p->xAxis);
    bars->setBrush(kModelColor);
    bars->setPen(Qt::NoPen);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int n = int(e.importance.size());
    double low = 0, high = 0;
    for (int i = 0; i < n; ++i) {
        const auto &[feature, value] = e.importance[std::size_t(i)];
        const double key = n - i;
        bars->addData(key, 100 * value);
        ticker->addTick(key, feature);
        low = std::min(low, 100 * value);
        high = std::max(high, 100 * value);
    }
    p->yAxis->setTicker(ticker);
    p->yAxis->setRange(0.4, n + 0.6);
    const double pad = std::max((high - low) * 0.08, 0.1);
    p->xAxis->setRange(low - pad, high + pad);
    p->replot();
}

void MlCharts::showCalibration(const ml::Evaluation &e)
{
    QCustomPlot *p = m_calibration;
    QCPGraph *diagonal = addGraph(p, tr("Calibrated"), kGuideColor, Qt::DashLine);
    diagonal->setData({0, 1}, {0, 1});
    QCPGraph *observed = addGraph(p, tr("Model (per bin)"), kModelColor);
    observed->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, kModelColor, Qt::white, 7));
    for (const ml::CalibrationBin &bin : e.metrics.calibration)
        if (bin.rows > 0)
            observed->addData(bin.meanPredicted, bin.observedRate);
    p->xAxis->setRange(0, 1);
    p->yAxis->setRange(0, 1);
    p->replot();
}

// A rolling accuracy over `window` consecutive test rows (a year of days, or a quarter of the
// test rows when fewer), the baseline over the same rows, and the folds' accuracies as steps.
void MlCharts::showAccuracy(const ml::Evaluation &e)
{
    QCustomPlot *p = m_accuracy;
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setDateTimeFormat(QStringLiteral("yyyy"));
    p->xAxis->setTicker(ticker);
    const std::size_t n = e.testProbability.size();
    m_window = int(std::clamp<std::size_t>(n / 4, 1, 252));
    const std::size_t w = std::size_t(m_window);
    const std::size_t stride = std::max<std::size_t>(1, n / 500);
    QCPGraph *model = addGraph(p, tr("Model, rolling %n test rows", nullptr, m_window), kModelColor);
    QCPGraph *baseline = addGraph(p, tr("Always-up or always-down, same rows"), kBaselineColor);
    QCPGraph *folds = addGraph(p, tr("Each fold's model"), kFoldColor);
    folds->setLineStyle(QCPGraph::lsStepLeft);
    // The test rows in date order (a shuffled split's rows come back sorted by row).
    std::size_t right = 0, ups = 0;
    for (std::size_t i = 0; i < n; ++i) {
        right += (e.testProbability[i] >= 0.5) == (e.testLabel[i] == 1);
        ups += std::size_t(e.testLabel[i]);
        if (i >= w) {
            right -= (e.testProbability[i - w] >= 0.5) == (e.testLabel[i - w] == 1);
            ups -= std::size_t(e.testLabel[i - w]);
        }
        // About 500 points: a point per row would draw thousands of lines per pixel column.
        if (i + 1 >= w && ((i + 1 - w) % stride == 0 || i + 1 == n)) {
            const double key = keyOf(e.testDay[i]);
            model->addData(key, double(right) / double(w));
            baseline->addData(key, double(std::max(ups, w - ups)) / double(w));
        }
    }
    if (e.folds.size() > 1) {
        for (const ml::EvaluationFold &f : e.folds)
            folds->addData(keyOf(f.firstDay), f.accuracy);
        folds->addData(keyOf(e.folds.back().lastDay), e.folds.back().accuracy);
    } else {
        folds->removeFromLegend();
    }
    auto *half = new QCPItemStraightLine(p);
    half->point1->setCoords(0, 0.5);
    half->point2->setCoords(1, 0.5);
    half->setPen(QPen(kGuideColor, 1, Qt::DotLine));
    p->xAxis->rescale();
    p->yAxis->rescale();
    const QCPRange y = p->yAxis->range();
    // Room above the lines for the legend.
    const double low = std::min(y.lower, 0.45) - 0.02, high = std::max(y.upper, 0.55) + 0.02;
    p->yAxis->setRange(low, high + 0.3 * (high - low));
    p->replot();
}

Status MlCharts::exportPng(const QString &path)
{
    QCustomPlot *p = plot(Tab(currentIndex()));
    return writePng(path, p->toPixmap(std::max(800, p->width()), std::max(500, p->height())).toImage());
}

} // namespace rutile::ui
