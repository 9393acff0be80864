#pragma once

// What a chart shows, apart from the data: style, timeframe, panes, indicators with their parameters
// and colours, the visible range and compare mode. The GUI saves one layout per symbol in
// the workspace (Workspace::setSetting(layoutSettingKey(symbol), toJsonText())) and restores
// it when the symbol is opened again; `rutile-cli chart` builds one from its options.
//
// Colours are "#rrggbb" text, not QColor: core holds no GUI type.

#include "chart/Drawing.h"
#include "chart/RangePreset.h"
#include "chart/SeriesStyle.h"
#include "data/Timeframe.h"
#include "indicators/IndicatorRegistry.h"
#include "params/ParamSpec.h"
#include "util/Error.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rutile::chart {

/// How the price pane draws bars.
enum class ChartStyle { Candles, Ohlc, Line, HeikinAshi };

/// "candles", "ohlc", "line", "heikin_ashi" (the CLI's --style values and the saved names).
QString chartStyleName(ChartStyle style);
std::optional<ChartStyle> chartStyleFromName(QStringView name);

/// One indicator on the chart: a registry entry, its parameters and the pens of its outputs.
struct ChartIndicator {
    QString name; ///< registry name ("sma", "macd")
    ParamValues params; ///< may be partial; defaults fill the rest
    std::vector<SeriesStyle> outputs; ///< one per descriptor output, in registry order
    double paneHeight = 1.0; ///< relative height of its own pane (own-pane indicators)

    bool operator==(const ChartIndicator &other) const = default;
};

/// Compare mode: other symbols on the primary's trading days, rebased to 100 at the first
/// visible bar, with optional panes for the ratio of the primary to the first compare symbol
/// and for the rolling correlation of their daily returns.
struct CompareSettings {
    QStringList symbols; ///< compare mode is on when this is not empty
    bool showRatio = true;
    bool showCorrelation = true;
    int correlationWindow = 60; ///< returns per window, in [2, 100000]
    double ratioHeight = 1.0;
    double correlationHeight = 1.0;

    bool enabled() const { return !symbols.isEmpty(); }
    bool operator==(const CompareSettings &other) const = default;
};

struct ChartLayout {
    static constexpr int kVersion = 1;
    static constexpr double kMinPaneHeight = 0.05;
    static constexpr double kMaxPaneHeight = 100.0;

    ChartStyle style = ChartStyle::Candles;
    /// Bars of the chart; indicators are computed on them (data/Timeframe.h).
    Timeframe timeframe = Timeframe::Daily;
    bool logScale = false;
    bool lockY = false; ///< the y axes keep their range instead of fitting the visible bars
    bool showVolume = true;
    double priceHeight = 3.0; ///< relative pane heights (layout stretch factors)
    double volumeHeight = 1.0;
    std::vector<ChartIndicator> indicators;
    /// The visible range: a preset (kept across new data: "1Y" stays the last year), or,
    /// when none, the dates [from, to].
    std::optional<RangePreset> rangePreset = RangePreset::OneYear;
    QDate from;
    QDate to;
    CompareSettings compare;
    /// Drawings on the price pane, oldest first (drawn in this order).
    std::vector<Drawing> drawings;

    static constexpr int kMaxDrawings = 1000;

    /// Ok when every field is in range and every indicator is known with valid parameters;
    /// otherwise an InvalidArgument error naming the field, the value and the allowed range.
    Status validate(const indicators::IndicatorRegistry &registry = indicators::IndicatorRegistry::builtIn()) const;

    QJsonObject toJson() const;
    QByteArray toJsonText() const;
    /// Reads what toJson() wrote. Missing keys keep their defaults (older layouts); wrong
    /// types, unknown names and values out of range are InvalidInput errors naming the key.
    static Result<ChartLayout> fromJson(const QJsonObject &json,
        const indicators::IndicatorRegistry &registry = indicators::IndicatorRegistry::builtIn());
    static Result<ChartLayout> fromJsonText(const QByteArray &text,
        const indicators::IndicatorRegistry &registry = indicators::IndicatorRegistry::builtIn());

    bool operator==(const ChartLayout &other) const = default;
};

/// Workspace setting key of a symbol's layout: "chart/layout/<SYMBOL>".
QString layoutSettingKey(const QString &symbol);


} // namespace rutile::chart
