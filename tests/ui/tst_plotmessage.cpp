// A plot with nothing to show says so instead of drawing default axes (0 to 5, dates of 1970):
// ui/chart/PlotMessage, and the charts that start with it (equity, ML, pair).

#include "UiTestSupport.h"
#include "backtest/EquityChart.h"
#include "chart/PlotMessage.h"
#include "ml/MlCharts.h"
#include "relval/PairCharts.h"

#include <QTest>

using namespace rutile;
using namespace rutile::ui;

namespace {

/// Dark pixels in the middle fifth of `plot`'s first axis rect, where the message goes.
int inkInTheMiddle(QCustomPlot &plot)
{
    plot.replot();
    const QImage image = plot.grab().toImage();
    const QRect r = plot.axisRect()->rect();
    const QRect middle(r.center() - QPoint(r.width() / 5, 10), QSize(2 * r.width() / 5, 20));
    int n = 0;
    for (int y = middle.top(); y <= middle.bottom(); ++y)
        for (int x = middle.left(); x <= middle.right(); ++x)
            n += qGray(image.pixel(x, y)) < 160;
    return n;
}

/// Whether any axis of `plot` shows tick labels.
bool anyTickLabels(const QCustomPlot &plot)
{
    for (QCPAxisRect *rect : plot.axisRects())
        for (QCPAxis *axis : rect->axes())
            if (axis->visible() && axis->tickLabels())
                return true;
    return false;
}

} // namespace

class TestPlotMessage : public QObject {
    Q_OBJECT

private slots:
    void messageInsteadOfAxesAndBack()
    {
        QCustomPlot plot;
        plot.resize(500, 300);
        plot.xAxis2->setVisible(true);
        plot.xAxis2->setTickLabels(false); // as a shared-axis pane has it
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        const int before = inkInTheMiddle(plot);
        showPlotMessage(plot, QStringLiteral("Nothing to show yet: run something."));
        QVERIFY(showsPlotMessage(plot));
        QVERIFY(!anyTickLabels(plot));
        QVERIFY(!plot.xAxis->grid()->visible());
        QVERIFY2(inkInTheMiddle(plot) > before + 40, "no message drawn");
        showPlotMessage(plot, QStringLiteral("Another message")); // shown again: one item
        QCOMPARE(plot.itemCount(), 1);
        clearPlotMessage(plot);
        QVERIFY(!showsPlotMessage(plot));
        QCOMPARE(plot.itemCount(), 0);
        QVERIFY(plot.xAxis->tickLabels() && plot.yAxis->tickLabels() && plot.xAxis->grid()->visible());
        QVERIFY(!plot.xAxis2->tickLabels()); // what it had before
        clearPlotMessage(plot); // nothing to clear: nothing changes
        QVERIFY(plot.xAxis->tickLabels());
    }

    void equityChartSaysSoUntilItHasCurves()
    {
        EquityChart chart;
        chart.resize(600, 320);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVERIFY(showsPlotMessage(chart));
        QVERIFY(!anyTickLabels(chart)); // no 1970 dates, no 0..5
        test::maybeSaveShot(&chart, QStringLiteral("equity-empty"));
        EquityCurves curves;
        for (int i = 0; i < 50; ++i) {
            curves.days.push_back(DayNumber(19000 + i));
            curves.equity.push_back(100000 + 100 * i);
            curves.drawdown.push_back(0);
        }
        chart.setCurves(curves);
        QVERIFY(!showsPlotMessage(chart));
        QVERIFY(anyTickLabels(chart));
        chart.clearCurves();
        QVERIFY(showsPlotMessage(chart));
    }

    void mlAndPairChartsStartWithTheirMessage()
    {
        MlCharts ml;
        PairCharts pair;
        pair.resize(640, 360);
        pair.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pair));
        test::maybeSaveShot(&pair, QStringLiteral("pair-empty"));
        int plots = 0;
        for (QCustomPlot *plot : ml.findChildren<QCustomPlot *>() + pair.findChildren<QCustomPlot *>()) {
            QVERIFY(showsPlotMessage(*plot));
            QVERIFY(!anyTickLabels(*plot));
            ++plots;
        }
        QCOMPARE(plots, 7);
    }
};

QTEST_MAIN(TestPlotMessage)
#include "tst_plotmessage.moc"
