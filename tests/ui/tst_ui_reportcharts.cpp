// A report's bar chart (yearly returns) as the PNG and the PDF draw it: every bar whole, the
// first and last ones too, and the longest ones clear of the plot's border. Read off the pixels.

#include "report/ReportDocument.h"
#include "report/ReportChartPlot.h"

#include <QApplication>
#include <QImage>
#include <QTest>

#include <vector>

using namespace rutile;

namespace {

const QRgb kBarBlue = qRgb(0x1f, 0x5f, 0xa8);
const QRgb kAxisGrey = qRgb(0x60, 0x60, 0x60);

/// Widths of the runs of columns holding a bar's blue, left to right.
std::vector<int> blueColumnRuns(const QImage &image)
{
    std::vector<int> runs;
    int run = 0;
    for (int x = 0; x < image.width(); ++x) {
        bool blue = false;
        for (int y = 0; y < image.height() && !blue; ++y)
            blue = image.pixel(x, y) == kBarBlue;
        if (blue) {
            ++run;
        } else if (run > 0) {
            runs.push_back(run);
            run = 0;
        }
    }
    if (run > 0)
        runs.push_back(run);
    return runs;
}

/// The first and last rows of `colour` in `image`, or {-1, -1}.
std::pair<int, int> rowsOf(const QImage &image, QRgb colour)
{
    int first = -1, last = -1;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) == colour) {
                if (first < 0)
                    first = y;
                last = y;
                break;
            }
    return {first, last};
}

} // namespace

class TestReportCharts : public QObject {
    Q_OBJECT

private slots:
    void barsAreWholeAndClearOfTheBorder()
    {
        report::ReportChart chart;
        chart.kind = report::ReportChart::Kind::Bars;
        chart.title = QStringLiteral("Yearly returns");
        chart.yFormat = report::AxisFormat::Percent;
        chart.categories = {QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2023"), QStringLiteral("2024")};
        chart.series.push_back({QStringLiteral("Return"), {0.5, -0.2, 0.1, 0.3}});
        QImage image;
        QVERIFY(image.loadFromData(ui::reportChartPng(ui::reportChartPicture(chart), 1.0), "PNG"));
        image = image.convertToFormat(QImage::Format_RGB32);

        // Four bars of one width: the first and the last were cut in half at the edges.
        const std::vector<int> runs = blueColumnRuns(image);
        QCOMPARE(runs.size(), std::size_t(4));
        for (int width : runs)
            QVERIFY2(std::abs(width - runs[1]) <= 1, qPrintable(QStringLiteral("bar widths %1, %2, %3, %4")
                                                                    .arg(runs[0]).arg(runs[1]).arg(runs[2]).arg(runs[3])));

        // The value axis's line spans the plot's height: the tallest bar (+50 %) ends below its
        // top, the deepest (-20 %) above its bottom.
        const auto [axisTop, axisBottom] = rowsOf(image, kAxisGrey);
        const auto [barTop, barBottom] = rowsOf(image, kBarBlue);
        QVERIFY(axisTop >= 0 && barTop >= 0);
        QVERIFY2(barTop - axisTop >= 5, qPrintable(QStringLiteral("bar top %1, plot top %2").arg(barTop).arg(axisTop)));
        QVERIFY2(axisBottom - barBottom >= 5,
                 qPrintable(QStringLiteral("bar bottom %1, plot bottom %2").arg(barBottom).arg(axisBottom)));
    }
};

QTEST_MAIN(TestReportCharts)
#include "tst_ui_reportcharts.moc"
