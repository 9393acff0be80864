// Adjusted closes derived from dividends, against hand arithmetic (the CRSP method: closes
// before an ex-date times 1 − amount / the close before the ex-date, compounding).

#include "data/CorporateActions.h"

#include <QTest>

#include <cmath>

using namespace rutile;

namespace {

BarSeries closes(std::initializer_list<double> values)
{
    BarSeries s;
    QDate d(2024, 3, 4);
    for (double v : values) {
        s.append({toDayNumber(d), v, v, v, v, v, 0});
        d = d.addDays(1);
    }
    return s;
}

void compareAll(const std::vector<double> &actual, const std::vector<double> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    QVERIFY(!expected.empty());
    for (std::size_t i = 0; i < expected.size(); ++i)
        QVERIFY2(std::abs(actual[i] - expected[i]) < 1e-12,
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(i).arg(actual[i], 0, 'g', 17).arg(expected[i], 0, 'g', 17)));
}

} // namespace

class TestCorporateActions : public QObject {
    Q_OBJECT

private slots:
    void noDividendsNoChange()
    {
        compareAll(dividendAdjustedCloses(closes({10, 11, 12}), {}), {10, 11, 12});
    }

    void twoDividendsCompound()
    {
        // Ex-dates 2024-03-06 (bar 2; close before 50 → factor 1 − 1/50 = 0.98) and
        // 2024-03-08 (bar 4; close before 40 → 1 − 2/40 = 0.95).
        const auto adjusted = dividendAdjustedCloses(closes({50, 50, 40, 40, 30}),
                                                     {{QDate(2024, 3, 6), 1.0}, {QDate(2024, 3, 8), 2.0}});
        compareAll(adjusted, {50 * 0.98 * 0.95, 50 * 0.98 * 0.95, 40 * 0.95, 40 * 0.95, 30});
    }

    void exDateOnAHolidayUsesTheNextBar()
    {
        BarSeries s = closes({20, 20});
        s.append({toDayNumber(QDate(2024, 3, 11)), 25, 25, 25, 25, 25, 0}); // after a weekend
        // Ex-date Saturday 2024-03-09: it applies from the next bar, 2024-03-11; the close before is 20.
        compareAll(dividendAdjustedCloses(s, {{QDate(2024, 3, 9), 0.5}}), {20 * 0.975, 20 * 0.975, 25});
    }

    void dividendsOutsideTheBarsOrNotBelowTheCloseAdjustNothing()
    {
        const BarSeries s = closes({10, 10, 10});
        compareAll(dividendAdjustedCloses(s, {{QDate(2024, 3, 1), 1.0}}), {10, 10, 10});  // before the first bar
        compareAll(dividendAdjustedCloses(s, {{QDate(2024, 3, 4), 1.0}}), {10, 10, 10});  // on it: no close before
        compareAll(dividendAdjustedCloses(s, {{QDate(2024, 3, 20), 1.0}}), {10, 10, 10}); // after the last
        compareAll(dividendAdjustedCloses(s, {{QDate(2024, 3, 5), 10.0}}), {10, 10, 10}); // the whole price
        compareAll(dividendAdjustedCloses(s, {{QDate(), 1.0}}), {10, 10, 10});
    }
};

QTEST_GUILESS_MAIN(TestCorporateActions)
#include "tst_corporate_actions.moc"
