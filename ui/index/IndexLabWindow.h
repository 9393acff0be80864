#pragma once

#include <QMainWindow>

class QAction;
class QTabWidget;

namespace rutile::ui {

class HoldingsPanel;
class IndexBuildPanel;
class MainWindow;

/// Analysis > Index Lab: a fund's holdings (top ten, sectors, concentration, comparison) and
/// an index built from constituents. A top-level window on the main window's workspace; it
/// deletes itself when closed. A stored index appears in the main window's symbol list, and
/// Show on Chart selects it there.
class IndexLabWindow : public QMainWindow {
    Q_OBJECT
public:
    IndexLabWindow(const QString &workspacePath, MainWindow *mainWindow);

    HoldingsPanel *holdings() const { return m_holdings; }
    IndexBuildPanel *builder() const { return m_builder; }
    QTabWidget *tabs() const { return m_tabs; }

    static IndexLabWindow *open(MainWindow *mainWindow);

private:
    HoldingsPanel *m_holdings = nullptr;
    IndexBuildPanel *m_builder = nullptr;
    QTabWidget *m_tabs = nullptr;
};

/// Adds Analysis > Index Lab... to the main window.
QAction *installIndexLabAction(MainWindow *window);

} // namespace rutile::ui
