#include "RecentFolders.h"

#include "FileDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace rutile::ui {

namespace {

QString settingsKey(FolderKind kind)
{
    switch (kind) {
    case FolderKind::Import:
        return QStringLiteral("recentFolders/import");
    case FolderKind::ExportPng:
        return QStringLiteral("recentFolders/exportPng");
    case FolderKind::ExportCsv:
        return QStringLiteral("recentFolders/exportCsv");
    case FolderKind::Strategy:
        return QStringLiteral("recentFolders/strategy");
    case FolderKind::Report:
        return QStringLiteral("recentFolders/report");
    }
    return QStringLiteral("recentFolders/other");
}

// Where the import dialog and the strategy editor kept their folders before this helper: a
// user's remembered folder survives the update.
QString legacyKey(FolderKind kind)
{
    switch (kind) {
    case FolderKind::Import:
        return QStringLiteral("import/lastFolder");
    case FolderKind::Strategy:
        return QStringLiteral("strategyEditor/folder");
    default:
        return {};
    }
}

} // namespace

QString recentFolder(FolderKind kind)
{
    const QSettings settings;
    QString folder = settings.value(settingsKey(kind)).toString();
    if (folder.isEmpty() && !legacyKey(kind).isEmpty())
        folder = settings.value(legacyKey(kind)).toString();
    // A folder deleted or unmounted since (a USB stick): the home folder, not a dialog that
    // opens wherever the platform falls back to.
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

QString recentFolderPath(FolderKind kind, const QString &fileName)
{
    return QDir(recentFolder(kind)).filePath(fileName);
}

void rememberFolder(FolderKind kind, const QString &path)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    QSettings().setValue(settingsKey(kind), info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

QString askSaveFileName(QWidget *parent, FolderKind kind, const QString &title, const QString &fileName,
    const QString &filter, QFileDialog::Options options)
{
    const QString path
        = runFileDialog(parent, FileDialogMode::Save, title, recentFolderPath(kind, fileName), filter, options);
    rememberFolder(kind, path);
    return path;
}

QString askOpenFileName(
    QWidget *parent, FolderKind kind, const QString &title, const QString &filter, const QString &startFolder)
{
    const QString start = startFolder.isEmpty() ? recentFolder(kind) : startFolder;
    const QString path = runFileDialog(parent, FileDialogMode::Open, title, start, filter);
    rememberFolder(kind, path);
    return path;
}

QString askExistingFolder(QWidget *parent, FolderKind kind, const QString &title)
{
    const QString folder = runFileDialog(parent, FileDialogMode::Folder, title, recentFolder(kind));
    rememberFolder(kind, folder);
    return folder;
}

} // namespace rutile::ui
