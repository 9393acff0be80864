// `holdings import FILE` and `holdings show NAME` (CLI.md "holdings / index"): a fund's holdings
// export into the workspace as a dated snapshot, and its tables: top ten, sectors, concentration.

#include "Cli.h"

#include "data/Symbol.h"
#include "import/HoldingsFile.h"
#include "index/HoldingsAnalysis.h"
#include "storage/Workspace.h"
#include "util/JsonNumber.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace rutile::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::HoldingsCommand)
};

QJsonObject showJson(const QString &name, QDate asOf, const index::HoldingsAnalysis &a)
{
    QJsonArray top10;
    for (const index::WeightedHolding &h : a.top(10))
        top10.append(QJsonObject{{"rank", h.rank}, {"ticker", h.ticker}, {"name", h.name}, {"sector", h.sector},
                                 {"market_value", h.marketValue}, {"weight", h.weight}});
    QJsonArray sectors;
    for (const index::SectorWeight &s : a.sectors)
        sectors.append(QJsonObject{{"sector", s.sector}, {"stocks", s.stocks}, {"market_value", s.marketValue},
                                   {"weight", s.weight}});
    QJsonArray excluded;
    for (const index::Holding &h : a.excluded)
        excluded.append(QJsonObject{{"ticker", h.ticker}, {"name", h.name}, {"asset_class", h.assetClass},
                                    {"market_value", jsonNumber(h.marketValue)}});
    QJsonArray zero;
    for (const index::Holding &h : a.zeroPrices)
        zero.append(QJsonObject{{"ticker", h.ticker}, {"name", h.name}, {"line", h.line}});
    return QJsonObject{{"name", name},
                       {"as_of", jsonDate(asOf)},
                       {"equities", a.equities},
                       {"total_market_value", a.totalMarketValue},
                       {"top10", top10},
                       {"sectors", sectors},
                       {"hhi", a.hhi},
                       {"effective_n", a.effectiveN},
                       {"top10_share", a.top10Share},
                       {"top100_share", a.top100Share},
                       {"excluded", excluded},
                       {"duplicate_tickers", QJsonArray::fromStringList(a.duplicateTickers)},
                       {"zero_prices", zero}};
}

void printShow(QTextStream &out, const QString &name, QDate asOf, const index::HoldingsAnalysis &a)
{
    const QLocale c = QLocale::c();
    out << Text::tr("%1 holdings as of %2: %3 equities worth %4")
               .arg(name, asOf.toString(Qt::ISODate))
               .arg(a.equities)
               .arg(c.toString(a.totalMarketValue, 'f', 2))
        << Qt::endl
        << Text::tr("Top 10") << Qt::endl;
    for (const index::WeightedHolding &h : a.top(10))
        out << QStringLiteral("%1  %2 %3 %4 %5%")
                   .arg(h.rank, 2)
                   .arg(h.ticker, -6)
                   .arg(h.name.left(34), -34)
                   .arg(h.sector.left(24), -24)
                   .arg(c.toString(100 * h.weight, 'f', 2), 6)
            << Qt::endl;
    out << Text::tr("Sectors") << Qt::endl;
    for (const index::SectorWeight &s : a.sectors)
        out << QStringLiteral("%1 %2 %3%").arg(s.sector.left(28), -28).arg(s.stocks, 5).arg(c.toString(100 * s.weight, 'f', 2), 6)
            << Qt::endl;
    out << Text::tr("HHI %1, effective number of holdings %2, top 10 %3%, top 100 %4%")
               .arg(c.toString(a.hhi, 'g', 6), c.toString(a.effectiveN, 'f', 1), c.toString(100 * a.top10Share, 'f', 2),
                    c.toString(100 * a.top100Share, 'f', 2))
        << Qt::endl;
}

int runImportHoldings(Context &ctx, const QString &file)
{
    // The file is read and checked before the workspace is opened (and perhaps created).
    const auto read = readHoldingsFile(file, ctx.parser.value(QStringLiteral("name")));
    if (!read)
        return read.error().kind == ErrorKind::InvalidArgument
            ? ctx.usage(Text::tr("%1; give --name").arg(read.error().message))
            : ctx.fail(read.error());
    const QString &name = read->name;
    const auto *snapshot = &read->snapshot;
    const auto *analysis = &read->analysis;
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const QString &absolute = read->path;
    // The report is written inside the transaction: one it cannot write (a full disk, a closed
    // pipe) leaves the workspace as it was.
    const auto rows = (*workspace)->storeHoldings(name, *snapshot, absolute, [&](qint64 rows) {
        return ctx.writeReport(
            [&] {
                return QJsonObject{{"name", name},
                                   {"as_of", jsonDate(snapshot->asOf)},
                                   {"fund", snapshot->fund},
                                   {"file", absolute},
                                   {"rows", rows},
                                   {"equities", analysis->equities},
                                   {"excluded", qint64(analysis->excluded.size())}};
            },
            [&](QTextStream &out) {
                out << Text::tr("Imported %1 holdings of %2 as of %3 (%4 equities, %5 other rows) from %6")
                           .arg(rows)
                           .arg(name, snapshot->asOf.toString(Qt::ISODate))
                           .arg(analysis->equities)
                           .arg(analysis->excluded.size())
                           .arg(absolute)
                    << Qt::endl;
            });
    });
    return rows ? Success : ctx.fail(rows.error());
}

int runShowHoldings(Context &ctx, const QString &name)
{
    // Showing reads: it never creates a workspace.
    auto workspace = Workspace::open(ctx.dbPath, WorkspaceAccess::Read);
    if (!workspace)
        return ctx.fail(workspace.error());
    const auto asOf = ctx.dateOption(QStringLiteral("as-of"));
    if (!asOf)
        return ctx.fail(asOf.error());
    const auto snapshot = (*workspace)->readHoldings(name, *asOf);
    if (!snapshot)
        return ctx.fail(snapshot.error());
    const auto analysis = index::analyseHoldings(*snapshot);
    if (!analysis)
        return ctx.fail(analysis.error());
    for (const QString &ticker : analysis->duplicateTickers)
        ctx.warn(Text::tr("%1 holds %2 on more than one row; each row is weighed on its own").arg(name, ticker));

    // --compare: another fund's (or date's) sectors beside these, seed 001's comparison.
    QJsonObject json = showJson(name, snapshot->asOf, *analysis);
    std::vector<index::SectorComparison> comparison;
    QString otherName;
    QDate otherDate;
    if (ctx.parser.isSet(QStringLiteral("compare"))) {
        otherName = ctx.parser.value(QStringLiteral("compare"));
        const auto otherAsOf = ctx.dateOption(QStringLiteral("compare-as-of"));
        if (!otherAsOf)
            return ctx.fail(otherAsOf.error());
        const auto other = (*workspace)->readHoldings(otherName, *otherAsOf);
        if (!other)
            return ctx.fail(other.error());
        const auto otherAnalysis = index::analyseHoldings(*other);
        if (!otherAnalysis)
            return ctx.fail(otherAnalysis.error());
        otherDate = other->asOf;
        comparison = index::compareSectors(*analysis, *otherAnalysis);
        QJsonArray sectors;
        for (const index::SectorComparison &c : comparison)
            sectors.append(QJsonObject{{"sector", c.sector}, {"weight", c.weightA}, {"other_weight", c.weightB},
                                       {"difference", c.difference()}});
        json.insert(QStringLiteral("compare"),
                    QJsonObject{{"name", otherName}, {"as_of", jsonDate(otherDate)}, {"sectors", sectors}});
    }
    if (ctx.parser.isSet(QStringLiteral("json")))
        return ctx.writeJson(QJsonDocument(json), ctx.parser.value(QStringLiteral("json")));
    printShow(ctx.out(), name, snapshot->asOf, *analysis);
    if (!comparison.empty()) {
        const QLocale c = QLocale::c();
        ctx.out() << Text::tr("Sectors: %1 (%2) against %3 (%4)")
                         .arg(name, snapshot->asOf.toString(Qt::ISODate), otherName, otherDate.toString(Qt::ISODate))
                  << Qt::endl;
        for (const index::SectorComparison &row : comparison)
            ctx.out() << QStringLiteral("%1 %2% %3% %4 pp")
                             .arg(row.sector.left(28), -28)
                             .arg(c.toString(100 * row.weightA, 'f', 2), 6)
                             .arg(c.toString(100 * row.weightB, 'f', 2), 6)
                             .arg(c.toString(100 * row.difference(), 'f', 2), 7)
                      << Qt::endl;
    }
    return Success;
}

int runHoldings(Context &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 2 || (args[0] != QLatin1String("import") && args[0] != QLatin1String("show")))
        return ctx.usage(Text::tr("holdings takes 'import FILE' or 'show NAME'"));
    return args[0] == QLatin1String("import") ? runImportHoldings(ctx, args[1]) : runShowHoldings(ctx, args[1]);
}

} // namespace

Command holdingsCommand()
{
    return Command{
        QStringLiteral("holdings"),
        Text::tr("Import a fund's holdings export (import FILE) or show its top ten, sectors and concentration (show NAME)."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("ACTION"), Text::tr("import or show."), Text::tr("import|show"));
            p.addPositionalArgument(QStringLiteral("ARG"), Text::tr("The holdings file (import) or the fund's name (show)."),
                                    Text::tr("FILE|NAME"));
            p.addOptions({
                {QStringLiteral("name"), Text::tr("import: the fund's name (default: from the file name, IWM)."),
                 Text::tr("NAME")},
                {QStringLiteral("as-of"), Text::tr("show: the snapshot of this date (default: the latest)."), Text::tr("D")},
                {QStringLiteral("compare"),
                 Text::tr("show: put the sector weights of fund OTHER beside these, with the differences."),
                 Text::tr("OTHER")},
                {QStringLiteral("compare-as-of"), Text::tr("show: OTHER's snapshot of this date (default: its latest)."),
                 Text::tr("D")},
                {QStringLiteral("json"), Text::tr("Write the result as JSON to OUT ('-' for stdout)."), Text::tr("OUT")},
            });
        },
        runHoldings,
        {QStringLiteral("json")},
        WorkspaceAccess::OpenOrCreate,
    };
}

} // namespace rutile::cli
