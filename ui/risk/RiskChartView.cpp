#include "risk/RiskChartView.h"

#include "RecentFolders.h"
#include "report/OutputFile.h"
#include "settings/PlotTheme.h"

#include <QImage>

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QClipboard>
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
        const QString path
            = askSaveFileName(this, FolderKind::ExportPng, tr("Export Chart as PNG"), name, tr("PNG images (*.png)"));
        if (path.isEmpty())
            return;
        if (Status s = savePng(path); !s)
            QMessageBox::warning(this, tr("Export Failed"), s.error().toString());
    });
    auto *copy = new QAction(tr("Copy Image"), this);
    addAction(copy);
    connect(copy, &QAction::triggered, this, [this] { QApplication::clipboard()->setPixmap(grab()); });
}

void RiskChartView::replaceChart(QChart *chart)
{
    QChart *old = this->chart();
    themeChart(chart);
    setChart(chart);
    delete old;
}

void RiskChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        themeChart(chart()); // a theme chosen while the chart is shown
}

Status RiskChartView::savePng(const QString &path)
{
    const QImage image = grab().toImage();
    return writeOutputFile(path, [&image, &path](QIODevice &device) -> Status {
        if (!image.save(&device, "PNG"))
            return Error::io(tr("cannot write the image"), path);
        return {};
    });
}

} // namespace rutile::ui
