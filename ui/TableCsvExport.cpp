#include "TableCsvExport.h"

#include "RecentFolders.h"

#include "report/CsvWriter.h"
#include "report/OutputFile.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAction>
#include <QBuffer>
#include <QCoreApplication>
#include <QMessageBox>

namespace rutile::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ui::TableCsvExport)
};

QString cellText(const QVariant &exported, const QVariant &displayed)
{
    return (exported.isValid() ? exported : displayed).toString();
}

// The model's table through the project's one CSV writer.
Status writeTable(const QAbstractItemModel &model, QIODevice &device)
{
    CsvWriter csv(device);
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c)
        csv.field(cellText(
            model.headerData(c, Qt::Horizontal, kExportRole), model.headerData(c, Qt::Horizontal, Qt::DisplayRole)));
    if (Status s = csv.endRecord(); !s)
        return s;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            csv.field(cellText(model.data(index, kExportRole), model.data(index, Qt::DisplayRole)));
        }
        if (Status s = csv.endRecord(); !s)
            return s;
    }
    return csv.finish();
}

} // namespace

QString tableToCsv(const QAbstractItemModel &model)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    (void)writeTable(model, buffer); // a QBuffer in memory cannot fail to take the bytes
    return QString::fromUtf8(bytes);
}

Status writeTableCsv(const QAbstractItemModel &model, const QString &path)
{
    return writeOutputFile(path, [&model](QIODevice &device) { return writeTable(model, device); });
}

void exportTableCsvDialog(QAbstractItemView *view, const QString &suggestedName)
{
    if (!view->model())
        return;
    const QString path = askSaveFileName(view, FolderKind::ExportCsv, Text::tr("Export table as CSV"), suggestedName,
        Text::tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status s = writeTableCsv(*view->model(), path); !s)
        QMessageBox::warning(view, Text::tr("Export failed"), s.error().toString());
}

void addCsvExportAction(QAbstractItemView *view, const QString &suggestedName)
{
    auto *action = new QAction(Text::tr("Export as CSV..."), view);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(action);
    QObject::connect(action, &QAction::triggered, view, [view, suggestedName] { exportTableCsvDialog(view, suggestedName); });
}

} // namespace rutile::ui
