#include "data/Symbol.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace rutile {

std::optional<QString> normalizeSymbol(const QString &text)
{
    QString symbol = text.trimmed().toUpper();
    if (symbol.startsWith(QLatin1Char('^')))
        symbol.remove(0, 1);
    static const QRegularExpression valid(QStringLiteral("^[A-Z0-9][A-Z0-9._=-]{0,31}$"));
    if (!valid.match(symbol).hasMatch())
        return std::nullopt;
    return symbol;
}

std::optional<QString> symbolFromFileName(const QString &path)
{
    const QString base = QFileInfo(path).completeBaseName();
    static const QRegularExpression separator(QStringLiteral("[_ ]"));
    return normalizeSymbol(base.section(separator, 0, 0));
}

} // namespace rutile
