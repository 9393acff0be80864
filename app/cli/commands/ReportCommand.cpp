// `report`: the reports the GUI makes, headless. `report backtest` runs and journals a backtest
// and writes its report, showing the new run's id (written inside the journal's transaction, so
// a failed report leaves no entry); `report risk` writes a symbol's risk study; `report run ID`
// writes the report of a journaled backtest, grid search or walk-forward. --pdf and --html name
// the files; the numbers equal the matching command's JSON (core/report/ReportFormat.h).

#include "Cli.h"
#include "commands/BacktestOptions.h"
#include "commands/RiskStudy.h"

#include "journal/RunEntries.h"
#include "report/ReportWriters.h"
#include "reporting/BacktestReport.h"
#include "reporting/RiskReportDocument.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace rutile::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::ReportCommand)
};

Status writeReports(Context &ctx, const report::ReportDocument &document)
{
    for (const auto &[option, format] : {std::pair{QStringLiteral("pdf"), ui::ReportFormat::Pdf},
                                         std::pair{QStringLiteral("html"), ui::ReportFormat::Html}}) {
        if (!ctx.parser.isSet(option))
            continue;
        if (Status s = ui::writeReport(document, ctx.parser.value(option), format); !s)
            return s;
    }
    return {};
}

int runBacktestReport(Context &ctx)
{
    int code = Success;
    std::optional<BacktestSetup> setup = readBacktestSetup(ctx, true, code);
    if (!setup)
        return code;
    const auto result = backtest::runBacktest(setup->data, *setup->strategy, setup->params, setup->config, setup->range);
    if (!result)
        return ctx.fail(result.error());
    warnBacktest(ctx, *result);
    const Status written = ctx.journal([&] { return setup->backtestEntry(*result); }, [&](const RunRecord &entry) -> Status {
        const auto document = reporting::backtestReport(entry);
        if (!document)
            return document.error();
        return writeReports(ctx, *document);
    });
    return written ? Success : ctx.fail(written.error());
}

int runRiskReport(Context &ctx)
{
    int code = Success;
    const std::optional<RiskStudy> study = readRiskStudy(ctx, code);
    if (!study)
        return code;
    const Status written = writeReports(ctx, reporting::riskReportDocument(study->report, &study->bars));
    return written ? Success : ctx.fail(written.error());
}

int runRunReport(Context &ctx)
{
    const QStringList args = ctx.arguments();
    bool ok = false;
    const qint64 id = args.size() == 1 ? args.front().toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return ctx.usage(Text::tr("report run takes one run id (a positive number)"));
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const auto entry = (*workspace)->run(id);
    if (!entry)
        return ctx.fail(entry.error());
    const auto document = reporting::runReport(*entry);
    if (!document)
        return ctx.fail(document.error());
    const Status written = writeReports(ctx, *document);
    return written ? Success : ctx.fail(written.error());
}

int runReport(Context &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.isEmpty())
        return ctx.usage(Text::tr("report needs what to report: backtest, risk or run"));
    if (!ctx.parser.isSet(QStringLiteral("pdf")) && !ctx.parser.isSet(QStringLiteral("html")))
        return ctx.usage(Text::tr("report needs --pdf OUT, --html OUT or both"));
    if (ctx.parser.isSet(QStringLiteral("json")))
        return ctx.usage(Text::tr("report writes --pdf and --html; the JSON comes from backtest, risk or runs show"));
    const QString kind = args.front();
    ctx.argumentOffset = 1;
    if (kind == u"backtest")
        return runBacktestReport(ctx);
    if (kind == u"risk")
        return runRiskReport(ctx);
    if (kind == u"run")
        return runRunReport(ctx);
    return ctx.usage(Text::tr("report: expected backtest, risk or run, found '%1'").arg(kind));
}

} // namespace

Command reportCommand()
{
    return Command{
        QStringLiteral("report"),
        Text::tr("Write a backtest report (report backtest SYMBOL ...), a risk report (report risk SYMBOL ...) or the "
                 "report of a journaled run (report run ID) as PDF and/or self-contained HTML."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("WHAT"), Text::tr("backtest, risk or run."), Text::tr("backtest|risk|run"));
            addBacktestOptions(p);
            p.addOptions({
                {QStringLiteral("returns"), Text::tr("risk: log (default) or simple daily returns."), Text::tr("TYPE")},
                {QStringLiteral("pdf"), Text::tr("Write the report as PDF to OUT."), Text::tr("OUT")},
                {QStringLiteral("html"), Text::tr("Write the report as one self-contained HTML file to OUT."), Text::tr("OUT")},
            });
        },
        runReport,
        {QStringLiteral("pdf"), QStringLiteral("html")},
        WorkspaceAccess::Read,
        true, // journals its run
    };
}

} // namespace rutile::cli
