// DateAxisTicker: bar-index ticks on calendar boundaries, bounded in number.

#include "chart/DateAxisTicker.h"
#include "UiTestSupport.h"

#include <QTest>

using namespace rutile;
using namespace rutile::ui;

namespace {

// Weekdays from `from` to `to`, like a trading calendar without holidays.
std::vector<DayNumber> weekdays(QDate from, QDate to)
{
    std::vector<DayNumber> days;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5)
            days.push_back(toDayNumber(d));
    }
    return days;
}

struct Ticks {
    QVector<double> positions;
    QVector<QString> labels;
};

Ticks generate(DateAxisTicker &ticker, double lower, double upper)
{
    Ticks t;
    ticker.generate(QCPRange(lower, upper), QLocale::c(), QLatin1Char('g'), 6, t.positions, nullptr, &t.labels);
    return t;
}

} // namespace

class TestDateAxis : public QObject {
    Q_OBJECT

private slots:
    void chooses_period_by_visible_span_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("tickCount");
        QTest::addColumn<int>("period");
        QTest::addColumn<int>("multiple");
        using P = DateAxisTicker::Period;
        // 2010-2020 is 2870 weekdays.
        QTest::newRow("eleven years, 8 labels: every 2nd year") << 0 << 2870 << 8 << int(P::Year) << 2;
        QTest::newRow("eleven years, 12 labels: every year") << 0 << 2870 << 12 << int(P::Year) << 1;
        QTest::newRow("two years, 10 labels: quarters") << 500 << 520 << 10 << int(P::Quarter) << 1;
        QTest::newRow("one year, 14 labels: months") << 500 << 260 << 14 << int(P::Month) << 1;
        QTest::newRow("three months, 14 labels: weeks") << 500 << 65 << 14 << int(P::Week) << 1;
        QTest::newRow("eight days, 10 labels: days") << 500 << 8 << 10 << int(P::Day) << 1;
    }

    void chooses_period_by_visible_span()
    {
        QFETCH(int, first);
        QFETCH(int, count);
        QFETCH(int, tickCount);
        QFETCH(int, period);
        QFETCH(int, multiple);
        DateAxisTicker ticker;
        const auto days = weekdays(QDate(2010, 1, 1), QDate(2020, 12, 31));
        QCOMPARE(days.size(), std::size_t(2870));
        ticker.setDays(days);
        ticker.setTickCount(tickCount);
        const Ticks t = generate(ticker, first - 0.5, first + count - 0.5);
        QCOMPARE(int(ticker.period()), period);
        QCOMPARE(ticker.periodMultiple(), multiple);
        QVERIFY2(!t.positions.isEmpty(), "no ticks");
        QVERIFY2(t.positions.size() <= tickCount, qPrintable(QString::number(t.positions.size())));
        QCOMPARE(t.labels.size(), t.positions.size());
        for (double p : t.positions) {
            QVERIFY(p >= first && p < first + count);
            QCOMPARE(p, std::round(p)); // ticks sit on bars
        }
    }

    void ticks_sit_on_the_first_bar_of_a_period()
    {
        DateAxisTicker ticker;
        const auto days = weekdays(QDate(2010, 1, 1), QDate(2020, 12, 31));
        ticker.setDays(days);
        ticker.setTickCount(12);
        const Ticks t = generate(ticker, -0.5, double(days.size()) - 0.5);
        QCOMPARE(ticker.period(), DateAxisTicker::Period::Year);
        // Years 2011..2020 start inside the data; 2010's first bar is the data's first bar,
        // which starts no period.
        QCOMPARE(t.positions.size(), 10);
        for (int k = 0; k < t.positions.size(); ++k) {
            const auto i = static_cast<std::size_t>(t.positions[k]);
            const QDate date = toDate(days[i]);
            QCOMPARE(date.year(), 2011 + k);
            QCOMPARE(toDate(days[i - 1]).year(), 2010 + k);
            QCOMPARE(t.labels[k], QString::number(2011 + k));
        }
    }

    void labels_name_months_and_give_the_year_once()
    {
        DateAxisTicker ticker;
        const auto days = weekdays(QDate(2019, 1, 1), QDate(2020, 12, 31));
        ticker.setDays(days);
        ticker.setTickCount(14);
        // Mid-2019 to mid-2020: months, with "2020" at the year boundary.
        const double first
            = double(std::lower_bound(days.begin(), days.end(), toDayNumber(QDate(2019, 6, 20))) - days.begin());
        const Ticks t = generate(ticker, first, first + 255);
        QCOMPARE(ticker.period(), DateAxisTicker::Period::Month);
        const QString july = QLocale().monthName(7, QLocale::ShortFormat);
        QCOMPARE(t.labels.first(), july + QStringLiteral(" 2019"));
        QVERIFY(t.labels.contains(QStringLiteral("2020")));
        QCOMPARE(t.labels.count(QStringLiteral("2020")), 1);
    }

    void millions_of_bars_keep_few_ticks_on_period_starts()
    {
        // A million weekdays from 1900 (about 3,800 years, as in the chart benchmark): the
        // ticker walks period starts by binary search instead of scanning the bars, and still
        // puts each tick on the first bar of a period, no more than tickCount() of them.
        std::vector<DayNumber> days;
        days.reserve(1000000);
        for (QDate d(1900, 1, 1); days.size() < 1000000; d = d.addDays(1)) {
            if (d.dayOfWeek() <= 5)
                days.push_back(toDayNumber(d));
        }
        DateAxisTicker ticker;
        ticker.setDays(days);
        ticker.setTickCount(12);
        const double n = double(days.size());
        for (double span : {n, n / 7, 20000.0, 2000.0, 300.0}) {
            const Ticks t = generate(ticker, n - span - 0.5, n - 0.5);
            QVERIFY2(t.positions.size() >= 2 && t.positions.size() <= 12,
                     qPrintable(QStringLiteral("span %1: %2 ticks").arg(span).arg(t.positions.size())));
            for (double p : t.positions) {
                const auto i = static_cast<std::size_t>(p);
                const QDate date = toDate(days[i]);
                const QDate before = toDate(days[i - 1]);
                // A new year, quarter, month or week begins at this bar.
                QVERIFY(date.year() != before.year() || date.month() != before.month()
                        || date.weekNumber() != before.weekNumber());
            }
        }
        // The whole history: multiples of 500 or 1,000 years.
        generate(ticker, -0.5, n - 0.5);
        QCOMPARE(ticker.period(), DateAxisTicker::Period::Year);
        QVERIFY(ticker.periodMultiple() >= 500);
    }

    void a_view_wider_than_the_bars_keeps_labels_apart()
    {
        // Five days of history in a view 250 bars wide with room for 8 labels: ticks at least
        // 0.6 × 250 / 8 ≈ 19 bars apart, so only the first day is labelled, not five labels
        // a few pixels apart.
        DateAxisTicker ticker;
        ticker.setDays(weekdays(QDate(2024, 1, 2), QDate(2024, 1, 8)));
        ticker.setTickCount(8);
        const Ticks wide = generate(ticker, -245, 5);
        QCOMPARE(wide.positions, QVector<double>{0});
        // The same days in a view as wide as they are: a label each.
        QCOMPARE(generate(ticker, -0.5, 4.5).positions.size(), 5);
    }

    void outside_the_data_there_are_no_ticks()
    {
        DateAxisTicker ticker;
        ticker.setDays(weekdays(QDate(2020, 1, 1), QDate(2020, 3, 31)));
        QVERIFY(generate(ticker, -50, -10).positions.isEmpty());
        QVERIFY(generate(ticker, 500, 600).positions.isEmpty());
        ticker.setDays({});
        QVERIFY(generate(ticker, 0, 100).positions.isEmpty());
    }
};

QTEST_MAIN(TestDateAxis)
#include "tst_dateaxis.moc"
