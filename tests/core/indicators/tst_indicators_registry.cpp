// The indicator registry: names, outputs and headers exactly as CLI.md specifies, panes and
// guide levels, spec parsing, compute by name and into caller buffers, streams.

#include "TestSupport.h"

#include "indicators/IndicatorRegistry.h"

#include <QTest>

#include <cmath>

using namespace rutile;
using namespace rutile::indicators;

namespace {

BarSeries smallSeries(std::size_t n)
{
    BarSeries b;
    for (std::size_t i = 0; i < n; ++i) {
        const double c = 100 + 10 * std::sin(0.3 * double(i));
        b.append(Bar{DayNumber(i), c, c + 1, c - 1, c, c, 1000.0 + double(i)});
    }
    return b;
}

} // namespace

class TestIndicatorRegistry : public QObject {
    Q_OBJECT

private slots:
    void namesInCliOrder();
    void outputsAndHeaders_data();
    void outputsAndHeaders();
    void descriptorsAreComplete();
    void panesAndGuides();
    void parseSpec();
    void parseSpecErrors();
    void computeByName();
    void computeIntoCallerBuffers();
    void streams();
};

void TestIndicatorRegistry::namesInCliOrder()
{
    QCOMPARE(IndicatorRegistry::builtIn().names(),
             (QStringList{"sma", "ema", "wma", "dema", "tema", "bbands", "rsi", "macd", "atr", "stoch", "adx", "cci",
                          "willr", "mfi", "obv", "roc"}));
    QVERIFY(IndicatorRegistry::builtIn().find(u"MACD"));
    QVERIFY(!IndicatorRegistry::builtIn().find(u"vwap"));
}

void TestIndicatorRegistry::outputsAndHeaders_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("outputs");
    QTest::addColumn<QStringList>("headers");
    QTest::newRow("sma") << "sma:20" << QStringList{"sma"} << QStringList{"sma(20)"};
    QTest::newRow("rsi default") << "rsi" << QStringList{"rsi"} << QStringList{"rsi(14)"};
    QTest::newRow("obv") << "obv" << QStringList{"obv"} << QStringList{"obv"};
    QTest::newRow("macd") << "macd:12,26,9" << QStringList{"macd", "signal", "hist"}
                          << QStringList{"macd(12,26,9).macd", "macd(12,26,9).signal", "macd(12,26,9).hist"};
    QTest::newRow("bbands") << "bbands:20,2" << QStringList{"upper", "middle", "lower"}
                            << QStringList{"bbands(20,2).upper", "bbands(20,2).middle", "bbands(20,2).lower"};
    QTest::newRow("bbands fractional") << "bbands:10,2.5" << QStringList{"upper", "middle", "lower"}
                                       << QStringList{"bbands(10,2.5).upper", "bbands(10,2.5).middle",
                                                      "bbands(10,2.5).lower"};
    QTest::newRow("stoch") << "stoch" << QStringList{"k", "d"} << QStringList{"stoch(14,3,3).k", "stoch(14,3,3).d"};
    QTest::newRow("adx") << "adx:14" << QStringList{"adx", "plus_di", "minus_di"}
                         << QStringList{"adx(14).adx", "adx(14).plus_di", "adx(14).minus_di"};
    QTest::newRow("macd partial") << "macd:5" << QStringList{"macd", "signal", "hist"}
                                  << QStringList{"macd(5,26,9).macd", "macd(5,26,9).signal", "macd(5,26,9).hist"};
}

void TestIndicatorRegistry::outputsAndHeaders()
{
    QFETCH(QString, spec);
    QFETCH(QStringList, outputs);
    QFETCH(QStringList, headers);
    Result<IndicatorSpec> parsed = parseIndicatorSpec(spec);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->descriptor->outputs, outputs);
    QCOMPARE(columnHeaders(*parsed->descriptor, parsed->params), headers);
    Result<IndicatorResult> result = compute(*parsed, smallSeries(200));
    QVERIFY(result.ok());
    QCOMPARE(qsizetype(result->columns.size()), headers.size());
    for (qsizetype i = 0; i < headers.size(); ++i) {
        QCOMPARE(result->columns[std::size_t(i)].header, headers[i]);
        QCOMPARE(result->columns[std::size_t(i)].output, outputs[i]);
        QVERIFY(result->column(outputs[i]));
    }
}

void TestIndicatorRegistry::descriptorsAreComplete()
{
    for (const IndicatorDescriptor &d : IndicatorRegistry::builtIn().all()) {
        QVERIFY2(!d.displayName.isEmpty() && !d.description.isEmpty(), qPrintable(d.name));
        QVERIFY2(d.lookback && d.validate && d.compute && d.makeStream, qPrintable(d.name));
        QVERIFY2(!d.outputs.isEmpty() && d.outputs.size() <= 3, qPrintable(d.name));
        QVERIFY2(!d.inputs.empty(), qPrintable(d.name));
        for (const ParamSpec &p : d.params) {
            QVERIFY2(p.check(p.defaultValue).ok(), qPrintable(d.name + u'.' + p.name));
            QVERIFY2(!p.label.isEmpty(), qPrintable(p.name));
        }
        // Defaults are valid on a long enough series.
        QVERIFY2(d.validate(defaultValues(d.params), 1000).ok(), qPrintable(d.name));
    }
}

void TestIndicatorRegistry::panesAndGuides()
{
    const IndicatorRegistry &r = IndicatorRegistry::builtIn();
    for (const char *overlay : {"sma", "ema", "wma", "dema", "tema", "bbands"})
        QCOMPARE(r.find(QString::fromLatin1(overlay))->pane, Pane::Overlay);
    for (const char *own : {"rsi", "macd", "atr", "stoch", "adx", "cci", "willr", "mfi", "obv", "roc"})
        QCOMPARE(r.find(QString::fromLatin1(own))->pane, Pane::OwnPane);
    QCOMPARE(r.find(u"rsi")->guideLevels, (std::vector<double>{30, 70}));
    QCOMPARE(r.find(u"stoch")->guideLevels, (std::vector<double>{20, 80}));
    QCOMPARE(r.find(u"rsi")->valueRange, (std::optional<std::pair<double, double>>{{0.0, 100.0}}));
    QCOMPARE(r.find(u"mfi")->inputs,
             (std::vector<BarField>{BarField::High, BarField::Low, BarField::Close, BarField::Volume}));
    QCOMPARE(r.find(u"sma")->inputs, (std::vector<BarField>{BarField::Close}));
}

void TestIndicatorRegistry::parseSpec()
{
    Result<IndicatorSpec> s = parseIndicatorSpec(u" macd:12,26,9 ");
    QVERIFY(s.ok());
    QCOMPARE(s->descriptor->name, QStringLiteral("macd"));
    QCOMPARE(s->params, (ParamValues{{"fast", 12}, {"slow", 26}, {"signal", 9}}));
    s = parseIndicatorSpec(u"bbands:20,");
    QVERIFY(s.ok());
    QCOMPARE(s->params.value(u"k"), 2.0);
    s = parseIndicatorSpec(u"obv");
    QVERIFY(s.ok());
    QVERIFY(s->params.empty());
}

void TestIndicatorRegistry::parseSpecErrors()
{
    Result<IndicatorSpec> s = parseIndicatorSpec(u"vwap:20");
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::InvalidArgument);
    QVERIFY(s.error().message.startsWith(QStringLiteral("unknown indicator 'vwap'; known: sma, ema")));
    s = parseIndicatorSpec(u"sma:20,3");
    QVERIFY(!s.ok());
    QVERIFY(s.error().message.startsWith(QStringLiteral("sma: 2 arguments given, at most 1 expected")));
    s = parseIndicatorSpec(u"rsi:abc");
    QCOMPARE(s.error().message, QStringLiteral("rsi: period expects a number, found 'abc'"));
    s = parseIndicatorSpec(u"sma:0");
    QCOMPARE(s.error().message, QStringLiteral("sma: period (0) out of range [1, 100000]"));
}

void TestIndicatorRegistry::computeByName()
{
    const BarSeries b = smallSeries(100);
    Result<IndicatorResult> r = compute(u"sma", b, ParamValues{{"period", 10}});
    QVERIFY(r.ok());
    QCOMPARE(r->lookback, 9);
    QCOMPARE(r->params, (ParamValues{{"period", 10}}));
    QCOMPARE(r->columns.front().values.size(), b.size());
    double sum = 0;
    for (std::size_t i = 0; i < 10; ++i)
        sum += b.close[i];
    RUTILE_COMPARE_REL(r->columns.front().values[9], sum / 10, 1e-15);
    QVERIFY(!compute(u"nope", b).ok());
    const Result<IndicatorResult> unknownParam = compute(u"sma", b, ParamValues{{"length", 10}});
    QCOMPARE(unknownParam.error().message, QStringLiteral("sma: unknown parameter 'length'; expected one of: period"));
    // An empty series: the period is longer than it.
    QVERIFY(!compute(u"sma", BarSeries{}).ok());
    QVERIFY(compute(u"obv", BarSeries{}).ok());
}

void TestIndicatorRegistry::computeIntoCallerBuffers()
{
    const BarSeries b = smallSeries(300);
    const IndicatorDescriptor &d = *IndicatorRegistry::builtIn().find(u"macd");
    std::vector<double> line(b.size()), signal(b.size()), hist(b.size());
    const std::span<double> outputs[] = {line, signal, hist};
    QVERIFY(computeInto(d, IndicatorInputs::from(b), {}, outputs).ok());
    const Result<IndicatorResult> r = compute(d, b);
    QVERIFY(r.ok());
    QCOMPARE(r->columns.size(), std::size_t(3));
    QCOMPARE(r->lookback, 33);
    for (std::size_t i = std::size_t(r->lookback); i < b.size(); ++i) {
        QCOMPARE(line[i], r->columns[0].values[i]);
        QCOMPARE(signal[i], r->columns[1].values[i]);
        QCOMPARE(hist[i], r->columns[2].values[i]);
    }
    const std::span<double> tooFew[] = {line};
    const Status s = computeInto(d, IndicatorInputs::from(b), {}, tooFew);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message, QStringLiteral("macd: 1 output buffers given, 3 expected"));
}

void TestIndicatorRegistry::streams()
{
    const IndicatorDescriptor &macd = *IndicatorRegistry::builtIn().find(u"macd");
    Result<std::unique_ptr<IndicatorStream>> bad = createStream(macd, ParamValues{{"fast", 30}});
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message, QStringLiteral("macd: fast (30) out of range [1, 25]"));
    Result<std::unique_ptr<IndicatorStream>> good = createStream(macd);
    QVERIFY(good.ok());
    const BarSeries b = smallSeries(40);
    std::span<const double> v;
    for (std::size_t i = 0; i < b.size(); ++i) {
        v = (*good)->update(b.bar(i));
        QCOMPARE(v.size(), std::size_t(3));
        QCOMPARE(std::isnan(v[0]), i < 33);
    }
}

QTEST_GUILESS_MAIN(TestIndicatorRegistry)
#include "tst_indicators_registry.moc"
