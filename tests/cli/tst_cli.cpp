// rutile-cli end to end, run as a separate process exactly as scripts run it: the
// contract of shared/design/CLI.md (commands, options, exit codes, JSON keys).

#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>
#include <limits>

using namespace rutile;

using Run = test::CliRun;


class TestCli : public QObject {
    Q_OBJECT

    QString db(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void helpVersionAndUsageErrors()
    {
        const Run help = test::runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("\n  walkforward ")); // the list of commands
        // A command's help describes the command, without the list of every command.
        const Run importHelp = test::runCli({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(importHelp.exitCode, 0);
        QVERIFY2(importHelp.out.contains("Import daily OHLCV history") && importHelp.out.contains("--symbol"),
                 importHelp.out.constData());
        QVERIFY2(!importHelp.out.contains("walkforward"), importHelp.out.constData());
        const Run version = test::runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("rutile-cli "));
        QCOMPARE(test::runCli({}).exitCode, 1);
        QCOMPARE(test::runCli({QStringLiteral("frobnicate")}).exitCode, 1);
        QCOMPARE(test::runCli({QStringLiteral("symbols"), QStringLiteral("--no-such-option")}).exitCode, 1);
        const Run badDate = test::runCli({QStringLiteral("--db"), db(QStringLiteral("u.rutile")), QStringLiteral("export"),
                                 QStringLiteral("RUT"), QStringLiteral("--from"), QStringLiteral("2020-02-30"),
                                 QStringLiteral("--csv"), QStringLiteral("-")});
        QCOMPARE(badDate.exitCode, 1);
        QVERIFY(badDate.err.contains("--from"));
        QCOMPARE(badDate.err.count('\n'), 1); // one clear line
        // Exactly YYYY-MM-DD, as CLI.md says: not another separator, nor one digit for a month.
        int refused = 0;
        for (const char *text : {"2024/07/30", "2024.07.30", "2024-7-30", "20240730", " 2024-07-30"}) {
            const Run other = test::runCli({QStringLiteral("--db"), db(QStringLiteral("u.rutile")), QStringLiteral("export"),
                                            QStringLiteral("RUT"), QStringLiteral("--to"), QString::fromLatin1(text),
                                            QStringLiteral("--csv"), QStringLiteral("-")});
            QVERIFY2(other.exitCode == 1 && other.err.contains("YYYY-MM-DD"), text);
            ++refused;
        }
        QCOMPARE(refused, 5);
        const Run badFormat = test::runCli({QStringLiteral("--db"), db(QStringLiteral("u.rutile")), QStringLiteral("import"),
                                   test::fixture(QStringLiteral("yahoo_basic.csv")), QStringLiteral("--format"),
                                   QStringLiteral("excel")});
        QCOMPARE(badFormat.exitCode, 1);
    }

    void importJsonFollowsTheContract()
    {
        const Run run = test::runCli({QStringLiteral("--db"), db(QStringLiteral("a.rutile")), QStringLiteral("import"),
                             test::fixture(QStringLiteral("yahoo_null_row.csv")), QStringLiteral("--symbol"),
                             QStringLiteral("rut"), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        const QSet<QString> contract{"symbol",     "format",    "rows_read", "rows_imported", "rows_skipped",
                                     "first_date", "last_date", "skipped"};
        QVERIFY(test::jsonKeys(json).contains(contract));
        QCOMPARE(json[QStringLiteral("symbol")].toString(), QStringLiteral("RUT"));
        QCOMPARE(json[QStringLiteral("format")].toString(), QStringLiteral("yahoo"));
        QCOMPARE(json[QStringLiteral("rows_read")].toInt(), 3);
        QCOMPARE(json[QStringLiteral("rows_imported")].toInt(), 2);
        QCOMPARE(json[QStringLiteral("rows_skipped")].toInt(), 1);
        QCOMPARE(json[QStringLiteral("first_date")].toString(), QStringLiteral("2024-01-02"));
        QCOMPARE(json[QStringLiteral("last_date")].toString(), QStringLiteral("2024-01-04"));
        const QJsonObject skipped = json[QStringLiteral("skipped")].toArray().first().toObject();
        QCOMPARE(skipped[QStringLiteral("line")].toInt(), 3);
        QVERIFY(skipped[QStringLiteral("reason")].toString().contains(QStringLiteral("null")));
    }

    void strictImportFailsWithLocationAndWritesNothing()
    {
        const QString path = db(QStringLiteral("b.rutile"));
        QCOMPARE(test::runCli({QStringLiteral("--db"), path, QStringLiteral("import"), test::fixture(QStringLiteral("yahoo_basic.csv")),
                      QStringLiteral("--symbol"), QStringLiteral("RUT")})
                     .exitCode,
                 0);
        const QByteArray before = test::runCli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("RUT"),
                                       QStringLiteral("--csv"), QStringLiteral("-")})
                                      .out;
        const QString bad = test::fixture(QStringLiteral("bad_number_letter_o.csv"));
        const Run run = test::runCli({QStringLiteral("--db"), path, QStringLiteral("import"), bad, QStringLiteral("--symbol"),
                             QStringLiteral("RUT"), QStringLiteral("--strict")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains((bad + QStringLiteral(":3:3: ")).toUtf8()), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QCOMPARE(test::runCli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("RUT"), QStringLiteral("--csv"),
                      QStringLiteral("-")})
                     .out,
                 before);
    }

    void symbolsAndExport()
    {
        const QString path = db(QStringLiteral("c.rutile"));
        QCOMPARE(test::runCli({QStringLiteral("--db"), path, QStringLiteral("import"), test::fixture(QStringLiteral("yahoo_basic.csv")),
                      QStringLiteral("--symbol"), QStringLiteral("RUT")})
                     .exitCode,
                 0);
        const QString jsonOut = m_dir.filePath(QStringLiteral("symbols.json"));
        QCOMPARE(test::runCli({QStringLiteral("--db"), path, QStringLiteral("symbols"), QStringLiteral("--json"), jsonOut}).exitCode, 0);
        QFile file(jsonOut);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray list = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject rut = list.first().toObject();
        QVERIFY(test::jsonKeys(rut).contains(QSet<QString>{"symbol", "bars", "first_date", "last_date"}));
        QCOMPARE(rut[QStringLiteral("bars")].toInt(), 5);
        QCOMPARE(rut[QStringLiteral("last_date")].toString(), QStringLiteral("2024-01-08"));

        // The export is the fixture itself, with numbers in their shortest exact form.
        const Run all = test::runCli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("rut"),
                             QStringLiteral("--csv"), QStringLiteral("-")});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.out, QByteArray("Date,Open,High,Low,Close,Adj Close,Volume\n"
                                     "2024-01-02,100.5,102.25,99.75,101,101,1000\n"
                                     "2024-01-03,101,101.5,98,98.5,98.5,2500\n"
                                     "2024-01-04,98.5,99,97.25,98.75,98.75,0\n"
                                     "2024-01-05,98.75,100,98.5,99.5,99.25,1800\n"
                                     "2024-01-08,99.5,103,99.5,102.5,102.25,3000000000\n"));
        const Run range = test::runCli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("RUT"),
                               QStringLiteral("--from"), QStringLiteral("2024-01-03"), QStringLiteral("--to"),
                               QStringLiteral("2024-01-04"), QStringLiteral("--csv"), QStringLiteral("-")});
        QCOMPARE(range.out.count('\n'), 3);
        QVERIFY(range.out.contains("2024-01-03,") && range.out.contains("2024-01-04,"));

        const Run unknown = test::runCli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("NOPE"),
                                 QStringLiteral("--csv"), QStringLiteral("-")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("NOPE"));
    }

    void timeframesResampleExportAndIndicators()
    {
        // yahoo_basic.csv: Tuesday 2024-01-02 to Friday 2024-01-05 (ISO week 1) and Monday
        // 2024-01-08 (week 2). Expected bars by hand from the fixture's rows.
        const QString path = db(QStringLiteral("tf.rutile"));
        QCOMPARE(test::runCli({QStringLiteral("--db"), path, QStringLiteral("import"),
                                  test::fixture(QStringLiteral("yahoo_basic.csv")), QStringLiteral("--symbol"),
                                  QStringLiteral("RUT")})
                     .exitCode,
            0);
        const auto exportAs = [&](const QStringList &extra) {
            return test::runCli(QStringList {QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("RUT"),
                                    QStringLiteral("--csv"), QStringLiteral("-")}
                + extra);
        };
        const Run weekly = exportAs({QStringLiteral("--timeframe"), QStringLiteral("weekly")});
        QCOMPARE(weekly.exitCode, 0);
        QCOMPARE(weekly.out, QByteArray("Date,Open,High,Low,Close,Adj Close,Volume\n"
                                        "2024-01-05,100.5,102.25,97.25,99.5,99.25,5300\n"
                                        "2024-01-08,99.5,103,99.5,102.5,102.25,3000000000\n"));
        const Run monthly = exportAs({QStringLiteral("--timeframe"), QStringLiteral("monthly")});
        QCOMPARE(monthly.exitCode, 0);
        QCOMPARE(monthly.out, QByteArray("Date,Open,High,Low,Close,Adj Close,Volume\n"
                                         "2024-01-08,100.5,103,97.25,102.5,102.25,3000005300\n"));
        // --to cuts the week at Thursday; --from keeps the bar dated on or after it.
        const Run cut = exportAs({QStringLiteral("--timeframe"), QStringLiteral("weekly"), QStringLiteral("--from"),
            QStringLiteral("2024-01-03"), QStringLiteral("--to"), QStringLiteral("2024-01-04")});
        QCOMPARE(cut.out, QByteArray("Date,Open,High,Low,Close,Adj Close,Volume\n"
                                     "2024-01-04,100.5,102.25,97.25,98.75,98.75,3500\n"));
        QCOMPARE(exportAs({QStringLiteral("--timeframe"), QStringLiteral("daily")}).out, exportAs({}).out);

        // Indicators on weekly bars: SMA(2) of the weekly closes 99.5 and 102.5.
        const Run ind = test::runCli({QStringLiteral("--db"), path, QStringLiteral("indicators"), QStringLiteral("RUT"),
            QStringLiteral("--ind"), QStringLiteral("sma:2"), QStringLiteral("--timeframe"), QStringLiteral("weekly"),
            QStringLiteral("--csv"), QStringLiteral("-")});
        QCOMPARE(ind.exitCode, 0);
        QCOMPARE(ind.out, QByteArray("Date,sma(2)\n2024-01-05,\n2024-01-08,101\n"));

        const Run bad = exportAs({QStringLiteral("--timeframe"), QStringLiteral("hourly")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("--timeframe") && bad.err.contains("hourly"), bad.err.constData());
        QCOMPARE(bad.err.count('\n'), 1);
        QVERIFY(bad.out.isEmpty());
    }

    void reimportWithOtherValuesWarns()
    {
        // yahoo_basic.csv again with every volume ten times larger and one close changed: the
        // import goes ahead (a script cannot be asked) and says what it rewrote on stderr.
        const QString path = db(QStringLiteral("reimport.rutile"));
        const QString original = test::fixture(QStringLiteral("yahoo_basic.csv"));
        QCOMPARE(test::runCli({QStringLiteral("--db"), path, QStringLiteral("import"), original, QStringLiteral("--symbol"),
                                  QStringLiteral("RUT")})
                     .exitCode,
            0);
        const Run same = test::runCli(
            {QStringLiteral("--db"), path, QStringLiteral("import"), original, QStringLiteral("--symbol"), QStringLiteral("RUT")});
        QCOMPARE(same.exitCode, 0);
        QVERIFY2(!same.err.contains("replaced"), same.err.constData()); // identical bars: nothing to say

        QFile in(original);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        text.replace("101.0,101.0,1000", "101.0,101.0,10000").replace("98.5,98.5,2500", "98.5,98.5,25000");
        text.replace("99.5,99.25,1800", "99.75,99.25,1800");
        const QString changed = m_dir.filePath(QStringLiteral("RUT_changed.csv"));
        QFile out(changed);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        const Run run = test::runCli(
            {QStringLiteral("--db"), path, QStringLiteral("import"), changed, QStringLiteral("--symbol"), QStringLiteral("RUT")});
        QCOMPARE(run.exitCode, 0);
        // 2024-01-02 and -03 (volumes ×10) and -05 (close) differ: three of five bars.
        QVERIFY2(run.err.contains("RUT: 3 of 5 cached bars replaced with different values (2024-01-02 to 2024-01-05)"),
            run.err.constData());
        QVERIFY2(run.err.contains("volumes differ by up to 10 times"), run.err.constData());
    }

    void genericImportWithAColumnMap()
    {
        const Run run = test::runCli({QStringLiteral("--db"), db(QStringLiteral("d.rutile")), QStringLiteral("import"),
                             test::fixture(QStringLiteral("generic_semicolon_decimal_comma_no_known_headers.csv")),
                             QStringLiteral("--symbol"), QStringLiteral("DAX"), QStringLiteral("--format"),
                             QStringLiteral("generic"), QStringLiteral("--delimiter"), QStringLiteral(";"),
                             QStringLiteral("--decimal"), QStringLiteral(","), QStringLiteral("--date-format"),
                             QStringLiteral("dd.MM.yyyy"), QStringLiteral("--columns"),
                             QStringLiteral("date=1,open=2,high=3,low=4,close=5,volume=6"), QStringLiteral("--json"),
                             QStringLiteral("-")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json[QStringLiteral("rows_imported")].toInt(), 2);
        QCOMPARE(json[QStringLiteral("format")].toString(), QStringLiteral("generic"));
        const Run bad = test::runCli({QStringLiteral("--db"), db(QStringLiteral("d.rutile")), QStringLiteral("import"),
                             test::fixture(QStringLiteral("generic_semicolon_decimal_comma.csv")), QStringLiteral("--columns"),
                             QStringLiteral("date=1,price=9")});
        QCOMPARE(bad.exitCode, 1);
    }

    void indicatorsCsvFollowsTheContract()
    {
        const QString path = db(QStringLiteral("ind.rutile"));
        QCOMPARE(test::runCli({QStringLiteral("--db"), path, QStringLiteral("import"), test::fixture(QStringLiteral("yahoo_basic.csv")),
                      QStringLiteral("--symbol"), QStringLiteral("RUT")})
                     .exitCode,
                 0);
        const Run run = test::runCli({QStringLiteral("--db"), path, QStringLiteral("indicators"), QStringLiteral("RUT"),
                             QStringLiteral("--ind"), QStringLiteral("sma:3"), QStringLiteral("--ind"),
                             QStringLiteral("roc:1"), QStringLiteral("--ind"), QStringLiteral("bbands:2,1"),
                             QStringLiteral("--csv"), QStringLiteral("-")});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        // RFC 4180: a header with commas is quoted, so a CSV reader sees one column per output.
        QCOMPARE(lines[0],
                 QByteArray(R"(Date,sma(3),roc(1),"bbands(2,1).upper","bbands(2,1).middle","bbands(2,1).lower")"));
        // Closes 101, 98.5, 98.75, 99.5, 102.5. Warm-up cells are empty.
        const auto g17 = [](double v) { return QByteArray::number(v, 'g', 17); };
        QCOMPARE(lines[1], QByteArray("2024-01-02,,,,,"));
        // roc(1) = 100·(98.5/101 − 1); bbands(2,1): mean 99.75, population σ = 1.25.
        QCOMPARE(lines[2], QByteArray("2024-01-03,," + g17(100.0 * (98.5 / 101.0 - 1.0)) + ",101,99.75,98.5"));
        // sma(3) on the third bar = (101 + 98.5 + 98.75)/3. The kernel multiplies the running sum
        // by 1/n (a few units in the last place from the sum/n of the formula), so compare within 4 ulp.
        const auto withinUlps = [](const QByteArray &field, double expected) {
            bool ok = false;
            const double value = field.toDouble(&ok);
            return ok && std::abs(value - expected) <= 4 * std::numeric_limits<double>::epsilon() * std::abs(expected);
        };
        QVERIFY(lines[3].startsWith("2024-01-04,"));
        QVERIFY2(withinUlps(lines[3].split(',').value(1), (101.0 + 98.5 + 98.75) / 3.0), lines[3].constData());
        QVERIFY(lines[5].startsWith("2024-01-08,100.25,"));

        const Run range = test::runCli({QStringLiteral("--db"), path, QStringLiteral("indicators"), QStringLiteral("RUT"),
                               QStringLiteral("--ind"), QStringLiteral("sma:3"), QStringLiteral("--from"),
                               QStringLiteral("2024-01-05"), QStringLiteral("--csv"), QStringLiteral("-")});
        // The warm-up uses bars before --from: the first row written already has a value.
        const QList<QByteArray> rangeLines = range.out.split('\n');
        QCOMPARE(rangeLines.size(), 4); // header, two rows, the empty tail after the last newline
        QCOMPARE(rangeLines[0], QByteArray("Date,sma(3)"));
        QVERIFY(rangeLines[1].startsWith("2024-01-05,"));
        QVERIFY2(withinUlps(rangeLines[1].split(',').value(1), (98.5 + 98.75 + 99.5) / 3.0), rangeLines[1].constData());
        QCOMPARE(rangeLines[2], QByteArray("2024-01-08,100.25"));

        const auto exitOf = [&](const QString &spec) {
            return test::runCli({QStringLiteral("--db"), path, QStringLiteral("indicators"), QStringLiteral("RUT"),
                        QStringLiteral("--ind"), spec, QStringLiteral("--csv"), QStringLiteral("-")})
                .exitCode;
        };
        QCOMPARE(exitOf(QStringLiteral("vwap")), 1);      // unknown indicator
        QCOMPARE(exitOf(QStringLiteral("sma:0")), 1);      // period out of range
        QCOMPARE(exitOf(QStringLiteral("sma:50")), 2);     // not enough data
    }

    void refusesAFileThatIsNotAWorkspace()
    {
        const QString path = db(QStringLiteral("random.bin"));
        QVERIFY(QFile::copy(test::fixture(QStringLiteral("random_bytes.rutile")), path));
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const Run run = test::runCli({QStringLiteral("--db"), path, QStringLiteral("symbols")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("not a Rutile workspace"));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }

    void realFileRoundTrip()
    {
        RUTILE_REQUIRE_SHARED_DATA(file, "RUT_yahoo_1987-2024.csv");
        const QString path = db(QStringLiteral("e.rutile"));
        QCOMPARE(test::runCli({QStringLiteral("--db"), path, QStringLiteral("import"), file}).exitCode, 0);
        const QString exported = m_dir.filePath(QStringLiteral("RUT_export.csv"));
        QCOMPARE(test::runCli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("RUT"), QStringLiteral("--csv"),
                      exported})
                     .exitCode,
                 0);
        // Re-importing the export under another symbol gives back the same bars, bit for bit.
        QCOMPARE(test::runCli({QStringLiteral("--db"), path, QStringLiteral("import"), exported, QStringLiteral("--symbol"),
                      QStringLiteral("RUT2")})
                     .exitCode,
                 0);
        const QByteArray a = test::runCli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("RUT"),
                                  QStringLiteral("--csv"), QStringLiteral("-")})
                                 .out;
        const QByteArray b = test::runCli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("RUT2"),
                                  QStringLiteral("--csv"), QStringLiteral("-")})
                                 .out;
        QCOMPARE(a.count('\n'), 9298);
        QCOMPARE(a, b);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
