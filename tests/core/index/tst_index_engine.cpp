// The index engine: a hand-worked example whose divisors are computed below, the Russell
// reconstitution calendar against FTSE Russell's published dates, and properties checked on
// seeded random universes with entries, exits, share and float changes and splits:
//  - the return of every day equals the unit-weighted average of the members' returns, with the
//    weights formed from the inputs here (not from the engine's state);
//  - every event leaves the level where it was: the index built without the event has the same
//    level through the event's day, to 1e-12 relative;
//  - raw prices with a split give the same index as split-adjusted prices with adjusted shares;
//  - attribution adds up to the range's return.

#include "index/IndexEngine.h"
#include "util/TaskControl.h"

#include <QTest>

#include <cmath>
#include <random>
#include <set>

using namespace rutile;
using namespace rutile::index;

namespace {

BarSeries series(const QString &symbol, QDate first, const std::vector<double> &closes)
{
    BarSeries b;
    b.symbol = symbol;
    QDate d = first;
    for (double c : closes) {
        while (d.dayOfWeek() > 5)
            d = d.addDays(1);
        b.append(Bar{toDayNumber(d), c, c, c, c, c, 1000});
        d = d.addDays(1);
    }
    return b;
}

Constituent member(const QString &symbol, const BarSeries &bars, std::vector<ShareCount> shares, QString sector = {})
{
    Constituent c;
    c.symbol = symbol;
    c.sector = std::move(sector);
    c.bars = &bars;
    c.shares = std::move(shares);
    return c;
}

IndexBuild build(const std::vector<Constituent> &cs, const IndexOptions &options)
{
    auto r = buildIndex(cs, options, TaskControl{});
    if (!r)
        qFatal("buildIndex failed: %s", qPrintable(r.error().toString()));
    return std::move(*r);
}

bool near(double a, double b, double rel = 1e-12)
{
    return std::abs(a - b) <= rel * std::max(std::abs(a), std::abs(b));
}

// A seeded universe with a life (first and last bar) per stock, share-count entries and float
// changes, over ~600 weekdays.
struct Universe {
    std::vector<BarSeries> bars;
    std::vector<std::vector<ShareCount>> shares;
    std::vector<QString> sectors;

    std::vector<Constituent> constituents() const
    {
        std::vector<Constituent> out;
        for (std::size_t i = 0; i < bars.size(); ++i)
            out.push_back(member(bars[i].symbol, bars[i], shares[i], sectors[i]));
        return out;
    }
};

Universe randomUniverse(std::uint64_t seed, int stocks, int days)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::normal_distribution<double> z(0.0, 1.0);
    Universe uni;
    const QDate start(2020, 1, 6);
    for (int i = 0; i < stocks; ++i) {
        int first = u(rng) < 0.6 ? 0 : int(u(rng) * days * 0.8);
        int last = u(rng) < 0.7 ? days - 1 : first + 20 + int(u(rng) * (days - first - 20));
        last = std::min(last, days - 1);
        std::vector<double> closes;
        double p = 5 + 100 * u(rng);
        for (int t = first; t <= last; ++t) {
            p *= std::exp(0.02 * z(rng));
            closes.push_back(p);
        }
        QDate firstDate = start;
        for (int t = 0; t < first; ++t) {
            firstDate = firstDate.addDays(1);
            while (firstDate.dayOfWeek() > 5)
                firstDate = firstDate.addDays(1);
        }
        uni.bars.push_back(series(QStringLiteral("S%1").arg(i), firstDate, closes));
        std::vector<ShareCount> counts;
        double shares = 1e6 * (1 + 50 * u(rng));
        double ff = 0.5 + 0.5 * u(rng);
        counts.push_back({uni.bars.back().day.front(), shares, ff});
        for (std::size_t t = 1; t < uni.bars.back().size(); ++t) {
            if (u(rng) < 0.01) {
                shares *= 0.9 + 0.2 * u(rng);
                if (u(rng) < 0.3)
                    ff = 0.5 + 0.5 * u(rng);
                counts.push_back({uni.bars.back().day[t], shares, ff});
            }
        }
        uni.shares.push_back(counts);
        uni.sectors.push_back(QStringLiteral("Sector %1").arg(i % 3));
    }
    return uni;
}

// Shares × float in force on `day` (the last entry dated on or before it, else the first).
double unitsOn(const std::vector<ShareCount> &counts, DayNumber day, bool useFloat)
{
    const ShareCount *in = &counts.front();
    for (const ShareCount &c : counts) {
        if (c.day <= day)
            in = &c;
    }
    return in->shares * (useFloat ? in->floatFactor : 1.0);
}

double closeOn(const BarSeries &b, DayNumber day) // last close on or before `day`
{
    const std::size_t i = b.lowerBound(day + 1);
    return i == 0 ? std::nan("") : b.close[i - 1];
}

} // namespace

class TestIndexEngine : public QObject {
    Q_OBJECT

private slots:
    void reconstitutionDays()
    {
        // FTSE Russell's annual reconstitution took effect after the close of these Fridays.
        QCOMPARE(russellReconstitutionDay(2023), QDate(2023, 6, 23));
        QCOMPARE(russellReconstitutionDay(2024), QDate(2024, 6, 28));
        QCOMPARE(russellReconstitutionDay(2025), QDate(2025, 6, 27));
        QCOMPARE(russellReconstitutionDay(2026), QDate(2026, 6, 26));
    }

    // Worked by hand. Days 1–4 (Mon 2024-01-01 …):
    //   A closes 10, 11, 12, 12 with 100 shares; B closes 20, 20, 22, 21 with 50 shares until
    //   day 3, 100 from day 4; C lists on day 2 at 5, 6, 6 with 200 shares.
    // Day 1: V = 100·10 + 50·20 = 2000, base 1000 → D = 2, level 1000.
    // Day 2: V = 100·11 + 50·20 = 2100 → level 1050. C enters at the close:
    //   V' = 2100 + 200·5 = 3100, D = 2·3100/2100 = 2.952380952…
    // Day 3: V = 100·12 + 50·22 + 200·6 = 3500 → level 3500 / D = 1185.483870967…
    //   B's 100 shares start on day 4, applied at day 3's close: V' = 3500 + 50·22 = 4600,
    //   D = D·4600/3500.
    // Day 4: V = 100·12 + 100·21 + 200·6 = 4500 → level = 4500·3500 / (4600·D)
    void handExample()
    {
        const QDate d1(2024, 1, 1);
        const BarSeries a = series(QStringLiteral("A"), d1, {10, 11, 12, 12});
        const BarSeries b = series(QStringLiteral("B"), d1, {20, 20, 22, 21});
        const BarSeries c = series(QStringLiteral("C"), d1.addDays(1), {5, 6, 6});
        const std::vector<Constituent> cs{
            member(QStringLiteral("A"), a, {{toDayNumber(d1), 100, 1}}),
            member(QStringLiteral("B"), b, {{toDayNumber(d1), 50, 1}, {toDayNumber(d1.addDays(3)), 100, 1}}),
            member(QStringLiteral("C"), c, {{toDayNumber(d1.addDays(1)), 200, 1}})};
        const IndexBuild r = build(cs, {});
        QCOMPARE(r.levels.size(), std::size_t(4));
        const double d2 = 2.0 * 3100.0 / 2100.0;
        const double d3 = d2 * 4600.0 / 3500.0;
        QVERIFY(near(r.levels.close[0], 1000.0));
        QVERIFY(near(r.levels.close[1], 1050.0));
        QVERIFY(near(r.levels.close[2], 3500.0 / d2));
        QVERIFY(near(r.levels.close[3], 4500.0 / d3));
        QVERIFY(near(r.divisor[0], 2.0));
        QVERIFY(near(r.divisor[2], d2));
        QVERIFY(near(r.divisor[3], d3));
        QCOMPARE(r.members, (std::vector<int>{2, 2, 3, 3}));
        QCOMPARE(r.events.size(), std::size_t(2));
        QCOMPARE(r.events[0].kind, IndexEvent::Kind::Entry);
        QCOMPARE(r.events[0].symbol, QStringLiteral("C"));
        QCOMPARE(r.events[1].kind, IndexEvent::Kind::Shares);
        QCOMPARE(r.events[1].symbol, QStringLiteral("B"));

        // Attribution over the whole range: A 100 units gained 2 → day by day 100·1/2 + 100·1/d2;
        // the points add up to the level's change.
        double total = 0;
        for (const auto &x : r.contributions)
            total += x.points;
        QVERIFY(near(total, r.levels.close[3] - 1000.0, 1e-12));
        const auto pointsOf = [&](const QString &s) {
            for (const auto &x : r.contributions)
                if (x.symbol == s)
                    return x.points;
            return std::nan("");
        };
        QVERIFY(near(pointsOf(QStringLiteral("A")), 100.0 / 2.0 + 100.0 / d2));
        QVERIFY(near(pointsOf(QStringLiteral("C")), 200.0 / d2));
        QVERIFY(near(r.attributionReturn, r.levels.close[3] / 1000.0 - 1.0));
    }

    // Without events, the index return is the cap-weighted average of the constituents' returns,
    // and over the range the level moves as the total market value does.
    void noEventsCapWeightedAverage()
    {
        std::mt19937_64 rng(7);
        std::normal_distribution<double> z(0.0, 0.02);
        std::vector<BarSeries> bars;
        std::vector<double> shares{3e6, 1e6, 8e5, 2.5e6, 4e6};
        for (int i = 0; i < 5; ++i) {
            std::vector<double> closes;
            double p = 10 + 10 * i;
            for (int t = 0; t < 250; ++t)
                closes.push_back(p *= std::exp(z(rng)));
            bars.push_back(series(QStringLiteral("X%1").arg(i), QDate(2021, 3, 1), closes));
        }
        std::vector<Constituent> cs;
        for (int i = 0; i < 5; ++i)
            cs.push_back(member(bars[i].symbol, bars[i], {{bars[i].day.front(), shares[i], 1}}));
        const IndexBuild r = build(cs, {});
        QVERIFY(r.events.empty());
        QCOMPARE(r.levels.size(), std::size_t(250));
        for (std::size_t t = 1; t < 250; ++t) {
            double mv = 0, weighted = 0;
            for (int i = 0; i < 5; ++i) {
                mv += shares[i] * bars[i].close[t - 1];
                weighted += shares[i] * bars[i].close[t - 1] * (bars[i].close[t] / bars[i].close[t - 1] - 1);
            }
            QVERIFY2(near(r.levels.close[t] / r.levels.close[t - 1] - 1, weighted / mv, 1e-9),
                     qPrintable(QString::number(t)));
        }
        double mv0 = 0, mvN = 0;
        for (int i = 0; i < 5; ++i) {
            mv0 += shares[i] * bars[i].close.front();
            mvN += shares[i] * bars[i].close.back();
        }
        QVERIFY(near(r.levels.close.back(), 1000.0 * mvN / mv0));
    }

    // On random universes with every kind of event: each day's return equals the average of the
    // members' returns weighted by units × previous close, with units and membership derived here
    // from the inputs (a stock is a member from the close of its first bar to the close of its
    // last; share counts in force on day t were applied at t−1's close).
    void returnIsWeightedAverageThroughEvents_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<bool>("useFloat");
        for (quint64 seed : {1u, 2u, 3u, 4u}) {
            QTest::addRow("cap %llu", seed) << seed << false;
            QTest::addRow("float %llu", seed) << seed << true;
        }
    }
    void returnIsWeightedAverageThroughEvents()
    {
        QFETCH(quint64, seed);
        QFETCH(bool, useFloat);
        const Universe uni = randomUniverse(seed, 40, 600);
        IndexOptions options;
        options.weighting = useFloat ? Weighting::Float : Weighting::Cap;
        const IndexBuild r = build(uni.constituents(), options);
        QCOMPARE(r.levels.size(), std::size_t(600));
        int entries = 0, exits = 0, shareChanges = 0;
        for (const IndexEvent &e : r.events) {
            entries += e.kind == IndexEvent::Kind::Entry;
            exits += e.kind == IndexEvent::Kind::Exit;
            shareChanges += e.kind == IndexEvent::Kind::Shares;
        }
        QVERIFY2(entries >= 5 && exits >= 5 && shareChanges >= 50,
                 qPrintable(QStringLiteral("%1 entries, %2 exits, %3 share changes").arg(entries).arg(exits).arg(shareChanges)));
        int checked = 0;
        for (std::size_t t = 1; t < r.levels.size(); ++t) {
            const DayNumber prev = r.levels.day[t - 1], today = r.levels.day[t];
            double before = 0, after = 0;
            for (std::size_t i = 0; i < uni.bars.size(); ++i) {
                const BarSeries &b = uni.bars[i];
                if (!(b.day.front() <= prev && b.day.back() > prev))
                    continue; // not a member on `today`
                const double q = unitsOn(uni.shares[i], today, useFloat);
                before += q * closeOn(b, prev);
                after += q * closeOn(b, today);
            }
            QVERIFY2(near(r.levels.close[t] / r.levels.close[t - 1], after / before, 1e-11),
                     qPrintable(toDate(today).toString(Qt::ISODate)));
            ++checked;
        }
        QCOMPARE(checked, 599);
    }

    // Continuity at every event, from the inputs: on each day with events, the members' value
    // before (V, today's members and units) and after (V', tomorrow's members and units), both
    // at that day's closes, are formed here; the engine's divisor must change by V'/V and the
    // level at that close must be V/D = V'/D' to 1e-12.
    void divisorKeepsTheLevelThroughEveryEvent_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<bool>("useFloat");
        QTest::addRow("cap") << quint64(11) << false;
        QTest::addRow("float") << quint64(12) << true;
    }
    void divisorKeepsTheLevelThroughEveryEvent()
    {
        QFETCH(quint64, seed);
        QFETCH(bool, useFloat);
        const Universe uni = randomUniverse(seed, 30, 400);
        IndexOptions options;
        options.weighting = useFloat ? Weighting::Float : Weighting::Cap;
        const IndexBuild r = build(uni.constituents(), options);
        std::set<DayNumber> eventDays;
        std::set<IndexEvent::Kind> kinds;
        for (const IndexEvent &e : r.events) {
            eventDays.insert(e.day);
            kinds.insert(e.kind);
        }
        QCOMPARE(kinds.size(), std::size_t(3)); // entries, exits and share changes all happen
        int checked = 0;
        for (DayNumber d : eventDays) {
            const std::size_t k = r.levels.lowerBound(d);
            QVERIFY(k > 0 && k + 1 < r.levels.size());
            const DayNumber prev = r.levels.day[k - 1], next = r.levels.day[k + 1];
            double before = 0, after = 0;
            for (std::size_t i = 0; i < uni.bars.size(); ++i) {
                const BarSeries &b = uni.bars[i];
                const double close = closeOn(b, d);
                if (b.day.front() <= prev && b.day.back() > prev)
                    before += unitsOn(uni.shares[i], d, useFloat) * close;
                if (b.day.front() <= d && b.day.back() > d)
                    after += unitsOn(uni.shares[i], next, useFloat) * close;
            }
            const IndexEvent &e = *std::find_if(r.events.begin(), r.events.end(), [d](const IndexEvent &x) { return x.day == d; });
            const QByteArray where = toDate(d).toString(Qt::ISODate).toLatin1();
            QVERIFY2(near(e.divisorAfter / e.divisorBefore, after / before, 1e-12), where.constData());
            QVERIFY2(near(r.levels.close[k], before / e.divisorBefore, 1e-12), where.constData());
            QVERIFY2(near(r.levels.close[k], after / e.divisorAfter, 1e-12), where.constData());
            QVERIFY2(near(r.divisor[k + 1], e.divisorAfter, 1e-15), where.constData());
            ++checked;
        }
        QVERIFY2(checked >= 30, qPrintable(QString::number(checked)));
    }

    // A 2-for-1 split on raw prices: the units double on the split date and the index equals
    // the one built from split-adjusted prices (halved before the split) and doubled shares.
    void rawSplitMatchesAdjustedPrices()
    {
        const QDate d1(2024, 3, 4);
        const BarSeries a = series(QStringLiteral("A"), d1, {40, 42, 21.5, 22, 21});
        const BarSeries adj = series(QStringLiteral("A"), d1, {20, 21, 21.5, 22, 21});
        const BarSeries b = series(QStringLiteral("B"), d1, {10, 10.5, 10.2, 10.4, 10.1});
        Constituent raw = member(QStringLiteral("A"), a, {{toDayNumber(d1), 1000, 1}});
        raw.splits.push_back(Split{d1.addDays(2), 2, 1});
        const IndexBuild r1 = build({raw, member(QStringLiteral("B"), b, {{toDayNumber(d1), 3000, 1}})}, {});
        const IndexBuild r2 = build({member(QStringLiteral("A"), adj, {{toDayNumber(d1), 2000, 1}}),
                                     member(QStringLiteral("B"), b, {{toDayNumber(d1), 3000, 1}})},
                                    {});
        QVERIFY(r1.events.empty());
        for (std::size_t t = 0; t < 5; ++t)
            QVERIFY2(near(r1.levels.close[t], r2.levels.close[t]), qPrintable(QString::number(t)));
        // Equal weighting: the units follow the split too.
        IndexOptions equal;
        equal.weighting = Weighting::Equal;
        const IndexBuild e1 = build({raw, member(QStringLiteral("B"), b, {})}, equal);
        const IndexBuild e2 = build({member(QStringLiteral("A"), adj, {}), member(QStringLiteral("B"), b, {})}, equal);
        for (std::size_t t = 0; t < 5; ++t)
            QVERIFY(near(e1.levels.close[t], e2.levels.close[t]));
    }

    // Equal weighting without a schedule, worked by hand: A, B, C at 10, 20, 40 start with one
    // unit of value each. Day 2: A 11, B 20, C 40; C leaves at that close and E lists at 5. E
    // joins with the average value of the members that stay, (1.1 + 1.0) / 2 = 1.05, so on day 3
    // (A 11, B 22, E 5.5) the index moves by (1.1 + 1.1 + 1.05·1.1) / (1.1 + 1.0 + 1.05).
    void equalWeightEntrantTakesTheAverageOfTheStayers()
    {
        const QDate d1(2024, 4, 1);
        const BarSeries a = series(QStringLiteral("A"), d1, {10, 11, 11});
        const BarSeries b = series(QStringLiteral("B"), d1, {20, 20, 22});
        const BarSeries c = series(QStringLiteral("C"), d1, {40, 40});
        const BarSeries e = series(QStringLiteral("E"), d1.addDays(1), {5, 5.5});
        IndexOptions options;
        options.weighting = Weighting::Equal;
        const IndexBuild r = build({member(QStringLiteral("A"), a, {}), member(QStringLiteral("B"), b, {}),
                                    member(QStringLiteral("C"), c, {}), member(QStringLiteral("E"), e, {})},
                                   options);
        QCOMPARE(r.levels.size(), std::size_t(3));
        QVERIFY(near(r.levels.close[1], 1000.0 * 3.1 / 3.0));
        QVERIFY(near(r.levels.close[2] / r.levels.close[1], (1.1 + 1.1 + 1.05 * 1.1) / (1.1 + 1.0 + 1.05)));
        QCOMPARE(r.members, (std::vector<int>{3, 3, 3}));
    }

    // Equal weighting with the annual schedule: at each reconstitution every member is reset to
    // the same value, so the next day's return is the plain mean of the members' returns; a stock
    // listed in between waits for the reconstitution.
    void equalWeightRebalancesInJune()
    {
        std::mt19937_64 rng(5);
        std::normal_distribution<double> z(0.0, 0.015);
        std::vector<BarSeries> bars;
        for (int i = 0; i < 6; ++i) {
            std::vector<double> closes;
            double p = 20 + 3 * i;
            const int n = i == 5 ? 400 : 800;
            for (int t = 0; t < n; ++t)
                closes.push_back(p *= std::exp(z(rng)));
            bars.push_back(series(QStringLiteral("E%1").arg(i), i == 5 ? QDate(2024, 1, 2) : QDate(2023, 1, 2), closes));
        }
        std::vector<Constituent> cs;
        for (const BarSeries &b : bars)
            cs.push_back(member(b.symbol, b, {}));
        IndexOptions options;
        options.weighting = Weighting::Equal;
        options.reconstitution = Reconstitution::AnnualJune;
        const IndexBuild r = build(cs, options);
        std::vector<DayNumber> rebalances;
        for (const IndexEvent &e : r.events) {
            if (e.kind == IndexEvent::Kind::Rebalance)
                rebalances.push_back(e.day);
            if (e.kind == IndexEvent::Kind::Entry) {
                QCOMPARE(e.symbol, QStringLiteral("E5"));
                QCOMPARE(toDate(e.day), QDate(2024, 6, 28));
            }
        }
        QCOMPARE(rebalances, (std::vector<DayNumber>{toDayNumber(QDate(2023, 6, 23)), toDayNumber(QDate(2024, 6, 28)),
                                                    toDayNumber(QDate(2025, 6, 27))}));
        for (DayNumber d : rebalances) {
            const std::size_t t = r.levels.lowerBound(d) + 1;
            double sum = 0;
            int n = 0;
            for (const BarSeries &b : bars) {
                if (b.day.front() > d || b.day.back() <= d)
                    continue;
                sum += closeOn(b, r.levels.day[t]) / closeOn(b, d) - 1;
                ++n;
            }
            QVERIFY(near(r.levels.close[t] / r.levels.close[t - 1] - 1, sum / n, 1e-10));
        }
    }

    // Attribution over a sub-range adds up to that range's return, by constituent and by sector.
    void attributionAddsUp()
    {
        const Universe uni = randomUniverse(21, 25, 300);
        IndexOptions options;
        options.attributionFrom = toDate(uni.bars.front().day[50]);
        options.attributionTo = toDate(uni.bars.front().day[250]);
        const IndexBuild r = build(uni.constituents(), options);
        double byStock = 0, bySector = 0, weights = 0;
        for (const auto &c : r.contributions) {
            byStock += c.contribution;
            weights += c.averageWeight;
        }
        for (const auto &s : r.sectors)
            bySector += s.contribution;
        const double expected = r.levels.close[r.levels.lowerBound(r.attributionTo)]
                / r.levels.close[r.levels.lowerBound(r.attributionFrom)] - 1;
        QVERIFY(!r.contributions.empty());
        QCOMPARE(r.sectors.size(), std::size_t(3));
        QVERIFY(near(byStock, expected, 1e-10));
        QVERIFY(near(bySector, expected, 1e-10));
        QVERIFY(near(r.attributionReturn, expected, 1e-12));
        QVERIFY(near(weights, 1.0, 1e-12));
        QVERIFY(r.contributions.front().contribution >= r.contributions.back().contribution);
    }

    void faults()
    {
        const BarSeries a = series(QStringLiteral("A"), QDate(2024, 1, 1), {10, 11});
        const BarSeries bad = series(QStringLiteral("Z"), QDate(2024, 1, 1), {10, -1});
        auto noShares = buildIndex({member(QStringLiteral("A"), a, {})}, {}, TaskControl{});
        QVERIFY(!noShares);
        QVERIFY(noShares.error().message.contains(QStringLiteral("A has no share counts")));
        auto negative = buildIndex({member(QStringLiteral("Z"), bad, {{0, 1, 1}})}, {}, TaskControl{});
        QVERIFY(!negative);
        QVERIFY(negative.error().message.contains(QStringLiteral("2024-01-02")));
        IndexOptions late;
        late.from = QDate(2030, 1, 1);
        QVERIFY(!buildIndex({member(QStringLiteral("A"), a, {{0, 1, 1}})}, late, TaskControl{}));
        IndexOptions outside;
        outside.attributionFrom = QDate(2030, 1, 1);
        const auto noDays = buildIndex({member(QStringLiteral("A"), a, {{0, 1, 1}})}, outside, TaskControl{});
        QVERIFY(!noDays);
        QVERIFY(noDays.error().message.contains(QStringLiteral("attribution range")));
        IndexOptions reversed;
        reversed.attributionFrom = QDate(2024, 1, 2);
        reversed.attributionTo = QDate(2024, 1, 1);
        QVERIFY(!buildIndex({member(QStringLiteral("A"), a, {{0, 1, 1}})}, reversed, TaskControl{}));
        IndexOptions base;
        base.base = 0;
        QVERIFY(!buildIndex({member(QStringLiteral("A"), a, {{0, 1, 1}})}, base, TaskControl{}));
        TaskControl cancel;
        cancel.isCancellationRequested = [] { return true; };
        auto cancelled = buildIndex({member(QStringLiteral("A"), a, {{0, 1, 1}})}, {}, cancel);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestIndexEngine)
#include "tst_index_engine.moc"
