#include "report/OutputFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace rutile {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::OutputFile)
};
} // namespace

Status writeOutputFile(const QString &path, const std::function<Status(QIODevice &)> &write)
{
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return Error{ErrorKind::Io, out.errorString(), QStringLiteral("<stdout>"), 0, 0};
        return write(out);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorKind::Io, file.errorString(), path, 0, 0};
    if (Status s = write(file); !s) {
        Error e = s.error();
        e.file = path;
        return e;
    }
    if (!file.commit())
        return Error{ErrorKind::Io, Text::tr("cannot write the file: %1").arg(file.errorString()), path, 0, 0};
    return {};
}

} // namespace rutile
