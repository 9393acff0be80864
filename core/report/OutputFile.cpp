#include "report/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>
#include <utility>

namespace rutile {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::OutputFile)
};

thread_local OutputBatch *currentBatch = nullptr;

const QString &stdoutName()
{
    static const QString name = QStringLiteral("<stdout>");
    return name;
}

Error writeError(const QFileDevice &file, const QString &path)
{
    return Error::io(Text::tr("cannot write: %1").arg(file.errorString()), path);
}

// Runs `write`, then flushes and closes `file`, reporting the first error of the three:
// a buffered write to a full disk or a closed pipe fails only on flush or close.
Status writeAndClose(QFileDevice &file, const QString &path, const std::function<Status(QIODevice &)> &write)
{
    Status written = write(file);
    const bool flushed = file.flush();
    const bool failedBefore = file.error() != QFileDevice::NoError;
    file.close();
    if (!written) {
        Error e = written.error();
        e.file = path;
        return e;
    }
    if (!flushed || failedBefore || file.error() != QFileDevice::NoError)
        return writeError(file, path);
    return {};
}

} // namespace

Status checkOutputPath(const QString &path)
{
    if (path == QLatin1String("-"))
        return {};
    if (path.isEmpty())
        return Error::invalidArgument(Text::tr("an output needs a file name (or '-' for standard output)"));
    const QFileInfo info(path);
    if (info.isDir())
        return Error::io(Text::tr("is a folder; expected a file name"), path);
    if (info.exists()) {
        if (!info.isWritable())
            return Error::io(Text::tr("is not writable"), path);
        if (!info.isFile())
            return {}; // a device or a FIFO: written straight to
    }
    // A new file, or a regular file replaced atomically: both need the folder to write the
    // temporary file in.
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return Error::io(Text::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.filePath())), path);
    if (!folder.isDir())
        return Error::io(Text::tr("%1 is not a folder").arg(QDir::toNativeSeparators(folder.filePath())), path);
    if (!folder.isWritable())
        return Error::io(Text::tr("the folder %1 is not writable").arg(QDir::toNativeSeparators(folder.filePath())),
                         path);
    return {};
}

Status writeOutputFile(const QString &path, const std::function<Status(QIODevice &)> &write)
{
    if (path == QLatin1String("-")) {
        // Whatever was printed before through C stdio comes first.
        std::fflush(stdout);
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return writeError(out, stdoutName());
        return writeAndClose(out, stdoutName(), write);
    }
    if (Status s = checkOutputPath(path); !s)
        return s;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly))
            return Error::io(Text::tr("cannot open for writing: %1").arg(device.errorString()), path);
        return writeAndClose(device, path, write);
    }
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly))
        return Error::io(Text::tr("cannot open for writing: %1").arg(file->errorString()), path);
    if (Status s = write(*file); !s) {
        Error e = s.error();
        e.file = path;
        return e; // the QSaveFile's destructor discards the temporary file
    }
    if (currentBatch) {
        // Written through now, so that a full disk shows here rather than at publish().
        if (!file->flush() || file->error() != QFileDevice::NoError)
            return writeError(*file, path);
        currentBatch->m_staged.push_back(std::move(file));
        return {};
    }
    if (!file->commit())
        return writeError(*file, path);
    return {};
}

OutputBatch::OutputBatch() = default;

OutputBatch::~OutputBatch() = default; // each QSaveFile not committed removes its temporary file

Status OutputBatch::publish()
{
    std::vector<std::unique_ptr<QSaveFile>> staged = std::exchange(m_staged, {});
    if (!m_failed)
        return m_failed;
    for (const std::unique_ptr<QSaveFile> &file : staged) {
        if (!file->commit()) {
            m_failed = writeError(*file, file->fileName());
            return m_failed;
        }
    }
    return {};
}

OutputBatch::Scope::Scope(OutputBatch &batch) : m_previous(std::exchange(currentBatch, &batch)) {}

OutputBatch::Scope::~Scope()
{
    currentBatch = m_previous;
}

} // namespace rutile
