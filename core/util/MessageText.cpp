#include "util/MessageText.h"

#include <algorithm>

namespace rutile {

namespace {

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

QString escapeOf(char16_t c)
{
    switch (c) {
    case u'\t': return QStringLiteral("\\t");
    case u'\r': return QStringLiteral("\\r");
    case u'\n': return QStringLiteral("\\n");
    default: break;
    }
    const bool byte = c <= 0xFF;
    return (byte ? QStringLiteral("\\x") : QStringLiteral("\\u"))
        + QString::number(uint(c), 16).toUpper().rightJustified(byte ? 2 : 4, QLatin1Char('0'));
}

} // namespace

QString escapeControlCharacters(QStringView text)
{
    qsizetype first = 0;
    while (first < text.size() && !needsEscape(text[first].unicode()))
        ++first;
    if (first == text.size())
        return text.toString(); // the common case: nothing to escape, no copy per character

    QString out = text.first(first).toString();
    out.reserve(text.size() + 8);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (needsEscape(c))
            out += escapeOf(c);
        else
            out += text[i];
    }
    return out;
}

QString quoteFileText(QByteArrayView bytes, qsizetype maxChars)
{
    // A UTF-8 character has at most 4 bytes, so these bytes decode to more than maxChars
    // characters whenever they are not all of `bytes`: a long field is never decoded whole.
    QString text = QString::fromUtf8(bytes.first(std::min(bytes.size(), maxChars * 4 + 4)));
    const bool cut = text.size() > maxChars;
    if (cut) {
        qsizetype keep = maxChars;
        if (keep > 0 && text[keep - 1].isHighSurrogate())
            --keep; // never split a surrogate pair
        text.truncate(keep);
    }
    return QLatin1Char('\'') + escapeControlCharacters(text) + (cut ? QStringLiteral("…'") : QStringLiteral("'"));
}

} // namespace rutile
