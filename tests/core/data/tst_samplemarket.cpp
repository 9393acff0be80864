// The sample workspace's synthetic market: seeded, long, valid, fat-tailed, clustered
// and correlated as documented in SampleMarket.h.

#include "data/HistoryParser.h"
#include "data/SampleMarket.h"

#include "TestSupport.h"

#include <cmath>
#include <numeric>

using namespace rutile;

namespace {

std::vector<double> logReturns(const BarSeries &s)
{
    std::vector<double> r;
    for (std::size_t i = 1; i < s.size(); ++i)
        r.push_back(std::log(s.close[i] / s.close[i - 1]));
    return r;
}

double mean(const std::vector<double> &x)
{
    return std::accumulate(x.begin(), x.end(), 0.0) / double(x.size());
}

double correlation(const std::vector<double> &x, const std::vector<double> &y)
{
    const double mx = mean(x), my = mean(y);
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

double excessKurtosis(const std::vector<double> &x)
{
    const double m = mean(x);
    double m2 = 0, m4 = 0;
    for (double v : x) {
        m2 += (v - m) * (v - m);
        m4 += std::pow(v - m, 4);
    }
    m2 /= double(x.size());
    m4 /= double(x.size());
    return m4 / (m2 * m2) - 3.0;
}

} // namespace

class TestSampleMarket : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_market = generateSampleMarket(); }

    void sameSeedSameSeries()
    {
        const SampleMarket again = generateSampleMarket();
        QCOMPARE(again.smallCap.close, m_market.smallCap.close);
        QCOMPARE(again.largeCap.volume, m_market.largeCap.volume);
        SampleMarketModel other;
        other.seed = 1;
        QVERIFY(generateSampleMarket(other).smallCap.close != m_market.smallCap.close);
    }

    void spansThirtyFiveYearsOfWeekdays()
    {
        const BarSeries &s = m_market.smallCap;
        QCOMPARE(s.symbol, QStringLiteral("SYN-SMALL"));
        QVERIFY(s.isConsistent());
        QVERIFY(s.firstDate().daysTo(s.lastDate()) > 35 * 365);
        QCOMPARE(s.day, m_market.largeCap.day);
        for (std::size_t i = 0; i < s.size(); ++i)
            QVERIFY(s.date(i).dayOfWeek() <= 5);
    }

    void everyBarPassesValidation()
    {
        for (const BarSeries *s : {&m_market.smallCap, &m_market.largeCap}) {
            QVERIFY(s->size() > 9000);
            for (std::size_t i = 0; i < s->size(); ++i) {
                const auto problem = validateBar(s->bar(i));
                QVERIFY2(!problem, qPrintable(problem ? problem->reason : QString()));
            }
        }
    }

    void stylisedFacts()
    {
        const auto small = logReturns(m_market.smallCap);
        const auto large = logReturns(m_market.largeCap);
        // Correlation "about 0.85": the shocks have ρ = 0.85; separate GARCH paths lower it slightly.
        const double rho = correlation(small, large);
        QVERIFY2(rho > 0.78 && rho < 0.9, qPrintable(QString::number(rho)));
        // Fat tails: Student-t(5) shocks under GARCH give clearly positive excess kurtosis.
        QVERIFY(excessKurtosis(small) > 1.0);
        // Annual volatility near the model's long-run 22% and 17%.
        const auto annualVol = [](const std::vector<double> &r) {
            const double m = mean(r);
            double ss = 0;
            for (double v : r)
                ss += (v - m) * (v - m);
            return std::sqrt(ss / double(r.size() - 1) * 252.0);
        };
        QVERIFY(std::abs(annualVol(small) - 0.22) < 0.04);
        QVERIFY(std::abs(annualVol(large) - 0.17) < 0.03);
        // Volatility clustering: squared returns are autocorrelated at lag 1.
        std::vector<double> sq(small.size());
        std::transform(small.begin(), small.end(), sq.begin(), [](double r) { return r * r; });
        const std::vector<double> a(sq.begin(), sq.end() - 1), b(sq.begin() + 1, sq.end());
        QVERIFY(correlation(a, b) > 0.05);
        // The small-cap series is the more volatile one.
        QVERIFY(annualVol(small) > annualVol(large));
    }

private:
    SampleMarket m_market;
};

QTEST_GUILESS_MAIN(TestSampleMarket)
#include "tst_samplemarket.moc"
