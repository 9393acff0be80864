// ParamSpec / ParamValues: range checks with messages naming the value and range, text
// formatting and parsing, defaults, positional and name=value parsing.

#include "TestSupport.h"

#include "params/ParamSpec.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace rutile;

namespace {

std::vector<ParamSpec> specs()
{
    return {ParamSpec::integer(QStringLiteral("period"), QStringLiteral("Period"), 20, 1, 1000),
            ParamSpec::real(QStringLiteral("k"), QStringLiteral("Width"), 2.0, 0.0, 10.0, 0.1),
            ParamSpec::boolean(QStringLiteral("adjusted"), QStringLiteral("Adjusted"), false),
            ParamSpec::choice(QStringLiteral("source"), QStringLiteral("Source"),
                              {QStringLiteral("close"), QStringLiteral("hl2"), QStringLiteral("hlc3")}, 0)};
}

} // namespace

class TestParamSpec : public QObject {
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void formatAndParse();
    void values();
    void resolveAndValidate();
    void positional();
    void assignments();
    void namedArguments();
};

void TestParamSpec::check_data()
{
    QTest::addColumn<int>("spec");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("message"); // empty: valid
    QTest::newRow("in range") << 0 << 20.0 << QString();
    QTest::newRow("at minimum") << 0 << 1.0 << QString();
    QTest::newRow("at maximum") << 0 << 1000.0 << QString();
    QTest::newRow("below") << 0 << 0.0 << "period (0) out of range [1, 1000]";
    QTest::newRow("above") << 0 << 1001.0 << "period (1001) out of range [1, 1000]";
    QTest::newRow("fraction") << 0 << 2.5 << "period (2.5) must be a whole number in [1, 1000]";
    QTest::newRow("nan") << 1 << std::numeric_limits<double>::quiet_NaN() << "k (nan) out of range [0, 10]";
    QTest::newRow("negative width") << 1 << -0.5 << "k (-0.5) out of range [0, 10]";
    QTest::newRow("bool 2") << 2 << 2.0 << "adjusted (2) must be true or false";
    QTest::newRow("choice 3") << 3 << 3.0 << "source (3) must be one of: close, hl2, hlc3";
    QTest::newRow("choice 2") << 3 << 2.0 << QString();
}

void TestParamSpec::check()
{
    QFETCH(int, spec);
    QFETCH(double, value);
    QFETCH(QString, message);
    const Status s = specs()[std::size_t(spec)].check(value);
    QCOMPARE(s.ok(), message.isEmpty());
    if (!s.ok()) {
        QCOMPARE(s.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(s.error().message, message);
    }
}

void TestParamSpec::formatAndParse()
{
    const auto s = specs();
    QCOMPARE(s[0].format(20), QStringLiteral("20"));
    QCOMPARE(s[1].format(2.5), QStringLiteral("2.5"));
    QCOMPARE(s[1].format(0.1), QStringLiteral("0.1")); // shortest round-trip text
    QCOMPARE(s[2].format(1), QStringLiteral("true"));
    QCOMPARE(s[3].format(1), QStringLiteral("hl2"));
    QCOMPARE(*s[0].parse(u" 14 "), 14.0);
    QCOMPARE(*s[1].parse(u"0.1"), 0.1);
    QCOMPARE(*s[2].parse(u"yes"), 1.0);
    QCOMPARE(*s[2].parse(u"FALSE"), 0.0);
    QCOMPARE(*s[3].parse(u"HLC3"), 2.0);
    QCOMPARE(*s[3].parse(u"1"), 1.0);
    QCOMPARE(s[0].parse(u"x").error().message, QStringLiteral("period expects a number, found 'x'"));
    QCOMPARE(s[1].parse(u"2,5").error().message, QStringLiteral("k expects a number, found '2,5'"));
    QCOMPARE(s[3].parse(u"open").error().message, QStringLiteral("source expects one of: close, hl2, hlc3; found 'open'"));
    QCOMPARE(s[0].parse(u"0").error().message, QStringLiteral("period (0) out of range [1, 1000]"));
}

void TestParamSpec::values()
{
    ParamValues v{{"period", 14}, {"k", 2.5}};
    QCOMPARE(v.size(), std::size_t(2));
    QCOMPARE(v.intValue(u"period"), 14);
    QCOMPARE(v.value(u"k"), 2.5);
    QCOMPARE(v.value(u"missing", -1), -1.0);
    v.set(QStringLiteral("period"), 30); // replaces, keeps the order
    QCOMPARE(v.entries().front().first, QStringLiteral("period"));
    QCOMPARE(v.intValue(u"period"), 30);
    QVERIFY(!v.boolValue(u"adjusted"));
    QCOMPARE(defaultValues(specs()), (ParamValues{{"period", 20}, {"k", 2}, {"adjusted", 0}, {"source", 0}}));
}

void TestParamSpec::resolveAndValidate()
{
    const auto s = specs();
    QVERIFY(validate(s, ParamValues{{"k", 3}}).ok());
    QCOMPARE(validate(s, ParamValues{{"width", 3}}).error().message,
             QStringLiteral("unknown parameter 'width'; expected one of: period, k, adjusted, source"));
    // resolve() fills defaults and returns the spec order whatever the input order.
    Result<ParamValues> r = resolve(s, ParamValues{{"source", 2}, {"period", 50}});
    QVERIFY(r.ok());
    QCOMPARE(*r, (ParamValues{{"period", 50}, {"k", 2}, {"adjusted", 0}, {"source", 2}}));
    QCOMPARE(resolve(s, ParamValues{{"period", 0}}).error().message, QStringLiteral("period (0) out of range [1, 1000]"));
    QCOMPARE(findParam(s, u"k")->label, QStringLiteral("Width"));
    QVERIFY(!findParam(s, u"K"));
}

void TestParamSpec::positional()
{
    const auto s = specs();
    Result<ParamValues> r = parsePositional(s, {QStringLiteral("10"), QStringLiteral("1.5")});
    QVERIFY(r.ok());
    QCOMPARE(*r, (ParamValues{{"period", 10}, {"k", 1.5}, {"adjusted", 0}, {"source", 0}}));
    r = parsePositional(s, {QString(), QStringLiteral("3")}); // an empty argument keeps the default
    QCOMPARE(r->intValue(u"period"), 20);
    QCOMPARE(parsePositional(s, QStringList(5, QStringLiteral("1"))).error().message,
             QStringLiteral("5 arguments given, at most 4 expected (period, k, adjusted, source)"));
    QCOMPARE(formatPositional(s, *parsePositional(s, {QStringLiteral("10"), QStringLiteral("1.5")})),
             QStringLiteral("10,1.5,false,close"));
}

void TestParamSpec::assignments()
{
    const auto s = specs();
    Result<ParamValues> r = parseAssignments(s, {QStringLiteral("k=0.5"), QStringLiteral("source=hl2")});
    QVERIFY(r.ok());
    QCOMPARE(*r, (ParamValues{{"period", 20}, {"k", 0.5}, {"adjusted", 0}, {"source", 1}}));
    QCOMPARE(parseAssignments(s, {QStringLiteral("k")}).error().message, QStringLiteral("expected name=value, found 'k'"));
    QCOMPARE(parseAssignments(s, {QStringLiteral("z=1")}).error().message,
             QStringLiteral("unknown parameter 'z'; expected one of: period, k, adjusted, source"));
    QCOMPARE(parseAssignments(s, {QStringLiteral("k=11")}).error().message, QStringLiteral("k (11) out of range [0, 10]"));
}

void TestParamSpec::namedArguments()
{
    Result<NamedArguments> a = splitNamedArguments(u"macd:12,26,9");
    QVERIFY(a.ok());
    QCOMPARE(a->name, QStringLiteral("macd"));
    QCOMPARE(a->arguments, (QStringList{"12", "26", "9"}));
    a = splitNamedArguments(u"obv");
    QVERIFY(a->arguments.isEmpty());
    QVERIFY(!splitNamedArguments(u":20").ok());
}

QTEST_GUILESS_MAIN(TestParamSpec)
#include "tst_indicators_params.moc"
