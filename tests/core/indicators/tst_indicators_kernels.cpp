// Indicator kernels: hand-checked values, lookbacks, constant and linear inputs, degenerate
// cases, input-unchanged, in-place and sub-range checks, agreement with the naive reference on
// a random walk, streaming equals batch, and spot values on the real RUT history.

#include "NaiveReference.h"
#include "TestSupport.h"

#include "data/CsvLayout.h"
#include "data/HistoryParser.h"
#include "indicators/IndicatorRegistry.h"
#include "indicators/MovingAverages.h"
#include "indicators/Oscillators.h"
#include "indicators/Trend.h"
#include "indicators/Volatility.h"
#include "indicators/Volume.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <functional>
#include <map>

using namespace rutile;
using namespace rutile::indicators;
namespace naive = rutile::test::naive;
using Series = std::vector<double>;

using Expectation = std::function<double(std::size_t)>;
Q_DECLARE_METATYPE(std::vector<double>)
Q_DECLARE_METATYPE(Expectation)

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

/// Records a failure of the current test from a helper (QFAIL can only return from the test
/// function itself). The failure sticks even when later checks pass.
void failFromHelper(const QString &why)
{
    QTest::qFail(qPrintable(why), __FILE__, __LINE__);
}

/// Runs "name:args" through the registry and returns every output column by name, each as long
/// as the input. A spec that does not parse or compute, or a column of the wrong length, FAILS
/// the current test: returning an empty map silently would let every loop over the result
/// check nothing and pass.
std::map<QString, Series> run(const QString &spec, const BarSeries &bars)
{
    Result<IndicatorSpec> parsed = parseIndicatorSpec(spec);
    if (!parsed) {
        failFromHelper(spec + QStringLiteral(": ") + parsed.error().message);
        return {};
    }
    Result<IndicatorResult> result = compute(*parsed, bars);
    if (!result) {
        failFromHelper(spec + QStringLiteral(": ") + result.error().message);
        return {};
    }
    if (result->columns.size() != std::size_t(parsed->descriptor->outputs.size()))
        failFromHelper(spec + QStringLiteral(": %1 columns for %2 outputs").arg(result->columns.size()).arg(parsed->descriptor->outputs.size()));
    std::map<QString, Series> columns;
    for (IndicatorColumn &c : result->columns) {
        if (c.values.size() != bars.size())
            failFromHelper(spec + QStringLiteral(" %1: %2 values for %3 bars").arg(c.output).arg(c.values.size()).arg(bars.size()));
        columns[c.output] = std::move(c.values);
    }
    if (columns.empty())
        failFromHelper(spec + QStringLiteral(": no output column"));
    return columns;
}

/// One output column of run(), by value (a reference into the temporary map would dangle).
/// A missing output fails the current test and gives NaN for every bar, so that the caller's
/// indexing stays in bounds while the failure is reported.
Series column(const QString &spec, const BarSeries &bars, const QString &output)
{
    std::map<QString, Series> columns = run(spec, bars);
    const auto it = columns.find(output);
    if (it == columns.end()) {
        failFromHelper(spec + QStringLiteral(": no output named ") + output);
        return Series(bars.size(), std::numeric_limits<double>::quiet_NaN());
    }
    return std::move(it->second);
}

/// The naive reference for a spec, by output name.
std::map<QString, Series> reference(const QString &spec, const BarSeries &b)
{
    const IndicatorSpec s = *parseIndicatorSpec(spec);
    const QString name = s.descriptor->name;
    auto p = [&](const char *key) { return s.params.intValue(QString::fromLatin1(key)); };
    const Series &c = b.close;
    if (name == u"sma")
        return {{name, naive::sma(c, p("period"))}};
    if (name == u"ema")
        return {{name, naive::ema(c, p("period"))}};
    if (name == u"wma")
        return {{name, naive::wma(c, p("period"))}};
    if (name == u"dema")
        return {{name, naive::dema(c, p("period"))}};
    if (name == u"tema")
        return {{name, naive::tema(c, p("period"))}};
    if (name == u"bbands") {
        naive::Bands r = naive::bbands(c, p("period"), s.params.value(u"k"));
        return {{QStringLiteral("upper"), r.upper}, {QStringLiteral("middle"), r.middle}, {QStringLiteral("lower"), r.lower}};
    }
    if (name == u"rsi")
        return {{name, naive::rsi(c, p("period"))}};
    if (name == u"macd") {
        naive::Macd r = naive::macd(c, p("fast"), p("slow"), p("signal"));
        return {{QStringLiteral("macd"), r.line}, {QStringLiteral("signal"), r.signal}, {QStringLiteral("hist"), r.hist}};
    }
    if (name == u"atr")
        return {{name, naive::atr(b, p("period"))}};
    if (name == u"stoch") {
        naive::Stoch r = naive::stoch(b, p("fast_k"), p("slow_k"), p("slow_d"));
        return {{QStringLiteral("k"), r.k}, {QStringLiteral("d"), r.d}};
    }
    if (name == u"adx") {
        naive::Adx r = naive::adx(b, p("period"));
        return {{QStringLiteral("adx"), r.adx}, {QStringLiteral("plus_di"), r.plus}, {QStringLiteral("minus_di"), r.minus}};
    }
    if (name == u"cci")
        return {{name, naive::cci(b, p("period"))}};
    if (name == u"willr")
        return {{name, naive::willr(b, p("period"))}};
    if (name == u"mfi")
        return {{name, naive::mfi(b, p("period"))}};
    if (name == u"obv")
        return {{name, naive::obv(b)}};
    if (name == u"roc")
        return {{name, naive::roc(c, p("period"))}};
    qFatal("no reference for %s", qPrintable(spec));
    return {};
}

double scaleOf(const Series &s)
{
    double m = 1;
    for (double v : s) {
        if (!std::isnan(v))
            m = std::max(m, std::abs(v));
    }
    return m;
}

/// Columns agree within `rel` relative, with an absolute floor of rel × the expected column's
/// largest magnitude (values that are differences of large numbers, like the MACD histogram,
/// pass through zero).
#define COMPARE_COLUMN(actual, expected, rel)                                                                      \
    RUTILE_COMPARE_COLUMN((actual), (expected), (rel), (rel) * scaleOf(expected))

const QStringList kDefaultSpecs{
    QStringLiteral("sma"),  QStringLiteral("ema"),   QStringLiteral("wma"),   QStringLiteral("dema"),
    QStringLiteral("tema"), QStringLiteral("bbands"), QStringLiteral("rsi"),  QStringLiteral("macd"),
    QStringLiteral("atr"),  QStringLiteral("stoch"), QStringLiteral("adx"),   QStringLiteral("cci"),
    QStringLiteral("willr"), QStringLiteral("mfi"),  QStringLiteral("obv"),   QStringLiteral("roc")};

// Small bar set used by the hand-checked HLC rows:
//   bar  H   L   C   V
//    0   10  8   9   100
//    1   12  9   11  200
//    2   11  10  10  300
//    3   15  12  14  400
//    4   14  13  13  500
const Series kH{10, 12, 11, 15, 14};
const Series kL{8, 9, 10, 12, 13};
const Series kC{9, 11, 10, 14, 13};
const Series kV{100, 200, 300, 400, 500};

/// Bit-for-bit equal columns, NaN matching NaN (operator== on vectors says NaN ≠ NaN).
bool identical(const Series &a, const Series &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!(a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i]))))
            return false;
    }
    return true;
}

} // namespace

class TestIndicatorKernels : public QObject {
    Q_OBJECT

private slots:
    void handChecked_data();
    void handChecked();
    void trueRangeByHand();
    void lookbackIsFirstValidIndex_data();
    void lookbackIsFirstValidIndex();
    void constantInput_data();
    void constantInput();
    void linearInput_data();
    void linearInput();
    void degenerateCases();
    void inputUnchanged();
    void inPlaceEqualsOutOfPlace();
    void subRangeEqualsTail_data();
    void subRangeEqualsTail();
    void matchesNaiveReference_data();
    void matchesNaiveReference();
    void streamingEqualsBatch_data();
    void streamingEqualsBatch();
    void badParameters_data();
    void badParameters();
    void mismatchedBuffers();
    void emaSeedIsSmaNotFirstValue();
    void realRutHistory();
};

void TestIndicatorKernels::handChecked_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("output");
    QTest::addColumn<Series>("close");
    QTest::addColumn<Series>("high");
    QTest::addColumn<Series>("low");
    QTest::addColumn<Series>("volume");
    QTest::addColumn<int>("first");
    QTest::addColumn<Series>("expected"); // from `first` on

    const Series none;
    // (1+2+3)/3, (2+3+4)/3, ...
    QTest::newRow("sma:3") << "sma:3" << "sma" << Series{1, 2, 3, 4, 5, 6} << none << none << none << 2
                           << Series{2, 3, 4, 5};
    // k = 2/(3+1) = 0.5; seed (2+4+6)/3 = 4; 4+.5(8−4) = 6; 6+.5(4−6) = 5; 5+.5(2−5) = 3.5
    QTest::newRow("ema:3") << "ema:3" << "ema" << Series{2, 4, 6, 8, 4, 2} << none << none << none << 2
                           << Series{4, 6, 5, 3.5};
    // (1·1+2·2+3·3)/6 = 14/6; (1·2+2·3+3·4)/6 = 20/6; (1·3+2·4+3·6)/6 = 29/6
    QTest::newRow("wma:3") << "wma:3" << "wma" << Series{1, 2, 3, 4, 6} << none << none << none << 2
                           << Series{14.0 / 6, 20.0 / 6, 29.0 / 6};
    // k = 2/3. EMA1 at 1..4: 3/2, 19/6, 115/18, 691/54. EMA2 seeded at 2 with (3/2 + 19/6)/2 = 7/3,
    // then 136/27, 827/81. DEMA = 2·EMA1 − EMA2: 19/3 − 7/3 = 4; 115/9 − 136/27 = 209/27;
    // 691/27 − 827/81 = 1246/81.
    QTest::newRow("dema:2") << "dema:2" << "dema" << Series{1, 2, 4, 8, 16} << none << none << none << 2
                            << Series{4, 209.0 / 27, 1246.0 / 81};
    // As above with 32 appended: EMA1(5) = 4147/162, EMA2(5) = 1658/81. EMA3 seeded at 3 with
    // (7/3 + 136/27)/2 = 199/54, then 3905/486, 23801/1458. TEMA = 3·EMA1 − 3·EMA2 + EMA3:
    // 115/6 − 136/9 + 199/54 = 209/27; 691/18 − 827/27 + 3905/486 = 3838/243;
    // 4147/54 − 1658/27 + 23801/1458 = 23119/729.
    QTest::newRow("tema:2") << "tema:2" << "tema" << Series{1, 2, 4, 8, 16, 32} << none << none << none << 3
                            << Series{209.0 / 27, 3838.0 / 243, 23119.0 / 729};
    // Windows [1,2,3] and [2,3,4]: mean 2 and 3, σ = √((1+0+1)/3) = √(2/3) (population);
    // [3,4,8]: mean 5, σ = √((4+1+9)/3) = √(14/3). Bands = mean ± 2σ.
    const double s1 = std::sqrt(2.0 / 3), s2 = std::sqrt(14.0 / 3);
    QTest::newRow("bbands:3,2 upper") << "bbands:3,2" << "upper" << Series{1, 2, 3, 4, 8} << none << none << none << 2
                                      << Series{2 + 2 * s1, 3 + 2 * s1, 5 + 2 * s2};
    QTest::newRow("bbands:3,2 middle") << "bbands:3,2" << "middle" << Series{1, 2, 3, 4, 8} << none << none << none
                                       << 2 << Series{2, 3, 5};
    QTest::newRow("bbands:3,2 lower") << "bbands:3,2" << "lower" << Series{1, 2, 3, 4, 8} << none << none << none << 2
                                      << Series{2 - 2 * s1, 3 - 2 * s1, 5 - 2 * s2};
    // Changes +1 −1 +2 0 −3. Seed at 2: G = (1+0)/2 = .5, L = (0+1)/2 = .5 → 50.
    // 3: G = (.5+2)/2 = 1.25, L = .25 → 100·1.25/1.5; 4: G = .625, L = .125 → 100·.625/.75;
    // 5: G = .3125, L = (.125+3)/2 = 1.5625 → 100·.3125/1.875.
    QTest::newRow("rsi:2") << "rsi:2" << "rsi" << Series{10, 11, 10, 12, 12, 9} << none << none << none << 2
                           << Series{50, 250.0 / 3, 250.0 / 3, 50.0 / 3};
    // fast 2, slow 3, signal 2 on 1,2,3,5,8,13. At 2: slow = (1+2+3)/3 = 2, fast = (2+3)/2 = 2.5
    // (seeded at slow−1, not at fast−1), line .5. 3: fast = 25/6, slow = 3.5, line 2/3; signal seed
    // (1/2 + 2/3)/2 = 7/12. 4: line 35/36, signal 91/108. 5: line 331/216, signal 211/162.
    const Series fib{1, 2, 3, 5, 8, 13};
    QTest::newRow("macd:2,3,2 macd") << "macd:2,3,2" << "macd" << fib << none << none << none << 3
                                     << Series{2.0 / 3, 35.0 / 36, 331.0 / 216};
    QTest::newRow("macd:2,3,2 signal") << "macd:2,3,2" << "signal" << fib << none << none << none << 3
                                       << Series{7.0 / 12, 91.0 / 108, 211.0 / 162};
    QTest::newRow("macd:2,3,2 hist") << "macd:2,3,2" << "hist" << fib << none << none << none << 3
                                     << Series{1.0 / 12, 7.0 / 54, 149.0 / 648};
    // TR 1..4 = max(3,3,0)=3, max(1,0,1)=1, max(3,5,2)=5 (gap), max(1,0,1)=1.
    // Seed at 2 = (3+1)/2 = 2; (2·1+5)/2 = 3.5; (3.5·1+1)/2 = 2.25.
    QTest::newRow("atr:2") << "atr:2" << "atr" << kC << kH << kL << kV << 2 << Series{2, 3.5, 2.25};
    // Fast %K(2) at 1..4: 100·(11−8)/(12−8) = 75; 100·(10−9)/(12−9) = 100/3; 100·(14−10)/(15−10) = 80;
    // 100·(13−12)/(15−12) = 100/3. Slow %K (mean of 2) at 2..4: 325/6, 170/3, 170/3.
    // %D (mean of 2 slow %K) at 3..4: (325/6 + 340/6)/2 = 665/12, 170/3.
    QTest::newRow("stoch:2,2,2 k") << "stoch:2,2,2" << "k" << kC << kH << kL << kV << 3 << Series{170.0 / 3, 170.0 / 3};
    QTest::newRow("stoch:2,2,2 d") << "stoch:2,2,2" << "d" << kC << kH << kL << kV << 3
                                   << Series{665.0 / 12, 170.0 / 3};
    // −100·(HH − C)/(HH − LL): −100·1/4, −100·2/3, −100·1/5, −100·2/3.
    QTest::newRow("willr:2") << "willr:2" << "willr" << kC << kH << kL << kV << 1
                             << Series{-25, -200.0 / 3, -20, -200.0 / 3};
    // TP = 9, 32/3, 31/3, 41/3, 40/3. At 2: mean 10, |devs| 1, 2/3, 1/3 → MAD 2/3,
    // (31/3 − 10)/(0.015·2/3) = 100/3. At 3: mean 104/9, |devs| 8/9, 11/9, 19/9 → MAD 38/27,
    // (19/9)/(0.015·38/27) = 100. At 4: mean 112/9, MAD 38/27, (8/9)/(0.015·38/27) = 24/0.57.
    QTest::newRow("cci:3") << "cci:3" << "cci" << kC << kH << kL << kV << 2 << Series{100.0 / 3, 100, 24 / 0.57};
    // Flows: 1 up 32/3·200 = 6400/3, 2 down 31/3·300 = 9300/3, 3 up 41/3·400 = 16400/3,
    // 4 down 40/3·500 = 20000/3. MFI(2) = 100·pos/(pos+neg): 6400/15700, 16400/25700, 16400/36400.
    QTest::newRow("mfi:2") << "mfi:2" << "mfi" << kC << kH << kL << kV << 2
                           << Series{640000.0 / 15700, 1640000.0 / 25700, 1640000.0 / 36400};
    // 100, +200, −300, +400, −500.
    QTest::newRow("obv") << "obv" << "obv" << kC << kH << kL << kV << 0 << Series{100, 300, 0, 400, -100};
    // 100·(15/10 − 1), 100·(30/20 − 1), 100·(30/15 − 1).
    QTest::newRow("roc:2") << "roc:2" << "roc" << Series{10, 20, 15, 30, 30} << none << none << none << 2
                           << Series{50, 50, 100};
    // ADX(2) on bars H 10 12 11 15 14 / L 8 9 10 12 11 / C 9 11 10 14 12:
    // +DM 2,0,4,0; −DM 0,0,0,1; TR 3,1,5,3. Seed at 1: S+ 2, S− 0, STR 3.
    // 2: S+ = 2−1+0 = 1, STR = 3−1.5+1 = 2.5 → DI+ 40, DI− 0, DX 100.
    // 3: S+ = 1−.5+4 = 4.5, STR = 2.5−1.25+5 = 6.25 → DI+ 72, DX 100; ADX = (100+100)/2 = 100.
    // 4: S+ = 2.25, S− = 1, STR = 6.25−3.125+3 = 6.125 → DI+ 1800/49, DI− 800/49,
    //    DX = 100·1.25/3.25 = 500/13; ADX = (100·1 + 500/13)/2 = 900/13.
    const Series aH{10, 12, 11, 15, 14}, aL{8, 9, 10, 12, 11}, aC{9, 11, 10, 14, 12};
    QTest::newRow("adx:2 adx") << "adx:2" << "adx" << aC << aH << aL << kV << 3 << Series{100, 900.0 / 13};
    QTest::newRow("adx:2 plus_di") << "adx:2" << "plus_di" << aC << aH << aL << kV << 3 << Series{72, 1800.0 / 49};
    QTest::newRow("adx:2 minus_di") << "adx:2" << "minus_di" << aC << aH << aL << kV << 3 << Series{0, 800.0 / 49};
}

void TestIndicatorKernels::handChecked()
{
    QFETCH(QString, spec);
    QFETCH(QString, output);
    QFETCH(Series, close);
    QFETCH(Series, high);
    QFETCH(Series, low);
    QFETCH(Series, volume);
    QFETCH(int, first);
    QFETCH(Series, expected);

    const BarSeries b = naive::bars(close, high, low, volume);
    const auto columns = run(spec, b);
    QVERIFY(columns.count(output));
    const Series &values = columns.at(output);
    QCOMPARE(values.size(), close.size());
    QCOMPARE(lookback(*parseIndicatorSpec(spec)->descriptor, parseIndicatorSpec(spec)->params), first);
    for (int i = 0; i < first; ++i)
        QVERIFY2(std::isnan(values[i]), qPrintable(QStringLiteral("index %1 should be warm-up").arg(i)));
    QCOMPARE(values.size() - first, expected.size());
    for (std::size_t j = 0; j < expected.size(); ++j)
        RUTILE_COMPARE_TOL(values[first + j], expected[j], 1e-14, 1e-12);
}

void TestIndicatorKernels::trueRangeByHand()
{
    // TR: bar 0 has no previous close; then max(3,3,0), max(1,0,1), max(3,5,2), max(1,0,1).
    Series out(kC.size());
    QVERIFY(trueRange(kH, kL, kC, out).ok());
    QVERIFY(std::isnan(out[0]));
    QCOMPARE(trueRangeLookback(), 1);
    QCOMPARE(Series(out.begin() + 1, out.end()), (Series{3, 1, 5, 1}));
}

void TestIndicatorKernels::lookbackIsFirstValidIndex_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("first");
    // INDICATORS.md's table with the registry defaults.
    QTest::newRow("sma") << "sma" << 19;
    QTest::newRow("ema") << "ema" << 19;
    QTest::newRow("wma") << "wma" << 19;
    QTest::newRow("dema") << "dema" << 38;
    QTest::newRow("tema") << "tema" << 57;
    QTest::newRow("bbands") << "bbands" << 19;
    QTest::newRow("rsi") << "rsi" << 14;
    QTest::newRow("macd") << "macd" << 33;
    QTest::newRow("atr") << "atr" << 14;
    QTest::newRow("stoch") << "stoch" << 17;
    QTest::newRow("adx") << "adx" << 27;
    QTest::newRow("cci") << "cci" << 19;
    QTest::newRow("willr") << "willr" << 13;
    QTest::newRow("mfi") << "mfi" << 14;
    QTest::newRow("obv") << "obv" << 0;
    QTest::newRow("roc") << "roc" << 10;
    QTest::newRow("macd:5,35,5") << "macd:5,35,5" << 38;
    QTest::newRow("stoch:5,1,1") << "stoch:5,1,1" << 4;
    QTest::newRow("adx:1") << "adx:1" << 1;
}

void TestIndicatorKernels::lookbackIsFirstValidIndex()
{
    QFETCH(QString, spec);
    QFETCH(int, first);
    const IndicatorSpec s = *parseIndicatorSpec(spec);
    QCOMPARE(lookback(*s.descriptor, s.params), first);
    const BarSeries b = naive::randomWalk(300);
    const auto columns = run(spec, b);
    // Every output, each 300 values long (run() fails the test otherwise): the loops below
    // always have something to check.
    QCOMPARE(qsizetype(columns.size()), s.descriptor->outputs.size());
    for (const auto &[name, values] : columns) {
        QCOMPARE(values.size(), b.size());
        for (int i = 0; i < first; ++i)
            QVERIFY2(std::isnan(values[i]), qPrintable(name));
        for (std::size_t i = first; i < values.size(); ++i)
            QVERIFY2(std::isfinite(values[i]), qPrintable(name + QStringLiteral(" at %1").arg(i)));
    }
}

void TestIndicatorKernels::constantInput_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("output");
    QTest::addColumn<double>("expected");
    // Flat bars at 100 (H = L = C), volume 1000: averages equal the price, σ = 0 so the bands
    // collapse, no gains or losses (RSI 0 by convention), HH = LL (stochastic and %R 0), no
    // directional movement (DI and ADX 0), MAD = 0 (CCI 0), no money flow (MFI 0), OBV stays at
    // the first volume, ROC 0.
    QTest::newRow("sma") << "sma" << "sma" << 100.0;
    QTest::newRow("ema") << "ema" << "ema" << 100.0;
    QTest::newRow("wma") << "wma" << "wma" << 100.0;
    QTest::newRow("dema") << "dema" << "dema" << 100.0;
    QTest::newRow("tema") << "tema" << "tema" << 100.0;
    QTest::newRow("bbands upper") << "bbands" << "upper" << 100.0;
    QTest::newRow("bbands lower") << "bbands" << "lower" << 100.0;
    QTest::newRow("rsi") << "rsi" << "rsi" << 0.0;
    QTest::newRow("macd") << "macd" << "macd" << 0.0;
    QTest::newRow("macd hist") << "macd" << "hist" << 0.0;
    QTest::newRow("atr") << "atr" << "atr" << 0.0;
    QTest::newRow("stoch k") << "stoch" << "k" << 0.0;
    QTest::newRow("stoch d") << "stoch" << "d" << 0.0;
    QTest::newRow("adx") << "adx" << "adx" << 0.0;
    QTest::newRow("adx plus_di") << "adx" << "plus_di" << 0.0;
    QTest::newRow("cci") << "cci" << "cci" << 0.0;
    QTest::newRow("willr") << "willr" << "willr" << 0.0;
    QTest::newRow("mfi") << "mfi" << "mfi" << 0.0;
    QTest::newRow("obv") << "obv" << "obv" << 1000.0;
    QTest::newRow("roc") << "roc" << "roc" << 0.0;
}

void TestIndicatorKernels::constantInput()
{
    QFETCH(QString, spec);
    QFETCH(QString, output);
    QFETCH(double, expected);
    const BarSeries flat = naive::bars(Series(3000, 100.0));
    const Series values = column(spec, flat, output);
    const IndicatorSpec s = *parseIndicatorSpec(spec);
    const int first = lookback(*s.descriptor, s.params);
    QCOMPARE(values.size(), flat.size());
    QVERIFY(first < 100);
    // Exact: the kernels' updates add exactly zero on a flat series, and the EMA family is
    // evaluated as x + a·(s − x), which keeps a constant exactly.
    for (std::size_t i = first; i < values.size(); ++i)
        QCOMPARE(values[i], expected);
}

void TestIndicatorKernels::linearInput_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("output");
    QTest::addColumn<Expectation>("expected");
    // Close = 100 + 2t, H = C + 1, L = C − 1, volume 1000. Known outputs:
    auto close = [](std::size_t t) { return 100.0 + 2.0 * t; };
    // SMA lags (n−1)/2 bars: C − 2·(20−1)/2.
    QTest::newRow("sma") << "sma" << "sma" << Expectation([=](std::size_t t) { return close(t) - 19; });
    // An SMA-seeded EMA starts at the SMA's lag (n−1)/2 bars, which equals the EMA's steady-state
    // lag (1−k)/k for k = 2/(n+1), so it stays there.
    QTest::newRow("ema") << "ema" << "ema" << Expectation([=](std::size_t t) { return close(t) - 19; });
    // WMA lags (n−1)/3 bars.
    QTest::newRow("wma") << "wma" << "wma" << Expectation([=](std::size_t t) { return close(t) - 2.0 * 19 / 3; });
    // DEMA and TEMA remove the lag of a straight line entirely.
    QTest::newRow("dema") << "dema" << "dema" << Expectation(close);
    QTest::newRow("tema") << "tema" << "tema" << Expectation(close);
    // Only gains: RSI 100; only up moves: DX 100, +DI = 100·2/3 (+DM 2 / TR 3).
    QTest::newRow("rsi") << "rsi" << "rsi" << Expectation([](std::size_t) { return 100.0; });
    QTest::newRow("adx") << "adx" << "adx" << Expectation([](std::size_t) { return 100.0; });
    QTest::newRow("plus_di") << "adx" << "plus_di" << Expectation([](std::size_t) { return 200.0 / 3; });
    // MACD line = difference of the lags: 2·(26−12)/2 = 14; signal the same; hist 0.
    QTest::newRow("macd") << "macd" << "macd" << Expectation([](std::size_t) { return 14.0; });
    QTest::newRow("macd hist") << "macd" << "hist" << Expectation([](std::size_t) { return 0.0; });
    // TR = max(2, |C+1 − (C−2)| = 3, 1) = 3.
    QTest::newRow("atr") << "atr" << "atr" << Expectation([](std::size_t) { return 3.0; });
    // %K(14): (C − LL)/(HH − LL) = (26 + 1)/(26 + 2).
    QTest::newRow("stoch") << "stoch" << "k" << Expectation([](std::size_t) { return 2700.0 / 28; });
    // %R(14): −100·1/28.
    QTest::newRow("willr") << "willr" << "willr" << Expectation([](std::size_t) { return -100.0 / 28; });
    // CCI(20): TP − mean = 2·9.5 = 19; MAD = 2·Σ|j − 9.5|/20 = 2·100/20 = 10; 19/(0.015·10).
    QTest::newRow("cci") << "cci" << "cci" << Expectation([](std::size_t) { return 19 / 0.15; });
    // Typical price always rises: MFI 100; OBV adds every volume.
    QTest::newRow("mfi") << "mfi" << "mfi" << Expectation([](std::size_t) { return 100.0; });
    QTest::newRow("obv") << "obv" << "obv" << Expectation([](std::size_t t) { return 1000.0 * (t + 1); });
    QTest::newRow("roc") << "roc" << "roc" << Expectation([=](std::size_t t) { return 100 * (close(t) / close(t - 10) - 1); });
    // Middle band = SMA.
    QTest::newRow("bbands") << "bbands" << "middle" << Expectation([=](std::size_t t) { return close(t) - 19; });
}

void TestIndicatorKernels::linearInput()
{
    QFETCH(QString, spec);
    QFETCH(QString, output);
    QFETCH(Expectation, expected);
    Series c, h, l;
    for (std::size_t t = 0; t < 2500; ++t) {
        c.push_back(100.0 + 2.0 * t);
        h.push_back(c.back() + 1);
        l.push_back(c.back() - 1);
    }
    const Series values = column(spec, naive::bars(c, h, l), output);
    const IndicatorSpec s = *parseIndicatorSpec(spec);
    QCOMPARE(values.size(), c.size());
    QVERIFY(lookback(*s.descriptor, s.params) < 100);
    for (std::size_t t = lookback(*s.descriptor, s.params); t < values.size(); ++t)
        RUTILE_COMPARE_TOL(values[t], expected(t), 1e-12, 1e-9);
}

void TestIndicatorKernels::degenerateCases()
{
    // Zero volume everywhere: no money flow (MFI 0 by the pos+neg < 1 rule), OBV flat at 0.
    BarSeries b = naive::randomWalk(200);
    std::fill(b.volume.begin(), b.volume.end(), 0.0);
    const Series mfiNoVolume = column(QStringLiteral("mfi"), b, QStringLiteral("mfi"));
    QCOMPARE(mfiNoVolume.size(), b.size());
    for (std::size_t t = 14; t < mfiNoVolume.size(); ++t)
        QCOMPARE(mfiNoVolume[t], 0.0);
    // Held by value: a range-for over run(...).at(...) would read the vector of a map that
    // died at the end of the range expression (heap-use-after-free under ASan).
    const Series obvNoVolume = column(QStringLiteral("obv"), b, QStringLiteral("obv"));
    QCOMPARE(obvNoVolume.size(), b.size());
    for (double v : obvNoVolume)
        QCOMPARE(v, 0.0);

    // Steadily falling closes: RSI 0 (no gains), MFI 0 (no positive flow: exactly, thanks to
    // the non-zero-flow counts), ROC of a zero base is 0.
    Series falling;
    for (int t = 0; t < 100; ++t)
        falling.push_back(500.0 - t);
    const Series rsiFalling = column(QStringLiteral("rsi"), naive::bars(falling), QStringLiteral("rsi"));
    QCOMPARE(rsiFalling.size(), falling.size());
    for (std::size_t t = 14; t < rsiFalling.size(); ++t)
        QCOMPARE(rsiFalling[t], 0.0);
    const Series mfiFalling = column(QStringLiteral("mfi"), naive::bars(falling), QStringLiteral("mfi"));
    QCOMPARE(mfiFalling.size(), falling.size());
    for (std::size_t t = 14; t < mfiFalling.size(); ++t)
        QCOMPARE(mfiFalling[t], 0.0);
    QCOMPARE(column(QStringLiteral("roc:1"), naive::bars({0, 5, 6}), QStringLiteral("roc"))[1], 0.0);

    // HH = LL inside an otherwise moving series: a flat stretch of H = L = C bars.
    Series c(40, 50.0);
    for (int t = 0; t < 10; ++t)
        c[t] = 40.0 + t;
    const BarSeries flatTail = naive::bars(c);
    const Series k = column(QStringLiteral("stoch:5,1,1"), flatTail, QStringLiteral("k"));
    const Series r = column(QStringLiteral("willr:5"), flatTail, QStringLiteral("willr"));
    QCOMPARE(k.size(), c.size());
    QCOMPARE(r.size(), c.size());
    for (std::size_t t = 15; t < c.size(); ++t) {
        QCOMPARE(k[t], 0.0);
        QCOMPARE(r[t], 0.0);
    }
}

void TestIndicatorKernels::inputUnchanged()
{
    const BarSeries original = naive::randomWalk(3000);
    const BarSeries copy = original;
    for (const QString &spec : kDefaultSpecs)
        QVERIFY(!run(spec, copy).empty());
    QCOMPARE(copy.open, original.open);
    QCOMPARE(copy.high, original.high);
    QCOMPARE(copy.low, original.low);
    QCOMPARE(copy.close, original.close);
    QCOMPARE(copy.volume, original.volume);
}

void TestIndicatorKernels::inPlaceEqualsOutOfPlace()
{
    // The output written over an input buffer gives exactly the out-of-place result, for every
    // kernel and every input it reads (and partially overlapping buffers too).
    const BarSeries b = naive::randomWalk(5000);
    const std::size_t n = b.size();
    using SingleKernel = std::function<Status(std::span<const double>, std::span<double>)>;
    const std::vector<std::pair<const char *, SingleKernel>> single{
        {"sma", [](auto in, auto out) { return sma(in, {20}, out); }},
        {"ema", [](auto in, auto out) { return ema(in, {20}, out); }},
        {"wma", [](auto in, auto out) { return wma(in, {20}, out); }},
        {"dema", [](auto in, auto out) { return dema(in, {20}, out); }},
        {"tema", [](auto in, auto out) { return tema(in, {20}, out); }},
        {"rsi", [](auto in, auto out) { return rsi(in, {14}, out); }},
        {"roc", [](auto in, auto out) { return roc(in, {10}, out); }},
        {"macd line", [](auto in, auto out) {
             Series s(in.size()), h(in.size());
             return macd(in, {}, out, s, h);
         }},
        {"macd hist", [](auto in, auto out) {
             Series l(in.size()), s(in.size());
             return macd(in, {}, l, s, out);
         }},
        {"bbands middle", [](auto in, auto out) {
             Series u(in.size()), l(in.size());
             return bbands(in, {}, u, out, l);
         }},
    };
    for (const auto &[name, kernel] : single) {
        Series expected(n);
        QVERIFY2(kernel(b.close, expected).ok(), name);
        Series buffer = b.close;
        QVERIFY2(kernel(buffer, buffer).ok(), name);
        QVERIFY2(identical(buffer, expected), name);
        // Output shifted one element against the input inside one allocation.
        Series shared(n + 1);
        std::copy(b.close.begin(), b.close.end(), shared.begin());
        QVERIFY2(kernel(std::span<const double>(shared.data(), n), std::span<double>(shared.data() + 1, n)).ok(), name);
        QVERIFY2(identical(Series(shared.begin() + 1, shared.end()), expected), name);
    }

    using BarKernel = std::function<Status(const Series &, const Series &, const Series &, const Series &,
                                           std::span<double>)>;
    const std::vector<std::pair<const char *, BarKernel>> barKernels{
        {"atr", [](auto &h, auto &l, auto &c, auto &, auto out) { return atr(h, l, c, {14}, out); }},
        {"trange", [](auto &h, auto &l, auto &c, auto &, auto out) { return trueRange(h, l, c, out); }},
        {"cci", [](auto &h, auto &l, auto &c, auto &, auto out) { return cci(h, l, c, {20}, out); }},
        {"willr", [](auto &h, auto &l, auto &c, auto &, auto out) { return willr(h, l, c, {14}, out); }},
        {"mfi", [](auto &h, auto &l, auto &c, auto &v, auto out) { return mfi(h, l, c, v, {14}, out); }},
        {"obv", [](auto &, auto &, auto &c, auto &v, auto out) { return obv(c, v, out); }},
        {"stoch k", [](auto &h, auto &l, auto &c, auto &, auto out) {
             Series d(c.size());
             return stoch(h, l, c, {}, out, d);
         }},
        {"adx", [](auto &h, auto &l, auto &c, auto &, auto out) {
             Series p(c.size()), m(c.size());
             return adx(h, l, c, {}, out, p, m);
         }},
    };
    for (const auto &[name, kernel] : barKernels) {
        Series expected(n);
        QVERIFY2(kernel(b.high, b.low, b.close, b.volume, expected).ok(), name);
        for (int which = 0; which < 4; ++which) {
            Series h = b.high, l = b.low, c = b.close, v = b.volume;
            Series *target = which == 0 ? &h : which == 1 ? &l : which == 2 ? &c : &v;
            QVERIFY2(kernel(h, l, c, v, *target).ok(), name);
            QVERIFY2(identical(*target, expected), qPrintable(QStringLiteral("%1 over input %2").arg(QLatin1StringView(name)).arg(which)));
        }
    }
}

void TestIndicatorKernels::subRangeEqualsTail_data()
{
    QTest::addColumn<QString>("spec");
    // Finite-memory indicators: a value depends only on a fixed number of past bars. (The EMA
    // family, RSI, ATR, ADX and OBV remember their whole history through the seed.)
    for (const char *spec : {"sma", "wma", "bbands", "stoch", "cci", "willr", "mfi", "roc", "sma:250", "bbands:50,1.5"})
        QTest::newRow(spec) << QString::fromLatin1(spec);
}

void TestIndicatorKernels::subRangeEqualsTail()
{
    QFETCH(QString, spec);
    const BarSeries full = naive::randomWalk(6000);
    const IndicatorSpec s = *parseIndicatorSpec(spec);
    const int first = lookback(*s.descriptor, s.params);
    const std::size_t start = 1777; // not aligned with any re-anchoring block
    const BarSeries tail = full.slice(start, full.size() - start);
    const auto whole = run(spec, full);
    const auto part = run(spec, tail);
    // Both runs give every output (run() fails the test otherwise), and the tail has thousands
    // of values past the warm-up: the loops below cannot pass by checking nothing.
    QCOMPARE(qsizetype(part.size()), s.descriptor->outputs.size());
    QCOMPARE(whole.size(), part.size());
    QVERIFY(std::size_t(first) + 1000 < tail.size());
    for (const auto &[name, values] : part) {
        QVERIFY2(whole.count(name), qPrintable(name));
        const Series &reference = whole.at(name);
        QCOMPARE(values.size(), tail.size());
        for (std::size_t j = first; j < values.size(); ++j)
            RUTILE_COMPARE_TOL(values[j], reference[start + j], 1e-12, 1e-12 * scaleOf(values));
    }
}

void TestIndicatorKernels::matchesNaiveReference_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("bars");
    for (const QString &spec : kDefaultSpecs)
        QTest::newRow(qPrintable(spec)) << spec << 6000;
    // Other parameters: short and long windows, period 1, MACD with a long signal.
    for (const char *spec : {"sma:1", "sma:2", "sma:1500", "ema:1", "ema:200", "wma:1000", "dema:7", "tema:50",
                             "bbands:2,3", "bbands:1000,2.5", "rsi:2", "rsi:100", "macd:3,10,16", "macd:1,2,1",
                             "atr:1", "atr:50", "stoch:5,3,5", "stoch:1,1,1", "adx:1", "adx:50", "cci:2", "cci:100",
                             "willr:1", "willr:60", "mfi:1", "mfi:60", "roc:1", "roc:300"})
        QTest::newRow(spec) << QString::fromLatin1(spec) << 6000;
    // Series shorter than the lanes / anchoring blocks.
    QTest::newRow("sma short") << QStringLiteral("sma:5") << 40;
    QTest::newRow("macd exact length") << QStringLiteral("macd") << 26;
}

void TestIndicatorKernels::matchesNaiveReference()
{
    QFETCH(QString, spec);
    QFETCH(int, bars);
    const BarSeries b = naive::randomWalk(std::size_t(bars));
    const auto fast = run(spec, b);
    const auto slow = reference(spec, b);
    QVERIFY(!slow.empty());
    QCOMPARE(fast.size(), slow.size());
    for (const auto &[name, expected] : slow) {
        QVERIFY2(fast.count(name), qPrintable(name));
        COMPARE_COLUMN(fast.at(name), expected, 1e-12);
    }
    // Summed the same way as the definition: exactly equal.
    if (spec == u"obv" || spec.startsWith(u"roc"))
        QVERIFY(identical(fast.begin()->second, slow.begin()->second));
}

void TestIndicatorKernels::streamingEqualsBatch_data()
{
    QTest::addColumn<QString>("spec");
    for (const QString &spec : kDefaultSpecs)
        QTest::newRow(qPrintable(spec)) << spec;
    for (const char *spec : {"sma:1", "ema:1", "dema:3", "tema:4", "bbands:5,1", "rsi:1", "macd:2,3,1", "atr:1",
                             "stoch:3,1,2", "adx:1", "adx:3", "cci:1", "willr:2", "mfi:1", "roc:1"})
        QTest::newRow(spec) << QString::fromLatin1(spec);
}

void TestIndicatorKernels::streamingEqualsBatch()
{
    QFETCH(QString, spec);
    const BarSeries b = naive::randomWalk(3000);
    const IndicatorSpec s = *parseIndicatorSpec(spec);
    Result<IndicatorResult> batch = compute(s, b);
    QVERIFY(batch.ok());
    QCOMPARE(qsizetype(batch->columns.size()), s.descriptor->outputs.size());
    Result<std::unique_ptr<IndicatorStream>> stream = createStream(*s.descriptor, s.params);
    QVERIFY(stream.ok());
    IndicatorStream &live = **stream;
    for (std::size_t i = 0; i < b.size(); ++i) {
        const Bar bar = b.bar(i);
        const std::vector<double> peeked = live.peek(bar);
        const std::span<const double> values = live.update(bar);
        QCOMPARE(values.size(), batch->columns.size());
        for (std::size_t o = 0; o < values.size(); ++o) {
            const Series &column = batch->columns[o].values;
            RUTILE_COMPARE_TOL(values[o], column[i], 1e-12, 1e-12 * scaleOf(column));
            // peek() is update() without committing the bar.
            QVERIFY(peeked[o] == values[o] || (std::isnan(peeked[o]) && std::isnan(values[o])));
        }
    }
}

void TestIndicatorKernels::badParameters_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("message");
    QTest::newRow("period 0") << "sma:0" << "sma: period (0) out of range [1, 100000]";
    QTest::newRow("period negative") << "rsi:-3" << "rsi: period (-3) out of range [1, 100000]";
    QTest::newRow("period too long") << "ema:500" << "ema: period (500) is longer than the series (300 bars)";
    QTest::newRow("negative band width") << "bbands:20,-1" << "bbands: k (-1) out of range [0, 100]";
    QTest::newRow("macd fast = slow") << "macd:26,26,9" << "macd: fast (26) out of range [1, 25]";
    QTest::newRow("macd fast > slow") << "macd:30,12,9" << "macd: fast (30) out of range [1, 11]";
    QTest::newRow("macd signal 0") << "macd:12,26,0" << "macd: signal (0) out of range [1, 100000]";
    QTest::newRow("stoch slow_d") << "stoch:14,3,0" << "stoch: slow_d (0) out of range [1, 100000]";
    QTest::newRow("non-integer period") << "sma:2.5" << "sma: period (2.5) must be a whole number in [1, 100000]";
    QTest::newRow("adx too long") << "adx:301" << "adx: period (301) is longer than the series (300 bars)";
}

void TestIndicatorKernels::badParameters()
{
    QFETCH(QString, spec);
    QFETCH(QString, message);
    const BarSeries b = naive::randomWalk(300);
    Result<IndicatorSpec> parsed = parseIndicatorSpec(spec);
    Error error;
    if (!parsed) {
        error = parsed.error();
    } else {
        Result<IndicatorResult> result = compute(*parsed, b);
        QVERIFY(!result.ok());
        error = result.error();
    }
    // Too short a series is a data problem (CLI exit 2); everything else a bad parameter (exit 1).
    const ErrorKind expectedKind = message.contains(QStringLiteral("longer than the series"))
        ? ErrorKind::InvalidInput
        : ErrorKind::InvalidArgument;
    QCOMPARE(error.kind, expectedKind);
    QCOMPARE(error.message, message);
}

void TestIndicatorKernels::mismatchedBuffers()
{
    Series in(100, 1.0), shortOut(99), out(100);
    QVERIFY(!sma(in, {10}, shortOut).ok());
    QCOMPARE(sma(in, {10}, shortOut).error().kind, ErrorKind::InvalidArgument);
    Series same(100);
    QVERIFY(!macd(in, {}, same, same, out).ok()); // two outputs in one buffer
    QVERIFY(!atr(in, Series(50, 1.0), in, {5}, out).ok());
    // The bare kernels check the period against the series, too.
    QCOMPARE(validate(SmaParams{101}, 100).ok(), false);
    QCOMPARE(validate(SmaParams{100}, 100).ok(), true);
}

void TestIndicatorKernels::emaSeedIsSmaNotFirstValue()
{
    // INDICATORS.md: seeding with the first close (pandas ewm(adjust=False)) differs by 3e-4
    // after 300 bars on EMA(50). Our EMA at 299 equals the SMA-seeded reference, and differs
    // from the first-value-seeded one.
    const BarSeries b = naive::randomWalk(300);
    const Series ours = column(QStringLiteral("ema:50"), b, QStringLiteral("ema"));
    QCOMPARE(ours.size(), std::size_t(300));
    RUTILE_COMPARE_REL(ours[299], naive::ema(b.close, 50)[299], 1e-13);
    double pandas = b.close[0];
    for (std::size_t i = 1; i < 300; ++i)
        pandas += 2.0 / 51 * (b.close[i] - pandas);
    QVERIFY(std::abs(ours[299] - pandas) > 1e-6);
}

void TestIndicatorKernels::realRutHistory()
{
    RUTILE_REQUIRE_SHARED_DATA(path, "RUT_yahoo_1987-2024.csv");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    Result<CsvLayout> layout = detectLayout(data, CsvFormat::Auto, path);
    QVERIFY2(layout.ok(), qPrintable(layout.ok() ? QString() : layout.error().message));
    Result<ParsedHistory> parsed = parseHistory(data, *layout);
    QVERIFY(parsed.ok());
    const BarSeries &rut = parsed->series;
    QVERIFY(rut.size() > 9000);

    const Series smaCol = column(QStringLiteral("sma:20"), rut, QStringLiteral("sma"));
    const Series middle = column(QStringLiteral("bbands:20,2"), rut, QStringLiteral("middle"));
    const Series upper = column(QStringLiteral("bbands:20,2"), rut, QStringLiteral("upper"));
    const Series lower = column(QStringLiteral("bbands:20,2"), rut, QStringLiteral("lower"));
    const Series rsiCol = column(QStringLiteral("rsi:14"), rut, QStringLiteral("rsi"));
    const Series atrCol = column(QStringLiteral("atr:14"), rut, QStringLiteral("atr"));
    const Series macdLine = column(QStringLiteral("macd:12,26,9"), rut, QStringLiteral("macd"));
    const Series macdSignal = column(QStringLiteral("macd:12,26,9"), rut, QStringLiteral("signal"));

    for (const QDate date : {QDate(1999, 12, 31), QDate(2008, 10, 10), QDate(2020, 3, 16), QDate(2024, 6, 28)}) {
        const std::size_t i = rut.lowerBound(toDayNumber(date));
        QVERIFY(i < rut.size());
        QCOMPARE(rut.date(i), date);
        // Direct two-pass SMA and population σ of the 20 closes ending at that date.
        double sum = 0;
        for (std::size_t j = i - 19; j <= i; ++j)
            sum += rut.close[j];
        const double mean = sum / 20;
        double ss = 0;
        for (std::size_t j = i - 19; j <= i; ++j)
            ss += (rut.close[j] - mean) * (rut.close[j] - mean);
        const double sigma = std::sqrt(ss / 20);
        RUTILE_COMPARE_REL(smaCol[i], mean, 1e-13);
        RUTILE_COMPARE_REL(middle[i], mean, 1e-13);
        RUTILE_COMPARE_REL(upper[i], mean + 2 * sigma, 1e-12);
        RUTILE_COMPARE_REL(lower[i], mean - 2 * sigma, 1e-12);
        // The recursive ones against the literal recurrences over the whole history.
        RUTILE_COMPARE_REL(rsiCol[i], naive::rsi(rut.close, 14)[i], 1e-12);
        RUTILE_COMPARE_REL(atrCol[i], naive::atr(rut, 14)[i], 1e-12);
        const naive::Macd m = naive::macd(rut.close, 12, 26, 9);
        RUTILE_COMPARE_TOL(macdLine[i], m.line[i], 1e-12, 1e-10);
        RUTILE_COMPARE_TOL(macdSignal[i], m.signal[i], 1e-12, 1e-10);
    }
    // Plausibility: on 2020-03-16 (the COVID crash) the close was far below the lower band.
    const std::size_t crash = rut.lowerBound(toDayNumber(QDate(2020, 3, 16)));
    QVERIFY(rut.close[crash] < lower[crash]);
    QVERIFY(rsiCol[crash] < 30);
}

QTEST_GUILESS_MAIN(TestIndicatorKernels)
#include "tst_indicators_kernels.moc"
