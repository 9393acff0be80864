// Every validation rule of the importer, lenient and strict, one fixture per bad input.

#include "data/CsvLayout.h"
#include "data/HistoryParser.h"

#include "TestSupport.h"

#include <QFile>

using namespace rutile;

class TestValidation : public QObject {
    Q_OBJECT

private slots:
    void badRows_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reasonPart");
        // Each fixture has three rows; the second (line 3) is bad in one way.
        QTest::newRow("date") << "bad_date_month_13.csv" << qint64(3) << 1 << "expected a date";
        QTest::newRow("number") << "bad_number_letter_o.csv" << qint64(3) << 3 << "expected a number for High";
        QTest::newRow("high below open") << "bad_high_below_open.csv" << qint64(3) << 3 << "below max(open";
        QTest::newRow("low above close") << "bad_low_above_close.csv" << qint64(3) << 4 << "above min(open";
        QTest::newRow("zero price") << "bad_zero_price.csv" << qint64(3) << 2 << "positive price";
        QTest::newRow("negative volume") << "bad_negative_volume.csv" << qint64(3) << 7 << "volume";
        QTest::newRow("short row") << "bad_short_row.csv" << qint64(3) << 4 << "at least 7 columns";
        QTest::newRow("null row") << "yahoo_null_row.csv" << qint64(3) << 2 << "null";
        // 2020-01-02,10,20,5,10,1,5,100: an unquoted decimal comma would store adj close 1, volume 5.
        QTest::newRow("extra field") << "bad_extra_field_decimal_comma.csv" << qint64(3) << 8
                                     << "expected 7 fields, found 8";
    }

    void badRows()
    {
        QFETCH(QString, fixture);
        QFETCH(qint64, line);
        QFETCH(int, column);
        QFETCH(QString, reasonPart);
        const QByteArray data = test::readFixture(fixture);
        const auto layout = detectLayout(data, CsvFormat::Auto, fixture);
        QVERIFY(layout.ok());

        // Lenient: the bad row is skipped and reported, the others are kept.
        const auto lenient = parseHistory(data, *layout, ParseOptions{false, fixture});
        QVERIFY(lenient.ok());
        QCOMPARE(lenient->rowsRead, 3);
        QCOMPARE(lenient->series.size(), std::size_t(2));
        QCOMPARE(lenient->skipped.size(), std::size_t(1));
        const RowIssue &issue = lenient->skipped.front();
        QCOMPARE(issue.line, line);
        QCOMPARE(issue.column, column);
        QVERIFY2(issue.reason.contains(reasonPart), qPrintable(issue.reason));

        // Strict: the same row aborts the parse with its location.
        const auto strict = parseHistory(data, *layout, ParseOptions{true, fixture});
        QVERIFY(!strict.ok());
        QCOMPARE(strict.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(strict.error().file, fixture);
        QCOMPARE(strict.error().line, line);
        QCOMPARE(strict.error().column, column);
        QVERIFY(strict.error().toString().startsWith(fixture + QLatin1Char(':') + QString::number(line) + QLatin1Char(':')
                                                     + QString::number(column) + QStringLiteral(": ")));
    }

    void unsortedRowsAreSortedWithAWarning()
    {
        const QByteArray data = test::readFixture(QStringLiteral("unsorted_rows.csv"));
        const auto h = parseHistory(data, *detectLayout(data, CsvFormat::Auto));
        QVERIFY(h.ok());
        QVERIFY(h->series.isConsistent());
        QCOMPARE(h->series.close[0], 101.0);  // 2024-01-02 (line 3)
        QCOMPARE(h->series.close[2], 98.75);  // 2024-01-04 (line 2)
        QCOMPARE(h->warnings.size(), std::size_t(1));
        QCOMPARE(h->warnings.front().kind, ParseWarning::Kind::Unsorted);
        QCOMPARE(h->warnings.front().line, 3);
    }

    void duplicateDateKeepsTheLaterRow()
    {
        const QByteArray data = test::readFixture(QStringLiteral("duplicate_date_keeps_last.csv"));
        const auto h = parseHistory(data, *detectLayout(data, CsvFormat::Auto), ParseOptions{true, {}});
        QVERIFY(h.ok()); // a duplicate is repaired, not rejected, even under strict
        QCOMPARE(h->series.size(), std::size_t(3));
        QCOMPARE(h->series.close[1], 99.0); // line 4 wins over line 3
        QCOMPARE(h->duplicatesDropped, 1);
        QCOMPARE(h->warnings.size(), std::size_t(1));
        QCOMPARE(h->warnings.front().kind, ParseWarning::Kind::DuplicateDate);
        QCOMPARE(h->warnings.front().line, 3);
    }

    void fieldCountComesFromTheHeaderNotTheMapping()
    {
        // Only Date and Close are mapped; the Note column is read past, and still counted.
        const QByteArray data = "Date,Close,Note\n"
                                "2024-01-02,101.5,\"a, b\"\n" // 3 fields: the comma is quoted
                                "2024-01-03,102,x,y\n"          // 4 fields
                                "2024-01-04,103\n";             // 2: the unmapped note may be left out
        CsvLayout layout;
        layout.column = {0, -1, -1, -1, 1, -1, -1};
        const auto h = parseHistory(data, layout);
        QVERIFY(h.ok());
        QCOMPARE(h->series.size(), std::size_t(2));
        QCOMPARE(h->skipped.size(), std::size_t(1));
        QCOMPARE(h->skipped.front().line, 3);
        QCOMPARE(h->skipped.front().column, 4);
        QCOMPARE(h->skipped.front().reason, QStringLiteral("expected 3 fields, found 4"));
    }

    void fieldCountWithoutHeaderComesFromTheFirstRow()
    {
        const QByteArray data = "20240102,1\n20240103,2,3\n20240104,4\n";
        const auto layout = detectLayout(data, CsvFormat::Auto);
        QVERIFY(layout.ok());
        QCOMPARE(layout->headerLines, 0);
        const auto h = parseHistory(data, *layout, ParseOptions{true, QStringLiteral("f.csv")});
        QVERIFY(!h.ok());
        QCOMPARE(h.error().toString(), QStringLiteral("f.csv:2:3: expected 2 fields, found 3"));
    }

    void extraFieldIsReportedBeforeTheValuesItShifted()
    {
        // The open 101,5 written with a decimal comma: every later value moves one column
        // right, so high 5 < open 101; the field count is the cause to report.
        const QByteArray data = "Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-03,101,5,102,98,99,99,2500\n";
        const auto h = parseHistory(data, *detectLayout(data, CsvFormat::Auto));
        QVERIFY(h.ok());
        QCOMPARE(h->skipped.size(), std::size_t(1));
        QCOMPARE(h->skipped.front().column, 8);
        QCOMPARE(h->skipped.front().reason, QStringLiteral("expected 7 fields, found 8"));
    }

    void validateBarRules_data()
    {
        QTest::addColumn<double>("open");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("close");
        QTest::addColumn<double>("volume");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << 10.0 << 11.0 << 9.0 << 10.5 << 0.0 << true;
        QTest::newRow("flat bar") << 10.0 << 10.0 << 10.0 << 10.0 << 5.0 << true;
        QTest::newRow("high equals close") << 10.0 << 10.5 << 9.0 << 10.5 << 0.0 << true;
        QTest::newRow("high below close") << 10.0 << 10.4 << 9.0 << 10.5 << 0.0 << false;
        QTest::newRow("low above open") << 10.0 << 11.0 << 10.1 << 10.5 << 0.0 << false;
        QTest::newRow("negative close") << 10.0 << 11.0 << -9.0 << -1.0 << 0.0 << false;
        QTest::newRow("infinite high") << 10.0 << qInf() << 9.0 << 10.5 << 0.0 << false;
        QTest::newRow("NaN volume") << 10.0 << 11.0 << 9.0 << 10.5 << qQNaN() << false;
    }
    void validateBarRules()
    {
        QFETCH(double, open);
        QFETCH(double, high);
        QFETCH(double, low);
        QFETCH(double, close);
        QFETCH(double, volume);
        QFETCH(bool, valid);
        QCOMPARE(!validateBar(Bar{0, open, high, low, close, close, volume}).has_value(), valid);
    }

    void cancellationStopsTheParse()
    {
        QByteArray data = "Date,Close\n";
        for (int i = 0; i < 200000; ++i)
            data += "2024-01-02,1\n";
        TaskControl control;
        control.isCancellationRequested = [] { return true; };
        const auto h = parseHistory(data, *detectLayout(data, CsvFormat::Auto), {}, control);
        QVERIFY(!h.ok());
        QCOMPARE(h.error().kind, ErrorKind::Cancelled);
    }

    void inputOfNoRows()
    {
        const QByteArray headerOnly = test::readFixture(QStringLiteral("header_only.csv"));
        const auto h = parseHistory(headerOnly, *detectLayout(headerOnly, CsvFormat::Auto));
        QVERIFY(h.ok());
        QCOMPARE(h->rowsRead, 0);
        QVERIFY(!detectLayout(test::readFixture(QStringLiteral("empty.csv")), CsvFormat::Auto).ok());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
