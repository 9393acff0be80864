// Drawings of the price pane: names, validation, JSON inside the chart layout (its errors are
// in tst_chart_layout), Fibonacci prices and the date ↔ bar-index map that anchors them,
// against values worked out by hand.

#include "chart/ChartLayout.h"
#include "chart/Drawing.h"
#include "data/Timeframe.h"

#include "TestSupport.h"
#include "TradingDays.h"

#include <QJsonDocument>

using namespace rutile;
using namespace rutile::chart;

namespace {

Drawing trendLine()
{
    Drawing d;
    d.kind = DrawingKind::TrendLine;
    d.points = {{QDate(2024, 1, 2), 100.0}, {QDate(2024, 2, 1), 120.5}};
    d.style = {QStringLiteral("#ff0000"), 2.0, LineStyle::Dash};
    d.extendRight = true;
    return d;
}


} // namespace

class TestChartDrawing : public QObject {
    Q_OBJECT

private slots:
    void kindNamesReadBack()
    {
        QCOMPARE(allDrawingKinds().size(), std::size_t(7));
        for (DrawingKind k : allDrawingKinds())
            QCOMPARE(drawingKindFromName(drawingKindName(k)), std::optional<DrawingKind>(k));
        QCOMPARE(drawingKindName(DrawingKind::Fibonacci), QStringLiteral("fibonacci"));
        QVERIFY(!drawingKindFromName(u"pitchfork"));
        QCOMPARE(drawingPointCount(DrawingKind::HorizontalLine), 1);
        QCOMPARE(drawingPointCount(DrawingKind::Text), 1);
        QCOMPARE(drawingPointCount(DrawingKind::Rectangle), 2);
    }

    void layoutRoundTripsDrawings()
    {
        ChartLayout l;
        l.drawings.push_back(trendLine());
        Drawing note;
        note.kind = DrawingKind::Text;
        note.points = {{QDate(2023, 12, 29), 98.25}};
        note.text = QStringLiteral("Breakout, \"retest\" → long");
        l.drawings.push_back(note);
        Drawing fib;
        fib.kind = DrawingKind::Fibonacci;
        fib.points = {{QDate(2020, 3, 23), 991.16}, {QDate(2021, 3, 15), 2360.17}};
        l.drawings.push_back(fib);
        QVERIFY(l.validate().ok());
        const auto back = ChartLayout::fromJsonText(l.toJsonText());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->drawings.size(), std::size_t(3));
        QVERIFY(back->drawings[0] == l.drawings[0]);
        QVERIFY(back->drawings[1] == note);
        QVERIFY(*back == l);
        // Older layouts have no drawings.
        QVERIFY(ChartLayout::fromJsonText("{}")->drawings.empty());
    }

    void fibonacciLevelsByHand()
    {
        const std::vector<double> expected {0.0, 0.236, 0.382, 0.5, 0.618, 0.786, 1.0};
        QCOMPARE(std::vector<double>(fibonacciRatios().begin(), fibonacciRatios().end()), expected);
        // A move up from 100 to 200: 0 at the high, 1 at the low, 61.8 % retraced at 138.2.
        const DrawingPoint low {QDate(2024, 1, 2), 100}, high {QDate(2024, 3, 1), 200};
        QCOMPARE(fibonacciPrice(low, high, 0.0), 200.0);
        QCOMPARE(fibonacciPrice(low, high, 1.0), 100.0);
        RUTILE_COMPARE_REL(fibonacciPrice(low, high, 0.618), 138.2, 1e-15);
        // A move down from 200 to 100 retraces upwards: 38.2 % at 138.2.
        RUTILE_COMPARE_REL(fibonacciPrice(high, low, 0.382), 138.2, 1e-15);
    }

    void datesMapToBarsAndBack()
    {
        // January 2024 weekdays without New Year's Day (Monday) and MLK day (Monday 15th):
        // 21 bars, from Tuesday the 2nd to Wednesday the 31st.
        const auto days = test::weekdayNumbers(QDate(2024, 1, 2), QDate(2024, 1, 31), {QDate(2024, 1, 15)});
        QCOMPARE(days.size(), std::size_t(21));
        const DateKeyMap map(days);
        QCOMPARE(map.keyOfDate(QDate(2024, 1, 2)), 0.0);
        QCOMPARE(map.keyOfDate(QDate(2024, 1, 12)), 8.0); // Friday: the 9th bar
        QCOMPARE(map.keyOfDate(QDate(2024, 1, 15)), 9.0); // the holiday: the next bar, Tuesday 16th
        QCOMPARE(map.keyOfDate(QDate(2024, 1, 13)), 9.0); // Saturday too
        QCOMPARE(map.dateOfKey(9.0), QDate(2024, 1, 16));
        QCOMPARE(map.dateOfKey(8.6), QDate(2024, 1, 16)); // the nearest bar
        QCOMPARE(map.dateOfKey(20.0), QDate(2024, 1, 31));
        // Beyond the last bar: 20 bars over 29 calendar days, so 29 days later is 20 bars on.
        QCOMPARE(map.keyOfDate(QDate(2024, 2, 29)), 40.0);
        QCOMPARE(map.dateOfKey(40.0), QDate(2024, 2, 29));
        QCOMPARE(map.keyOfDate(QDate(2023, 12, 4)), -20.0);
        QCOMPARE(map.dateOfKey(-20.0), QDate(2023, 12, 4));

        // On weekly bars a date is the bar of its week (dated by the week's last trading day).
        BarSeries daily;
        for (DayNumber d : days)
            daily.append(Bar {d, 1, 1, 1, 1, 1, 1});
        const BarSeries weekly = resample(daily, Timeframe::Weekly);
        QCOMPARE(weekly.size(), std::size_t(5));
        const DateKeyMap weeks(weekly.day);
        QCOMPARE(weeks.keyOfDate(QDate(2024, 1, 17)), 2.0); // Wednesday of the third week
        QCOMPARE(weeks.dateOfKey(2.0), QDate(2024, 1, 19));

        const DateKeyMap none(std::span<const DayNumber> {});
        QVERIFY(none.empty());
        QVERIFY(!none.dateOfKey(3).isValid());
    }
};

QTEST_GUILESS_MAIN(TestChartDrawing)
#include "tst_chart_drawing.moc"
