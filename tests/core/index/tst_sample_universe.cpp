// The synthetic constituent universe: seeded and independent of its size, split-adjusted (no
// day moves by a split's factor), labelled synthetic, sectors drawn in the real file's shares,
// and a cap-weighted index built from it that moves with SYN-SMALL (daily-return correlation
// and volatility, computed here from the two series).

#include "data/SampleMarket.h"
#include "index/IndexEngine.h"
#include "index/SampleUniverse.h"
#include "util/TaskControl.h"

#include <QTest>

#include <cmath>
#include <map>

using namespace rutile;
using namespace rutile::index;

namespace {

std::vector<SampleConstituent> generate(const BarSeries &market, int n)
{
    std::vector<SampleConstituent> out;
    SampleUniverseModel model;
    model.constituents = n;
    generateSampleUniverse(market, model, [&](SampleConstituent &&c) {
        out.push_back(std::move(c));
        return true;
    });
    return out;
}

struct Moments {
    double correlation, volatilityA, volatilityB;
};

Moments compare(const std::vector<double> &a, const std::vector<double> &b)
{
    const std::size_t n = a.size();
    double ma = 0, mb = 0;
    for (std::size_t i = 0; i < n; ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= n;
    mb /= n;
    double saa = 0, sbb = 0, sab = 0;
    for (std::size_t i = 0; i < n; ++i) {
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
        sab += (a[i] - ma) * (b[i] - mb);
    }
    return {sab / std::sqrt(saa * sbb), std::sqrt(saa / (n - 1) * 252), std::sqrt(sbb / (n - 1) * 252)};
}

} // namespace

class TestSampleUniverse : public QObject {
    Q_OBJECT

    SampleMarket m_market = generateSampleMarket();

private slots:
    void seededAndIndependentOfSize()
    {
        const auto small = generate(m_market.smallCap, 8);
        const auto large = generate(m_market.smallCap, 20);
        QCOMPARE(small.size(), std::size_t(8));
        QCOMPARE(large.size(), std::size_t(20));
        for (std::size_t i = 0; i < small.size(); ++i) {
            QCOMPARE(small[i].bars.symbol, sampleConstituentSymbol(int(i)));
            QCOMPARE(small[i].bars.close, large[i].bars.close);
            QCOMPARE(small[i].bars.day, large[i].bars.day);
            QCOMPARE(small[i].sector, large[i].sector);
        }
        QCOMPARE(sampleConstituentSymbol(0), QStringLiteral("SYN-U0001"));
        QCOMPARE(sampleConstituentSymbol(1999), QStringLiteral("SYN-U2000"));
    }

    void wellFormedAndSplitAdjusted()
    {
        const auto universe = generate(m_market.smallCap, 150);
        int splits = 0, shareChanges = 0, lateListings = 0, delistings = 0;
        for (const SampleConstituent &c : universe) {
            QVERIFY(c.name.contains(QStringLiteral("not market data")));
            QVERIFY(c.bars.isConsistent());
            QVERIFY(c.bars.size() > 200);
            QVERIFY(!c.shares.empty());
            QCOMPARE(c.shares.front().day, c.bars.day.front());
            for (const ShareCount &s : c.shares)
                QVERIFY(s.shares > 0 && s.floatFactor >= 0.55 && s.floatFactor <= 1.0);
            for (std::size_t t = 0; t < c.bars.size(); ++t) {
                QVERIFY(c.bars.close[t] > 0);
                QVERIFY(c.bars.low[t] <= std::min(c.bars.open[t], c.bars.close[t]));
                QVERIFY(c.bars.high[t] >= std::max(c.bars.open[t], c.bars.close[t]));
                // A 2-for-1 split left in the prices would be a move of ln 2 = 0.69 (a 1-for-10
                // consolidation one of ln 10); the model's idiosyncratic volatility is capped at
                // 3 × 35 % a year, so its daily moves stay below 0.6.
                if (t > 0)
                    QVERIFY2(std::abs(std::log(c.bars.close[t] / c.bars.close[t - 1])) < 0.6,
                             qPrintable(c.bars.symbol + c.bars.date(t).toString(Qt::ISODate)));
            }
            for (const Split &s : c.actions.splits) {
                QVERIFY(s.date > c.bars.firstDate() && s.date <= c.bars.lastDate());
                // On the split's day itself the adjusted move is an ordinary one.
                const std::size_t t = c.bars.lowerBound(toDayNumber(s.date));
                QVERIFY(std::abs(std::log(c.bars.close[t] / c.bars.close[t - 1])) < 0.3);
                QVERIFY(s.ratio() == 2.0 || s.ratio() == 0.1);
            }
            splits += int(c.actions.splits.size());
            shareChanges += int(c.shares.size()) - 1;
            lateListings += c.bars.day.front() != m_market.smallCap.day.front();
            delistings += c.bars.day.back() != m_market.smallCap.day.back();
        }
        // The model's rates: 45 % listed later, 25 % delisted, about 0.33 share-count entries a
        // year; the bounds are far from the expected counts (68, 38, about 2,000).
        QVERIFY2(lateListings > 40 && lateListings < 95, qPrintable(QString::number(lateListings)));
        QVERIFY2(delistings > 18 && delistings < 60, qPrintable(QString::number(delistings)));
        QVERIFY2(splits > 20, qPrintable(QString::number(splits)));
        QVERIFY2(shareChanges > 1000, qPrintable(QString::number(shareChanges)));
    }

    void sectorsInTheRealFilesShares()
    {
        const auto universe = generate(m_market.smallCap, 600);
        std::map<QString, int> counts;
        for (const SampleConstituent &c : universe)
            ++counts[c.sector];
        QCOMPARE(counts.size(), std::size_t(11));
        // IWM 2026-04-10: Financials 412 and Utilities 31 of 1,936 equities. Binomial bounds at
        // four standard deviations around 600·p.
        const auto within = [&](const QString &sector, double p) {
            const double mean = 600 * p, sd = std::sqrt(600 * p * (1 - p));
            return std::abs(counts[sector] - mean) < 4 * sd;
        };
        QVERIFY(within(QStringLiteral("Financials"), 412.0 / 1936));
        QVERIFY(within(QStringLiteral("Utilities"), 31.0 / 1936));
        QVERIFY(within(QStringLiteral("Industrials"), 260.0 / 1936));
    }

    // The cap-weighted index of 300 constituents against SYN-SMALL, whose returns are the
    // market factor: correlated above 0.97 day by day, with a volatility within 15 %.
    void indexFollowsTheSmallCapSample()
    {
        const auto universe = generate(m_market.smallCap, 300);
        std::vector<Constituent> cs;
        for (const SampleConstituent &c : universe)
            cs.push_back(Constituent{c.bars.symbol, c.sector, &c.bars, c.shares, {}});
        IndexOptions options;
        options.reconstitution = Reconstitution::AnnualJune;
        auto built = buildIndex(cs, options, TaskControl{});
        QVERIFY(built);
        const BarSeries &level = built->levels;
        const BarSeries &market = m_market.smallCap;
        QCOMPARE(level.day, market.day);
        std::vector<double> a, b;
        for (std::size_t t = 1; t < level.size(); ++t) {
            a.push_back(std::log(level.close[t] / level.close[t - 1]));
            b.push_back(std::log(market.close[t] / market.close[t - 1]));
        }
        const Moments m = compare(a, b);
        QVERIFY2(m.correlation > 0.97, qPrintable(QString::number(m.correlation)));
        QVERIFY2(std::abs(m.volatilityA / m.volatilityB - 1) < 0.15,
                 qPrintable(QStringLiteral("%1 %2").arg(m.volatilityA).arg(m.volatilityB)));
        int entries = 0;
        for (const IndexEvent &e : built->events)
            entries += e.kind == IndexEvent::Kind::Entry;
        QVERIFY(entries > 50);
    }
};

QTEST_GUILESS_MAIN(TestSampleUniverse)
#include "tst_sample_universe.moc"
