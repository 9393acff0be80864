#include "risk/RiskDashboardWindow.h"

#include "WindowGeometry.h"
#include "risk/RiskDashboard.h"

#include <QStatusBar>

namespace rutile::ui {

RiskDashboardWindow::RiskDashboardWindow(QWidget *parent)
    : QMainWindow(parent, Qt::Window)
{
    setObjectName(QStringLiteral("riskDashboardWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_dashboard = new RiskDashboard(this);
    setCentralWidget(m_dashboard);
    manageWindowGeometry(this, QStringLiteral("riskDashboard"), QSize(1440, 900));
}

RiskDashboardWindow *RiskDashboardWindow::openForSymbol(
    QWidget *parent, const QString &workspacePath, const QString &symbol)
{
    auto *window = new RiskDashboardWindow(parent);
    window->setWindowTitle(tr("Risk Dashboard - %1").arg(symbol));
    if (Status s = window->m_dashboard->setWorkspace(workspacePath); !s)
        window->statusBar()->showMessage(s.error().toString());
    window->m_dashboard->showSymbol(symbol);
    window->show();
    return window;
}

RiskDashboardWindow *RiskDashboardWindow::openForSeries(
    QWidget *parent, const QString &workspacePath, const risk::DatedSeries &values)
{
    auto *window = new RiskDashboardWindow(parent);
    window->setWindowTitle(tr("Risk Dashboard - %1").arg(values.name));
    if (!workspacePath.isEmpty()) {
        if (Status s = window->m_dashboard->setWorkspace(workspacePath); !s)
            window->statusBar()->showMessage(s.error().toString());
    }
    window->m_dashboard->showSeries(values);
    window->show();
    return window;
}

} // namespace rutile::ui
