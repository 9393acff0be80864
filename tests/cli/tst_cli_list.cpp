// `list set` (symbols, or --all), `list from-holdings` and `list show` as scripts run them:
// symbols in canonical form and once each, uncached symbols named, a fund's stocks largest first
// (the real IWM export: 1,936 equity rows by Python's csv module: two unlisted "-", ADRO twice,
// and "MPTI RT", which is no symbol, leave 1,932 tickers, BE first), and the errors, which change
// nothing.

#include "CliTestSupport.h"
#include "TestSupport.h"
#include "WorkspaceDump.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rutile::test;

namespace {
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}
} // namespace

class TestCliList : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void setAndShow()
    {
        const QString db = m_dir.filePath(QStringLiteral("lists.rutile"));
        const CliRun set = runCli({"--db", db, "list", "set", "MINE", "rut", "^spx", "RUT", "--json", "-"});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY(set.err.contains("RUT is given twice"));
        const QJsonObject j = QJsonDocument::fromJson(set.out).object();
        QCOMPARE(j["name"].toString(), QStringLiteral("MINE"));
        QCOMPARE(j["count"].toInt(), 2);
        QCOMPARE(strings(j["symbols"]), (QStringList{QStringLiteral("RUT"), QStringLiteral("SPX")}));
        QCOMPARE(strings(j["not_cached"]), (QStringList{QStringLiteral("RUT"), QStringLiteral("SPX")}));

        QFile csv(m_dir.filePath(QStringLiteral("RUT.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,1,1,1,1,1,1\n");
        csv.close();
        QCOMPARE(runCli({"--db", db, "import", csv.fileName()}).exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(runCli({"--db", db, "list", "show", "MINE", "--json", "-"}).out).object();
        QCOMPARE(strings(shown["symbols"]), (QStringList{QStringLiteral("RUT"), QStringLiteral("SPX")}));
        QCOMPARE(strings(shown["not_cached"]), QStringList{QStringLiteral("SPX")});
        const CliRun text = runCli({"--db", db, "list", "show", "MINE"});
        QCOMPARE(text.out, QByteArray("Watchlist MINE: 2 symbols, 1 not cached\nRUT SPX\n"));

        // --all: every cached symbol (only RUT is cached here).
        const CliRun all = runCli({"--db", db, "list", "set", "CACHED", "--all", "--json", "-"});
        QVERIFY2(all.exitCode == 0, all.err.constData());
        QCOMPARE(strings(QJsonDocument::fromJson(all.out).object()["symbols"]), QStringList{QStringLiteral("RUT")});

        // Errors change nothing.
        const QByteArray before = fileHash(db);
        QCOMPARE(runCli({"--db", db, "list", "set", "MINE", "RUT", "--all"}).exitCode, 1);
        QCOMPARE(runCli({"--db", db, "list", "show", "MINE", "--all"}).exitCode, 1);
        QCOMPARE(runCli({"--db", db, "list", "set", "MINE", "not a symbol"}).exitCode, 1);
        QCOMPARE(runCli({"--db", db, "list", "set", "MINE"}).exitCode, 1);
        QCOMPARE(runCli({"--db", db, "list"}).exitCode, 1);
        QCOMPARE(runCli({"--db", db, "list", "show", "NOPE"}).exitCode, 2);
        QCOMPARE(runCli({"--db", db, "list", "from-holdings", "FUND", "NOPE"}).exitCode, 2);
        QCOMPARE(fileHash(db), before);
        const QString missing = m_dir.filePath(QStringLiteral("missing.rutile"));
        QCOMPARE(runCli({"--db", missing, "list", "show", "MINE"}).exitCode, 2);
        QCOMPARE(runCli({"--db", missing, "list", "set", "ALL", "--all"}).exitCode, 2);
        QCOMPARE(runCli({"--db", missing, "list", "from-holdings", "FUND", "IWM"}).exitCode, 2);
        QVERIFY(!QFile::exists(missing));
    }

    void fromTheRealHoldings()
    {
        RUTILE_REQUIRE_SHARED_DATA(file, "IWM_holdings_2026-04-10.csv");
        const QString db = m_dir.filePath(QStringLiteral("iwm.rutile"));
        QCOMPARE(runCli({"--db", db, "holdings", "import", file}).exitCode, 0);
        const CliRun made = runCli({"--db", db, "list", "from-holdings", "IWM-STOCKS", "IWM", "--json", "-"});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QJsonObject j = QJsonDocument::fromJson(made.out).object();
        QCOMPARE(j["count"].toInt(), 1932);
        QVERIFY(made.err.contains("MPTI RT is not a symbol"));
        const QStringList symbols = strings(j["symbols"]);
        QCOMPARE(symbols.first(), QStringLiteral("BE"));
        QCOMPARE(symbols[1], QStringLiteral("FN"));
        QCOMPARE(symbols.count(QStringLiteral("ADRO")), 1);
        QCOMPARE(j["not_cached"].toArray().size(), 1932);
    }
};

QTEST_GUILESS_MAIN(TestCliList)
#include "tst_cli_list.moc"
