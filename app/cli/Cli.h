#pragma once

#include "data/Timeframe.h"
#include "report/OutputFile.h"
#include "storage/WorkspaceAccess.h"
#include "util/Error.h"
#include "util/JsonNumber.h" // jsonDate, jsonNumber

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace rutile {
class Workspace;
struct RunRecord;
}

namespace rutile::cli {

/// Exit codes of the rutile-cli contract (shared/design/CLI.md).
enum ExitCode { Success = 0, UsageError = 1, DataError = 2, InternalError = 3 };

/// What a command gets: the parsed command line, the workspace path, and output helpers
/// that keep stderr to one clear line per error.
class Context {
public:
    Context(QCommandLineParser &parser, QString dbPath);

    QCommandLineParser &parser;
    const QString dbPath;

    QTextStream &out() { return m_out; }

    /// What the running command may do to the workspace (its Command::workspaceAccess).
    WorkspaceAccess workspaceAccess = WorkspaceAccess::Read;

    /// Opens the workspace named by --db (or the default one) with workspaceAccess.
    Result<std::unique_ptr<Workspace>> openWorkspace() const;

    /// Prints `error` as one line and returns the exit code its kind maps to.
    int fail(const Error &error);
    /// Prints a usage error and returns UsageError.
    int usage(const QString &message);
    /// Prints a warning line to stderr.
    void warn(const QString &message);

    /// Writes JSON to `target`, or to stdout when it is "-".
    int writeJson(const QJsonDocument &json, const QString &target);
    /// When option `name` was given, writes `write` to its target (a file, or stdout for "-")
    /// through writeOutputFile, and sets `stdoutTaken` when that was stdout.
    Status writeOutputOption(const QString &name, const std::function<Status(QIODevice &)> &write, bool &stdoutTaken);
    /// --json OUT when given: `document` indented, as writeOutputOption writes.
    Status writeJsonOption(const QJsonObject &document, bool &stdoutTaken);
    /// A storing command's report, from inside its transaction: --json OUT when given (the
    /// document `json` makes), else what `text` prints; then flushed, so that a report lost to a
    /// full disk or a closed pipe is an error before the commit.
    Status writeReport(const std::function<QJsonObject()> &json, const std::function<void(QTextStream &out)> &text);

    /// Records a finished run in the workspace's journal, once its outputs are published and
    /// printed (flushed here): the journal's disk commit does not hold the results back. A
    /// workspace that cannot take it (read-only) leaves the run unjournaled with a one-line
    /// warning; the command still succeeds. `outputs`, when given, writes what shows the run's
    /// id (a report) inside the journal's transaction and publishes it: its error leaves no
    /// entry and is returned. Unjournaled, it gets the record with id 0. `makeEntry` makes the
    /// entry then, while the workspace is opened for it on another thread.
    Status journal(const std::function<RunRecord()> &makeEntry,
                   const std::function<Status(const RunRecord &)> &outputs = {});

    /// The value of a date option, or a usage error naming it.
    Result<QDate> dateOption(const QString &name) const;
    /// The value of --timeframe (daily when it is not given), or a usage error naming it.
    Result<Timeframe> timeframeOption() const;
    /// A symbol given by the user, in the form the workspace stores (normalizeSymbol), or a
    /// usage error.
    Result<QString> symbolArgument(const QString &text) const;

    /// Flushes standard output; an Error when anything written to it was lost (a full
    /// disk, a closed pipe).
    Status flushOut();

    /// Every output file a command writes (writeOutputFile) is staged in this batch and
    /// published when the command succeeds (run() does it), so that a command failing after
    /// its first outputs leaves them all as they were. A command publishes earlier itself what
    /// must be out before a later step (the journal's commit), or despite its failure (the
    /// JSON that lists what a download got and what it did not).
    OutputBatch outputs;
    /// outputs.publish().
    Status publishOutputs() { return outputs.publish(); }

    /// The positional arguments after the command name (and after the first
    /// `argumentOffset` of them: a subcommand such as `report backtest` hides its own name).
    QStringList arguments() const;
    int argumentOffset = 0;

private:
    QTextStream m_out;
    QTextStream m_err;
};

/// One subcommand: its name and one-line summary, the options it adds to the parser, what
/// it does, and the names of its options that take an output destination (a file, a
/// device, a FIFO or '-'). run() checks every given output before the command starts, so
/// a command never does its work (an import, say) and then fails to write its report.
struct Command {
    QString name;
    QString summary;
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(Context &)> run;
    QStringList outputs;
    /// Only the commands that write the workspace create it; every other one needs an
    /// existing workspace and creates nothing.
    WorkspaceAccess workspaceAccess = WorkspaceAccess::Read;
    /// Whether the command journals its run (Context::journal).
    bool journals = false;
};

/// --timeframe daily|weekly|monthly, as `export`, `indicators` and `chart` take it.
QCommandLineOption timeframeCommandOption();

/// Every command rutile-cli knows, in the order `--help` lists them.
const std::vector<Command> &commands();

/// The command named in `arguments` (argv, program name first), or an empty string: the
/// first argument that is neither an option nor a global option's value.
QString commandName(const QStringList &arguments);

/// Runs rutile-cli with `arguments` (argv as QStrings, program name first).
int run(const QStringList &arguments);

/// `command()`'s exit code, or InternalError (3) with one line on stderr when it throws.
int runGuarded(Context &ctx, const std::function<int()> &command);

// Command factories, one per file under commands/.
Command importCommand();
Command indexCommand();
Command listCommand();
Command sampleCommand();
Command symbolsCommand();
Command exportCommand();
Command indicatorsCommand();
Command riskCommand();
Command backtestCommand();
Command optimizeCommand();
Command mergeCommand();
Command scanCommand();
Command portfolioCommand();
Command pairCommand();
Command fairValueCommand();
Command mlCommand();
Command walkForwardCommand();
Command checkStrategyCommand();
Command downloadCommand();
Command updateCommand();
Command holdingsCommand();
Command runsCommand();
/// Built into rutile_cli_chart (links Rutile::Ui); run only under a QApplication.
Command chartCommand();
Command reportCommand();

} // namespace rutile::cli
