// `download` and `update` as scripts run them, against a loopback server given by --base-url:
// the contract's JSON keys, exit codes, one-line errors, the caret dropped from ^RUT, and a
// failed symbol that leaves the workspace as it was while the others complete.

#include "CliTestSupport.h"
#include "FakeHttpServer.h"
#include "ProviderFixtures.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rutile::test;

class TestCliDownload : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;

    CliRun cli(const QStringList &arguments) { return runCli(arguments, m_env); }

    QString db(const QString &name) const { return m_dir.filePath(name); }

    static QJsonArray jsonArray(const QByteArray &text)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(text);
        if (!doc.isArray())
            qFatal("not a JSON array: %s", text.constData());
        return doc.array();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // No saved settings or key of the user's may change what these runs do.
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        m_env.remove(QStringLiteral("RUTILE_STOOQ_API_KEY"));
    }

    void downloadsTwoIndexesWithTheContractsJson()
    {
        FakeHttpServer server;
        server.route("/v8/finance/chart/%5ERUT", {FakeResponse::ok(yahooChartBody("^RUT", fiveDays(2000)))});
        // The S&P 500 answers 429 first: the run waits the second it is asked to and goes on.
        server.route("/v8/finance/chart/%5EGSPC", {FakeResponse::error(429, "Too Many Requests").header("Retry-After", "1"),
                                                  FakeResponse::ok(yahooChartBody("^GSPC", fiveDays(4700)))});
        const QString path = db(QStringLiteral("two.rutile"));
        const CliRun run = cli({"--db", path, "download", "^RUT", "^GSPC", "--from", "2024-01-01", "--to", "2024-01-08",
                                "--base-url", server.baseUrl().toString(), "--json", "-"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray list = jsonArray(run.out);
        QCOMPARE(list.size(), 2);
        const QJsonObject rut = list[0].toObject();
        for (const char *key : {"symbol", "provider", "url", "rows_imported", "rows_skipped", "first_date", "last_date",
                                "dividends", "splits", "ok"})
            QVERIFY2(rut.contains(QLatin1String(key)), key);
        QCOMPARE(rut["symbol"].toString(), QStringLiteral("RUT"));
        QCOMPARE(rut["provider"].toString(), QStringLiteral("yahoo"));
        QCOMPARE(rut["rows_imported"].toInt(), 5);
        QCOMPARE(rut["rows_skipped"].toInt(), 0);
        QCOMPARE(rut["first_date"].toString(), QStringLiteral("2024-01-02"));
        QCOMPARE(rut["last_date"].toString(), QStringLiteral("2024-01-08"));
        QCOMPARE(rut["ok"].toBool(), true);
        QVERIFY(rut["url"].toString().startsWith(server.baseUrl().toString() + "/v8/finance/chart/%5ERUT?period1="));
        QCOMPARE(list[1].toObject()["symbol"].toString(), QStringLiteral("GSPC"));
        QCOMPARE(server.requestCount("/v8/finance/chart/%5EGSPC"), 2);

        const CliRun symbols = cli({"--db", path, "symbols", "--json", "-"});
        const QJsonArray cached = jsonArray(symbols.out);
        QCOMPARE(cached.size(), 2);
        QCOMPARE(cached[1].toObject()["symbol"].toString(), QStringLiteral("RUT"));
        QCOMPARE(cached[1].toObject()["source"].toString(), QStringLiteral("yahoo"));
        QCOMPARE(cached[1].toObject()["remote_symbol"].toString(), QStringLiteral("^RUT"));

        // update (all downloaded symbols): two requests from the overlap, nothing new, exit 0.
        const CliRun update = cli({"--db", path, "update", "--base-url", server.baseUrl().toString(), "--json", "-"});
        QVERIFY2(update.exitCode == 0, update.err.constData());
        const QJsonArray updated = jsonArray(update.out);
        QCOMPARE(updated.size(), 2);
        QCOMPARE(updated[0].toObject()["symbol"].toString(), QStringLiteral("GSPC"));
        QCOMPARE(updated[0].toObject()["full_refetch"].toBool(), false);
        QCOMPARE(server.requestCount("/v8/finance/chart/%5ERUT"), 2);
    }

    void aFailedSymbolExitsTwoAndLeavesItsDataAlone()
    {
        FakeHttpServer server;
        server.route("/v8/finance/chart/%5ERUT", {FakeResponse::ok(yahooChartBody("^RUT", fiveDays(2000)))});
        const QString path = db(QStringLiteral("fail.rutile"));
        QCOMPARE(cli({"--db", path, "download", "^RUT", "--base-url", server.baseUrl().toString()}).exitCode, 0);
        const QByteArray before = cli({"--db", path, "export", "RUT", "--csv", "-"}).out;
        QVERIFY(before.contains("2024-01-08"));

        server.route("/v8/finance/chart/%5ERUT", {FakeResponse::ok("<html><head><title>Consent</title></head></html>")});
        server.route("/v8/finance/chart/%5EGSPC", {FakeResponse::ok(yahooChartBody("^GSPC", fiveDays(4700)))});
        const QString json = db(QStringLiteral("fail.json"));
        const CliRun run = cli({"--db", path, "download", "^RUT", "^GSPC", "--base-url", server.baseUrl().toString(),
                                "--json", json});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QByteArray("rutile-cli: ^RUT: Yahoo: a web page (\"Consent\") came back instead of data\n"));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray list = jsonArray(file.readAll());
        QCOMPARE(list[0].toObject()["ok"].toBool(), false);
        QCOMPARE(list[1].toObject()["ok"].toBool(), true);
        QCOMPARE(cli({"--db", path, "export", "RUT", "--csv", "-"}).out, before);
        QVERIFY(cli({"--db", path, "export", "GSPC", "--csv", "-"}).out.contains("2024-01-02,4699.5"));
    }

    void aBatchThatFailsWholeLeavesNoWorkspaceAndEveryKey()
    {
        FakeHttpServer server;
        server.route("/v8/finance/chart/%5ERUT", {FakeResponse::error(404, "Not Found")});
        server.route("/v8/finance/chart/%5EGSPC", {FakeResponse::ok(yahooChartBody("^GSPC", fiveDays(4700)))});
        const QString path = db(QStringLiteral("made-for-nothing.rutile"));
        const QString json = db(QStringLiteral("made-for-nothing.json"));
        const CliRun run = cli({"--db", path, "download", "^RUT", "--from", "2024-01-01", "--to", "2024-01-08",
                                "--base-url", server.baseUrl().toString(), "--json", json});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!QFile::exists(path), "a workspace made for a batch that stored nothing stays behind");
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray list = jsonArray(file.readAll());
        QCOMPARE(list.size(), 1);
        const QJsonObject entry = list[0].toObject();
        // Every key of a successful entry (CLI.md's and the rest), and its error: a script
        // reads them on every entry.
        QVERIFY(entry.contains(QStringLiteral("error")));
        QStringList keys = entry.keys();
        keys.removeOne(QStringLiteral("error"));
        const CliRun good = cli({"--db", db(QStringLiteral("keys.rutile")), "download", "^GSPC", "--from", "2024-01-01",
                                 "--to", "2024-01-08", "--base-url", server.baseUrl().toString(), "--json", "-"});
        QVERIFY2(good.exitCode == 0, good.err.constData());
        QCOMPARE(keys, jsonArray(good.out)[0].toObject().keys());
        QCOMPARE(entry["ok"].toBool(), false);
        QCOMPARE(entry["symbol"].toString(), QStringLiteral("^RUT"));
        QCOMPARE(entry["provider"].toString(), QStringLiteral("yahoo"));
        QVERIFY2(entry["url"].toString().startsWith(server.baseUrl().toString() + "/v8/finance/chart/%5ERUT?period1="),
                 qPrintable(entry["url"].toString()));
        QCOMPARE(entry["rows_imported"].toInt(-1), 0);
        QVERIFY(entry["first_date"].isNull());
        QCOMPARE(server.requestCount("/v8/finance/chart/%5ERUT"), 1);

        // A batch of which one symbol got through keeps its new workspace, despite exit 2.
        const CliRun half = cli({"--db", path, "download", "^RUT", "^GSPC", "--from", "2024-01-01", "--to", "2024-01-08",
                                 "--base-url", server.baseUrl().toString()});
        QCOMPARE(half.exitCode, 2);
        QVERIFY(cli({"--db", path, "export", "GSPC", "--csv", "-"}).out.contains("2024-01-02,4699.5"));
    }

    void symbolsFromAWatchlistFile()
    {
        FakeHttpServer server;
        server.route("/v8/finance/chart/%5ERUT", {FakeResponse::ok(yahooChartBody("^RUT", fiveDays(2000)))});
        server.route("/v8/finance/chart/IWM", {FakeResponse::ok(yahooChartBody("IWM", fiveDays(200)))});
        server.route("/v8/finance/chart/SPY", {FakeResponse::ok(yahooChartBody("SPY", fiveDays(470)))});
        const QString list = m_dir.filePath(QStringLiteral("watch.txt"));
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# small caps\n^RUT, IWM\n\nSPY  # and the large caps\n");
        file.close();
        const QString path = db(QStringLiteral("watch.rutile"));
        const CliRun run = cli({"--db", path, "download", "--symbols-file", list, "--base-url", server.baseUrl().toString(),
                                "--json", "-"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray done = jsonArray(run.out);
        QStringList symbols;
        for (const QJsonValue &v : done)
            symbols << v.toObject()["symbol"].toString();
        QCOMPARE(symbols, (QStringList{"RUT", "IWM", "SPY"}));

        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("IWM\nSPY R$T\n");
        file.close();
        const CliRun bad = cli({"--db", path, "download", "--symbols-file", list});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err, "rutile-cli: " + QFileInfo(list).filePath().toUtf8() + ":2:5: 'R$T' is not a valid symbol (letters, "
                          "digits and ^ . - _ =, up to 32)\n");
    }

    void usageErrorsExitOneAndCreateNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("plain http elsewhere")
            << QStringList{"download", "^RUT", "--base-url", "http://example.com"}
            << QByteArray("rutile-cli: --base-url: refusing plain http to example.com: use https (http is allowed only to "
                          "this machine)\n");
        QTest::newRow("provider") << QStringList{"download", "^RUT", "--provider", "bloomberg"}
                                  << QByteArray("rutile-cli: --provider: expected yahoo, stooq or fred, found 'bloomberg'\n");
        QTest::newRow("stooq key") << QStringList{"download", "spy.us", "--provider", "stooq"}
                                   << QByteArray("rutile-cli: spy.us: Stooq needs an API key: set it in Settings → Data "
                                                 "providers, or pass --api-key or RUTILE_STOOQ_API_KEY\n");
        QTest::newRow("no symbol") << QStringList{"download"}
                                   << QByteArray("rutile-cli: download needs at least one SYMBOL (as the provider writes "
                                                 "it: ^RUT, ^GSPC, DGS3MO)\n");
        QTest::newRow("not a number") << QStringList{"download", "^RUT", "--timeout", "nan"}
                                      << QByteArray("rutile-cli: --timeout: expected a number from 0.1 to 600, found 'nan'\n");
        QTest::newRow("update without a workspace") << QStringList{"update"} << QByteArray();
        QTest::newRow("dates") << QStringList{"download", "^RUT", "--from", "2024-02-01", "--to", "2024-01-01"}
                               << QByteArray("rutile-cli: --from (2024-02-01) is after --to (2024-01-01)\n");
    }

    void usageErrorsExitOneAndCreateNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const QString path = db(QStringLiteral("never.rutile"));
        const CliRun run = cli(QStringList{"--db", path} + arguments);
        if (message.isEmpty()) { // not a usage error: nothing there to work on
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("never.rutile"), run.err.constData());
        } else {
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.err, message);
        }
        QVERIFY(!QFile::exists(path));
    }

    void riskFreeRateFromADownloadedSeries()
    {
        // DGS3MO from FRED: 4 % every weekday of 2020, 6 % from 2021 on (FRED's '.' on New Year's Day).
        QByteArray fred = "observation_date,DGS3MO\n";
        for (QDate d(2020, 1, 1); d <= QDate(2022, 12, 31); d = d.addDays(1)) {
            if (d.dayOfWeek() > 5)
                continue;
            const QByteArray value = d.month() == 1 && d.day() == 1 ? "." : d.year() == 2020 ? "4.00" : "6.00";
            fred += d.toString(Qt::ISODate).toLatin1() + ',' + value + '\n';
        }
        FakeHttpServer server;
        server.route("/graph/fredgraph.csv", {FakeResponse::ok(fred)});
        const QString path = db(QStringLiteral("rates.rutile"));
        QVERIFY(importRandomWalks(m_dir.path(), path));
        const CliRun download = cli({"--db", path, "download", "DGS3MO", "--provider", "fred", "--base-url",
                                     server.baseUrl().toString(), "--json", "-"});
        QVERIFY2(download.exitCode == 0, download.err.constData());
        QCOMPARE(jsonArray(download.out)[0].toObject()["rows_skipped"].toInt(), 2); // 2020-01-01 and 2021-01-01
        // risk over 2021 only: the mean is 6 % exactly.
        const CliRun risk = cli({"--db", path, "risk", "AAA", "--from", "2021-01-04", "--to", "2021-12-31", "--benchmark",
                                 "BBB", "--risk-free-symbol", "DGS3MO", "--json", "-"});
        QVERIFY2(risk.exitCode == 0, risk.err.constData());
        QCOMPARE(QJsonDocument::fromJson(risk.out)["options"]["risk_free"].toDouble(), 0.06);

        // A backtest from 2020-06-01 to 2021-05-31: the mean over the weekdays traded (AAA has
        // every weekday), counted here: 4 % on the 2020 ones, 6 % on the 2021 ones.
        int days2020 = 0, days2021 = 0;
        for (QDate d(2020, 6, 1); d <= QDate(2021, 5, 31); d = d.addDays(1)) {
            if (d.dayOfWeek() <= 5)
                ++(d.year() == 2020 ? days2020 : days2021);
        }
        // FRED's '.' on 2021-01-01 is no value: that day is left out of the mean.
        const double expected = (4.0 * days2020 + 6.0 * (days2021 - 1)) / (days2020 + days2021 - 1) / 100.0;
        const CliRun backtest = cli({"--db", path, "backtest", "AAA", "--strategy", "buy_hold", "--from", "2020-06-01",
                                     "--to", "2021-05-31", "--risk-free-symbol", "DGS3MO", "--json", "-"});
        QVERIFY2(backtest.exitCode == 0, backtest.err.constData());
        const double used = QJsonDocument::fromJson(backtest.out)["config"]["risk_free_rate"].toDouble();
        QVERIFY2(std::abs(used - expected) < 1e-15, qPrintable(QString::number(used, 'g', 17)));

        // Both ways at once is a usage error; a series not in the cache is a data error.
        QCOMPARE(cli({"--db", path, "backtest", "AAA", "--strategy", "buy_hold", "--risk-free-symbol", "DGS3MO",
                      "--risk-free-pct", "2"}).exitCode, 1);
        const CliRun unknown = cli({"--db", path, "risk", "AAA", "--risk-free-symbol", "DGS10"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("DGS10"), unknown.err.constData());
    }

    void updatingAFileImportIsADataError()
    {
        const QString csv = m_dir.filePath(QStringLiteral("SPX.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,1,1,1,1,1,0\n");
        file.close();
        const QString path = db(QStringLiteral("file.rutile"));
        QCOMPARE(cli({"--db", path, "import", csv}).exitCode, 0);
        const CliRun run = cli({"--db", path, "update", "SPX"});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QByteArray("rutile-cli: SPX: imported from a file, not downloaded; download it once "
                                     "(rutile-cli download) to update it\n"));
        const CliRun all = cli({"--db", path, "update"});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.err.contains("no downloaded symbol to update"));
    }
};

QTEST_GUILESS_MAIN(TestCliDownload)
#include "tst_cli_download.moc"
