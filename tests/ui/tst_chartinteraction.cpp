// Chart interaction driven with QTest events: wheel zoom, drag pan, keyboard, double-click,
// range buttons, y fitting and locking, the crosshair readout, pane separators and the
// legend buttons.

#include "ChartTestSupport.h"
#include "UiTestSupport.h"
#include "chart/ChartItems.h"
#include "chart/ChartWorkspace.h"
#include "chart/PriceChart.h"
#include "chart/RangePreset.h"

#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using namespace rutile;
using namespace rutile::ui;
using rutile::test::infoFor;
using rutile::test::zigzagSeries;

namespace {

void sendMouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(w, &e);
}

/// Index of the first weekday on or after `date` in weekdays counted from 2024-01-01, by
/// walking the calendar (independent of BarSeries::lowerBound).
int weekdayIndex(QDate date)
{
    int index = 0;
    for (QDate d(2024, 1, 1); d < date; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5)
            ++index;
    }
    return index;
}

/// A point of pane `pane`'s legend where the legend reports `part`, or (-1, -1).
QPoint legendPoint(const PriceChart &chart, int pane, int row, PaneLegend::Hit::Part part)
{
    const QRect r = chart.pane(pane).rect->rect();
    for (int y = r.top(); y < r.top() + 80; y += 2) {
        for (int x = r.left(); x < r.left() + 600; x += 2) {
            const PaneLegend::Hit hit = chart.pane(pane).legend->hitTest(QPointF(x, y));
            if (hit.row == row && hit.part == part)
                return QPoint(x, y);
        }
    }
    return QPoint(-1, -1);
}

} // namespace

class TestChartInteraction : public QObject {
    Q_OBJECT

    std::unique_ptr<PriceChart> makeChart(int bars = 300)
    {
        auto chart = std::make_unique<PriceChart>();
        chart->resize(1000, 640);
        chart->show();
        if (!QTest::qWaitForWindowExposed(chart.get()))
            return nullptr;
        const BarSeries s = zigzagSeries(bars);
        chart->setSeries(s, infoFor(s));
        chart->setVisibleRange(QCPRange(99.5, 199.5));
        // Let the queued second layout pass (margins for the fitted axes' labels) run, as the
        // event loop does on screen.
        QCoreApplication::processEvents();
        chart->replot();
        return chart;
    }

private slots:
    void wheelZoomsAroundTheCursorInEveryPane()
    {
        auto chart = makeChart();
        QVERIFY(chart);
        QVERIFY(
            chart->addIndicator(chart->defaultIndicator(*indicators::IndicatorRegistry::builtIn().find(u"rsi"))).ok());
        QCOMPARE(chart->paneCount(), 3);
        const QCPRange before = chart->visibleRange();
        // A whole pixel: QCustomPlot zooms around the event's position.
        const QPointF pos(std::round(chart->timeAxis()->coordToPixel(150)), chart->priceRect()->rect().center().y());
        const double keyUnderCursor = chart->timeAxis()->pixelToCoord(pos.x());
        QWheelEvent wheel(pos, chart->mapToGlobal(pos), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(chart.get(), &wheel);
        const QCPRange after = chart->visibleRange();
        // QCustomPlot zooms by the rect's factor (0.85) per wheel step of 120.
        RUTILE_COMPARE_REL(after.size(), before.size() * 0.85, 1e-6);
        QVERIFY2(std::abs(chart->timeAxis()->pixelToCoord(pos.x()) - keyUnderCursor) < 0.05,
            qPrintable(QStringLiteral("%1 vs %2").arg(chart->timeAxis()->pixelToCoord(pos.x())).arg(keyUnderCursor)));
        for (int i = 0; i < chart->paneCount(); ++i)
            QCOMPARE(chart->pane(i).keyAxis()->range(), after);
        QVERIFY(!chart->activePreset());
    }

    void dragPansAllPanes()
    {
        auto chart = makeChart();
        QVERIFY(chart);
        const QCPRange before = chart->visibleRange();
        const double barsPerPixel = before.size() / chart->priceRect()->width();
        const QPointF start(chart->priceRect()->rect().center());
        const QPointF end = start + QPointF(120, 0);
        sendMouse(chart.get(), QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
        sendMouse(chart.get(), QEvent::MouseMove, start + QPointF(60, 0), Qt::NoButton, Qt::LeftButton);
        sendMouse(chart.get(), QEvent::MouseMove, end, Qt::NoButton, Qt::LeftButton);
        sendMouse(chart.get(), QEvent::MouseButtonRelease, end, Qt::LeftButton, Qt::NoButton);
        const QCPRange after = chart->visibleRange();
        // Dragging right by 120 px shows earlier bars: the range moves left by 120 px worth.
        QVERIFY2(std::abs((before.lower - after.lower) - 120 * barsPerPixel) < 0.05,
            qPrintable(QStringLiteral("%1 -> %2").arg(before.lower).arg(after.lower)));
        RUTILE_COMPARE_REL(after.size(), before.size(), 1e-9);
        QCOMPARE(chart->volumeRect()->axis(QCPAxis::atBottom)->range(), after);
    }

    void keyboardZoomsPansAndJumps_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        // View [99.5, 199.5]: span 100, centre 149.5.
        QTest::newRow("+ zooms in by 1.25 around the centre") << int(Qt::Key_Plus) << 149.5 - 40.0 << 149.5 + 40.0;
        QTest::newRow("- zooms out by 1.25") << int(Qt::Key_Minus) << 149.5 - 62.5 << 149.5 + 62.5;
        QTest::newRow("left pans back 10% (10 bars)") << int(Qt::Key_Left) << 89.5 << 189.5;
        QTest::newRow("right pans on 10%") << int(Qt::Key_Right) << 109.5 << 209.5;
        // 300 bars: Home starts at the left limit (-0.5 - 5 empty slots), End ends 1.5 after
        // the last bar (299).
        QTest::newRow("Home shows the first bars") << int(Qt::Key_Home) << -5.5 << 94.5;
        QTest::newRow("End shows the last bars") << int(Qt::Key_End) << 201.5 << 301.5;
    }

    void keyboardZoomsPansAndJumps()
    {
        QFETCH(int, key);
        QFETCH(double, lower);
        QFETCH(double, upper);
        auto chart = makeChart();
        QVERIFY(chart);
        chart->setFocus();
        QTest::keyClick(chart.get(), Qt::Key(key));
        RUTILE_COMPARE_TOL(chart->visibleRange().lower, lower, 0, 1e-9);
        RUTILE_COMPARE_TOL(chart->visibleRange().upper, upper, 0, 1e-9);
    }

    void keyboardMoveLeavesNoStaleCrosshair()
    {
        auto chart = makeChart();
        QVERIFY(chart);
        chart->setFocus();
        chart->setCrosshairBar(120);
        QVERIFY(chart->legendText(0).contains(chart->series().date(120).toString(Qt::ISODate)));
        QTest::keyClick(chart.get(), Qt::Key_End);
        // The bar under the old crosshair has left the view: no crosshair, no date tag, and
        // the readout is the last bar in view.
        QVERIFY(!chart->crosshairBar());
        QVERIFY2(chart->legendText(0).contains(chart->series().date(299).toString(Qt::ISODate)), qPrintable(chart->legendText(0)));
        chart->setCrosshairBar(250);
        QTest::keyClick(chart.get(), Qt::Key_Left);
        QVERIFY(!chart->crosshairBar());
    }

    void panesRebuiltDuringASeparatorDragAreSafe()
    {
        // An undo (Ctrl+Z) while a separator is dragged rebuilds the panes under the drag.
        auto chart = makeChart();
        QVERIFY(chart);
        QVERIFY(chart->addIndicator(chart->defaultIndicator(*indicators::IndicatorRegistry::builtIn().find(u"rsi"))).ok());
        chart->replot();
        QCOMPARE(chart->paneCount(), 3);
        const QPoint grip(chart->width() / 2, chart->pane(2).rect->outerRect().top());
        sendMouse(chart.get(), QEvent::MouseButtonPress, grip, Qt::LeftButton, Qt::LeftButton);
        sendMouse(chart.get(), QEvent::MouseMove, grip + QPoint(0, 10), Qt::NoButton, Qt::LeftButton);
        chart->removeIndicator(0); // what the undo of "Add RSI" does
        QCOMPARE(chart->paneCount(), 2);
        sendMouse(chart.get(), QEvent::MouseMove, grip + QPoint(0, 20), Qt::NoButton, Qt::LeftButton);
        sendMouse(chart.get(), QEvent::MouseButtonRelease, grip + QPoint(0, 20), Qt::LeftButton, Qt::NoButton);
        QCOMPARE(chart->paneCount(), 2);
        QVERIFY(chart->paneHeight(1) > 0);
    }

    void doubleClickFitsEverything()
    {
        auto chart = makeChart();
        QVERIFY(chart);
        chart->setYLocked(true);
        QTest::mouseDClick(chart.get(), Qt::LeftButton, Qt::NoModifier, chart->priceRect()->rect().center());
        QCOMPARE(chart->visibleRange(), QCPRange(-1, 300));
        // The value axis was fitted to every bar even though it is locked: the highest high
        // is bar 298's (open 398, close 401, high 401.5).
        QVERIFY(chart->priceAxis()->range().upper >= 401.5);
        QVERIFY(chart->priceAxis()->range().lower <= 99.5);
        QVERIFY(chart->yLocked());
    }

    void rangeButtonsShowTheirPeriod_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QDate>("firstDate");
        // 300 weekdays from Mon 2024-01-01 end on Fri 2025-02-21.
        QTest::newRow("1M from 2025-01-21") << int(chart::RangePreset::OneMonth) << QDate(2025, 1, 21);
        QTest::newRow("3M from 2024-11-21") << int(chart::RangePreset::ThreeMonths) << QDate(2024, 11, 21);
        QTest::newRow("6M from 2024-08-21") << int(chart::RangePreset::SixMonths) << QDate(2024, 8, 21);
        QTest::newRow("YTD from 2025-01-01") << int(chart::RangePreset::YearToDate) << QDate(2025, 1, 1);
        QTest::newRow("1Y from 2024-02-21") << int(chart::RangePreset::OneYear) << QDate(2024, 2, 21);
        QTest::newRow("5Y: everything") << int(chart::RangePreset::FiveYears) << QDate(2024, 1, 1);
    }

    void rangeButtonsShowTheirPeriod()
    {
        QFETCH(int, preset);
        QFETCH(QDate, firstDate);
        ChartWorkspace workspace;
        workspace.resize(1100, 700);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        PriceChart *chart = workspace.chart();
        const BarSeries s = zigzagSeries(300);
        QCOMPARE(s.lastDate(), QDate(2025, 2, 21));
        chart->setSeries(s, infoFor(s));
        chart->setVisibleRange(QCPRange(10, 50));
        QToolButton *button = workspace.rangeButton(chart::RangePreset(preset));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(!button->isChecked());
        QTest::mouseClick(button, Qt::LeftButton);
        const int first = weekdayIndex(firstDate);
        QCOMPARE(chart->visibleRange().lower, first - 0.5);
        QCOMPARE(chart->visibleRange().upper, 300 + 1.5);
        QCOMPARE(chart->series().date(std::size_t(first)), firstDate);
        QVERIFY(button->isChecked());
        QCOMPARE(chart->activePreset(), std::optional<chart::RangePreset>(chart::RangePreset(preset)));
        // Panning leaves the preset.
        chart->setFocus();
        QTest::keyClick(chart, Qt::Key_Left);
        QVERIFY(!button->isChecked());
        QVERIFY(!chart->activePreset());
    }

    void valueAxesFitTheVisibleBarsUnlessLocked()
    {
        auto chart = makeChart();
        QVERIFY(chart);
        const BarSeries &s = chart->series();
        chart->setVisibleRange(QCPRange(-0.5, 10.5));
        double low = 1e9, high = -1e9, volume = 0;
        for (int i = 0; i <= 10; ++i) {
            low = std::min(low, s.low[std::size_t(i)]);
            high = std::max(high, s.high[std::size_t(i)]);
            volume = std::max(volume, s.volume[std::size_t(i)]);
        }
        const QCPRange price = chart->priceAxis()->range();
        QVERIFY(price.lower <= low && price.lower > low - 0.1 * (high - low));
        QVERIFY(price.upper >= high && price.upper < high + 0.4 * (high - low));
        QVERIFY(price.upper < s.high[20]); // later, higher bars do not stretch the axis
        QVERIFY(chart->volumeAxis()->range().upper >= volume);
        QVERIFY(chart->volumeAxis()->range().upper < volume * 1.2);
        QCOMPARE(chart->volumeAxis()->range().lower, 0.0);

        chart->setYLocked(true);
        chart->setVisibleRange(QCPRange(199.5, 249.5));
        QCOMPARE(chart->priceAxis()->range(), price);
        chart->setYLocked(false);
        QVERIFY(chart->priceAxis()->range().lower > high); // refitted to bars 200..249
    }

    void lockedAxesFitAnotherSymbolOnce()
    {
        // A lock keeps the ranges of the bars shown; another symbol's panes are new: fitted
        // to its bars once (they were left at QCustomPlot's 0..5 before, the chart blank).
        auto chart = makeChart();
        QVERIFY(chart);
        chart->setYLocked(true);
        BarSeries other = zigzagSeries(300);
        other.symbol = QStringLiteral("TENFOLD");
        for (std::vector<double> *column : {&other.open, &other.high, &other.low, &other.close, &other.adjClose})
            for (double &v : *column)
                v *= 10;
        chart->setSeries(other, infoFor(other));
        chart->setVisibleRange(QCPRange(99.5, 199.5));
        double low = 1e300, high = -1e300, volume = 0;
        for (std::size_t i = 100; i <= 199; ++i) {
            low = std::min(low, other.low[i]);
            high = std::max(high, other.high[i]);
            volume = std::max(volume, other.volume[i]);
        }
        const QCPRange price = chart->priceAxis()->range();
        QVERIFY2(price.lower <= low && price.upper >= high && price.size() < 2 * (high - low),
                 qPrintable(QStringLiteral("%1..%2 for bars %3..%4").arg(price.lower).arg(price.upper).arg(low).arg(high)));
        QVERIFY(chart->volumeAxis()->range().upper >= volume);
        // Locked from then on.
        chart->setVisibleRange(QCPRange(-0.5, 10.5));
        QCOMPARE(chart->priceAxis()->range(), price);
        QVERIFY(chart->yLocked());
    }

    void crosshairReadsOutTheBarAndIndicators()
    {
        auto chart = makeChart();
        QVERIFY(chart);
        QVERIFY(
            chart->addIndicator(chart->defaultIndicator(*indicators::IndicatorRegistry::builtIn().find(u"sma"))).ok());
        chart::ChartIndicator sma5 = chart->indicator(0);
        sma5.params = ParamValues {{QStringLiteral("period"), 5}};
        QVERIFY(chart->setIndicator(0, sma5).ok());
        QSignalSpy moved(chart.get(), &PriceChart::crosshairMoved);
        // Bar 123: opens 223, odd so closes down 2 at 221; previous close (bar 122, even) 225.
        const QPointF pos(chart->timeAxis()->coordToPixel(123) + 1, chart->priceRect()->rect().center().y());
        sendMouse(chart.get(), QEvent::MouseMove, pos, Qt::NoButton, Qt::NoButton);
        QCOMPARE(chart->crosshairBar(), std::optional<std::size_t>(123));
        QVERIFY(moved.count() >= 1);
        const QString text = chart->legendText(0);
        const QDate date = chart->series().date(123);
        QVERIFY2(text.contains(date.toString(Qt::ISODate)), qPrintable(text));
        const QLocale l;
        for (const QString &part : QStringList {QStringLiteral("O ") + l.toString(223.0, 'f', 2),
                 QStringLiteral("H ") + l.toString(223.5, 'f', 2), QStringLiteral("L ") + l.toString(220.5, 'f', 2),
                 QStringLiteral("C ") + l.toString(221.0, 'f', 2)})
            QVERIFY2(text.contains(part), qPrintable(text + QStringLiteral(" lacks ") + part));
        // Change: 221 / 225 − 1 = −1.777…% → "-1.78%".
        QVERIFY2(text.contains(l.toString(-1.78, 'f', 2) + QLatin1Char('%')), qPrintable(text));
        // Volume 1000 + 10·123 = 2230 → "2.23K".
        QVERIFY2(
            text.contains(QStringLiteral("Vol ") + l.toString(2.23, 'g', 3) + QStringLiteral("K")), qPrintable(text));
        // SMA(5) at bar 123: closes of bars 119..123 are 217, 223, 219, 225, 221 (odd i: 98+i,
        // even i: 103+i) → mean 1105/5 = 221.
        QVERIFY2(text.contains(QStringLiteral("SMA(5)  ") + l.toString(221.0, 'f', 2)), qPrintable(text));
        // The crosshair's date label names the bar.
        QVERIFY(chart->readoutText().contains(QStringLiteral("SMA(5)")));

        // Leaving the chart hides the crosshair; the legend reads the last visible bar.
        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(chart.get(), &leave);
        QVERIFY(!chart->crosshairBar());
        QCOMPARE(chart->readoutBar(), std::optional<std::size_t>(199));
    }

    void separatorsResizePanes()
    {
        auto chart = makeChart();
        QVERIFY(chart);
        QCOMPARE(chart->paneCount(), 2);
        const int priceBefore = chart->priceRect()->outerRect().height();
        const int volumeBefore = chart->volumeRect()->outerRect().height();
        const int y = chart->volumeRect()->outerRect().top();
        const QPointF grip(chart->priceRect()->rect().center().x(), y);
        QSignalSpy changed(chart.get(), &PriceChart::layoutChanged);
        sendMouse(chart.get(), QEvent::MouseButtonPress, grip, Qt::LeftButton, Qt::LeftButton);
        sendMouse(chart.get(), QEvent::MouseMove, grip + QPointF(0, 50), Qt::NoButton, Qt::LeftButton);
        sendMouse(chart.get(), QEvent::MouseButtonRelease, grip + QPointF(0, 50), Qt::LeftButton, Qt::NoButton);
        chart->replot();
        QVERIFY(std::abs(chart->priceRect()->outerRect().height() - (priceBefore + 50)) <= 2);
        QVERIFY(std::abs(chart->volumeRect()->outerRect().height() - (volumeBefore - 50)) <= 2);
        QCOMPARE(changed.count(), 1);
        // The drag did not pan.
        QCOMPARE(chart->visibleRange(), QCPRange(99.5, 199.5));
        // The heights are part of the layout.
        const auto layout = chart->layout();
        RUTILE_COMPARE_REL(
            layout.priceHeight / layout.volumeHeight, double(priceBefore + 50) / (volumeBefore - 50), 0.03);
    }

    void legendButtonsEditAndRemove()
    {
        auto chart = makeChart();
        QVERIFY(chart);
        const auto &registry = indicators::IndicatorRegistry::builtIn();
        QVERIFY(chart->addIndicator(chart->defaultIndicator(*registry.find(u"ema"))).ok());
        QVERIFY(chart->addIndicator(chart->defaultIndicator(*registry.find(u"macd"))).ok());
        QCOMPARE(chart->paneCount(), 3);
        QCOMPARE(chart->pane(2).kind, ChartPane::Kind::Indicator);
        QVERIFY2(chart->legendText(2).startsWith(QStringLiteral("MACD(12,26,9)")), qPrintable(chart->legendText(2)));
        // Its outputs named in words (Signal, Histogram), not by their CLI keys (signal, hist).
        QVERIFY2(chart->legendText(2).contains(QStringLiteral(" Signal ")) && chart->legendText(2).contains(QStringLiteral(" Histogram ")),
                 qPrintable(chart->legendText(2)));
        QVERIFY2(!chart->legendText(2).contains(QStringLiteral(" hist ")), qPrintable(chart->legendText(2)));

        QSignalSpy edit(chart.get(), &PriceChart::indicatorEditRequested);
        const QPoint title = legendPoint(*chart, 2, 0, PaneLegend::Hit::Part::Title);
        QVERIFY(title.x() >= 0);
        QTest::mouseClick(chart.get(), Qt::LeftButton, Qt::NoModifier, title);
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.first().first().toInt(), 1);

        const QPoint remove = legendPoint(*chart, 2, 0, PaneLegend::Hit::Part::Remove);
        QVERIFY(remove.x() >= 0);
        // The × sits right after the title: other bars' values (of other widths) leave it in place.
        for (std::size_t bar : {std::size_t(40), std::size_t(150), std::size_t(299)}) {
            chart->setCrosshairBar(bar);
            QCOMPARE(chart->pane(2).legend->hitTest(remove).part, PaneLegend::Hit::Part::Remove);
            QVERIFY(remove.x() < chart->pane(2).rect->left() + 200);
        }
        QTest::mouseClick(chart.get(), Qt::LeftButton, Qt::NoModifier, remove);
        QCOMPARE(chart->indicatorCount(), 1);
        QCOMPARE(chart->paneCount(), 2);

        // The overlay's row in the price pane (row 1, after the symbol row).
        const QPoint removeEma = legendPoint(*chart, 0, 1, PaneLegend::Hit::Part::Remove);
        QVERIFY(removeEma.x() >= 0);
        QTest::mouseClick(chart.get(), Qt::LeftButton, Qt::NoModifier, removeEma);
        QCOMPARE(chart->indicatorCount(), 0);

        // The volume pane goes through removePane.
        chart->removePane(1);
        QCOMPARE(chart->paneCount(), 1);
        QVERIFY(!chart->volumeVisible());
        QVERIFY(!chart->volumeRect());
        chart->removePane(0); // the price pane stays
        QCOMPARE(chart->paneCount(), 1);
    }

    void jumpToDateCentresTheBar()
    {
        auto chart = makeChart();
        QVERIFY(chart);
        // 2024-03-09 is a Saturday: the next bar is Monday 2024-03-11, bar 50.
        QVERIFY(chart->jumpToDate(QDate(2024, 3, 9)));
        QCOMPARE(chart->crosshairBar(), std::optional<std::size_t>(50));
        QCOMPARE(chart->visibleRange().center(), 50.0);
        RUTILE_COMPARE_REL(chart->visibleRange().size(), 100.0, 1e-12);
        QVERIFY(!chart->jumpToDate(QDate(2030, 1, 1)));
    }
};

QTEST_MAIN(TestChartInteraction)
#include "tst_chartinteraction.moc"
