// File → cache: symbols, provenance, atomicity of failed and cancelled imports, and the
// real market files of ../shared/data with the counts they must give.

#include "import/HistoryImporter.h"
#include "import/SampleWorkspace.h"
#include "storage/Workspace.h"

#include "TestSupport.h"
#include "WorkspaceDump.h"

#include <QTemporaryDir>
#include <QTextStream>

using namespace rutile;

class TestImporter : public QObject {
    Q_OBJECT

    std::unique_ptr<Workspace> freshWorkspace(const QString &name)
    {
        auto ws = Workspace::open(m_dir.filePath(name));
        if (!ws)
            qFatal("%s", qPrintable(ws.error().toString()));
        return std::move(ws).value();
    }

    // A workspace that already holds data, so "unchanged" means something.
    std::unique_ptr<Workspace> populatedWorkspace(const QString &name)
    {
        auto ws = freshWorkspace(name);
        ImportRequest request;
        request.filePath = test::fixture(QStringLiteral("yahoo_basic.csv"));
        request.symbol = QStringLiteral("RUT");
        if (!importHistory(*ws, request))
            qFatal("setup import failed");
        return ws;
    }

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void importsAndRecordsProvenance()
    {
        auto ws = freshWorkspace(QStringLiteral("a.rutile"));
        ImportRequest request;
        request.filePath = test::fixture(QStringLiteral("yahoo_null_row.csv"));
        const auto report = importHistory(*ws, request);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(report->symbol, QStringLiteral("YAHOO")); // from the file name
        QCOMPARE(report->format, CsvFormat::Yahoo);
        QCOMPARE(report->rowsRead, 3);
        QCOMPARE(report->rowsImported, 2);
        QCOMPARE(report->rowsSkipped, 1);
        QCOMPARE(report->firstDate, QDate(2024, 1, 2));
        QCOMPARE(report->lastDate, QDate(2024, 1, 4));
        const auto log = ws->importLog();
        QCOMPARE(log.size(), std::size_t(1));
        QCOMPARE(log[0].format, QStringLiteral("yahoo"));
        QCOMPARE(log[0].rowsImported, 2);
        QVERIFY(log[0].file.endsWith(QStringLiteral("yahoo_null_row.csv")));
    }

    void symbolComesFromTickerLineOrOption()
    {
        auto ws = freshWorkspace(QStringLiteral("b.rutile"));
        ImportRequest request;
        request.filePath = test::fixture(QStringLiteral("yfinance_three_header_lines.csv"));
        QCOMPARE(importHistory(*ws, request)->symbol, QStringLiteral("RUT"));
        request.symbol = QStringLiteral(" iwm ");
        QCOMPARE(importHistory(*ws, request)->symbol, QStringLiteral("IWM"));
        request.symbol = QStringLiteral("no spaces allowed");
        const auto bad = importHistory(*ws, request);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ErrorKind::InvalidArgument);
    }

    void reimportIsIdempotent()
    {
        auto ws = populatedWorkspace(QStringLiteral("c.rutile"));
        const QString before = test::dumpWorkspace(*ws).section(QStringLiteral("\nimport"), 0, 0);
        ImportRequest request;
        request.filePath = test::fixture(QStringLiteral("yahoo_basic.csv"));
        request.symbol = QStringLiteral("RUT");
        QVERIFY(importHistory(*ws, request).ok());
        QCOMPARE(test::dumpWorkspace(*ws).section(QStringLiteral("\nimport"), 0, 0), before);
        QCOMPARE(ws->importLog().size(), std::size_t(2));
    }

    void failedImportsChangeNothing_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<int>("kind");
        QTest::newRow("strict with a bad row") << "bad_high_below_open.csv" << true << int(ErrorKind::InvalidInput);
        QTest::newRow("no usable row") << "header_only.csv" << false << int(ErrorKind::InvalidInput);
        QTest::newRow("empty file") << "empty.csv" << false << int(ErrorKind::InvalidInput);
        QTest::newRow("missing file") << "does_not_exist.csv" << false << int(ErrorKind::Io);
    }
    void failedImportsChangeNothing()
    {
        QFETCH(QString, fixture);
        QFETCH(bool, strict);
        QFETCH(int, kind);
        auto ws = populatedWorkspace(QStringLiteral("fail-%1.rutile").arg(QTest::currentDataTag()));
        const QString before = test::dumpWorkspace(*ws);
        ImportRequest request;
        request.filePath = test::fixture(fixture);
        request.symbol = QStringLiteral("RUT");
        request.strict = strict;
        const auto report = importHistory(*ws, request);
        QVERIFY(!report.ok());
        QCOMPARE(int(report.error().kind), kind);
        QCOMPARE(test::dumpWorkspace(*ws), before);
    }

    void strictErrorNamesFileLineAndColumn()
    {
        auto ws = freshWorkspace(QStringLiteral("d.rutile"));
        ImportRequest request;
        request.filePath = test::fixture(QStringLiteral("bad_low_above_close.csv"));
        request.strict = true;
        const auto report = importHistory(*ws, request);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().line, 3);
        QCOMPARE(report.error().column, 4);
        QVERIFY(report.error().toString().startsWith(request.filePath + QStringLiteral(":3:4: low ")));
        QVERIFY(ws->symbols().empty());
    }

    void cancelledImportChangesNothing_data()
    {
        QTest::addColumn<double>("cancelAt");
        QTest::newRow("while parsing") << 0.1;
        QTest::newRow("while writing") << 0.5;
    }
    void cancelledImportChangesNothing()
    {
        QFETCH(double, cancelAt);
        // Large enough that both phases poll for cancellation several times.
        const QString file = m_dir.filePath(QStringLiteral("big.csv"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QTextStream s(&out);
            s << "Date,Open,High,Low,Close,Adj Close,Volume\n";
            QDate d(1900, 1, 1);
            for (int i = 0; i < 300000; ++i, d = d.addDays(1))
                s << d.toString(Qt::ISODate) << ",10,11,9,10.5,10.5,100\n";
        }
        auto ws = populatedWorkspace(QStringLiteral("cancel-%1.rutile").arg(QTest::currentDataTag()));
        const QString before = test::dumpWorkspace(*ws);

        double progress = 0;
        TaskControl control;
        control.onProgress = [&progress](double f) { progress = f; };
        control.isCancellationRequested = [&progress, cancelAt] { return progress >= cancelAt; };
        ImportRequest request;
        request.filePath = file;
        request.symbol = QStringLiteral("RUT");
        const auto report = importHistory(*ws, request, control);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, ErrorKind::Cancelled);
        QCOMPARE(test::dumpWorkspace(*ws), before);
    }

    void sampleWorkspaceIsSyntheticAndHasABenchmark()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample.rutile"));
        auto ws = openSampleWorkspace(path);
        QVERIFY(ws.ok());
        const auto symbols = (*ws)->symbols();
        QCOMPARE(symbols.size(), std::size_t(2));
        for (const SymbolInfo &s : symbols) {
            QVERIFY(s.synthetic);
            QVERIFY(s.name.contains(QStringLiteral("Synthetic")));
            QVERIFY(s.bars > 9000);
        }
        QCOMPARE(*(*ws)->setting(QString::fromLatin1(kBenchmarkSettingKey)), QStringLiteral("SYN-LARGE"));
        // Opening it again reuses the stored data.
        const QString before = test::dumpWorkspace(**ws);
        ws->reset();
        QCOMPARE(test::dumpWorkspace(**openSampleWorkspace(path)), before);
    }

    void realMarketFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<qint64>("bars");
        QTest::addColumn<qint64>("skipped");
        QTest::addColumn<QDate>("first");
        QTest::newRow("RUT Yahoo") << "RUT_yahoo_1987-2024.csv" << "RUT" << qint64(9297) << qint64(0)
                                   << QDate(1987, 9, 10);
        QTest::newRow("RUT classic with nulls")
            << "RUT_yahoo_classic_with_nulls_1987-2020.csv" << "RUT" << qint64(8395) << qint64(1) << QDate(1987, 9, 10);
        QTest::newRow("SPX yfinance") << "SPX_yfinance_1927-2026.csv" << "SPX" << qint64(24656) << qint64(0)
                                      << QDate(1927, 12, 30);
        QTest::newRow("GSPC classic") << "GSPC_yahoo_classic_1927-2020.csv" << "GSPC" << qint64(23362) << qint64(0)
                                      << QDate(1927, 12, 30);
    }
    void realMarketFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, symbol);
        QFETCH(qint64, bars);
        QFETCH(qint64, skipped);
        QFETCH(QDate, first);
        RUTILE_REQUIRE_SHARED_DATA(path, file);
        auto ws = freshWorkspace(file + QStringLiteral(".rutile"));
        ImportRequest request;
        request.filePath = path;
        const auto report = importHistory(*ws, request);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        QCOMPARE(report->symbol, symbol);
        QCOMPARE(report->rowsImported, bars);
        QCOMPARE(report->rowsSkipped, skipped);
        QCOMPARE(report->firstDate, first);
        QCOMPARE(ws->symbol(symbol)->bars, bars);
        QCOMPARE(qint64(ws->readBars(symbol)->size()), bars);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
