#include "rules/Vocabulary.h"

namespace rutile::rules {

const QStringList &statementKeywords()
{
    static const QStringList words{
        QStringLiteral("param"),     QStringLiteral("let"),         QStringLiteral("buy"),
        QStringLiteral("sell"),      QStringLiteral("short"),       QStringLiteral("cover"),
        QStringLiteral("stop_loss"), QStringLiteral("take_profit"), QStringLiteral("trailing_stop"),
        QStringLiteral("leg"),       QStringLiteral("hedge_ratio"), QStringLiteral("max_entries"),
        QStringLiteral("require")};
    return words;
}

const QStringList &clauseKeywords()
{
    static const QStringList words{QStringLiteral("when"), QStringLiteral("in"), QStringLiteral("step")};
    return words;
}

const QStringList &reservedWords()
{
    static const QStringList words{QStringLiteral("and"), QStringLiteral("or"),   QStringLiteral("not"),
                                   QStringLiteral("of"),  QStringLiteral("true"), QStringLiteral("false")};
    return words;
}

const QStringList &priceFieldNames()
{
    static const QStringList names{QStringLiteral("open"), QStringLiteral("high"), QStringLiteral("low"),
                                   QStringLiteral("close"), QStringLiteral("volume")};
    return names;
}

} // namespace rutile::rules
