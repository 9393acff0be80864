#include "MainWindow.h"

#include "ElidedLabel.h"
#include "EmptyStatePanel.h"
#include "FileDialog.h"
#include "ShortcutsDialog.h"
#include "download/DownloadController.h"
#include "download/LiveUpdates.h"
#include "import/ImportDialog.h"
#include "chart/ChartWorkspace.h"
#include "chart/PriceChart.h"
#include "GettingStartedDialog.h"
#include "SymbolTableModel.h"
#include "TableCsvExport.h"
#include "RecentFolders.h"
#include "SymbolFilterProxy.h"
#include "WatchlistBar.h"
#include "WatchlistView.h"
#include "WindowGeometry.h"
#include "report/BarCsvWriter.h"
#include "import/SampleWorkspace.h"
#include "index/IndexLabWindow.h"
#include "index/SampleUniverseController.h"
#include "journal/JournalWindow.h"
#include "ml/MlLabWindow.h"
#include "relval/RelativeValueWindow.h"
#include "scan/ScannerWindow.h"
#include "risk/RiskMenu.h"
#include "backtest/StrategyController.h"
#include "backtest/StrategyPanel.h"
#include "settings/AppLanguage.h"
#include "settings/AppTheme.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QUndoStack>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QScopedValueRollback>
#include <QScreen>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <iterator>
#include <utility>

namespace rutile::ui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
constexpr int kTitleBarRoom = 40; // pixels a window frame's title bar may take
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kLastWorkspaceKey = QStringLiteral("workspace/lastPath");

QString workspaceFilter()
{
    return MainWindow::tr("Rutile workspaces (*.rutile);;All files (*)");
}

// Shows a wait cursor while a blocking step (opening, generating the sample) runs.
class WaitCursor {
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/rutile/rutile.svg")));
    setAcceptDrops(true);

    m_symbols = new SymbolTableModel(this);
    m_sortedSymbols = new SymbolFilterProxy(this);
    m_sortedSymbols->setSourceModel(m_symbols);
    m_sortedSymbols->setSortRole(SymbolTableModel::SortRole);
    m_sortedSymbols->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_symbolView = new WatchlistView(this);
    m_symbolView->setModel(m_sortedSymbols);
    m_symbolView->sortByColumn(SymbolTableModel::SymbolColumn, Qt::AscendingOrder);
    connect(m_symbolView, &WatchlistView::exportBarsRequested, this, &MainWindow::exportBarsDialog);

    // The watchlist box above the list: all symbols, or one list's members.
    m_watchlists = new WatchlistBar(this, m_sortedSymbols, m_symbolView);
    auto *symbolsPane = new QWidget(this);
    auto *symbolsLayout = new QVBoxLayout(symbolsPane);
    symbolsLayout->setContentsMargins(0, 0, 0, 0);
    symbolsLayout->setSpacing(0);
    symbolsLayout->addWidget(m_watchlists);
    symbolsLayout->addWidget(m_symbolView, 1);

    auto *dock = m_dock = new QDockWidget(tr("Symbols"), this);
    dock->setObjectName(QStringLiteral("symbolsDock"));
    dock->setWidget(symbolsPane);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {360}, Qt::Horizontal);

    m_chartWorkspace = new ChartWorkspace(this);
    m_chart = m_chartWorkspace->chart();
    m_chartWorkspace->setSeriesProvider([this](const QString &symbol) -> Result<BarSeries> {
        if (!m_workspace)
            return Error::notFound(tr("no workspace is open"));
        return m_workspace->readBars(symbol);
    });
    connect(m_chart, &PriceChart::layoutChanged, this, &MainWindow::saveChartLayout);
    m_empty = new EmptyStatePanel(this);
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_chartWorkspace);
    m_central->addWidget(m_empty);
    setCentralWidget(m_central);

    // Cut with "…" when the window is narrow (the whole text in the tooltip).
    m_symbolLabel = new ElidedLabel(this);
    m_symbolLabel->setObjectName(QStringLiteral("symbolStatus"));
    m_workspaceLabel = new ElidedLabel(this, Qt::ElideMiddle);
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceStatus"));
    statusBar()->addWidget(m_symbolLabel, 1);
    statusBar()->addPermanentWidget(m_workspaceLabel);

    createActions();
    installDownloads(this); // Data > Download..., Update All (ui/download)
    installLiveUpdates(this); // View > Live Updates (ui/download)
    installRiskDashboardAction(this); // Analysis > Risk Dashboard (ui/risk)
    installIndexLabAction(this); // Analysis > Index Lab (ui/index)
    installSampleUniverse(this); // the sample's universe, filled in the background (ui/index)
    installScannerAction(this); // Analysis > Scanner (ui/scan)
    installRelativeValueAction(this); // Analysis > Relative Value (ui/relval)
    installMlLabAction(this); // Analysis > ML Lab (ui/ml)
    installJournalAction(this); // Analysis > Run Journal (ui/journal)
    installStrategyPanel(this); // Strategy menu, Strategy and Backtest Results docks (ui/backtest)
    // The strategy panel shares the left column with the symbols, as a tab: two side columns
    // would leave a laptop's chart a third of the width.
    if (auto *strategy = findChild<QDockWidget *>(QStringLiteral("strategyDock"))) {
        tabifyDockWidget(dock, strategy);
        dock->raise();
    }
    // The left column runs the full height; the results dock sits under the chart only.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    if (auto *results = findChild<QDockWidget *>(QStringLiteral("backtestResultsDock"))) {
        // Its tabs would claim 300 pixels of a laptop's height; they work in less.
        if (results->widget())
            results->widget()->setMinimumHeight(160);
        // Two fifths of the height when it first opens: the chart stays the larger part, and
        // the equity chart its drawdown pane and dates (at a third, a laptop cut them off).
        connect(results, &QDockWidget::visibilityChanged, this, [this, results](bool visible) {
            if (visible && !m_resultsSized) {
                m_resultsSized = true;
                // After the dock is laid out: a resize before that is overridden.
                QTimer::singleShot(0, this, [this, results] { resizeDocks({results}, {height() * 2 / 5}, Qt::Vertical); });
            }
        });
    }
    // The chart keeps a usable share however the docks are sized.
    m_chartWorkspace->setMinimumSize(480, 340);
    // The dock's own menu entry: the dock is closable, so it must be possible to get it back.
    menu(Menu::View)->addAction(dock->toggleViewAction());

    connect(m_symbolView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::onSymbolSelectionChanged);
    connect(m_empty, &EmptyStatePanel::openSampleRequested, this, &MainWindow::openDefaultSampleWorkspace);
    connect(m_empty, &EmptyStatePanel::importRequested, this, [this] { showImportDialog(); });

    // 1280×800 where that leaves room around it; on a smaller screen (a laptop's 1280×800) the
    // whole available area, maximised, so that the status bar never falls off the screen and
    // the chart's tool bar keeps its width.
    const QSize preferred(1280, 800);
    applyDefaultGeometry(this, preferred);
    if (QScreen *screen = screenFor(this)) {
        const QSize available = screen->availableGeometry().size();
        if (available.width() * kScreenShare < preferred.width() || available.height() * kScreenShare < preferred.height()) {
            // The full width, and the height less room for a title bar, for a window manager
            // that does not maximise (or before it does).
            resize(available.width(), std::max(minimumHeight(), available.height() - kTitleBarRoom));
            move(screen->availableGeometry().topLeft());
            setWindowState(windowState() | Qt::WindowMaximized);
        }
    }
    updateCentralPage();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    // All the menus first, in menu-bar order; Strategy and Analysis are filled by ui/backtest
    // and ui/risk through menu().
    const std::pair<const char *, QString> menus[] = {
        {"fileMenu", tr("&File")}, {"editMenu", tr("&Edit")}, {"viewMenu", tr("&View")}, {"dataMenu", tr("&Data")},
        {"strategyMenu", tr("&Strategy")},
        {"analysisMenu", tr("&Analysis")}, {"helpMenu", tr("&Help")}};
    for (std::size_t i = 0; i < std::size(menus); ++i) {
        m_menus[i] = menuBar()->addMenu(menus[i].second);
        m_menus[i]->setObjectName(QLatin1String(menus[i].first));
    }

    QMenu *file = menu(Menu::File);
    QAction *open = file->addAction(tr("&Open Workspace..."), this, &MainWindow::openWorkspaceDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *create = file->addAction(tr("&New Workspace..."), this, &MainWindow::newWorkspaceDialog);
    create->setShortcut(QKeySequence::New);
    file->addAction(tr("Open &Sample Workspace"), this, &MainWindow::openDefaultSampleWorkspace);
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import History..."), this, [this] { showImportDialog(); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setObjectName(QStringLiteral("importAction"));
    file->addSeparator();
    file->addAction(tr("Export Chart as &PNG..."), this, &MainWindow::exportChartDialog);
    file->addAction(tr("Export Chart &Data as CSV..."), this, &MainWindow::exportChartDataDialog);
    file->addAction(tr("Export Symbols as &CSV..."), this, &MainWindow::exportSymbolsDialog);
    // The last backtest's report; the strategy panel enables it once a run has results.
    m_exportReport = file->addAction(tr("Export &Report..."));
    m_exportReport->setObjectName(QStringLiteral("exportReportAction"));
    m_exportReport->setStatusTip(tr("The last backtest's report as PDF or HTML (other reports: the optimiser, the "
                                    "risk dashboard and the run journal)"));
    m_exportReport->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menu(Menu::Edit);
    QUndoStack *undo = m_chartWorkspace->undoStack();
    QAction *undoAction = undo->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = undo->createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("redoAction"));
    redoAction->setShortcut(QKeySequence::Redo);
    edit->addAction(undoAction);
    edit->addAction(redoAction);
    edit->addSeparator();
    edit->addAction(m_chartWorkspace->deleteAction());
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("Se&ttings..."), this, [this] { showSettings(); });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menu(Menu::View);
    QAction *all = view->addAction(tr("Show &All History"), this, [this] { m_chart->showAll(); });
    all->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *year = view->addAction(tr("Show Last &Year"), this,
                                    [this] { m_chart->showPreset(chart::RangePreset::OneYear); });
    year->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    view->addAction(m_chartWorkspace->lockAction());
    QAction *dark = view->addAction(tr("&Dark Theme"), this, &MainWindow::setDarkTheme);
    dark->setObjectName(QStringLiteral("darkThemeAction"));
    dark->setCheckable(true);
    // main() applied the saved theme to the application; the chart follows it.
    dark->setChecked(currentTheme() == Theme::Dark);
    if (dark->isChecked())
        m_chart->setTheme(ChartTheme::dark());
    view->addSeparator();

    QMenu *help = menu(Menu::Help);
    QAction *start = help->addAction(tr("&Getting Started"), this, [this] {
        GettingStartedDialog dialog(this);
        dialog.exec();
    });
    start->setObjectName(QStringLiteral("gettingStartedAction"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showKeyboardShortcuts);
    keys->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    keys->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Rutile"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QMenu *MainWindow::menu(Menu which) const
{
    return m_menus[static_cast<int>(which)];
}

QString MainWindow::lastWorkspacePath()
{
    return QSettings().value(kLastWorkspaceKey, Workspace::defaultPath()).toString();
}

Status MainWindow::openWorkspace(const QString &path)
{
    WaitCursor wait;
    // A read-only workspace opens for viewing; anything else is opened, or created, for writing.
    const bool readOnly = QFileInfo(path).isFile() && Workspace::isReadOnly(path);
    auto workspace = Workspace::open(path, readOnly ? WorkspaceAccess::Read : WorkspaceAccess::OpenOrCreate);
    if (!workspace)
        return workspace.error();
    adoptWorkspace(std::move(*workspace));
    return {};
}

Status MainWindow::openSampleWorkspace(const QString &path)
{
    WaitCursor wait;
    auto workspace = rutile::openSampleWorkspace(path);
    if (!workspace)
        return workspace.error();
    adoptWorkspace(std::move(*workspace));
    emit sampleWorkspaceOpened(path);
    return {};
}

bool MainWindow::openWorkspaceInteractive(const QString &path)
{
    const Status s = openWorkspace(path);
    if (!s) {
        QMessageBox::critical(this, tr("Cannot Open Workspace"),
            tr("%1\n\nThe file was not changed.").arg(s.error().toString())
                + (m_workspace ? QStringLiteral("\n") + tr("The current workspace stays open.") : QString()));
    }
    return s.ok();
}

void MainWindow::adoptWorkspace(std::unique_ptr<Workspace> workspace)
{
    saveChartLayout();
    m_workspace = std::move(workspace);
    if (m_persistentSettings)
        QSettings().setValue(kLastWorkspaceKey, m_workspace->path());
    m_currentSymbol.clear();
    m_chart->clearSeries();
    m_chartWorkspace->resetHistory();
    m_empty->setWorkspacePath(m_workspace->path());
    setWindowTitle(tr("%1 - Rutile").arg(QFileInfo(m_workspace->path()).fileName()));
    refreshSymbols();
}

void MainWindow::followWorkspace(QWidget *window, const QString &path, std::function<void()> changed)
{
    connect(this, &MainWindow::workspaceChanged, window, [this, window, path, changed = std::move(changed)] {
        if (!showsWorkspace(path))
            window->close();
        else
            changed();
    });
}

void MainWindow::refreshSymbols()
{
    const QString keep = m_currentSymbol;
    if (m_workspace) {
        // A failed read (the file busy or damaged) is not an empty workspace: the list and the
        // chart stay as they are, and the status bar says why they were not refreshed.
        auto symbols = m_workspace->readSymbols();
        if (!symbols) {
            statusBar()->showMessage(tr("Cannot read the symbols: %1").arg(symbols.error().toString()), 15000);
            if (m_listedWorkspace == m_workspace->path())
                return;
            // Another workspace was just opened: the old one's symbols must not stay listed.
            m_symbols->setSymbols({});
        } else {
            m_symbols->setSymbols(std::move(*symbols));
        }
        m_listedWorkspace = m_workspace->path();
    } else {
        m_symbols->setSymbols({});
        m_listedWorkspace.clear();
    }
    emit workspaceChanged();
    QStringList names;
    for (int row = 0; row < m_symbols->rowCount(); ++row)
        names << m_symbols->symbolAt(row).symbol;
    m_chartWorkspace->setAvailableSymbols(names);
    updateCentralPage();
    fitSymbolDock();
    if (m_symbols->rowCount() == 0) {
        m_currentSymbol.clear();
        m_chart->clearSeries();
        m_chartWorkspace->resetHistory(); // an empty chart has nothing to undo
        updateStatus();
        return;
    }
    // The symbol charted before, unless the watchlist shown has no place for it now.
    if (keep.isEmpty() || !isListed(keep) || !selectSymbol(keep)) {
        const QModelIndex first = m_sortedSymbols->index(0, 0);
        selectSymbol(first.data(SymbolTableModel::SymbolRole).toString());
    } else {
        showSymbol(keep); // re-read: an import may have changed its bars
    }
}

bool MainWindow::isListed(const QString &symbol) const
{
    const int row = m_symbols->rowOf(symbol);
    return row >= 0 && m_sortedSymbols->mapFromSource(m_symbols->index(row, 0)).isValid();
}

bool MainWindow::selectSymbol(const QString &symbol)
{
    const int row = m_symbols->rowOf(symbol);
    if (row < 0)
        return false;
    // Asked for a symbol the watchlist shown leaves out (the Scanner's double-click, a new
    // import): every symbol is shown again, so that the list and the chart agree.
    if (!isListed(symbol))
        m_watchlists->showList({});
    const QModelIndex index = m_sortedSymbols->mapFromSource(m_symbols->index(row, 0));
    m_symbolView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_symbolView->scrollTo(index);
    if (m_currentSymbol != symbol)
        showSymbol(symbol);
    return true;
}

void MainWindow::onSymbolSelectionChanged()
{
    const QModelIndex current = m_symbolView->selectionModel()->currentIndex();
    if (current.isValid())
        showSymbol(current.data(SymbolTableModel::SymbolRole).toString());
}

void MainWindow::showSymbol(const QString &symbol)
{
    if (!m_workspace)
        return;
    const int row = m_symbols->rowOf(symbol);
    auto bars = m_workspace->readBars(symbol);
    if (row < 0 || !bars) {
        m_currentSymbol.clear();
        m_chart->clearSeries();
        m_chartWorkspace->resetHistory();
        updateStatus();
        if (!bars)
            statusBar()->showMessage(bars.error().toString(), 10000);
        return;
    }
    saveChartLayout();
    m_currentSymbol = symbol;
    m_chart->setSeries(std::move(*bars), m_symbols->symbolAt(row));
    restoreChartLayout(symbol);
    updateStatus();
}

void MainWindow::restoreChartLayout(const QString &symbol)
{
    // A symbol opened before gets its own layout back; a new one starts from the layout on
    // screen (the indicators a trader just set up) at the default range, without compare mode
    // and without drawings.
    QScopedValueRollback guard(m_restoringLayout, true);
    chart::ChartLayout layout = m_chart->layout();
    layout.compare.symbols.clear();
    layout.drawings.clear(); // drawings belong to the bars they were drawn on
    layout.rangePreset = chart::RangePreset::OneYear;
    if (const auto saved = m_workspace->setting(chart::layoutSettingKey(symbol))) {
        auto parsed = chart::ChartLayout::fromJsonText(saved->toUtf8());
        if (parsed)
            layout = *parsed;
        else
            statusBar()->showMessage(tr("The saved chart layout of %1 cannot be used: %2")
                                         .arg(symbol, parsed.error().toString()),
                                     10000);
    }
    if (Status s = m_chartWorkspace->applyLayout(layout); !s)
        statusBar()->showMessage(s.error().toString(), 10000);
}

void MainWindow::saveChartLayout()
{
    if (m_restoringLayout || !m_workspace || m_currentSymbol.isEmpty() || m_chart->series().empty())
        return;
    const Status s
        = m_workspace->setSetting(chart::layoutSettingKey(m_currentSymbol), QString::fromUtf8(m_chart->layout().toJsonText()));
    if (!s)
        statusBar()->showMessage(tr("Cannot save the chart layout: %1").arg(s.error().toString()), 10000);
}

void MainWindow::setDarkTheme(bool dark)
{
    applyTheme(dark ? Theme::Dark : Theme::Light);
    m_chart->setTheme(dark ? ChartTheme::dark() : ChartTheme::light());
    if (auto *action = findChild<QAction *>(QStringLiteral("darkThemeAction")))
        action->setChecked(dark);
    if (m_persistentSettings)
        saveTheme(dark ? Theme::Dark : Theme::Light);
}

void MainWindow::fitSymbolDock()
{
    // Once, when the list first has rows: wide enough for every column, unless the user's
    // own layout was restored.
    if (m_dockSized || m_symbols->rowCount() == 0)
        return;
    m_dockSized = true;
    // Frame, vertical scroll bar and a margin per column for the cells' own padding.
    int width = 2 * m_symbolView->frameWidth() + m_symbolView->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
    for (int c = 0; c < m_sortedSymbols->columnCount(); ++c) {
        if (!m_symbolView->isColumnHidden(c))
            width += std::max(static_cast<const QAbstractItemView *>(m_symbolView)->sizeHintForColumn(c),
                         m_symbolView->horizontalHeader()->sectionSizeHint(c))
                + 6;
    }
    // The strategy panel shares the column: wide enough for its form too.
    if (auto *strategy = findChild<QDockWidget *>(QStringLiteral("strategyDock")); strategy && strategy->widget())
        width = std::max(width, strategy->widget()->sizeHint().width());
    // At most three eighths of the window (480 of a laptop's 1280 pixels, room for the French
    // and German headers): the chart is what the window is for.
    resizeDocks({m_dock}, {std::clamp(width, 220, std::max(430, this->width() * 3 / 8))}, Qt::Horizontal);
}

bool MainWindow::isEmptyStateShown() const
{
    return m_central->currentWidget() == m_empty;
}

void MainWindow::updateCentralPage()
{
    const bool empty = m_symbols->rowCount() == 0;
    m_central->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_chartWorkspace);
    if (!m_workspace)
        m_empty->setWorkspacePath({});
}

QString MainWindow::statusText() const
{
    return m_symbolLabel->fullText() + QLatin1Char('|') + m_workspaceLabel->fullText();
}

void MainWindow::updateStatus()
{
    m_workspaceLabel->setFullText(
        m_workspace ? tr("Workspace: %1").arg(QDir::toNativeSeparators(m_workspace->path())) : tr("No workspace"));
    // The daily history, whatever timeframe the chart shows.
    const BarSeries &series = m_chart->dailySeries();
    if (m_currentSymbol.isEmpty() || series.empty()) {
        m_symbolLabel->setFullText(m_symbols->rowCount() == 0 ? tr("No symbols") : tr("No symbol selected"));
        return;
    }
    const QLocale locale;
    QString text = tr("%1: %2 bars, %3 to %4")
                       .arg(m_currentSymbol, locale.toString(static_cast<qint64>(series.size())),
                           locale.toString(series.firstDate(), QLocale::ShortFormat),
                           locale.toString(series.lastDate(), QLocale::ShortFormat));
    if (m_chart->isSynthetic())
        text += QStringLiteral("  ") + tr("(synthetic data)");
    m_symbolLabel->setFullText(text);
}

void MainWindow::showImportDialog(const QString &file)
{
    if (!m_workspace) {
        QMessageBox::information(this, tr("Import History"), tr("Open or create a workspace first."));
        return;
    }
    ImportDialog dialog(m_workspace->path(), this);
    if (!file.isEmpty())
        dialog.setFilePath(file);
    connect(&dialog, &ImportDialog::imported, this, [this](const QString &symbol) {
        refreshSymbols();
        selectSymbol(symbol);
    });
    dialog.exec();
}

namespace {

/// The local files of a drag that the window takes: workspaces and price files.
QStringList droppableFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        const QString path = url.toLocalFile();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (!path.isEmpty() && (suffix == QLatin1String("rutile") || suffix == QLatin1String("csv") || suffix == QLatin1String("txt")))
            files << path;
    }
    return files;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // Always a copy: a "move" would tell the file manager it may delete the file.
    if (!droppableFiles(event->mimeData()).isEmpty()) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = droppableFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->setDropAction(Qt::CopyAction);
    event->accept();
    // After the drop returns: a modal dialog inside the drop would hold the file manager's drag.
    QTimer::singleShot(0, this, [this, files] {
        for (const QString &file : files) {
            if (QFileInfo(file).suffix().compare(QLatin1String("rutile"), Qt::CaseInsensitive) == 0)
                openWorkspaceInteractive(file);
            else
                showImportDialog(file);
        }
    });
}

void MainWindow::openWorkspaceDialog()
{
    const QString start = m_workspace ? QFileInfo(m_workspace->path()).absolutePath() : QDir::homePath();
    const QString path = runFileDialog(this, FileDialogMode::Open, tr("Open Workspace"), start, workspaceFilter());
    if (!path.isEmpty())
        openWorkspaceInteractive(path);
}

void MainWindow::newWorkspaceDialog()
{
    const QString start = m_workspace ? QFileInfo(m_workspace->path()).absolutePath() : QDir::homePath();
    QString path = runFileDialog(
        this, FileDialogMode::Save, tr("New Workspace"), start, workspaceFilter(), QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".rutile");
    if (QFileInfo::exists(path)) {
        // Never overwrite: an existing file may hold someone's history (or not be ours at all).
        QMessageBox::warning(this, tr("New Workspace"),
            tr("%1 already exists. Use Open Workspace to open it, or choose another name.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openWorkspaceInteractive(path);
}

void MainWindow::openDefaultSampleWorkspace()
{
    const Status s = openSampleWorkspace(Workspace::samplePath());
    if (!s)
        QMessageBox::critical(this, tr("Cannot Open the Sample Workspace"), s.error().toString());
}

void MainWindow::exportChartDialog()
{
    m_chartWorkspace->exportPngDialog();
}

void MainWindow::exportChartDataDialog()
{
    m_chartWorkspace->exportCsvDialog();
}

void MainWindow::exportSymbolsDialog()
{
    const QString path = askSaveFileName(this, FolderKind::ExportCsv, tr("Export Symbols as CSV"),
        QStringLiteral("symbols.csv"), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status s = writeTableCsv(*m_sortedSymbols, path); !s)
        QMessageBox::warning(this, tr("Export Failed"), s.error().toString());
}

void MainWindow::exportBarsDialog(const QString &symbol)
{
    if (!m_workspace)
        return;
    const QString path = askSaveFileName(this, FolderKind::ExportCsv, tr("Export Bars of %1 as CSV").arg(symbol),
        symbol + QStringLiteral(".csv"), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status s = exportBars(symbol, path); !s)
        QMessageBox::warning(this, tr("Export Failed"), s.error().toString());
}

Status MainWindow::exportBars(const QString &symbol, const QString &path)
{
    if (!m_workspace)
        return Error::notFound(tr("no workspace is open"));
    // The same core calls as `rutile-cli export SYMBOL --csv OUT`.
    const auto bars = m_workspace->readBars(symbol);
    if (!bars)
        return bars.error();
    return writeBarsCsv(path, *bars);
}

void MainWindow::showKeyboardShortcuts()
{
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}

void MainWindow::showSettings(SettingsDialog::Page page)
{
    auto *strategy = findChild<StrategyController *>();
    SettingsDialog::Current current;
    current.darkTheme = currentTheme() == Theme::Dark;
    if (strategy)
        current.runSettings = strategy->panel()->settings();
    if (m_workspace) {
        for (const SymbolInfo &info : m_symbols->symbols())
            current.symbols << info.symbol;
        current.benchmark = m_workspace->setting(QString::fromLatin1(kBenchmarkSettingKey)).value_or(QString()).trimmed();
    }
    SettingsDialog dialog(current, this);
    dialog.showPage(page);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (current.darkTheme != dialog.darkTheme())
        setDarkTheme(dialog.darkTheme());
    if (strategy && dialog.runSettings() != current.runSettings) {
        strategy->panel()->setSettings(dialog.runSettings());
        if (m_persistentSettings)
            strategy->panel()->saveSettings(); // the defaults outlive this session, run or not
    }
    if (m_workspace && dialog.benchmark() != current.benchmark) {
        if (const Status s = m_workspace->setSetting(QString::fromLatin1(kBenchmarkSettingKey), dialog.benchmark()); !s)
            QMessageBox::warning(this, tr("Settings"), tr("Cannot save the default benchmark: %1").arg(s.error().toString()));
        else if (strategy)
            strategy->onWorkspaceChanged(); // the panel's benchmark box shows the new default
    }
    if (dialog.language() == savedLanguage())
        return;
    saveLanguage(dialog.language());
    const QString name = languageName(effectiveLanguage(dialog.language()));
    const auto answer = QMessageBox::question(this, tr("Language"),
        tr("Rutile will be in %1 from its next start. Restart now?").arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    // Again on the workspace open now (not the one on the first command line).
    const QStringList arguments = m_workspace ? QStringList{QStringLiteral("--workspace"), m_workspace->path()} : QStringList();
    if (answer == QMessageBox::Yes && close())
        QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Rutile"),
        tr("<h3>Rutile %1</h3>"
           "<p>A charting and strategy workstation for Russell 2000 and S&amp;P 500 index traders.</p>"
           "<p>The sample workspace holds synthetic data generated by a GARCH model; it is not market data.</p>"
           "<p>Built with Qt %2 and QCustomPlot %3.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                QStringLiteral(QCUSTOMPLOT_VERSION_STR)));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
}

bool MainWindow::restoreSettings()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty())
        return false;
    // A window saved on a larger monitor opens at its default size instead of cut off; the docks
    // come back either way.
    const bool fits = restoreGeometryIfFits(this, geometry);
    m_dockSized = restoreState(settings.value(kStateKey).toByteArray());
    return fits;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveChartLayout();
    if (m_persistentSettings)
        saveSettings();
    event->accept();
}

} // namespace rutile::ui
