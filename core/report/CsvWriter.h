#pragma once

// The one CSV writer of the project (RFC 4180 quoting). Every CSV that Rutile writes, from
// the CLI or the GUI, goes through it, so that headers such as `macd(12,26,9).macd` or a
// table cell with a comma can never shift the columns of a reader.

#include "util/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>

namespace rutile {

/// `text` as one RFC 4180 field: quoted, with its double quotes doubled, when it holds a
/// comma, a double quote, CR or LF; unchanged otherwise.
QByteArray csvField(QByteArrayView text);
QString csvField(const QString &text);

/// Writes records to a device, one field at a time, in chunks. Records end in "\n" (what
/// pandas, R, spreadsheets and our own importer read); fields are quoted by csvField().
class CsvWriter {
public:
    explicit CsvWriter(QIODevice &device);

    /// Appends a field (UTF-8 bytes, or text encoded as UTF-8) to the current record.
    CsvWriter &field(QByteArrayView utf8);
    CsvWriter &field(const QString &text);
    CsvWriter &field(const QByteArray &utf8) { return field(QByteArrayView(utf8)); }
    /// Appends every field of `fields` (a header line, say) to the current record.
    CsvWriter &fields(const QList<QByteArray> &fields);

    /// Ends the current record; writes the buffered records once they fill a chunk.
    Status endRecord();
    /// Writes whatever is buffered. Call once after the last record.
    Status finish();

private:
    Status write();

    QIODevice &m_device;
    QByteArray m_chunk;
    bool m_recordStarted = false;
};

} // namespace rutile
