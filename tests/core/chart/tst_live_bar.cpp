// The live bar of a chart document: the session's forming daily bar merged into the bar of its
// period, and every indicator's value on it from its streaming twin. The reference is the batch
// computation over the cached days plus the forming day, resampled: the streamed values must
// equal it (to rounding), on daily bars and on weekly bars, for a new period and for the last
// one replaced; taking the live bar off gives the confirmed document back exactly.

#include "chart/ChartDocument.h"
#include "data/Timeframe.h"
#include "indicators/IndicatorRegistry.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <random>

using namespace rutile;
using namespace rutile::chart;

namespace {

/// 300 weekdays of a seeded random walk ending Wednesday 2024-06-12.
BarSeries walk()
{
    std::mt19937_64 rng(7);
    std::normal_distribution<double> step(0, 0.01);
    std::vector<QDate> days;
    for (QDate d(2024, 6, 12); days.size() < 300; d = d.addDays(-1)) {
        if (d.dayOfWeek() <= 5)
            days.push_back(d);
    }
    std::reverse(days.begin(), days.end());
    BarSeries s;
    s.symbol = QStringLiteral("RUT");
    double c = 2000;
    for (const QDate &d : days) {
        const double open = c;
        c *= std::exp(step(rng));
        s.append({toDayNumber(d), open, std::max(open, c) * 1.003, std::min(open, c) * 0.997, c, c, 1e6});
    }
    return s;
}

const char *const kSpecs[] = {"sma:20", "ema:12", "rsi:14", "macd:12,26,9", "bbands:20,2", "atr:14", "stoch:14,3,3",
                              "wma:10", "roc:10"};

void addIndicators(ChartDocument &doc)
{
    for (const char *text : kSpecs) {
        const auto spec = indicators::parseIndicatorSpec(QString::fromLatin1(text));
        QVERIFY2(spec.ok(), text);
        QVERIFY2(doc.addIndicator(ChartIndicator{spec->descriptor->name, spec->params, {}, 1.0}).ok(), text);
    }
}

/// The daily bars with `forming` added (replacing a bar of the same day).
BarSeries withForming(const BarSeries &daily, const Bar &forming)
{
    BarSeries out;
    out.symbol = daily.symbol;
    for (std::size_t i = 0; i < daily.size(); ++i) {
        if (daily.day[i] < forming.day)
            out.append(daily.bar(i));
    }
    out.append(forming);
    return out;
}

/// Compares the document (live) with the batch computation on `reference` bars.
void compareWithBatch(const ChartDocument &doc, const BarSeries &reference)
{
    QCOMPARE(doc.bars().size(), reference.size());
    const std::size_t last = reference.size() - 1;
    QCOMPARE(doc.liveIndex(), std::optional<std::size_t>(last));
    QCOMPARE(doc.bars().day[last], reference.day[last]);
    QCOMPARE(doc.bars().open[last], reference.open[last]);
    QCOMPARE(doc.bars().high[last], reference.high[last]);
    QCOMPARE(doc.bars().low[last], reference.low[last]);
    QCOMPARE(doc.bars().close[last], reference.close[last]);
    QCOMPARE(doc.bars().volume[last], reference.volume[last]);
    int checked = 0;
    for (int k = 0; k < doc.indicatorCount(); ++k) {
        const DocumentIndicator &ind = doc.indicator(k);
        const auto batch = indicators::compute(*ind.descriptor, reference, ind.spec.params);
        QVERIFY(batch.ok());
        for (std::size_t c = 0; c < batch->columns.size(); ++c) {
            const double expected = batch->columns[c].values[last];
            const double streamed = ind.result.columns[c].values[last];
            QCOMPARE(ind.result.columns[c].values.size(), reference.size());
            QVERIFY2(std::isfinite(expected), qPrintable(ind.spec.name));
            QVERIFY2(std::abs(streamed - expected) <= 1e-9 * std::max(1.0, std::abs(expected)),
                     qPrintable(QStringLiteral("%1.%2: streamed %3, batch %4")
                                    .arg(ind.spec.name, batch->columns[c].output)
                                    .arg(streamed, 0, 'g', 17)
                                    .arg(expected, 0, 'g', 17)));
            // The bars before the live one are the batch's too.
            QCOMPARE(ind.result.columns[c].values[last - 1], batch->columns[c].values[last - 1]);
            ++checked;
        }
    }
    QCOMPARE(checked, 14); // every output of every indicator above: 1+1+1+3+3+1+2+1+1
}

} // namespace

class TestLiveBar : public QObject {
    Q_OBJECT

private slots:
    void dailyNewBarAndReplacedBar_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::newRow("the next session") << QDate(2024, 6, 13);
        QTest::newRow("the last cached session again") << QDate(2024, 6, 12);
    }

    void dailyNewBarAndReplacedBar()
    {
        QFETCH(QDate, day);
        const BarSeries daily = walk();
        ChartDocument doc;
        doc.setSeries(daily);
        addIndicators(doc);
        const double c = daily.close.back();
        for (double move : {0.004, -0.012, 0.02}) { // three ticks of the same session
            const Bar forming{toDayNumber(day), c, c * 1.025, c * 0.985, c * (1 + move), c * (1 + move), 4e5};
            QVERIFY(doc.setLiveBar(forming).ok());
            compareWithBatch(doc, withForming(daily, forming));
        }
    }

    void weeklyBarsMergeTheFormingDay_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("replaces");
        QTest::newRow("Thursday of the last cached week") << QDate(2024, 6, 13) << true;
        QTest::newRow("Monday of a new week") << QDate(2024, 6, 17) << false;
    }

    void weeklyBarsMergeTheFormingDay()
    {
        QFETCH(QDate, day);
        QFETCH(bool, replaces);
        const BarSeries daily = walk();
        ChartDocument doc;
        doc.setSeries(daily);
        QVERIFY(doc.setTimeframe(Timeframe::Weekly));
        addIndicators(doc);
        const std::size_t weeks = doc.bars().size();
        const double c = daily.close.back();
        const Bar forming{toDayNumber(day), c * 1.001, c * 1.04, c * 0.95, c * 1.01, c * 1.01, 2e6};
        QVERIFY(doc.setLiveBar(forming).ok());
        QCOMPARE(doc.bars().size(), replaces ? weeks : weeks + 1);
        compareWithBatch(doc, resample(withForming(daily, forming), Timeframe::Weekly));
    }

    void aNewSessionKeepsTheLastOne()
    {
        // Live Updates left on overnight without an update: Thursday's last tick is Thursday's
        // bar, and Friday's streams follow it.
        const BarSeries daily = walk();
        ChartDocument doc;
        doc.setSeries(daily);
        addIndicators(doc);
        const double c = daily.close.back();
        const Bar thursday{toDayNumber(QDate(2024, 6, 13)), c, c * 1.02, c * 0.99, c * 1.01, c * 1.01, 5e5};
        QVERIFY(doc.setLiveBar(thursday).ok());
        const Bar friday{toDayNumber(QDate(2024, 6, 14)), c * 1.01, c * 1.03, c * 1.0, c * 1.025, c * 1.025, 3e5};
        QVERIFY(doc.setLiveBar(friday).ok());
        compareWithBatch(doc, withForming(withForming(daily, thursday), friday));
        QCOMPARE(doc.daily().lastDate(), QDate(2024, 6, 13));
    }

    void clearingGivesTheConfirmedDocumentBack()
    {
        ChartDocument doc;
        doc.setSeries(walk());
        addIndicators(doc);
        const BarSeries before = doc.bars();
        const std::vector<double> macdBefore = doc.indicator(3).result.columns[1].values;
        const double c = before.close.back();
        QVERIFY(doc.setLiveBar({toDayNumber(QDate(2024, 6, 13)), c, c, c, c, c, 0}).ok());
        QCOMPARE(doc.confirmedBars().size(), before.size());
        doc.clearLiveBar();
        QVERIFY(!doc.liveIndex());
        QCOMPARE(doc.bars().day, before.day);
        QCOMPARE(doc.bars().close, before.close);
        const std::vector<double> &after = doc.indicator(3).result.columns[1].values;
        QCOMPARE(after.size(), macdBefore.size());
        QVERIFY(std::memcmp(after.data(), macdBefore.data(), after.size() * sizeof(double)) == 0); // NaN warm-up too
    }

    void changesKeepTheLiveBar()
    {
        const BarSeries daily = walk();
        ChartDocument doc;
        doc.setSeries(daily);
        const double c = daily.close.back();
        const Bar forming{toDayNumber(QDate(2024, 6, 13)), c, c * 1.01, c * 0.99, c * 1.005, c * 1.005, 1e5};
        QVERIFY(doc.setLiveBar(forming).ok());
        addIndicators(doc); // added while live: their streams are fed then
        compareWithBatch(doc, withForming(daily, forming));
        QVERIFY(doc.setTimeframe(Timeframe::Monthly));
        QVERIFY(doc.liveIndex());
        QVERIFY(doc.setTimeframe(Timeframe::Daily));
        compareWithBatch(doc, withForming(daily, forming));
        doc.setSeries(daily); // another series: no live bar
        QVERIFY(!doc.liveIndex());
    }

    void refusesABadOrOldBar()
    {
        const BarSeries daily = walk();
        ChartDocument doc;
        doc.setSeries(daily);
        const double c = daily.close.back();
        const auto old = doc.setLiveBar({toDayNumber(QDate(2024, 6, 11)), c, c, c, c, c, 0});
        QCOMPARE(old.error().message, QStringLiteral("live bar of 2024-06-11: older than the last cached bar (2024-06-12)"));
        const auto bad = doc.setLiveBar({toDayNumber(QDate(2024, 6, 13)), c, c * 0.9, c, c, c, 0});
        QCOMPARE(bad.error().kind, ErrorKind::InvalidInput);
        QVERIFY(!doc.liveIndex());
        QCOMPARE(doc.bars().size(), daily.size());
    }
};

QTEST_GUILESS_MAIN(TestLiveBar)
#include "tst_live_bar.moc"
