#pragma once

#include "risk/ReturnSeries.h"

#include <QMainWindow>

namespace rutile::ui {

class RiskDashboard;

/// A top-level window around RiskDashboard: opened from the main window's Analysis menu for
/// the selected symbol, and by the backtest views for an equity curve. It deletes itself
/// when closed and closes with its parent.
class RiskDashboardWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit RiskDashboardWindow(QWidget *parent = nullptr);

    RiskDashboard *dashboard() const { return m_dashboard; }

    /// Opens and shows a dashboard for `symbol` of the workspace at `workspacePath`. On an
    /// unusable workspace the window shows the error in its status line.
    static RiskDashboardWindow *openForSymbol(QWidget *parent, const QString &workspacePath, const QString &symbol);
    /// Opens and shows a dashboard for a value series (a backtest's equity curve); the
    /// workspace, when given, supplies the benchmark symbols.
    static RiskDashboardWindow *openForSeries(
        QWidget *parent, const QString &workspacePath, const risk::DatedSeries &values);

private:
    RiskDashboard *m_dashboard = nullptr;
};

} // namespace rutile::ui
