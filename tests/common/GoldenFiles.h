#pragma once

// Readers for the expected-value files of tests/data/golden/ (written by make_golden.py, an
// independent implementation). A missing or malformed golden file is a broken test tree, not
// a skip: the reader stops the test program.

#include "TestSupport.h"

#include <QStringList>

#include <limits>
#include <map>
#include <vector>

namespace rutile::test {

/// A delimited text file: header names and rows of cells.
struct GoldenTable {
    QStringList header;
    std::vector<QStringList> rows;

    /// Index of the column `name`; stops the program when absent.
    int column(const QString &name) const
    {
        const int i = int(header.indexOf(name));
        if (i < 0)
            qFatal("golden table has no column %s", qPrintable(name));
        return i;
    }
};

/// The file tests/data/golden/`name`, split on `separator` (',' or '\t'; no quoting: the golden
/// files contain none). Every row has as many cells as the header, and there is at least one row.
inline GoldenTable readGoldenTable(const QString &name, QChar separator)
{
    const QString text = QString::fromUtf8(readFixture(QStringLiteral("golden/") + name));
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.size() < 2)
        qFatal("golden file %s has no rows", qPrintable(name));
    GoldenTable table;
    table.header = lines.takeFirst().split(separator);
    for (const QString &line : lines) {
        QStringList cells = line.split(separator);
        if (cells.size() != table.header.size())
            qFatal("golden file %s: %lld cells in \"%s\" for %lld columns", qPrintable(name), qint64(cells.size()),
                qPrintable(line), qint64(table.header.size()));
        table.rows.push_back(std::move(cells));
    }
    return table;
}

/// A two-column "key,value" file as a map.
inline std::map<QString, QString> readGoldenKeyValues(const QString &name)
{
    const GoldenTable table = readGoldenTable(name, QLatin1Char(','));
    if (table.header != QStringList {QStringLiteral("key"), QStringLiteral("value")})
        qFatal("golden file %s is not a key,value file", qPrintable(name));
    std::map<QString, QString> values;
    for (const QStringList &row : table.rows)
        values[row[0]] = row[1];
    return values;
}

/// A cell as a number: empty is NaN (the script writes NaN as an empty cell); anything else
/// that does not parse stops the program.
inline double goldenNumber(const QString &cell)
{
    if (cell.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    bool ok = false;
    const double v = cell.toDouble(&ok);
    if (!ok)
        qFatal("golden cell '%s' is not a number", qPrintable(cell));
    return v;
}

/// The value of `key` in a key,value map; stops the program when absent.
inline QString goldenValue(const std::map<QString, QString> &values, const QString &key)
{
    const auto it = values.find(key);
    if (it == values.end())
        qFatal("golden summary has no key %s", qPrintable(key));
    return it->second;
}

} // namespace rutile::test
