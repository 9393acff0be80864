// The run journal as the workspace keeps it: entries appended and read back whole, listed
// newest first without their results, never edited (the table's trigger refuses an UPDATE
// even from outside Rutile), purged only by date with the purge logged, ids never reused. And
// the data fingerprint: SHA-256 of the bars as DataFingerprint documents them (the digest below
// was computed independently with Python's hashlib), changed by any changed bar. The SHA-256
// itself against FIPS 180-2's examples, from libcrypto and (in a process whose OpenSSL has no
// SHA-256) from Qt's fallback; a grid's points packed as columns and read back as
// optimizationJson() writes them.

#include "backtest/Backtester.h"
#include "backtest/Optimizer.h"
#include "backtest/ResultJson.h"
#include "journal/DataFingerprint.h"
#include "journal/PackedPoints.h"
#include "journal/PackedSeries.h"
#include "journal/RunEntries.h"
#include "strategy/StrategyRegistry.h"
#include "storage/Workspace.h"
#include "util/Sha256.h"

#include <QCborArray>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace rutile;

namespace {

RunRecord entry(const QString &kind, const QString &symbol, const QDateTime &time, double cagr)
{
    RunRecord r;
    r.time = time;
    r.kind = kind;
    r.symbol = symbol;
    r.strategy = QStringLiteral("sma_cross");
    r.appVersion = QStringLiteral("9.9.9");
    r.dataHash = QStringLiteral("sha256:00");
    r.inputs = QJsonObject{{QStringLiteral("params"), QJsonObject{{QStringLiteral("fast"), 20}}}};
    r.summary = QJsonObject{{QStringLiteral("cagr"), cagr}};
    r.results = QCborMap{{QStringLiteral("trade_list"), QCborArray{1, 2, 3}}};
    return r;
}

BarSeries oneBar()
{
    BarSeries s;
    s.symbol = QStringLiteral("ABC");
    s.append(Bar{toDayNumber(QDate(2024, 1, 2)), 10, 12, 9, 11, 11, 1000});
    return s;
}

} // namespace

class TestRunJournal : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Workspace> fresh(const QString &name)
    {
        auto w = Workspace::open(m_dir.filePath(name));
        if (!w)
            qFatal("%s", qPrintable(w.error().message));
        return std::move(*w);
    }

private slots:
    void appendsAndReadsBack()
    {
        auto w = fresh(QStringLiteral("a.rutile"));
        const QDateTime t1 = QDateTime(QDate(2026, 1, 5), QTime(9, 30, 0, 125), Qt::UTC);
        const auto id1 = w->appendRun(entry(QStringLiteral("backtest"), QStringLiteral("RUT"), t1, 0.07));
        const auto id2 = w->appendRun(entry(QStringLiteral("optimize"), QStringLiteral("IWM"), t1.addSecs(60), 0.05));
        QVERIFY(id1 && id2);
        QCOMPARE(*id1, 1);
        QCOMPARE(*id2, 2);

        const auto list = w->runs();
        QVERIFY(list);
        QCOMPARE(list->size(), std::size_t(2));
        QCOMPARE(list->at(0).id, 2); // newest first
        QCOMPARE(list->at(0).kind, QStringLiteral("optimize"));
        QVERIFY(list->at(0).results.isEmpty()); // listings leave the results out
        QCOMPARE(list->at(1).time, t1);          // milliseconds kept, in UTC
        QCOMPARE(*w->runIds(), (std::vector<qint64>{2, 1})); // the listing's ids, in its order

        const auto one = w->run(1);
        QVERIFY(one);
        QCOMPARE(one->symbol, QStringLiteral("RUT"));
        QCOMPARE(one->appVersion, QStringLiteral("9.9.9"));
        QCOMPARE(one->summary.value(QStringLiteral("cagr")).toDouble(), 0.07);
        QCOMPARE(one->inputs.value(QStringLiteral("params")).toObject().value(QStringLiteral("fast")).toInt(), 20);
        QCOMPARE(one->results.value(QStringLiteral("trade_list")).toArray().size(), 3);

        const auto missing = w->run(42);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    }

    void refusesEditsEvenFromOutside()
    {
        auto w = fresh(QStringLiteral("b.rutile"));
        QVERIFY(w->appendRun(entry(QStringLiteral("backtest"), QStringLiteral("RUT"), {}, 0.07)));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(qPrintable(w->path()), &db), SQLITE_OK);
        char *message = nullptr;
        const int rc = sqlite3_exec(db, "UPDATE runs SET summary = '{}' WHERE id = 1", nullptr, nullptr, &message);
        QCOMPARE(rc, SQLITE_CONSTRAINT);
        QVERIFY(QByteArray(message).contains("append-only"));
        sqlite3_free(message);
        sqlite3_close(db);
        QCOMPARE(w->run(1)->summary.value(QStringLiteral("cagr")).toDouble(), 0.07);
    }

    void purgesByDateAndLogsIt()
    {
        auto w = fresh(QStringLiteral("c.rutile"));
        const QDateTime old(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
        QVERIFY(w->appendRun(entry(QStringLiteral("backtest"), QStringLiteral("RUT"), old, 0.01)));
        QVERIFY(w->appendRun(entry(QStringLiteral("backtest"), QStringLiteral("RUT"), old.addDays(10), 0.02)));
        QVERIFY(w->appendRun(entry(QStringLiteral("ml"), QStringLiteral("RUT"), old.addDays(40), 0.03)));

        const QDateTime cutoff(QDate(2025, 3, 11), QTime(12, 0), Qt::UTC); // the second entry's time: kept
        const auto removed = w->purgeRuns(cutoff);
        QVERIFY(removed);
        QCOMPARE(*removed, 1);
        const auto left = w->runs();
        QCOMPARE(left->size(), std::size_t(2));
        QCOMPARE(left->back().id, 2);
        const auto log = w->runPurges();
        QVERIFY(log);
        QCOMPARE(log->size(), std::size_t(1));
        QCOMPARE(log->front().runs, 1);
        QCOMPARE(log->front().before, cutoff);

        // Everything goes; the next entry still gets a new id.
        QCOMPARE(*w->purgeRuns(QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC)), 2);
        QVERIFY(w->runs()->empty());
        QVERIFY(w->runIds()->empty());
        QCOMPARE(*w->appendRun(entry(QStringLiteral("backtest"), QStringLiteral("RUT"), {}, 0.04)), 4);
        QCOMPARE(*w->runIds(), std::vector<qint64>{4});
        QCOMPARE(w->runPurges()->size(), std::size_t(2));
    }

    void readOnlyWorkspaceTakesNoEntry()
    {
        const QString path = m_dir.filePath(QStringLiteral("d.rutile"));
        fresh(QStringLiteral("d.rutile"));
        auto reader = Workspace::open(path, WorkspaceAccess::Read);
        QVERIFY(reader);
        QVERIFY(!(*reader)->appendRun(entry(QStringLiteral("backtest"), QStringLiteral("RUT"), {}, 0.07)));
        QVERIFY((*reader)->runs()->empty());
    }

    void sha256OfTheStandardsExamples()
    {
        // FIPS 180-2, appendix B: "abc", the 448-bit message, and the empty message.
        QCOMPARE(Sha256::hex("abc"), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        const QByteArray twoBlocks("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
        QCOMPARE(Sha256::hex(twoBlocks), QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        QCOMPARE(Sha256::hex(QByteArrayView()), QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        Sha256 inParts; // added in pieces that straddle the 64-byte block, the same digest
        inParts.addData(twoBlocks.left(5));
        inParts.addData(twoBlocks.mid(5, 50));
        inParts.addData(QByteArrayView());
        inParts.addData(twoBlocks.mid(55));
        QCOMPARE(QString::fromLatin1(inParts.result().toHex()), Sha256::hex(twoBlocks));
        // The digests above came from the path this process was meant to take (see below).
        QCOMPARE(Sha256::usesLibcrypto(), !qEnvironmentVariableIsSet("RUTILE_TEST_WITHOUT_LIBCRYPTO_SHA256"));
    }

    void sha256WithoutLibcrypto()
    {
        // An OpenSSL configuration that loads only the null provider leaves libcrypto without
        // SHA-256 (as a broken installation would): the examples above, run again in a process
        // of their own under it, must come from Qt's digest and be the same.
        if (qEnvironmentVariableIsSet("RUTILE_TEST_WITHOUT_LIBCRYPTO_SHA256"))
            QSKIP("already the process without libcrypto's SHA-256");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString config = dir.filePath(QStringLiteral("null-provider.cnf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("openssl_conf = openssl_init\n[openssl_init]\nproviders = provider_sect\n"
                   "[provider_sect]\nnull = null_sect\n[null_sect]\nactivate = 1\n");
        file.close();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("OPENSSL_CONF"), config);
        environment.insert(QStringLiteral("RUTILE_TEST_WITHOUT_LIBCRYPTO_SHA256"), QStringLiteral("1"));
        QProcess child;
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("sha256OfTheStandardsExamples")});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : TestRunJournal::sha256OfTheStandardsExamples()"), output.constData());
    }

    void fingerprintOfKnownBars()
    {
        // hashlib.sha256 over <d 3, b"ABC", <d 1, then <d of day 19724, 10, 12, 9, 11, 11, 1000
        // (Python: struct.pack("<d", x) for each number).
        QCOMPARE(journal::fingerprint(oneBar()),
                 QStringLiteral("sha256:38ac04cee0ab1e304a720d6b0e77b40efa12453b626f39adb6f0f8837a74ed19"));
    }

    void fingerprintOfTwoBarsColumnByColumn()
    {
        // The same, two bars: the days, then the opens, ... then the volumes.
        BarSeries two = oneBar();
        two.append(Bar{toDayNumber(QDate(2024, 1, 3)), 11, 12, 10, 11.5, 11.5, 900});
        QCOMPARE(journal::fingerprint(two), QStringLiteral("sha256:b19483dd83df552ee784d17c0767323832160ee61a37d69b722e69b2cbd118b3"));
    }

    void fingerprintSeesEveryChange()
    {
        const QString base = journal::fingerprint(oneBar());
        BarSeries closeMoved = oneBar();
        closeMoved.close[0] = std::nextafter(11.0, 12.0);
        BarSeries renamed = oneBar();
        renamed.symbol = QStringLiteral("ABD");
        BarSeries longer = oneBar();
        longer.append(Bar{toDayNumber(QDate(2024, 1, 3)), 11, 12, 10, 11.5, 11.5, 900});
        BarSeries volume = oneBar();
        volume.volume[0] = 1001;
        const QStringList prints{base, journal::fingerprint(closeMoved), journal::fingerprint(renamed),
                                 journal::fingerprint(longer), journal::fingerprint(volume)};
        QCOMPARE(QSet<QString>(prints.begin(), prints.end()).size(), prints.size());
        QCOMPARE(journal::fingerprint(oneBar()), base); // and the same bars, the same print
    }

    void packedSeriesAreRfc8746TypedArrays()
    {
        // RFC 8746 §2.1: tag 86 (0xd8 0x56) is float64 little endian, tag 78 (0xd8 0x4e) sint32
        // little endian, each over a byte string (0x48: eight bytes). 1.0 is 3ff0000000000000.
        const double one[] = {1.0};
        QCOMPARE(journal::packedNumbers(one).toCbor().toHex(), QByteArray("d85648000000000000f03f"));
        const DayNumber days[] = {19724, -1}; // 2024-01-02, 1969-12-31
        QCOMPARE(journal::packedDays(days).toCbor().toHex(), QByteArray("d84e480c4d0000ffffffff"));

        const std::vector<double> values{0.0, -0.0, 1.5, -2.25e300, std::numeric_limits<double>::quiet_NaN()};
        const std::vector<double> back = journal::unpackedNumbers(journal::packedNumbers(values));
        QCOMPARE(back.size(), values.size());
        QCOMPARE(std::memcmp(back.data(), values.data(), values.size() * sizeof(double)), 0); // bit for bit
        QCOMPARE(journal::unpackedDays(journal::packedDays(days)), (std::vector<DayNumber>{19724, -1}));
        QVERIFY(journal::unpackedNumbers(journal::packedDays(days)).empty()); // another type is not numbers

        const QJsonValue json = journal::expandedJson(QCborMap{{QStringLiteral("d"), journal::packedDays(days)},
                                                               {QStringLiteral("v"), journal::packedNumbers(values)}});
        QCOMPARE(json[QStringLiteral("d")].toArray(), (QJsonArray{QStringLiteral("2024-01-02"), QStringLiteral("1969-12-31")}));
        QCOMPARE(json[QStringLiteral("v")].toArray(), (QJsonArray{0.0, -0.0, 1.5, -2.25e300, QJsonValue()}));
    }

    void backtestEntryKeepsItsCurvesExactly()
    {
        // Ten bars up and down: the entry's curves, read back as JSON, are the engine's to the bit,
        // the drawdown (not stored) computed again from the equity included.
        BarSeries s;
        s.symbol = QStringLiteral("ABC");
        const double closes[] = {10, 11, 12, 11, 10, 9, 10, 12, 13, 12};
        for (int i = 0; i < 10; ++i)
            s.append(Bar{toDayNumber(QDate(2024, 1, 1).addDays(i)), closes[i], closes[i], closes[i], closes[i], closes[i], 100});
        const trading::MarketData data(s);
        const auto &smaCross = *strategy::StrategyRegistry::builtIn().find(QStringLiteral("sma_cross"));
        const auto result = backtest::runBacktest(data, smaCross, {{QStringLiteral("fast"), 1}, {QStringLiteral("slow"), 2}}, {});
        QVERIFY(result);
        QVERIFY(result->equity.size() == 10 && result->trades.size() > 0);
        QVERIFY(*std::min_element(result->drawdown.begin(), result->drawdown.end()) < 0);
        journal::StrategyRunInputs inputs;
        inputs.data.symbol = s.symbol;
        inputs.strategy = &smaCross;
        inputs.params = result->params;
        const RunRecord entry = journal::backtestEntry(inputs, data, *result);
        QVERIFY(!entry.results.value(QStringLiteral("curve")).toMap().contains(QStringLiteral("drawdown")));

        const QJsonObject curve = journal::resultsJson(entry)[QStringLiteral("curve")].toObject();
        const QJsonArray dates = curve[QStringLiteral("date")].toArray();
        QCOMPARE(dates.size(), 10);
        QCOMPARE(dates.first().toString(), QStringLiteral("2024-01-01"));
        QCOMPARE(dates.last().toString(), QStringLiteral("2024-01-10"));
        for (const char *key : {"equity", "drawdown", "buy_and_hold"}) {
            const std::vector<double> &expected = key == std::string_view("equity")     ? result->equity
                                                  : key == std::string_view("drawdown") ? result->drawdown
                                                                                        : result->buyAndHoldEquity;
            const QJsonArray values = curve[QLatin1String(key)].toArray();
            QCOMPARE(values.size(), qsizetype(expected.size()));
            for (qsizetype i = 0; i < values.size(); ++i) { // bit for bit, not qFuzzyCompare
                const double got = values[i].toDouble();
                QVERIFY2(std::memcmp(&got, &expected[std::size_t(i)], sizeof got) == 0, key);
            }
        }
        QCOMPARE(journal::resultsJson(entry)[QStringLiteral("trade_list")].toArray().size(), qsizetype(result->trades.size()));
    }

    void gridEntryKeepsItsPointsAsColumns()
    {
        // A 3 × 3 × 2 grid of sma_cross (the `short` axis a true/false parameter) on 60 bars of
        // a zigzag: the entry keeps the points as columns, 8 bytes a figure, and gives them
        // back exactly as the optimiser's JSON document writes them, nulls and integers included.
        BarSeries s;
        s.symbol = QStringLiteral("ZIG");
        for (int i = 0; i < 60; ++i) {
            const double c = 100 + 10 * std::sin(i / 3.0) + i * 0.1;
            s.append(Bar{toDayNumber(QDate(2024, 1, 1).addDays(i)), c, c + 1, c - 1, c, c, 1000});
        }
        const trading::MarketData data(s);
        const auto &smaCross = *strategy::StrategyRegistry::builtIn().find(QStringLiteral("sma_cross"));
        backtest::ParameterGrid grid;
        grid.axes.push_back(*backtest::GridAxis::range(smaCross.params[0], 1, 3, 1));
        grid.axes.push_back(*backtest::GridAxis::range(smaCross.params[1], 4, 6, 1));
        grid.axes.push_back(*backtest::GridAxis::range(smaCross.params[2], 0, 1, 1));
        const auto result = backtest::optimize(data, smaCross, grid, {}, {}, {});
        QVERIFY(result);
        QCOMPARE(result->results.size(), std::size_t(18));
        journal::StrategyRunInputs inputs;
        inputs.data.symbol = s.symbol;
        inputs.strategy = &smaCross;
        inputs.grid = grid;
        const RunRecord entry = journal::optimizationEntry(inputs, data, *result, nullptr);

        const QCborValue packed = entry.results.value(QStringLiteral("results"));
        QVERIFY(journal::isPackedPoints(packed));
        // index + 17 figures, each a float64 typed array of 18 values (8-byte header each).
        const qsizetype figures = 1 + qsizetype(backtest::gridPointFields().size());
        QCOMPARE(figures, 18);
        QCOMPARE(journal::unpackedNumbers(packed.toMap().value(QStringLiteral("sharpe"))).size(), std::size_t(18));
        const qsizetype columnBytes = figures * (18 * 8 + 4);
        QVERIFY2(packed.toCbor().size() < columnBytes + 400, QByteArray::number(packed.toCbor().size()).constData());

        const QJsonArray expected = backtest::optimizationJson(*result, smaCross.params, {})[QStringLiteral("results")].toArray();
        const QJsonArray got = journal::resultsJson(entry)[QStringLiteral("results")].toArray();
        QCOMPARE(got.size(), 18);
        QCOMPARE(got, expected);
        QVERIFY(got.at(1)[QStringLiteral("params")][QStringLiteral("short")].isBool());
        for (const QJsonValue &point : got) // counts as integers, as optimizationJson writes them
            for (const char *count : {"index", "trades", "observations"})
                QVERIFY2(QCborValue::fromJsonValue(point[QLatin1String(count)]).isInteger(), count);
        QVERIFY(std::any_of(got.begin(), got.end(), [](const QJsonValue &p) { return p[QStringLiteral("profit_factor")].isNull(); }));
        QCOMPARE(journal::resultsJson(entry)[QStringLiteral("best")], backtest::optimizationJson(*result, smaCross.params, {})[QStringLiteral("best")]);

        // An entry written before the points were packed keeps reading as it did.
        RunRecord older = entry;
        older.results.insert(QStringLiteral("results"), QCborArray::fromJsonArray(expected));
        QCOMPARE(journal::resultsJson(older)[QStringLiteral("results")].toArray(), expected);
    }
};

QTEST_GUILESS_MAIN(TestRunJournal)
#include "tst_run_journal.moc"
