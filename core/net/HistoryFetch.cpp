#include "net/HistoryFetch.h"

#include "net/UrlPolicy.h"

#include <QCoreApplication>

namespace rutile::net {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::net::HistoryFetch)
};
} // namespace

Result<FetchedHistory> fetchHistory(HttpClient &client, const HistoryQuery &query, const QUrl &baseUrl,
                                    const TaskControl &control)
{
    const auto url = historyUrl(query);
    if (!url)
        return url.error();
    const QUrl target = rebase(*url, baseUrl);
    auto response = client.get(target, control);
    if (!response) {
        // The network layer says only the cause; the parsers already name symbol and provider.
        Error e = response.error();
        e.message = Text::tr("%1: %2: %3").arg(query.remoteSymbol, providerTitle(query.provider), e.message);
        return e;
    }
    auto history = parseProviderResponse(query.provider, response->body, query.remoteSymbol);
    if (!history)
        return history.error();
    return FetchedHistory{redactedUrl(target), std::move(*history)};
}

} // namespace rutile::net
