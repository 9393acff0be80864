// PriceChart: candle and volume pixels, pane layout, zoom and y fitting, date labels.

#include "chart/ChartItems.h"
#include "chart/DateAxisTicker.h"
#include "chart/PriceChart.h"
#include "UiTestSupport.h"

#include <QTest>
#include <QWheelEvent>

using namespace rutile;
using namespace rutile::ui;

namespace {

// 60 weekdays of a rising market: bar i opens at 100 + i; even bars close up by 3, odd
// bars close down by 2. Bar 30 has a tall body for pixel checks.
BarSeries risingSeries()
{
    BarSeries s;
    s.symbol = QStringLiteral("TEST");
    QDate d(2024, 1, 1);
    for (int i = 0; i < 60; d = d.addDays(1)) {
        if (d.dayOfWeek() > 5)
            continue;
        Bar b;
        b.day = toDayNumber(d);
        b.open = 100.0 + i;
        b.close = i % 2 == 0 ? b.open + 3 : b.open - 2;
        if (i == 30)
            b.close = b.open + 12;
        b.high = std::max(b.open, b.close) + 0.5;
        b.low = std::min(b.open, b.close) - 0.5;
        b.adjClose = b.close;
        b.volume = 1000.0 + 10.0 * i;
        s.append(b);
        ++i;
    }
    return s;
}

SymbolInfo infoFor(const BarSeries &s, bool synthetic)
{
    return {
        s.symbol, QStringLiteral("Test series"), synthetic, static_cast<qint64>(s.size()), s.firstDate(), s.lastDate()};
}

bool near(const QColor &a, const QColor &b, int tolerance = 2)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

QColor over(const QColor &top, const QColor &bottom)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * a + bottom.redF() * (1 - a)),
        float(top.greenF() * a + bottom.greenF() * (1 - a)), float(top.blueF() * a + bottom.blueF() * (1 - a)));
}

QByteArray describe(const QColor &c)
{
    return c.name().toLatin1();
}

} // namespace

class TestPriceChart : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<PriceChart> makeChart(bool synthetic = false)
    {
        auto chart = std::make_unique<PriceChart>();
        chart->resize(900, 600);
        chart->show();
        if (!QTest::qWaitForWindowExposed(chart.get()))
            return nullptr;
        const BarSeries s = risingSeries();
        chart->setSeries(s, infoFor(s, synthetic));
        chart->showAll();
        chart->replot();
        return chart;
    }

private slots:
    void candleAndVolumeColoursAtTheirPixels()
    {
        auto chart = makeChart();
        QVERIFY(chart);
        const QImage image = chart->toPixmap().toImage();
        const BarSeries &s = chart->series();
        const ChartTheme &theme = chart->theme();

        // Up candle (bar 30): the middle of its body has the up colour.
        const double x = chart->timeAxis()->coordToPixel(30);
        const double y = chart->priceAxis()->coordToPixel((s.open[30] + s.close[30]) / 2);
        QVERIFY2(
            near(image.pixelColor(int(x), int(y)), theme.up), describe(image.pixelColor(int(x), int(y))).constData());
        // Down candle (bar 31).
        const double x2 = chart->timeAxis()->coordToPixel(31);
        const double y2 = chart->priceAxis()->coordToPixel((s.open[31] + s.close[31]) / 2);
        QVERIFY2(near(image.pixelColor(int(x2), int(y2)), theme.down),
            describe(image.pixelColor(int(x2), int(y2))).constData());

        // Volume bars share the direction colours, translucent over the background (a grid
        // line may cross a bar, so one of a few pixels across the bar must match).
        const auto volumePixelMatches = [&](int bar, const QColor &colour) {
            const double cx = chart->volumeRect()->axis(QCPAxis::atBottom)->coordToPixel(bar);
            const double cy = chart->volumeAxis()->coordToPixel(s.volume[static_cast<std::size_t>(bar)] / 2);
            for (int dx = -2; dx <= 2; ++dx) {
                if (near(image.pixelColor(int(cx) + dx, int(cy)), over(colour, theme.background)))
                    return true;
            }
            return false;
        };
        QVERIFY(volumePixelMatches(30, theme.upVolume()));
        QVERIFY(volumePixelMatches(31, theme.downVolume()));
        QVERIFY(!volumePixelMatches(31, theme.upVolume()));
        rutile::test::maybeSaveShot(chart.get(), QStringLiteral("pricechart-test"));
    }

    void lastValueTagsOnThePriceAndOscillatorAxes()
    {
        auto chart = makeChart();
        QVERIFY(chart);
        const BarSeries &s = chart->series();
        const std::size_t n = s.size();
        QVERIFY(n > 20);
        QVERIFY(chart->addIndicator(chart->defaultIndicator(*indicators::IndicatorRegistry::builtIn().find(u"rsi"))).ok());
        chart->replot();
        const LastValueTag *price = chart->pane(0).lastTag;
        QVERIFY(price);
        QCOMPARE(price->value(), s.close[n - 1]);
        QCOMPARE(price->text(), QLocale().toString(s.close[n - 1], 'f', 2));
        const QColor expected = s.close[n - 1] >= s.close[n - 2] ? chart->theme().up : chart->theme().down;
        QCOMPARE(price->fill(), expected);
        // Drawn beside the price axis, in its colour.
        const QRectF tag = price->tagRect();
        QVERIFY(!tag.isEmpty());
        QVERIFY(tag.left() >= chart->priceRect()->rect().right());
        const QImage image = chart->toPixmap().toImage();
        QVERIFY2(near(image.pixelColor(QPoint(int(tag.left()) + 2, int(tag.center().y()))), expected, 3),
            describe(image.pixelColor(QPoint(int(tag.left()) + 2, int(tag.center().y())))).constData());

        // The RSI pane's tag: the last RSI value, coloured by its own direction.
        int rsiPane = -1;
        for (int i = 0; i < chart->paneCount(); ++i) {
            if (chart->pane(i).kind == ChartPane::Kind::Indicator)
                rsiPane = i;
        }
        QVERIFY(rsiPane > 0);
        const auto &rsi = chart->indicatorResult(0).columns[0].values;
        const LastValueTag *oscillator = chart->pane(rsiPane).lastTag;
        QVERIFY(oscillator);
        QCOMPARE(oscillator->value(), rsi[n - 1]);
        QCOMPARE(oscillator->fill(), rsi[n - 1] >= rsi[n - 2] ? chart->theme().up : chart->theme().down);
        // No tag on the volume pane.
        QVERIFY(!chart->pane(1).lastTag);
    }

    void pricePaneKeepsHalfTheHeightAsPanesAreAdded()
    {
        auto chart = makeChart();
        QVERIFY(chart);
        chart->resize(1000, 800); // the chart of a 1280×800 screen less menus and tool bar is ~700
        const auto &registry = indicators::IndicatorRegistry::builtIn();
        for (const char *name : {"rsi", "macd", "stoch", "atr", "adx", "cci"}) {
            const auto *d = registry.find(QString::fromLatin1(name));
            QVERIFY2(d, name);
            QVERIFY(chart->addIndicator(chart->defaultIndicator(*d)).ok());
        }
        QCOMPARE(chart->paneCount(), 8); // price, volume, six oscillators
        chart->replot();
        int total = 0;
        for (int i = 0; i < chart->paneCount(); ++i)
            total += chart->pane(i).rect->rect().height();
        const int price = chart->pane(0).rect->rect().height();
        QStringList heights;
        for (int i = 0; i < chart->paneCount(); ++i)
            heights << QString::number(chart->pane(i).rect->rect().height()) + u'/' + QString::number(chart->paneHeight(i));
        // Heights of the panes' plotting areas: the bottom pane's date labels are not pane.
        QVERIFY2(price * 2 >= total - 4, qPrintable(heights.join(u' ')));
        // The others share the rest alike.
        QVERIFY(std::abs(chart->pane(2).rect->rect().height() - chart->pane(6).rect->rect().height()) <= 2);
    }

    void noVolumeNoVolumePaneAndZoomedOutVolumeReadsPerDay()
    {
        auto chart = makeChart();
        QVERIFY(chart);
        QCOMPARE(chart->paneCount(), 2);
        // An index without volume (VIX): no volume pane, but the layout keeps the choice.
        BarSeries vix = risingSeries();
        std::fill(vix.volume.begin(), vix.volume.end(), 0.0);
        chart->setSeries(vix, infoFor(vix, false));
        QCOMPARE(chart->paneCount(), 1);
        QVERIFY(!chart->volumeRect());
        QVERIFY(chart->layout().showVolume);
        QVERIFY(!chart->hasVolume());

        // Five thousand days of 1,000 shares each, all in view (several days per pixel
        // column): the volume axis still reads about 1,000, not the sum of a column's days.
        BarSeries many;
        QDate d(2000, 1, 3);
        for (int i = 0; i < 5000; d = d.addDays(1)) {
            if (d.dayOfWeek() > 5)
                continue;
            many.append(Bar {toDayNumber(d), 100.0 + i % 7, 104.0 + i % 7, 98.0 + i % 7, 101.0 + i % 7, 101.0, 1000.0});
            ++i;
        }
        chart->setSeries(many, infoFor(many, false));
        QCOMPARE(chart->paneCount(), 2);
        chart->showAll();
        chart->replot();
        QVERIFY2(chart->barsPerColumn() > 1, qPrintable(QString::number(chart->barsPerColumn())));
        const QCPRange volumeRange = chart->volumeAxis()->range();
        QVERIFY2(volumeRange.upper >= 1000 && volumeRange.upper < 1300, qPrintable(QString::number(volumeRange.upper)));
    }

    void volumePaneIsBelowThePricePaneAndAligned()
    {
        auto chart = makeChart();
        QVERIFY(chart);
        const QRect price = chart->priceRect()->rect();
        const QRect volume = chart->volumeRect()->rect();
        QVERIFY(volume.top() >= price.bottom());
        QVERIFY(price.height() > 2 * volume.height());
        QCOMPARE(volume.left(), price.left());
        QCOMPARE(volume.right(), price.right());
        QCOMPARE(chart->volumeRect()->axis(QCPAxis::atBottom)->range(), chart->timeAxis()->range());
    }

    void wheelZoomsAroundTheCursor()
    {
        auto chart = makeChart();
        QVERIFY(chart);
        const QCPRange before = chart->visibleRange();
        const QPointF pos(chart->timeAxis()->coordToPixel(40), chart->priceRect()->rect().center().y());
        const double keyUnderCursor = chart->timeAxis()->pixelToCoord(pos.x());

        QWheelEvent wheel(pos, chart->mapToGlobal(pos), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(chart.get(), &wheel);

        const QCPRange after = chart->visibleRange();
        QVERIFY2(after.size() < before.size() * 0.95, qPrintable(QString::number(after.size())));
        QVERIFY(std::abs(chart->timeAxis()->pixelToCoord(pos.x()) - keyUnderCursor) < 0.25);
        // Both panes follow.
        QCOMPARE(chart->volumeRect()->axis(QCPAxis::atBottom)->range(), after);

        // Zooming in stops at a minimum span; zooming out at the data plus a small margin.
        for (int i = 0; i < 40; ++i)
            QCoreApplication::sendEvent(chart.get(), &wheel);
        QVERIFY(chart->visibleRange().size() >= 9.99);
        QWheelEvent out(pos, chart->mapToGlobal(pos), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        for (int i = 0; i < 60; ++i)
            QCoreApplication::sendEvent(chart.get(), &out);
        QVERIFY(chart->visibleRange().lower >= -6);
        QVERIFY(chart->visibleRange().upper <= double(chart->series().size()) + 5);
    }

    void valueAxesFitTheVisibleBars()
    {
        auto chart = makeChart();
        QVERIFY(chart);
        const BarSeries &s = chart->series();
        chart->setVisibleRange(QCPRange(-0.5, 10.5));
        double low = 1e9, high = -1e9, volume = 0;
        for (int i = 0; i <= 10; ++i) {
            low = std::min(low, s.low[i]);
            high = std::max(high, s.high[i]);
            volume = std::max(volume, s.volume[i]);
        }
        const QCPRange price = chart->priceAxis()->range();
        QVERIFY(price.lower <= low && price.lower > low - 0.1 * (high - low));
        QVERIFY(price.upper >= high && price.upper < high + 0.3 * (high - low));
        QVERIFY(price.upper < s.high.back()); // later, higher bars do not stretch the axis
        QVERIFY(chart->volumeAxis()->range().upper >= volume);
        QVERIFY(chart->volumeAxis()->range().upper < volume * 1.2);
        QCOMPARE(chart->volumeAxis()->range().lower, 0.0);
    }

    void dateLabelsNeverOverlap()
    {
        auto chart = makeChart();
        QVERIFY(chart);
        // A long daily history so that every period gets used.
        BarSeries s;
        s.symbol = QStringLiteral("LONG");
        for (QDate d(1990, 1, 1); d < QDate(2024, 1, 1); d = d.addDays(1)) {
            if (d.dayOfWeek() <= 5)
                s.append({toDayNumber(d), 100, 101, 99, 100.5, 100.5, 1000});
        }
        const double n = double(s.size());
        chart->setSeries(s, infoFor(s, false));
        QCPAxis *axis = chart->volumeRect()->axis(QCPAxis::atBottom);
        const QFontMetrics metrics(axis->tickLabelFont());
        for (int width : {500, 900, 1600}) {
            chart->resize(width, 500);
            QCoreApplication::processEvents();
            for (double span : {n, 4000.0, 1000.0, 250.0, 60.0, 12.0}) {
                chart->setVisibleRange(QCPRange(n - span, n));
                chart->replot();
                const QVector<double> ticks = axis->tickVector();
                const QVector<QString> labels = axis->tickVectorLabels();
                QVERIFY2(ticks.size() >= 2, qPrintable(QStringLiteral("width %1 span %2").arg(width).arg(span)));
                for (int k = 0; k + 1 < ticks.size(); ++k) {
                    const double gap = axis->coordToPixel(ticks[k + 1]) - axis->coordToPixel(ticks[k]);
                    const double needed
                        = (metrics.horizontalAdvance(labels[k]) + metrics.horizontalAdvance(labels[k + 1])) / 2.0 + 4;
                    QVERIFY2(gap >= needed,
                        qPrintable(QStringLiteral("width %1 span %2: '%3' and '%4' are %5 px apart")
                                       .arg(width)
                                       .arg(span)
                                       .arg(labels[k], labels[k + 1])
                                       .arg(gap)));
                }
            }
        }
    }

    void syntheticDataIsLabelled()
    {
        auto chart = makeChart(true);
        QVERIFY(chart);
        QVERIFY(chart->isSynthetic());
        QVERIFY(chart->syntheticBanner()->visible());
        QVERIFY(chart->syntheticBanner()->text().contains(QStringLiteral("SYNTHETIC DATA")));
        // The banner is drawn: its background colour appears inside the price pane's top.
        const QImage image = chart->toPixmap().toImage();
        const QPointF topRight = chart->syntheticBanner()->topRight->pixelPosition();
        const QPoint inside = (topRight + QPointF(-4, 4)).toPoint();
        QVERIFY2(near(image.pixelColor(inside), chart->theme().bannerBackground),
            describe(image.pixelColor(inside)).constData());

        const BarSeries s = risingSeries();
        chart->setSeries(s, infoFor(s, false));
        QVERIFY(!chart->syntheticBanner()->visible());
    }

    void clearedChartShowsNoBars()
    {
        auto chart = makeChart();
        QVERIFY(chart);
        chart->clearSeries();
        QVERIFY(chart->series().empty());
        QCOMPARE(chart->candles()->dataCount(), 0);
        QVERIFY(!chart->syntheticBanner()->visible());
    }
};

QTEST_MAIN(TestPriceChart)
#include "tst_pricechart.moc"
