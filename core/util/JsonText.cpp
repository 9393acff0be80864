#include "util/JsonText.h"

#include <QCoreApplication>
#include <QJsonParseError>

#include <algorithm>

namespace rutile {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::JsonText)
};

} // namespace

Result<QJsonDocument> parseJsonText(const QByteArray &text, const QString &file)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::NoError)
        return doc;
    const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, text.size());
    const QByteArrayView before = QByteArrayView(text).first(offset);
    qsizetype lineStart = before.lastIndexOf('\n') + 1;
    if (lineStart == 0 && before.startsWith("\xEF\xBB\xBF"))
        lineStart = 3; // a byte-order mark is no column
    const qint64 line = before.count('\n') + 1;
    // Characters (code points), as an editor counts them: not bytes, nor UTF-16 units.
    const int column = int(QString::fromUtf8(before.sliced(lineStart)).toUcs4().size()) + 1;
    return Error::invalidInput(Text::tr("not JSON: %1").arg(error.errorString()), file, line, column);
}

} // namespace rutile
