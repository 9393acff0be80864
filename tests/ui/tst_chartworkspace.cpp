// The chart in the main window: layouts saved per symbol in the workspace and restored on
// reopen, compare mode through the workspace, PNG export at a size and scale, CSV export of
// the visible range with the CLI's column names.

#include "ChartTestSupport.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "chart/ChartItems.h"
#include "chart/ChartWorkspace.h"
#include "chart/CompareDialog.h"
#include "chart/CompareSeries.h"
#include "chart/PriceChart.h"
#include "chart/RangePreset.h"
#include "report/IndicatorCsvWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QSpinBox>
#include <QToolButton>
#include <QTest>

using namespace rutile;
using namespace rutile::ui;

namespace {

const indicators::IndicatorDescriptor &descriptor(QStringView name)
{
    return *indicators::IndicatorRegistry::builtIn().find(name);
}

QStringList readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestChartWorkspace : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        rutile::test::isolateSettings(m_dir);
        m_path = m_dir.filePath(QStringLiteral("chart.rutile"));
        auto ws = Workspace::open(m_path);
        QVERIFY(ws.ok());
        // Two symbols on the same weekdays, and a third with a shorter history.
        QVERIFY(rutile::test::storeWaveIndices(**ws));
        QVERIFY((*ws)
                    ->storeSeries(
                        rutile::test::waveSeries(300, 50, QStringLiteral("IWM"), QDate(2001, 1, 1)), {QString(), false})
                    .ok());
    }

    void layoutIsSavedPerSymbolAndRestoredOnReopen()
    {
        chart::ChartIndicator sma;
        {
            MainWindow window;
            window.setPersistentSettings(false);
            window.resize(1200, 800);
            QVERIFY(window.openWorkspace(m_path).ok());
            QVERIFY(window.selectSymbol(QStringLiteral("RUT")));
            PriceChart *chart = window.chart();
            sma = chart->defaultIndicator(descriptor(u"sma"));
            sma.params = ParamValues {{QStringLiteral("period"), 50}};
            sma.outputs[0] = {QStringLiteral("#ff00aa"), 2.5, chart::LineStyle::Dash};
            QVERIFY(chart->addIndicator(sma).ok());
            QVERIFY(chart->addIndicator(chart->defaultIndicator(descriptor(u"rsi"))).ok());
            chart->setChartStyle(chart::ChartStyle::Ohlc);
            chart->setLogScale(true);
            chart->showPreset(chart::RangePreset::ThreeMonths);

            // Another symbol starts from the layout on screen, at the default range.
            QVERIFY(window.selectSymbol(QStringLiteral("SPX")));
            QCOMPARE(chart->indicatorCount(), 2);
            QCOMPARE(chart->chartStyle(), chart::ChartStyle::Ohlc);
            QCOMPARE(chart->activePreset(), std::optional<chart::RangePreset>(chart::RangePreset::OneYear));
            chart->removeIndicator(1);
            chart->setChartStyle(chart::ChartStyle::Line);
            chart->setVisibleRange(QCPRange(99.5, 199.5));

            // Back to RUT: its own layout.
            QVERIFY(window.selectSymbol(QStringLiteral("RUT")));
            QCOMPARE(chart->chartStyle(), chart::ChartStyle::Ohlc);
            QCOMPARE(chart->indicatorCount(), 2);
            QCOMPARE(chart->activePreset(), std::optional<chart::RangePreset>(chart::RangePreset::ThreeMonths));
            window.saveChartLayout();
        }
        // The workspace holds the layouts as JSON under chart/layout/<SYMBOL>.
        {
            auto ws = Workspace::open(m_path);
            QVERIFY(ws.ok());
            const auto text = (*ws)->setting(chart::layoutSettingKey(QStringLiteral("SPX")));
            QVERIFY(text.has_value());
            const auto spx = chart::ChartLayout::fromJsonText(text->toUtf8());
            QVERIFY(spx.ok());
            QCOMPARE(spx->style, chart::ChartStyle::Line);
            QVERIFY(!spx->rangePreset);
            const BarSeries bars = *(*ws)->readBars(QStringLiteral("SPX"));
            QCOMPARE(spx->from, bars.date(100));
            QCOMPARE(spx->to, bars.date(199));
        }
        // Reopened: the layout comes back with parameters and pens.
        MainWindow window;
        window.setPersistentSettings(false);
        window.resize(1200, 800);
        QVERIFY(window.openWorkspace(m_path).ok());
        QVERIFY(window.selectSymbol(QStringLiteral("RUT")));
        PriceChart *chart = window.chart();
        QCOMPARE(chart->chartStyle(), chart::ChartStyle::Ohlc);
        QVERIFY(chart->logScale());
        QCOMPARE(chart->indicatorCount(), 2);
        QCOMPARE(chart->indicator(0), sma);
        QCOMPARE(chart->indicator(1).name, QStringLiteral("rsi"));
        QCOMPARE(chart->paneCount(), 3);
        QCOMPARE(chart->activePreset(), std::optional<chart::RangePreset>(chart::RangePreset::ThreeMonths));
        QVERIFY(window.selectSymbol(QStringLiteral("SPX")));
        QCOMPARE(chart->visibleBars(), (std::pair<std::size_t, std::size_t>(100, 200)));
    }

    void compareModeThroughTheDialogAndTheWorkspace()
    {
        MainWindow window;
        window.setPersistentSettings(false);
        window.resize(1200, 800);
        QVERIFY(window.openWorkspace(m_path).ok());
        QVERIFY(window.selectSymbol(QStringLiteral("RUT")));
        ChartWorkspace *workspace = window.chartWorkspace();
        PriceChart *chart = window.chart();

        // The dialog offers the other symbols.
        CompareDialog dialog;
        dialog.setChoices({QStringLiteral("IWM"), QStringLiteral("SPX")}, chart->compareSettings());
        QCOMPARE(dialog.symbolList()->count(), 2);
        dialog.symbolList()->item(1)->setCheckState(Qt::Checked); // SPX
        dialog.windowBox()->setValue(20);
        const chart::CompareSettings settings = dialog.settings();
        QCOMPARE(settings.symbols, QStringList {QStringLiteral("SPX")});
        QCOMPARE(settings.correlationWindow, 20);

        QVERIFY(workspace->setCompare(settings).ok());
        QVERIFY(chart->compareMode());
        // Price, volume, ratio and correlation panes (the layout's RSI stays too).
        QVector<ChartPane::Kind> kinds;
        for (int i = 0; i < chart->paneCount(); ++i)
            kinds << chart->pane(i).kind;
        QVERIFY(kinds.contains(ChartPane::Kind::Ratio));
        QVERIFY(kinds.contains(ChartPane::Kind::Correlation));
        // Rebased to 100 at the first visible bar: the primary's readout there says 100.
        const auto [first, last] = chart->visibleBars();
        QVERIFY(first < last);
        chart->setCrosshairBar(first);
        QVERIFY2(chart->legendText(0).contains(QStringLiteral("rebased ") + QLocale().toString(100.0, 'f', 2)),
            qPrintable(chart->legendText(0)));
        // SPX at the same bar is 100 as well, and the ratio pane reads RUT/SPX.
        QVERIFY2(chart->legendText(0).contains(QStringLiteral("SPX  ") + QLocale().toString(100.0, 'f', 2)),
            qPrintable(chart->legendText(0)));
        const BarSeries rut = chart->series();
        const auto spx = window.workspace()->readBars(QStringLiteral("SPX"));
        const double ratio = rut.close[first] / spx->close[first];
        for (int i = 0; i < chart->paneCount(); ++i) {
            if (chart->pane(i).kind == ChartPane::Kind::Ratio)
                QVERIFY2(
                    chart->legendText(i).contains(QLocale().toString(ratio, 'g', 5)), qPrintable(chart->legendText(i)));
            if (chart->pane(i).kind == ChartPane::Kind::Correlation) {
                QVERIFY2(chart->legendText(i).contains(QStringLiteral("(20)")), qPrintable(chart->legendText(i)));
                // Fitted to the visible correlations.
                const auto [cf, cl] = chart->visibleBars();
                double lo = 1, hi = -1;
                const auto c = chart::rollingReturnCorrelation(rut.close, chart::alignCloses(rut.day, *spx), 20);
                for (std::size_t b = cf; b < cl; ++b) {
                    if (!std::isnan((*c)[b])) {
                        lo = std::min(lo, (*c)[b]);
                        hi = std::max(hi, (*c)[b]);
                    }
                }
                QVERIFY(lo <= hi);
                QVERIFY(chart->pane(i).valueAxis()->range().lower <= lo);
                QVERIFY(chart->pane(i).valueAxis()->range().upper >= hi);
                QVERIFY(chart->pane(i).valueAxis()->range().size() < 2 * (hi - lo) + 0.5);
            }
        }
        // An unknown symbol is reported, the known ones are shown.
        chart::CompareSettings withUnknown = settings;
        withUnknown.symbols << QStringLiteral("NOPE");
        const Status s = workspace->setCompare(withUnknown);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("NOPE")));
        QCOMPARE(chart->compareSettings().symbols, QStringList {QStringLiteral("SPX")});
        // The layout keeps compare mode; leaving it removes the panes.
        QCOMPARE(chart->layout().compare.symbols, QStringList {QStringLiteral("SPX")});
        QVERIFY(workspace->setCompare({}).ok());
        QVERIFY(!chart->compareMode());
        rutile::test::maybeSaveShot(&window, QStringLiteral("chartworkspace-compare"));
    }

    void goToDateTakesATypedYear()
    {
        MainWindow window;
        window.setPersistentSettings(false);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(m_path).ok());
        QVERIFY(window.selectSymbol(QStringLiteral("RUT")));
        PriceChart *chart = window.chart();
        auto *edit = window.chartWorkspace()->findChild<QLineEdit *>(QStringLiteral("jumpDate"));
        QVERIFY(edit);
        // The data run from 2000-01-03 to 2002-04-19; the view opens on the last year.
        QCOMPARE(edit->text(), QStringLiteral("2002-04-19"));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("2000-03-16"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(edit->text(), QStringLiteral("2000-03-16"));
        const auto [first, last] = chart->visibleBars();
        const std::size_t target = chart->series().lowerBound(toDayNumber(QDate(2000, 3, 16)));
        QVERIFY2(first <= target && target < last,
            qPrintable(chart->series().date(first).toString(Qt::ISODate) + u' ' + chart->series().date(last - 1).toString(Qt::ISODate)));
        QCOMPARE(chart->crosshairBar(), std::optional<std::size_t>(target));
        // Digits without the dashes, as a trader types fast: the mask puts them in place.
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("20010615"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(chart->crosshairBar(), std::optional<std::size_t>(chart->series().lowerBound(toDayNumber(QDate(2001, 6, 15)))));
        // A date that is no date is marked and changes nothing.
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("2001-02-30"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(edit->styleSheet().contains(QStringLiteral("color")));
        QCOMPARE(chart->crosshairBar(), std::optional<std::size_t>(chart->series().lowerBound(toDayNumber(QDate(2001, 6, 15)))));
    }

    void compareModeColoursAndRebasing()
    {
        MainWindow window;
        window.setPersistentSettings(false);
        window.resize(1280, 800);
        QVERIFY(window.openWorkspace(m_path).ok());
        QVERIFY(window.selectSymbol(QStringLiteral("RUT")));
        PriceChart *chart = window.chart();
        QVERIFY(chart->applyLayout(chart::ChartLayout {}).ok());
        // Overlays in the palette's first colours, as a trader adds them.
        for (const char *name : {"sma", "ema", "bbands"}) {
            auto ind = chart->defaultIndicator(descriptor(QString::fromLatin1(name)));
            QVERIFY(chart->addIndicator(ind).ok());
        }
        QVERIFY(window.chartWorkspace()->setCompare(chart::CompareSettings {{QStringLiteral("SPX"), QStringLiteral("IWM")}}).ok());
        // Each compare line has a colour of its own, far from every pen in the price pane.
        QList<QColor> pens {chart->theme().up, chart->theme().down, chart->theme().priceLine};
        for (int i = 0; i < chart->indicatorCount(); ++i) {
            for (const auto &out : chart->indicator(i).outputs)
                pens << QColor(out.color);
        }
        const auto distance = [](const QColor &a, const QColor &b) {
            return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
        };
        QList<QColor> compareColours;
        for (int i = 0; i < chart->paneCount(); ++i) {
            if (chart->pane(i).kind != ChartPane::Kind::Price)
                continue;
            for (const LegendRow &row : chart->pane(i).legend->rows()) {
                if (row.parts.front().text == QStringLiteral("SPX") || row.parts.front().text == QStringLiteral("IWM"))
                    compareColours << row.parts.front().color;
            }
        }
        QCOMPARE(compareColours.size(), 2);
        QVERIFY(distance(compareColours[0], compareColours[1]) > 60);
        for (const QColor &c : compareColours) {
            for (const QColor &pen : pens)
                QVERIFY2(distance(c, pen) > 60, qPrintable(c.name() + QStringLiteral(" near ") + pen.name()));
        }

        // "All": rebased at the first bar, so the readout there says 100; the overlays' values
        // are rebased with the price (SMA(20) at a bar is the mean of the rebased closes).
        chart->showPreset(chart::RangePreset::All);
        chart->setCrosshairBar(0);
        QVERIFY2(chart->legendText(0).contains(QStringLiteral("rebased ") + QLocale().toString(100.0, 'f', 2)),
            qPrintable(chart->legendText(0)));
        const std::size_t bar = 100;
        chart->setCrosshairBar(bar);
        const BarSeries &rut = chart->series();
        double sum = 0;
        for (std::size_t i = bar - 19; i <= bar; ++i)
            sum += rut.close[i];
        const double rebasedSma = sum / 20 * 100 / rut.close[0];
        QVERIFY2(chart->legendText(0).contains(QLocale().toString(rebasedSma, 'f', 2)), qPrintable(chart->legendText(0)));
    }

    void timeframeFromTheToolBarResamplesBarsAndIndicators()
    {
        const QString path = m_dir.filePath(QStringLiteral("timeframe.rutile"));
        QVERIFY(QFile::copy(m_path, path));
        BarSeries weekly;
        {
            MainWindow window;
            window.setPersistentSettings(false);
            window.resize(1200, 800);
            QVERIFY(window.openWorkspace(path).ok());
            QVERIFY(window.selectSymbol(QStringLiteral("SPX")));
            ChartWorkspace *workspace = window.chartWorkspace();
            PriceChart *chart = window.chart();
            QVERIFY(chart->applyLayout(chart::ChartLayout {}).ok());
            auto sma = chart->defaultIndicator(descriptor(u"sma"));
            sma.params = ParamValues {{QStringLiteral("period"), 10}};
            QVERIFY(chart->addIndicator(sma).ok());
            const BarSeries daily = chart->series();
            QCOMPARE(daily.size(), std::size_t(600));

            // The range buttons say what they show in words, each its own (not "the last 1M").
            QSet<QString> tips;
            for (chart::RangePreset preset : chart::allRangePresets()) {
                auto *button = workspace->findChild<QToolButton *>(QStringLiteral("range_") + chart::rangePresetName(preset));
                QVERIFY(button && !button->toolTip().isEmpty());
                tips.insert(button->toolTip());
            }
            QCOMPARE(tips.size(), qsizetype(chart::allRangePresets().size()));
            QVERIFY(tips.contains(QStringLiteral("Show the last month")));

            // The tool bar's box, driven by the keyboard: Daily → Weekly.
            QComboBox *box = workspace->timeframeBox();
            QCOMPARE(box->currentData().toInt(), int(Timeframe::Daily));
            box->setFocus();
            QTest::keyClick(box, Qt::Key_Down);
            QCOMPARE(chart->timeframe(), Timeframe::Weekly);
            weekly = chart->series();
            // 600 weekdays are 120 whole weeks; each weekly close is a Friday's daily close.
            QCOMPARE(weekly.size(), std::size_t(120));
            QCOMPARE(weekly.close.back(), daily.close.back());
            QCOMPARE(weekly.date(0).dayOfWeek(), 5);
            QCOMPARE(weekly.close[0], daily.close[daily.lowerBound(weekly.day[0])]);
            QCOMPARE(chart->dailySeries().size(), std::size_t(600));
            // SMA(10) now means ten weeks.
            const auto &values = chart->indicatorResult(0).columns[0].values;
            QCOMPARE(values.size(), std::size_t(120));
            double sum = 0;
            for (std::size_t i = 110; i < 120; ++i)
                sum += weekly.close[i];
            RUTILE_COMPARE_REL(values.back(), sum / 10, 1e-12);
            QVERIFY(std::isnan(values[8]) && !std::isnan(values[9]));
            // The view keeps its preset: the last year is the last 52 or 53 weeks.
            QCOMPARE(chart->activePreset(), std::optional<chart::RangePreset>(chart::RangePreset::OneYear));
            const auto [first, last] = chart->visibleBars();
            QCOMPARE(last, std::size_t(120));
            QVERIFY2(last - first >= 52 && last - first <= 54, qPrintable(QString::number(last - first)));

            // Compare mode follows: SPX's own weekly closes against RUT's weekly bars.
            QVERIFY(window.selectSymbol(QStringLiteral("RUT")));
            QCOMPARE(chart->timeframe(), Timeframe::Daily); // RUT's own saved layout
            box->setFocus();
            QTest::keyClick(box, Qt::Key_Down);
            QCOMPARE(chart->timeframe(), Timeframe::Weekly);
            QVERIFY(workspace->setCompare(chart::CompareSettings {{QStringLiteral("SPX")}}).ok());
            chart->setCrosshairBar(chart->series().size() - 1);
            const double ratio = chart->series().close.back() / weekly.close.back();
            bool found = false;
            for (int i = 0; i < chart->paneCount(); ++i) {
                if (chart->pane(i).kind == ChartPane::Kind::Ratio) {
                    found = true;
                    QVERIFY2(chart->legendText(i).contains(QLocale().toString(ratio, 'g', 5)),
                        qPrintable(chart->legendText(i)));
                }
            }
            QVERIFY(found);
            box->setFocus();
            QTest::keyClick(box, Qt::Key_Down);
            QCOMPARE(chart->timeframe(), Timeframe::Monthly);
            QVERIFY(chart->compareMode());
            QVERIFY(chart->series().size() >= 27 && chart->series().size() <= 29);
            window.saveChartLayout();
        }
        // Saved in the layout and restored with the symbol.
        MainWindow window;
        window.setPersistentSettings(false);
        window.resize(1200, 800);
        QVERIFY(window.openWorkspace(path).ok());
        QVERIFY(window.selectSymbol(QStringLiteral("SPX")));
        QCOMPARE(window.chart()->timeframe(), Timeframe::Weekly);
        QCOMPARE(window.chart()->series().close, weekly.close);
        QCOMPARE(window.chartWorkspace()->timeframeBox()->currentData().toInt(), int(Timeframe::Weekly));
        QVERIFY(window.selectSymbol(QStringLiteral("RUT")));
        QCOMPARE(window.chart()->timeframe(), Timeframe::Monthly);
    }

    void exportsPngAndCsv()
    {
        MainWindow window;
        window.setPersistentSettings(false);
        window.resize(1200, 800);
        QVERIFY(window.openWorkspace(m_path).ok());
        QVERIFY(window.selectSymbol(QStringLiteral("IWM")));
        PriceChart *chart = window.chart();
        while (chart->indicatorCount() > 0)
            chart->removeIndicator(0);
        QVERIFY(chart->addIndicator(chart->defaultIndicator(descriptor(u"sma"))).ok());
        QVERIFY(chart->addIndicator(chart->defaultIndicator(descriptor(u"macd"))).ok());
        chart->setVisibleRange(QCPRange(149.5, 249.5));

        const QString png = m_dir.filePath(QStringLiteral("iwm.png"));
        QVERIFY(window.chartWorkspace()->exportPng(png, QSize(700, 450), 1.5));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1050, 675));
        // The picture says what it shows: a title row with the symbol, timeframe and range.
        QCOMPARE(chart->exportTitle(), QStringLiteral("IWM  \u00b7  Daily  \u00b7  %1 to %2")
                                           .arg(chart->series().date(150).toString(Qt::ISODate),
                                               chart->series().date(249).toString(Qt::ISODate)));
        const QImage untitled = chart->renderImage(QSize(700, 450), 1.5);
        int titleInk = 0;
        for (int y = 0; y < 18; ++y) {
            for (int x = 0; x < 600; ++x)
                titleInk += image.pixelColor(x, y) != untitled.pixelColor(x, y) ? 1 : 0;
        }
        QVERIFY2(titleInk > 100, qPrintable(QString::number(titleInk)));
        // The widget is as before the export: its panes at their rows, no title.
        QCOMPARE(chart->plotLayout()->rowCount(), chart->paneCount());
        // A folder is never replaced by an export.
        QVERIFY(!window.chartWorkspace()->exportPngQuietly(m_dir.path(), QSize(300, 200), 1.0).ok());
        QVERIFY(QFileInfo(m_dir.path()).isDir());

        const QString csv = m_dir.filePath(QStringLiteral("iwm.csv"));
        QVERIFY(chart->writeVisibleCsv(csv).ok());
        const QStringList lines = readLines(csv);
        // The CLI's column names (IndicatorCsvWriter), quoted where they hold commas (RFC 4180),
        // one row per visible bar (150..249).
        QCOMPARE(lines.first(),
                 QStringLiteral(R"(Date,sma(20),"macd(12,26,9).macd","macd(12,26,9).signal","macd(12,26,9).hist")"));
        QCOMPARE(lines.size(), 1 + 100);
        QVERIFY(lines[1].startsWith(chart->series().date(150).toString(Qt::ISODate) + QLatin1Char(',')));
        QVERIFY(lines.last().startsWith(chart->series().date(249).toString(Qt::ISODate) + QLatin1Char(',')));
        // Values as the registry computes them, 17 significant digits.
        const auto sma = indicators::compute(u"sma", chart->series(), ParamValues {{QStringLiteral("period"), 20}});
        QCOMPARE(lines[1].split(QLatin1Char(','))[1], QString::number(sma->columns[0].values[150], 'g', 17));
    }
};

QTEST_MAIN(TestChartWorkspace)
#include "tst_chartworkspace.moc"
