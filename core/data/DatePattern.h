#pragma once

#include "data/BarSeries.h"

#include <QString>

#include <optional>
#include <vector>

namespace rutile {

/// A date format compiled once and applied to millions of CSV fields.
///
/// Tokens: `yyyy` (four-digit year), `yy` (two-digit year, 70-99 → 19xx, 00-69 → 20xx),
/// `MM` / `dd` (exactly two digits), `M` / `d` (one or two digits); every other
/// character must match literally. A date may be followed by a time part separated by a
/// space or `T` (as yfinance writes "2020-01-02 00:00:00-05:00"); the time is ignored
/// because bars are daily. QDate::fromString would do the same job at a tenth of the speed.
class DatePattern {
public:
    /// Compiles `pattern`; an invalid pattern (no year, month or day) gives std::nullopt.
    static std::optional<DatePattern> compile(const QString &pattern);

    /// Parses [begin, end); std::nullopt when the text is not a valid date of this pattern.
    std::optional<DayNumber> parse(const char *begin, const char *end) const;

    const QString &pattern() const { return m_pattern; }

private:
    enum class Token : char { Year4, Year2, Month2, Month, Day2, Day, Literal };
    struct Item {
        Token token;
        char literal;
    };

    QString m_pattern;
    std::vector<Item> m_items;
    bool m_iso = false;
};

} // namespace rutile
