#pragma once

// Reading Yahoo Finance's chart API (v8) response: daily bars, adjusted closes, dividends and
// splits. The endpoint is unofficial and changes without notice, so everything that knows its
// format is here, in one small place tested against recorded responses.
//
// Shape read: chart.result[0] with meta.gmtoffset and meta.exchangeTimezoneName, timestamp[],
// indicators.quote[0].{open,high,low,close,volume}[], indicators.adjclose[0].adjclose[], and
// events.dividends / events.splits (objects keyed by timestamp). chart.error becomes the message.

#include "data/CorporateActions.h"
#include "data/HistoryParser.h"
#include "util/Error.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>


namespace rutile::net {

/// A parsed response: the valid bars (ascending, one per date; the importer's validation), the
/// rows skipped and why (a null price, a bar validateBar refuses), and the corporate events.
struct YahooHistory {
    ParsedHistory bars;
    CorporateActions actions;
    QString timezone; ///< meta.exchangeTimezoneName ("America/New_York")
    int gmtOffset = 0; ///< seconds east of UTC, applied to every timestamp to get the trading date
};

/// Parses a chart API response for `symbol` (used in messages). InvalidInput errors name the
/// symbol and say what was found instead: a web page ("Will be right back", a consent page), a
/// body that is not JSON (with the offset), chart.error's code and description, or a response
/// without bars.
Result<YahooHistory> parseYahooChart(QByteArrayView body, const QString &symbol);

} // namespace rutile::net
