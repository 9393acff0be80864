// libFuzzer target: format detection and parsing of price history, as the importer runs them,
// without SQLite. Built with RUTILE_FUZZ=ON (Clang; libFuzzer + ASan + UBSan) and run by
// scripts/fuzz-parser.sh. libFuzzer hands over a heap buffer of exactly the input's size, so
// ASan reports any read past its end, and nothing pads it as a mapped file would.
//
// Besides memory errors, a broken promise of the parser stops the run (abort, saved as a crash):
// every row read is imported, skipped or dropped as a duplicate; bars ascend by date and each
// passes validateBar(); no error message spans more than one line.

#include "FuzzPromise.h"
#include "data/CsvLayout.h"
#include "data/HistoryParser.h"
#include "util/Error.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace rutile;
using fuzz::require;

namespace {

// Not instrumented for coverage: it checks the parser, it is not what the fuzzer explores.
__attribute__((no_sanitize("coverage"))) void checkOneLine(const Error &error)
{
    const QString text = error.toString();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029)
            require(false, "an error message is one line");
    }
}

void parseAndCheck(QByteArrayView data, const CsvLayout &layout)
{
    for (const bool strict : {false, true}) {
        const auto parsed = parseHistory(data, layout, ParseOptions{strict, QStringLiteral("fuzz.csv")});
        if (!parsed) {
            checkOneLine(parsed.error());
            continue;
        }
        const ParsedHistory &h = *parsed;
        require(h.rowsRead == qint64(h.series.size()) + qint64(h.skipped.size()) + h.duplicatesDropped,
                "every row read is accounted for");
        require(!strict || h.skipped.empty(), "a strict parse skips nothing");
        for (std::size_t i = 0; i < h.series.size(); ++i) {
            require(i == 0 || h.series.day[i - 1] < h.series.day[i], "bars ascend by date, one per date");
            require(!validateBar(h.series.bar(i)).has_value(), "every bar is valid");
        }
        for (const RowIssue &issue : h.skipped)
            checkOneLine(Error::invalidInput(issue.reason, QStringLiteral("fuzz.csv"), issue.line, issue.column));
    }
}

// A user's column mapping (the import dialog, --columns) drawn from the input's first bytes, so
// the parser also meets delimiters, decimal commas, date patterns and columns detection would
// never choose.
CsvLayout mappingFrom(const std::uint8_t *d)
{
    static const char delimiters[] = {',', ';', '\t', '|'};
    static const char *const patterns[] = {"yyyy-MM-dd", "yyyyMMdd", "dd.MM.yyyy", "d.M.yyyy", "M/d/yy", "MM/dd/yyyy"};
    CsvLayout layout;
    layout.delimiter = delimiters[d[0] % 4];
    layout.decimalSeparator = (d[0] & 4) && layout.delimiter != ',' ? ',' : '.';
    layout.dateFormat = QString::fromLatin1(patterns[(d[0] >> 3) % 6]);
    layout.headerLines = d[1] % 4;
    layout.column.fill(-1);
    // Date and close in different columns; the others in any free column or absent.
    for (int f = 0; f < kBarFieldCount; ++f) {
        const int column = d[2 + f] % 12;
        const bool required = f == int(BarField::Date) || f == int(BarField::Close);
        if (!required && (d[2 + f] & 0x80))
            continue;
        bool taken = false;
        for (int c : layout.column)
            taken = taken || c == column;
        if (!taken)
            layout.column[f] = column;
    }
    return layout;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const QByteArrayView data(reinterpret_cast<const char *>(bytes), qsizetype(size));

    (void)firstLines(data, 50);
    CsvFormat autoDetected = CsvFormat::Auto;
    for (const CsvFormat format :
         {CsvFormat::Auto, CsvFormat::Yahoo, CsvFormat::YFinance, CsvFormat::Stooq, CsvFormat::Generic}) {
        if (format != CsvFormat::Auto && format == autoDetected)
            continue; // the same layout as auto found: parsed already
        const auto layout = detectLayout(data, format, QStringLiteral("fuzz.csv"));
        if (!layout) {
            checkOneLine(layout.error());
            continue;
        }
        if (format == CsvFormat::Auto)
            autoDetected = layout->format;
        if (!layout->validate()) // a sniffed layout without date or close: the importer refuses it
            continue;
        parseAndCheck(data, *layout);
    }

    if (size >= 9) {
        const CsvLayout mapping = mappingFrom(bytes);
        if (mapping.validate())
            parseAndCheck(data.sliced(9), mapping); // the rest of the input, exactly sized as well
    }
    return 0;
}
