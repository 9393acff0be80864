#include "report/ReportChartPlot.h"

#include "report/ReportFormat.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace rutile::ui {

using namespace report;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ui::ReportChartPlot)
};

const QColor kSeriesColours[] = {QColor(0x1f, 0x5f, 0xa8), QColor(0x80, 0x80, 0x80), QColor(0xd9, 0x76, 0x1a),
                                 QColor(0x2a, 0x9d, 0x5c)};

double secondsOf(double day)
{
    return day * 86400.0; // QCPAxisTickerDateTime reads seconds since 1970-01-01
}

/// Tick labels as the report's numbers read (report/ReportFormat.h).
class FormatTicker : public QCPAxisTicker {
public:
    explicit FormatTicker(AxisFormat format) : m_format(format) {}

protected:
    double getTickStep(const QCPRange &range) override
    {
        m_step = QCPAxisTicker::getTickStep(range);
        return m_step;
    }
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        // As many decimals as the step needs: 5%, 2.5%, 0.25%.
        const auto decimals = [](double step) {
            return step > 0 ? std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 6) : 2;
        };
        switch (m_format) {
        case AxisFormat::Percent:
            return percent(tick, decimals(m_step * 100));
        case AxisFormat::Money:
            return money(tick).chopped(3); // whole units on an axis
        case AxisFormat::Number:
            break;
        }
        return QString::number(tick, 'f', decimals(m_step));
    }

private:
    AxisFormat m_format;
    double m_step = 0;
};

void style(QCustomPlot &plot, const ReportChart &chart)
{
    plot.setBackground(Qt::white);
    QFont font = plot.font();
    font.setPointSizeF(8);
    for (QCPAxis *axis : {plot.xAxis, plot.yAxis}) {
        axis->setTickLabelFont(font);
        axis->setBasePen(QPen(QColor(0x60, 0x60, 0x60)));
        axis->grid()->setPen(QPen(QColor(0xe4, 0xe4, 0xe4)));
    }
    plot.plotLayout()->insertRow(0);
    QFont titleFont = font;
    titleFont.setPointSizeF(9.5);
    titleFont.setBold(true);
    plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot, chart.title, titleFont));
    if (chart.kind != ReportChart::Kind::Bars && chart.kind != ReportChart::Kind::Histogram) {
        auto dates = QSharedPointer<QCPAxisTickerDateTime>::create();
        // Years over a long span; months over a short one (three ticks in one year say nothing).
        const double span = chart.x.empty() ? 0 : chart.x.back() - chart.x.front();
        dates->setDateTimeFormat(span > 5 * 365 ? QStringLiteral("yyyy") : QStringLiteral("MMM yyyy"));
        dates->setDateTimeSpec(Qt::UTC);
        dates->setTickCount(8);
        plot.xAxis->setTicker(dates);
    }
    if (chart.logScale) {
        plot.yAxis->setScaleType(QCPAxis::stLogarithmic);
        plot.yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    } else {
        plot.yAxis->setTicker(QSharedPointer<FormatTicker>::create(chart.yFormat));
    }
}

void fill(QCustomPlot &plot, const ReportChart &chart)
{
    using Kind = ReportChart::Kind;
    switch (chart.kind) {
    case Kind::Lines:
    case Kind::Area: {
        QVector<double> x;
        for (double d : chart.x)
            x << secondsOf(d);
        for (std::size_t i = 0; i < chart.series.size(); ++i) {
            QCPGraph *g = plot.addGraph();
            g->setName(chart.series[i].name);
            g->setData(x, QVector<double>(chart.series[i].y.begin(), chart.series[i].y.end()), true);
            QPen pen(kSeriesColours[i % std::size(kSeriesColours)], i == 0 ? 1.4 : 1.0);
            if (chart.kind == Kind::Area) {
                pen.setColor(QColor(0xb0, 0x30, 0x30));
                g->setBrush(QColor(0xb0, 0x30, 0x30, 70));
            }
            g->setPen(pen);
        }
        break;
    }
    case Kind::Bars: {
        auto *bars = new QCPBars(plot.xAxis, plot.yAxis);
        QVector<double> keys, values;
        auto labels = QSharedPointer<QCPAxisTickerText>::create();
        const int step = std::max(1, int(chart.categories.size() / 12));
        for (qsizetype i = 0; i < chart.categories.size(); ++i) {
            keys << double(i);
            values << (std::size_t(i) < chart.series.front().y.size() ? chart.series.front().y[std::size_t(i)] : 0.0);
            if (i % step == 0)
                labels->addTick(double(i), chart.categories[i]);
        }
        bars->setData(keys, values, true);
        bars->setWidth(0.7);
        bars->setPen(Qt::NoPen);
        bars->setBrush(kSeriesColours[0]);
        plot.xAxis->setTicker(labels);
        break;
    }
    case Kind::Histogram: {
        auto *bars = new QCPBars(plot.xAxis, plot.yAxis);
        QVector<double> keys, values;
        for (std::size_t i = 0; i < chart.x.size() && !chart.series.empty(); ++i) {
            keys << chart.x[i] + chart.binWidth / 2;
            values << chart.series.front().y.at(i);
        }
        bars->setData(keys, values, true);
        bars->setWidth(chart.binWidth);
        bars->setPen(QPen(Qt::white, 0.3));
        bars->setBrush(QColor(0x1f, 0x5f, 0xa8, 170));
        bars->setName(chart.series.empty() ? QString() : chart.series.front().name);
        auto ticker = QSharedPointer<FormatTicker>::create(AxisFormat::Percent);
        plot.xAxis->setTicker(ticker);
        for (const ReportSeries &s : chart.overlay) {
            QCPGraph *g = plot.addGraph();
            g->setName(s.name);
            g->setData(QVector<double>(chart.overlayX.begin(), chart.overlayX.end()), QVector<double>(s.y.begin(), s.y.end()), true);
            g->setPen(QPen(kSeriesColours[2], 1.4));
        }
        break;
    }
    }
    plot.rescaleAxes();
    if (chart.kind == Kind::Bars) {
        // rescaleAxes() fits the bars' centres and tops: the first and last bars came out cut
        // in half at the plot's edges and the longest ones ran into its border.
        plot.xAxis->setRange(-0.6, double(chart.categories.size()) - 0.4);
        const QCPRange values = plot.yAxis->range();
        const double pad = 0.06 * std::max(values.size(), 1e-12);
        plot.yAxis->setRange(values.lower < 0 ? values.lower - pad : values.lower,
                             values.upper > 0 ? values.upper + pad : values.upper);
    }
    const int series = int(chart.series.size() + chart.overlay.size());
    if (series > 1) {
        plot.legend->setVisible(true);
        QFont font = plot.font();
        font.setPointSizeF(7.5);
        plot.legend->setFont(font);
        plot.legend->setBrush(QColor(255, 255, 255, 220));
        plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    }
}

void build(QCustomPlot &plot, const ReportChart &chart)
{
    plot.resize(kReportChartWidth, kReportChartHeight);
    style(plot, chart);
    fill(plot, chart);
}

} // namespace

QPicture reportChartPicture(const ReportChart &chart)
{
    QCustomPlot plot;
    build(plot, chart);
    QPicture picture;
    QCPPainter painter(&picture);
    plot.toPainter(&painter, kReportChartWidth, kReportChartHeight); // lays the plot out and draws it
    painter.end();
    return picture;
}

std::vector<QPicture> recordReportCharts(const ReportDocument &document, const TaskControl &control)
{
    const std::size_t total = document.chartCount();
    std::vector<QPicture> pictures;
    for (const ReportSection &s : document.sections)
        for (const ReportBlock &b : s.blocks) {
            if (b.kind != ReportBlock::Kind::Chart)
                continue;
            if (control.cancelled())
                return pictures;
            pictures.push_back(reportChartPicture(b.chart));
            control.report(double(pictures.size()) / double(total));
        }
    return pictures;
}

Status checkRecordedCharts(const ReportDocument &document, const std::vector<QPicture> &charts)
{
    if (charts.size() != document.chartCount())
        return Error::internal(Text::tr("the report has more charts than were drawn"));
    return {};
}

QByteArray reportChartPng(const QPicture &chart, double scale)
{
    QImage image(QSize(kReportChartWidth, kReportChartHeight) * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.drawPicture(0, 0, chart);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QColor heatColour(double value, double scale)
{
    if (!std::isfinite(value) || scale <= 0)
        return Qt::white;
    const double t = std::clamp(std::abs(value) / scale, 0.0, 1.0);
    const QColor strong = value < 0 ? QColor(0xd7, 0x3a, 0x3a) : QColor(0x2e, 0x9e, 0x55);
    const auto mix = [t](int to) { return int(std::lround(255 + (to - 255) * t * 0.75)); };
    return QColor(mix(strong.red()), mix(strong.green()), mix(strong.blue()));
}

} // namespace rutile::ui
