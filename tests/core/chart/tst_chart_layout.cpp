// Chart layouts: JSON round trip, defaults for missing keys, errors that name the bad key,
// and the first bar of each range preset by hand.

#include "TestSupport.h"
#include "TradingDays.h"

#include "chart/ChartLayout.h"
#include "chart/RangePreset.h"

#include <QJsonDocument>
#include <QTest>

using namespace rutile;
using namespace rutile::chart;

namespace {

ChartLayout sampleLayout()
{
    ChartLayout l;
    l.style = ChartStyle::HeikinAshi;
    l.timeframe = Timeframe::Weekly;
    l.logScale = true;
    l.lockY = true;
    l.showVolume = false;
    l.priceHeight = 4.5;
    l.volumeHeight = 0.75;
    l.indicators.push_back({QStringLiteral("sma"), ParamValues {{QStringLiteral("period"), 50}},
        {SeriesStyle {QStringLiteral("#ff8800"), 2.0, LineStyle::Dash}}, 1.0});
    l.indicators.push_back({QStringLiteral("macd"),
        ParamValues {{QStringLiteral("fast"), 8}, {QStringLiteral("slow"), 21}, {QStringLiteral("signal"), 5}},
        {SeriesStyle {}, SeriesStyle {QStringLiteral("#123456"), 1.0, LineStyle::Dot},
            SeriesStyle {QStringLiteral("#abcdef"), 3.0, LineStyle::Solid}},
        1.25});
    l.rangePreset.reset();
    l.from = QDate(2020, 3, 2);
    l.to = QDate(2021, 6, 30);
    l.compare.symbols = {QStringLiteral("SPX"), QStringLiteral("NDX")};
    l.compare.showRatio = false;
    l.compare.correlationWindow = 90;
    l.compare.correlationHeight = 0.5;
    return l;
}


} // namespace

class TestChartLayout : public QObject {
    Q_OBJECT

private slots:
    void roundTripsThroughJson()
    {
        const ChartLayout l = sampleLayout();
        QVERIFY(l.validate().ok());
        const auto back = ChartLayout::fromJsonText(l.toJsonText());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QVERIFY(*back == l);

        ChartLayout withPreset;
        withPreset.rangePreset = RangePreset::YearToDate;
        const auto back2 = ChartLayout::fromJsonText(withPreset.toJsonText());
        QVERIFY(back2.ok());
        QCOMPARE(back2->rangePreset, std::optional<RangePreset>(RangePreset::YearToDate));
        QVERIFY(*back2 == withPreset);
    }

    void missingKeysKeepDefaults()
    {
        const auto l = ChartLayout::fromJsonText("{}");
        QVERIFY(l.ok());
        QVERIFY(*l == ChartLayout());
        QCOMPARE(l->style, ChartStyle::Candles);
        QCOMPARE(l->timeframe, Timeframe::Daily);
        QCOMPARE(l->rangePreset, std::optional<RangePreset>(RangePreset::OneYear));
        QCOMPARE(l->compare.correlationWindow, 60);
    }

    void badLayoutsNameTheProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not JSON") << QByteArray("{\"style\": ") << QString();
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("object");
        QTest::newRow("unknown style") << QByteArray(R"({"style": "renko"})") << QStringLiteral("renko");
        QTest::newRow("unknown timeframe") << QByteArray(R"({"timeframe": "hourly"})") << QStringLiteral("hourly");
        QTest::newRow("wrong type") << QByteArray(R"({"log_scale": "yes"})") << QStringLiteral("log_scale");
        QTest::newRow("newer version") << QByteArray(R"({"version": 99})") << QStringLiteral("99");
        QTest::newRow("unknown indicator")
            << QByteArray(R"({"indicators": [{"name": "zigzag", "outputs": []}]})") << QStringLiteral("zigzag");
        QTest::newRow("parameter out of range")
            << QByteArray(R"({"indicators": [{"name": "sma", "params": {"period": 0}, "outputs": [{}]}]})")
            << QStringLiteral("period (0)");
        QTest::newRow("wrong output count")
            << QByteArray(R"({"indicators": [{"name": "bbands", "outputs": [{}]}]})") << QStringLiteral("bbands");
        QTest::newRow("bad colour") << QByteArray(R"({"indicators": [{"name": "sma", "outputs": [{"color": "red"}]}]})")
                                    << QStringLiteral("'red'");
        QTest::newRow("line too wide") << QByteArray(R"({"indicators": [{"name": "sma", "outputs": [{"width": 40}]}]})")
                                       << QStringLiteral("(40)");
        QTest::newRow("unknown preset") << QByteArray(R"({"range": {"preset": "2W"}})") << QStringLiteral("2W");
        QTest::newRow("bad date") << QByteArray(R"({"range": {"from": "2020-13-01"}})") << QStringLiteral("2020-13-01");
        QTest::newRow("from after to") << QByteArray(R"({"range": {"from": "2021-01-01", "to": "2020-01-01"}})")
                                       << QStringLiteral("after");
        QTest::newRow("window too short") << QByteArray(R"({"compare": {"window": 1}})") << QStringLiteral("(1)");
        QTest::newRow("zero pane height") << QByteArray(R"({"price_height": 0})") << QStringLiteral("price pane");
        // Drawings (chart/Drawing.h).
        QTest::newRow("drawings not an array") << QByteArray(R"({"drawings": {}})") << QStringLiteral("'drawings'");
        QTest::newRow("unknown drawing kind") << QByteArray(R"({"drawings": [{"kind": "pitchfork", "points": []}]})")
                                      << QStringLiteral("pitchfork");
        QTest::newRow("one point for a line")
            << QByteArray(R"({"drawings": [{"kind": "trend_line", "points": [{"date": "2024-01-02", "price": 1}]}]})")
            << QStringLiteral("1 points given, 2 expected");
        QTest::newRow("bad drawing date")
            << QByteArray(R"({"drawings": [{"kind": "horizontal_line", "points": [{"date": "2024-02-30", "price": 1}]}]})")
            << QStringLiteral("2024-02-30");
        QTest::newRow("no price")
            << QByteArray(R"({"drawings": [{"kind": "horizontal_line", "points": [{"date": "2024-02-01"}]}]})")
            << QStringLiteral("finite");
        QTest::newRow("empty note")
            << QByteArray(R"({"drawings": [{"kind": "text", "text": " ", "points": [{"date": "2024-02-01", "price": 1}]}]})")
            << QStringLiteral("1 to 500 characters");
        QTest::newRow("bad drawing colour") << QByteArray(R"({"drawings": [{"kind": "vertical_line", "style": {"color": "blue"},)"
                                                  R"( "points": [{"date": "2024-02-01", "price": 1}]}]})")
                                    << QStringLiteral("'blue'");
        QTest::newRow("second drawing named")
            << QByteArray(R"({"drawings": [{"kind": "vertical_line", "points": [{"date": "2024-02-01", "price": 1}]},)"
                          R"( {"kind": "ray", "points": []}]})")
            << QStringLiteral("drawing 2");
    }

    void badLayoutsNameTheProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const auto l = ChartLayout::fromJsonText(json);
        QVERIFY(!l.ok());
        QCOMPARE(l.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(l.error().message.contains(mentions), qPrintable(l.error().message));
    }

    void namesReadBack()
    {
        for (ChartStyle s : {ChartStyle::Candles, ChartStyle::Ohlc, ChartStyle::Line, ChartStyle::HeikinAshi})
            QCOMPARE(chartStyleFromName(chartStyleName(s)), std::optional<ChartStyle>(s));
        for (RangePreset p : allRangePresets())
            QCOMPARE(rangePresetFromName(rangePresetName(p)), std::optional<RangePreset>(p));
        QCOMPARE(rangePresetFromName(u"ytd"), std::optional<RangePreset>(RangePreset::YearToDate));
        QVERIFY(!chartStyleFromName(u"bars"));
        QVERIFY(isColorText(u"#A0b1C2"));
        QVERIFY(!isColorText(u"#A0b1C"));
        QVERIFY(!isColorText(u"#A0b1CG"));
        QCOMPARE(layoutSettingKey(QStringLiteral("RUT")), QStringLiteral("chart/layout/RUT"));
    }

    void presetFirstBarByHand_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QDate>("firstDate");
        // Weekdays 2023-01-02 .. Fri 2024-03-15.
        QTest::newRow("1M: on or after 2024-02-15") << int(RangePreset::OneMonth) << QDate(2024, 2, 15);
        QTest::newRow("3M: 2023-12-15 (Fri)") << int(RangePreset::ThreeMonths) << QDate(2023, 12, 15);
        QTest::newRow("6M: 2023-09-15 (Fri)") << int(RangePreset::SixMonths) << QDate(2023, 9, 15);
        QTest::newRow("YTD: first bar of 2024") << int(RangePreset::YearToDate) << QDate(2024, 1, 1);
        QTest::newRow("1Y: 2023-03-15 (Wed)") << int(RangePreset::OneYear) << QDate(2023, 3, 15);
        QTest::newRow("5Y: before the data, bar 0") << int(RangePreset::FiveYears) << QDate(2023, 1, 2);
        QTest::newRow("All: bar 0") << int(RangePreset::All) << QDate(2023, 1, 2);
    }

    void presetFirstBarByHand()
    {
        QFETCH(int, preset);
        QFETCH(QDate, firstDate);
        const auto days = test::weekdayNumbers(QDate(2023, 1, 2), QDate(2024, 3, 15));
        const std::size_t i = rangePresetFirstBar(days, RangePreset(preset));
        QVERIFY(i < days.size());
        QCOMPARE(toDate(days[i]), firstDate);
    }

    void presetOnAWeekendStartsOnMonday()
    {
        // Last bar Mon 2024-03-18: 1M back is Sun 2024-02-18, so the first bar is Mon 02-19.
        const auto days = test::weekdayNumbers(QDate(2024, 1, 1), QDate(2024, 3, 18));
        QCOMPARE(toDate(days[rangePresetFirstBar(days, RangePreset::OneMonth)]), QDate(2024, 2, 19));
        QCOMPARE(rangePresetFirstBar({}, RangePreset::OneYear), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestChartLayout)
#include "tst_chart_layout.moc"
