// `sample [--universe N]` (CLI.md "sample"): the GUI's sample workspace, written into --db for
// scripts and tests, with the synthetic constituent universe as the watchlist SAMPLE-UNIVERSE.

#include "Cli.h"

#include "import/SampleWorkspace.h"
#include "index/SampleUniverse.h"
#include "storage/Workspace.h"
#include "util/RangeCheck.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rutile::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::SampleCommand)
};

constexpr int kLargestUniverse = 9999; // SYN-U0001 … SYN-U9999

int runSample(Context &ctx)
{
    if (!ctx.arguments().isEmpty())
        return ctx.usage(Text::tr("sample takes no arguments"));
    int universe = kDefaultSampleUniverse;
    if (ctx.parser.isSet(QStringLiteral("universe"))) {
        bool ok = false;
        const QString text = ctx.parser.value(QStringLiteral("universe"));
        universe = text.toInt(&ok);
        if (!ok)
            return ctx.usage(Text::tr("--universe takes a whole number, not '%1'").arg(text));
        if (Status s = checkRange(QStringLiteral("--universe"), universe, 0, kLargestUniverse); !s)
            return ctx.usage(s.error().message);
    }
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    // Only the sample's own data may be there already (a second run writes the same data): the
    // two indices and synthetic constituents up to this universe's size. A larger universe
    // written before is refused rather than left half outside the watchlist.
    const auto existing = (*workspace)->readSymbols();
    if (!existing)
        return ctx.fail(existing.error());
    for (const SymbolInfo &info : *existing) {
        if (info.symbol == QLatin1String("SYN-SMALL") || info.symbol == QLatin1String("SYN-LARGE"))
            continue;
        const auto constituent = index::sampleConstituentIndex(info.symbol);
        if (constituent && info.synthetic) {
            if (*constituent < universe)
                continue;
            return ctx.fail(Error::invalidInput(
                Text::tr("the workspace holds a larger sample universe (%1); give --universe %2 or more, or an "
                         "empty workspace")
                    .arg(info.symbol)
                    .arg(*constituent + 1),
                (*workspace)->path()));
        }
        return ctx.fail(Error::invalidInput(
            Text::tr("the workspace already holds %1, which is not sample data; give an empty workspace with --db")
                .arg(info.symbol),
            (*workspace)->path()));
    }
    // The report is written inside the sample's transaction: one that cannot be written (a full
    // disk, a closed pipe) leaves the workspace as it was.
    const QString path = (*workspace)->path();
    const Status s = populateSampleWorkspace(**workspace, universe, {}, [&](const SampleWritten &written) {
        return ctx.writeReport(
            [&] {
                return QJsonObject{
                    {"workspace", path},
                    {"symbols", written.symbols},
                    {"bars", written.bars},
                    {"universe", universe},
                    {"watchlist", universe > 0 ? QJsonValue(QString::fromLatin1(kSampleUniverseList)) : QJsonValue()},
                    {"holdings", universe > 0 ? QJsonValue(QString::fromLatin1(kSampleFundName)) : QJsonValue()}};
            },
            [&](QTextStream &out) {
                out << Text::tr("Wrote the sample workspace to %1: %2 symbols, %3 bars (synthetic data)")
                           .arg(path)
                           .arg(written.symbols)
                           .arg(written.bars)
                    << Qt::endl;
                if (universe > 0)
                    out << Text::tr("The %1 synthetic constituents are in the watchlist %2 and the holdings %3")
                               .arg(universe)
                               .arg(QString::fromLatin1(kSampleUniverseList), QString::fromLatin1(kSampleFundName))
                        << Qt::endl;
            });
    });
    return s ? Success : ctx.fail(s.error());
}

} // namespace

Command sampleCommand()
{
    return Command{
        QStringLiteral("sample"),
        Text::tr("Fill the workspace with the sample data: two synthetic indices and a synthetic constituent universe."),
        [](QCommandLineParser &p) {
            p.addOptions({
                {QStringLiteral("universe"),
                 Text::tr("Synthetic constituents to add, 0 to %1 (default %2), as the watchlist %3.")
                     .arg(kLargestUniverse)
                     .arg(kDefaultSampleUniverse)
                     .arg(QString::fromLatin1(kSampleUniverseList)),
                 Text::tr("N")},
                {QStringLiteral("json"), Text::tr("Write a summary as JSON to OUT ('-' for stdout)."), Text::tr("OUT")},
            });
        },
        runSample,
        {QStringLiteral("json")},
        WorkspaceAccess::OpenOrCreate,
    };
}

} // namespace rutile::cli
