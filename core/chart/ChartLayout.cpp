#include "chart/ChartLayout.h"
#include "chart/LayoutJson.h"
#include "util/JsonText.h"
#include "util/RangeCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace rutile::chart {

namespace {

using namespace layout_json;

Status checkHeight(const QString &name, double value)
{
    return checkRange(name, value, ChartLayout::kMinPaneHeight, ChartLayout::kMaxPaneHeight);
}

} // namespace

QString chartStyleName(ChartStyle style)
{
    switch (style) {
    case ChartStyle::Candles:
        return QStringLiteral("candles");
    case ChartStyle::Ohlc:
        return QStringLiteral("ohlc");
    case ChartStyle::Line:
        return QStringLiteral("line");
    case ChartStyle::HeikinAshi:
        return QStringLiteral("heikin_ashi");
    }
    return {};
}

std::optional<ChartStyle> chartStyleFromName(QStringView name)
{
    for (ChartStyle s : {ChartStyle::Candles, ChartStyle::Ohlc, ChartStyle::Line, ChartStyle::HeikinAshi}) {
        if (name.compare(chartStyleName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString layoutSettingKey(const QString &symbol)
{
    return QStringLiteral("chart/layout/") + symbol;
}

Status ChartLayout::validate(const indicators::IndicatorRegistry &registry) const
{
    if (Status s = checkHeight(Text::tr("price pane height"), priceHeight); !s)
        return s;
    if (Status s = checkHeight(Text::tr("volume pane height"), volumeHeight); !s)
        return s;
    for (const ChartIndicator &ind : indicators) {
        const indicators::IndicatorDescriptor *d = registry.find(ind.name);
        if (!d)
            return Error::invalidArgument(Text::tr("unknown indicator '%1'; known: %2")
                                       .arg(ind.name, registry.names().join(QStringLiteral(", "))));
        if (Status s = rutile::validate(d->params, ind.params); !s)
            return Error::invalidArgument(ind.name + QStringLiteral(": ") + s.error().message);
        if (ind.outputs.size() != std::size_t(d->outputs.size()))
            return Error::invalidArgument(Text::tr("%1: %2 output styles given, %3 expected")
                                       .arg(ind.name)
                                       .arg(ind.outputs.size())
                                       .arg(d->outputs.size()));
        for (std::size_t i = 0; i < ind.outputs.size(); ++i) {
            if (Status s = checkSeriesStyle(ind.name + QLatin1Char('.') + d->outputs.at(qsizetype(i)), ind.outputs[i]); !s)
                return s;
        }
        if (Status s = checkHeight(ind.name + QStringLiteral(" pane height"), ind.paneHeight); !s)
            return s;
    }
    if (from.isValid() && to.isValid() && from > to)
        return Error::invalidArgument(
            Text::tr("range: from (%1) is after to (%2)").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    if (Status s = checkRange(Text::tr("correlation window"), compare.correlationWindow, 2, indicators::kMaxPeriod); !s)
        return s.error();
    if (Status s = checkHeight(Text::tr("ratio pane height"), compare.ratioHeight); !s)
        return s;
    if (Status s = checkHeight(Text::tr("correlation pane height"), compare.correlationHeight); !s)
        return s;
    if (drawings.size() > std::size_t(kMaxDrawings))
        return Error::invalidArgument(Text::tr("%1 drawings, at most %2 allowed").arg(drawings.size()).arg(kMaxDrawings));
    for (const Drawing &d : drawings) {
        if (Status s = d.validate(); !s)
            return s;
    }
    return {};
}

QJsonObject ChartLayout::toJson() const
{
    QJsonArray inds;
    for (const ChartIndicator &ind : indicators) {
        QJsonObject params;
        for (const auto &[name, value] : ind.params.entries())
            params.insert(name, value);
        QJsonArray outs;
        for (const SeriesStyle &s : ind.outputs)
            outs.append(seriesStyleToJson(s));
        inds.append(QJsonObject {{QStringLiteral("name"), ind.name}, {QStringLiteral("params"), params},
            {QStringLiteral("outputs"), outs}, {QStringLiteral("pane_height"), ind.paneHeight}});
    }
    QJsonObject range;
    if (rangePreset) {
        range.insert(QStringLiteral("preset"), rangePresetName(*rangePreset));
    } else {
        if (from.isValid())
            range.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
        if (to.isValid())
            range.insert(QStringLiteral("to"), to.toString(Qt::ISODate));
    }
    QJsonArray drawn;
    for (const Drawing &d : drawings)
        drawn.append(d.toJson());
    const QJsonObject cmp {{QStringLiteral("symbols"), QJsonArray::fromStringList(compare.symbols)},
        {QStringLiteral("ratio"), compare.showRatio}, {QStringLiteral("correlation"), compare.showCorrelation},
        {QStringLiteral("window"), compare.correlationWindow}, {QStringLiteral("ratio_height"), compare.ratioHeight},
        {QStringLiteral("correlation_height"), compare.correlationHeight}};
    return QJsonObject {{QStringLiteral("version"), kVersion}, {QStringLiteral("style"), chartStyleName(style)},
        {QStringLiteral("timeframe"), timeframeName(timeframe)}, {QStringLiteral("log_scale"), logScale}, {QStringLiteral("lock_y"), lockY},
        {QStringLiteral("volume"), showVolume}, {QStringLiteral("price_height"), priceHeight},
        {QStringLiteral("volume_height"), volumeHeight}, {QStringLiteral("indicators"), inds},
        {QStringLiteral("range"), range}, {QStringLiteral("compare"), cmp}, {QStringLiteral("drawings"), drawn}};
}

QByteArray ChartLayout::toJsonText() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

Result<ChartLayout> ChartLayout::fromJson(const QJsonObject &json, const indicators::IndicatorRegistry &registry)
{
    ChartLayout l;
    double version = 0;
    RUTILE_READ(version, read<double>(json, QStringLiteral("version"), double(kVersion)));
    if (version > kVersion)
        return invalidInput(Text::tr("version %1 is newer than this Rutile reads (%2)").arg(version).arg(kVersion));

    QString style;
    RUTILE_READ(style, read<QString>(json, QStringLiteral("style"), chartStyleName(l.style)));
    const auto chartStyle = chartStyleFromName(style);
    if (!chartStyle)
        return invalidInput(Text::tr("unknown style '%1' (candles, ohlc, line, heikin_ashi)").arg(style));
    l.style = *chartStyle;
    QString timeframe;
    RUTILE_READ(timeframe, read<QString>(json, QStringLiteral("timeframe"), timeframeName(l.timeframe)));
    const auto parsedTimeframe = timeframeFromName(timeframe);
    if (!parsedTimeframe)
        return invalidInput(Text::tr("unknown timeframe '%1' (daily, weekly, monthly)").arg(timeframe));
    l.timeframe = *parsedTimeframe;
    RUTILE_READ(l.logScale, read<bool>(json, QStringLiteral("log_scale"), l.logScale));
    RUTILE_READ(l.lockY, read<bool>(json, QStringLiteral("lock_y"), l.lockY));
    RUTILE_READ(l.showVolume, read<bool>(json, QStringLiteral("volume"), l.showVolume));
    RUTILE_READ(l.priceHeight, read<double>(json, QStringLiteral("price_height"), l.priceHeight));
    RUTILE_READ(l.volumeHeight, read<double>(json, QStringLiteral("volume_height"), l.volumeHeight));

    const QJsonValue inds = json.value(QStringLiteral("indicators"));
    if (!inds.isUndefined() && !inds.isArray())
        return invalidInput(Text::tr("'indicators' must be an array"));
    for (const QJsonValue &v : inds.toArray()) {
        if (!v.isObject())
            return invalidInput(Text::tr("each indicator must be an object"));
        const QJsonObject o = v.toObject();
        ChartIndicator ind;
        RUTILE_READ(ind.name, read<QString>(o, QStringLiteral("name"), QString()));
        const indicators::IndicatorDescriptor *d = registry.find(ind.name);
        if (!d)
            return invalidInput(Text::tr("unknown indicator '%1'").arg(ind.name));
        ind.name = d->name;
        const QJsonValue params = o.value(QStringLiteral("params"));
        if (!params.isUndefined() && !params.isObject())
            return invalidInput(Text::tr("%1: 'params' must be an object").arg(ind.name));
        const QJsonObject po = params.toObject();
        for (auto it = po.begin(); it != po.end(); ++it) {
            if (!findParam(d->params, it.key()))
                return invalidInput(Text::tr("%1: unknown parameter '%2'").arg(ind.name, it.key()));
            if (!it.value().isDouble())
                return invalidInput(Text::tr("%1: parameter '%2' must be a number").arg(ind.name, it.key()));
        }
        // In the registry's order (a JSON object's keys come back sorted).
        for (const ParamSpec &spec : d->params) {
            if (po.contains(spec.name))
                ind.params.set(spec.name, po.value(spec.name).toDouble());
        }
        const QJsonValue outs = o.value(QStringLiteral("outputs"));
        if (!outs.isArray())
            return invalidInput(Text::tr("%1: 'outputs' must be an array").arg(ind.name));
        for (const QJsonValue &s : outs.toArray()) {
            Result<SeriesStyle> style = seriesStyleFromJson(s, ind.name);
            if (!style)
                return style.error();
            ind.outputs.push_back(*style);
        }
        RUTILE_READ(ind.paneHeight, read<double>(o, QStringLiteral("pane_height"), ind.paneHeight));
        l.indicators.push_back(std::move(ind));
    }

    const QJsonValue rangeValue = json.value(QStringLiteral("range"));
    if (!rangeValue.isUndefined()) {
        if (!rangeValue.isObject())
            return invalidInput(Text::tr("'range' must be an object"));
        const QJsonObject range = rangeValue.toObject();
        if (range.contains(QStringLiteral("preset"))) {
            QString name;
            RUTILE_READ(name, read<QString>(range, QStringLiteral("preset"), QString()));
            l.rangePreset = rangePresetFromName(name);
            if (!l.rangePreset)
                return invalidInput(Text::tr("unknown range preset '%1'").arg(name));
        } else {
            l.rangePreset.reset();
            RUTILE_READ(l.from, readDate(range, QStringLiteral("from")));
            RUTILE_READ(l.to, readDate(range, QStringLiteral("to")));
        }
    }

    const QJsonValue cmpValue = json.value(QStringLiteral("compare"));
    if (!cmpValue.isUndefined()) {
        if (!cmpValue.isObject())
            return invalidInput(Text::tr("'compare' must be an object"));
        const QJsonObject cmp = cmpValue.toObject();
        const QJsonValue symbols = cmp.value(QStringLiteral("symbols"));
        if (!symbols.isUndefined() && !symbols.isArray())
            return invalidInput(Text::tr("'compare.symbols' must be an array"));
        for (const QJsonValue &s : symbols.toArray()) {
            if (!s.isString() || s.toString().isEmpty())
                return invalidInput(Text::tr("'compare.symbols' must hold symbol names"));
            l.compare.symbols << s.toString();
        }
        RUTILE_READ(l.compare.showRatio, read<bool>(cmp, QStringLiteral("ratio"), l.compare.showRatio));
        RUTILE_READ(
            l.compare.showCorrelation, read<bool>(cmp, QStringLiteral("correlation"), l.compare.showCorrelation));
        double window = 0;
        RUTILE_READ(window, read<double>(cmp, QStringLiteral("window"), l.compare.correlationWindow));
        l.compare.correlationWindow = static_cast<int>(window);
        RUTILE_READ(l.compare.ratioHeight, read<double>(cmp, QStringLiteral("ratio_height"), l.compare.ratioHeight));
        RUTILE_READ(l.compare.correlationHeight,
            read<double>(cmp, QStringLiteral("correlation_height"), l.compare.correlationHeight));
    }

    const QJsonValue drawn = json.value(QStringLiteral("drawings"));
    if (!drawn.isUndefined() && !drawn.isArray())
        return invalidInput(Text::tr("'drawings' must be an array"));
    for (const QJsonValue &d : drawn.toArray()) {
        auto drawing = Drawing::fromJson(d, Text::tr("drawing %1").arg(l.drawings.size() + 1));
        if (!drawing)
            return drawing.error();
        l.drawings.push_back(std::move(*drawing));
    }

    if (Status s = l.validate(registry); !s)
        return invalidInput(s.error().message);
    return l;
}

Result<ChartLayout> ChartLayout::fromJsonText(const QByteArray &text, const indicators::IndicatorRegistry &registry)
{
    auto doc = parseJsonText(text);
    if (!doc) {
        Error e = doc.error();
        e.message = Text::tr("chart layout: %1").arg(e.message);
        return e;
    }
    if (!doc->isObject())
        return invalidInput(Text::tr("not a JSON object"));
    return fromJson(doc->object(), registry);
}

} // namespace rutile::chart
