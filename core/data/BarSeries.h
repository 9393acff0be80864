#pragma once

#include <QDate>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace rutile {

/// A trading day as the number of days since 1970-01-01. Compact, ordered, and cheap to
/// turn into a chart coordinate; QDate appears only at the edges (parsing, display).
using DayNumber = std::int32_t;

DayNumber toDayNumber(QDate date);
QDate toDate(DayNumber day);

/// One daily bar, used when bars travel one at a time (validation, streaming updates).
struct Bar {
    DayNumber day = 0;
    double open = 0;
    double high = 0;
    double low = 0;
    double close = 0;
    double adjClose = 0;
    double volume = 0;
};

/// Daily OHLCV history of one symbol, stored column by column so that indicators, the
/// chart and SQLite exchange contiguous arrays instead of bar structs.
///
/// Invariant kept by every producer in core: all columns have the same length and `day`
/// is strictly ascending. Volume is a double because index and FX sources report
/// volumes above 2^31 and fractional volumes.
struct BarSeries {
    QString symbol;
    std::vector<DayNumber> day;
    std::vector<double> open;
    std::vector<double> high;
    std::vector<double> low;
    std::vector<double> close;
    std::vector<double> adjClose;
    std::vector<double> volume;

    std::size_t size() const { return day.size(); }
    bool empty() const { return day.empty(); }

    void reserve(std::size_t n);
    void clear();
    void append(const Bar &bar);
    Bar bar(std::size_t i) const;

    QDate date(std::size_t i) const { return toDate(day[i]); }
    QDate firstDate() const { return empty() ? QDate() : date(0); }
    QDate lastDate() const { return empty() ? QDate() : date(size() - 1); }

    /// Index of the first bar on or after `d`; size() when there is none.
    std::size_t lowerBound(DayNumber d) const;

    /// Bars [first, first + count), clamped to the series.
    BarSeries slice(std::size_t first, std::size_t count) const;

    /// Bars whose dates lie in [from, to]; a null date leaves that side open.
    BarSeries between(QDate from, QDate to) const;

    /// True when every column has the same length and days strictly ascend.
    bool isConsistent() const;
};

} // namespace rutile
