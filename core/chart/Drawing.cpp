#include "chart/Drawing.h"
#include "chart/LayoutJson.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace rutile::chart {

using namespace layout_json;

namespace {

constexpr std::array<DrawingKind, 7> kKinds {DrawingKind::TrendLine, DrawingKind::Ray, DrawingKind::HorizontalLine,
    DrawingKind::VerticalLine, DrawingKind::Rectangle, DrawingKind::Fibonacci, DrawingKind::Text};

constexpr std::array<double, 7> kFibonacci {0.0, 0.236, 0.382, 0.5, 0.618, 0.786, 1.0};

} // namespace

QString drawingKindName(DrawingKind kind)
{
    switch (kind) {
    case DrawingKind::TrendLine:
        return QStringLiteral("trend_line");
    case DrawingKind::Ray:
        return QStringLiteral("ray");
    case DrawingKind::HorizontalLine:
        return QStringLiteral("horizontal_line");
    case DrawingKind::VerticalLine:
        return QStringLiteral("vertical_line");
    case DrawingKind::Rectangle:
        return QStringLiteral("rectangle");
    case DrawingKind::Fibonacci:
        return QStringLiteral("fibonacci");
    case DrawingKind::Text:
        return QStringLiteral("text");
    }
    return {};
}

std::optional<DrawingKind> drawingKindFromName(QStringView name)
{
    for (DrawingKind k : kKinds) {
        if (name == drawingKindName(k))
            return k;
    }
    return std::nullopt;
}

std::span<const DrawingKind> allDrawingKinds()
{
    return kKinds;
}

int drawingPointCount(DrawingKind kind)
{
    switch (kind) {
    case DrawingKind::HorizontalLine:
    case DrawingKind::VerticalLine:
    case DrawingKind::Text:
        return 1;
    default:
        return 2;
    }
}

Status Drawing::validate() const
{
    const QString name = drawingKindName(kind);
    if (points.size() != std::size_t(drawingPointCount(kind)))
        return Error::invalidArgument(
            Text::tr("%1: %2 points given, %3 expected").arg(name).arg(points.size()).arg(drawingPointCount(kind)));
    for (const DrawingPoint &p : points) {
        if (!p.date.isValid())
            return Error::invalidArgument(Text::tr("%1: a point has no valid date").arg(name));
        if (!std::isfinite(p.price))
            return Error::invalidArgument(Text::tr("%1: a point's price is not a finite number").arg(name));
    }
    if (Status s = checkSeriesStyle(name, style); !s)
        return s;
    if (kind == DrawingKind::Text && (text.trimmed().isEmpty() || text.size() > kMaxTextLength))
        return Error::invalidArgument(
            Text::tr("%1: the note must have 1 to %2 characters, found %3").arg(name).arg(kMaxTextLength).arg(text.size()));
    return {};
}

QJsonObject Drawing::toJson() const
{
    QJsonArray pts;
    for (const DrawingPoint &p : points)
        pts.append(QJsonObject {{QStringLiteral("date"), p.date.toString(Qt::ISODate)}, {QStringLiteral("price"), p.price}});
    QJsonObject o {{QStringLiteral("kind"), drawingKindName(kind)}, {QStringLiteral("points"), pts},
        {QStringLiteral("style"), seriesStyleToJson(style)}};
    if (kind == DrawingKind::TrendLine) {
        o.insert(QStringLiteral("extend_left"), extendLeft);
        o.insert(QStringLiteral("extend_right"), extendRight);
    }
    if (kind == DrawingKind::Text)
        o.insert(QStringLiteral("text"), text);
    return o;
}

Result<Drawing> Drawing::fromJson(const QJsonValue &json, const QString &where)
{
    if (!json.isObject())
        return invalidInput(Text::tr("%1 must be an object").arg(where));
    const QJsonObject o = json.toObject();
    Drawing d;
    QString kind;
    RUTILE_READ(kind, read<QString>(o, QStringLiteral("kind"), QString()));
    const auto parsed = drawingKindFromName(kind);
    if (!parsed)
        return invalidInput(Text::tr("%1: unknown kind '%2'").arg(where, kind));
    d.kind = *parsed;
    const QJsonValue pts = o.value(QStringLiteral("points"));
    if (!pts.isArray())
        return invalidInput(Text::tr("%1: 'points' must be an array").arg(where));
    for (const QJsonValue &v : pts.toArray()) {
        if (!v.isObject())
            return invalidInput(Text::tr("%1: a point must be an object").arg(where));
        DrawingPoint p;
        RUTILE_READ(p.date, readDate(v.toObject(), QStringLiteral("date")));
        RUTILE_READ(p.price, read<double>(v.toObject(), QStringLiteral("price"), std::nan("")));
        d.points.push_back(p);
    }
    if (o.contains(QStringLiteral("style")))
        RUTILE_READ(d.style, seriesStyleFromJson(o.value(QStringLiteral("style")), where));
    RUTILE_READ(d.extendLeft, read<bool>(o, QStringLiteral("extend_left"), false));
    RUTILE_READ(d.extendRight, read<bool>(o, QStringLiteral("extend_right"), false));
    RUTILE_READ(d.text, read<QString>(o, QStringLiteral("text"), QString()));
    if (Status s = d.validate(); !s)
        return invalidInput(where + QStringLiteral(": ") + s.error().message);
    return d;
}

std::span<const double> fibonacciRatios()
{
    return kFibonacci;
}

double fibonacciPrice(const DrawingPoint &first, const DrawingPoint &second, double ratio)
{
    return second.price - (second.price - first.price) * ratio;
}

DateKeyMap::DateKeyMap(std::span<const DayNumber> days)
    : m_days(days)
{
    if (days.size() >= 2 && days.back() > days.front())
        m_barsPerDay = double(days.size() - 1) / double(days.back() - days.front());
}

double DateKeyMap::keyOfDate(QDate date) const
{
    if (m_days.empty() || !date.isValid())
        return 0;
    const DayNumber day = toDayNumber(date);
    if (day > m_days.back())
        return double(m_days.size() - 1) + double(day - m_days.back()) * m_barsPerDay;
    if (day < m_days.front())
        return -double(m_days.front() - day) * m_barsPerDay;
    return double(std::lower_bound(m_days.begin(), m_days.end(), day) - m_days.begin());
}

QDate DateKeyMap::dateOfKey(double key) const
{
    if (m_days.empty() || !std::isfinite(key))
        return {};
    const double last = double(m_days.size() - 1);
    if (key > last + 0.5)
        return toDate(m_days.back() + DayNumber(std::lround((key - last) / m_barsPerDay)));
    if (key < -0.5)
        return toDate(m_days.front() - DayNumber(std::lround(-key / m_barsPerDay)));
    return toDate(m_days[std::size_t(std::clamp(std::lround(key), 0L, long(m_days.size() - 1)))]);
}

} // namespace rutile::chart
