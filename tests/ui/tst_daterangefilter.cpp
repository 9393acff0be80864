// The date range behind a check box (ui/DateRangeFilter) that the Scanner, its Portfolio tab,
// Relative Value and the ML Lab share: unticked it means the whole history, ticked the two dates;
// a start after the end is refused with one line.

#include "DateRangeFilter.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QTest>

using namespace rutile::ui;

class TestDateRangeFilter : public QObject {
    Q_OBJECT

private slots:
    void wholeHistoryUntilTicked()
    {
        QWidget parent;
        DateRangeFilter range(QDate(2010, 1, 4), QDate(2024, 12, 31), &parent);
        QVERIFY(!range.checkBox()->isChecked());
        QVERIFY(!range.fromEdit()->isEnabled() && !range.toEdit()->isEnabled());
        QCOMPARE(range.range().value(), (std::pair<QDate, QDate>{}));
        parent.show();
        QTest::mouseClick(range.checkBox(), Qt::LeftButton, {}, QPoint(4, range.checkBox()->height() / 2));
        QVERIFY(range.checkBox()->isChecked());
        QVERIFY(range.fromEdit()->isEnabled() && range.toEdit()->isEnabled());
        QCOMPARE(range.range().value(), (std::pair{QDate(2010, 1, 4), QDate(2024, 12, 31)}));
    }

    void setRangeTicksAndKeepsWhatIsNotGiven()
    {
        QWidget parent;
        DateRangeFilter range(QDate(2010, 1, 4), QDate(2024, 12, 31), &parent);
        range.setRange(QDate(2000, 1, 3), QDate());
        QVERIFY(range.checkBox()->isChecked());
        QCOMPARE(range.range().value(), (std::pair{QDate(2000, 1, 3), QDate(2024, 12, 31)}));
        range.setRange(QDate(), QDate());
        QVERIFY(!range.checkBox()->isChecked());
        QCOMPARE(range.range().value(), (std::pair<QDate, QDate>{}));
    }

    void startAfterEndIsRefused()
    {
        QWidget parent;
        DateRangeFilter range(QDate(2010, 1, 4), QDate(2024, 12, 31), &parent);
        range.setRange(QDate(2020, 1, 2), QDate(2019, 12, 31));
        const auto r = range.range();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("The start date is after the end date."));
    }
};

QTEST_MAIN(TestDateRangeFilter)
#include "tst_daterangefilter.moc"
