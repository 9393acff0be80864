// Index building from the workspace: the sample universe written in one transaction (a
// cancellation leaves the workspace as it was) or, as the GUI does, in resumable steps; watchlists and share counts read back, an index
// from the SAMPLE-UNIVERSE list equal to the engine's on the generator's own data, an index from
// a holdings snapshot with the fund's quantities as units (worked by hand), and the refusals of
// storeWorkspaceIndex.

#include "TestSupport.h"
#include "TradingDays.h"
#include "WorkspaceDump.h"
#include "data/SampleMarket.h"
#include "import/SampleWorkspace.h"
#include "import/WorkspaceIndex.h"
#include "index/SampleUniverse.h"
#include "storage/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace rutile;
using namespace rutile::index;

namespace {

Holding equity(const char *ticker, const char *sector, double quantity)
{
    Holding h;
    h.ticker = QString::fromLatin1(ticker);
    h.name = h.ticker + QStringLiteral(" Inc");
    h.sector = QString::fromLatin1(sector);
    h.assetClass = QStringLiteral("Equity");
    h.quantity = quantity;
    h.marketValue = quantity;
    h.price = 1;
    return h;
}

} // namespace

class TestWorkspaceIndex : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Workspace> open(const QString &file)
    {
        auto ws = Workspace::open(m_dir.filePath(file));
        if (!ws)
            qFatal("%s", qPrintable(ws.error().toString()));
        return std::move(*ws);
    }

private slots:
    void sampleUniverseAndItsIndex()
    {
        auto ws = open(QStringLiteral("sample.rutile"));
        QVERIFY(populateSampleWorkspace(*ws, 12).ok());
        const auto list = ws->watchlist(QString::fromLatin1(kSampleUniverseList));
        QVERIFY(list);
        QCOMPARE(list->size(), 12);
        QCOMPARE(list->first(), QStringLiteral("SYN-U0001"));
        QCOMPARE(*ws->watchlists(), QStringList{QString::fromLatin1(kSampleUniverseList)});

        // What the workspace holds is what the generator made.
        std::vector<SampleConstituent> generated;
        SampleUniverseModel model;
        model.constituents = 12;
        generateSampleUniverse(generateSampleMarket().smallCap, model, [&](SampleConstituent &&c) {
            generated.push_back(std::move(c));
            return true;
        });
        std::vector<Constituent> direct;
        for (const SampleConstituent &c : generated) {
            const auto stored = ws->readBars(c.bars.symbol);
            QVERIFY(stored);
            QCOMPARE(stored->close, c.bars.close);
            const auto counts = ws->readShareCounts(c.bars.symbol);
            QVERIFY(counts);
            QCOMPARE(counts->size(), c.shares.size());
            QCOMPARE(counts->back().shares, c.shares.back().shares);
            QCOMPARE(ws->symbol(c.bars.symbol)->sector, c.sector);
            QVERIFY(ws->symbol(c.bars.symbol)->synthetic);
            QCOMPARE(ws->readCorporateActions(c.bars.symbol)->splits, c.actions.splits);
            direct.push_back(Constituent{c.bars.symbol, c.sector, &c.bars, c.shares, {}});
        }

        // The fund of the last day: each stock still listed then, at its last close times its
        // last float-adjusted share count, weighted by that value; the delisted ones are not held.
        const DayNumber lastDay = generateSampleMarket().smallCap.day.back();
        const auto fund = ws->readHoldings(QString::fromLatin1(kSampleFundName));
        QVERIFY2(fund, fund ? "" : qPrintable(fund.error().toString()));
        QCOMPARE(fund->asOf, toDate(lastDay));
        double total = 0;
        int delisted = 0;
        std::vector<std::pair<QString, double>> values;
        for (const SampleConstituent &c : generated) {
            if (c.bars.day.back() != lastDay) {
                ++delisted;
                continue;
            }
            const double value = c.bars.close.back() * c.shares.back().shares * c.shares.back().floatFactor;
            values.push_back({c.bars.symbol, value});
            total += value;
        }
        QVERIFY2(delisted > 0, "the twelve stocks should include a delisted one, to check it is left out");
        QCOMPARE(fund->holdings.size(), values.size());
        for (std::size_t i = 0; i < values.size(); ++i) {
            const Holding &h = fund->holdings[i];
            QCOMPARE(h.ticker, values[i].first);
            QCOMPARE(h.assetClass, QStringLiteral("Equity"));
            QVERIFY(std::abs(h.marketValue - values[i].second) <= 1e-9 * values[i].second);
            QVERIFY(std::abs(h.weightPercent - 100 * values[i].second / total) <= 1e-9);
        }

        IndexOptions options;
        options.reconstitution = Reconstitution::AnnualJune;
        IndexSource source;
        source.list = QString::fromLatin1(kSampleUniverseList);
        const auto built = buildWorkspaceIndex(*ws, source, options);
        QVERIFY2(built, built ? "" : qPrintable(built.error().toString()));
        const auto expected = buildIndex(direct, options, TaskControl{});
        QVERIFY(expected);
        QCOMPARE(built->build.levels.close, expected->levels.close);
        QCOMPARE(built->members.size(), 12);
        QVERIFY(built->missing.isEmpty());
        QVERIFY(built->synthetic);

        QVERIFY(storeWorkspaceIndex(*ws, QStringLiteral("SYN-IDX"), source, *built).ok());
        const auto info = ws->symbol(QStringLiteral("SYN-IDX"));
        QVERIFY(info);
        QVERIFY(info->synthetic);
        QCOMPARE(info->bars, qint64(expected->levels.size()));
        QCOMPARE(ws->readBars(QStringLiteral("SYN-IDX"))->close, expected->levels.close);
        // Built again (equal weights now): it replaces itself.
        options.weighting = Weighting::Equal;
        const auto again = buildWorkspaceIndex(*ws, source, options);
        QVERIFY(again);
        QVERIFY(storeWorkspaceIndex(*ws, QStringLiteral("SYN-IDX"), source, *again).ok());
        QCOMPARE(ws->readBars(QStringLiteral("SYN-IDX"))->close, again->build.levels.close);

        // Refusals: a constituent's name, a symbol that is not an index.
        QVERIFY(!storeWorkspaceIndex(*ws, QStringLiteral("SYN-U0003"), source, *built));
        const auto refused = storeWorkspaceIndex(*ws, QStringLiteral("SYN-SMALL"), source, *built);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("not built as an index")));
    }

    void cancelledSampleLeavesNothing()
    {
        auto ws = open(QStringLiteral("cancel.rutile"));
        const QString before = test::dumpWorkspace(*ws);
        TaskControl control;
        int calls = 0;
        control.onProgress = [&](double) { ++calls; };
        control.isCancellationRequested = [&] { return calls >= 3; };
        const Status s = populateSampleWorkspace(*ws, 10, control);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, ErrorKind::Cancelled);
        QCOMPARE(test::dumpWorkspace(*ws), before);
        QVERIFY(ws->symbols().empty());
    }

    // The GUI's fill: steps of kSampleUniverseStep constituents, each committed alone, with
    // the workspace free for other writers between them; cancelled after the first step it
    // keeps that step and lists nothing; the next run resumes and ends exactly where a
    // one-transaction `sample` ends.
    void universeFillGoesInStepsAndResumes()
    {
        const int universe = int(kSampleUniverseStep) + 5; // two steps, the last one short
        auto whole = open(QStringLiteral("whole.rutile"));
        QVERIFY(populateSampleWorkspace(*whole, universe).ok());
        auto steps = open(QStringLiteral("steps.rutile"));
        QVERIFY(populateSampleWorkspace(*steps).ok());

        // Another connection writes while the fill is under way: it must not wait for the
        // whole fill (the busy timeout would fail it after 5 s).
        auto other = open(QStringLiteral("steps.rutile"));
        TaskControl control;
        int reports = 0;
        int written = 0;
        control.onProgress = [&](double) {
            ++reports;
            if (reports == int(kSampleUniverseStep) + 2) {
                written = int(steps->symbols().size()) - 2;
                QVERIFY(other->setSetting(QStringLiteral("during-fill"), QStringLiteral("yes")).ok());
            }
        };
        control.isCancellationRequested = [&] { return reports > int(kSampleUniverseStep) + 2; };
        const Status cancelled = populateSampleUniverse(*steps, universe, control);
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
        QCOMPARE(written, int(kSampleUniverseStep)); // the first step was committed before the second began
        QCOMPARE(int(steps->symbols().size()), 2 + int(kSampleUniverseStep));
        QVERIFY(!steps->watchlists()->contains(QString::fromLatin1(kSampleUniverseList)));
        QCOMPARE(*steps->setting(QStringLiteral("during-fill")), QStringLiteral("yes"));

        // Resumed: the first step is not written again (its import log and bars stay), and the
        // result is the one-transaction workspace.
        QVERIFY(populateSampleUniverse(*steps, universe).ok());
        QCOMPARE(test::dumpWorkspace(*steps), test::dumpWorkspace(*whole));
        QCOMPARE(steps->watchlist(QString::fromLatin1(kSampleUniverseList))->size(), universe);

        // Without the sample's small-cap index there is nothing to generate around.
        auto bare = open(QStringLiteral("bare.rutile"));
        QVERIFY(bare->storeSeries(test::flatBars(QStringLiteral("X"), toDayNumber(QDate(2026, 3, 2)), {1, 2}), {}).ok());
        const Status refused = populateSampleUniverse(*bare, 3);
        QCOMPARE(refused.error().kind, ErrorKind::InvalidInput);
    }

    // A fund of A (100 shares held), B (50) and C (not cached). Closes over three days:
    // A 10, 11, 12; B 20, 18, 19 → values 2000, 2000, 2150 → levels 1000, 1000, 1075.
    void indexOfAHoldingsSnapshot()
    {
        auto ws = open(QStringLiteral("fund.rutile"));
        const QDate d1(2026, 3, 2);
        QVERIFY(ws->storeSeries(test::flatBars(QStringLiteral("A"), toDayNumber(d1), {10, 11, 12}), {}).ok());
        QVERIFY(ws->storeSeries(test::flatBars(QStringLiteral("B"), toDayNumber(d1), {20, 18, 19}), {}).ok());
        HoldingsSnapshot snapshot;
        snapshot.fund = QStringLiteral("Tiny fund");
        snapshot.asOf = d1.addDays(2);
        snapshot.holdings = {equity("A", "Energy", 100), equity("B", "Utilities", 50), equity("C", "Energy", 10)};
        Holding cash;
        cash.ticker = QStringLiteral("USD");
        cash.assetClass = QStringLiteral("Cash");
        cash.quantity = 1e6;
        snapshot.holdings.push_back(cash);
        for (std::size_t i = 0; i < snapshot.holdings.size(); ++i)
            snapshot.holdings[i].line = qint64(10 + i); // the file's lines: the key of a stored row
        QVERIFY(ws->storeHoldings(QStringLiteral("TINY"), snapshot, QStringLiteral("tiny.csv")).ok());

        IndexSource source;
        source.holdings = QStringLiteral("TINY");
        const auto built = buildWorkspaceIndex(*ws, source, {});
        QVERIFY2(built, built ? "" : qPrintable(built.error().toString()));
        QCOMPARE(built->missing, QStringList{QStringLiteral("C")});
        QCOMPARE(built->members, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(built->build.levels.close, (std::vector<double>{1000, 1000, 1075}));
        QCOMPARE(built->build.sectors.size(), std::size_t(2));
        QCOMPARE(built->build.sectors[0].sector, QStringLiteral("Energy")); // A: +200 of value → +100 points
        QVERIFY(std::abs(built->build.sectors[0].points - 100.0) < 1e-9);
        QVERIFY(std::abs(built->build.sectors[1].points + 25.0) < 1e-9);
        QVERIFY(!built->synthetic);

        IndexSource none;
        none.list = QStringLiteral("NO-SUCH-LIST");
        const auto missing = buildWorkspaceIndex(*ws, none, {});
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    }

    void watchlistsAndShareCounts()
    {
        auto ws = open(QStringLiteral("lists.rutile"));
        QVERIFY(ws->setWatchlist(QStringLiteral("MINE"), {QStringLiteral("B"), QStringLiteral("A")}).ok());
        QCOMPARE(*ws->watchlist(QStringLiteral("MINE")), (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
        QVERIFY(ws->setWatchlist(QStringLiteral("MINE"), {QStringLiteral("C")}).ok());
        QCOMPARE(*ws->watchlist(QStringLiteral("MINE")), QStringList{QStringLiteral("C")});
        QCOMPARE(ws->watchlist(QStringLiteral("OTHER")).error().kind, ErrorKind::NotFound);
        QVERIFY(!ws->setWatchlist(QStringLiteral(" "), {QStringLiteral("C")}));

        const std::vector<ShareCount> counts{{100, 5e6, 0.8}, {200, 6e6, 0.9}};
        StoreOptions options;
        options.shares = &counts;
        SymbolMetadata metadata;
        metadata.sector = QStringLiteral("Energy");
        QVERIFY(ws->storeSeries(test::flatBars(QStringLiteral("X"), toDayNumber(QDate(2020, 1, 1)), {1, 2}), metadata, std::nullopt, {}, options).ok());
        const auto read = ws->readShareCounts(QStringLiteral("X"));
        QVERIFY(read);
        QCOMPARE(read->size(), std::size_t(2));
        QCOMPARE((*read)[1].day, 200);
        QCOMPARE((*read)[1].shares, 6e6);
        QCOMPARE((*read)[1].floatFactor, 0.9);
        QCOMPARE(ws->symbol(QStringLiteral("X"))->sector, QStringLiteral("Energy"));
        // A bad count refuses the whole write.
        const QString before = test::dumpWorkspace(*ws);
        const std::vector<ShareCount> bad{{100, -1, 1}};
        options.shares = &bad;
        QVERIFY(!ws->storeSeries(test::flatBars(QStringLiteral("X"), toDayNumber(QDate(2020, 1, 1)), {3, 4}), {}, std::nullopt, {}, options));
        QCOMPARE(test::dumpWorkspace(*ws), before);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceIndex)
#include "tst_workspace_index.moc"
