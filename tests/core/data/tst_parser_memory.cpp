// Format detection and parsing never read outside the bytes they are given. Every input is
// copied right against an inaccessible page (GuardedBuffer), after it and then before it, so
// an over-read of a single byte crashes this test in every build, not only under ASan.
// The regression input of issue 9 §4 is `19200909,`: a last line that ends with a delimiter
// and no line end made the parser look at the byte after the buffer.

#include "data/CsvLayout.h"
#include "data/HistoryParser.h"

#include "GuardedBuffer.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>

using namespace rutile;
using test::GuardedBuffer;

namespace {

constexpr CsvFormat kFormats[] = {CsvFormat::Auto, CsvFormat::Yahoo, CsvFormat::YFinance, CsvFormat::Stooq,
                                  CsvFormat::Generic};

// Every row read is accounted for: imported, skipped or dropped as a duplicate.
bool accountsForEveryRow(const ParsedHistory &h)
{
    return h.rowsRead == qint64(h.series.size()) + qint64(h.skipped.size()) + h.duplicatesDropped;
}

// Detects and parses `bytes` in every way the importer can, with the bytes against a guard
// page on each side. Returns how many parses ran (a crash ends the test instead).
int parseEveryWay(QByteArrayView bytes, QString &failure)
{
    int parses = 0;
    for (const auto guard : {GuardedBuffer::Guard::After, GuardedBuffer::Guard::Before}) {
        const GuardedBuffer buffer(bytes, guard);
        const QByteArrayView data = buffer.view();
        (void)firstLines(data, 50);
        for (const CsvFormat format : kFormats) {
            const auto layout = detectLayout(data, format, QStringLiteral("input"));
            if (!layout || !layout->validate())
                continue;
            for (const bool strict : {false, true}) {
                const auto parsed = parseHistory(data, *layout, ParseOptions{strict, QStringLiteral("input")});
                ++parses;
                if (parsed && !accountsForEveryRow(*parsed))
                    failure = QStringLiteral("rows not accounted for in %1").arg(QString::fromLatin1(bytes.toByteArray().toHex()));
            }
        }
        // A fixed two-column layout reaches the parser even where detection gives up.
        CsvLayout dateClose;
        dateClose.headerLines = 0;
        dateClose.dateFormat = QStringLiteral("yyyyMMdd");
        dateClose.column = {0, -1, -1, -1, 1, -1, -1};
        const auto parsed = parseHistory(data, dateClose);
        ++parses;
        if (parsed && !accountsForEveryRow(*parsed))
            failure = QStringLiteral("rows not accounted for");
    }
    return parses;
}

QStringList seedFiles()
{
    QStringList files;
    for (const char *dir : {RUTILE_TEST_DATA_DIR, RUTILE_FUZZ_CORPUS_DIR}) {
        QDirIterator it(QString::fromUtf8(dir), QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.endsWith(QLatin1String(".sql")) && QFileInfo(path).size() <= 4096)
                files << path;
        }
    }
    return files;
}

} // namespace

class TestParserMemory : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!GuardedBuffer::supported())
            QSKIP("no guard pages on this platform; the ASan build covers these inputs");
    }

    void delimiterAtTheVeryEndIsNotReadPast()
    {
        const GuardedBuffer buffer(QByteArrayView("19200909,"), GuardedBuffer::Guard::After);
        const auto layout = detectLayout(buffer.view(), CsvFormat::Auto, QStringLiteral("min.csv"));
        QVERIFY(layout.ok());
        QCOMPARE(layout->dateFormat, QStringLiteral("yyyyMMdd"));
        QCOMPARE(layout->columnOf(BarField::Close), 1);
        const auto parsed = parseHistory(buffer.view(), *layout, ParseOptions{false, QStringLiteral("min.csv")});
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->rowsRead, 1);
        QCOMPARE(parsed->skipped.size(), std::size_t(1));
        QCOMPARE(parsed->skipped.front().line, 1);
        QCOMPARE(parsed->skipped.front().column, 2);
        QVERIFY2(parsed->skipped.front().reason.contains(QStringLiteral("missing value")),
                 qPrintable(parsed->skipped.front().reason));
    }

    void inputsEndingInsideEveryKindOfField_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("delimiter") << QByteArray("19200909,");
        QTest::newRow("two delimiters") << QByteArray("19200909,,");
        QTest::newRow("opening quote") << QByteArray("19200909,\"");
        QTest::newRow("quote then digit") << QByteArray("19200909,\"1");
        QTest::newRow("doubled quote") << QByteArray("19200909,\"1\"\"");
        QTest::newRow("quoted date") << QByteArray("\"19200909\"");
        QTest::newRow("lone quote") << QByteArray("\"");
        QTest::newRow("lone CR") << QByteArray("\r");
        QTest::newRow("CR after delimiter") << QByteArray("19200909,\r");
        QTest::newRow("half a BOM") << QByteArray("\xEF\xBB");
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("iso date cut") << QByteArray("Date,Close\n2024-01-0");
        QTest::newRow("iso date then space") << QByteArray("Date,Close\n2024-01-02 ");
        QTest::newRow("number cut") << QByteArray("Date,Close\n2024-01-02,1e");
        QTest::newRow("yahoo row ends at delimiter")
            << QByteArray("Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,1,1,1,1,1,");
        QTest::newRow("yahoo null cut") << QByteArray("Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,nul");
        QTest::newRow("yfinance headers only") << QByteArray("Price,Close\nTicker,^X\nDate,");
        QTest::newRow("dotted date cut") << QByteArray("Datum;Schluss\n02.01.");
    }
    void inputsEndingInsideEveryKindOfField()
    {
        QFETCH(QByteArray, bytes);
        QString failure;
        QVERIFY(parseEveryWay(bytes, failure) > 0);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void everyPrefixOfEverySeedFile()
    {
        // Each prefix ends the buffer at another byte: in a date, a number, a quote, a
        // delimiter, between CR and LF. Fixtures and the fuzz seed corpus are all small.
        const QStringList files = seedFiles();
        QVERIFY2(files.size() >= 20, qPrintable(QString::number(files.size())));
        qint64 parses = 0;
        QString failure;
        for (const QString &path : files) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (qsizetype n = 0; n <= bytes.size(); ++n)
                parses += parseEveryWay(QByteArrayView(bytes).first(n), failure);
            QVERIFY2(failure.isEmpty(), qPrintable(path + QStringLiteral(": ") + failure));
        }
        QVERIFY(parses > 1000);
    }
};

QTEST_GUILESS_MAIN(TestParserMemory)
#include "tst_parser_memory.moc"
