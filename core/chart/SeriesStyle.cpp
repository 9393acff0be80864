#include "chart/SeriesStyle.h"
#include "chart/LayoutJson.h"
#include "util/RangeCheck.h"

namespace rutile::chart {

using namespace layout_json;

QString lineStyleName(LineStyle style)
{
    switch (style) {
    case LineStyle::Solid:
        return QStringLiteral("solid");
    case LineStyle::Dash:
        return QStringLiteral("dash");
    case LineStyle::Dot:
        return QStringLiteral("dot");
    }
    return {};
}

std::optional<LineStyle> lineStyleFromName(QStringView name)
{
    for (LineStyle s : {LineStyle::Solid, LineStyle::Dash, LineStyle::Dot}) {
        if (name.compare(lineStyleName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

bool isColorText(QStringView text)
{
    if (text.size() != 7 || text[0] != u'#')
        return false;
    for (qsizetype i = 1; i < 7; ++i) {
        const QChar c = text[i];
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

Status checkSeriesStyle(const QString &where, const SeriesStyle &s)
{
    if (!isColorText(s.color))
        return Error::invalidArgument(Text::tr("%1: colour '%2' is not #rrggbb").arg(where, s.color));
    return checkRange(Text::tr("%1: line width").arg(where), s.width, SeriesStyle::kMinLineWidth,
                      SeriesStyle::kMaxLineWidth);
}

QJsonObject seriesStyleToJson(const SeriesStyle &s)
{
    return QJsonObject {{QStringLiteral("color"), s.color}, {QStringLiteral("width"), s.width},
        {QStringLiteral("line"), lineStyleName(s.line)}};
}

Result<SeriesStyle> seriesStyleFromJson(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        return invalidInput(Text::tr("%1 must be an object").arg(where));
    const QJsonObject o = value.toObject();
    SeriesStyle s;
    RUTILE_READ(s.color, read<QString>(o, QStringLiteral("color"), s.color));
    RUTILE_READ(s.width, read<double>(o, QStringLiteral("width"), s.width));
    QString line;
    RUTILE_READ(line, read<QString>(o, QStringLiteral("line"), lineStyleName(s.line)));
    const auto lineStyle = lineStyleFromName(line);
    if (!lineStyle)
        return invalidInput(Text::tr("%1: unknown line style '%2' (solid, dash, dot)").arg(where, line));
    s.line = *lineStyle;
    return s;
}

} // namespace rutile::chart
