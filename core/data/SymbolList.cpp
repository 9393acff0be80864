#include "data/SymbolList.h"

#include "data/Symbol.h"
#include "util/MessageText.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace rutile {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::SymbolList)
};
} // namespace

Result<QStringList> readSymbolList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(file.errorString(), path);
    static const QRegularExpression token(QStringLiteral("[^\\s,;]+"));
    QStringList symbols;
    qint64 lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).section(QLatin1Char('#'), 0, 0);
        for (auto it = token.globalMatch(line); it.hasNext();) {
            const auto match = it.next();
            if (!normalizeSymbol(match.captured()))
                return Error::invalidInput(Text::tr("%1 is not a valid symbol (letters, digits and ^ . - _ =, up to 32)")
                                               .arg(quoteFileText(match.captured().toUtf8())),
                                           path, lineNumber, int(match.capturedStart()) + 1);
            symbols << match.captured();
        }
    }
    return symbols;
}

} // namespace rutile
