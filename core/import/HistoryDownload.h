#pragma once

// Downloads into the workspace: one symbol's history fetched from a provider, validated like
// an imported file, and written in one transaction with its dividends, splits and provenance;
// the incremental update of a downloaded symbol; and many of either, concurrently.

#include "data/HistoryParser.h"
#include "net/HttpClient.h"
#include "net/NetworkSettings.h"
#include "net/Provider.h"
#include "util/Error.h"
#include "util/TaskControl.h"

#include <QDate>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>
#include <vector>

namespace rutile {

class Workspace;

/// Where a download goes besides the provider's public host.
struct DownloadEndpoint {
    QUrl baseUrl;   ///< replaces scheme, host and port (net::rebase); empty for the provider's own
    QString apiKey; ///< Stooq's key
};

/// What one download or update did.
struct DownloadReport {
    QString symbol;       ///< as stored (RUT)
    QString remoteSymbol; ///< as the provider writes it (^RUT)
    net::Provider provider = net::Provider::Yahoo;
    QString url;          ///< the last URL fetched, secrets redacted
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsSkipped = 0;
    QDate firstDate;      ///< of the bars written
    QDate lastDate;
    int dividends = 0;    ///< reported by the provider in the range fetched
    int splits = 0;
    /// An update found the cached bars disagreeing with the provider's and fetched (and
    /// replaced) the whole history; `note` says where they disagreed.
    bool fullRefetch = false;
    QString note;
    std::vector<RowIssue> skipped;
};

/// Fetches `query` and writes it under the canonical form of its symbol (^RUT → RUT).
/// Nothing is written unless the whole response was read and at least one bar is usable; a
/// failure or a cancellation leaves the workspace exactly as it was. Errors name the symbol
/// and the provider.
Result<DownloadReport> downloadHistory(Workspace &workspace, net::HttpClient &client, const net::HistoryQuery &query,
                                       const DownloadEndpoint &endpoint = {}, const TaskControl &control = {});

/// How many calendar days before the last cached bar an update fetches again, to check that
/// the provider still agrees with the cache (two trading weeks).
inline constexpr int kUpdateOverlapDays = 14;

/// Brings a downloaded symbol up to date from the provider it came from: fetches from
/// kUpdateOverlapDays before its last bar, compares the bars both hold (the last cached bar
/// excepted: it may have been a session's forming bar), and when any close differs beyond
/// rounding (a split or a re-adjustment upstream) fetches the full history and replaces the
/// cached one, saying so in the report. A symbol imported from a file cannot be updated.
Result<DownloadReport> updateHistory(Workspace &workspace, net::HttpClient &client, const QString &symbol,
                                     const DownloadEndpoint &endpoint = {}, const TaskControl &control = {});

/// One item of a batch: a download (query set) or an update (symbol only).
struct DownloadJob {
    std::optional<net::HistoryQuery> download;
    QString update;
    /// The name shown in progress and in the summary.
    QString label() const { return download ? download->remoteSymbol : update; }
};

struct DownloadOutcome {
    DownloadJob job;
    std::optional<DownloadReport> report;
    std::optional<Error> error;
    bool ok() const { return report.has_value(); }
};

struct BatchOptions {
    int concurrency = 4;             ///< symbols in flight at once
    double requestsPerSecond = 2;    ///< per provider, shared by every worker (≤ 0: no limit)
    double burst = 4;
    net::HttpPolicy http;
    DownloadEndpoint endpoint;
    /// Called from worker threads as each job ends, with its index in `jobs`.
    std::function<void(std::size_t index, const DownloadOutcome &outcome)> onFinished;
};

/// The batch options the user saved (Data > Network Settings): rate, burst, concurrency,
/// timeout, Stooq's key and the mirror. The GUI runs with them; the CLI starts from them.
BatchOptions savedBatchOptions(const net::NetworkSettings &settings);

/// Runs `jobs` on up to `options.concurrency` threads, each with its own connection to the
/// workspace at `workspacePath` and its own HttpClient, one rate limiter per provider shared by
/// all. A failing symbol does not stop the others; a cancel stops them all, and every symbol
/// not finished by then is left as it was. Progress is the fraction of jobs finished. The
/// outcomes come back in the order of `jobs`.
std::vector<DownloadOutcome> runDownloads(const QString &workspacePath, const std::vector<DownloadJob> &jobs,
                                          const BatchOptions &options, const TaskControl &control = {});

} // namespace rutile
