// Weekly and monthly bars as CLI.md "timeframes" defines them: hand-built weeks across a year
// end and before 1970, and every week and month of the real RUT history checked against an
// independent grouping (QDate's ISO week number and month).

#include "data/Timeframe.h"

#include "HistoryFiles.h"
#include "TestSupport.h"

#include <algorithm>
#include <map>

using namespace rutile;

namespace {

Bar bar(QDate date, double open, double high, double low, double close, double volume)
{
    return Bar {toDayNumber(date), open, high, low, close, close * 0.5, volume};
}

/// Bars of `daily` grouped by a key computed with QDate only: the expected resampling.
template<typename Key>
std::vector<std::vector<Bar>> groupBy(const BarSeries &daily, Key key)
{
    std::map<std::pair<int, int>, std::vector<Bar>> groups;
    for (std::size_t i = 0; i < daily.size(); ++i)
        groups[key(daily.date(i))].push_back(daily.bar(i));
    std::vector<std::vector<Bar>> out;
    for (auto &[k, bars] : groups)
        out.push_back(std::move(bars));
    return out;
}

void compareWithGroups(const BarSeries &resampled, const std::vector<std::vector<Bar>> &groups)
{
    QCOMPARE(resampled.size(), groups.size());
    QVERIFY(resampled.isConsistent());
    QVERIFY(!groups.empty());
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const auto &bars = groups[g];
        const Bar got = resampled.bar(g);
        QCOMPARE(got.day, bars.back().day);
        QCOMPARE(got.open, bars.front().open);
        QCOMPARE(got.close, bars.back().close);
        QCOMPARE(got.adjClose, bars.back().adjClose);
        double high = bars.front().high, low = bars.front().low, volume = 0;
        for (const Bar &b : bars) {
            high = std::max(high, b.high);
            low = std::min(low, b.low);
            volume += b.volume;
        }
        QCOMPARE(got.high, high);
        QCOMPARE(got.low, low);
        QCOMPARE(got.volume, volume);
    }
}

} // namespace

class TestTimeframe : public QObject {
    Q_OBJECT

private slots:
    void names()
    {
        for (Timeframe t : {Timeframe::Daily, Timeframe::Weekly, Timeframe::Monthly})
            QCOMPARE(timeframeFromName(timeframeName(t)), std::optional<Timeframe>(t));
        QCOMPARE(timeframeName(Timeframe::Weekly), QStringLiteral("weekly"));
        QVERIFY(!timeframeFromName(u"Weekly"));
        QVERIFY(!timeframeFromName(u"hourly"));
        QVERIFY(!timeframeFromName(u""));
    }

    void weekAcrossYearEnd()
    {
        // ISO week 53 of 2020 runs Monday 2020-12-28 to Sunday 2021-01-03; 2021-01-01 is a
        // holiday. Week 1 of 2021 starts on Monday 2021-01-04.
        BarSeries daily;
        daily.append(bar(QDate(2020, 12, 24), 10, 12, 9, 11, 100)); // Thursday of week 52
        daily.append(bar(QDate(2020, 12, 28), 11, 13, 10, 12, 200));
        daily.append(bar(QDate(2020, 12, 30), 12, 15, 11, 14, 300));
        daily.append(bar(QDate(2020, 12, 31), 14, 14.5, 8, 9, 400));
        daily.append(bar(QDate(2021, 1, 4), 9, 10, 7, 8, 500));

        const BarSeries weekly = resample(daily, Timeframe::Weekly);
        QCOMPARE(weekly.size(), std::size_t(3));
        QCOMPARE(weekly.date(0), QDate(2020, 12, 24));
        const Bar w = weekly.bar(1);
        QCOMPARE(weekly.date(1), QDate(2020, 12, 31)); // dated by its last trading day
        QCOMPARE(w.open, 11.0);
        QCOMPARE(w.high, 15.0);
        QCOMPARE(w.low, 8.0);
        QCOMPARE(w.close, 9.0);
        QCOMPARE(w.adjClose, 4.5);
        QCOMPARE(w.volume, 900.0);
        QCOMPARE(weekly.date(2), QDate(2021, 1, 4));

        // The same days by month: December (four bars) and January (one).
        const BarSeries monthly = resample(daily, Timeframe::Monthly);
        QCOMPARE(monthly.size(), std::size_t(2));
        QCOMPARE(monthly.date(0), QDate(2020, 12, 31));
        QCOMPARE(monthly.open[0], 10.0);
        QCOMPARE(monthly.high[0], 15.0);
        QCOMPARE(monthly.low[0], 8.0);
        QCOMPARE(monthly.close[0], 9.0);
        QCOMPARE(monthly.volume[0], 1000.0);
        QCOMPARE(monthly.date(1), QDate(2021, 1, 4));
        QCOMPARE(monthly.volume[1], 500.0);
    }

    void weeksBefore1970()
    {
        // Monday 1969-12-29 to Sunday 1970-01-04 is one week around day 0; Sunday
        // 1969-12-28 ends the week before.
        QCOMPARE(timeframePeriod(toDayNumber(QDate(1969, 12, 29)), Timeframe::Weekly),
            timeframePeriod(toDayNumber(QDate(1970, 1, 4)), Timeframe::Weekly));
        QCOMPARE(timeframePeriod(toDayNumber(QDate(1969, 12, 28)), Timeframe::Weekly) + 1,
            timeframePeriod(toDayNumber(QDate(1969, 12, 29)), Timeframe::Weekly));
        QCOMPARE(timeframePeriod(toDayNumber(QDate(1970, 1, 5)), Timeframe::Weekly),
            timeframePeriod(toDayNumber(QDate(1970, 1, 4)), Timeframe::Weekly) + 1);
        // 1927-12-30 (Friday) and 1928-01-02 (Monday) fall in different weeks.
        QVERIFY(timeframePeriod(toDayNumber(QDate(1927, 12, 30)), Timeframe::Weekly)
            != timeframePeriod(toDayNumber(QDate(1928, 1, 2)), Timeframe::Weekly));
    }

    void dailyIsACopyAndEmptyStaysEmpty()
    {
        BarSeries daily;
        daily.symbol = QStringLiteral("RUT");
        daily.append(bar(QDate(2024, 3, 5), 1, 2, 0.5, 1.5, 10));
        const BarSeries same = resample(daily, Timeframe::Daily);
        QCOMPARE(same.size(), std::size_t(1));
        QCOMPARE(same.close, daily.close);
        QCOMPARE(resample(daily, Timeframe::Monthly).symbol, QStringLiteral("RUT"));
        QVERIFY(resample(BarSeries(), Timeframe::Weekly).empty());
    }

    void realHistoryMatchesIsoWeeksAndMonths()
    {
        RUTILE_REQUIRE_SHARED_DATA(path, "RUT_yahoo_1987-2024.csv");
        const auto daily = test::readHistoryFile(path);
        QVERIFY2(daily, daily ? "" : qPrintable(daily.error().message));
        QVERIFY(daily->size() > 9000);

        const BarSeries weekly = resample(*daily, Timeframe::Weekly);
        compareWithGroups(weekly, groupBy(*daily, [](QDate d) {
            int year = 0;
            const int week = d.weekNumber(&year);
            return std::make_pair(year, week);
        }));
        // About 52 weeks a year over 37 years.
        QVERIFY(weekly.size() > 1900 && weekly.size() < 2000);

        const BarSeries monthly = resample(*daily, Timeframe::Monthly);
        compareWithGroups(monthly, groupBy(*daily, [](QDate d) { return std::make_pair(d.year(), d.month()); }));
        QVERIFY(monthly.size() > 440 && monthly.size() < 460);
    }
};

QTEST_GUILESS_MAIN(TestTimeframe)
#include "tst_timeframe.moc"
