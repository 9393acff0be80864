#pragma once

// Pens of the chart's lines (indicator outputs, drawings) as the layout saves them. Colours
// are "#rrggbb" text, not QColor: core holds no GUI type.

#include "util/Error.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace rutile::chart {

enum class LineStyle { Solid, Dash, Dot };
QString lineStyleName(LineStyle style);
std::optional<LineStyle> lineStyleFromName(QStringView name);

/// Pen of one indicator output or drawing.
struct SeriesStyle {
    QString color = QStringLiteral("#2f6fde"); ///< "#rrggbb"
    double width = 1.5; ///< pixels, in [kMinLineWidth, kMaxLineWidth]
    LineStyle line = LineStyle::Solid;

    static constexpr double kMinLineWidth = 0.5;
    static constexpr double kMaxLineWidth = 8.0;

    bool operator==(const SeriesStyle &other) const = default;
};

/// True for "#rrggbb".
bool isColorText(QStringView text);

/// Ok for a "#rrggbb" colour and a width in range; InvalidArgument naming `where` otherwise.
Status checkSeriesStyle(const QString &where, const SeriesStyle &style);
QJsonObject seriesStyleToJson(const SeriesStyle &style);
/// Reads what seriesStyleToJson wrote; missing keys keep the defaults; `where` names the pen.
Result<SeriesStyle> seriesStyleFromJson(const QJsonValue &value, const QString &where);

} // namespace rutile::chart
