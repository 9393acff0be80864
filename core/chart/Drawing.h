#pragma once

// A trader's drawings on the price pane: trend lines, rays, horizontal and vertical lines,
// rectangles, Fibonacci retracements and text notes. Each point is anchored to a date and a
// price, not to pixels or bar indices, so a drawing stays on its bars across zoom, the log
// axis, another timeframe and new data. Saved in the symbol's ChartLayout.

#include "chart/SeriesStyle.h"
#include "data/BarSeries.h"
#include "util/Error.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace rutile::chart {

enum class DrawingKind { TrendLine, Ray, HorizontalLine, VerticalLine, Rectangle, Fibonacci, Text };

/// "trend_line", "ray", "horizontal_line", "vertical_line", "rectangle", "fibonacci", "text".
QString drawingKindName(DrawingKind kind);
std::optional<DrawingKind> drawingKindFromName(QStringView name);
/// Every kind, in the order of the tool bar.
std::span<const DrawingKind> allDrawingKinds();
/// Points that define a drawing of `kind`: 1 (horizontal and vertical lines, text) or 2.
int drawingPointCount(DrawingKind kind);

/// A point on the chart: a date (the bar of that date on any timeframe) and a price.
struct DrawingPoint {
    QDate date;
    double price = 0;

    bool operator==(const DrawingPoint &other) const = default;
};

struct Drawing {
    DrawingKind kind = DrawingKind::TrendLine;
    std::vector<DrawingPoint> points; ///< drawingPointCount(kind) of them
    SeriesStyle style {QStringLiteral("#2962ff"), 1.5, LineStyle::Solid};
    bool extendLeft = false; ///< trend lines: drawn on beyond the first point
    bool extendRight = false; ///< trend lines: drawn on beyond the second point
    QString text; ///< text notes

    static constexpr int kMaxTextLength = 500;

    /// Ok when the kind has its number of valid points with finite prices, the style is valid
    /// and a text note has 1 to kMaxTextLength characters; otherwise InvalidArgument naming
    /// what is wrong.
    Status validate() const;

    QJsonObject toJson() const;
    /// Reads what toJson() wrote; `where` names the drawing in messages ("drawing 3").
    static Result<Drawing> fromJson(const QJsonValue &json, const QString &where);

    bool operator==(const Drawing &other) const = default;
};

/// The Fibonacci retracement ratios drawn: 0, 0.236, 0.382, 0.5, 0.618, 0.786, 1.
std::span<const double> fibonacciRatios();
/// The price of retracement `ratio` of a move from `first` to `second`: ratio 0 is the end of
/// the move (second.price), 1 its start (first.price), 0.5 the middle.
double fibonacciPrice(const DrawingPoint &first, const DrawingPoint &second, double ratio);

/// Dates and chart x coordinates (bar indices) of one series, both ways. A date on a bar's
/// day, or inside the period of a weekly or monthly bar, is that bar; a date between bars
/// (a holiday) is the next bar. Beyond the last bar the x axis goes on at the series'
/// average number of bars per calendar day, so a line drawn into the future keeps its place;
/// before the first bar likewise.
class DateKeyMap {
public:
    explicit DateKeyMap(std::span<const DayNumber> days);

    bool empty() const { return m_days.empty(); }
    double keyOfDate(QDate date) const;
    /// The date of the bar nearest to `key`, or beyond the ends the extrapolated calendar day.
    QDate dateOfKey(double key) const;

private:
    std::span<const DayNumber> m_days;
    double m_barsPerDay = 5.0 / 7.0;
};

} // namespace rutile::chart
