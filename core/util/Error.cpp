#include "util/Error.h"

#include "util/MessageText.h"

#include <QCoreApplication>

namespace rutile {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Error)
};

} // namespace

QString Error::toString() const
{
    QString where = file;
    if (line > 0) {
        where += where.isEmpty() ? Text::tr("line %1").arg(line) : QString(QLatin1Char(':') + QString::number(line));
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    // Messages and file names can carry bytes of a file or of a path; whatever they hold,
    // an error is one line (the CLI's contract, and a log reader's).
    return escapeControlCharacters(where.isEmpty() ? message : where + QStringLiteral(": ") + message);
}

Error Error::invalidArgument(QString message)
{
    return Error{ErrorKind::InvalidArgument, std::move(message), {}, 0, 0};
}

Error Error::invalidInput(QString message, QString file, qint64 line, int column)
{
    return Error{ErrorKind::InvalidInput, std::move(message), std::move(file), line, column};
}

Error Error::notFound(QString message, QString file)
{
    return Error{ErrorKind::NotFound, std::move(message), std::move(file), 0, 0};
}

Error Error::io(QString message, QString file)
{
    return Error{ErrorKind::Io, std::move(message), std::move(file), 0, 0};
}

Error Error::database(QString message, QString file)
{
    return Error{ErrorKind::Database, std::move(message), std::move(file), 0, 0};
}

Error Error::cancelled(QString message, QString file, qint64 line)
{
    return Error{ErrorKind::Cancelled, std::move(message), std::move(file), line, 0};
}

Error Error::internal(QString message)
{
    return Error{ErrorKind::Internal, std::move(message), {}, 0, 0};
}

} // namespace rutile
