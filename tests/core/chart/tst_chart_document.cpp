// The chart's document without a widget: series and timeframe, indicators computed on the
// chosen bars, compare mode, drawings and the layout, with values worked out independently.

#include "chart/ChartDocument.h"
#include "chart/HeikinAshi.h"

#include "TestSupport.h"

#include <cmath>

using namespace rutile;
using namespace rutile::chart;

namespace {

/// `count` weekdays from Monday 2024-01-01, close = 100 + i, volume 10 (or 0 without volume).
BarSeries weekdays(int count, double volume = 10, double offset = 0)
{
    BarSeries s;
    s.symbol = QStringLiteral("DOC");
    QDate d(2024, 1, 1);
    for (int i = 0; i < count; d = d.addDays(1)) {
        if (d.dayOfWeek() > 5)
            continue;
        const double c = 100 + i + offset;
        s.append(Bar {toDayNumber(d), c - 0.5, c + 1, c - 1, c, c, volume});
        ++i;
    }
    return s;
}

ChartIndicator sma(int period)
{
    return ChartIndicator {QStringLiteral("sma"), ParamValues {{QStringLiteral("period"), period}}, {SeriesStyle {}}, 1.0};
}

} // namespace

class TestChartDocument : public QObject {
    Q_OBJECT

private slots:
    void indicatorsFollowTheTimeframe()
    {
        ChartDocument doc;
        doc.setSeries(weekdays(50)); // ten whole weeks
        QCOMPARE(doc.bars().size(), std::size_t(50));
        const auto added = doc.addIndicator(sma(3));
        QVERIFY(added.ok());
        QCOMPARE(*added, 0);
        // Daily SMA(3) at the last bar: closes 147, 148, 149.
        QCOMPARE(doc.indicator(0).result.columns[0].values.back(), 148.0);

        QVERIFY(doc.setTimeframe(Timeframe::Weekly));
        QVERIFY(!doc.setTimeframe(Timeframe::Weekly));
        QCOMPARE(doc.bars().size(), std::size_t(10));
        QCOMPARE(doc.daily().size(), std::size_t(50));
        // Weekly closes are each Friday's: 104, 109, …, 149; SMA(3) of the last three weeks.
        QCOMPARE(doc.bars().close.back(), 149.0);
        QCOMPARE(doc.indicator(0).result.columns[0].values.back(), (139.0 + 144.0 + 149.0) / 3);
        QVERIFY(doc.indicator(0).valid);
        // Monthly: January, February and the first week of March; SMA(3) still fits, SMA(5)
        // does not and is not added.
        QVERIFY(doc.setTimeframe(Timeframe::Monthly));
        QCOMPARE(doc.bars().size(), std::size_t(3));
        QVERIFY(doc.indicator(0).valid);
        QVERIFY(!doc.addIndicator(sma(5)).ok());
        QCOMPARE(doc.indicatorCount(), 1);
        // Back to daily: the values are the daily ones again.
        QVERIFY(doc.setTimeframe(Timeframe::Daily));
        QCOMPARE(doc.indicator(0).result.columns[0].values.back(), 148.0);
    }

    void styleAndVolume()
    {
        ChartDocument doc;
        doc.setSeries(weekdays(20));
        QVERIFY(&doc.displayed() == &doc.bars());
        QVERIFY(doc.setStyle(ChartStyle::HeikinAshi));
        const BarSeries expected = heikinAshi(doc.bars());
        QCOMPARE(doc.displayed().close, expected.close);
        QCOMPARE(doc.barIndex().size(), std::size_t(20));
        QVERIFY(doc.hasVolume());
        doc.setSeries(weekdays(20, 0));
        QVERIFY(!doc.hasVolume());
        QVERIFY(doc.showVolume()); // the setting stays
    }

    void compareModeAlignsAndRecoversFromErrors()
    {
        ChartDocument doc;
        doc.setSeries(weekdays(30));
        BarSeries other = weekdays(30, 10, 100); // closes 200 + i
        other.symbol = QStringLiteral("OTH");
        CompareSettings settings;
        settings.symbols = {QStringLiteral("OTH")};
        settings.correlationWindow = 5;
        QVERIFY(doc.setCompare(settings, {other}).ok());
        QVERIFY(doc.compareMode());
        QCOMPARE(doc.compare().names, QStringList {QStringLiteral("OTH")});
        QCOMPARE(doc.compare().aligned[0].back(), 229.0);
        QCOMPARE(doc.compare().ratio.back(), 129.0 / 229.0);
        // A bad window leaves compare mode as it was.
        CompareSettings bad = settings;
        bad.correlationWindow = 1;
        QVERIFY(!doc.setCompare(bad, {other}).ok());
        QCOMPARE(doc.compare().settings.correlationWindow, 5);
        QCOMPARE(doc.compare().ratio.back(), 129.0 / 229.0);
        // Weekly: OTH's closes on the primary's Fridays.
        QVERIFY(doc.setTimeframe(Timeframe::Weekly));
        QCOMPARE(doc.compare().aligned[0].size(), doc.bars().size());
        QCOMPARE(doc.compare().aligned[0].back(), 229.0);
        // A new series ends compare mode: its symbols belonged to the old one.
        doc.setSeries(weekdays(30));
        QVERIFY(!doc.compareMode());
        QVERIFY(!doc.clearCompare());
    }

    void layoutRoundTripsWithoutTheRange()
    {
        ChartDocument doc;
        doc.setSeries(weekdays(60));
        ChartLayout l;
        l.style = ChartStyle::Ohlc;
        l.timeframe = Timeframe::Weekly;
        l.logScale = true;
        l.showVolume = false;
        l.priceHeight = 4;
        l.indicators = {sma(2), sma(50)}; // SMA(50) needs more than twelve weeks
        Drawing line;
        line.kind = DrawingKind::HorizontalLine;
        line.points = {{QDate(2024, 2, 1), 120}};
        l.drawings = {line};
        const Status applied = doc.applyLayout(l);
        QVERIFY(!applied.ok());
        QVERIFY2(applied.error().message.contains(QStringLiteral("sma")), qPrintable(applied.error().message));
        QCOMPARE(doc.indicatorCount(), 2); // kept, drawn once there is data
        QVERIFY(doc.indicator(0).valid);
        QVERIFY(!doc.indicator(1).valid);
        QCOMPARE(doc.bars().size(), std::size_t(12));
        QCOMPARE(doc.drawings().size(), std::size_t(1));
        ChartLayout back = doc.layout();
        QVERIFY(!back.rangePreset);
        back.rangePreset = l.rangePreset;
        QCOMPARE(back.style, l.style);
        QCOMPARE(back.timeframe, l.timeframe);
        QCOMPARE(back.indicators.size(), std::size_t(2));
        QCOMPARE(back.drawings, l.drawings);
        QVERIFY(back == l);

        // An invalid layout changes nothing.
        ChartLayout invalid = l;
        invalid.priceHeight = 0;
        QVERIFY(!doc.applyLayout(invalid).ok());
        QCOMPARE(doc.priceHeight(), 4.0);
    }
};

QTEST_GUILESS_MAIN(TestChartDocument)
#include "tst_chart_document.moc"
