#pragma once

class QAction;

namespace rutile::ui {

class MainWindow;

/// Adds "Risk Dashboard..." (Ctrl+Shift+R) to the main window's Analysis menu (created
/// before Help when no other feature made it yet): it opens a RiskDashboardWindow for the
/// selected symbol of the open workspace.
QAction *installRiskDashboardAction(MainWindow *window);

} // namespace rutile::ui
