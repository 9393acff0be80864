#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace rutile {

/// `text` with every character that would break a one-line message written out as an escape:
/// `\t`, `\r`, `\n`, `\xNN` for the other control characters (C0, DEL, C1) and `\uNNNN` for
/// the Unicode line and paragraph separators. Everything else, backslashes included, is kept.
/// Error::toString() applies it, so no error message can span several lines.
QString escapeControlCharacters(QStringView text);

/// Bytes of a file (UTF-8) quoted for a message: `'text'`, control characters escaped as above,
/// invalid UTF-8 shown as U+FFFD, and cut after `maxChars` characters with `…'`. Every message
/// that quotes file content goes through it.
QString quoteFileText(QByteArrayView bytes, qsizetype maxChars = 40);

} // namespace rutile
