// The switch of RUTILE_REQUIRE_SHARED_DATA, checked on a file that is never in ../shared/data:
// without the variable the test skips, with RUTILE_REQUIRE_SHARED_DATA=1 it fails. CTest runs
// this executable twice and matches the outcome in its output (tests/CMakeLists.txt), so a
// macro that let a missing file through, or that never failed, breaks the suite.

#include "TestSupport.h"

class TestSharedDataSwitch : public QObject {
    Q_OBJECT

private slots:
    void missingFile()
    {
        RUTILE_REQUIRE_SHARED_DATA(path, "no_such_file_exists_for_the_switch_test.csv");
        QFAIL(qPrintable(QStringLiteral("a missing shared file got through as %1").arg(path)));
    }
};

QTEST_GUILESS_MAIN(TestSharedDataSwitch)
#include "tst_shared_data_switch.moc"
