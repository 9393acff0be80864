#pragma once

#include "util/Error.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace rutile {

/// The CSV dialects Rutile recognises. `Auto` asks detectLayout() to decide.
enum class CsvFormat { Auto, Yahoo, YFinance, Stooq, Generic };

/// Lower-case name as used on the command line and stored in the import log.
QString csvFormatName(CsvFormat format);
std::optional<CsvFormat> csvFormatFromName(const QString &name);

/// The fields of a daily bar that a CSV column can hold.
enum class BarField { Date, Open, High, Low, Close, AdjClose, Volume };
inline constexpr int kBarFieldCount = 7;

/// English column name used in messages and in CSV headers ("Adj Close").
QString barFieldName(BarField field);

/// Everything needed to read one CSV file: its dialect and which column holds what.
///
/// The named formats are fixed layouts; a generic layout comes from sniffing the file or
/// from the user's column mapping. Columns are 0-based; -1 means the file has no such
/// column. Only Date and Close are required: without Open/High/Low the bar is flat at the
/// close, without Adj Close it equals Close, without Volume it is 0.
struct CsvLayout {
    CsvFormat format = CsvFormat::Generic;
    char delimiter = ',';
    char decimalSeparator = '.';
    /// Date pattern built from yyyy, yy, MM, M, dd, d and literal characters.
    QString dateFormat = QStringLiteral("yyyy-MM-dd");
    /// Lines before the first data row.
    int headerLines = 1;
    std::array<int, kBarFieldCount> column{-1, -1, -1, -1, -1, -1, -1};
    /// Symbol named inside the file (the yfinance Ticker line); empty when there is none.
    QString symbolInFile;

    int &columnOf(BarField f) { return column[static_cast<int>(f)]; }
    int columnOf(BarField f) const { return column[static_cast<int>(f)]; }

    /// An error naming the first problem (missing date or close column, a column used
    /// twice, delimiter equal to the decimal separator, bad date pattern); ok otherwise.
    Status validate() const;
};

/// Splits one CSV line into fields: `delimiter`-separated, with RFC 4180 double quotes.
QStringList splitCsvLine(QByteArrayView line, char delimiter);

/// The first `maxLines` lines of `data` (after a UTF-8 byte-order mark), without line ends
/// (LF, CR LF or CR, as TextLines reads them).
QList<QByteArrayView> firstLines(QByteArrayView data, int maxLines);

/// Decides how to read a file from its first lines.
///
/// With `requested == Auto` the named formats are recognised by their headers: Yahoo
/// Finance (`Date,Open,High,Low,Close,Adj Close,Volume`), a yfinance export (three header
/// lines `Price,...` / `Ticker,...` / `Date,,,...`, columns in the Price line's order) and
/// Stooq (`Date,Open,High,Low,Close[,Volume]`); anything else is sniffed as generic CSV:
/// delimiter, decimal separator, header names and date pattern. A named format that does
/// not match the file is an error naming the line that differs.
Result<CsvLayout> detectLayout(QByteArrayView head, CsvFormat requested, const QString &fileName = {});

} // namespace rutile
