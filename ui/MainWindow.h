#pragma once

#include "storage/Workspace.h"

#include "settings/SettingsDialog.h"

#include <QMainWindow>

#include <functional>

#include <memory>

class QAction;
class QDockWidget;
class QMenu;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace rutile::ui {

class ChartWorkspace;
class ElidedLabel;
class EmptyStatePanel;
class PriceChart;
class SymbolFilterProxy;
class WatchlistBar;
class WatchlistView;
class SymbolTableModel;

/// Rutile's main window: the symbols of the open workspace on the left, the chart of the
/// selected symbol in the centre, the workspace and the shown range in the status bar.
///
/// It owns the GUI thread's Workspace. Opening another file keeps the current workspace
/// when the new one cannot be opened (not a Rutile workspace, newer schema…); an empty
/// workspace shows EmptyStatePanel instead of the chart.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The menus of the menu bar, in their order. Feature modules (ui/backtest, ui/risk) add
    /// their actions to the menu they belong in; nobody looks menus up by object name.
    enum class Menu { File, Edit, View, Data, Strategy, Analysis, Help };
    QMenu *menu(Menu which) const;

    /// Opens the workspace at `path` (created when missing; for viewing only when the file
    /// is read-only). On failure the current workspace stays open and the error is returned;
    /// nothing is shown.
    Status openWorkspace(const QString &path);
    /// Opens (and on first use generates) the sample workspace at `path`: its two indices at
    /// once, its constituent universe in the background (ui/index/SampleUniverseController).
    Status openSampleWorkspace(const QString &path);
    /// Like the above, but reports a failure in a message box (the menu actions).
    bool openWorkspaceInteractive(const QString &path);

    const Workspace *workspace() const { return m_workspace.get(); }
    /// True while the workspace shown is the file at `path` (the windows opened on a workspace
    /// close, or stop their work, when another one is shown).
    bool showsWorkspace(const QString &path) const { return m_workspace && m_workspace->path() == path; }
    /// Keeps `window`, opened on the workspace at `path`, with it: when another workspace is shown
    /// the window closes; when this one changes (symbols imported, lists edited) `changed` runs.
    void followWorkspace(QWidget *window, const QString &path, std::function<void()> changed);
    /// File > Export Report...: the last backtest's report (the strategy panel enables it).
    QAction *exportReportAction() const { return m_exportReport; }
    /// Re-reads the symbol list from the workspace, keeping the selection when possible.
    void refreshSymbols();
    /// Selects `symbol` in the list and charts it; false when it is not in the workspace. A
    /// symbol the watchlist shown leaves out brings back all symbols first.
    bool selectSymbol(const QString &symbol);
    /// True when `symbol` is a row of the list as shown (the watchlist filter applied).
    bool isListed(const QString &symbol) const;
    QString currentSymbol() const { return m_currentSymbol; }

    PriceChart *chart() const { return m_chart; }
    ChartWorkspace *chartWorkspace() const { return m_chartWorkspace; }
    /// Saves the chart layout of the current symbol in the workspace ("chart/layout/SYMBOL").
    void saveChartLayout();
    SymbolTableModel *symbolModel() const { return m_symbols; }
    WatchlistView *symbolView() const { return m_symbolView; }
    WatchlistBar *watchlistBar() const { return m_watchlists; }
    EmptyStatePanel *emptyState() const { return m_empty; }
    bool isEmptyStateShown() const;
    QString statusText() const;

    /// Saves window geometry and state to QSettings (also done on close).
    void saveSettings() const;
    /// Restores window geometry and state from QSettings; false when none were saved.
    bool restoreSettings();

    /// The workspace file opened last (QSettings), or Workspace::defaultPath().
    static QString lastWorkspacePath();
    /// Whether opening a workspace and closing the window write QSettings (default true;
    /// off for one-shot runs such as --screenshot).
    void setPersistentSettings(bool persistent) { m_persistentSettings = persistent; }

public slots:
    /// File > Import History...; with `file`, the dialog starts on it (a file dropped on the window).
    void showImportDialog(const QString &file = {});
    void openWorkspaceDialog();
    void newWorkspaceDialog();
    void openDefaultSampleWorkspace();
    void exportChartDialog();
    void exportChartDataDialog();
    void exportSymbolsDialog();
    void showAbout();
    /// Writes `symbol`'s cached bars to `path` as `rutile-cli export` does (Date,Open,...).
    Status exportBars(const QString &symbol, const QString &path);
    /// The watchlist's Export Bars as CSV: asks for the file, then exportBars.
    void exportBarsDialog(const QString &symbol);
    /// Help > Keyboard Shortcuts.
    void showKeyboardShortcuts();
    /// Edit > Settings... (Data > Network Settings... opens it on its data providers): applies
    /// the theme, the strategy panel's run settings and the workspace's default benchmark at
    /// once, a new language after a restart, which it offers.
    void showSettings(SettingsDialog::Page page = SettingsDialog::Page::General);
    /// The whole window dark (Fusion, dark palette, dark chart) or light; saved when persistent.
    void setDarkTheme(bool dark);

protected:
    void closeEvent(QCloseEvent *event) override;
    /// Files dropped on the window: a workspace (.rutile) opens; price files (.csv, .txt) go to
    /// the import dialog, one after the other.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

signals:
    /// A workspace was opened, or the symbols of the open one changed (an import): emitted
    /// once the symbol list holds the new symbols, before a symbol is charted.
    void workspaceChanged();
    /// The sample workspace at `path` was opened (its universe is filled in the background).
    void sampleWorkspaceOpened(const QString &path);

private:
    void createActions();
    void adoptWorkspace(std::unique_ptr<Workspace> workspace);
    void onSymbolSelectionChanged();
    void showSymbol(const QString &symbol);
    void updateStatus();
    void updateCentralPage();
    void fitSymbolDock();
    void restoreChartLayout(const QString &symbol);

    std::unique_ptr<Workspace> m_workspace;
    QString m_currentSymbol;
    bool m_persistentSettings = true;
    bool m_dockSized = false; ///< the symbol list was fitted to its columns (or restored)

    SymbolTableModel *m_symbols = nullptr;
    SymbolFilterProxy *m_sortedSymbols = nullptr;
    WatchlistBar *m_watchlists = nullptr;
    WatchlistView *m_symbolView = nullptr;
    bool m_resultsSized = false; ///< the results dock got its first height
    QString m_listedWorkspace; ///< the workspace whose symbols the list shows
    QDockWidget *m_dock = nullptr;
    QAction *m_exportReport = nullptr;
    QStackedWidget *m_central = nullptr;
    ChartWorkspace *m_chartWorkspace = nullptr;
    PriceChart *m_chart = nullptr;
    bool m_restoringLayout = false; ///< applying a saved layout: do not save it back meanwhile
    EmptyStatePanel *m_empty = nullptr;
    ElidedLabel *m_workspaceLabel = nullptr;
    ElidedLabel *m_symbolLabel = nullptr;
    QMenu *m_menus[6] = {}; ///< indexed by Menu
};

} // namespace rutile::ui
