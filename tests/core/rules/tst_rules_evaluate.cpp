// Column evaluation of rule expressions: values checked against hand-worked series and naive
// loops, parameters resolved per run, errors placed at their expression, causality (a column's
// past never depends on later bars), and the shared column cache.

#include "TestSupport.h"

#include "trading/MarketData.h"
#include "data/SampleMarket.h"
#include "indicators/IndicatorRegistry.h"
#include "rules/ColumnEvaluator.h"
#include "rules/Compiler.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace rutile;
using namespace rutile::rules;
using trading::MarketData;

namespace {

constexpr double N = std::numeric_limits<double>::quiet_NaN();

/// Bars with the given closes; open = previous close, high/low half a point around.
BarSeries closes(const std::vector<double> &c, const QString &symbol = QStringLiteral("X"))
{
    BarSeries s;
    s.symbol = symbol;
    for (std::size_t i = 0; i < c.size(); ++i) {
        const double open = i == 0 ? c[0] : c[i - 1];
        s.append(Bar{DayNumber(20000 + i), open, std::max(open, c[i]) + 0.5, std::min(open, c[i]) - 0.5, c[i], c[i],
                     1000.0 + double(i)});
    }
    return s;
}

const std::vector<double> kCloses{10, 11, 12, 11, 10, 12, 14, 13};

/// The program "PREFIX let v = EXPR / buy when true" and the node of v.
struct Compiled {
    std::shared_ptr<const Program> program;
    int node = -1;
};
Compiled compileValue(const QString &expr, const QString &prefix = {})
{
    const CompileResult r = compileRules((prefix + QStringLiteral("let v = ") + expr + QStringLiteral("\nbuy when true\n")).toUtf8());
    if (!r.ok()) {
        QStringList lines;
        for (const Diagnostic &d : r.diagnostics)
            lines << d.toString();
        qWarning("%s", qPrintable(lines.join(u'\n')));
        return {};
    }
    return {r.program, r.program->tree.lets.back().expr};
}

Result<std::vector<double>> evaluate(const MarketData &data, const QString &expr, const QString &prefix = {},
                                     const ParamValues &values = {})
{
    const Compiled c = compileValue(expr, prefix);
    if (!c.program)
        return Error::internal(QStringLiteral("does not compile: ") + expr);
    Result<ParamValues> resolved = resolve(c.program->params, values);
    if (!resolved)
        return resolved.error();
    ColumnEvaluator evaluator(*c.program, data, *resolved);
    return evaluator.column(c.node);
}

bool sameValues(const std::vector<double> &a, const std::vector<double> &b, double tolerance = 0)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::isnan(a[i]) != std::isnan(b[i]))
            return false;
        if (!std::isnan(a[i]) && std::abs(a[i] - b[i]) > tolerance)
            return false;
    }
    return true;
}

QByteArray show(const std::vector<double> &v)
{
    QStringList parts;
    for (double x : v)
        parts << QString::number(x, 'g', 10);
    return parts.join(QStringLiteral(", ")).toUtf8();
}

} // namespace

class TestRulesEvaluate : public QObject {
    Q_OBJECT

private slots:
    void columnsOfHandWorkedSeries_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<std::vector<double>>("expected");
        // closes: 10 11 12 11 10 12 14 13
        QTest::newRow("close") << "close" << std::vector<double>{10, 11, 12, 11, 10, 12, 14, 13};
        QTest::newRow("ref") << "ref(close, 2)" << std::vector<double>{N, N, 10, 11, 12, 11, 10, 12};
        QTest::newRow("ref 0") << "ref(close, 0)" << std::vector<double>{10, 11, 12, 11, 10, 12, 14, 13};
        QTest::newRow("change") << "change(close, 1)" << std::vector<double>{N, 1, 1, -1, -1, 2, 2, -1};
        QTest::newRow("highest") << "highest(close, 3)" << std::vector<double>{N, N, 12, 12, 12, 12, 14, 14};
        QTest::newRow("lowest") << "lowest(close, 3)" << std::vector<double>{N, N, 10, 11, 10, 10, 10, 12};
        QTest::newRow("cross_above") << "cross_above(close, 11.5)" << std::vector<double>{0, 0, 1, 0, 0, 1, 0, 0};
        QTest::newRow("cross_below") << "cross_below(close, 11.5)" << std::vector<double>{0, 0, 0, 1, 0, 0, 0, 0};
        QTest::newRow("iif") << "iif(close > 11, 1, -1)" << std::vector<double>{-1, -1, 1, -1, -1, 1, 1, 1};
        QTest::newRow("arithmetic") << "(close - 10) * 2 / 4 + -1" << std::vector<double>{-1, -0.5, 0, -0.5, -1, 0, 1, 0.5};
        QTest::newRow("not and or") << "not (close > 11) and close > 10 or close == 14"
                                    << std::vector<double>{0, 1, 0, 1, 0, 0, 1, 0};
        QTest::newRow("min max abs") << "max(min(close, 12), 11) + abs(change(close, 1))"
                                     << std::vector<double>{N, 12, 13, 12, 12, 14, 14, 13};
        QTest::newRow("sqrt log") << "sqrt(close - 10) + log(close / 10)"
                                  << std::vector<double>{0, 1 + std::log(1.1), std::sqrt(2) + std::log(1.2), 1 + std::log(1.1), 0,
                                                         std::sqrt(2) + std::log(1.2), 2 + std::log(1.4), std::sqrt(3) + std::log(1.3)};
        QTest::newRow("sma of close") << "sma(close, 3)" << std::vector<double>{N, N, 11, 34.0 / 3, 11, 11, 12, 13};
        QTest::newRow("sma of a computed series") << "sma(close - 10, 2)"
                                                  << std::vector<double>{N, 0.5, 1.5, 1.5, 0.5, 1, 3, 3.5};
        // The input is undefined on bar 0: the kernel starts on bar 1.
        QTest::newRow("sma of a shifted series") << "sma(ref(close, 1), 2)"
                                                 << std::vector<double>{N, N, 10.5, 11.5, 11.5, 10.5, 11, 13};
        QTest::newRow("ref of a condition") << "ref(close > 11, 1)" << std::vector<double>{0, 0, 0, 1, 0, 0, 1, 1};
        QTest::newRow("mean") << "mean(close, 4)" << std::vector<double>{N, N, N, 11, 11, 11.25, 11.75, 12.25};
        QTest::newRow("slope") << "slope(close, 2)" << std::vector<double>{N, 1, 1, -1, -1, 2, 2, -1};
        QTest::newRow("constant") << "2 * 3" << std::vector<double>(8, 6.0);
        // min and max of NaN are NaN, folded as a constant or evaluated as a column alike.
        QTest::newRow("min of an undefined constant") << "min(2, log(-1))" << std::vector<double>(8, N);
        QTest::newRow("max of an undefined column") << "max(close, log(close - 20))" << std::vector<double>(8, N);
    }

    void columnsOfHandWorkedSeries()
    {
        QFETCH(QString, expr);
        QFETCH(std::vector<double>, expected);
        const MarketData data(closes(kCloses));
        const auto v = evaluate(data, expr);
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().toString()));
        QVERIFY2(sameValues(*v, expected, 1e-12), QByteArray(show(*v) + " vs " + show(expected)).constData());
    }

    void rollingStatisticsMatchNaiveLoops()
    {
        const BarSeries s = generateSampleMarket().smallCap.slice(0, 300);
        const BarSeries h = generateSampleMarket().largeCap.slice(0, 300);
        auto data = MarketData::aligned({s, h});
        QVERIFY(data.ok());
        const int w = 20;
        const auto z = evaluate(*data, QStringLiteral("zscore(close, 20)"));
        const auto sd = evaluate(*data, QStringLiteral("stdev(close, 20)"));
        const auto cor = evaluate(*data, QStringLiteral("correlation(close, close of hedge, 20)"), QStringLiteral("leg hedge\nhedge_ratio 1\n"));
        QVERIFY(z.ok() && sd.ok() && cor.ok());
        int checked = 0;
        for (std::size_t t = 0; t < s.size(); ++t) {
            if (t + 1 < std::size_t(w)) {
                QVERIFY(std::isnan((*z)[t]) && std::isnan((*cor)[t]));
                continue;
            }
            double mx = 0, my = 0;
            for (std::size_t j = t + 1 - w; j <= t; ++j) {
                mx += s.close[j] / w;
                my += h.close[j] / w;
            }
            double vx = 0, vy = 0, cxy = 0;
            for (std::size_t j = t + 1 - w; j <= t; ++j) {
                vx += (s.close[j] - mx) * (s.close[j] - mx) / w;
                vy += (h.close[j] - my) * (h.close[j] - my) / w;
                cxy += (s.close[j] - mx) * (h.close[j] - my) / w;
            }
            RUTILE_COMPARE_REL((*sd)[t], std::sqrt(vx), 1e-9);
            RUTILE_COMPARE_REL((*z)[t], (s.close[t] - mx) / std::sqrt(vx), 1e-8);
            RUTILE_COMPARE_REL((*cor)[t], cxy / std::sqrt(vx * vy), 1e-8);
            ++checked;
        }
        QCOMPARE(checked, 300 - w + 1);
    }

    void indicatorsComeFromTheSharedCache()
    {
        const MarketData data(generateSampleMarket().smallCap.slice(0, 400));
        const auto atr = evaluate(data, QStringLiteral("atr(14)"));
        const auto macd = evaluate(data, QStringLiteral("macd(close, 12, 26, 9).hist"));
        QVERIFY(atr.ok() && macd.ok());
        const auto cachedAtr = data.indicator(0, u"atr", {{QStringLiteral("period"), 14}});
        const auto cachedHist = data.indicator(0, u"macd", {}, u"hist");
        QVERIFY(cachedAtr.ok() && cachedHist.ok());
        QVERIFY(sameValues(*atr, std::vector<double>(cachedAtr->begin(), cachedAtr->end())));
        QVERIFY(sameValues(*macd, std::vector<double>(cachedHist->begin(), cachedHist->end())));
        QCOMPARE(data.cachedColumns(), std::size_t(2)); // nothing computed twice

        // A grid over one parameter: the other column is computed once for all points.
        const MarketData grid(generateSampleMarket().smallCap.slice(0, 400));
        const QString prefix = QStringLiteral("param fast = 10 in 1..100\nparam slow = 30 in 2..200\n");
        for (int slow : {30, 40, 50}) {
            const auto v = evaluate(grid, QStringLiteral("sma(close, fast) - sma(close, slow)"), prefix,
                                    {{QStringLiteral("slow"), double(slow)}});
            QVERIFY(v.ok());
        }
        QCOMPARE(grid.cachedColumns(), std::size_t(4));
        // Windowed functions of computed series are cached per expression and parameter value.
        for (int i = 0; i < 3; ++i)
            QVERIFY(evaluate(grid, QStringLiteral("highest(close - open, fast)"), prefix).ok());
        QCOMPARE(grid.cachedColumns(), std::size_t(5));
        QVERIFY(evaluate(grid, QStringLiteral("highest(close - open, fast)"), prefix, {{QStringLiteral("fast"), 11}}).ok());
        QCOMPARE(grid.cachedColumns(), std::size_t(6));
    }

    void parametersAreResolvedPerRun()
    {
        const MarketData data(closes(kCloses));
        const QString prefix = QStringLiteral("param n = 2 in -5..5\n");
        const auto one = evaluate(data, QStringLiteral("ref(close, n)"), prefix, {{QStringLiteral("n"), 1}});
        QVERIFY(one.ok());
        QVERIFY(sameValues(*one, {N, 10, 11, 12, 11, 10, 12, 14}));
        const auto two = evaluate(data, QStringLiteral("ref(close, n)"), prefix);
        QVERIFY(two.ok());
        QVERIFY(sameValues(*two, {N, N, 10, 11, 12, 11, 10, 12}));
        // A parameter that makes ref() look forward is refused, at the position of the count.
        const auto forward = evaluate(data, QStringLiteral("ref(close, n)"), prefix, {{QStringLiteral("n"), -1}});
        QVERIFY(!forward.ok());
        QCOMPARE(forward.error().toString(), QStringLiteral("line 2:20: ref() needs a constant bar count ≥ 0"));
        // So is a window the data cannot fill.
        const auto tooLong = evaluate(data, QStringLiteral("sma(close, n * 10)"), prefix);
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(tooLong.error().line, 2);
        QCOMPARE(tooLong.error().column, 9);
        QVERIFY2(tooLong.error().message.contains(QStringLiteral("not enough data")), qPrintable(tooLong.error().message));
    }

    void evaluationMemoryIsBounded()
    {
        // Room for three columns over eight bars: the fourth is refused, at its expression.
        const MarketData data(closes(kCloses));
        const Compiled c = compileValue(QStringLiteral("close + 1"), QStringLiteral("let a = close * 2\nlet b = a - 1\nlet d = b / 3\n"));
        QVERIFY(c.program);
        ColumnEvaluator roomy(*c.program, data, {}, 4 * 8);
        QVERIFY(roomy.column(c.program->tree.lets[2].expr).ok()); // a, b, d: three columns
        ColumnEvaluator tight(*c.program, data, {}, 3 * 8);
        QVERIFY(tight.column(c.program->tree.lets[2].expr).ok());
        const auto fourth = tight.column(c.node);
        QVERIFY(!fourth.ok());
        QCOMPARE(fourth.error().toString(),
                 QStringLiteral("line 4:15: the rules need more than 3 intermediate columns over 8 bars (0.000192 MB); "
                                "simplify them"));
    }

    void columnsNeverReadLaterBars()
    {
        // Every function, evaluated on the first 200 bars and on all 400: the first 200 values
        // agree, so no value at t depends on a bar after t.
        const QStringList exprs{
            QStringLiteral("ref(close, 3) + change(close, 5)"),
            QStringLiteral("highest(high, 10) - lowest(low, 10)"),
            QStringLiteral("iif(cross_above(sma(close, 5), sma(close, 20)), 1, 0) + iif(cross_below(close, ema(close, 10)), 1, 0)"),
            QStringLiteral("zscore(close, 30) + stdev(close, 10) + mean(volume, 5) + variance(close, 7)"),
            QStringLiteral("correlation(close, volume, 15) + covariance(close, open, 15) + beta(close, open, 15)"),
            QStringLiteral("slope(close, 12) + sma(rsi(close, 14), 5) + bbands(close - open, 10, 2).upper"),
            QStringLiteral("pair_zscore(log(close), log(close of hedge), 40) + pair_beta(log(close), log(close of hedge), 40)"),
            QStringLiteral("atr(14) of hedge + macd(close of hedge, 12, 26, 9).signal + stoch(5, 3, 3).d + adx(14).adx + obv()"),
            QStringLiteral("max(abs(close - open), sqrt(high - low))"),
        };
        const SampleMarket market = generateSampleMarket();
        auto full = MarketData::aligned({market.smallCap.slice(0, 400), market.largeCap.slice(0, 400)});
        auto part = MarketData::aligned({market.smallCap.slice(0, 200), market.largeCap.slice(0, 200)});
        QVERIFY(full.ok() && part.ok());
        const QString prefix = QStringLiteral("leg hedge\nhedge_ratio 1\n");
        for (const QString &e : exprs) {
            const auto a = evaluate(*full, e, prefix);
            const auto b = evaluate(*part, e, prefix);
            QVERIFY2(a.ok() && b.ok(), qPrintable(e));
            const std::vector<double> head(a->begin(), a->begin() + 200);
            QVERIFY2(sameValues(head, *b), qPrintable(e));
            QVERIFY2(std::count_if(b->begin(), b->end(), [](double x) { return std::isfinite(x); }) > 100,
                     qPrintable(e + QStringLiteral(": too few defined values to prove anything")));
        }
    }
};

QTEST_GUILESS_MAIN(TestRulesEvaluate)
#include "tst_rules_evaluate.moc"
