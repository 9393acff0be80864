#include "risk/RiskMenu.h"

#include "MainWindow.h"
#include "risk/RiskDashboardWindow.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

namespace rutile::ui {

QAction *installRiskDashboardAction(MainWindow *window)
{
    QAction *action = window->menu(MainWindow::Menu::Analysis)->addAction(MainWindow::tr("&Risk Dashboard..."));
    action->setObjectName(QStringLiteral("riskDashboardAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    action->setStatusTip(MainWindow::tr("Return statistics, VaR, expected shortfall, EVT stress values, drawdowns "
                                        "and beta of the selected symbol"));
    QObject::connect(action, &QAction::triggered, window, [window] {
        if (!window->workspace() || window->currentSymbol().isEmpty()) {
            QMessageBox::information(
                window, MainWindow::tr("Risk Dashboard"), MainWindow::tr("Select a symbol first."));
            return;
        }
        RiskDashboardWindow::openForSymbol(window, window->workspace()->path(), window->currentSymbol());
    });
    return action;
}

} // namespace rutile::ui
