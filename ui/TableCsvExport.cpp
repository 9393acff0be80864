#include "TableCsvExport.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

namespace rutile::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ui::TableCsvExport)
};

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString cellText(const QVariant &exported, const QVariant &displayed)
{
    return (exported.isValid() ? exported : displayed).toString();
}

} // namespace

QString tableToCsv(const QAbstractItemModel &model)
{
    QString out;
    const int columns = model.columnCount();
    QStringList fields;
    for (int c = 0; c < columns; ++c)
        fields << csvField(cellText(
            model.headerData(c, Qt::Horizontal, kExportRole), model.headerData(c, Qt::Horizontal, Qt::DisplayRole)));
    out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int r = 0; r < model.rowCount(); ++r) {
        fields.clear();
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            fields << csvField(cellText(model.data(index, kExportRole), model.data(index, Qt::DisplayRole)));
        }
        out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

Status writeTableCsv(const QAbstractItemModel &model, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {ErrorKind::Io, file.errorString(), path, 0, 0};
    file.write(tableToCsv(model).toUtf8());
    if (!file.commit())
        return Error {ErrorKind::Io, file.errorString(), path, 0, 0};
    return {};
}

void addCsvExportAction(QAbstractItemView *view, const QString &suggestedName)
{
    auto *action = new QAction(Text::tr("Export as CSV..."), view);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(action);
    QObject::connect(action, &QAction::triggered, view, [view, suggestedName] {
        if (!view->model())
            return;
        const QString path = QFileDialog::getSaveFileName(view, Text::tr("Export table as CSV"),
            QDir::home().filePath(suggestedName), Text::tr("CSV files (*.csv);;All files (*)"));
        if (path.isEmpty())
            return;
        if (Status s = writeTableCsv(*view->model(), path); !s)
            QMessageBox::warning(view, Text::tr("Export failed"), s.error().toString());
    });
}

} // namespace rutile::ui
