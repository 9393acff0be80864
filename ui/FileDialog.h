#pragma once

// Rutile's file dialogs, all through one function. Qt's default icon provider opens every file
// it lists to sniff its MIME type, on a thread of our process; closing that descriptor drops
// every POSIX lock the process holds on the file, SQLite's included
// (https://www.sqlite.org/howtocorrupt.html, section 2.2). With a workspace open, another
// process (rutile-cli) then takes its lock, checkpoints, and deletes the -wal and -shm files we
// still use: the window read an empty workspace while the data were intact on disk (issue 12,
// defect 13). So the dialogs list files with icons and types from the name alone, and on Linux,
// where the native (GTK) dialog also sniffs inside our process, Qt's own dialog is used.

#include "util/Error.h"

#include <QFileDialog>
#include <QString>

#include <functional>

class QAbstractFileIconProvider;
class QWidget;

namespace rutile::ui {

enum class FileDialogMode { Open, Save, Folder };

/// Runs a modal file dialog: Open (an existing file), Save (a file name; `start` may end in the
/// proposed name) or Folder. Returns the chosen path, or an empty string when cancelled.
QString runFileDialog(QWidget *parent, FileDialogMode mode, const QString &title, const QString &start,
    const QString &filter = {}, QFileDialog::Options options = {});

/// Export through a Save dialog: asks for a file (`proposedName` in the home folder), writes it
/// with `write`, and shows a failure in a message box (not a cancel: the user knows). True when a
/// file was written.
bool exportThroughDialog(QWidget *parent, const QString &title, const QString &proposedName, const QString &filter,
                         const std::function<Status(const QString &path)> &write);

/// The icon provider of those dialogs: icons and type names from the file name, never its content.
const QAbstractFileIconProvider *plainIconProvider();

} // namespace rutile::ui
