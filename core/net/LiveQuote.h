#pragma once

// The live session: whether the US equity market is open, and the latest daily bar a provider
// has for a symbol (the session's bar while it forms). View > Live Updates polls this.

#include "data/BarSeries.h"
#include "net/HttpClient.h"
#include "net/Provider.h"
#include "util/Error.h"
#include "util/TaskControl.h"

#include <QDateTime>
#include <QUrl>

namespace rutile::net {

/// True from 09:30 to 16:00 New York time, Monday to Friday (the NYSE and Nasdaq regular
/// session; exchange holidays are not known here: on one, polls find no new bar).
bool usEquitySessionOpen(const QDateTime &when);
/// The New York date at `when`: the date a session's bar carries.
QDate usEquitySessionDate(const QDateTime &when);

/// The latest daily bar `provider` reports for `remoteSymbol`: the last bar of the past week's
/// history (period1 a week back), which during a session is the bar still forming. Errors as
/// downloads name them ("^RUT: Yahoo Finance: HTTP 503 ...").
Result<Bar> fetchLatestBar(HttpClient &client, Provider provider, const QString &remoteSymbol, const QUrl &baseUrl = {},
                           const QString &apiKey = {}, const TaskControl &control = {});

} // namespace rutile::net
