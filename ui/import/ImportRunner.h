#pragma once

#include "import/CacheComparison.h"
#include "import/HistoryImporter.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace rutile {
class Workspace;
}

namespace rutile::ui {

/// What a background import produced: a report, or the error that stopped it
/// (ErrorKind::Cancelled after a cancel). The workspace is unchanged unless `report` is set.
struct ImportOutcome {
    std::optional<ImportReport> report;
    Error error;
    /// Set, with `comparison`, when the file would change cached bars and the start asked to
    /// confirm that first: nothing is written until storePending() gets it back.
    std::shared_ptr<ParsedImport> pending;
    std::optional<CacheComparison> comparison;

    bool ok() const { return report.has_value(); }
    bool cancelled() const { return !ok() && !pending && error.kind == ErrorKind::Cancelled; }
    bool needsConfirmation() const { return pending != nullptr; }
};

/// Runs importHistory() on a thread-pool thread.
///
/// The worker opens its own Workspace on the same file (a Workspace belongs to one thread;
/// SQLite's WAL lets the GUI keep reading meanwhile). Progress and cancellation travel
/// through TaskControl: progress goes to a QPromise, watched here and re-emitted in
/// permille; cancel() raises a flag that the importer polls. The future itself is never
/// cancelled, so the worker always reports what really happened: a cancel that arrives
/// after the transaction committed yields the report, not a false "cancelled".
class ImportRunner : public QObject {
    Q_OBJECT
public:
    explicit ImportRunner(QObject *parent = nullptr);
    /// Asks a running import to stop and waits for it.
    ~ImportRunner() override;

    /// Starts importing `request` into the workspace file at `workspacePath`. Ignored while
    /// an import is running. With `confirmReplacement`, a file that would change bars already
    /// cached stops after parsing: the outcome carries the parsed file and the comparison,
    /// and storePending() writes it once the user agreed.
    void start(const QString &workspacePath, const ImportRequest &request, bool confirmReplacement = false);
    /// Writes a parsed file that an earlier outcome held back (ImportOutcome::pending).
    void storePending(const QString &workspacePath, std::shared_ptr<ParsedImport> parsed);
    /// Asks the running import to stop; finished() follows with the outcome.
    void cancel();
    bool isRunning() const;

    /// Runs the import on the calling thread (the worker's body).
    static ImportOutcome run(const QString &workspacePath, const ImportRequest &request, const TaskControl &control,
        bool confirmReplacement = false);

signals:
    void progressChanged(int permille);
    void finished(const rutile::ui::ImportOutcome &outcome);

private:
    static ImportOutcome store(Workspace &workspace, ParsedImport parsed, const TaskControl &control);
    void launch(std::function<ImportOutcome(const TaskControl &)> work);

    QFutureWatcher<ImportOutcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace rutile::ui

Q_DECLARE_METATYPE(rutile::ui::ImportOutcome)
