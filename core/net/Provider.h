#pragma once

// The market-data providers Rutile downloads from, and everything that knows their URLs and
// response formats. No network here: HttpClient fetches, these functions say what to fetch
// and read what came back, so both are tested on recorded responses.

#include "data/CorporateActions.h"
#include "data/HistoryParser.h"
#include "util/Error.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QUrl>

#include <optional>

namespace rutile::net {

enum class Provider {
    Yahoo, ///< Yahoo Finance chart API v8 (JSON; unofficial): prices, dividends, splits
    Stooq, ///< Stooq daily CSV (needs an API key)
    Fred,  ///< FRED series CSV (rates such as DGS3MO; values, not prices)
};

/// "yahoo", "stooq", "fred": the names of --provider and of the workspace's symbol source.
QString providerName(Provider provider);
std::optional<Provider> providerFromName(const QString &name);
/// "Yahoo Finance", "Stooq", "FRED": the names in messages and menus.
QString providerTitle(Provider provider);
/// "Yahoo", "Stooq", "FRED": where a column has little room.
QString providerShortTitle(Provider provider);

/// One symbol's history to fetch. `remoteSymbol` is the provider's own spelling (^RUT,
/// spy.us, DGS3MO); a null date leaves that side open (from the first bar the provider has,
/// up to today).
struct HistoryQuery {
    Provider provider = Provider::Yahoo;
    QString remoteSymbol;
    QDate from;
    QDate to;
    QString apiKey; ///< Stooq's key; unused by the others
};

/// The provider's URL for `query` on its public host. An InvalidArgument when the provider
/// needs a key and none is given, or the symbol is empty.
Result<QUrl> historyUrl(const HistoryQuery &query);

/// A provider's answer, read: the valid bars (the importer's validation), the rows skipped and
/// why, and the dividends and splits it reported.
struct ProviderHistory {
    ParsedHistory bars;
    CorporateActions actions;
    /// Its closes are not dividend-adjusted and it reports the dividends (Yahoo), so the
    /// workspace derives the adjusted closes from them.
    bool adjustForDividends = false;
};

/// Reads `body` as `provider` writes it. InvalidInput errors say "SYMBOL: PROVIDER: cause".
Result<ProviderHistory> parseProviderResponse(Provider provider, QByteArrayView body, const QString &remoteSymbol);

} // namespace rutile::net
