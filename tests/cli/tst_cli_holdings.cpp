// `holdings import` and `holdings show` as scripts run them: the real IWM export (figures from an
// independent Python reading of the file, see tests/core/index/tst_holdings.cpp), the contract's
// JSON keys, a snapshot replaced by a re-import of its date, and the errors.

#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace rutile::test;

class TestCliHoldings : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void importAndShowTheRealFile()
    {
        RUTILE_REQUIRE_SHARED_DATA(file, "IWM_holdings_2026-04-10.csv");
        const QString db = m_dir.filePath(QStringLiteral("iwm.rutile"));
        const CliRun imported = runCli({"--db", db, "holdings", "import", file, "--json", "-"});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QJsonObject i = QJsonDocument::fromJson(imported.out).object();
        QCOMPARE(i["name"].toString(), QStringLiteral("IWM")); // from the file name
        QCOMPARE(i["as_of"].toString(), QStringLiteral("2026-04-10"));
        QCOMPARE(i["rows"].toInt(), 1941);
        QCOMPARE(i["equities"].toInt(), 1936);

        const CliRun shown = runCli({"--db", db, "holdings", "show", "IWM", "--json", "-"});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.err, QByteArray("rutile-cli: warning: IWM holds ADRO on more than one row; each row is weighed on its own\n"));
        const QJsonObject s = QJsonDocument::fromJson(shown.out).object();
        for (const char *key : {"name", "as_of", "equities", "total_market_value", "top10", "sectors", "hhi", "effective_n",
                                "top10_share", "top100_share", "excluded"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        QCOMPARE(s["equities"].toInt(), 1936);
        QVERIFY(fuzzyEqual(s["total_market_value"].toDouble(), 73066556610.52995, 1e-13));
        QVERIFY(fuzzyEqual(s["hhi"].toDouble(), 0.0015847039886666345, 1e-12));
        QVERIFY(fuzzyEqual(s["effective_n"].toDouble(), 631.032676860615, 1e-12));
        QVERIFY(fuzzyEqual(s["top10_share"].toDouble(), 0.06075126002462106, 1e-12));
        QVERIFY(fuzzyEqual(s["top100_share"].toDouble(), 0.27922428277617484, 1e-12));
        const QJsonArray top10 = s["top10"].toArray();
        QCOMPARE(top10.size(), 10);
        const QJsonObject first = top10[0].toObject();
        QCOMPARE(first["rank"].toInt(), 1);
        QCOMPARE(first["ticker"].toString(), QStringLiteral("BE"));
        QCOMPARE(first["sector"].toString(), QStringLiteral("Industrials"));
        QCOMPARE(first["market_value"].toDouble(), 860855470.0);
        QVERIFY(fuzzyEqual(first["weight"].toDouble(), 0.011781798813767258, 1e-12));
        const QJsonArray sectors = s["sectors"].toArray();
        QCOMPARE(sectors.size(), 11);
        QCOMPARE(sectors[0].toObject()["sector"].toString(), QStringLiteral("Industrials"));
        QCOMPARE(sectors[0].toObject()["stocks"].toInt(), 260);
        double previous = 1;
        for (const QJsonValue &v : sectors) { // sorted by weight, descending
            QVERIFY(v.toObject()["weight"].toDouble() <= previous);
            previous = v.toObject()["weight"].toDouble();
        }
        QCOMPARE(s["excluded"].toArray().size(), 5);
        QCOMPARE(s["excluded"].toArray()[0].toObject()["asset_class"].toString(), QStringLiteral("Money Market"));

        // Two snapshots side by side: the same file as another fund compares to zero everywhere.
        QCOMPARE(runCli({"--db", db, "holdings", "import", file, "--name", "COPY"}).exitCode, 0);
        const QJsonObject compared =
            QJsonDocument::fromJson(runCli({"--db", db, "holdings", "show", "IWM", "--compare", "COPY", "--json", "-"}).out).object();
        const QJsonArray rows = compared["compare"]["sectors"].toArray();
        QCOMPARE(rows.size(), 11);
        for (const QJsonValue &r : rows)
            QCOMPARE(r.toObject()["difference"].toDouble(), 0.0);
        QCOMPARE(compared["compare"]["name"].toString(), QStringLiteral("COPY"));

        // The same date again replaces that snapshot (1,941 rows, not twice as many).
        QCOMPARE(runCli({"--db", db, "holdings", "import", file}).exitCode, 0);
        const QJsonObject again = QJsonDocument::fromJson(runCli({"--db", db, "holdings", "show", "IWM", "--json", "-"}).out).object();
        QCOMPARE(again["equities"].toInt(), 1936);
    }

    void errorsNameTheLineAndLeaveNoWorkspace()
    {
        const QString bad = m_dir.filePath(QStringLiteral("XYZ_holdings.csv"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("iShares Test ETF\nFund Holdings as of,\"Apr 10, 2026\"\n"
                   "Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Price\n"
                   "\"AAA\",\"ALPHA\",\"Energy\",\"Equity\",\"1,000.00\",\"50.00\",\"10.00\"\n"
                   "\"BBB\",\"BETA\",\"Energy\",\"Equity\",\"n/a\",\"50.00\",\"10.00\"\n");
        file.close();
        const QString db = m_dir.filePath(QStringLiteral("never.rutile"));
        const CliRun run = runCli({"--db", db, "holdings", "import", bad});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, "rutile-cli: " + bad.toUtf8() + ":5:5: Market Value: expected a number or '-', found 'n/a'\n");
        QVERIFY(!QFile::exists(db));

        const CliRun unknown = runCli({"--db", db, "holdings", "show", "IWM"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(!QFile::exists(db));
        const CliRun usage = runCli({"--db", db, "holdings", "list"});
        QCOMPARE(usage.exitCode, 1);
        QCOMPARE(usage.err, QByteArray("rutile-cli: holdings takes 'import FILE' or 'show NAME'\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliHoldings)
#include "tst_cli_holdings.moc"
