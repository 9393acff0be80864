#pragma once

#include "net/HttpClient.h"
#include "net/Provider.h"
#include "util/Error.h"
#include "util/TaskControl.h"

#include <QString>
#include <QUrl>

namespace rutile::net {

/// A provider's history as fetched and read, with the URL it came from (secrets redacted).
struct FetchedHistory {
    QString url;
    ProviderHistory history;
};

/// Fetches `query` from its provider (or from `baseUrl`'s scheme, host and port: net::rebase)
/// and reads the answer. Every error is one line "SYMBOL: Provider: cause". The one way both a
/// download and a live poll ask a provider.
Result<FetchedHistory> fetchHistory(HttpClient &client, const HistoryQuery &query, const QUrl &baseUrl = {},
                                    const TaskControl &control = {});

} // namespace rutile::net
