// The undo history's view of a chart edit: range changes are not edits, and each edit is
// named as the Edit menu shows it.

#include "chart/LayoutChange.h"

#include "TestSupport.h"

using namespace rutile;
using namespace rutile::chart;

namespace {

ChartIndicator indicator(const QString &name, ParamValues params, int outputs = 1)
{
    return ChartIndicator {name, std::move(params), std::vector<SeriesStyle>(std::size_t(outputs)), 1.0};
}

Drawing hline(double price)
{
    Drawing d;
    d.kind = DrawingKind::HorizontalLine;
    d.points = {{QDate(2024, 1, 2), price}};
    return d;
}

} // namespace

class TestChartLayoutChange : public QObject {
    Q_OBJECT

private slots:
    void rangeIsNotAnEdit()
    {
        ChartLayout a;
        ChartLayout b = a;
        b.rangePreset.reset();
        b.from = QDate(2020, 1, 1);
        b.to = QDate(2021, 1, 1);
        QVERIFY(sameExceptRange(a, b));
        QCOMPARE(describeLayoutChange(a, b), QString());
        b.logScale = true;
        QVERIFY(!sameExceptRange(a, b));
    }

    void namesEachEdit()
    {
        ChartLayout base;
        base.indicators.push_back(indicator(QStringLiteral("sma"), ParamValues {{QStringLiteral("period"), 50}}));
        base.indicators.push_back(indicator(QStringLiteral("rsi"), ParamValues {}));

        ChartLayout added = base;
        added.indicators.push_back(indicator(QStringLiteral("macd"), ParamValues {}, 3));
        QCOMPARE(describeLayoutChange(base, added), QStringLiteral("Add MACD(12,26,9)"));
        QCOMPARE(describeLayoutChange(added, base), QStringLiteral("Remove MACD(12,26,9)"));

        ChartLayout removedFirst = base;
        removedFirst.indicators.erase(removedFirst.indicators.begin());
        QCOMPARE(describeLayoutChange(base, removedFirst), QStringLiteral("Remove SMA(50)"));

        ChartLayout edited = base;
        edited.indicators[1].params = ParamValues {{QStringLiteral("period"), 7}};
        QCOMPARE(describeLayoutChange(base, edited), QStringLiteral("Edit RSI(7)"));

        ChartLayout resized = base;
        resized.priceHeight = 4.2;
        resized.indicators[1].paneHeight = 0.8;
        QCOMPARE(describeLayoutChange(base, resized), QStringLiteral("Resize Panes"));

        ChartLayout drawn = base;
        drawn.drawings.push_back(hline(100));
        QCOMPARE(describeLayoutChange(base, drawn), QStringLiteral("Draw Horizontal Line"));
        QCOMPARE(describeLayoutChange(drawn, base), QStringLiteral("Delete Horizontal Line"));
        ChartLayout moved = drawn;
        moved.drawings[0].points[0].price = 101;
        QCOMPARE(describeLayoutChange(drawn, moved), QStringLiteral("Move Horizontal Line"));
        ChartLayout recoloured = drawn;
        recoloured.drawings[0].style.color = QStringLiteral("#000000");
        QCOMPARE(describeLayoutChange(drawn, recoloured), QStringLiteral("Edit Horizontal Line"));

        ChartLayout styled = base;
        styled.style = ChartStyle::Line;
        QCOMPARE(describeLayoutChange(base, styled), QStringLiteral("Change Style"));
        ChartLayout weekly = base;
        weekly.timeframe = Timeframe::Weekly;
        QCOMPARE(describeLayoutChange(base, weekly), QStringLiteral("Change Timeframe"));
        ChartLayout noVolume = base;
        noVolume.showVolume = false;
        QCOMPARE(describeLayoutChange(base, noVolume), QStringLiteral("Hide Volume"));
        ChartLayout compared = base;
        compared.compare.symbols = {QStringLiteral("SPX")};
        QCOMPARE(describeLayoutChange(base, compared), QStringLiteral("Compare"));

        ChartLayout both = styled;
        both.logScale = true;
        QCOMPARE(describeLayoutChange(base, both), QStringLiteral("Change Chart"));
    }
};

QTEST_GUILESS_MAIN(TestChartLayoutChange)
#include "tst_chart_layout_change.moc"
