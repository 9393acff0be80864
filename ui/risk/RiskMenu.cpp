#include "risk/RiskMenu.h"

#include "MainWindow.h"
#include "risk/RiskDashboardWindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace rutile::ui {

namespace {

// The shared "Analysis" menu: found by object name so that other features add to the same
// menu; created before Help otherwise.
QMenu *analysisMenu(MainWindow *window)
{
    const QString name = QStringLiteral("analysisMenu");
    if (auto *menu = window->menuBar()->findChild<QMenu *>(name))
        return menu;
    auto *menu = new QMenu(MainWindow::tr("&Analysis"), window->menuBar());
    menu->setObjectName(name);
    QAction *before = nullptr;
    if (auto *help = window->menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu")))
        before = help->menuAction();
    window->menuBar()->insertMenu(before, menu);
    return menu;
}

} // namespace

QAction *installRiskDashboardAction(MainWindow *window)
{
    QAction *action = analysisMenu(window)->addAction(MainWindow::tr("&Risk Dashboard..."));
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
