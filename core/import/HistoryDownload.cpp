#include "import/HistoryDownload.h"

#include "data/Symbol.h"
#include "net/HistoryFetch.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <atomic>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>

namespace rutile {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::HistoryDownload)
};

/// Closes that differ by less than this (relative) are the same price written with other
/// rounding; anything more is a different price.
constexpr double kSamePriceTolerance = 5e-5;

bool samePrice(double a, double b)
{
    return std::abs(a - b) <= kSamePriceTolerance * std::max(std::abs(a), std::abs(b));
}

Result<DownloadReport> store(Workspace &workspace, const net::HistoryQuery &query, const QString &symbol,
                             net::FetchedHistory fetched, bool replaceBars, const TaskControl &control)
{
    ParsedHistory &bars = fetched.history.bars;
    bars.series.symbol = symbol;
    DownloadReport report;
    report.symbol = symbol;
    report.remoteSymbol = query.remoteSymbol;
    report.provider = query.provider;
    report.url = fetched.url;
    report.rowsRead = bars.rowsRead;
    report.rowsSkipped = static_cast<qint64>(bars.skipped.size());
    report.firstDate = bars.series.firstDate();
    report.lastDate = bars.series.lastDate();
    report.dividends = static_cast<int>(fetched.history.actions.dividends.size());
    report.splits = static_cast<int>(fetched.history.actions.splits.size());
    report.skipped = std::move(bars.skipped);

    ImportRecord record;
    record.symbol = symbol;
    record.file = fetched.url;
    record.format = net::providerName(query.provider) + QStringLiteral(" download");
    record.rowsRead = report.rowsRead;
    record.rowsSkipped = report.rowsSkipped;
    record.rowsImported = static_cast<qint64>(bars.series.size());

    SymbolMetadata metadata;
    metadata.source = net::providerName(query.provider);
    metadata.remoteSymbol = query.remoteSymbol;
    StoreOptions options;
    options.replaceBars = replaceBars;
    if (fetched.history.adjustForDividends)
        options.actions = &fetched.history.actions;
    const auto stored = workspace.storeSeries(bars.series, metadata, record, control, options);
    if (!stored)
        return stored.error();
    report.rowsImported = *stored;
    return report;
}

/// The first cached bar (before the last one) whose close the provider now reports
/// differently, as "date: cached → provider's"; empty when they agree.
QString firstDisagreement(const BarSeries &cached, const BarSeries &fetched)
{
    for (std::size_t i = 0; i + 1 < cached.size(); ++i) {
        const std::size_t j = fetched.lowerBound(cached.day[i]);
        if (j >= fetched.size() || fetched.day[j] != cached.day[i])
            continue;
        if (!samePrice(cached.close[i], fetched.close[j]))
            return Text::tr("%1: cached close %2, now %3")
                .arg(cached.date(i).toString(Qt::ISODate))
                .arg(cached.close[i], 0, 'g', 10)
                .arg(fetched.close[j], 0, 'g', 10);
    }
    return {};
}

} // namespace

Result<DownloadReport> downloadHistory(Workspace &workspace, net::HttpClient &client, const net::HistoryQuery &query,
                                       const DownloadEndpoint &endpoint, const TaskControl &control)
{
    const auto symbol = parseSymbol(query.remoteSymbol);
    if (!symbol)
        return symbol.error();
    net::HistoryQuery q = query;
    if (q.apiKey.isEmpty())
        q.apiKey = endpoint.apiKey;
    auto fetched = net::fetchHistory(client, q, endpoint.baseUrl, control.part(0, 0.8));
    if (!fetched)
        return fetched.error();
    return store(workspace, q, *symbol, std::move(*fetched), false, control.part(0.8, 1));
}

Result<DownloadReport> updateHistory(Workspace &workspace, net::HttpClient &client, const QString &symbol,
                                     const DownloadEndpoint &endpoint, const TaskControl &control)
{
    const auto info = workspace.symbol(symbol);
    if (!info)
        return Error::notFound(Text::tr("%1: not in the workspace").arg(symbol), workspace.path());
    const auto provider = net::providerFromName(info->source);
    if (!provider || info->remoteSymbol.isEmpty())
        return Error::invalidInput(
            Text::tr("%1: imported from a file, not downloaded; download it once (rutile-cli download) to update it").arg(symbol));

    net::HistoryQuery query;
    query.provider = *provider;
    query.remoteSymbol = info->remoteSymbol;
    query.apiKey = endpoint.apiKey;
    query.from = info->lastDate.isValid() ? info->lastDate.addDays(-kUpdateOverlapDays) : QDate();
    auto fetched = net::fetchHistory(client, query, endpoint.baseUrl, control.part(0, 0.4));
    if (!fetched)
        return fetched.error();

    const auto cached = workspace.readBars(symbol, query.from, info->lastDate);
    if (!cached)
        return cached.error();
    const QString disagreement = firstDisagreement(*cached, fetched->history.bars.series);
    if (disagreement.isEmpty())
        return store(workspace, query, symbol, std::move(*fetched), false, control.part(0.4, 1));

    // The provider re-wrote history (a split, a re-adjustment): fetch all of it again and
    // replace the cached bars in one transaction.
    query.from = {};
    auto full = net::fetchHistory(client, query, endpoint.baseUrl, control.part(0.4, 0.8));
    if (!full)
        return full.error();
    auto report = store(workspace, query, symbol, std::move(*full), true, control.part(0.8, 1));
    if (!report)
        return report;
    report->fullRefetch = true;
    report->note = Text::tr("%1 rewrote its history (%2); the full history was fetched again and replaced the cached bars")
                       .arg(net::providerTitle(query.provider), disagreement);
    return report;
}

BatchOptions savedBatchOptions(const net::NetworkSettings &settings)
{
    BatchOptions options;
    options.concurrency = settings.concurrency;
    options.requestsPerSecond = settings.requestsPerSecond;
    options.burst = settings.burst;
    options.http = settings.httpPolicy();
    options.endpoint.apiKey = settings.stooqApiKey;
    if (!settings.mirrorUrl.isEmpty())
        options.endpoint.baseUrl = QUrl(settings.mirrorUrl);
    return options;
}

std::vector<DownloadOutcome> runDownloads(const QString &workspacePath, const std::vector<DownloadJob> &jobs,
                                          const BatchOptions &options, const TaskControl &control)
{
    std::vector<DownloadOutcome> outcomes(jobs.size());
    for (std::size_t i = 0; i < jobs.size(); ++i)
        outcomes[i].job = jobs[i];
    if (jobs.empty())
        return outcomes;

    // One limiter per provider, shared by every worker: the limit is the provider's, not a thread's.
    std::map<net::Provider, std::shared_ptr<net::RateLimiter>> limiters;
    for (net::Provider p : {net::Provider::Yahoo, net::Provider::Stooq, net::Provider::Fred})
        limiters[p] = std::make_shared<net::RateLimiter>(options.requestsPerSecond, options.burst);

    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> finished{0};
    std::mutex progressMutex;
    const auto work = [&] {
        // Connections of this worker, made on its thread (HttpClient and Workspace are
        // single-thread objects); one HttpClient per provider, for its limiter.
        std::map<net::Provider, std::unique_ptr<net::HttpClient>> clients;
        const auto clientFor = [&](net::Provider p) -> net::HttpClient & {
            auto &c = clients[p];
            if (!c)
                c = std::make_unique<net::HttpClient>(options.http, limiters.at(p));
            return *c;
        };
        auto workspace = Workspace::open(workspacePath);
        for (std::size_t i = next++; i < jobs.size(); i = next++) {
            DownloadOutcome &outcome = outcomes[i];
            const DownloadJob &job = jobs[i];
            if (control.cancelled()) {
                outcome.error = Error::cancelled(Text::tr("%1: cancelled; left as it was").arg(job.label()));
            } else if (!workspace) {
                outcome.error = workspace.error();
            } else {
                TaskControl itemControl;
                itemControl.isCancellationRequested = control.isCancellationRequested;
                Result<DownloadReport> result = Error::internal(QString());
                if (job.download) {
                    result = downloadHistory(**workspace, clientFor(job.download->provider), *job.download,
                                             options.endpoint, itemControl);
                } else {
                    const auto info = (*workspace)->symbol(job.update);
                    const auto provider = info ? net::providerFromName(info->source) : std::nullopt;
                    result = updateHistory(**workspace, clientFor(provider.value_or(net::Provider::Yahoo)), job.update,
                                           options.endpoint, itemControl);
                }
                if (result)
                    outcome.report = std::move(*result);
                else
                    outcome.error = result.error();
            }
            const std::size_t done = ++finished;
            std::lock_guard lock(progressMutex);
            if (options.onFinished)
                options.onFinished(i, outcome);
            control.report(double(done) / double(jobs.size()));
        }
    };

    const int workers = std::clamp(options.concurrency, 1, int(std::min<std::size_t>(jobs.size(), 64)));
    QThreadPool pool;
    pool.setMaxThreadCount(workers);
    for (int w = 0; w < workers; ++w)
        pool.start(work);
    pool.waitForDone();
    return outcomes;
}

} // namespace rutile
