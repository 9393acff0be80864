#pragma once

#include "net/HttpClient.h"

#include <QString>

namespace rutile::net {

/// The user's network choices, kept in QSettings (the GUI's Settings dialog writes them; the
/// CLI reads the same ones, and its options override them for one run).
struct NetworkSettings {
    double requestsPerSecond = 2; ///< per provider; Yahoo tolerates a few per second, not dozens
    double burst = 4;
    int concurrency = 4;          ///< symbols in flight at once
    int timeoutSeconds = 30;      ///< without a byte before a try is abandoned
    int liveIntervalSeconds = 60; ///< View > Live Updates polls this often while the market is open
    QString stooqApiKey;          ///< RUTILE_STOOQ_API_KEY in the environment overrides it
    /// A mirror or proxy that replaces every provider's scheme, host and port (net::rebase);
    /// empty for the providers' own hosts. The CLI's --base-url overrides it.
    QString mirrorUrl;

    /// The stored settings, defaults for whatever is missing or out of range.
    static NetworkSettings load();
    void save() const;

    /// An HttpPolicy with this timeout and the defaults otherwise.
    HttpPolicy httpPolicy() const;
};

} // namespace rutile::net
