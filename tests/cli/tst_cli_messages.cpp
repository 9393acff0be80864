// rutile-cli's rules for bad command lines, run as a separate process: one line on stderr and
// the documented exit code, the same for every command (shared/design/CLI.md).

#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rutile;

using Run = test::CliRun;

class TestCliMessages : public QObject {
    Q_OBJECT

    QString db() const { return m_dir.filePath(QStringLiteral("w.rutile")); }

    QProcessEnvironment offscreen() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    QString writeJson(const QString &name, const QJsonObject &object) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) <= 0)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(test::importRandomWalks(m_dir.path(), db()));
    }

    void unknownCommandIsOneLine()
    {
        const Run run = test::runCli({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.err.contains("frobnicate"));
        QVERIFY(run.err.contains("--help"));
        const Run none = test::runCli({});
        QCOMPARE(none.exitCode, 1);
        QCOMPARE(none.err.count('\n'), 1);
        QVERIFY(none.err.contains("--help"));
    }

    void reversedRangeIsAUsageErrorEverywhere_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QStringList strategy{QStringLiteral("--strategy"), QStringLiteral("sma_cross")};
        const QStringList grid{QStringLiteral("--grid"), QStringLiteral("fast=5:10:5")};
        const auto row = [this](const char *command, const QStringList &rest) {
            QTest::newRow(command) << (QStringList{QStringLiteral("--db"), db(), QString::fromLatin1(command),
                                                   QStringLiteral("AAA")}
                                       + rest);
        };
        row("export", {QStringLiteral("--csv"), QStringLiteral("@OUT")});
        row("indicators", {QStringLiteral("--ind"), QStringLiteral("sma:5"), QStringLiteral("--csv"), QStringLiteral("@OUT")});
        row("risk", {QStringLiteral("--json"), QStringLiteral("@OUT")});
        row("backtest", strategy + QStringList{QStringLiteral("--json"), QStringLiteral("@OUT")});
        row("optimize", strategy + grid + QStringList{QStringLiteral("--json"), QStringLiteral("@OUT")});
        row("walkforward", strategy + grid
                + QStringList{QStringLiteral("--in-sample"), QStringLiteral("100"), QStringLiteral("--out-of-sample"),
                              QStringLiteral("50"), QStringLiteral("--json"), QStringLiteral("@OUT")});
#ifdef RUTILE_CLI_HAS_CHART
        row("chart", {QStringLiteral("--png"), QStringLiteral("@OUT")});
#endif
    }

    void reversedRangeIsAUsageErrorEverywhere()
    {
        QFETCH(QStringList, arguments);
        const QString out = m_dir.filePath(QStringLiteral("reversed-%1").arg(QTest::currentDataTag()));
        arguments.replaceInStrings(QStringLiteral("@OUT"), out);
        // The same command with a valid range works: only the order of the dates is wrong below.
        const Run valid = test::runCli(arguments + QStringList{QStringLiteral("--from"), QStringLiteral("2021-01-01"),
                                                               QStringLiteral("--to"), QStringLiteral("2021-12-31")},
                                       offscreen());
        QVERIFY2(valid.exitCode == 0, valid.err.constData());
        QVERIFY(QFile::remove(out));

        const Run run = test::runCli(arguments + QStringList{QStringLiteral("--from"), QStringLiteral("2021-06-01"),
                                                             QStringLiteral("--to"), QStringLiteral("2021-01-01")},
                                     offscreen());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains("--from (2021-06-01) is after --to (2021-01-01)"), run.err.constData());
        QVERIFY(!QFileInfo::exists(out));
    }

    void mergeChecksEachShardCoversItsSlice()
    {
        QStringList shards;
        for (int i = 0; i < 2; ++i) {
            shards << m_dir.filePath(QStringLiteral("shard%1.json").arg(i));
            QCOMPARE(test::runCli({QStringLiteral("--db"), db(), QStringLiteral("optimize"), QStringLiteral("AAA"),
                                   QStringLiteral("--strategy"), QStringLiteral("sma_cross"), QStringLiteral("--grid"),
                                   QStringLiteral("fast=5:20:5"), QStringLiteral("--shard"), QStringLiteral("%1/2").arg(i),
                                   QStringLiteral("--json"), shards.last()})
                         .exitCode,
                     0);
        }
        const Run good = test::runCli({QStringLiteral("merge"), shards[0], shards[1]});
        QVERIFY2(good.exitCode == 0, good.err.constData());

        const auto read = [](const QString &path) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(path));
            return QJsonDocument::fromJson(file.readAll()).object();
        };
        const QJsonObject first = read(shards[0]);
        const QJsonObject second = read(shards[1]);
        QVERIFY(first.value(QStringLiteral("results")).toArray().size() >= 2);

        QList<std::pair<QString, QJsonObject>> broken;
        QJsonObject o = first;
        o.insert(QStringLiteral("results"), QJsonArray());
        broken.append({QStringLiteral("empty.json"), o});
        o.insert(QStringLiteral("results"), QStringLiteral("all of them"));
        broken.append({QStringLiteral("not-a-list.json"), o});
        o.insert(QStringLiteral("results"), QJsonObject{{QStringLiteral("index"), 0}});
        broken.append({QStringLiteral("object.json"), o});
        QJsonArray truncated = first.value(QStringLiteral("results")).toArray();
        truncated.removeLast();
        o.insert(QStringLiteral("results"), truncated);
        broken.append({QStringLiteral("truncated.json"), o});
        o.insert(QStringLiteral("results"), second.value(QStringLiteral("results")));
        broken.append({QStringLiteral("other-slice.json"), o});
        for (const auto &[name, object] : broken) {
            const QString path = writeJson(name, object);
            const Run run = test::runCli({QStringLiteral("merge"), path, shards[1]});
            QVERIFY2(run.exitCode == 2, qPrintable(name + QStringLiteral(": exit %1").arg(run.exitCode)));
            QVERIFY2(run.err.contains(path.toUtf8()), qPrintable(name + QStringLiteral(": ") + QString::fromUtf8(run.err)));
            QCOMPARE(run.err.count('\n'), 1);
            QVERIFY(run.out.isEmpty());
        }
        // A shard of another experiment is named by its file, beside the file it differs from.
        QJsonObject other = second;
        other.insert(QStringLiteral("symbol"), QStringLiteral("ZZZ"));
        const QString otherPath = writeJson(QStringLiteral("other-symbol.json"), other);
        const Run mixed = test::runCli({QStringLiteral("merge"), shards[0], otherPath});
        QCOMPARE(mixed.exitCode, 2);
        QCOMPARE(mixed.err, QByteArray("rutile-cli: " + otherPath.toUtf8() + ": differs from " + shards[0].toUtf8()
                                       + " in 'symbol': not the same experiment\n"));
    }

    void mergeNamesTheLineAndColumnOfBrokenJson()
    {
        // A shard cut short by a full disk: the parser stops at the end, line 4, column 15
        // (after the 14 characters of '  "results": [').
        QFile file(m_dir.filePath(QStringLiteral("cut.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"strategy\": \"sma_cross\",\n  \"shard\": \"0/2\",\n  \"results\": [");
        file.close();
        const Run cut = test::runCli({QStringLiteral("merge"), file.fileName()});
        QCOMPARE(cut.exitCode, 2);
        QVERIFY2(cut.err.startsWith(QByteArray("rutile-cli: " + file.fileName().toUtf8() + ":4:15: not JSON: ")), cut.err.constData());
        QCOMPARE(cut.err.count('\n'), 1);
        // A document that is JSON but not an object is refused at its start.
        const QString array = writeJson(QStringLiteral("array.json"), QJsonObject());
        QFile list(array);
        QVERIFY(list.open(QIODevice::WriteOnly | QIODevice::Truncate));
        list.write("[1, 2]\n");
        list.close();
        const Run notObject = test::runCli({QStringLiteral("merge"), array});
        QCOMPARE(notObject.exitCode, 2);
        QVERIFY2(notObject.err.startsWith(QByteArray("rutile-cli: " + array.toUtf8() + ":1:1: ")), notObject.err.constData());
    }

    void spacedSymbolRoundTrip()
    {
        const QString file = m_dir.filePath(QStringLiteral("BBB.csv"));
        QCOMPARE(test::runCli({QStringLiteral("--db"), db(), QStringLiteral("import"), file, QStringLiteral("--symbol"),
                               QStringLiteral("  spaced  ")})
                     .exitCode,
                 0);
        const Run listed = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("symbols")});
        QVERIFY(listed.out.contains("SPACED "));
        const Run plain = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("export"), QStringLiteral("SPACED"),
                                        QStringLiteral("--csv"), QStringLiteral("-")});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.count('\n') > 100);
        const QString spaced = QStringLiteral("  SPACED  ");
        const Run exported = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("export"), spaced,
                                           QStringLiteral("--csv"), QStringLiteral("-")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(exported.out, plain.out);
        // Every other command that takes a symbol, as argument or option, finds it too.
        QList<QStringList> others{
            {QStringLiteral("indicators"), QStringLiteral(" spaced"), QStringLiteral("--ind"), QStringLiteral("sma:5"),
             QStringLiteral("--csv"), QStringLiteral("-")},
            {QStringLiteral("risk"), QStringLiteral("spaced "), QStringLiteral("--benchmark"), QStringLiteral(" aaa ")},
            {QStringLiteral("backtest"), spaced, QStringLiteral("--strategy"), QStringLiteral("sma_cross"),
             QStringLiteral("--benchmark"), QStringLiteral(" aaa")},
            {QStringLiteral("backtest"), QStringLiteral(" aaa"), QStringLiteral("--strategy"), QStringLiteral("pairs_spread"),
             QStringLiteral("--pair"), spaced},
        };
#ifdef RUTILE_CLI_HAS_CHART
        others.append({QStringLiteral("chart"), spaced, QStringLiteral("--compare"), QStringLiteral(" aaa "),
                       QStringLiteral("--png"), m_dir.filePath(QStringLiteral("spaced.png"))});
#endif
        for (const QStringList &args : others) {
            const Run run = test::runCli(QStringList{QStringLiteral("--db"), db()} + args, offscreen());
            QVERIFY2(run.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ")
                                                   + QString::fromUtf8(run.err)));
        }
        // A symbol that cannot be one is a usage error, before anything is opened.
        const Run bad = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("export"), QStringLiteral("A B"),
                                      QStringLiteral("--csv"), QStringLiteral("-")});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(bad.err.count('\n'), 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliMessages)
#include "tst_cli_messages.moc"
