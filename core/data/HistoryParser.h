#pragma once

#include "data/BarSeries.h"
#include "data/CsvLayout.h"
#include "util/Error.h"
#include "util/TaskControl.h"

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace rutile {

/// A data row that was not imported, and why. `line` is the 1-based line of the file,
/// `column` the 1-based CSV column at fault (0 when the row as a whole is wrong).
struct RowIssue {
    qint64 line = 0;
    int column = 0;
    QString reason;
};

/// Something the parser repaired rather than rejected.
struct ParseWarning {
    enum class Kind {
        Unsorted,      ///< rows were not in ascending date order; they were sorted
        DuplicateDate, ///< two rows share a date; the later row in the file is kept
    };
    Kind kind;
    qint64 line = 0; ///< line of the row that was dropped or first out of order
    QString message;
};

struct ParseOptions {
    /// With strict parsing the first bad row aborts with an Error; otherwise it is skipped
    /// and reported in ParsedHistory::skipped.
    bool strict = false;
    /// File name used in messages.
    QString fileName;
    /// The file holds a value series (an interest rate, a spread), not prices: any finite
    /// value is kept, zero and negative ones included, instead of validateBar's rules.
    bool valueSeries = false;
};

struct ParsedHistory {
    BarSeries series;       ///< valid bars, ascending by date, one per date
    qint64 rowsRead = 0;    ///< non-empty data lines
    qint64 duplicatesDropped = 0;
    std::vector<RowIssue> skipped;
    std::vector<ParseWarning> warnings;
};

/// Parses daily OHLCV history laid out as `layout` says.
///
/// Each row must have a valid date and finite numbers, no more fields than the header (or,
/// without a header, the first row), and pass validateBar(). Rows that do not are skipped
/// and reported (or abort the parse when `options.strict`). Blank lines are ignored; lines
/// end in LF, CR LF or CR. Nothing outside `data` is ever read: it need not be terminated. Rows out of date order are sorted (stable) with a warning; of rows sharing a
/// date, the last in the file is kept with a warning. Progress is reported as the fraction
/// of bytes consumed; a cancelled parse returns ErrorKind::Cancelled.
Result<ParsedHistory> parseHistory(QByteArrayView data, const CsvLayout &layout, const ParseOptions &options = {},
                                   const TaskControl &control = {});

/// Why `bar` is not a usable daily bar, with the CSV field at fault; std::nullopt when it is.
/// Rules: every price finite and > 0, high ≥ max(open, close), low ≤ min(open, close),
/// volume finite and ≥ 0.
struct BarProblem {
    BarField field;
    QString reason;
};
std::optional<BarProblem> validateBar(const Bar &bar);

} // namespace rutile
