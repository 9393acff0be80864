// Rendered chart pixels: candle colours at their computed positions in both themes and
// every style, the shaded Bollinger band, no weekend gaps, aggregated bars keeping their
// extremes, trade markers and shaded periods, export size and scale.

#include "ChartTestSupport.h"
#include "UiTestSupport.h"
#include "chart/HeikinAshi.h"
#include "chart/PriceChart.h"

#include <QTest>

using namespace rutile;
using namespace rutile::ui;
using rutile::test::describeColor;
using rutile::test::infoFor;
using rutile::test::nearColor;
using rutile::test::over;
using rutile::test::waveSeries;
using rutile::test::zigzagSeries;

namespace {

const indicators::IndicatorDescriptor &descriptor(QStringView name)
{
    return *indicators::IndicatorRegistry::builtIn().find(name);
}

/// How many of the pixels (x, y + dy), dy in [-2, 2], have `colour` (grid lines may cross one).
int matchesAround(const QImage &image, int x, int y, const QColor &colour, int tolerance = 3)
{
    int n = 0;
    for (int dy = -2; dy <= 2; ++dy)
        n += nearColor(image.pixelColor(x, y + dy), colour, tolerance) ? 1 : 0;
    return n;
}

} // namespace

class TestChartRender : public QObject {
    Q_OBJECT

    std::unique_ptr<PriceChart> makeChart(const BarSeries &s, QSize size = QSize(900, 600))
    {
        auto chart = std::make_unique<PriceChart>();
        chart->resize(size);
        chart->show();
        if (!QTest::qWaitForWindowExposed(chart.get()))
            return nullptr;
        chart->setSeries(s, infoFor(s));
        chart->showAll();
        return chart;
    }

private slots:
    void candleColoursAtTheirPixels_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<int>("style");
        for (const QString &theme : QStringList {QStringLiteral("light"), QStringLiteral("dark")}) {
            QTest::addRow("%s candles", qPrintable(theme)) << theme << int(chart::ChartStyle::Candles);
            QTest::addRow("%s heikin-ashi", qPrintable(theme)) << theme << int(chart::ChartStyle::HeikinAshi);
        }
    }

    void candleColoursAtTheirPixels()
    {
        QFETCH(QString, theme);
        QFETCH(int, style);
        auto chart = makeChart(zigzagSeries(60));
        QVERIFY(chart);
        chart->setTheme(*ChartTheme::byName(theme));
        chart->setChartStyle(chart::ChartStyle(style));
        chart->showAll();
        const QImage image = chart->toPixmap().toImage();
        const ChartTheme &t = chart->theme();
        // The background of the plot.
        QVERIFY(nearColor(
            image.pixelColor(chart->priceRect()->rect().center().x(), chart->priceRect()->rect().bottom() - 3),
            t.background, 12));
        // The bars as drawn (Heikin-Ashi transforms them; its arithmetic is tested in core).
        const BarSeries bars
            = style == int(chart::ChartStyle::HeikinAshi) ? chart::heikinAshi(chart->series()) : chart->series();
        int checked = 0;
        for (std::size_t i = 10; i < 50; ++i) {
            const double bodyPixels = std::abs(
                chart->priceAxis()->coordToPixel(bars.open[i]) - chart->priceAxis()->coordToPixel(bars.close[i]));
            if (bodyPixels < 6)
                continue; // too thin to hold an unblended pixel
            const QColor expected = bars.close[i] >= bars.open[i] ? t.up : t.down;
            const int x = int(std::lround(chart->timeAxis()->coordToPixel(double(i))));
            const int y = int(std::lround(chart->priceAxis()->coordToPixel((bars.open[i] + bars.close[i]) / 2)));
            QVERIFY2(nearColor(image.pixelColor(x, y), expected),
                qPrintable(QStringLiteral("bar %1: %2, expected %3")
                               .arg(i)
                               .arg(describeColor(image.pixelColor(x, y)), describeColor(expected))));
            ++checked;
        }
        QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
        rutile::test::maybeSaveShot(chart.get(), QStringLiteral("chartrender-%1-%2").arg(theme).arg(style));
    }

    void lineAndOhlcStylesDrawAtTheirValues()
    {
        auto chart = makeChart(zigzagSeries(60));
        QVERIFY(chart);
        chart->setChartStyle(chart::ChartStyle::Line);
        chart->showAll();
        QVERIFY(chart->closeLine());
        QVERIFY(!chart->candles());
        QImage image = chart->toPixmap().toImage();
        const BarSeries &s = chart->series();
        // The close line passes through each close (antialiased: a near colour).
        for (std::size_t i : {std::size_t(20), std::size_t(21), std::size_t(40)}) {
            const int x = int(std::lround(chart->timeAxis()->coordToPixel(double(i))));
            const int y = int(std::lround(chart->priceAxis()->coordToPixel(s.close[i])));
            QVERIFY2(matchesAround(image, x, y, chart->theme().priceLine, 60) >= 1, qPrintable(QString::number(i)));
        }
        chart->setChartStyle(chart::ChartStyle::Ohlc);
        chart->showAll();
        image = chart->toPixmap().toImage();
        // OHLC bars: the vertical high-low line at the bar's centre in the bar's colour.
        for (std::size_t i : {std::size_t(20), std::size_t(21)}) {
            const int x = int(std::lround(chart->timeAxis()->coordToPixel(double(i))));
            const int y = int(std::lround(chart->priceAxis()->coordToPixel((s.high[i] + s.low[i]) / 2)));
            const QColor expected = s.close[i] >= s.open[i] ? chart->theme().up : chart->theme().down;
            bool found = false;
            for (int dx = -1; dx <= 1; ++dx)
                found = found || nearColor(image.pixelColor(x + dx, y), expected);
            QVERIFY2(found, qPrintable(QString::number(i)));
        }
    }

    void bollingerBandIsShadedBetweenItsLines()
    {
        const BarSeries s = waveSeries(120);
        auto chart = makeChart(s, QSize(1000, 650));
        QVERIFY(chart);
        chart::ChartIndicator bb = chart->defaultIndicator(descriptor(u"bbands"));
        QVERIFY(chart->addIndicator(bb).ok());
        chart->setVisibleRange(QCPRange(59.5, 119.5));
        const QImage image = chart->toPixmap().toImage();
        const indicators::IndicatorResult &r = chart->indicatorResult(0);
        const auto &upper = r.column(u"upper")->values;
        const auto &lower = r.column(u"lower")->values;
        const QColor lineColour(bb.outputs[0].color);
        QColor fill = lineColour;
        fill.setAlpha(chart->theme().bandAlpha);
        const QColor shaded = over(fill, chart->theme().background);
        int inside = 0;
        int outside = 0;
        int samples = 0;
        for (std::size_t i = 70; i < 115; i += 3) {
            // Between two bars (no candle there), a quarter of the way from the upper to the
            // lower band: the fill; 8 px above the upper band: the background.
            const double key = double(i) + 0.5;
            const double up = (upper[i] + upper[i + 1]) / 2;
            const double low = (lower[i] + lower[i + 1]) / 2;
            const int x = int(std::lround(chart->timeAxis()->coordToPixel(key)));
            const int yIn = int(std::lround(chart->priceAxis()->coordToPixel(0.75 * up + 0.25 * low)));
            const int yOut = int(std::lround(chart->priceAxis()->coordToPixel(up))) - 8;
            inside += matchesAround(image, x, yIn, shaded) >= 3 ? 1 : 0;
            outside += matchesAround(image, x, yOut, chart->theme().background) >= 3 ? 1 : 0;
            ++samples;
        }
        QVERIFY2(inside == samples, qPrintable(QStringLiteral("%1 of %2 inside").arg(inside).arg(samples)));
        QVERIFY2(outside >= samples - 1, qPrintable(QStringLiteral("%1 of %2 outside").arg(outside).arg(samples)));
        rutile::test::maybeSaveShot(chart.get(), QStringLiteral("chartrender-bbands"));
    }

    void nothingIsDrawnInWeekendGaps()
    {
        // zigzagSeries: weekdays from Monday 2024-01-01; bars 4 (Fri 5 Jan), 5 (Mon 8 Jan),
        // 6 (Tue 9 Jan).
        auto chart = makeChart(zigzagSeries(20), QSize(900, 600));
        QVERIFY(chart);
        chart->setVisibleRange(QCPRange(-0.5, 11.5));
        const QImage image = chart->toPixmap().toImage();
        const BarSeries &s = chart->series();
        QCOMPARE(s.date(4).dayOfWeek(), 5);
        QCOMPARE(s.date(5).dayOfWeek(), 1);
        const auto x = [&](int bar) { return chart->timeAxis()->coordToPixel(bar); };
        // Friday to Monday is one bar slot, like Monday to Tuesday.
        QVERIFY(std::abs((x(5) - x(4)) - (x(6) - x(5))) < 0.5);
        // The body of each bar, found on its own middle row by walking out from its centre
        // until the background: the empty run between Friday's and Monday's bodies is as wide
        // as between Monday's and Tuesday's.
        const auto body = [&](int bar) {
            const int y = int(std::lround(chart->priceAxis()->coordToPixel((s.open[bar] + s.close[bar]) / 2)));
            const QColor c = s.close[bar] >= s.open[bar] ? chart->theme().up : chart->theme().down;
            int left = int(std::lround(x(bar)));
            int right = left;
            while (nearColor(image.pixelColor(left - 1, y), c, 8))
                --left;
            while (nearColor(image.pixelColor(right + 1, y), c, 8))
                ++right;
            return std::pair {left, right};
        };
        const auto fri = body(4), mon = body(5), tue = body(6);
        QVERIFY(fri.second - fri.first >= 3); // a real body
        const int friToMon = mon.first - fri.second;
        const int monToTue = tue.first - mon.second;
        QVERIFY(friToMon > 1);
        QVERIFY2(std::abs(friToMon - monToTue) <= 1,
            qPrintable(QStringLiteral("Fri-Mon %1 px, Mon-Tue %2 px").arg(friToMon).arg(monToTue)));
        // And nothing but background and grid between Friday's and Monday's bodies.
        const int y = int(std::lround(chart->priceAxis()->coordToPixel(104.5))); // in both bodies
        for (int px = fri.second + 1; px < mon.first; ++px)
            QVERIFY(nearColor(image.pixelColor(px, y), chart->theme().background, 3)
                || nearColor(image.pixelColor(px, y), chart->theme().grid, 3));
    }

    void aggregatedBarsKeepTheirExtremes()
    {
        BarSeries s = waveSeries(200000, 1000, QStringLiteral("LONG"), QDate(1900, 1, 1));
        // One spike in the middle: the highest high of the history.
        const std::size_t spike = 123457;
        s.high[spike] = 1600;
        auto chart = makeChart(s, QSize(1000, 600));
        QVERIFY(chart);
        chart->showAll();
        const QImage image = chart->toPixmap().toImage();
        const int columns = chart->priceRect()->width();
        QVERIFY2(chart->barsPerColumn() == int(std::ceil(chart->visibleRange().size() / columns)),
            qPrintable(QString::number(chart->barsPerColumn())));
        QVERIFY(chart->barsPerColumn() > 100);
        // QCustomPlot holds one candle per bucket, not 200,000.
        QVERIFY(chart->candles()->dataCount() <= columns + 4);
        // The spike's bucket reaches the highest high's pixel row.
        const int top = int(std::lround(chart->priceAxis()->coordToPixel(1600)));
        const double bucketKey
            = (double(spike / std::size_t(chart->barsPerColumn())) + 0.5) * chart->barsPerColumn() - 0.5;
        const int x = int(std::lround(chart->timeAxis()->coordToPixel(bucketKey)));
        bool drawn = false;
        for (int dx = -2; dx <= 2; ++dx) {
            for (int dy = 0; dy <= 2; ++dy)
                drawn = drawn || nearColor(image.pixelColor(x + dx, top + dy), chart->theme().up, 40)
                    || nearColor(image.pixelColor(x + dx, top + dy), chart->theme().down, 40);
        }
        QVERIFY(drawn);
        QVERIFY(chart->priceAxis()->range().upper >= 1600);
        rutile::test::maybeSaveShot(chart.get(), QStringLiteral("chartrender-aggregated"));
    }

    void logarithmicAxisLabelsDecades()
    {
        // Closes from 100 to about 2,000: exp growth.
        BarSeries s;
        s.symbol = QStringLiteral("GROW");
        QDate d(2000, 1, 3);
        for (int i = 0; i < 3000; d = d.addDays(1)) {
            if (d.dayOfWeek() > 5)
                continue;
            const double c = 100 * std::exp(3.0 * i / 3000);
            s.append({toDayNumber(d), c, c * 1.01, c * 0.99, c, c, 1000});
            ++i;
        }
        auto chart = makeChart(s);
        QVERIFY(chart);
        chart->setLogScale(true);
        chart->showAll();
        chart->replot();
        QCOMPARE(chart->priceAxis()->scaleType(), QCPAxis::stLogarithmic);
        const QVector<QString> labels = chart->priceAxis()->tickVectorLabels();
        const QVector<double> ticks = chart->priceAxis()->tickVector();
        QVERIFY2(ticks.contains(1000) && ticks.contains(200),
            qPrintable(QStringList(labels.begin(), labels.end()).join(u' ')));
        // Ticks ascend and are at least a label apart.
        const QFontMetrics fm(chart->priceAxis()->tickLabelFont());
        for (int i = 1; i < ticks.size(); ++i)
            QVERIFY(chart->priceAxis()->coordToPixel(ticks[i - 1]) - chart->priceAxis()->coordToPixel(ticks[i])
                >= fm.height());
    }

    void annotationsAreDrawnWhereTheBacktestPutsThem()
    {
        auto chart = makeChart(zigzagSeries(60));
        QVERIFY(chart);
        chart->setVisibleRange(QCPRange(-0.5, 39.5));
        const BarSeries &s = chart->series();
        TradeMarker buy;
        buy.date = s.date(10);
        buy.price = s.open[10];
        TradeMarker sell;
        sell.date = s.date(20);
        sell.price = s.close[20];
        sell.action = TradeMarker::Action::Exit;
        chart->setTradeMarkers({buy, sell});
        chart->addLevel({130, QStringLiteral("Stop"), QColor(Qt::red), Qt::DashLine});
        chart->addShadedPeriod({s.date(10), s.date(20), QColor(0, 0, 255, 40), QStringLiteral("In trade")});
        const QImage image = chart->toPixmap().toImage();
        rutile::test::maybeSaveShot(chart.get(), QStringLiteral("chartrender-annotations"));
        // The buy arrow: below bar 10's low, filled with the up colour; 5 px gap, 8 px tall.
        const int x10 = int(std::lround(chart->timeAxis()->coordToPixel(10)));
        const int yBuy = int(std::lround(chart->priceAxis()->coordToPixel(s.low[10]))) + 5 + 5;
        QVERIFY2(nearColor(image.pixelColor(x10, yBuy), chart->theme().up, 30),
            describeColor(image.pixelColor(x10, yBuy)).constData());
        QCOMPARE(chart->tradeMarkerAt(QPoint(x10, yBuy)), 0);
        QVERIFY(chart->tradeMarkerToolTip(0).contains(s.date(10).toString(Qt::ISODate)));
        // The sell (long exit) arrow above bar 20's high is hollow: its outline has the down colour.
        const int x20 = int(std::lround(chart->timeAxis()->coordToPixel(20)));
        const int ySell = int(std::lround(chart->priceAxis()->coordToPixel(s.high[20]))) - 5 - 4;
        QCOMPARE(chart->tradeMarkerAt(QPoint(x20, ySell)), 1);
        // The level line at 130, in its colour.
        const int yLevel = int(std::lround(chart->priceAxis()->coordToPixel(130)));
        int red = 0;
        for (int px = x10; px < x10 + 200; ++px) {
            bool hit = false;
            for (int dy = -1; dy <= 1; ++dy) // a 1.2 px pen may straddle two rows
                hit = hit || nearColor(image.pixelColor(px, yLevel + dy), QColor(Qt::red), 80);
            red += hit ? 1 : 0;
        }
        QVERIFY2(red > 50, qPrintable(QString::number(red)));
        // The shaded period between bars 10 and 20 in the volume pane (no candles there, above
        // the bars), and not at bar 30.
        const int yVolume = chart->volumeRect()->rect().top() + 4;
        const QColor shade = over(QColor(0, 0, 255, 40), chart->theme().background);
        const int x15 = int(std::lround(chart->timeAxis()->coordToPixel(15.5)));
        const int x30 = int(std::lround(chart->timeAxis()->coordToPixel(30.5)));
        QVERIFY2(nearColor(image.pixelColor(x15, yVolume), shade, 4),
            describeColor(image.pixelColor(x15, yVolume)).constData());
        QVERIFY(nearColor(image.pixelColor(x30, yVolume), chart->theme().background, 4));
        rutile::test::maybeSaveShot(chart.get(), QStringLiteral("chartrender-annotations"));

        // Rebuilding the panes (another style, an indicator) keeps the annotations, and never
        // touches the items it deleted (regression: stale level items were "removed" again,
        // which QCustomPlot reports as "item not in list" — or deletes a new item that took
        // the freed address).
        static QStringList messages;
        messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { messages << message; });
        chart->setChartStyle(chart::ChartStyle::Ohlc);
        QVERIFY(
            chart->addIndicator(chart->defaultIndicator(*indicators::IndicatorRegistry::builtIn().find(u"rsi"))).ok());
        chart->addLevel({120, QStringLiteral("Target"), QColor(Qt::darkGreen), Qt::DotLine});
        qInstallMessageHandler(previous);
        QVERIFY2(messages.filter(QStringLiteral("not in list")).isEmpty(), qPrintable(messages.join(u'\n')));
        chart->setVisibleRange(QCPRange(-0.5, 39.5));
        QCOMPARE(chart->tradeMarkerAt(QPoint(int(std::lround(chart->timeAxis()->coordToPixel(10))),
                     int(std::lround(chart->priceAxis()->coordToPixel(s.low[10]))) + 10)),
            0);
        QCOMPARE(chart->levels().size(), std::size_t(2));
        chart->clearAnnotations();
        QVERIFY(chart->tradeMarkers().empty());
        QCOMPARE(chart->tradeMarkerAt(QPoint(x10, yBuy)), -1);
        QVERIFY(chart->levels().empty() && chart->shadedPeriods().empty());
    }

    void exportRendersAtTheChosenSizeAndScale()
    {
        auto chart = makeChart(waveSeries(500));
        QVERIFY(chart);
        QVERIFY(chart->addIndicator(chart->defaultIndicator(descriptor(u"rsi"))).ok());
        const QCPRange before = chart->visibleRange();
        const QImage image = chart->renderImage(QSize(800, 500), 2.0);
        QCOMPARE(image.size(), QSize(1600, 1000));
        QCOMPARE(chart->visibleRange(), before);
        // The widget keeps its own size and layout.
        chart->replot();
        QCOMPARE(chart->width(), 900);
        // A corner of the image is the background.
        QVERIFY(nearColor(image.pixelColor(2, 2), chart->theme().background));
        const QString folder = qEnvironmentVariable("RUTILE_UI_SHOTS");
        if (!folder.isEmpty()) {
            for (const QString &theme : QStringList {QStringLiteral("light"), QStringLiteral("dark")}) {
                chart->setTheme(*ChartTheme::byName(theme));
                for (const QSize size : {QSize(640, 400), QSize(1200, 700), QSize(1920, 1080)})
                    chart->renderImage(size, 1.0).save(
                        QDir(folder).filePath(QStringLiteral("chartrender-export-%1-%2x%3.png")
                                                  .arg(theme)
                                                  .arg(size.width())
                                                  .arg(size.height())));
            }
        }
    }
};

QTEST_MAIN(TestChartRender)
#include "tst_chartrender.moc"
