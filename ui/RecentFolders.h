#pragma once

// The folders file dialogs start in: each kind of file remembers the folder it was last
// opened from or saved to (QSettings "recentFolders/<kind>"), so that exporting twenty CSV
// files does not mean twenty walks from the home folder, and a PNG export does not land among
// the imported price files.

#include <QFileDialog>
#include <QString>

class QWidget;

namespace rutile::ui {

enum class FolderKind {
    Import, ///< price histories read by the import dialog
    ExportPng, ///< charts saved as pictures
    ExportCsv, ///< tables and series saved as CSV
    Strategy, ///< rule files of the strategy editor
    Report, ///< folders that take a whole report (the risk dashboard's Export All)
};

/// The folder a dialog of `kind` last closed in, when it still exists; else the home folder.
QString recentFolder(FolderKind kind);

/// `fileName` in recentFolder(kind): the name a save dialog proposes.
QString recentFolderPath(FolderKind kind, const QString &fileName);

/// Remembers the folder of the file `path` for `kind` (a folder is remembered as it is).
void rememberFolder(FolderKind kind, const QString &path);

/// A save dialog (runFileDialog) starting at recentFolderPath(kind, fileName); remembers the
/// folder chosen. Empty when cancelled.
QString askSaveFileName(QWidget *parent, FolderKind kind, const QString &title, const QString &fileName,
    const QString &filter, QFileDialog::Options options = {});

/// An open dialog (runFileDialog) starting in recentFolder(kind) (or in `startFolder` when given);
/// remembers the folder chosen. Empty when cancelled.
QString askOpenFileName(
    QWidget *parent, FolderKind kind, const QString &title, const QString &filter, const QString &startFolder = {});

/// A folder dialog (runFileDialog) starting in recentFolder(kind); remembers the folder chosen.
QString askExistingFolder(QWidget *parent, FolderKind kind, const QString &title);

} // namespace rutile::ui
