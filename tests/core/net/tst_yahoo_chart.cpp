// Yahoo's chart API responses as recorded shapes, with the values expected by hand: trading
// dates in the exchange's time zone, null rows skipped and reported, adjusted closes, dividends
// and splits, and every way a response can be something else (chart.error, a web page, a
// truncated body, no bars).

#include "net/YahooChart.h"

#include "TestSupport.h"

#include <QDateTime>

using namespace rutile;
using namespace rutile::net;

namespace {

qint64 utc(QDate date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
}

/// A chart response for New York (UTC−5 in winter) with the given timestamps and columns.
QByteArray response(const QList<qint64> &stamps, const QByteArray &open, const QByteArray &high, const QByteArray &low,
    const QByteArray &close, const QByteArray &volume, const QByteArray &adjclose, const QByteArray &events = "{}")
{
    QByteArray ts;
    for (qint64 s : stamps)
        ts += (ts.isEmpty() ? "" : ",") + QByteArray::number(s);
    return "{\"chart\":{\"result\":[{\"meta\":{\"currency\":\"USD\",\"symbol\":\"^RUT\",\"gmtoffset\":-18000,"
           "\"exchangeTimezoneName\":\"America/New_York\"},\"timestamp\":["
        + ts + "],\"events\":" + events + ",\"indicators\":{\"quote\":[{\"open\":[" + open + "],\"high\":[" + high
        + "],\"low\":[" + low + "],\"close\":[" + close + "],\"volume\":[" + volume + "]}],\"adjclose\":[{\"adjclose\":["
        + adjclose + "]}]}}],\"error\":null}}";
}

} // namespace

class TestYahooChart : public QObject {
    Q_OBJECT

private slots:
    void barsInTheExchangesTimeZone()
    {
        // The session opens at 09:30 New York time, 14:30 UTC in January.
        const QList<qint64> stamps {utc(QDate(2024, 1, 2), 14, 30), utc(QDate(2024, 1, 3), 14, 30),
            utc(QDate(2024, 1, 4), 14, 30), utc(QDate(2024, 1, 5), 14, 30)};
        const QByteArray body = response(stamps, "2017.1,2000.5,1980.2,1985.0", "2030.2,2010.0,1995.5,2001.0",
            "2005.3,1978.9,1970.1,1980.0", "2022.2,null,1981.0,1996.4", "3800000000,null,0,3100000000",
            "2022.2,null,1981.0,1990.0");
        const auto parsed = parseYahooChart(body, QStringLiteral("RUT"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        const BarSeries &s = parsed->bars.series;
        QCOMPARE(s.symbol, QStringLiteral("RUT"));
        QCOMPARE(s.size(), std::size_t(3));
        QCOMPARE(s.date(0), QDate(2024, 1, 2));
        QCOMPARE(s.date(1), QDate(2024, 1, 4));
        QCOMPARE(s.date(2), QDate(2024, 1, 5));
        QCOMPARE(s.open[0], 2017.1);
        QCOMPARE(s.high[0], 2030.2);
        QCOMPARE(s.low[0], 2005.3);
        QCOMPARE(s.close[0], 2022.2);
        QCOMPARE(s.volume[0], 3800000000.0);
        QCOMPARE(s.volume[1], 0.0);
        QCOMPARE(s.adjClose[2], 1990.0); // the adjusted close, not the close
        // The null row is skipped and reported with its date.
        QCOMPARE(parsed->bars.rowsRead, 4);
        QCOMPARE(parsed->bars.skipped.size(), std::size_t(1));
        QVERIFY2(parsed->bars.skipped[0].reason.contains(QStringLiteral("2024-01-03")), qPrintable(parsed->bars.skipped[0].reason));
        QCOMPARE(parsed->bars.skipped[0].line, 2);
        QCOMPARE(parsed->gmtOffset, -18000);
        QCOMPARE(parsed->timezone, QStringLiteral("America/New_York"));
    }

    void aStampAfterMidnightUtcIsTheDayBeforeInNewYork()
    {
        // 00:30 UTC on 3 January is 19:30 on 2 January in New York.
        const auto parsed = parseYahooChart(
            response({utc(QDate(2024, 1, 3), 0, 30)}, "10", "11", "9", "10.5", "100", "10.5"), QStringLiteral("X"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->bars.series.date(0), QDate(2024, 1, 2));
    }

    void todaysBarTwiceKeepsTheLaterAndBadBarsAreSkipped()
    {
        // Yahoo repeats the running session's bar; the second one is the newer. The third row's
        // high is below its low.
        const QList<qint64> stamps {utc(QDate(2024, 1, 2), 14, 30), utc(QDate(2024, 1, 2), 20, 59), utc(QDate(2024, 1, 3), 14, 30)};
        const auto parsed = parseYahooChart(
            response(stamps, "10,10,10", "11,12,9", "9,9,10", "10.5,11.5,9.5", "1,2,3", "10.5,11.5,9.5"), QStringLiteral("X"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->bars.series.size(), std::size_t(1));
        QCOMPARE(parsed->bars.series.close[0], 11.5);
        QCOMPARE(parsed->bars.duplicatesDropped, 1);
        QCOMPARE(parsed->bars.skipped.size(), std::size_t(1));
        QVERIFY(parsed->bars.skipped[0].reason.startsWith(QStringLiteral("2024-01-03: ")));
    }

    void timestampsOutOfRangeAreSkipped()
    {
        // Found by the fuzz target: a timestamp of 1.7e30 overflowed the conversion to seconds.
        const QByteArray body = "{\"chart\":{\"result\":[{\"meta\":{\"gmtoffset\":0},\"timestamp\":[1.7e30,"
            + QByteArray::number(utc(QDate(2024, 1, 2), 14, 30)) + ",\"x\"],\"events\":{\"dividends\":{\"a\":{\"amount\":1,"
            "\"date\":-1e40}}},\"indicators\":{\"quote\":[{\"open\":[1,10,1],\"high\":[1,11,1],\"low\":[1,9,1],"
            "\"close\":[1,10.5,1],\"volume\":[1,1,1]}]}}],\"error\":null}}";
        const auto parsed = parseYahooChart(body, QStringLiteral("X"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->bars.series.size(), std::size_t(1));
        QCOMPARE(parsed->bars.series.date(0), QDate(2024, 1, 2));
        QCOMPARE(parsed->bars.skipped.size(), std::size_t(2));
        QVERIFY(parsed->bars.skipped[0].reason.contains(QStringLiteral("row 1")));
        QVERIFY(parsed->actions.dividends.empty());
    }

    void dividendsAndSplits()
    {
        const qint64 d1 = utc(QDate(2024, 3, 20), 13, 30), d2 = utc(QDate(2023, 12, 20), 14, 30);
        const qint64 sp = utc(QDate(2024, 2, 1), 14, 30);
        const QByteArray events = "{\"dividends\":{\"" + QByteArray::number(d1) + "\":{\"amount\":0.42,\"date\":"
            + QByteArray::number(d1) + "},\"" + QByteArray::number(d2) + "\":{\"amount\":0.4,\"date\":" + QByteArray::number(d2)
            + "}},\"splits\":{\"" + QByteArray::number(sp) + "\":{\"date\":" + QByteArray::number(sp)
            + ",\"numerator\":2,\"denominator\":1,\"splitRatio\":\"2:1\"}}}";
        const auto parsed = parseYahooChart(
            response({utc(QDate(2024, 1, 2), 14, 30)}, "10", "11", "9", "10.5", "100", "10.5", events), QStringLiteral("IWM"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->actions.dividends.size(), std::size_t(2));
        QCOMPARE(parsed->actions.dividends[0].date, QDate(2023, 12, 20)); // sorted by date
        QCOMPARE(parsed->actions.dividends[0].amount, 0.4);
        QCOMPARE(parsed->actions.dividends[1].date, QDate(2024, 3, 20));
        QCOMPARE(parsed->actions.dividends[1].amount, 0.42);
        QCOMPARE(parsed->actions.splits.size(), std::size_t(1));
        QCOMPARE(parsed->actions.splits[0].date, QDate(2024, 2, 1));
        QCOMPARE(parsed->actions.splits[0].numerator, 2.0);
        QCOMPARE(parsed->actions.splits[0].denominator, 1.0);
    }

    void otherResponsesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("chart.error") << QByteArray("{\"chart\":{\"result\":null,\"error\":{\"code\":\"Not Found\","
                                                   "\"description\":\"No data found, symbol may be delisted\"}}}")
                                     << QStringList {"NOPE", "No data found, symbol may be delisted", "Not Found"};
        QTest::newRow("will be right back")
            << QByteArray("<!DOCTYPE html><html><head><title>Yahoo! - Will be right back...</title></head><body>...")
            << QStringList {"NOPE", "web page", "Will be right back"};
        QTest::newRow("consent page") << QByteArray("\n  <html lang=\"en\"><body>Before you continue</body></html>")
                                      << QStringList {"NOPE", "web page"};
        QTest::newRow("truncated") << QByteArray("{\"chart\":{\"result\":[{\"meta\":{\"currency\":\"USD\"")
                                   << QStringList {"NOPE", "not valid JSON", "cut off"};
        QTest::newRow("empty body") << QByteArray("   ") << QStringList {"NOPE", "empty"};
        QTest::newRow("no bars") << QByteArray("{\"chart\":{\"result\":[{\"meta\":{},\"indicators\":{\"quote\":[{}]}}],\"error\":null}}")
                                 << QStringList {"NOPE", "no bars"};
        // Found by the fuzz target: a description with a line break made a two-line message.
        QTest::newRow("chart.error over two lines")
            << QByteArray("{\"chart\":{\"error\":{\"code\":\"Bad\\nRequest\",\"description\":\"first\\nsecond\"}}}")
            << QStringList {"NOPE", "first", "second"};
        QTest::newRow("other JSON") << QByteArray("{\"finance\":{\"error\":\"bad\"}}") << QStringList {"NOPE", "'chart'"};
    }

    void otherResponsesAreNamed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, mentions);
        const auto parsed = parseYahooChart(body, QStringLiteral("NOPE"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::InvalidInput);
        for (const QString &m : mentions)
            QVERIFY2(parsed.error().message.contains(m), qPrintable(parsed.error().message));
        QVERIFY(!mentions.isEmpty());
        QVERIFY(!parsed.error().message.contains(u'\n'));
    }
};

QTEST_GUILESS_MAIN(TestYahooChart)
#include "tst_yahoo_chart.moc"
