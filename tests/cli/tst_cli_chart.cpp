// rutile-cli chart end to end, as a separate process: PNG size and scale, options, exit
// codes, stdout output, and that only `chart` needs a GUI platform.

#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace rutile;

using Run = test::CliRun;

class TestCliChart : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QStringList chart(const QStringList &more) const
    {
        return QStringList {QStringLiteral("--db"), m_db, QStringLiteral("chart")} + more;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("chart.rutile"));
        for (const QString &symbol : {QStringLiteral("TEST"), QStringLiteral("OTHER")}) {
            const Run import = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                test::fixture(QStringLiteral("chart_ninety_weekdays.csv")), QStringLiteral("--symbol"), symbol});
            QCOMPARE(import.exitCode, 0);
        }
    }

    void rendersAPngOfTheChosenSize_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QSize>("size");
        QTest::newRow("defaults") << QStringList {} << QSize(1600, 900);
        QTest::newRow("size and indicators") << QStringList {QStringLiteral("--width"), QStringLiteral("640"),
            QStringLiteral("--height"), QStringLiteral("400"), QStringLiteral("--ind"), QStringLiteral("sma:5"),
            QStringLiteral("--ind"), QStringLiteral("bbands:20,2"), QStringLiteral("--ind"), QStringLiteral("rsi:14"),
            QStringLiteral("--ind"), QStringLiteral("macd")}
                                             << QSize(640, 400);
        QTest::newRow("scale 2") << QStringList {QStringLiteral("--width"), QStringLiteral("500"),
            QStringLiteral("--height"), QStringLiteral("300"), QStringLiteral("--scale"), QStringLiteral("2")}
                                 << QSize(1000, 600);
        QTest::newRow("styles, dates, dark, log") << QStringList {QStringLiteral("--style"),
            QStringLiteral("heikin_ashi"), QStringLiteral("--from"), QStringLiteral("2024-02-01"),
            QStringLiteral("--to"), QStringLiteral("2024-03-29"), QStringLiteral("--theme"), QStringLiteral("dark"),
            QStringLiteral("--log"), QStringLiteral("--width"), QStringLiteral("800"), QStringLiteral("--height"),
            QStringLiteral("500")} << QSize(800, 500);
        QTest::newRow("compare") << QStringList {QStringLiteral("--compare"), QStringLiteral("other"),
            QStringLiteral("--window"), QStringLiteral("10"), QStringLiteral("--style"), QStringLiteral("line"),
            QStringLiteral("--width"), QStringLiteral("900"), QStringLiteral("--height"), QStringLiteral("700")}
                                 << QSize(900, 700);
        QTest::newRow("weekly with an indicator") << QStringList {QStringLiteral("--timeframe"),
            QStringLiteral("weekly"), QStringLiteral("--ind"), QStringLiteral("sma:4"), QStringLiteral("--width"),
            QStringLiteral("700"), QStringLiteral("--height"), QStringLiteral("400")} << QSize(700, 400);
    }

    void rendersAPngOfTheChosenSize()
    {
        QFETCH(QStringList, options);
        QFETCH(QSize, size);
        const QString out = m_dir.filePath(QStringLiteral("%1.png").arg(QTest::currentDataTag()).replace(u' ', u'_'));
        const Run run = test::runCli(chart(QStringList {QStringLiteral("test"), QStringLiteral("--png"), out} + options));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QImage image(out);
        QCOMPARE(image.size(), size);
        // Not blank: the chart drew many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void writesThePngToStdout()
    {
        const Run run = test::runCli(chart({QStringLiteral("TEST"), QStringLiteral("--width"), QStringLiteral("300"),
            QStringLiteral("--height"), QStringLiteral("200"), QStringLiteral("--png"), QStringLiteral("-")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("\x89PNG"));
        QCOMPARE(QImage::fromData(run.out, "PNG").size(), QSize(300, 200));
    }

    void errorsFollowTheExitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        const QString png = QStringLiteral("OUT"); // replaced by a file in the test's folder
        QTest::newRow("no --png") << QStringList {QStringLiteral("TEST")} << 1 << QStringLiteral("--png");
        QTest::newRow("no symbol") << QStringList {QStringLiteral("--png"), png} << 1 << QStringLiteral("SYMBOL");
        QTest::newRow("bad style") << QStringList {QStringLiteral("TEST"), QStringLiteral("--style"),
            QStringLiteral("renko"), QStringLiteral("--png"), png}
                                   << 1 << QStringLiteral("renko");
        QTest::newRow("bad timeframe") << QStringList {QStringLiteral("TEST"), QStringLiteral("--timeframe"),
            QStringLiteral("Weekly"), QStringLiteral("--png"), png}
                                       << 1 << QStringLiteral("--timeframe");
        // Ninety weekdays are five months: too few monthly bars for SMA(10).
        QTest::newRow("period longer than the monthly history") << QStringList {QStringLiteral("TEST"),
            QStringLiteral("--timeframe"), QStringLiteral("monthly"), QStringLiteral("--ind"), QStringLiteral("sma:10"),
            QStringLiteral("--png"), png} << 2 << QStringLiteral("sma:10");
        QTest::newRow("width too small") << QStringList {QStringLiteral("TEST"), QStringLiteral("--width"),
            QStringLiteral("10"), QStringLiteral("--png"), png}
                                         << 1 << QStringLiteral("--width");
        QTest::newRow("bad date") << QStringList {QStringLiteral("TEST"), QStringLiteral("--from"),
            QStringLiteral("2024-02-30"), QStringLiteral("--png"), png}
                                  << 1 << QStringLiteral("--from");
        QTest::newRow("unknown indicator") << QStringList {QStringLiteral("TEST"), QStringLiteral("--ind"),
            QStringLiteral("zigzag:5"), QStringLiteral("--png"), png}
                                           << 1 << QStringLiteral("zigzag");
        QTest::newRow("unknown symbol") << QStringList {QStringLiteral("NOPE"), QStringLiteral("--png"), png} << 2
                                        << QStringLiteral("NOPE");
        QTest::newRow("unknown compare symbol") << QStringList {QStringLiteral("TEST"), QStringLiteral("--compare"),
            QStringLiteral("NOPE"), QStringLiteral("--png"), png}
                                                << 2 << QStringLiteral("NOPE");
        // A range without a bar: refused, naming the range the symbol has (it drew the last year).
        QTest::newRow("range without bars") << QStringList {QStringLiteral("TEST"), QStringLiteral("--from"),
            QStringLiteral("2030-01-01"), QStringLiteral("--to"), QStringLiteral("2030-02-01"), QStringLiteral("--png"), png}
                                            << 2 << QStringLiteral("no bars from 2030-01-01 to 2030-02-01 (its bars run from");
        QTest::newRow("period longer than the history") << QStringList {QStringLiteral("TEST"), QStringLiteral("--ind"),
            QStringLiteral("sma:500"), QStringLiteral("--png"), png}
                                                        << 2 << QStringLiteral("sma:500");
    }

    void errorsFollowTheExitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const QString out = m_dir.filePath(QStringLiteral("error.png"));
        arguments.replaceInStrings(QStringLiteral("OUT"), out);
        const Run run = test::runCli(chart(arguments));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1); // one clear line
        QVERIFY(!QFile::exists(out));
    }

    void onlyChartNeedsAGuiPlatform()
    {
        // A platform plugin that does not exist: a QGuiApplication would abort, a
        // QCoreApplication never loads one.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
        const Run symbols = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("symbols")}, env);
        QCOMPARE(symbols.exitCode, 0);
        QVERIFY(symbols.out.contains("TEST"));
        QVERIFY(
            test::runCli(chart({QStringLiteral("TEST"), QStringLiteral("--png"), m_dir.filePath(QStringLiteral("n.png"))}), env)
                .exitCode
            != 0);

        // Without a display and without a chosen platform, chart picks the offscreen one.
        QProcessEnvironment headless = QProcessEnvironment::systemEnvironment();
        for (const QString &name :
            {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY")})
            headless.remove(name);
        const QString out = m_dir.filePath(QStringLiteral("headless.png"));
        const Run run = test::runCli(chart({QStringLiteral("TEST"), QStringLiteral("--width"), QStringLiteral("400"),
                                QStringLiteral("--height"), QStringLiteral("300"), QStringLiteral("--png"), out}),
            headless);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QImage(out).size(), QSize(400, 300));
    }
};

QTEST_GUILESS_MAIN(TestCliChart)
#include "tst_cli_chart.moc"
