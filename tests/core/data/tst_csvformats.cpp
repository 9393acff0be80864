// Format detection and parsing of every supported CSV dialect, on small fixtures whose
// expected values are read off the fixture text by hand.

#include "data/CsvLayout.h"
#include "data/DatePattern.h"
#include "data/HistoryParser.h"

#include "TestSupport.h"

#include <QFile>

using namespace rutile;

namespace {

// Days since 1970-01-01: 2024-01-01 is 1704067200 s / 86400 s = 19723.
constexpr DayNumber kJan2 = 19724;

ParsedHistory parseFixture(const QString &name, CsvFormat format = CsvFormat::Auto)
{
    const QByteArray data = test::readFixture(name);
    const auto layout = detectLayout(data, format, name);
    if (!layout)
        qFatal("%s", qPrintable(layout.error().toString()));
    auto parsed = parseHistory(data, *layout, ParseOptions{false, name});
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().toString()));
    return std::move(parsed).value();
}

} // namespace

class TestCsvFormats : public QObject {
    Q_OBJECT

private slots:
    void detectsNamedFormats_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("headerLines");
        QTest::addColumn<QString>("symbolInFile");
        QTest::newRow("yahoo") << "yahoo_basic.csv" << int(CsvFormat::Yahoo) << 1 << QString();
        QTest::newRow("yfinance") << "yfinance_three_header_lines.csv" << int(CsvFormat::YFinance) << 3 << "RUT";
        QTest::newRow("stooq") << "stooq_basic.csv" << int(CsvFormat::Stooq) << 1 << QString();
        QTest::newRow("stooq without volume") << "stooq_without_volume.csv" << int(CsvFormat::Stooq) << 1 << QString();
        QTest::newRow("semicolon generic") << "generic_semicolon_decimal_comma.csv" << int(CsvFormat::Generic) << 1
                                           << QString();
    }
    void detectsNamedFormats()
    {
        QFETCH(QString, fixture);
        QFETCH(int, format);
        QFETCH(int, headerLines);
        QFETCH(QString, symbolInFile);
        const auto layout = detectLayout(test::readFixture(fixture), CsvFormat::Auto, fixture);
        QVERIFY2(layout.ok(), qPrintable(layout.ok() ? QString() : layout.error().toString()));
        QCOMPARE(int(layout->format), format);
        QCOMPARE(layout->headerLines, headerLines);
        QCOMPARE(layout->symbolInFile, symbolInFile);
    }

    void yahooValuesAreExact()
    {
        const ParsedHistory h = parseFixture(QStringLiteral("yahoo_basic.csv"));
        QCOMPARE(h.rowsRead, 5);
        QCOMPARE(h.series.size(), std::size_t(5));
        QVERIFY(h.skipped.empty());
        QCOMPARE(h.series.day[0], kJan2);
        QCOMPARE(h.series.day[4], kJan2 + 6); // 2024-01-08, a Monday
        // Decimal fractions with exact binary forms must come back bit-identical.
        QCOMPARE(h.series.open[0], 100.5);
        QCOMPARE(h.series.high[0], 102.25);
        QCOMPARE(h.series.low[2], 97.25);
        QCOMPARE(h.series.close[3], 99.5);
        QCOMPARE(h.series.adjClose[3], 99.25);
        QCOMPARE(h.series.volume[4], 3e9); // above 2^31
    }

    void yfinanceColumnsFollowThePriceLine()
    {
        // The Price line orders the columns Adj Close, Close, High, Low, Open, Volume.
        const ParsedHistory h = parseFixture(QStringLiteral("yfinance_three_header_lines.csv"));
        QCOMPARE(h.series.size(), std::size_t(2));
        QCOMPARE(h.series.adjClose[0], 2010.5);
        QCOMPARE(h.series.close[0], 2011.0);
        QCOMPARE(h.series.high[0], 2020.0);
        QCOMPARE(h.series.low[0], 1990.25);
        QCOMPARE(h.series.open[0], 2000.0);
        QCOMPARE(h.series.volume[1], 1700.0);
    }

    void yfinanceFileOfTwoTickersIsRefused_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("detected") << int(CsvFormat::Auto);
        QTest::newRow("named") << int(CsvFormat::YFinance);
    }
    void yfinanceFileOfTwoTickersIsRefused()
    {
        // yf.download(["^GSPC", "^RUT"]) groups the columns by field, then ticker: taking each
        // field's first column imported ^GSPC alone and dropped ^RUT without a word.
        QFETCH(int, format);
        const QByteArray file = "Price,Close,Close,High,High,Low,Low,Open,Open,Volume,Volume\n"
                                "Ticker,^GSPC,^RUT,^GSPC,^RUT,^GSPC,^RUT,^GSPC,^RUT,^GSPC,^RUT\n"
                                "Date,,,,,,,,,,\n"
                                "2024-01-02,4742.8,2027.1,4754.3,2047.7,4722.7,2018.3,4745.2,2045.3,3743050000,0\n";
        const auto layout = detectLayout(file, CsvFormat(format), QStringLiteral("two.csv"));
        QVERIFY(!layout.ok());
        QCOMPARE(layout.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(layout.error().file, QStringLiteral("two.csv"));
        QCOMPARE(layout.error().line, 2);
        QCOMPARE(layout.error().column, 3); // ^RUT, the second ticker, first stands in column 3
        QVERIFY2(layout.error().message.contains(QStringLiteral("2 tickers (^GSPC, ^RUT)")),
                 qPrintable(layout.error().message));
    }

    void stooqWithoutVolumeReadsZeroVolume()
    {
        const ParsedHistory h = parseFixture(QStringLiteral("stooq_without_volume.csv"));
        QCOMPARE(h.series.size(), std::size_t(2));
        QCOMPARE(h.series.volume[0], 0.0);
        QCOMPARE(h.series.adjClose[1], 10.25); // no Adj Close column: equals Close
    }

    void genericSemicolonWithDecimalComma()
    {
        const QByteArray data = test::readFixture(QStringLiteral("generic_semicolon_decimal_comma.csv"));
        const auto layout = detectLayout(data, CsvFormat::Auto);
        QVERIFY(layout.ok());
        QCOMPARE(layout->delimiter, ';');
        QCOMPARE(layout->decimalSeparator, ',');
        QCOMPARE(layout->dateFormat, QStringLiteral("dd.MM.yyyy"));
        const auto h = parseHistory(data, *layout);
        QVERIFY(h.ok());
        QCOMPARE(h->series.day[0], kJan2);
        QCOMPARE(h->series.open[0], 100.5);
        QCOMPARE(h->series.low[0], 99.75);
    }

    void genericTabWithUsDatesAndCloseOnly()
    {
        const QByteArray data = test::readFixture(QStringLiteral("generic_tab_us_dates.tsv"));
        const auto layout = detectLayout(data, CsvFormat::Auto);
        QVERIFY(layout.ok());
        QCOMPARE(layout->delimiter, '\t');
        // 01/31/2024 rules out dd/MM/yyyy.
        QCOMPARE(layout->dateFormat, QStringLiteral("MM/dd/yyyy"));
        const auto h = parseHistory(data, *layout);
        QVERIFY(h.ok());
        QCOMPARE(h->series.size(), std::size_t(3));
        QCOMPARE(h->series.day[2], kJan2 + 29);
        // A close-only file gives flat bars at the close.
        QCOMPARE(h->series.open[1], 4704.81);
        QCOMPARE(h->series.high[1], 4704.81);
        QCOMPARE(h->series.low[1], 4704.81);
    }

    void genericMappingChosenByTheUser()
    {
        // Unknown header names: the user maps columns in the dialog (or with --columns).
        const QByteArray data = test::readFixture(QStringLiteral("generic_semicolon_decimal_comma_no_known_headers.csv"));
        CsvLayout layout;
        layout.delimiter = ';';
        layout.decimalSeparator = ',';
        layout.dateFormat = QStringLiteral("dd.MM.yyyy");
        layout.column = {0, 1, 2, 3, 4, -1, 5};
        const auto h = parseHistory(data, layout);
        QVERIFY(h.ok());
        QCOMPARE(h->series.size(), std::size_t(2));
        QCOMPARE(h->series.close[1], 98.5);
        QCOMPARE(h->series.volume[1], 2500.0);
    }

    void namedFormatThatDoesNotMatchIsAnError()
    {
        const auto layout = detectLayout(test::readFixture(QStringLiteral("stooq_basic.csv")), CsvFormat::Yahoo,
                                         QStringLiteral("stooq_basic.csv"));
        QVERIFY(!layout.ok());
        QCOMPARE(layout.error().line, 1);
        QVERIFY(layout.error().message.contains(QStringLiteral("Adj Close")));
    }

    void layoutValidationNamesTheProblem_data()
    {
        QTest::addColumn<int>("dateColumn");
        QTest::addColumn<int>("closeColumn");
        QTest::addColumn<char>("decimal");
        QTest::addColumn<QString>("dateFormat");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no date") << -1 << 1 << '.' << "yyyy-MM-dd" << "date";
        QTest::newRow("no close") << 0 << -1 << '.' << "yyyy-MM-dd" << "close";
        QTest::newRow("same column") << 0 << 0 << '.' << "yyyy-MM-dd" << "both";
        QTest::newRow("delimiter is decimal") << 0 << 1 << ',' << "yyyy-MM-dd" << "decimal separator";
        QTest::newRow("pattern without day") << 0 << 1 << '.' << "yyyy-MM" << "yyyy-MM";
    }
    void layoutValidationNamesTheProblem()
    {
        QFETCH(int, dateColumn);
        QFETCH(int, closeColumn);
        QFETCH(char, decimal);
        QFETCH(QString, dateFormat);
        QFETCH(QString, expected);
        CsvLayout layout;
        layout.columnOf(BarField::Date) = dateColumn;
        layout.columnOf(BarField::Close) = closeColumn;
        layout.decimalSeparator = decimal;
        layout.dateFormat = dateFormat;
        const Status s = layout.validate();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(expected), qPrintable(s.error().message));
    }

    void datePatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("expectedDay"); // -1: must not parse
        QTest::newRow("iso") << "yyyy-MM-dd" << QByteArray("2024-01-02") << int(kJan2);
        QTest::newRow("iso with time") << "yyyy-MM-dd" << QByteArray("2024-01-02 00:00:00-05:00") << int(kJan2);
        QTest::newRow("iso bad month") << "yyyy-MM-dd" << QByteArray("2024-13-02") << -1;
        QTest::newRow("iso 30 February") << "yyyy-MM-dd" << QByteArray("2024-02-30") << -1;
        QTest::newRow("iso leap day") << "yyyy-MM-dd" << QByteArray("2024-02-29") << int(kJan2 + 58);
        QTest::newRow("iso trailing junk") << "yyyy-MM-dd" << QByteArray("2024-01-02x") << -1;
        QTest::newRow("compact") << "yyyyMMdd" << QByteArray("20240102") << int(kJan2);
        QTest::newRow("german") << "dd.MM.yyyy" << QByteArray("02.01.2024") << int(kJan2);
        QTest::newRow("short fields") << "d.M.yyyy" << QByteArray("2.1.2024") << int(kJan2);
        QTest::newRow("us two-digit year") << "M/d/yy" << QByteArray("1/2/24") << int(kJan2);
        QTest::newRow("two-digit year 1987") << "M/d/yy" << QByteArray("9/10/87") << 6461; // 1987-09-10
        QTest::newRow("literal mismatch") << "dd.MM.yyyy" << QByteArray("02/01/2024") << -1;
    }
    void datePatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QByteArray, text);
        QFETCH(int, expectedDay);
        const auto compiled = DatePattern::compile(pattern);
        QVERIFY(compiled.has_value());
        const auto day = compiled->parse(text.constData(), text.constData() + text.size());
        if (expectedDay < 0) {
            QVERIFY(!day.has_value());
        } else {
            QVERIFY(day.has_value());
            QCOMPARE(*day, expectedDay);
        }
    }

    void crlfBomAndBlankLines()
    {
        const ParsedHistory h = parseFixture(QStringLiteral("crlf_with_bom_and_blank_line.csv"));
        QCOMPARE(h.rowsRead, 2);
        QCOMPARE(h.series.size(), std::size_t(2));
        QCOMPARE(h.series.volume[1], 2500.0);
    }

    void lineEndsOfEveryKind_data()
    {
        // yahoo_basic.csv with its LF line ends replaced: CR only (classic Mac OS), CR LF, and
        // a mix with a blank line and no line end at the end.
        const QByteArray lf = test::readFixture(QStringLiteral("yahoo_basic.csv"));
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("CR") << QByteArray(lf).replace('\n', '\r');
        QTest::newRow("CR LF") << QByteArray(lf).replace("\n", "\r\n");
        QByteArray mixed;
        const QList<QByteArray> lines = lf.trimmed().split('\n');
        const char *const ends[] = {"\r\n", "\n", "\r", "\r\n\r", "\r"};
        for (qsizetype i = 0; i < lines.size(); ++i)
            mixed += lines[i] + (i + 1 < lines.size() ? QByteArray(ends[i % 5]) : QByteArray());
        QTest::newRow("mixed") << mixed;
    }
    void lineEndsOfEveryKind()
    {
        QFETCH(QByteArray, data);
        const auto layout = detectLayout(data, CsvFormat::Auto);
        QVERIFY2(layout.ok(), qPrintable(layout.ok() ? QString() : layout.error().toString()));
        QCOMPARE(int(layout->format), int(CsvFormat::Yahoo));
        const auto h = parseHistory(data, *layout, ParseOptions{true, {}});
        QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : h.error().toString()));
        QCOMPARE(h->rowsRead, 5);
        QCOMPARE(h->series.size(), std::size_t(5));
        QCOMPARE(h->series.day[4], kJan2 + 6);
        QCOMPARE(h->series.volume[4], 3e9); // the last field, just before a CR or the end
        QCOMPARE(h->series.adjClose[3], 99.25);
    }

    void lineNumbersCountEveryKindOfLineEnd()
    {
        // Line 4 is bad; lines end with CR LF, CR, LF and CR (line 3 is blank).
        const QByteArray data = "Date,Close\r\n2024-01-02,1\r\r2024-01-03,x\n2024-01-04,2\r";
        CsvLayout layout;
        layout.column = {0, -1, -1, -1, 1, -1, -1};
        const auto h = parseHistory(data, layout);
        QVERIFY(h.ok());
        QCOMPARE(h->series.size(), std::size_t(2));
        QCOMPARE(h->skipped.size(), std::size_t(1));
        QCOMPARE(h->skipped.front().line, 4);
        const QList<QByteArrayView> lines = firstLines(data, 10);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[2], QByteArrayView());
        QCOMPARE(lines[4], QByteArrayView("2024-01-04,2"));
    }

    void quotedFieldsWithTheDelimiterInside()
    {
        const QByteArray data = "Date,Close,Note\n\"2024-01-02\",\"101.5\",\"a, b\"\n2024-01-03,102,x\n";
        CsvLayout layout;
        layout.column = {0, -1, -1, -1, 1, -1, -1};
        const auto h = parseHistory(data, layout);
        QVERIFY(h.ok());
        QCOMPARE(h->series.size(), std::size_t(2));
        QCOMPARE(h->series.close[0], 101.5);
    }
};

QTEST_GUILESS_MAIN(TestCsvFormats)
#include "tst_csvformats.moc"
