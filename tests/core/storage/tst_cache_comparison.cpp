// What an import would do to cached bars: dates added, kept and changed, counted by hand on
// small series, and read from a real workspace.

#include "import/CacheComparison.h"
#include "storage/Workspace.h"

#include "TestSupport.h"

#include <QTemporaryDir>

using namespace rutile;

namespace {

BarSeries series(const QString &symbol, std::initializer_list<std::pair<QDate, std::pair<double, double>>> rows)
{
    // Each row: date, (close, volume); open, high and low follow the close.
    BarSeries s;
    s.symbol = symbol;
    for (const auto &[date, cv] : rows)
        s.append(Bar {toDayNumber(date), cv.first, cv.first + 1, cv.first - 1, cv.first, cv.first, cv.second});
    return s;
}

} // namespace

class TestCacheComparison : public QObject {
    Q_OBJECT

private slots:
    void countsAddedKeptAndChanged()
    {
        const BarSeries cached = series(QStringLiteral("RUT"),
            {{QDate(2024, 1, 2), {100, 1000}}, {QDate(2024, 1, 3), {101, 1000}}, {QDate(2024, 1, 4), {102, 1000}},
                {QDate(2024, 1, 5), {103, 1000}}});
        // Jan 2 the same; Jan 3 volume ×100; Jan 4 close 102 → 107.1 (+5 %); Jan 5 the same;
        // Jan 8 new; Dec 29 (before the cache) new.
        const BarSeries incoming = series(QStringLiteral("RUT"),
            {{QDate(2023, 12, 29), {99, 1000}}, {QDate(2024, 1, 2), {100, 1000}}, {QDate(2024, 1, 3), {101, 100000}},
                {QDate(2024, 1, 4), {107.1, 1000}}, {QDate(2024, 1, 5), {103, 1000}}, {QDate(2024, 1, 8), {104, 1000}}});
        const CacheComparison c = compareSeries(cached, incoming);
        QCOMPARE(c.cachedBars, 4);
        QCOMPARE(c.added, 2);
        QCOMPARE(c.identical, 2);
        QCOMPARE(c.changed, 2);
        QVERIFY(c.replacesData());
        QCOMPARE(c.changedFrom, QDate(2024, 1, 3));
        QCOMPARE(c.changedTo, QDate(2024, 1, 4));
        RUTILE_COMPARE_REL(c.largestVolumeRatio, 100.0, 1e-15);
        RUTILE_COMPARE_REL(c.largestCloseChange, 0.05, 1e-12);

        // Volume a hundred times smaller is a ratio of 100 too.
        const CacheComparison smaller = compareSeries(incoming, cached);
        RUTILE_COMPARE_REL(smaller.largestVolumeRatio, 100.0, 1e-15);
        QCOMPARE(c.volumesLost, 0);
        // A file without volumes over a history with them: every bar loses its volume.
        BarSeries noVolume = cached;
        std::fill(noVolume.volume.begin(), noVolume.volume.end(), 0.0);
        const CacheComparison lost = compareSeries(cached, noVolume);
        QCOMPARE(lost.changed, 4);
        QCOMPARE(lost.volumesLost, 4);
        QCOMPARE(lost.largestVolumeRatio, 1.0);
        // Nothing cached: everything added, nothing to ask.
        const CacheComparison fresh = compareSeries(BarSeries(), incoming);
        QCOMPARE(fresh.added, 6);
        QVERIFY(!fresh.replacesData());
    }

    void readsTheWorkspace()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("w.rutile")));
        QVERIFY(ws.ok());
        const BarSeries cached = series(QStringLiteral("IWM"),
            {{QDate(2024, 1, 2), {200, 5}}, {QDate(2024, 1, 3), {201, 5}}, {QDate(2024, 1, 4), {202, 5}}});
        QVERIFY((*ws)->storeSeries(cached, {QString(), false}).ok());
        // A file of the last two days only, one of them changed: the bar outside its range still
        // counts as cached.
        const BarSeries incoming = series(QStringLiteral("IWM"), {{QDate(2024, 1, 3), {201, 5}}, {QDate(2024, 1, 4), {202.5, 5}}});
        const auto c = compareWithCache(**ws, QStringLiteral("IWM"), incoming);
        QVERIFY(c.ok());
        QCOMPARE(c->cachedBars, 3);
        QCOMPARE(c->identical, 1);
        QCOMPARE(c->changed, 1);
        QCOMPARE(c->changedFrom, QDate(2024, 1, 4));
        const auto unknown = compareWithCache(**ws, QStringLiteral("NEW"), incoming);
        QVERIFY(unknown.ok());
        QCOMPARE(unknown->cachedBars, 0);
        QCOMPARE(unknown->added, 2);
        // A workspace that cannot be read is an error, not "nothing cached" (which would let the
        // import overwrite the history without asking).
        QVERIFY(test::makeUnreadable(dir.filePath(QStringLiteral("w.rutile"))));
        const auto failed = compareWithCache(**ws, QStringLiteral("IWM"), incoming);
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().kind != ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCacheComparison)
#include "tst_cache_comparison.moc"
