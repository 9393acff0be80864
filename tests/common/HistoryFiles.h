#pragma once

// Reads a history file (any format Rutile recognises) into a BarSeries for tests, with the
// reason when it cannot: callers QVERIFY the result instead of getting an empty series that
// a later loop would iterate zero times.

#include "data/CsvLayout.h"
#include "data/HistoryParser.h"
#include "util/Error.h"

#include <QFile>

namespace rutile::test {

inline Result<BarSeries> readHistoryFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("cannot open the file"), path);
    const QByteArray data = file.readAll();
    Result<CsvLayout> layout = detectLayout(data, CsvFormat::Auto, path);
    if (!layout)
        return layout.error();
    Result<ParsedHistory> parsed = parseHistory(data, *layout);
    if (!parsed)
        return parsed.error();
    if (!parsed->skipped.empty())
        return Error::invalidInput(QStringLiteral("%1 row(s) skipped").arg(parsed->skipped.size()), path, 0, 0);
    if (parsed->series.empty())
        return Error::invalidInput(QStringLiteral("no bars"), path, 0, 0);
    return std::move(parsed->series);
}

} // namespace rutile::test
