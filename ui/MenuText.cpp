#include "MenuText.h"

namespace rutile::ui {

QString plainMenuText(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    if (text.endsWith(QChar(0x2026))) // a translation's ellipsis character
        text.chop(1);
    return text;
}

} // namespace rutile::ui
