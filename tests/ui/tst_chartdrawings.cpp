// Drawings and the undo history of the chart, driven like a trader: tools armed from the
// tool bar's actions, points placed and dragged with the mouse, Delete, Undo and Redo from
// the Edit menu, a zoom, the log axis, a save and a reload of the workspace, and a PNG.

#include "ChartTestSupport.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "chart/ChartWorkspace.h"
#include "chart/DrawingLayer.h"
#include "chart/PriceChart.h"

#include <QAction>
#include <QTest>
#include <QUndoStack>

using namespace rutile;
using namespace rutile::ui;

namespace {

void sendMouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(w, &e);
}

void click(QWidget *w, QPointF pos)
{
    sendMouse(w, QEvent::MouseMove, pos, Qt::NoButton, Qt::NoButton);
    sendMouse(w, QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton);
    sendMouse(w, QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
}

void drag(QWidget *w, QPointF from, QPointF to)
{
    sendMouse(w, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int step = 1; step <= 4; ++step)
        sendMouse(w, QEvent::MouseMove, from + (to - from) * step / 4.0, Qt::NoButton, Qt::LeftButton);
    sendMouse(w, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

/// The bar index and price at widget pixel `pos` of the price pane, from the axes.
std::pair<std::size_t, double> barAndPrice(const PriceChart &chart, QPointF pos)
{
    return {std::size_t(std::lround(chart.timeAxis()->pixelToCoord(pos.x()))), chart.priceAxis()->pixelToCoord(pos.y())};
}

QAction *action(QWidget &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

} // namespace

class TestChartDrawings : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    void openWindow(MainWindow &window)
    {
        window.setPersistentSettings(false);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(m_path).ok());
        QVERIFY(window.selectSymbol(QStringLiteral("RUT")));
        QCoreApplication::processEvents();
        window.chart()->replot();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        rutile::test::isolateSettings(m_dir);
        m_path = m_dir.filePath(QStringLiteral("drawings.rutile"));
        auto ws = Workspace::open(m_path);
        QVERIFY(ws.ok());
        QVERIFY(rutile::test::storeWaveIndices(**ws));
    }

    void trendLineIsAnchoredToDatesAndPrices()
    {
        std::vector<chart::Drawing> drawn;
        {
            MainWindow window;
            openWindow(window);
            PriceChart *chart = window.chart();
            DrawingLayer *layer = chart->drawingLayer();
            QCOMPARE(layer->count(), 0);
            const QRect r = chart->priceRect()->rect();
            const QPointF a(r.left() + r.width() * 0.25, r.top() + r.height() * 0.7);
            const QPointF b(r.left() + r.width() * 0.6, r.top() + r.height() * 0.3);
            const auto [barA, priceA] = barAndPrice(*chart, a);
            const auto [barB, priceB] = barAndPrice(*chart, b);

            action(window, "draw_trend_line")->trigger();
            QCOMPARE(layer->tool(), std::optional<chart::DrawingKind>(chart::DrawingKind::TrendLine));
            click(chart, a);
            QVERIFY(layer->drawingInProgress());
            click(chart, b);
            QVERIFY(!layer->tool());
            QVERIFY(!action(window, "draw_trend_line")->isChecked());
            QCOMPARE(layer->count(), 1);
            const chart::Drawing line = layer->drawings()[0];
            QCOMPARE(line.kind, chart::DrawingKind::TrendLine);
            QCOMPARE(line.points[0].date, chart->series().date(barA));
            QCOMPARE(line.points[1].date, chart->series().date(barB));
            RUTILE_COMPARE_REL(line.points[0].price, priceA, 1e-12);
            RUTILE_COMPARE_REL(line.points[1].price, priceB, 1e-12);
            QCOMPARE(chart->layout().drawings.size(), std::size_t(1));

            // Zoomed in around the line and on a log axis, each point stays on its bar and price.
            const auto anchored = [&] {
                for (int p = 0; p < 2; ++p) {
                    const QPointF at = layer->pixelOf(0, p);
                    const std::size_t bar = p == 0 ? barA : barB;
                    const double price = line.points[std::size_t(p)].price;
                    if (std::abs(at.x() - chart->timeAxis()->coordToPixel(double(bar))) > 0.01
                        || std::abs(at.y() - chart->priceAxis()->coordToPixel(price)) > 0.01)
                        return false;
                }
                return true;
            };
            chart->zoomBy(0.6, double(barA + barB) / 2);
            chart->replot();
            QVERIFY(anchored());
            chart->setLogScale(true);
            chart->replot();
            QVERIFY(chart->priceAxis()->scaleType() == QCPAxis::stLogarithmic);
            QVERIFY(anchored());

            // The PNG shows it: the drawing's blue at the middle of the line.
            const QPointF mid = (layer->pixelOf(0, 0) + layer->pixelOf(0, 1)) / 2;
            const QImage image = chart->renderImage(chart->size());
            const QColor seen = image.pixelColor(mid.toPoint());
            QVERIFY2(rutile::test::nearColor(seen, QColor(line.style.color), 60), rutile::test::describeColor(seen).constData());
            rutile::test::maybeSaveShot(&window, QStringLiteral("chartdrawings-trendline"));
            window.saveChartLayout();
            drawn = layer->drawings();
        }
        // Saved with RUT's layout: a new window on the workspace shows it again.
        MainWindow window;
        openWindow(window);
        QCOMPARE(window.chart()->drawingLayer()->drawings(), drawn);
        // Another symbol has its own (no) drawings.
        QVERIFY(window.selectSymbol(QStringLiteral("SPX")));
        QCOMPARE(window.chart()->drawingLayer()->count(), 0);
    }

    void selectMoveDeleteUndoRedo()
    {
        MainWindow window;
        openWindow(window);
        PriceChart *chart = window.chart();
        DrawingLayer *layer = chart->drawingLayer();
        QUndoStack *undo = window.chartWorkspace()->undoStack();
        layer->setDrawings({});
        window.chartWorkspace()->resetHistory(); // a start without the saved drawings
        const QRect r = chart->priceRect()->rect();

        // A horizontal line at the middle of the pane, with the magnet on: it snaps to the
        // open, high, low or close of the bar under the click.
        action(window, "drawMagnet")->setChecked(true);
        action(window, "draw_horizontal_line")->trigger();
        const QPointF at(r.center());
        const auto [bar, price] = barAndPrice(*chart, at);
        click(chart, at);
        QCOMPARE(layer->count(), 1);
        const BarSeries &bars = chart->series();
        const double snapped = layer->drawings()[0].points[0].price;
        QVERIFY2(snapped == bars.open[bar] || snapped == bars.high[bar] || snapped == bars.low[bar] || snapped == bars.close[bar],
            qPrintable(QString::number(snapped)));
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Draw Horizontal Line"));
        action(window, "drawMagnet")->setChecked(false);

        // Dragged down by 40 pixels: the price follows the axis.
        const QPointF on(r.left() + r.width() * 0.4, layer->pixelOf(0, 0).y());
        const double target = chart->priceAxis()->pixelToCoord(on.y() + 40);
        drag(chart, on, on + QPointF(0, 40));
        RUTILE_COMPARE_REL(layer->drawings()[0].points[0].price, target, 1e-9);
        QCOMPARE(undo->count(), 2);
        QCOMPARE(undo->undoText(), QStringLiteral("Move Horizontal Line"));

        // Selected by the drag; Delete removes it through the Edit menu's action.
        QCOMPARE(layer->selected(), 0);
        QAction *remove = action(window, "deleteDrawingAction");
        QVERIFY(remove->isEnabled());
        remove->trigger();
        QCOMPARE(layer->count(), 0);
        QVERIFY(!remove->isEnabled());

        // Undo brings it back where it was moved to; undo again puts it at the snapped price;
        // redo twice deletes it again.
        action(window, "undoAction")->trigger();
        QCOMPARE(layer->count(), 1);
        RUTILE_COMPARE_REL(layer->drawings()[0].points[0].price, target, 1e-9);
        action(window, "undoAction")->trigger();
        QCOMPARE(layer->drawings()[0].points[0].price, snapped);
        action(window, "redoAction")->trigger();
        action(window, "redoAction")->trigger();
        QCOMPARE(layer->count(), 0);
        // Zoom and pan are not edits.
        chart->zoomBy(0.5, 300);
        chart->panBy(-20);
        QCOMPARE(undo->count(), 3);
        QVERIFY(!undo->canRedo());
    }

    void undoRestoresARemovedIndicatorAndAStyle()
    {
        MainWindow window;
        openWindow(window);
        PriceChart *chart = window.chart();
        QUndoStack *undo = window.chartWorkspace()->undoStack();
        while (chart->indicatorCount() > 0)
            chart->removeIndicator(0);
        window.chartWorkspace()->resetHistory();
        auto sma = chart->defaultIndicator(*indicators::IndicatorRegistry::builtIn().find(u"sma"));
        sma.params = ParamValues {{QStringLiteral("period"), 50}};
        sma.outputs[0].color = QStringLiteral("#123456");
        QVERIFY(chart->addIndicator(sma).ok());
        QCOMPARE(undo->undoText(), QStringLiteral("Add SMA(50)"));
        chart->removeIndicator(0);
        QCOMPARE(chart->indicatorCount(), 0);
        QCOMPARE(action(window, "undoAction")->text(), QStringLiteral("&Undo Remove SMA(50)"));
        const QCPRange view = chart->visibleRange();
        action(window, "undoAction")->trigger();
        QCOMPARE(chart->indicatorCount(), 1);
        QCOMPARE(chart->indicator(0), sma);
        QCOMPARE(chart->visibleRange(), view); // the view stays
        // The restored indicator is computed again: the same values as a fresh SMA(50).
        const auto &values = chart->indicatorResult(0).columns[0].values;
        double sum = 0;
        const auto &close = chart->series().close;
        for (std::size_t i = close.size() - 50; i < close.size(); ++i)
            sum += close[i];
        RUTILE_COMPARE_REL(values.back(), sum / 50, 1e-12);

        chart->setChartStyle(chart::ChartStyle::Line);
        QCOMPARE(undo->undoText(), QStringLiteral("Change Style"));
        action(window, "undoAction")->trigger();
        QCOMPARE(chart->chartStyle(), chart::ChartStyle::Candles);
        // Another symbol starts a new history.
        QVERIFY(window.selectSymbol(QStringLiteral("SPX")));
        QCOMPARE(undo->count(), 0);
    }

    void everyKindIsDrawn_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }

    void everyKindIsDrawn()
    {
        QFETCH(QSize, size);
        MainWindow window;
        openWindow(window);
        window.resize(size);
        QCoreApplication::processEvents();
        PriceChart *chart = window.chart();
        DrawingLayer *layer = chart->drawingLayer();
        layer->setDrawings({});
        layer->setTextProvider([] { return std::optional<QString>(QStringLiteral("Retest of the breakout")); });
        const QRect r = chart->priceRect()->rect();
        const auto at = [&](double fx, double fy) { return QPointF(r.left() + r.width() * fx, r.top() + r.height() * fy); };
        const std::pair<const char *, std::vector<QPointF>> tools[] = {
            {"draw_trend_line", {at(0.05, 0.8), at(0.3, 0.4)}},
            {"draw_ray", {at(0.35, 0.75), at(0.45, 0.65)}},
            {"draw_horizontal_line", {at(0.5, 0.2)}},
            {"draw_vertical_line", {at(0.62, 0.5)}},
            {"draw_rectangle", {at(0.66, 0.55), at(0.78, 0.75)}},
            {"draw_fibonacci", {at(0.8, 0.9), at(0.95, 0.15)}},
            {"draw_text", {at(0.12, 0.2)}},
        };
        for (const auto &[tool, points] : tools) {
            action(window, tool)->trigger();
            for (const QPointF &p : points)
                click(chart, p);
        }
        QCOMPARE(layer->count(), 7);
        // Each drawing has its colour near its first point in the exported picture.
        const QImage image = chart->renderImage(chart->size());
        for (int i = 0; i < layer->count(); ++i) {
            const QColor colour(layer->drawings()[std::size_t(i)].style.color);
            const QPoint p = layer->pixelOf(i, 0).toPoint();
            bool found = false;
            for (int dy = -6; dy <= 6 && !found; ++dy) {
                for (int dx = -6; dx <= 6 && !found; ++dx)
                    found = rutile::test::nearColor(image.pixelColor(p + QPoint(dx, dy)), colour, 70);
            }
            QVERIFY2(found, qPrintable(chart::drawingKindName(layer->drawings()[std::size_t(i)].kind)));
        }
        layer->select(5);
        rutile::test::maybeSaveShot(&window, QStringLiteral("chartdrawings-all-%1").arg(QTest::currentDataTag()));
    }

    void escapeCancelsAToolAndTextNotesAskForText()
    {
        MainWindow window;
        openWindow(window);
        PriceChart *chart = window.chart();
        DrawingLayer *layer = chart->drawingLayer();
        layer->setDrawings({});
        const QRect r = chart->priceRect()->rect();

        action(window, "draw_fibonacci")->trigger();
        click(chart, r.center());
        QVERIFY(layer->drawingInProgress());
        QTest::keyClick(chart, Qt::Key_Escape);
        QVERIFY(!layer->drawingInProgress());
        QVERIFY(!layer->tool());
        QCOMPARE(layer->count(), 0);

        layer->setTextProvider([] { return std::optional<QString>(QStringLiteral("Earnings gap")); });
        action(window, "draw_text")->trigger();
        click(chart, r.center());
        QCOMPARE(layer->count(), 1);
        QCOMPARE(layer->drawings()[0].text, QStringLiteral("Earnings gap"));
        // Cancelled: no note.
        layer->setTextProvider([] { return std::optional<QString>(); });
        action(window, "draw_text")->trigger();
        click(chart, r.center() + QPoint(50, 0));
        QCOMPARE(layer->count(), 1);
        // Backspace deletes the selected note.
        layer->select(0);
        QTest::keyClick(chart, Qt::Key_Backspace);
        QCOMPARE(layer->count(), 0);
    }
};

QTEST_MAIN(TestChartDrawings)
#include "tst_chartdrawings.moc"
