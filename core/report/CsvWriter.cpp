#include "report/CsvWriter.h"

#include <QCoreApplication>

namespace rutile {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::CsvWriter)
};

constexpr qsizetype kChunkBytes = 1 << 16;

bool needsQuotes(QByteArrayView text)
{
    for (char c : text) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    }
    return false;
}

} // namespace

QByteArray csvField(QByteArrayView text)
{
    if (!needsQuotes(text))
        return text.toByteArray();
    QByteArray quoted;
    quoted.reserve(text.size() + 8);
    quoted += '"';
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

QString csvField(const QString &text)
{
    return QString::fromUtf8(csvField(QByteArrayView(text.toUtf8())));
}

CsvWriter::CsvWriter(QIODevice &device) : m_device(device)
{
    m_chunk.reserve(kChunkBytes + 1024);
}

CsvWriter &CsvWriter::field(QByteArrayView utf8)
{
    if (m_recordStarted)
        m_chunk += ',';
    m_recordStarted = true;
    if (needsQuotes(utf8))
        m_chunk += csvField(utf8);
    else
        m_chunk += utf8;
    return *this;
}

CsvWriter &CsvWriter::field(const QString &text)
{
    return field(QByteArrayView(text.toUtf8()));
}

CsvWriter &CsvWriter::fields(const QList<QByteArray> &list)
{
    for (const QByteArray &f : list)
        field(QByteArrayView(f));
    return *this;
}

Status CsvWriter::endRecord()
{
    m_chunk += '\n';
    m_recordStarted = false;
    return m_chunk.size() >= kChunkBytes ? write() : Status{};
}

Status CsvWriter::finish()
{
    if (m_recordStarted)
        return Error::internal(Text::tr("a CSV record was left unfinished"));
    return write();
}

Status CsvWriter::write()
{
    if (m_chunk.isEmpty())
        return {};
    if (m_device.write(m_chunk) != m_chunk.size())
        return Error::io(Text::tr("cannot write: %1").arg(m_device.errorString()));
    m_chunk.clear();
    return {};
}

} // namespace rutile
