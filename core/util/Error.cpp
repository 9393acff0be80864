#include "util/Error.h"

namespace rutile {

QString Error::toString() const
{
    QString where = file;
    if (line > 0) {
        where += (where.isEmpty() ? QStringLiteral("line ") : QStringLiteral(":")) + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace rutile
