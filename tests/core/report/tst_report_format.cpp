// The report's number formats (core/report/ReportFormat), each expected text written by hand.

#include "report/ReportFormat.h"

#include <QTest>

#include <limits>

using namespace rutile::report;

class TestReportFormat : public QObject {
    Q_OBJECT

private slots:
    void figures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("percent") << percent(0.0708) << "7.08%";
        QTest::newRow("negative percent") << percent(-0.0004, 2) << "-0.04%";
        // Rounded to nothing, a small loss reads as a flat month: no "-0.0%".
        QTest::newRow("percent rounding to zero") << percent(-0.00004, 1) << "0.0%";
        QTest::newRow("whole percent rounding to zero") << percent(-0.004, 0) << "0%";
        QTest::newRow("ratio rounding to zero") << ratio(-0.001) << "0.00";
        QTest::newRow("negative ratio") << ratio(-0.005001) << "-0.01";
        QTest::newRow("money") << money(139123.7498) << "139,123.75";
        QTest::newRow("negative money") << money(-1234.5) << "-1,234.50";
        QTest::newRow("money rounding to zero") << money(-0.004) << "0.00";
        QTest::newRow("undefined") << percent(std::numeric_limits<double>::quiet_NaN()) << "n/a";
    }
    void figures()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(text, expected);
    }
};

QTEST_GUILESS_MAIN(TestReportFormat)
#include "tst_report_format.moc"
