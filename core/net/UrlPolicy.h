#pragma once

// Which addresses Rutile fetches from: HTTPS anywhere, plain HTTP only to this machine (tests,
// a local mirror). Every request and every redirect goes through allowUrl().

#include "util/Error.h"

#include <QUrl>

namespace rutile::net {

/// Ok for an https URL, or an http URL whose host is a loopback address (127.0.0.0/8, ::1,
/// "localhost"); an InvalidArgument naming the URL and the rule otherwise.
Status allowUrl(const QUrl &url);

/// allowUrl(target), and a redirect from a remote `from` never goes to this machine: a server
/// elsewhere must not make Rutile knock on local services.
Status allowRedirect(const QUrl &from, const QUrl &target);

/// `endpoint` with its scheme, host and port replaced by those of `base` (the CLI's --base-url:
/// a mirror, a proxy or a test server); the path and query stay the provider's. `base` may
/// carry a path prefix ("http://127.0.0.1:8080/mirror"), which goes before the endpoint's path.
/// An empty `base` returns `endpoint` unchanged.
QUrl rebase(const QUrl &endpoint, const QUrl &base);

/// `url` as it may be shown and logged: query items that hold secrets (apikey, api_key,
/// token, key) replaced by "...".
QString redactedUrl(const QUrl &url);

} // namespace rutile::net
