// Top-level windows fit the screen they open on (issue 12, defect 7): the sizing rule of
// ui/WindowGeometry on explicit rectangles, and every secondary window opened on a 1280×800
// laptop screen and a 1600×1000 desktop screen beside it. Under the offscreen platform the
// two screens come from a configuration file written before the application starts; under
// another platform (xcb, for screenshots) the test uses the screens it finds.

#include "BacktestTestSupport.h"
#include "MainWindow.h"
#include "chart/ChartWorkspace.h"
#include "chart/PriceChart.h"
#include "WindowGeometry.h"
#include "backtest/GridEditor.h"
#include "backtest/OptimizerWindow.h"
#include "backtest/ConfigParams.h"
#include "backtest/RunSettingsDialog.h"
#include "backtest/StrategyPanel.h"
#include "backtest/StrategyParamsDialog.h"
#include "import/ImportDialog.h"
#include "risk/RiskDashboard.h"
#include "risk/RiskDashboardWindow.h"
#include "strategy/StrategyEditorWindow.h"
#include "strategy/StrategyRegistry.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMainWindow>
#include <QPointer>
#include <QScreen>
#include <QDockWidget>
#include <QToolBar>
#include <QToolButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <functional>
#include <memory>

using namespace rutile;
using namespace rutile::ui;

namespace {

const QRect kLaptop(0, 0, 1280, 800);
const QRect kDesktop(1280, 0, 1600, 1000);

QScreen *screenWithGeometry(const QRect &geometry)
{
    for (QScreen *s : QGuiApplication::screens())
        if (s->geometry() == geometry)
            return s;
    return nullptr;
}

QString rectText(const QRect &r)
{
    return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

using WindowMaker = std::function<QWidget *(QWidget *parent)>;

} // namespace

Q_DECLARE_METATYPE(WindowMaker)

class TestWindowGeometry : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void boundedSizeKeepsNinetyPercent();
    void fitsOnNeedsTheWholeFrame();
    void savedFrameGeometryReadsSaveGeometry();
    void windowsFitTheirScreen_data();
    void windowsFitTheirScreen();
    void savedGeometryRestoredOnlyWhenItFits();
    void mainWindowFitsTheLaptopWithItsStatusBar();
    void dockedPanelsLeaveTheChartItsShare();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<StrategyPanel> m_panel;
};

void TestWindowGeometry::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir);
    m_path = m_dir.filePath(QStringLiteral("windows.rutile"));
    test::writeBacktestWorkspace(m_path);
    m_panel = std::make_unique<StrategyPanel>();
    m_panel->setWorkspace(m_path, Workspace::open(m_path).value()->symbols(), QStringLiteral("BENCH"));
    m_panel->setSymbol(QStringLiteral("WAVE"));
}

void TestWindowGeometry::init()
{
    QSettings().remove(QStringLiteral("windows")); // each window opens at its default geometry
}

void TestWindowGeometry::boundedSizeKeepsNinetyPercent()
{
    // 90 % of 1280×800 is 1152×720; of 1600×1000, 1440×900.
    QCOMPARE(boundedSize(QSize(1400, 860), kLaptop), QSize(1152, 720));
    QCOMPARE(boundedSize(QSize(1400, 860), kDesktop), QSize(1400, 860));
    QCOMPARE(boundedSize(QSize(1440, 900), kDesktop), QSize(1440, 900));
    QCOMPARE(boundedSize(QSize(1500, 600), kDesktop), QSize(1440, 600));
    QCOMPARE(boundedSize(QSize(1500, 960), QRect(0, 0, 1000, 500), 0.5), QSize(500, 250));
}

void TestWindowGeometry::fitsOnNeedsTheWholeFrame()
{
    QVERIFY(fitsOn(QRect(0, 0, 1280, 800), kLaptop)); // edge to edge
    QVERIFY(!fitsOn(QRect(0, 0, 1281, 800), kLaptop));
    QVERIFY(!fitsOn(QRect(-1, 10, 200, 200), kLaptop));
    QVERIFY(fitsOn(QRect(1300, 20, 1400, 860), kDesktop));
    QVERIFY(!fitsOn(QRect(1200, 20, 1400, 860), kDesktop)); // across both screens
    QVERIFY(!fitsOn(QRect(), kLaptop));
}

void TestWindowGeometry::savedFrameGeometryReadsSaveGeometry()
{
    QWidget window;
    window.setGeometry(QRect(100, 120, 640, 480));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto frame = savedFrameGeometry(window.saveGeometry());
    QVERIFY(frame);
    QCOMPARE(*frame, window.frameGeometry());
    QVERIFY(!savedFrameGeometry(QByteArray()));
    QVERIFY(!savedFrameGeometry(QByteArray("not a geometry record")));
}

void TestWindowGeometry::windowsFitTheirScreen_data()
{
    QTest::addColumn<QRect>("screen");
    QTest::addColumn<WindowMaker>("make");
    const QList<std::pair<const char *, WindowMaker>> makers = {
        {"optimizer",
            [this](QWidget *p) -> QWidget * {
                auto *w = new OptimizerWindow(m_panel.get(), p);
                w->gridEditor()->setIncluded(QStringLiteral("fast"), true);
                w->gridEditor()->setIncluded(QStringLiteral("slow"), true);
                return w;
            }},
        {"risk dashboard",
            [this](QWidget *p) -> QWidget * {
                RiskDashboardWindow *w = RiskDashboardWindow::openForSymbol(p, m_path, QStringLiteral("WAVE"));
                QSignalSpy done(w->dashboard(), &RiskDashboard::finished);
                done.wait(30000); // the analysis, for the screenshot
                return w;
            }},
        {"strategy editor",
            [](QWidget *p) -> QWidget * {
                auto *w = new StrategyEditorWindow(p);
                w->setWindowFlag(Qt::Window); // as the strategy controller opens it
                return w;
            }},
        {"import dialog", [this](QWidget *p) -> QWidget * { return new ImportDialog(m_path, p); }},
        {"run settings",
            [](QWidget *p) -> QWidget * {
                return new RunSettingsDialog(defaultValues(backtest::configParamSpecs()), p);
            }},
        {"strategy parameters",
            [](QWidget *p) -> QWidget * {
                const auto *d = strategy::StrategyRegistry::builtIn().find(u"macd_cross");
                return new StrategyParamsDialog(*d, defaultValues(d->params), p);
            }},
    };
    // The two test screens under offscreen; under another platform (xvfb-run for screenshots)
    // the primary screen, whatever its size.
    QList<QRect> screens {kLaptop, kDesktop};
    if (!screenWithGeometry(kLaptop) || !screenWithGeometry(kDesktop))
        screens = {QGuiApplication::primaryScreen()->geometry()};
    for (const auto &[name, make] : makers)
        for (const QRect &screen : screens)
            QTest::addRow("%s at %dx%d", name, screen.width(), screen.height()) << screen << make;
}

void TestWindowGeometry::windowsFitTheirScreen()
{
    QFETCH(QRect, screen);
    QFETCH(WindowMaker, make);
    QScreen *target = screenWithGeometry(screen);
    QVERIFY(target);
    // The main window stands in for the parent: a window opens on its parent's screen.
    QMainWindow parent;
    parent.setGeometry(screen.adjusted(40, 40, -40, -40));
    parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parent));
    QCOMPARE(parent.screen(), target);

    QPointer<QWidget> window = make(&parent);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY2(window->screen() == target, qPrintable(window->screen()->name() + QLatin1Char(' ') + rectText(window->frameGeometry())));
    const QRect available = target->availableGeometry();
    QVERIFY2(fitsOn(window->frameGeometry(), available),
        qPrintable(QStringLiteral("frame %1 on %2").arg(rectText(window->frameGeometry()), rectText(available))));
    QVERIFY(window->width() <= int(available.width() * kScreenShare));
    QVERIFY(window->height() <= int(available.height() * kScreenShare));
    if (qEnvironmentVariableIsSet("RUTILE_UI_SHOTS"))
        QTest::qWait(500); // for the picture only: the optimiser's timing and the layouts it changes
    test::maybeSaveScreen(
        QStringLiteral("screen-") + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    window->close();
    delete window;
}

void TestWindowGeometry::savedGeometryRestoredOnlyWhenItFits()
{
    if (!screenWithGeometry(kLaptop) || !screenWithGeometry(kDesktop))
        QSKIP("needs the 1280x800 and 1600x1000 test screens of the offscreen platform");
    // A geometry saved on the desktop screen fits there and is restored.
    QByteArray onDesktop;
    QByteArray tooLarge;
    {
        QWidget saved;
        saved.setGeometry(QRect(1400, 50, 1300, 850));
        saved.show();
        QVERIFY(QTest::qWaitForWindowExposed(&saved));
        QVERIFY(fitsOn(saved.frameGeometry(), kDesktop));
        onDesktop = saved.saveGeometry();
        // 1300×850 on the laptop screen: wider and taller than its 1280×800.
        saved.setGeometry(QRect(10, 30, 1300, 850));
        QTRY_COMPARE(saved.geometry(), QRect(10, 30, 1300, 850));
        tooLarge = saved.saveGeometry();
    }
    {
        QWidget window;
        QVERIFY(restoreGeometryIfFits(&window, onDesktop));
        QCOMPARE(window.geometry(), QRect(1400, 50, 1300, 850));
    }
    {
        QWidget window;
        window.setGeometry(QRect(50, 60, 700, 500));
        QVERIFY(!restoreGeometryIfFits(&window, tooLarge));
        QCOMPARE(window.geometry(), QRect(50, 60, 700, 500));
        QVERIFY(!restoreGeometryIfFits(&window, QByteArray()));
    }

    // Through the settings: the optimiser's saved geometry is used only when it fits.
    QMainWindow parent;
    parent.setGeometry(kLaptop.adjusted(40, 40, -40, -40));
    parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parent));
    QSettings().setValue(QStringLiteral("windows/optimizer/geometry"), tooLarge);
    {
        OptimizerWindow window(m_panel.get(), &parent);
        QCOMPARE(window.size(), QSize(1152, 720)); // the default on the laptop: 90 % of it
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Moved and closed: the new geometry is saved and restored by the next window.
        window.setGeometry(QRect(100, 100, 1100, 650));
        QTRY_COMPARE(window.geometry(), QRect(100, 100, 1100, 650));
        window.close();
    }
    OptimizerWindow again(m_panel.get(), &parent);
    QCOMPARE(again.geometry(), QRect(100, 100, 1100, 650));
}

void TestWindowGeometry::mainWindowFitsTheLaptopWithItsStatusBar()
{
    QScreen *laptop = screenWithGeometry(kLaptop);
    if (!laptop)
        QSKIP("needs the 1280x800 test screen of the offscreen platform");
    QSettings().remove(QStringLiteral("mainWindow"));
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(fitsOn(window.frameGeometry(), available), qPrintable(rectText(window.frameGeometry())));
        // The status bar is inside the window, at its foot.
        QVERIFY(window.statusBar()->isVisible());
        const QRect bar(window.statusBar()->mapTo(&window, QPoint(0, 0)), window.statusBar()->size());
        QVERIFY(window.rect().contains(bar));
        QCOMPARE(bar.bottom(), window.rect().bottom());
        window.saveSettings();
    }
    {
        MainWindow restored;
        QVERIFY(restored.restoreSettings()); // saved on this screen: it fits
    }
    // A geometry saved on a larger monitor is not restored on the laptop.
    {
        QWidget large;
        large.setGeometry(QRect(10, 30, 1500, 950));
        large.show();
        QVERIFY(QTest::qWaitForWindowExposed(&large));
        QSettings().setValue(QStringLiteral("mainWindow/geometry"), large.saveGeometry());
    }
    MainWindow again;
    const QRect before = again.geometry();
    QVERIFY(!again.restoreSettings());
    // Its default size stays (the docks' state is restored all the same).
    QCOMPARE(again.size(), before.size());
    QVERIFY(again.width() < 1500);
}

void TestWindowGeometry::dockedPanelsLeaveTheChartItsShare()
{
    if (!screenWithGeometry(kLaptop))
        QSKIP("needs the 1280x800 test screen of the offscreen platform");
    const QString path = m_path;
    MainWindow window;
    window.setPersistentSettings(false);
    window.setGeometry(QRect(0, 40, 1280, 760)); // the laptop screen less a title bar
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openWorkspace(path).ok());
    // The strategy panel and the results open, as a run of a backtest opens them.
    auto *strategy = window.findChild<QDockWidget *>(QStringLiteral("strategyDock"));
    auto *results = window.findChild<QDockWidget *>(QStringLiteral("backtestResultsDock"));
    QVERIFY(strategy && results);
    strategy->show();
    strategy->raise();
    auto *panel = window.findChild<StrategyPanel *>();
    QVERIFY(panel);
    panel->setSymbol(QStringLiteral("WAVE"));
    QSignalSpy ran(panel, &StrategyPanel::resultReady);
    QVERIFY(panel->runButton()->isEnabled());
    QTest::mouseClick(panel->runButton(), Qt::LeftButton);
    QVERIFY(ran.wait(60000));
    results->show();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    window.chart()->replot();
    // The results take about two fifths of the height when they first open, and their equity
    // chart (its drawdown pane at the bottom, the dates under it) is not cut off: it was, at a
    // third of the laptop's height.
    QVERIFY2(results->height() <= window.height() * 2 / 5 + 20,
        qPrintable(QStringLiteral("%1, minimum %2").arg(results->height()).arg(results->widget()->minimumSizeHint().height())));
    auto *equity = results->findChild<QWidget *>(QStringLiteral("equityChart"));
    QVERIFY(equity && equity->isVisible());
    const QRect shown = equity->visibleRegion().boundingRect();
    QVERIFY2(shown.height() == equity->height() && equity->height() >= equity->minimumHeight(),
        qPrintable(QStringLiteral("equity chart %1 px high, %2 px of it shown, minimum %3")
                       .arg(equity->height()).arg(shown.height()).arg(equity->minimumHeight())));
    // Nor is anything at its right: a long title is cut with "…" instead of pushing the
    // buttons beside it (Export) off the edge.
    int buttons = 0;
    for (QAbstractButton *button : results->findChildren<QAbstractButton *>()) {
        if (!button->isVisible())
            continue;
        QVERIFY2(button->visibleRegion().boundingRect().size() == button->size(),
                 qPrintable(button->text() + QStringLiteral(" is cut off")));
        ++buttons;
    }
    QVERIFY(buttons >= 3);
    // The panel is a tab beside the symbols, not a third column.
    QVERIFY(window.tabifiedDockWidgets(strategy).contains(window.findChild<QDockWidget *>(QStringLiteral("symbolsDock"))));
    // The chart keeps its minimum, the price pane a usable height, the tool bar all its tools.
    QVERIFY2(window.chartWorkspace()->height() >= 340, qPrintable(QString::number(window.chartWorkspace()->height())));
    QVERIFY2(window.chart()->priceRect()->rect().height() >= 150,
        qPrintable(QString::number(window.chart()->priceRect()->rect().height())));
    QToolBar *tools = window.chartWorkspace()->toolBar();
    auto *overflow = tools->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    QVERIFY2(!overflow || !overflow->isVisible(),
        qPrintable(QStringLiteral("tool bar %1 wide, needs %2; font %3")
                       .arg(tools->width())
                       .arg(tools->sizeHint().width())
                       .arg(tools->font().toString())));
    rutile::test::maybeSaveShot(&window, QStringLiteral("mainwindow-docks-1280"));
}

// The offscreen platform's screens are read from a file named on the platform's command line,
// before QApplication exists: hence a main function of its own.
int main(int argc, char *argv[])
{
    QTemporaryDir config;
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (config.isValid() && (platform.isEmpty() || platform == "offscreen")) {
        QFile file(config.filePath(QStringLiteral("screens.json")));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(R"({"windowFrameMargins": true, "screens": [
                {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800,
                 "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
                {"name": "desktop", "x": 1280, "y": 0, "width": 1600, "height": 1000,
                 "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
            file.close();
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + file.fileName().toLocal8Bit());
        }
    }
    QApplication app(argc, argv);
    TestWindowGeometry test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowgeometry.moc"
