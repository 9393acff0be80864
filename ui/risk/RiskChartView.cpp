#include "risk/RiskChartView.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace rutile::ui {

RiskChartView::RiskChartView(const QString &exportName, QWidget *parent)
    : QChartView(parent)
    , m_exportName(exportName)
{
    setObjectName(exportName + QStringLiteral("Chart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(280, 200);
    setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *exportPng = new QAction(tr("Export as PNG..."), this);
    addAction(exportPng);
    connect(exportPng, &QAction::triggered, this, [this] {
        const QString name
            = (m_prefix.isEmpty() ? QString() : m_prefix + QLatin1Char('-')) + m_exportName + QStringLiteral(".png");
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Chart as PNG"), QDir::home().filePath(name), tr("PNG images (*.png)"));
        if (!path.isEmpty() && !savePng(path))
            QMessageBox::warning(
                this, tr("Export Failed"), tr("%1: cannot write the image").arg(QDir::toNativeSeparators(path)));
    });
    auto *copy = new QAction(tr("Copy Image"), this);
    addAction(copy);
    connect(copy, &QAction::triggered, this, [this] { QApplication::clipboard()->setPixmap(grab()); });
}

void RiskChartView::replaceChart(QChart *chart)
{
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

bool RiskChartView::savePng(const QString &path)
{
    return grab().save(path, "PNG");
}

} // namespace rutile::ui
