// The relative-value lab's statistics (core/relval): the Engle–Granger test against
// statsmodels 0.13.5's `coint` (trend "c", autolag "aic") on two fixtures whose properties are
// known by construction (tests/data/relval/make_pairs.py wrote them and printed the golden
// values), MacKinnon's p-values and critical values against his published coefficients, and
// half-lives worked by hand.

#include "relval/EngleGranger.h"
#include "relval/FairValue.h"
#include "relval/KalmanHedge.h"
#include "relval/LeastSquares.h"
#include "relval/MacKinnon.h"
#include "relval/PairAnalysis.h"
#include "strategy/PairsSpread.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace rutile;
using namespace rutile::relval;

namespace {

struct Pair {
    std::vector<double> x, y;
};

Pair readPair(const char *name)
{
    QFile f(QStringLiteral(RUTILE_TEST_DATA_DIR "/relval/") + QLatin1String(name));
    Pair p;
    if (!f.open(QIODevice::ReadOnly))
        return p;
    f.readLine(); // x,y
    while (!f.atEnd()) {
        const QList<QByteArray> cells = f.readLine().trimmed().split(',');
        if (cells.size() == 2) {
            p.x.push_back(cells[0].toDouble());
            p.y.push_back(cells[1].toDouble());
        }
    }
    return p;
}

bool near(double a, double b, double relative)
{
    return std::abs(a - b) <= relative * std::max(std::abs(a), std::abs(b));
}

} // namespace

class TestRelval : public QObject {
    Q_OBJECT

private slots:
    // y = 0.5 + 1.3 x + s, s an AR(1) with φ = 0.9: cointegrated, hedge ratio near 1.3, half-life
    // near −ln 2 / ln 0.9 = 6.6 days. statsmodels: β 1.2936522722356365, α 0.524857215628426,
    // τ −5.4331486719819715 with 0 lags, p 2.4379156495142476e-05, critical values (T = 599)
    // −3.9148170811675556, −3.3463495169467197, −3.051538048249587; half-life 6.973517107582037.
    void cointegratedPairAsStatsmodels()
    {
        const Pair p = readPair("cointegrated.csv");
        QCOMPARE(p.x.size(), std::size_t(600));
        const auto eg = engleGranger(p.y, p.x);
        QVERIFY(eg.ok());
        QCOMPARE(eg->n, std::size_t(600));
        QVERIFY(near(eg->hedgeRatio, 1.2936522722356365, 1e-10));
        QVERIFY(near(eg->intercept, 0.524857215628426, 1e-9));
        QVERIFY2(near(eg->tstat, -5.4331486719819715, 1e-9), qPrintable(QString::number(eg->tstat, 'g', 17)));
        QCOMPARE(eg->adfLags, 0);
        QVERIFY(near(eg->pvalue, 2.4379156495142476e-05, 1e-7));
        QVERIFY(near(eg->critical1, -3.9148170811675556, 1e-12));
        QVERIFY(near(eg->critical5, -3.3463495169467197, 1e-12));
        QVERIFY(near(eg->critical10, -3.051538048249587, 1e-12));
        QVERIFY(eg->tstat < eg->critical1); // rejects "no cointegration" at 1 %
        QVERIFY(near(halfLife(eg->residuals), 6.973517107582037, 1e-9));
    }

    // Two independent random walks: not cointegrated. statsmodels: τ −2.9873220126146416 with 1
    // lag, p 0.11324987967708455, β −0.7749949763435315, half-life 32.37603963753682.
    void independentWalksAsStatsmodels()
    {
        const Pair p = readPair("independent.csv");
        QCOMPARE(p.x.size(), std::size_t(600));
        const auto eg = engleGranger(p.y, p.x);
        QVERIFY(eg.ok());
        QVERIFY(near(eg->hedgeRatio, -0.7749949763435315, 1e-9));
        QVERIFY(near(eg->intercept, 6.7366337537830825, 1e-9));
        QVERIFY2(near(eg->tstat, -2.9873220126146416, 1e-9), qPrintable(QString::number(eg->tstat, 'g', 17)));
        QCOMPARE(eg->adfLags, 1);
        QVERIFY(near(eg->pvalue, 0.11324987967708455, 1e-9));
        QVERIFY(eg->tstat > eg->critical10); // cannot reject at 10 %
        QVERIFY(near(halfLife(eg->residuals), 32.37603963753682, 1e-9));
    }

    // MacKinnon (2010), Table 2, N = 2 with a constant: the asymptotic values are β∞, and T = 599
    // adds β₁/T + β₂/T². MacKinnon (1994): the p-value at the asymptotic critical values is about
    // the level; in the left tail Φ(2.92 + 1.5012 τ + 0.039796 τ²), at τ = −4:
    // Φ(−2.448064) = 0.00718130705505248; above τ* = −2.62 the cubic, at τ = −2:
    // Φ(2.1945 − 1.2939 − 1.16792 + 0.339016) = 0.5285780802451077.
    void mackinnonTables()
    {
        QCOMPARE(mackinnonCriticalValue(0.01, 2, 0), -3.89644);
        QCOMPARE(mackinnonCriticalValue(0.05, 2, 0), -3.33613);
        QCOMPARE(mackinnonCriticalValue(0.10, 2, 0), -3.04445);
        QCOMPARE(mackinnonCriticalValue(0.05, 1, 0), -2.86154); // the ADF test's famous −2.86
        QVERIFY(near(mackinnonCriticalValue(0.05, 2, 599), -3.33613 - 6.1101 / 599 - 6.823 / (599.0 * 599), 1e-15));
        QVERIFY(std::isnan(mackinnonCriticalValue(0.02, 2, 100)));
        QVERIFY(std::isnan(mackinnonCriticalValue(0.05, 3, 100)));
        QVERIFY(std::abs(mackinnonPValue(-3.33613, 2) - 0.05) < 0.001);
        QVERIFY(std::abs(mackinnonPValue(-3.89644, 2) - 0.01) < 0.001);
        QVERIFY(std::abs(mackinnonPValue(-3.04445, 2) - 0.10) < 0.001);
        QVERIFY(near(mackinnonPValue(-4, 2), 0.00718130705505248, 1e-12));
        QVERIFY(near(mackinnonPValue(-2, 2), 0.5285780802451077, 1e-12));
        QCOMPARE(mackinnonPValue(1.0, 2), 1.0);   // above τ_max = 0.92
        QCOMPARE(mackinnonPValue(-19.0, 2), 0.0); // below τ_min = −18.86
        QVERIFY(std::abs(mackinnonPValue(-2.86154, 1) - 0.05) < 0.001);
    }

    // s_t = 0.75^t exactly: Δs_t = −0.25 s_{t−1}, half-life −ln 2 / ln 0.75 = 2.4094 bars. A
    // spread that runs away (s_t = 1.1^t: Δs_t = +0.1 s_{t−1}) does not revert: NaN.
    void halfLivesByHand()
    {
        std::vector<double> decay, trend;
        for (int t = 0; t < 30; ++t) {
            decay.push_back(std::pow(0.75, t));
            trend.push_back(std::pow(1.1, t));
        }
        QVERIFY(near(halfLife(decay), -std::numbers::ln2 / std::log(0.75), 1e-9));
        QVERIFY(std::isnan(halfLife(trend)));
        QVERIFY(std::isnan(halfLife(std::vector<double>{1, 2})));
    }

    // OLS by hand: y = 1 + 2x on x = 0..4 with residuals +0.1, −0.1, 0, −0.1, +0.1 (orthogonal to
    // the columns): β = (1, 2), SSR 0.04, s² = 0.04/3, se(β₁) = √(s²/Σ(x − x̄)²) = √(0.04/30).
    void leastSquaresByHand()
    {
        const std::vector<double> x{1, 0, 1, 1, 1, 2, 1, 3, 1, 4};
        const std::vector<double> y{1.1, 2.9, 5.0, 6.9, 9.1};
        const OlsFit fit = ols(x, 2, y);
        QVERIFY(fit.ok);
        QVERIFY(near(fit.beta[0], 1, 1e-12));
        QVERIFY(near(fit.beta[1], 2, 1e-12));
        QVERIFY(near(fit.ssr, 0.04, 1e-10));
        QVERIFY(near(fit.stdErr[1], std::sqrt(0.04 / 30), 1e-10));
        QVERIFY(!ols(std::vector<double>{1, 1, 1, 1, 1, 1}, 2, std::vector<double>{1, 2, 3}).ok); // singular
    }

    // The first Kalman step by hand from β = α = 0, P = 0, x₀ = 2, y₀ = 5, δ = 0.5 (V_w = 1), V_e = 1:
    // R = I, h = (2, 1), Q = h R h' + 1 = 6, K = (2, 1)/6, state = K·5 = (5/3, 5/6). Noise-free
    // y = 1 + 2x with a small observation noise: the filter settles on β = 2, α = 1.
    void kalmanByHand()
    {
        std::vector<double> beta(1), alpha(1);
        kalmanHedge(std::vector<double>{5}, std::vector<double>{2}, {0.5, 1}, beta, alpha);
        QVERIFY(near(beta[0], 5.0 / 3, 1e-15));
        QVERIFY(near(alpha[0], 5.0 / 6, 1e-15));
        std::vector<double> x, y;
        for (int t = 0; t < 400; ++t) {
            x.push_back(3 + std::sin(t / 7.0));
            y.push_back(1 + 2 * x.back());
        }
        beta.resize(400);
        alpha.resize(400);
        kalmanHedge(y, x, {1e-2, 1e-6}, beta, alpha);
        QVERIFY2(std::abs(beta.back() - 2) < 5e-3, qPrintable(QString::number(beta.back(), 'g', 10)));
        QVERIFY2(std::abs(alpha.back() - 1) < 1e-2, qPrintable(QString::number(alpha.back(), 'g', 10)));
    }

    // A pair over dates that differ (X lacks every fifth day of Y): the analysis keeps the common
    // days; its test is engleGranger of those log closes; pairs_spread's z-score is strategy's;
    // the rolling tests end every 50 days back from the last day, each the test of its window.
    void pairAnalysisOnCommonDays()
    {
        const Pair p = readPair("cointegrated.csv");
        BarSeries y, x;
        y.symbol = QStringLiteral("Y");
        x.symbol = QStringLiteral("X");
        for (std::size_t i = 0; i < p.x.size(); ++i) {
            const double cy = std::exp(p.y[i]), cx = std::exp(p.x[i]);
            y.append(Bar{DayNumber(10000 + i), cy, cy, cy, cy, cy, 1});
            if (i % 5 != 4)
                x.append(Bar{DayNumber(10000 + i), cx, cx, cx, cx, cx, 1});
        }
        PairSettings settings;
        settings.zWindow = 30;
        settings.testWindow = 200;
        settings.testStep = 50;
        const auto a = analysePair(y, x, {}, {}, settings);
        QVERIFY2(a, a ? "" : qPrintable(a.error().message));
        QCOMPARE(a->days.size(), std::size_t(480));
        std::vector<double> ly, lx;
        for (std::size_t i = 0; i < p.x.size(); ++i) {
            if (i % 5 != 4) {
                ly.push_back(std::log(std::exp(p.y[i])));
                lx.push_back(std::log(std::exp(p.x[i])));
            }
        }
        const auto direct = engleGranger(ly, lx);
        QVERIFY(direct);
        QCOMPARE(a->test.tstat, direct->tstat);
        QCOMPARE(a->halfLifeDays, halfLife(direct->residuals));
        std::vector<double> beta(480), z(480);
        QVERIFY(strategy::pairsSpread(ly, lx, 30, beta, z).ok());
        QCOMPARE(a->zscore.back(), z.back());
        QVERIFY(std::isnan(a->zscore[28]) && !std::isnan(a->zscore[29]));
        // Windows end at 479, 429, ..., 229, 199 + k·50 ≥ 199: 6 of them.
        QCOMPARE(a->rolling.size(), std::size_t(6));
        QCOMPARE(a->rolling.back().day, a->days.back());
        QCOMPARE(a->rolling.front().day, a->days[229]);
        const auto first = engleGranger(std::span(ly).subspan(30, 200), std::span(lx).subspan(30, 200));
        QCOMPARE(a->rolling.front().pvalue, first->pvalue);
        QVERIFY(!analysePair(y, x, QDate(1900, 1, 1), QDate(1900, 1, 2), settings));
    }

    // The fair value's arithmetic and refusals (the CLI test works the signals by hand).
    void fairValueRefusals()
    {
        FairValueInput in;
        in.spot = 1000;
        in.rate = 0.04;
        in.days = 365;
        const auto f = fairValue(in);
        QVERIFY(f);
        QVERIFY(near(f->fairValue, 1000 * std::exp(0.04), 1e-15));
        QVERIFY(std::isnan(f->basis));
        QCOMPARE(f->signal, FairValueSignal::None);
        in.days = 4000;
        QVERIFY(!fairValue(in));
        in.days = 30;
        in.dividends = {{2000, 10}};
        QVERIFY(!fairValue(in)); // dividends worth more than the index
    }

    // Third Fridays: 2023-12-15, 2024-03-15, 2024-06-21.
    void quarterlyExpiries()
    {
        QCOMPARE(daysToQuarterlyExpiry(QDate(2024, 3, 15)), 0);
        QCOMPARE(daysToQuarterlyExpiry(QDate(2024, 3, 16)), 97);
        QCOMPARE(daysToQuarterlyExpiry(QDate(2024, 1, 2)), 73);
        QCOMPARE(daysToQuarterlyExpiry(QDate(2023, 12, 15)), 0);
        QCOMPARE(daysToQuarterlyExpiry(QDate(2023, 12, 16)), 90);
        QCOMPARE(daysToQuarterlyExpiry(QDate(2024, 12, 31)), 80); // 2025-03-21
    }

    // A futures series at its fair value every day but one (1 % rich): that day sells the
    // futures; the rate series (percent) applies from its first day on.
    void fairValueHistoryByHand()
    {
        BarSeries spot, futures, rates;
        spot.symbol = QStringLiteral("IDX");
        futures.symbol = QStringLiteral("FUT");
        const QDate first(2024, 3, 11);
        for (int i = 0; i < 10; ++i) {
            const QDate d = first.addDays(i);
            const double s = 2000 + i;
            const double r = i < 3 ? 0.02 : 0.04; // the constant, then the series' 4 %
            double f = s * std::exp((r - 0.01) * daysToQuarterlyExpiry(d) / 365.0);
            if (i == 6)
                f *= 1.01;
            spot.append(Bar{toDayNumber(d), s, s, s, s, s, 1});
            futures.append(Bar{toDayNumber(d), f, f, f, f, f, 1});
        }
        rates.append(Bar{toDayNumber(first.addDays(3)), 4, 4, 4, 4, 4, 0});
        FairValueHistoryInput input;
        input.rate = 0.02;
        input.dividendYield = 0.01;
        input.costPct = 0.05;
        const auto points = fairValueHistory(spot, futures, &rates, input);
        QVERIFY(points);
        QCOMPARE(points->size(), std::size_t(10));
        int signalDays = 0;
        for (std::size_t i = 0; i < points->size(); ++i) {
            const FairValuePoint &p = (*points)[i];
            QCOMPARE(p.rate, i < 3 ? 0.02 : 0.04);
            if (i == 6) {
                QCOMPARE(p.signal, FairValueSignal::SellFutures);
                QVERIFY(near(p.mispricing, p.fairValue * 0.01, 1e-9));
            } else {
                QVERIFY(std::abs(p.mispricing) < 1e-9);
            }
            signalDays += p.signal != FairValueSignal::None;
        }
        QCOMPARE(signalDays, 1);
        QCOMPARE((*points)[4].daysToExpiry, 0); // 2024-03-15
        QVERIFY(!fairValueHistory(spot, BarSeries{}, nullptr, input));
    }

    void refusals()
    {
        const std::vector<double> a(10, 1.0), b(11, 1.0);
        QCOMPARE(engleGranger(a, b).error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(engleGranger(a, a).error().kind, ErrorKind::InvalidInput); // too short
        const std::vector<double> flat(50, 2.0), walk = [] {
            std::vector<double> w;
            for (int i = 0; i < 50; ++i)
                w.push_back(std::sin(i));
            return w;
        }();
        QCOMPARE(engleGranger(walk, flat).error().kind, ErrorKind::InvalidInput); // x does not vary
    }
};

QTEST_GUILESS_MAIN(TestRelval)
#include "tst_relval.moc"
