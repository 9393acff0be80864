#include "FileDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QMessageBox>

namespace rutile::ui {

namespace {

class PlainIconProvider : public QFileIconProvider {
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    // stat() only: a folder or a file, never the file's content.
    QIcon icon(const QFileInfo &info) const override
    {
        return QFileIconProvider::icon(info.isDir() ? QAbstractFileIconProvider::Folder : QAbstractFileIconProvider::File);
    }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileDialog::tr("Folder");
        return info.suffix().isEmpty() ? QFileDialog::tr("File") : QFileDialog::tr("%1 File").arg(info.suffix().toUpper());
    }
};

} // namespace

const QAbstractFileIconProvider *plainIconProvider()
{
    static const PlainIconProvider provider;
    return &provider;
}

QString runFileDialog(QWidget *parent, FileDialogMode mode, const QString &title, const QString &start,
    const QString &filter, QFileDialog::Options options)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    options |= QFileDialog::DontUseNativeDialog;
#endif
    QFileDialog dialog(parent, title, QString(), filter);
    dialog.setOptions(options);
    dialog.setIconProvider(const_cast<QAbstractFileIconProvider *>(plainIconProvider()));
    const QFileInfo startInfo(start);
    switch (mode) {
    case FileDialogMode::Open:
        dialog.setFileMode(QFileDialog::ExistingFile);
        break;
    case FileDialogMode::Save:
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setFileMode(QFileDialog::AnyFile);
        break;
    case FileDialogMode::Folder:
        dialog.setFileMode(QFileDialog::Directory);
        dialog.setOption(QFileDialog::ShowDirsOnly);
        break;
    }
    if (start.isEmpty() || startInfo.isDir()) {
        dialog.setDirectory(start);
    } else {
        dialog.setDirectory(startInfo.absolutePath());
        dialog.selectFile(startInfo.fileName());
    }
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

bool exportThroughDialog(QWidget *parent, const QString &title, const QString &proposedName, const QString &filter,
                         const std::function<Status(const QString &path)> &write)
{
    const QString path = runFileDialog(parent, FileDialogMode::Save, title, QDir::home().filePath(proposedName), filter);
    if (path.isEmpty())
        return false;
    if (Status s = write(path); !s) {
        if (s.error().kind != ErrorKind::Cancelled) // the user stopped it: nothing to report
            QMessageBox::critical(parent, QCoreApplication::translate("rutile::ui::FileDialog", "Cannot Export"),
                                  s.error().toString());
        return false;
    }
    return true;
}

} // namespace rutile::ui
