#include "Cli.h"

#include "journal/RunEntries.h"

#include "data/Symbol.h"
#include "report/OutputFile.h"
#include "storage/Workspace.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonValue>
#include <QRegularExpression>

#include <cstdio>
#include <exception>
#include <future>
#include <new>
#include <system_error>

namespace rutile::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli)
};

const QCommandLineOption &dbOption()
{
    static const QCommandLineOption option(QStringLiteral("db"),
                                           Text::tr("The workspace (SQLite cache) to use; default: %1.")
                                               .arg(Workspace::defaultPath()),
                                           Text::tr("PATH"));
    return option;
}

QString commandList()
{
    QString text = Text::tr("Commands:") + QLatin1Char('\n');
    for (const Command &c : commands())
        text += QStringLiteral("  %1  %2\n").arg(c.name, -10).arg(c.summary);
    return text;
}

// The first argument that is not an option or an option's value.
int commandIndex(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

// One rule for every command with --from and --to: a reversed range is a usage error,
// never an empty output or a data error further down.
Status checkDateRange(const Context &ctx)
{
    const QStringList given = ctx.parser.optionNames();
    if (!given.contains(QLatin1String("from")) || !given.contains(QLatin1String("to")))
        return {};
    const auto from = ctx.dateOption(QStringLiteral("from"));
    const auto to = ctx.dateOption(QStringLiteral("to"));
    if (!from || !to)
        return (from ? to : from).error();
    if (*from > *to)
        return Error::invalidArgument(Text::tr("--from (%1) is after --to (%2)")
                                          .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)));
    return {};
}

// Every output destination the command was given, checked before it does any work.
Status checkOutputs(const Context &ctx, const Command &command)
{
    const QStringList given = ctx.parser.optionNames();
    QHash<QString, QString> fileOutputs; // absolute path -> its option
    // An output written over the workspace (or its WAL) would replace the database by rename.
    const QFileInfo workspaceInfo(ctx.dbPath);
    const QString workspace = workspaceInfo.exists() ? workspaceInfo.canonicalFilePath()
                                                     : QDir::cleanPath(workspaceInfo.absoluteFilePath());
    for (const QString &name : command.outputs) {
        if (!given.contains(name))
            continue;
        for (const QString &path : ctx.parser.values(name)) {
            if (Status s = checkOutputPath(path); !s) {
                Error e = s.error();
                e.message = QStringLiteral("--%1: %2").arg(name, e.message);
                return e;
            }
            // Two outputs in one file would leave only the last; streams ("-", a device, a
            // FIFO) take what comes, one after the other.
            const QFileInfo info(path);
            if (path == u"-" || (info.exists() && !info.isFile()))
                continue;
            const QString file = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
            for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm"),
                                               QLatin1String("-journal")}) {
                if (file == QString(workspace + suffix))
                    return Error::invalidArgument(Text::tr("--%1: %2 is the workspace's own file; the output would replace it")
                                                      .arg(name, QDir::toNativeSeparators(path)));
            }
            if (const auto other = fileOutputs.constFind(file); other != fileOutputs.constEnd())
                return Error::invalidArgument(Text::tr("--%1: %2 is the file of --%3 too; give each output a file of its own")
                                                  .arg(name, QDir::toNativeSeparators(path), *other));
            fileOutputs.insert(file, name);
        }
    }
    return {};
}

/// A journaled run's entry fingerprints its bars with SHA-256, which libcrypto takes about a
/// millisecond to fetch: a command that journals has it fetched on another thread while this
/// one starts up and reads the workspace (work of one thread: the other cores are idle).
std::future<void> fetchDigestMeanwhile()
{
    try {
        return std::async(std::launch::async, &Sha256::prepare);
    } catch (const std::system_error &) {
        return {}; // no thread to spare: the first digest fetches it
    }
}

/// A command that creates the workspace (import, download, sample...) and then fails before
/// storing anything (a file refused, every download failed, a report it could not write) would
/// leave an empty workspace where there was none: a failed command leaves no trace. One that
/// stored something before failing (some symbols of a batch) keeps it.
void removeWorkspaceMadeForNothing(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.isSymLink())
        return;
    const bool empty = [&] {
        const auto workspace = Workspace::open(path, WorkspaceAccess::Read);
        if (!workspace)
            return false;
        const auto nothing = (*workspace)->holdsNothing();
        return nothing && *nothing;
    }();
    if (empty)
        (void)QFile::remove(path);
}

} // namespace

Context::Context(QCommandLineParser &p, QString path)
    : parser(p), dbPath(std::move(path)), m_out(stdout), m_err(stderr)
{
}

Status Context::journal(const std::function<RunRecord()> &makeEntry,
                        const std::function<Status(const RunRecord &)> &outputs)
{
    // What the command wrote and printed reaches its reader before the journal's disk commit.
    m_out.flush();
    if (Status s = publishOutputs(); !s)
        return s;
    // The workspace is opened for the entry on another thread while this one makes the entry
    // (the bars' fingerprint, the curves packed): the run's other threads are done by now.
    std::future<Result<std::unique_ptr<Workspace>>> opening;
    try {
        opening = std::async(std::launch::async, &journal::openJournal, dbPath);
    } catch (const std::system_error &) {
        // no thread to spare: opened below, on this one
    }
    RunRecord record = makeEntry();
    auto workspace = opening.valid() ? opening.get() : journal::openJournal(dbPath);
    bool outputsRan = false;
    Status written;
    const auto id = !workspace ? Result<qint64>(workspace.error())
                               : (*workspace)->appendRun(record, [&](qint64 id) {
                                     record.id = id;
                                     outputsRan = true;
                                     written = outputs ? outputs(record) : Status();
                                     if (written)
                                         written = publishOutputs();
                                     return written;
                                 });
    if (outputsRan) {
        if (!id && written) // the outputs are there, the entry could not be committed
            warn(Text::tr("the run was not journaled: %1").arg(id.error().message));
        return written;
    }
    if (id)
        return written;
    warn(Text::tr("the run was not journaled: %1").arg(id.error().message));
    record.id = 0;
    if (Status s = outputs ? outputs(record) : Status(); !s)
        return s;
    return publishOutputs();
}

Result<std::unique_ptr<Workspace>> Context::openWorkspace() const
{
    return Workspace::open(dbPath, workspaceAccess);
}

int Context::fail(const Error &error)
{
    m_err << QCoreApplication::applicationName().toLower() << "-cli: " << error.toString() << Qt::endl;
    switch (error.kind) {
    case ErrorKind::InvalidArgument: return UsageError;
    case ErrorKind::InvalidInput:
    case ErrorKind::NotFound:
    case ErrorKind::Io: return DataError;
    case ErrorKind::Database:
    case ErrorKind::Cancelled:
    case ErrorKind::Internal: return InternalError;
    }
    return InternalError;
}

int runGuarded(Context &ctx, const std::function<int()> &command)
{
    // An exception escaping a command is a bug or an exhausted machine: one line and exit 3, as
    // CLI.md promises, not an abort; the transactions it unwound through are rolled back and the
    // outputs it staged are dropped by the caller.
    try {
        return command();
    } catch (const std::bad_alloc &) {
        return ctx.fail(Error::internal(Text::tr("internal error: out of memory")));
    } catch (const std::exception &e) {
        return ctx.fail(Error::internal(Text::tr("internal error: %1").arg(QString::fromLocal8Bit(e.what()))));
    }
}

int Context::usage(const QString &message)
{
    m_err << "rutile-cli: " << message << Qt::endl;
    return UsageError;
}

void Context::warn(const QString &message)
{
    m_err << "rutile-cli: warning: " << message << Qt::endl;
}

int Context::writeJson(const QJsonDocument &json, const QString &target)
{
    m_out.flush();
    const QByteArray bytes = json.toJson(QJsonDocument::Indented);
    const Status written = writeOutputFile(target, [&bytes](QIODevice &device) -> Status {
        if (device.write(bytes) != bytes.size())
            return Error::io(device.errorString());
        return {};
    });
    return written ? Success : fail(written.error());
}

Status Context::writeOutputOption(const QString &name, const std::function<Status(QIODevice &)> &write, bool &stdoutTaken)
{
    if (!parser.isSet(name))
        return {};
    const QString target = parser.value(name);
    m_out.flush();
    if (Status s = writeOutputFile(target, write); !s)
        return s;
    stdoutTaken = stdoutTaken || target == u"-";
    return {};
}

Status Context::writeJsonOption(const QJsonObject &document, bool &stdoutTaken)
{
    const QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    return writeOutputOption(QStringLiteral("json"), [&bytes](QIODevice &device) -> Status {
        if (device.write(bytes) != bytes.size())
            return Error::io(device.errorString());
        return {};
    }, stdoutTaken);
}

Status Context::writeReport(const std::function<QJsonObject()> &json, const std::function<void(QTextStream &out)> &text)
{
    if (parser.isSet(QStringLiteral("json"))) {
        bool stdoutTaken = false;
        if (Status s = writeJsonOption(json(), stdoutTaken); !s)
            return s;
    } else {
        text(m_out);
    }
    return flushOut();
}

Result<QDate> Context::dateOption(const QString &name) const
{
    if (!parser.isSet(name))
        return QDate();
    const QString text = parser.value(name);
    // Exactly YYYY-MM-DD (CLI.md): Qt's ISO reading also takes 2024/07/30.
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        return Error::invalidArgument(Text::tr("--%1: expected a date as YYYY-MM-DD, found '%2'").arg(name, text));
    return date;
}

Result<Timeframe> Context::timeframeOption() const
{
    const QString name = QStringLiteral("timeframe");
    if (!parser.isSet(name))
        return Timeframe::Daily;
    const QString text = parser.value(name);
    if (const auto timeframe = timeframeFromName(text))
        return *timeframe;
    return Error::invalidArgument(
        Text::tr("--timeframe must be daily, weekly or monthly, found '%1'").arg(text));
}

QCommandLineOption timeframeCommandOption()
{
    return QCommandLineOption(QStringLiteral("timeframe"),
        Text::tr("Bars of daily (default), weekly (ISO weeks) or monthly periods, each dated by its last "
                 "trading day; indicators are computed on them."),
        Text::tr("TF"));
}

Result<QString> Context::symbolArgument(const QString &text) const
{
    return parseSymbol(text);
}

Status Context::flushOut()
{
    m_out.flush();
    QFile out;
    const bool flushed = out.open(stdout, QIODevice::WriteOnly) && out.flush();
    // ferror: an earlier flush (by the text stream) may have failed and emptied the buffer.
    if (!flushed || m_out.status() != QTextStream::Ok || std::ferror(stdout))
        return Error::io(Text::tr("cannot write to standard output%1")
                             .arg(flushed ? QString() : QStringLiteral(": ") + out.errorString()),
                         QStringLiteral("<stdout>"));
    return {};
}

QStringList Context::arguments() const
{
    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // the command name
    return positional.mid(argumentOffset);
}

QString commandName(const QStringList &arguments)
{
    const int index = commandIndex(arguments);
    return index > 0 ? arguments[index] : QString();
}

const std::vector<Command> &commands()
{
    static const std::vector<Command> all = {importCommand(), symbolsCommand(), exportCommand(),
                                             indicatorsCommand(), riskCommand(), backtestCommand(),
                                             downloadCommand(), updateCommand(), holdingsCommand(),
                                             indexCommand(), listCommand(), scanCommand(), portfolioCommand(), pairCommand(),
                                             fairValueCommand(), mlCommand(), sampleCommand(),
                                             optimizeCommand(), mergeCommand(), walkForwardCommand(),
                                             checkStrategyCommand(), runsCommand(), reportCommand(), chartCommand()};
    return all;
}

int run(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Rutile command-line interface: the engine of the Rutile workstation, headless.") + QLatin1Char('\n')
        + commandList() + Text::tr("Run 'rutile-cli COMMAND --help' for a command's options."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(dbOption());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();

    const int index = commandIndex(arguments);
    const Command *command = nullptr;
    if (index > 0) {
        const QString name = arguments[index];
        for (const Command &c : commands()) {
            if (c.name == name)
                command = &c;
        }
        if (!command) {
            err << "rutile-cli: "
                << Text::tr("unknown command '%1'; 'rutile-cli --help' lists the commands").arg(name) << Qt::endl;
            return UsageError;
        }
        // A command's help is about the command: its summary, not the list of every command.
        parser.setApplicationDescription(command->summary);
        parser.clearPositionalArguments();
        parser.addPositionalArgument(command->name, command->summary);
        command->addOptions(parser);
    }

    if (!parser.parse(arguments)) {
        err << "rutile-cli: " << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << QCoreApplication::applicationName().toLower() << "-cli "
                            << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    if (!command) {
        err << "rutile-cli: " << Text::tr("no command given; 'rutile-cli --help' lists the commands") << Qt::endl;
        return UsageError;
    }

    const std::future<void> digestFetched = command->journals ? fetchDigestMeanwhile() : std::future<void>();
    Context context(parser, parser.isSet(dbOption()) ? parser.value(dbOption()) : Workspace::defaultPath());
    context.workspaceAccess = command->workspaceAccess;
    if (Status s = checkDateRange(context); !s)
        return context.fail(s.error());
    if (Status s = checkOutputs(context, *command); !s)
        return context.fail(s.error());
    // A dangling symbolic link counts as there: the file SQLite would make is its target.
    const QFileInfo workspaceBefore(context.dbPath);
    const bool workspaceExisted = workspaceBefore.exists() || workspaceBefore.isSymLink();
    const int code = [&] {
        const OutputBatch::Scope staging(context.outputs);
        return runGuarded(context, [&] { return command->run(context); });
    }();
    if (code != Success && !workspaceExisted)
        removeWorkspaceMadeForNothing(context.dbPath);
    if (Status s = context.flushOut(); !s)
        return code != Success ? code : context.fail(s.error());
    if (code != Success)
        return code; // its files not yet published are removed: they keep their bytes
    if (Status s = context.publishOutputs(); !s)
        return context.fail(s.error());
    return code;
}

} // namespace rutile::cli
