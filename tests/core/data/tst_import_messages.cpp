// What the importer says about bad input: one line whatever the file holds (control
// characters, CRs, invalid UTF-8, a path with a line break), and a file that is not a price
// history at all named as such, as an input error.

#include "data/CsvLayout.h"
#include "data/HistoryParser.h"
#include "import/HistoryImporter.h"
#include "util/Error.h"
#include "util/MessageText.h"

#include "TestSupport.h"

using namespace rutile;

namespace {

// True when `text` holds a character that would start a new line or move the cursor.
bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

} // namespace

class TestImportMessages : public QObject {
    Q_OBJECT

private slots:
    void escapesEveryControlCharacter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("2024-01-02 ä €") << QStringLiteral("2024-01-02 ä €");
        QTest::newRow("CR LF") << QStringLiteral("a\r\nb") << QStringLiteral("a\\r\\nb");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\\tb");
        QTest::newRow("NUL and ESC") << QString::fromUtf8("a\0b\x1b[31m", 8) << QStringLiteral("a\\x00b\\x1B[31m");
        QTest::newRow("DEL and NEL") << QString::fromUtf8("\x7f\xc2\x85") << QStringLiteral("\\x7F\\x85");
        QTest::newRow("line separator") << QString::fromUtf8("a\xe2\x80\xa8z") << QStringLiteral("a\\u2028z");
        QTest::newRow("backslash kept") << QStringLiteral("C:\\data\\x.csv") << QStringLiteral("C:\\data\\x.csv");
    }
    void escapesEveryControlCharacter()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(escapeControlCharacters(text), expected);
    }

    void quotesFileTextOnOneLine()
    {
        QCOMPARE(quoteFileText("1o1.5"), QStringLiteral("'1o1.5'"));
        QCOMPARE(quoteFileText("12\r\n"), QStringLiteral("'12\\r\\n'"));
        QCOMPARE(quoteFileText("\xff\xfe" "1"), QStringLiteral("'\uFFFD\uFFFD1'"));
        const QByteArray longField(1000, 'x');
        QCOMPARE(quoteFileText(longField), QLatin1Char('\'') + QString(40, QLatin1Char('x')) + QStringLiteral("…'"));
        // 39 ASCII characters then a character outside the BMP: the surrogate pair is not split.
        const QByteArray astral = QByteArray(39, 'a') + "\xf0\x9f\x93\x88" + "b";
        QCOMPARE(quoteFileText(astral), QLatin1Char('\'') + QString(39, QLatin1Char('a')) + QStringLiteral("…'"));
    }

    void errorToStringIsAlwaysOneLine()
    {
        const Error e = Error::invalidInput(QStringLiteral("expected a number, found '1\r\n2'"),
                                            QStringLiteral("/tmp/two\nlines.csv"), 3, 2);
        const QString text = e.toString();
        QVERIFY2(!hasControlCharacter(text), qPrintable(text));
        QCOMPARE(text, QStringLiteral("/tmp/two\\nlines.csv:3:2: expected a number, found '1\\r\\n2'"));
    }

    void rowMessagesQuoteFieldsEscaped()
    {
        // A date with an ANSI colour sequence, a volume with a vertical tab and a form feed.
        const QByteArray data = "Date,Open,High,Low,Close,Adj Close,Volume\n"
                                "2024\x1b[31m-01-02,1,1,1,1,1,1\n"
                                "2024-01-03,1,1,1,1,1,1\x0b\x0c\n";
        const auto h = parseHistory(data, *detectLayout(data, CsvFormat::Auto), ParseOptions{false, QStringLiteral("x.csv")});
        QVERIFY(h.ok());
        QCOMPARE(h->skipped.size(), std::size_t(2));
        QCOMPARE(h->skipped[0].reason, QStringLiteral("expected a date like yyyy-MM-dd, found '2024\\x1B[31m-01-02'"));
        QCOMPARE(h->skipped[1].reason, QStringLiteral("expected a number for Volume, found '1\\x0B\\x0C'"));
    }

    void headerMismatchQuotesTheHeaderEscaped()
    {
        const auto layout = detectLayout("Date\x07,Open\x1b\n2024-01-02,1\n", CsvFormat::Yahoo, QStringLiteral("h.csv"));
        QVERIFY(!layout.ok());
        QVERIFY2(layout.error().message.endsWith(QStringLiteral("found 'Date\\x07,Open\\x1B'")),
                 qPrintable(layout.error().message));
    }

    void unrecognisedFilesAreInputErrorsNamingTheFile_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("binary bytes") << "binary_not_a_price_history.bin";
        QTest::newRow("holdings list") << "holdings_not_a_price_history.csv";
    }
    void unrecognisedFilesAreInputErrorsNamingTheFile()
    {
        QFETCH(QString, fixture);
        ImportRequest request;
        request.filePath = test::fixture(fixture);
        const auto layout = resolveLayout(request);
        QVERIFY(!layout.ok());
        const Error &e = layout.error();
        QCOMPARE(e.kind, ErrorKind::InvalidInput);
        QCOMPARE(e.file, request.filePath);
        QVERIFY2(e.message.startsWith(QStringLiteral("not a recognised price history: no Date column found; expected")),
                 qPrintable(e.message));
        QVERIFY(e.message.contains(QStringLiteral("--format generic with --columns")));
        QVERIFY(e.toString().startsWith(request.filePath + QStringLiteral(": not a recognised price history")));
        QVERIFY(!hasControlCharacter(e.toString()));
    }

    void aUsersOwnMappingStaysAUsageError()
    {
        // A layout the user gave (dialog, --columns) is checked as an argument, not as the file.
        ImportRequest request;
        request.filePath = test::fixture(QStringLiteral("holdings_not_a_price_history.csv"));
        request.layout = CsvLayout{};
        const auto layout = resolveLayout(request);
        QVERIFY(!layout.ok());
        QCOMPARE(layout.error().kind, ErrorKind::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestImportMessages)
#include "tst_import_messages.moc"
