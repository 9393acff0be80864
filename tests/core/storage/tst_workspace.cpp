// The SQLite cache: schema and identity, upsert and range reads, provenance, settings,
// migration from a hand-made version-1 file, and refusal of files that are not Rutile
// workspaces without writing to them.

#include "storage/Schema.h"
#include "storage/Sqlite.h"
#include "storage/Workspace.h"

#include "TestSupport.h"
#include "WorkspaceDump.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace rutile;

namespace {

BarSeries series(const QString &symbol, DayNumber firstDay, std::initializer_list<double> closes)
{
    BarSeries s;
    s.symbol = symbol;
    DayNumber day = firstDay;
    for (double c : closes)
        s.append(Bar{day++, c, c + 1, c - 1, c, c, 100});
    return s;
}

qint64 pragma(const QString &path, const char *name)
{
    auto db = sqlite::Connection::open(path, sqlite::Connection::Mode::ReadOnly);
    auto q = sqlite::Statement::prepare(*db, name);
    q->step();
    return q->int64(0);
}

} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void newWorkspaceIsMarkedAndVersioned()
    {
        const QString path = m_dir.filePath(QStringLiteral("sub/folder/new.rutile"));
        const auto ws = Workspace::open(path);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        QVERIFY((*ws)->symbols().empty());
        QCOMPARE(pragma(path, "PRAGMA application_id"), qint64(Workspace::kApplicationId));
        QCOMPARE(pragma(path, "PRAGMA user_version"), qint64(Workspace::kSchemaVersion));
        auto db = sqlite::Connection::open(path, sqlite::Connection::Mode::ReadOnly);
        auto mode = sqlite::Statement::prepare(*db, "PRAGMA journal_mode");
        QVERIFY(mode->step());
        QCOMPARE(mode->text(0), QStringLiteral("wal"));
    }

    void everyCallClosesItsConnection()
    {
        // Issue 12, defect 13: a window once held the workspace's -wal and -shm files open after
        // another process had deleted them. Each call opens its own connection; none may be left
        // open (a connection that outlives its call keeps old files and an old view). Counted
        // through the process's open file descriptors, where the system shows them.
        const QDir fds(QStringLiteral("/proc/self/fd"));
        if (!fds.exists())
            QSKIP("no /proc/self/fd on this system");
        const QString path = m_dir.filePath(QStringLiteral("fds.rutile"));
        auto ws = Workspace::open(path);
        QVERIFY(ws.ok());
        QVERIFY((*ws)->storeSeries(series(QStringLiteral("RUT"), 19000, {1, 2, 3, 4, 5}), {QString(), false}).ok());
        const auto open = [&] { return fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size(); };
        const qsizetype before = open();
        int calls = 0;
        for (int i = 0; i < 50; ++i) {
            QVERIFY((*ws)->readSymbols().ok());
            QVERIFY((*ws)->symbol(QStringLiteral("RUT")).has_value());
            QVERIFY((*ws)->readBars(QStringLiteral("RUT")).ok());
            QVERIFY((*ws)->setSetting(QStringLiteral("k"), QString::number(i)).ok());
            QVERIFY((*ws)->setting(QStringLiteral("k")).has_value());
            QVERIFY((*ws)->storeSeries(series(QStringLiteral("IWM"), 19000 + i, {1, 2}), {QString(), false}).ok());
            QVERIFY(!(*ws)->readBars(QStringLiteral("NOPE")).ok());
            calls += 7;
        }
        QCOMPARE(calls, 350);
        QCOMPARE(open(), before);
    }

    void aFailedReadIsNotAnEmptyWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.rutile"));
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws.ok());
            QVERIFY((*ws)->storeSeries(series(QStringLiteral("RUT"), 19000, {1, 2, 3}), {QString(), false}).ok());
        }
        auto ws = Workspace::open(path);
        QVERIFY(ws.ok());
        QCOMPARE((*ws)->readSymbols()->size(), std::size_t(1));
        // The file replaced by bytes that are no database while the workspace is open.
        QVERIFY(rutile::test::makeUnreadable(path));
        const auto read = (*ws)->readSymbols();
        QVERIFY(!read.ok());
        QCOMPARE(read.error().file, path);
        QVERIFY((*ws)->symbols().empty()); // the listing convenience hides it; readSymbols does not
    }

    void upsertReplacesDaysAndKeepsTheRest()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("upsert.rutile")));
        QVERIFY(ws.ok());
        // Days 100..104, then 103..106 again with other closes.
        QCOMPARE(*(*ws)->storeSeries(series(QStringLiteral("RUT"), 100, {1, 2, 3, 4, 5}), {}), 5);
        QCOMPARE(*(*ws)->storeSeries(series(QStringLiteral("RUT"), 103, {40, 50, 60, 70}), {}), 4);
        const auto bars = (*ws)->readBars(QStringLiteral("RUT"));
        QVERIFY(bars.ok());
        QCOMPARE(bars->close, (std::vector<double>{1, 2, 3, 40, 50, 60, 70}));
        QCOMPARE(bars->day.front(), 100);
        QCOMPARE(bars->day.back(), 106);
        const auto info = (*ws)->symbol(QStringLiteral("RUT"));
        QVERIFY(info.has_value());
        QCOMPARE(info->bars, 7);
        QCOMPARE(info->firstDate, toDate(100));
        QCOMPARE(info->lastDate, toDate(106));
    }

    void rangeReads()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("range.rutile")));
        QVERIFY((*ws)->storeSeries(series(QStringLiteral("SPX"), 200, {1, 2, 3, 4, 5, 6}), {}).ok());
        const auto middle = (*ws)->readBars(QStringLiteral("SPX"), toDate(201), toDate(203));
        QCOMPARE(middle->close, (std::vector<double>{2, 3, 4}));
        const auto openStart = (*ws)->readBars(QStringLiteral("SPX"), {}, toDate(201));
        QCOMPARE(openStart->close, (std::vector<double>{1, 2}));
        const auto empty = (*ws)->readBars(QStringLiteral("SPX"), toDate(300), {});
        QVERIFY(empty.ok());
        QVERIFY(empty->empty());
        const auto unknown = (*ws)->readBars(QStringLiteral("NOPE"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
    }


    // Many symbols through one connection, in the list's order, with only the asked columns
    // decoded and the others NaN (so every column still has the series' length).
    void bulkReadsDecodeTheAskedColumns()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("bulk.rutile")));
        QVERIFY((*ws)->storeSeries(series(QStringLiteral("AAA"), 10, {1, 2, 3}), {}).ok());
        QVERIFY((*ws)->storeSeries(series(QStringLiteral("BBB"), 20, {7, 8}), {}).ok());
        std::vector<std::pair<qsizetype, BarSeries>> seen;
        const Status read = (*ws)->readBarsEach(
            {QStringLiteral("BBB"), QStringLiteral("AAA")},
            [&](qsizetype i, BarSeries &&bars) -> Status {
                seen.emplace_back(i, std::move(bars));
                return {};
            },
            Workspace::Close | Workspace::Volume);
        QVERIFY(read.ok());
        QCOMPARE(seen.size(), std::size_t(2));
        QCOMPARE(seen[0].first, 0);
        QCOMPARE(seen[0].second.symbol, QStringLiteral("BBB"));
        QCOMPARE(seen[0].second.day, (std::vector<DayNumber>{20, 21}));
        QCOMPARE(seen[0].second.close, (std::vector<double>{7, 8}));
        QCOMPARE(seen[1].first, 1);
        QCOMPARE(seen[1].second.close, (std::vector<double>{1, 2, 3}));
        QCOMPARE(seen[1].second.volume, (std::vector<double>{100, 100, 100}));
        for (const auto &[i, bars] : seen) {
            QVERIFY(bars.isConsistent());
            for (const auto *skipped : {&bars.open, &bars.high, &bars.low, &bars.adjClose})
                QVERIFY(std::all_of(skipped->begin(), skipped->end(), [](double v) { return std::isnan(v); }));
        }

        // The visitor's error stops the read at once; an unknown symbol is NotFound.
        int visits = 0;
        const Status stopped = (*ws)->readBarsEach({QStringLiteral("AAA"), QStringLiteral("BBB")},
                                                   [&](qsizetype, BarSeries &&) -> Status {
                                                       ++visits;
                                                       return Error::cancelled();
                                                   });
        QCOMPARE(stopped.error().kind, ErrorKind::Cancelled);
        QCOMPARE(visits, 1);
        const Status unknown = (*ws)->readBarsEach({QStringLiteral("NOPE")}, [](qsizetype, BarSeries &&) -> Status { return {}; });
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
    }
    void provenanceAndSettings()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("log.rutile")));
        ImportRecord record;
        record.file = QStringLiteral("/data/x.csv");
        record.format = QStringLiteral("yahoo");
        record.rowsRead = 4;
        record.rowsImported = 3;
        record.rowsSkipped = 1;
        QVERIFY((*ws)->storeSeries(series(QStringLiteral("X"), 10, {1, 2, 3}), {QStringLiteral("Ex"), false}, record).ok());
        const auto log = (*ws)->importLog();
        QCOMPARE(log.size(), std::size_t(1));
        QCOMPARE(log[0].symbol, QStringLiteral("X"));
        QCOMPARE(log[0].rowsSkipped, 1);
        QCOMPARE(log[0].firstDate, toDate(10));
        QCOMPARE(log[0].lastDate, toDate(12));
        QVERIFY(log[0].importedAt.isValid());
        QCOMPARE((*ws)->symbol(QStringLiteral("X"))->name, QStringLiteral("Ex"));

        QVERIFY(!(*ws)->setting(QStringLiteral("benchmark")).has_value());
        QVERIFY((*ws)->setSetting(QStringLiteral("benchmark"), QStringLiteral("SPX")).ok());
        QVERIFY((*ws)->setSetting(QStringLiteral("benchmark"), QStringLiteral("GSPC")).ok());
        QCOMPARE(*(*ws)->setting(QStringLiteral("benchmark")), QStringLiteral("GSPC"));

        QVERIFY((*ws)->removeSymbol(QStringLiteral("X")).ok());
        QVERIFY((*ws)->symbols().empty());
        QVERIFY((*ws)->importLog().empty()); // cascades
    }

    void migratesAHandMadeVersion1Workspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.rutile"));
        {
            QFile sql(test::fixture(QStringLiteral("workspace_schema_v1.sql")));
            QVERIFY(sql.open(QIODevice::ReadOnly));
            auto db = sqlite::Connection::open(path, sqlite::Connection::Mode::ReadWriteCreate);
            QVERIFY(db.ok());
            QVERIFY(db->exec(sql.readAll().constData()).ok());
        }
        QCOMPARE(pragma(path, "PRAGMA user_version"), 1);

        auto ws = Workspace::open(path);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        QCOMPARE(pragma(path, "PRAGMA user_version"), qint64(Workspace::kSchemaVersion));

        // Version 2 back-fills each symbol's extent from its bars.
        const auto symbols = (*ws)->symbols();
        QCOMPARE(symbols.size(), std::size_t(2));
        QCOMPARE(symbols[0].symbol, QStringLiteral("RUT"));
        QCOMPARE(symbols[0].bars, 3);
        QCOMPARE(symbols[0].firstDate, QDate(2024, 1, 2));
        QCOMPARE(symbols[0].lastDate, QDate(2024, 1, 4));
        QCOMPARE(symbols[1].bars, 1);
        QVERIFY(!symbols[0].synthetic);
        const auto rut = (*ws)->readBars(QStringLiteral("RUT"));
        QCOMPARE(rut->close, (std::vector<double>{2011, 1986.5, 1990}));
        QCOMPARE((*ws)->readBars(QStringLiteral("SPX"))->volume.front(), 3e9);
        QCOMPARE((*ws)->importLog().size(), std::size_t(1));
        // And the new parts of the schema work.
        QVERIFY((*ws)->setSetting(QStringLiteral("k"), QStringLiteral("v")).ok());
        QVERIFY((*ws)->ruleStrategies().empty()); // version 3
        QVERIFY((*ws)->saveRuleStrategy(QStringLiteral("r"), QStringLiteral("buy when close > open\n")).ok());
        ws->reset();

        // Opening again is a no-op.
        QVERIFY(Workspace::open(path).ok());
    }

    void ruleStrategiesAreKeptByName()
    {
        const QString path = m_dir.filePath(QStringLiteral("rules.rutile"));
        auto ws = Workspace::open(path);
        QVERIFY(ws.ok());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY((*ws)->saveRuleStrategy(QStringLiteral("zeta"), QStringLiteral("buy when close > open\n")).ok());
        QVERIFY((*ws)->saveRuleStrategy(QStringLiteral("alpha"), QStringLiteral("# \u00e9t\u00e9\n")).ok());
        // Saving under a name again replaces the text.
        QVERIFY((*ws)->saveRuleStrategy(QStringLiteral("zeta"), QStringLiteral("sell when close < open\n")).ok());
        const auto all = (*ws)->ruleStrategies();
        QCOMPARE(all.size(), std::size_t(2));
        QCOMPARE(all[0].name, QStringLiteral("alpha")); // by name
        QCOMPARE(all[0].source, QStringLiteral("# \u00e9t\u00e9\n"));
        QCOMPARE(all[1].source, QStringLiteral("sell when close < open\n"));
        QVERIFY(all[1].savedAt >= before && all[1].savedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE((*ws)->ruleStrategy(QStringLiteral("alpha"))->source, all[0].source);
        QVERIFY(!(*ws)->ruleStrategy(QStringLiteral("ALPHA"))); // names are exact
        QVERIFY((*ws)->removeRuleStrategy(QStringLiteral("alpha")).ok());
        const Status again = (*ws)->removeRuleStrategy(QStringLiteral("alpha"));
        QCOMPARE(again.error().kind, ErrorKind::NotFound);
        QCOMPARE((*ws)->ruleStrategies().size(), std::size_t(1));
        ws->reset();

        // A read-only opening reads them and refuses to write.
        auto read = Workspace::open(path, WorkspaceAccess::Read);
        QVERIFY(read.ok());
        QCOMPARE((*read)->ruleStrategies().size(), std::size_t(1));
        QVERIFY(!(*read)->saveRuleStrategy(QStringLiteral("x"), QStringLiteral("buy when true\n")).ok());
        QVERIFY(!(*read)->removeRuleStrategy(QStringLiteral("zeta")).ok());
        QCOMPARE((*read)->ruleStrategies().size(), std::size_t(1));
    }

    void refusesFilesThatAreNotWorkspaces_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("random bytes") << "random";
        QTest::newRow("another SQLite schema") << "foreign";
        QTest::newRow("newer Rutile") << "newer";
    }
    void refusesFilesThatAreNotWorkspaces()
    {
        QFETCH(QString, kind);
        const QString path = m_dir.filePath(kind + QStringLiteral(".db"));
        if (kind == QLatin1String("random")) {
            QVERIFY(QFile::copy(test::fixture(QStringLiteral("random_bytes.rutile")), path));
        } else {
            auto db = sqlite::Connection::open(path, sqlite::Connection::Mode::ReadWriteCreate);
            QVERIFY(db.ok());
            if (kind == QLatin1String("foreign")) {
                QVERIFY(db->exec("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);"
                                 "INSERT INTO customers VALUES (1, 'Ada');")
                            .ok());
            } else {
                QVERIFY(db->exec("CREATE TABLE symbols (id INTEGER PRIMARY KEY);"
                                 "PRAGMA application_id = 1381323852; PRAGMA user_version = 99;")
                            .ok());
            }
        }
        const QByteArray before = test::fileHash(path);
        QVERIFY(!before.isEmpty()); // readable: two failed reads would compare equal
        const auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(ws.error().file, path);
        QVERIFY(!ws.error().message.isEmpty());
        QCOMPARE(test::fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void emptyFileBecomesAWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.rutile"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(Workspace::open(path).ok());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
