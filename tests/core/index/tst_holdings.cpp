// Holdings exports: a hand-made file whose weights are worked out below, the faults a row can
// have (each named by line and column), and the real iShares IWM file of 2026-04-10, whose
// figures were computed independently with Python's csv module (sum, sort, Σw²).

#include "TestSupport.h"
#include "index/Holdings.h"
#include "index/HoldingsAnalysis.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace rutile;
using namespace rutile::index;

namespace {

const QByteArray kHeader = "Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Notional Value,Quantity,Price,"
                           "Location,Exchange,Currency,FX Rate,Market Currency,Accrual Date\n";

QByteArray row(const char *ticker, const char *name, const char *sector, const char *assetClass, const char *mv,
               const char *price)
{
    return QByteArray("\"") + ticker + "\",\"" + name + "\",\"" + sector + "\",\"" + assetClass + "\",\"" + mv
        + "\",\"1.00\",\"" + mv + "\",\"1,000.00\",\"" + price
        + "\",\"United States\",\"NYSE\",\"USD\",\"1.00\",\"USD\",\"-\"\n";
}

/// A small fund: A 600, B 300 and C 100 (priced 0) in equities, cash and a future besides, a
/// legal footer with a quoted line break.
QByteArray smallFund()
{
    return "\xEF\xBB\xBFiShares Tiny ETF\n"
           "Fund Holdings as of,\"Apr 10, 2026\"\n"
           "Shares Outstanding,\"1,000.00\"\n"
           "\xC2\xA0\n" // a no-break space, as the real files have
        + kHeader + row("AAA", "ALPHA INC", "Information Technology", "Equity", "600.00", "6.00")
        + row("BBB", "BETA CORP", "Health Care", "Equity", "300.00", "3.00")
        + row("USD", "USD CASH", "Cash and/or Derivatives", "Cash", "50.00", "100.00")
        + row("CCC", "GAMMA LTD", "Information Technology", "Equity", "100.00", "0.00")
        + row("RTYM6", "RUSSELL 2000 EMINI", "Cash and/or Derivatives", "Futures", "0.00", "2,644.40")
        + "\xC2\xA0\n\"The content contained herein is owned by\nthe issuer.\"\n";
}

} // namespace

class TestHoldings : public QObject {
    Q_OBJECT

private slots:
    void aSmallFundWorkedOutByHand()
    {
        const auto snapshot = parseHoldings(smallFund(), QStringLiteral("TINY_holdings.csv"));
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.ok() ? QString() : snapshot.error().toString()));
        QCOMPARE(snapshot->fund, QStringLiteral("iShares Tiny ETF"));
        QCOMPARE(snapshot->asOf, QDate(2026, 4, 10));
        QCOMPARE(snapshot->holdings.size(), std::size_t(5));
        QCOMPARE(snapshot->holdings[4].price, 2644.4);
        QCOMPARE(snapshot->holdings[0].line, 6);

        const auto a = analyseHoldings(*snapshot);
        QVERIFY(a.ok());
        QCOMPARE(a->equities, 3);
        QCOMPARE(a->totalMarketValue, 1000.0);
        // Weights 0.6, 0.3, 0.1: HHI = 0.36 + 0.09 + 0.01 = 0.46, effective N = 1 / 0.46.
        QCOMPARE(a->ranked.size(), std::size_t(3));
        QCOMPARE(a->ranked[0].ticker, QStringLiteral("AAA"));
        QCOMPARE(a->ranked[0].rank, 1);
        QCOMPARE(a->ranked[0].weight, 0.6);
        QCOMPARE(a->ranked[2].ticker, QStringLiteral("CCC"));
        QCOMPARE(a->ranked[2].weight, 0.1);
        QVERIFY(std::abs(a->hhi - 0.46) < 1e-15);
        QVERIFY(std::abs(a->effectiveN - 1 / 0.46) < 1e-12);
        QCOMPARE(a->top10Share, 1.0);
        QCOMPARE(a->sectors.size(), std::size_t(2));
        QCOMPARE(a->sectors[0].sector, QStringLiteral("Information Technology"));
        QCOMPARE(a->sectors[0].stocks, 2);
        QCOMPARE(a->sectors[0].marketValue, 700.0);
        QCOMPARE(a->sectors[0].weight, 0.7);
        QCOMPARE(a->sectors[1].weight, 0.3);
        QCOMPARE(a->excluded.size(), std::size_t(2));
        QCOMPARE(a->excluded[0].assetClass, QStringLiteral("Cash"));
        QCOMPARE(a->excluded[1].ticker, QStringLiteral("RTYM6"));
        QCOMPARE(a->zeroPrices.size(), std::size_t(1));
        QCOMPARE(a->zeroPrices[0].ticker, QStringLiteral("CCC"));
        QVERIFY(a->duplicateTickers.isEmpty());
    }

    void twoSnapshotsSideBySide()
    {
        // The small fund (Information Technology 0.7, Health Care 0.3) against one of
        // Energy 40 and Health Care 60 (0.4 and 0.6): differences IT +0.7, Energy −0.4, HC −0.3.
        const auto small = analyseHoldings(*parseHoldings(smallFund()));
        const QByteArray other = "Other\n" + kHeader + row("EEE", "EPSILON", "Energy", "Equity", "40.00", "1.00")
            + row("HHH", "ETA", "Health Care", "Equity", "60.00", "1.00");
        const auto large = analyseHoldings(*parseHoldings(other));
        const std::vector<SectorComparison> c = compareSectors(*small, *large);
        QCOMPARE(c.size(), std::size_t(3));
        QCOMPARE(c[0].sector, QStringLiteral("Information Technology"));
        QCOMPARE(c[0].weightA, 0.7);
        QCOMPARE(c[0].weightB, 0.0);
        QCOMPARE(c[1].sector, QStringLiteral("Energy"));
        QCOMPARE(c[1].difference(), -0.4);
        QCOMPARE(c[2].sector, QStringLiteral("Health Care"));
        QVERIFY(std::abs(c[2].difference() - (0.3 - 0.6)) < 1e-15);
    }

    void aTickerTwiceIsReportedNotMerged()
    {
        const QByteArray file = "Fund\n" + kHeader + row("AAA", "ALPHA INC", "Energy", "Equity", "10.00", "1.00")
            + row("AAA", "ALPHA INC RIGHTS", "Energy", "Equity", "30.00", "1.00")
            + row("-", "PRIVATE A", "Energy", "Equity", "1.00", "0.00") + row("-", "PRIVATE B", "Energy", "Equity", "1.00", "0.00");
        const auto a = analyseHoldings(*parseHoldings(file));
        QCOMPARE(a->duplicateTickers, QStringList{QStringLiteral("AAA")});
        QCOMPARE(a->equities, 4); // both AAA rows weighed, each on its own
        QCOMPARE(a->ranked[0].marketValue, 30.0);
    }

    void badRowsAreNamedByLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("short row") << QByteArray("Fund\n" + kHeader + "\"AAA\",\"ALPHA\",\"Energy\",\"Equity\"\n")
                                   << QStringLiteral("f.csv:3: expected 15 fields as in the header (line 2), found 4");
        QByteArray bad = row("AAA", "ALPHA", "Energy", "Equity", "12x.00", "1.00");
        QTest::newRow("bad number") << QByteArray("Fund\n" + kHeader + bad)
                                    << QStringLiteral("f.csv:3:5: Market Value: expected a number or '-', found '12x.00'");
        QTest::newRow("no header") << QByteArray("Date,Open,High,Low,Close\n2024-01-02,1,1,1,1\n")
                                   << QStringLiteral("f.csv: not a holdings export: no header line starting \"Ticker,Name\"");
        QTest::newRow("impossible date") << QByteArray("Fund\nFund Holdings as of,\"Apr 31, 2026\"\n" + kHeader + bad)
                                         << QStringLiteral("f.csv:2:2: Fund Holdings as of: expected a date such as "
                                                           "\"Apr 10, 2026\", found 'Apr 31, 2026'");
        QTest::newRow("no rows") << QByteArray("Fund\n" + kHeader + " \nfooter\n")
                                 << QStringLiteral("f.csv:2: no holdings after the header");
    }

    void badRowsAreNamedByLineAndColumn()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, message);
        const auto parsed = parseHoldings(file, QStringLiteral("f.csv"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(parsed.error().toString(), message);
    }

    void snapshotsAreKeptPerDateAndReadBackExactly()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("h.rutile")));
        QVERIFY(ws.ok());
        auto first = *parseHoldings(smallFund());
        first.holdings[1].weightPercent = std::numeric_limits<double>::quiet_NaN(); // a '-' in the file
        QCOMPARE(*(*ws)->storeHoldings(QStringLiteral("TINY"), first, QStringLiteral("a.csv")), 5);
        auto later = first;
        later.asOf = QDate(2026, 5, 8);
        later.holdings.pop_back();
        QVERIFY((*ws)->storeHoldings(QStringLiteral("TINY"), later, QStringLiteral("b.csv")).ok());
        QVERIFY((*ws)->storeHoldings(QStringLiteral("TINY"), later, QStringLiteral("b.csv")).ok()); // replaces its date

        const auto snapshots = (*ws)->holdingsSnapshots();
        QCOMPARE(snapshots->size(), std::size_t(2));
        QCOMPARE((*snapshots)[0].asOf, QDate(2026, 4, 10));
        QCOMPARE((*snapshots)[0].rows, 5);
        QCOMPARE((*snapshots)[1].rows, 4);

        const auto latest = (*ws)->readHoldings(QStringLiteral("TINY"));
        QCOMPARE(latest->asOf, QDate(2026, 5, 8));
        const auto back = (*ws)->readHoldings(QStringLiteral("TINY"), QDate(2026, 4, 10));
        QVERIFY(back.ok());
        QCOMPARE(back->fund, QStringLiteral("iShares Tiny ETF"));
        QCOMPARE(back->holdings.size(), first.holdings.size());
        for (std::size_t i = 0; i < first.holdings.size(); ++i) {
            const Holding &a = first.holdings[i], &b = back->holdings[i];
            QCOMPARE(b.ticker, a.ticker);
            QCOMPARE(b.assetClass, a.assetClass);
            QCOMPARE(b.marketValue, a.marketValue);
            QCOMPARE(b.price, a.price);
            QCOMPARE(b.line, a.line);
            QCOMPARE(std::isnan(b.weightPercent), std::isnan(a.weightPercent));
        }
        QCOMPARE((*ws)->readHoldings(QStringLiteral("NONE")).error().kind, ErrorKind::NotFound);
    }

    void theRealIwmFile()
    {
        RUTILE_REQUIRE_SHARED_DATA(path, "IWM_holdings_2026-04-10.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto snapshot = parseHoldings(file.readAll(), path);
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.ok() ? QString() : snapshot.error().toString()));
        QCOMPARE(snapshot->fund, QStringLiteral("iShares Russell 2000 ETF"));
        QCOMPARE(snapshot->asOf, QDate(2026, 4, 10));
        QCOMPARE(snapshot->holdings.size(), std::size_t(1941)); // lines 11 to 1951
        QCOMPARE(snapshot->holdings.front().line, 11);
        QCOMPARE(snapshot->holdings.back().line, 1951);

        const auto a = analyseHoldings(*snapshot);
        QVERIFY(a.ok());
        // Python: 1,936 equity rows worth 73,066,556,610.53; HHI 0.0015847039886666345.
        QCOMPARE(a->equities, 1936);
        RUTILE_COMPARE_REL(a->totalMarketValue, 73066556610.52995, 1e-13);
        RUTILE_COMPARE_REL(a->hhi, 0.0015847039886666345, 1e-12);
        RUTILE_COMPARE_REL(a->effectiveN, 631.032676860615, 1e-12);
        RUTILE_COMPARE_REL(a->top10Share, 0.06075126002462106, 1e-12);
        RUTILE_COMPARE_REL(a->top100Share, 0.27922428277617484, 1e-12);
        const QStringList top3{a->ranked[0].ticker, a->ranked[1].ticker, a->ranked[2].ticker};
        QCOMPARE(top3, (QStringList{"BE", "FN", "CDE"}));
        RUTILE_COMPARE_REL(a->ranked[0].weight, 0.011781798813767258, 1e-12);
        QCOMPARE(a->ranked[0].marketValue, 860855470.0);
        // Sectors by weight: Industrials (260 stocks), Health Care (402), Financials (412) ...
        QCOMPARE(a->sectors.size(), std::size_t(11));
        QCOMPARE(a->sectors[0].sector, QStringLiteral("Industrials"));
        QCOMPARE(a->sectors[0].stocks, 260);
        RUTILE_COMPARE_REL(a->sectors[0].weight, 0.18645563452523004, 1e-12);
        QCOMPARE(a->sectors[1].sector, QStringLiteral("Health Care"));
        QCOMPARE(a->sectors[1].stocks, 402);
        QCOMPARE(a->sectors[2].stocks, 412);
        QCOMPARE(a->sectors.back().sector, QStringLiteral("Consumer Staples"));
        int stocks = 0;
        for (const SectorWeight &s : a->sectors)
            stocks += s.stocks;
        QCOMPARE(stocks, 1936);
        // Excluded: money market, two cash rows, collateral, the June future.
        QStringList excluded;
        for (const Holding &h : a->excluded)
            excluded << h.ticker;
        QCOMPARE(excluded, (QStringList{"XTSLA", "USD", "MSFUT", "CAD", "RTYM6"}));
        QCOMPARE(a->duplicateTickers, QStringList{QStringLiteral("ADRO")});
        QCOMPARE(a->zeroPrices.size(), std::size_t(7));
    }
};

QTEST_GUILESS_MAIN(TestHoldings)
#include "tst_holdings.moc"
