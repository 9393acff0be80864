// `sample` and `index build` as scripts run them: the sample workspace with a small universe,
// the refusal of a workspace holding other data (exit 2, nothing changed), an index from the
// SAMPLE-UNIVERSE list with its JSON, and the usage errors.

#include "CliTestSupport.h"
#include "TestSupport.h"
#include "WorkspaceDump.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace rutile::test;

class TestCliIndex : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void sampleThenIndex()
    {
        const QString db = m_dir.filePath(QStringLiteral("sample.rutile"));
        const CliRun sample = runCli({"--db", db, "sample", "--universe", "6", "--json", "-"});
        QVERIFY2(sample.exitCode == 0, sample.err.constData());
        const QJsonObject s = QJsonDocument::fromJson(sample.out).object();
        QCOMPARE(s["symbols"].toInt(), 8); // SYN-SMALL, SYN-LARGE and six constituents
        QCOMPARE(s["universe"].toInt(), 6);
        QCOMPARE(s["watchlist"].toString(), QStringLiteral("SAMPLE-UNIVERSE"));
        QCOMPARE(s["holdings"].toString(), QStringLiteral("SAMPLE-FUND"));
        // The fund holds, on the sample's last day, the constituents still listed then (the
        // values themselves are checked in tst_workspace_index).
        const CliRun listed = runCli({"--db", db, "symbols", "--json", "-"});
        QStringList stillListed;
        for (const QJsonValue &v : QJsonDocument::fromJson(listed.out).array()) {
            const QJsonObject o = v.toObject();
            if (o["symbol"].toString().startsWith(QStringLiteral("SYN-U")) && o["last_date"].toString() == QStringLiteral("2025-12-31"))
                stillListed << o["symbol"].toString();
        }
        QVERIFY(!stillListed.isEmpty());
        const CliRun fund = runCli({"--db", db, "holdings", "show", "SAMPLE-FUND", "--json", "-"});
        QVERIFY2(fund.exitCode == 0, fund.err.constData());
        const QJsonObject f = QJsonDocument::fromJson(fund.out).object();
        QCOMPARE(f["as_of"].toString(), QStringLiteral("2025-12-31"));
        QCOMPARE(f["equities"].toInt(), int(stillListed.size()));
        QStringList tickers;
        for (const QJsonValue &h : f["top10"].toArray())
            tickers << h.toObject()["ticker"].toString();
        tickers.sort();
        stillListed.sort();
        QCOMPARE(tickers, stillListed);
        // Again: the same data, accepted; a smaller universe would leave stocks outside the list.
        QCOMPARE(runCli({"--db", db, "sample", "--universe", "6"}).exitCode, 0);
        const QByteArray sampled = fileHash(db);
        const CliRun smaller = runCli({"--db", db, "sample", "--universe", "3"});
        QCOMPARE(smaller.exitCode, 2);
        QVERIFY2(smaller.err.contains("larger sample universe (SYN-U0004)"), smaller.err.constData());
        QCOMPARE(fileHash(db), sampled);

        const CliRun built = runCli({"--db", db, "index", "build", "SYN-IDX", "--constituents", "SAMPLE-UNIVERSE",
                                     "--weighting", "float", "--base", "100", "--json", "-"});
        QVERIFY2(built.exitCode == 0, built.err.constData());
        const QJsonObject j = QJsonDocument::fromJson(built.out).object();
        for (const char *key : {"name", "description", "weighting", "reconstitution", "base", "constituents", "missing",
                                "bars", "first_date", "last_date", "last_level", "events", "attribution"})
            QVERIFY2(j.contains(QLatin1String(key)), key);
        QCOMPARE(j["name"].toString(), QStringLiteral("SYN-IDX"));
        QCOMPARE(j["weighting"].toString(), QStringLiteral("float"));
        QCOMPARE(j["reconstitution"].toString(), QStringLiteral("june"));
        QCOMPARE(j["constituents"].toInt(), 6);
        QCOMPARE(j["first_date"].toString(), QStringLiteral("1988-01-04")); // the sample's first day
        QVERIFY(j["description"].toString().contains(QStringLiteral("synthetic")));
        const QJsonObject a = j["attribution"].toObject();
        const QJsonArray rows = a["constituents"].toArray();
        QVERIFY(!rows.isEmpty());
        double sum = 0;
        for (const QJsonValue &r : rows)
            sum += r.toObject()["contribution"].toDouble();
        // Contributions add up to the return, and the return is the level's: base 100.
        QVERIFY(std::abs(sum - a["return"].toDouble()) < 1e-9 * std::abs(a["return"].toDouble()));
        QVERIFY(std::abs(j["last_level"].toDouble() / 100.0 - 1 - a["return"].toDouble()) < 1e-9);

        // The index is a symbol like any other: it exports.
        const CliRun exported = runCli({"--db", db, "export", "SYN-IDX", "--from", "1988-01-04", "--to", "1988-01-05",
                                        "--csv", "-"});
        QCOMPARE(exported.exitCode, 0);
        const QList<QByteArray> lines = exported.out.split('\n');
        QVERIFY(lines.size() >= 2);
        QVERIFY(lines[1].startsWith("1988-01-04,"));
        QVERIFY2(lines[1].contains(",100,100,"), lines[1].constData()); // close and adjusted close: the base
    }

    void refusals()
    {
        const QString db = m_dir.filePath(QStringLiteral("other.rutile"));
        QFile csv(m_dir.filePath(QStringLiteral("ABC.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,1,1,1,1,1,1\n");
        csv.close();
        QCOMPARE(runCli({"--db", db, "import", csv.fileName()}).exitCode, 0);
        const QByteArray before = fileHash(db);
        const CliRun refused = runCli({"--db", db, "sample", "--universe", "2"});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("ABC"));
        QCOMPARE(fileHash(db), before);

        QCOMPARE(runCli({"--db", db, "sample", "--universe", "-1"}).exitCode, 1);
        QCOMPARE(runCli({"--db", db, "sample", "--universe", "many"}).exitCode, 1);
        QCOMPARE(runCli({"--db", db, "index", "build", "X"}).exitCode, 1); // no source
        QCOMPARE(runCli({"--db", db, "index", "build", "X", "--constituents", "L", "--holdings", "H"}).exitCode, 1);
        QCOMPARE(runCli({"--db", db, "index", "build", "X", "--constituents", "L", "--weighting", "price"}).exitCode, 1);
        const CliRun noList = runCli({"--db", db, "index", "build", "X", "--constituents", "NO-LIST"});
        QCOMPARE(noList.exitCode, 2);
        QVERIFY(noList.err.contains("NO-LIST"));
        QCOMPARE(fileHash(db), before);

        const QString missing = m_dir.filePath(QStringLiteral("missing.rutile"));
        QCOMPARE(runCli({"--db", missing, "index", "build", "X", "--constituents", "L"}).exitCode, 2);
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestCliIndex)
#include "tst_cli_index.moc"
