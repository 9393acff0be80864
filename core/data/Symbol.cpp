#include "data/Symbol.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace rutile {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Symbol)
};
} // namespace

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

Result<QString> parseSymbol(const QString &text)
{
    if (auto symbol = normalizeSymbol(text))
        return *symbol;
    return Error::invalidArgument(
        Text::tr("'%1' is not a valid symbol (letters, digits and . - _ =, up to 32)").arg(text));
}

std::optional<QString> symbolFromFileName(const QString &path)
{
    const QString base = QFileInfo(path).completeBaseName();
    static const QRegularExpression separator(QStringLiteral("[_ ]"));
    return normalizeSymbol(base.section(separator, 0, 0));
}

} // namespace rutile
