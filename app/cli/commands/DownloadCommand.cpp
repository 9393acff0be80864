// `download` and `update`: daily history from the network into the workspace (CLI.md
// "download / update"). Both run the same core batch as the GUI's Data menu.

#include "Cli.h"

#include "import/HistoryDownload.h"
#include "net/NetworkSettings.h"
#include "net/Provider.h"
#include "net/UrlPolicy.h"
#include "storage/Workspace.h"

#include "data/SymbolList.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <cmath>

namespace rutile::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::DownloadCommand)
};

QJsonObject reportJson(const DownloadReport &r)
{
    QJsonArray skipped;
    for (const RowIssue &issue : r.skipped)
        skipped.append(QJsonObject{{"line", issue.line}, {"reason", issue.reason}});
    return QJsonObject{{"symbol", r.symbol},
                       {"remote_symbol", r.remoteSymbol},
                       {"provider", net::providerName(r.provider)},
                       {"url", r.url},
                       {"rows_read", r.rowsRead},
                       {"rows_imported", r.rowsImported},
                       {"rows_skipped", r.rowsSkipped},
                       {"first_date", jsonDate(r.firstDate)},
                       {"last_date", jsonDate(r.lastDate)},
                       {"dividends", r.dividends},
                       {"splits", r.splits},
                       {"full_refetch", r.fullRefetch},
                       {"note", r.note},
                       {"skipped", skipped}};
}

QJsonObject toJson(const DownloadOutcome &outcome, const QUrl &baseUrl)
{
    if (outcome.ok()) {
        QJsonObject o = reportJson(*outcome.report);
        o.insert(QStringLiteral("ok"), true);
        return o;
    }
    // A failed entry has every key of a successful one, so that a script reading rows_imported
    // of each entry does not stop at it: the report of nothing imported (null dates), the URL
    // when the job named one (an update's comes from the workspace, read by the failed job).
    const auto &d = outcome.job.download;
    DownloadReport none;
    none.symbol = outcome.job.label();
    const auto url = d ? net::historyUrl(*d) : Result<QUrl>(Error::invalidArgument(QString()));
    if (url)
        none.url = net::rebase(*url, baseUrl).toString();
    QJsonObject o = reportJson(none);
    o.insert(QStringLiteral("remote_symbol"), d ? QJsonValue(d->remoteSymbol) : QJsonValue());
    o.insert(QStringLiteral("provider"), d ? QJsonValue(net::providerName(d->provider)) : QJsonValue());
    o.insert(QStringLiteral("url"), url ? QJsonValue(none.url) : QJsonValue());
    o.insert(QStringLiteral("ok"), false);
    o.insert(QStringLiteral("error"), outcome.error->toString());
    return o;
}

/// The network options shared by both commands, over the saved settings.
Result<BatchOptions> batchOptions(const Context &ctx)
{
    const QCommandLineParser &p = ctx.parser;
    BatchOptions options = savedBatchOptions(net::NetworkSettings::load());
    if (p.isSet(QStringLiteral("api-key")))
        options.endpoint.apiKey = p.value(QStringLiteral("api-key"));
    if (p.isSet(QStringLiteral("base-url"))) {
        const QUrl base(p.value(QStringLiteral("base-url")), QUrl::StrictMode);
        if (Status allowed = net::allowUrl(base); !allowed)
            return Error::invalidArgument(Text::tr("--base-url: %1").arg(allowed.error().message));
        options.endpoint.baseUrl = base;
    }
    const auto number = [&p](const QString &name, double low, double high, double &into) -> Status {
        if (!p.isSet(name))
            return {};
        bool ok = false;
        const double v = p.value(name).toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < low || v > high)
            return Error::invalidArgument(
                Text::tr("--%1: expected a number from %2 to %3, found '%4'").arg(name).arg(low).arg(high).arg(p.value(name)));
        into = v;
        return {};
    };
    double concurrency = options.concurrency;
    double timeout = options.http.transferTimeoutMs / 1000.0;
    for (Status s : {number(QStringLiteral("rate"), 0, 1000, options.requestsPerSecond),
                     number(QStringLiteral("concurrency"), 1, 64, concurrency),
                     number(QStringLiteral("timeout"), 0.1, 600, timeout)}) {
        if (!s)
            return s.error();
    }
    options.concurrency = int(concurrency);
    options.http.transferTimeoutMs = int(timeout * 1000);
    options.http.totalTimeoutMs = std::max(options.http.totalTimeoutMs, 4 * options.http.transferTimeoutMs);
    return options;
}

/// Runs the batch, prints one line per symbol (failures on stderr), writes the JSON; exit 2
/// when any symbol failed.
int runBatch(Context &ctx, const std::vector<DownloadJob> &jobs, BatchOptions options)
{
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const QString path = (*workspace)->path();
    workspace->reset();

    const std::vector<DownloadOutcome> outcomes = runDownloads(path, jobs, options);
    int failed = 0;
    QJsonArray list;
    for (const DownloadOutcome &outcome : outcomes) {
        list.append(toJson(outcome, options.endpoint.baseUrl));
        if (!outcome.ok()) {
            ++failed;
            (void)ctx.fail(*outcome.error); // one error line each; the exit code comes at the end
            continue;
        }
        const DownloadReport &r = *outcome.report;
        if (r.fullRefetch)
            ctx.warn(QStringLiteral("%1: %2").arg(r.symbol, r.note));
        if (!ctx.parser.isSet(QStringLiteral("json")) || ctx.parser.value(QStringLiteral("json")) != QLatin1String("-")) {
            ctx.out() << Text::tr("%1: %2 bars (%3 to %4) from %5, %6 rows skipped, %7 dividends, %8 splits")
                             .arg(r.symbol)
                             .arg(r.rowsImported)
                             .arg(r.firstDate.toString(Qt::ISODate), r.lastDate.toString(Qt::ISODate),
                                  net::providerTitle(r.provider))
                             .arg(r.rowsSkipped)
                             .arg(r.dividends)
                             .arg(r.splits)
                      << Qt::endl;
        }
    }
    if (ctx.parser.isSet(QStringLiteral("json"))) {
        if (const int code = ctx.writeJson(QJsonDocument(list), ctx.parser.value(QStringLiteral("json"))); code != Success)
            return code;
    }
    if (failed == 0)
        return Success;
    // The JSON says which symbols failed and what the others got (they are stored): out too.
    if (Status s = ctx.publishOutputs(); !s)
        return ctx.fail(s.error());
    return DataError;
}

int runDownload(Context &ctx)
{
    QStringList symbols = ctx.arguments();
    if (ctx.parser.isSet(QStringLiteral("symbols-file"))) {
        const auto listed = readSymbolList(ctx.parser.value(QStringLiteral("symbols-file")));
        if (!listed)
            return ctx.fail(listed.error());
        symbols += *listed;
    }
    if (symbols.isEmpty())
        return ctx.usage(Text::tr("download needs at least one SYMBOL (as the provider writes it: ^RUT, ^GSPC, DGS3MO)"));
    const QString providerText = ctx.parser.value(QStringLiteral("provider"));
    const auto provider = net::providerFromName(providerText);
    if (!provider)
        return ctx.usage(Text::tr("--provider: expected yahoo, stooq or fred, found '%1'").arg(providerText));
    const auto from = ctx.dateOption(QStringLiteral("from"));
    const auto to = ctx.dateOption(QStringLiteral("to"));
    if (!from || !to)
        return ctx.fail((from ? to : from).error());
    auto options = batchOptions(ctx);
    if (!options)
        return ctx.fail(options.error());

    std::vector<DownloadJob> jobs;
    for (const QString &symbol : symbols) {
        net::HistoryQuery query{*provider, symbol.trimmed(), *from, *to, options->endpoint.apiKey};
        // Every symbol's URL is checked before anything runs: a missing key or a bad symbol is
        // a usage error, not one failure per symbol.
        if (const auto url = net::historyUrl(query); !url)
            return ctx.fail(url.error());
        if (const auto canonical = ctx.symbolArgument(symbol); !canonical)
            return ctx.fail(canonical.error());
        jobs.push_back(DownloadJob{query, {}});
    }
    return runBatch(ctx, jobs, *options);
}

int runUpdate(Context &ctx)
{
    auto options = batchOptions(ctx);
    if (!options)
        return ctx.fail(options.error());
    // Updating needs something to update: a missing workspace is an error, not a new file.
    if (auto existing = Workspace::open(ctx.dbPath, WorkspaceAccess::Read); !existing)
        return ctx.fail(existing.error());
    std::vector<DownloadJob> jobs;
    if (ctx.arguments().isEmpty()) {
        auto workspace = ctx.openWorkspace();
        if (!workspace)
            return ctx.fail(workspace.error());
        const auto symbols = (*workspace)->readSymbols();
        if (!symbols)
            return ctx.fail(symbols.error());
        for (const SymbolInfo &info : *symbols) {
            if (!info.source.isEmpty())
                jobs.push_back(DownloadJob{std::nullopt, info.symbol});
        }
        if (jobs.empty()) {
            ctx.warn(Text::tr("no downloaded symbol to update (symbols imported from files are updated by importing again)"));
            if (ctx.parser.isSet(QStringLiteral("json")))
                return ctx.writeJson(QJsonDocument(QJsonArray()), ctx.parser.value(QStringLiteral("json")));
            return Success;
        }
    } else {
        for (const QString &text : ctx.arguments()) {
            const auto symbol = ctx.symbolArgument(text);
            if (!symbol)
                return ctx.fail(symbol.error());
            jobs.push_back(DownloadJob{std::nullopt, *symbol});
        }
    }
    return runBatch(ctx, jobs, *options);
}

void addNetworkOptions(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("base-url"),
         Text::tr("Fetch from URL's scheme, host and port instead of the provider's (a mirror, a proxy, a test "
                  "server); plain http only to this machine."),
         Text::tr("URL")},
        {QStringLiteral("api-key"), Text::tr("Stooq's API key (default: the saved one, or RUTILE_STOOQ_API_KEY)."),
         Text::tr("KEY")},
        {QStringLiteral("rate"), Text::tr("At most N requests per second to each provider (default: the saved setting, 2)."),
         Text::tr("N")},
        {QStringLiteral("concurrency"), Text::tr("Symbols fetched at once (default: the saved setting, 4)."), Text::tr("N")},
        {QStringLiteral("timeout"), Text::tr("Give up a try after S seconds without data (default 30)."), Text::tr("S")},
        {QStringLiteral("json"), Text::tr("Write one report per symbol as JSON to OUT ('-' for stdout)."), Text::tr("OUT")},
    });
}

} // namespace

Command downloadCommand()
{
    return Command{
        QStringLiteral("download"),
        Text::tr("Download daily history from Yahoo Finance, Stooq or FRED into the cache."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("SYMBOL"),
                                    Text::tr("Symbols as the provider writes them (^RUT is stored as RUT)."),
                                    Text::tr("SYMBOL..."));
            p.addOptions({
                {QStringLiteral("provider"), Text::tr("yahoo (default), stooq or fred."), Text::tr("NAME"),
                 QStringLiteral("yahoo")},
                {QStringLiteral("from"), Text::tr("First date (default: the provider's first bar)."), Text::tr("D")},
                {QStringLiteral("to"), Text::tr("Last date (default: today)."), Text::tr("D")},
                {QStringLiteral("symbols-file"),
                 Text::tr("Also download the symbols listed in FILE (a watchlist: spaces, commas or lines; '#' comments)."),
                 Text::tr("FILE")},
            });
            addNetworkOptions(p);
        },
        runDownload,
        {QStringLiteral("json")},
        WorkspaceAccess::OpenOrCreate,
    };
}

Command updateCommand()
{
    return Command{
        QStringLiteral("update"),
        Text::tr("Bring downloaded symbols (all without arguments) up to date from their providers."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("SYMBOL"), Text::tr("Cached symbols to update (default: all downloaded)."),
                                    Text::tr("[SYMBOL...]"));
            addNetworkOptions(p);
        },
        runUpdate,
        {QStringLiteral("json")},
        WorkspaceAccess::OpenOrCreate,
    };
}

} // namespace rutile::cli
