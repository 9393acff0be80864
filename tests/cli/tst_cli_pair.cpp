// `pair` and `fairvalue` as scripts run them (CLI.md "pair / fairvalue"): the real RUT on S&P 500
// test over 1987–2024 and three periods equal to statsmodels 0.13.5's `coint` (trend "c",
// autolag "aic") on the same log closes; the JSON keys, the CSVs, the refusals; fair values
// worked by hand, from typed inputs and from a cached symbol.

#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace rutile::test;

namespace {

QJsonObject jsonOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

bool near(double a, double b, double relative)
{
    return std::abs(a - b) <= relative * std::max(std::abs(a), std::abs(b));
}

} // namespace

class TestCliPair : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    bool importReal()
    {
        if (QFile::exists(m_db))
            return true;
        const QString rut = sharedData("RUT_yahoo_1987-2024.csv"), spx = sharedData("SPX_yfinance_1927-2026.csv");
        if (rut.isEmpty() || spx.isEmpty())
            return false;
        return runCli({"--db", m_db, "import", rut, "--symbol", "RUT"}).exitCode == 0
            && runCli({"--db", m_db, "import", spx, "--symbol", "SPX"}).exitCode == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("real.rutile"));
    }

    // statsmodels on the same 9,297 common closes: τ −1.9483914681303247 with 21 lags, p
    // 0.5552782106054234, critical values −3.89761852, −3.33678736, −3.04490627, β
    // 1.0053283939940485, α −0.7294383004207248.
    void rutOnSpxAsStatsmodels()
    {
        RUTILE_REQUIRE_SHARED_DATA(rut, "RUT_yahoo_1987-2024.csv");
        RUTILE_REQUIRE_SHARED_DATA(spx, "SPX_yfinance_1927-2026.csv");
        QVERIFY(importReal());
        const CliRun run = runCli({"--db", m_db, "pair", "RUT", "SPX", "--json", "-"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject j = jsonOf(run);
        for (const char *key : {"n", "first_date", "last_date", "hedge_ratio", "intercept", "eg_tstat", "eg_pvalue",
                                "eg_critical", "adf_lags", "halflife_days", "spread_last", "zscore_last"})
            QVERIFY2(j.contains(QLatin1String(key)), key);
        QCOMPARE(j["n"].toInt(), 9297);
        QCOMPARE(j["first_date"].toString(), QStringLiteral("1987-09-10"));
        QCOMPARE(j["adf_lags"].toInt(), 21);
        QVERIFY(near(j["eg_tstat"].toDouble(), -1.9483914681303247, 1e-9));
        QVERIFY(near(j["eg_pvalue"].toDouble(), 0.5552782106054234, 1e-9));
        QVERIFY(near(j["hedge_ratio"].toDouble(), 1.0053283939940485, 1e-9));
        QVERIFY(near(j["intercept"].toDouble(), -0.7294383004207248, 1e-8));
        const QJsonObject critical = j["eg_critical"].toObject();
        QVERIFY(near(critical["1%"].toDouble(), -3.89761852, 1e-8));
        QVERIFY(near(critical["5%"].toDouble(), -3.33678736, 1e-8));
        QVERIFY(near(critical["10%"].toDouble(), -3.04490627, 1e-8));
        QCOMPARE(j["verdict"].toString(), QStringLiteral("not cointegrated at 5 % (p = 0.56)"));
        QVERIFY(j["rolling"].toArray().size() > 400);
    }

    void periodsAsStatsmodels_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("tstat");
        QTest::addColumn<double>("pvalue");
        QTest::newRow("2003-2007") << "2003-01-01" << "2007-12-31" << 1258 << -2.118600273874782 << 0.46664873445127086;
        QTest::newRow("2010-2019") << "2010-01-01" << "2019-12-31" << 2516 << -3.0888940573533485 << 0.09055526613016857;
        QTest::newRow("2020-2024") << "2020-01-01" << "2024-08-02" << 1154 << -1.7877364970909877 << 0.6356595952639614;
    }

    void periodsAsStatsmodels()
    {
        RUTILE_REQUIRE_SHARED_DATA(rut, "RUT_yahoo_1987-2024.csv");
        RUTILE_REQUIRE_SHARED_DATA(spx, "SPX_yfinance_1927-2026.csv");
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, n);
        QFETCH(double, tstat);
        QFETCH(double, pvalue);
        QVERIFY(importReal());
        const CliRun run = runCli({"--db", m_db, "pair", "RUT", "SPX", "--from", from, "--to", to, "--json", "-"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject j = jsonOf(run);
        QCOMPARE(j["n"].toInt(), n);
        QVERIFY2(near(j["eg_tstat"].toDouble(), tstat, 1e-9), qPrintable(QString::number(j["eg_tstat"].toDouble(), 'g', 17)));
        QVERIFY(near(j["eg_pvalue"].toDouble(), pvalue, 1e-9));
    }

    // The daily series and the rolling tests as CSV; the refusals.
    void csvAndRefusals()
    {
        const QString db = m_dir.filePath(QStringLiteral("sample.rutile"));
        QCOMPARE(runCli({"--db", db, "sample", "--universe", "0"}).exitCode, 0);
        const QString csv = m_dir.filePath(QStringLiteral("pair.csv")), rolling = m_dir.filePath(QStringLiteral("rolling.csv"));
        const CliRun run = runCli({"--db", db, "pair", "SYN-SMALL", "SYN-LARGE", "--z-window", "40", "--test-window", "500",
                                   "--test-step", "250", "--csv", csv, "--rolling-csv", rolling, "--json", "-"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject j = jsonOf(run);
        QCOMPARE(j["settings"].toObject()["z_window"].toInt(), 40);
        QFile daily(csv), tests(rolling);
        QVERIFY(daily.open(QIODevice::ReadOnly) && tests.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = daily.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), j["n"].toInt() + 1);
        QVERIFY(lines[0].startsWith("date,log_y,log_x,spread,zscore,rolling_beta,kalman_beta"));
        QVERIFY(lines[1].contains(",,")); // the z-score is undefined before 40 days
        const QList<QByteArray> testLines = tests.readAll().trimmed().split('\n');
        QCOMPARE(testLines.size(), j["rolling"].toArray().size() + 1);
        QCOMPARE(testLines.size() - 1, (j["n"].toInt() - 500) / 250 + 1);

        const auto refused = [&](const QStringList &args, int code, const char *message) {
            const CliRun r = runCli(QStringList{"--db", db, "pair"} + args);
            QCOMPARE(r.exitCode, code);
            QVERIFY2(r.err.contains(message), r.err.constData());
            QCOMPARE(r.err.count('\n'), 1);
        };
        refused({"SYN-SMALL"}, 1, "pair takes two symbols");
        refused({"SYN-SMALL", "SYN-SMALL"}, 1, "two different symbols");
        refused({"SYN-SMALL", "NOPE"}, 2, "NOPE");
        refused({"SYN-SMALL", "SYN-LARGE", "--z-window", "1"}, 1, "--z-window (1) out of range");
        refused({"SYN-SMALL", "SYN-LARGE", "--exit-z", "3"}, 1, "exit_z (3) must be less than entry_z (2)");
        refused({"SYN-SMALL", "SYN-LARGE", "--from", "2020-01-01", "--to", "2020-01-10"}, 2, "not enough data");
    }

    // F* = S e^{(r − q)T}: 2000 · e^{0.035 · 90/365}; a round trip of 0.1 % of 2000 = 2 points.
    // Discrete dividends: (S − Σ d e^{−r t}) e^{rT}.
    void fairValuesByHand()
    {
        const CliRun run = runCli({"fairvalue", "--spot", "2000", "--rate", "0.05", "--dividend-yield", "0.015", "--days",
                                   "90", "--futures", "2030", "--cost-pct", "0.1", "--json", "-"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject j = jsonOf(run);
        const double fair = 2000 * std::exp(0.035 * 90 / 365.0);
        QVERIFY(near(j["fair_value"].toDouble(), fair, 1e-14));
        QCOMPARE(j["basis"].toDouble(), 30.0);
        QVERIFY(near(j["mispricing"].toDouble(), 2030 - fair, 1e-12));
        QVERIFY(near(j["band_low"].toDouble(), fair - 2, 1e-14));
        QVERIFY(near(j["band_high"].toDouble(), fair + 2, 1e-14));
        QCOMPARE(j["signal"].toString(), QStringLiteral("sell_futures"));
        QVERIFY(near(j["profit_after_costs"].toDouble(), 2030 - fair - 2, 1e-12));
        // Inputs are echoed in the contract's units: --cost-pct 0.1 is a cost of 0.001.
        QVERIFY(!j.contains(QStringLiteral("cost_pct")));
        QCOMPARE(j["cost"].toDouble(), 0.001);

        const CliRun discrete = runCli({"fairvalue", "--spot", "2000", "--rate", "0.05", "--dividend-yield", "0", "--days",
                                        "90", "--dividend", "10@30", "--dividend", "10@60", "--futures", "2000",
                                        "--cost-pct", "0.05", "--json", "-"});
        QVERIFY2(discrete.exitCode == 0, discrete.err.constData());
        const QJsonObject d = jsonOf(discrete);
        const double pv = 10 * std::exp(-0.05 * 30 / 365.0) + 10 * std::exp(-0.05 * 60 / 365.0);
        const double fairD = (2000 - pv) * std::exp(0.05 * 90 / 365.0);
        QVERIFY(near(d["fair_value"].toDouble(), fairD, 1e-14));
        QCOMPARE(d["signal"].toString(), QStringLiteral("buy_futures")); // 2000 < F* − 1
        QVERIFY(near(d["profit_after_costs"].toDouble(), fairD - 2000 - 1, 1e-12));

        // Inside the band: no signal, and the costs eat more than the mispricing.
        const CliRun inside = runCli({"fairvalue", "--spot", "2000", "--rate", "0.05", "--dividend-yield", "0.015",
                                      "--days", "90", "--futures", "2018", "--cost-pct", "0.1", "--json", "-"});
        const QJsonObject i = jsonOf(inside);
        QCOMPARE(i["signal"].toString(), QStringLiteral("none"));
        QVERIFY(i["profit_after_costs"].toDouble() < 0);
    }

    // History mode: a futures file at fair value (r 3 %, q 1 %, T to the third Friday) but 2 %
    // rich on 2024-03-13, imported beside its index: that day alone is outside the band.
    void fairValueHistory()
    {
        const QString db = m_dir.filePath(QStringLiteral("history.rutile"));
        const QString spotFile = m_dir.filePath(QStringLiteral("IDX.csv")), futFile = m_dir.filePath(QStringLiteral("FUT.csv"));
        QFile spot(spotFile), fut(futFile);
        QVERIFY(spot.open(QIODevice::WriteOnly) && fut.open(QIODevice::WriteOnly));
        const QByteArray header = "Date,Open,High,Low,Close,Adj Close,Volume\n";
        spot.write(header);
        fut.write(header);
        // Third Friday of March 2024: the 15th. Days to it from 2024-03-11 (Monday): 4 … 0.
        const QDate first(2024, 3, 11);
        double richDay = 0;
        for (int i = 0; i < 5; ++i) {
            const QDate d = first.addDays(i);
            const double s = 2000 + 10 * i;
            double f = s * std::exp((0.03 - 0.01) * (4 - i) / 365.0);
            if (i == 2)
                richDay = f *= 1.02;
            const QByteArray date = d.toString(Qt::ISODate).toLatin1();
            const auto row = [&date](double v) -> QByteArray {
                const QByteArray n = QByteArray::number(v, 'g', 17);
                return date + ',' + n + ',' + n + ',' + n + ',' + n + ',' + n + ",1000\n";
            };
            spot.write(row(s));
            fut.write(row(f));
        }
        spot.close();
        fut.close();
        QVERIFY(richDay > 0);
        QCOMPARE(runCli({"--db", db, "import", spotFile, "--symbol", "IDX"}).exitCode, 0);
        QCOMPARE(runCli({"--db", db, "import", futFile, "--symbol", "FUT"}).exitCode, 0);
        const QString csv = m_dir.filePath(QStringLiteral("history.csv"));
        const CliRun run = runCli({"--db", db, "fairvalue", "--history", "--spot-symbol", "IDX", "--futures-symbol", "FUT",
                                   "--rate", "0.03", "--dividend-yield", "0.01", "--cost-pct", "0.5", "--csv", csv,
                                   "--json", "-"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject j = jsonOf(run);
        QCOMPARE(j["n"].toInt(), 5);
        QCOMPARE(j["days_outside_band"].toInt(), 1);
        const double fair = 2020 * std::exp(0.02 * 2 / 365.0);
        QVERIFY(near(j["mean_mispricing"].toDouble(), (richDay - fair) / 5, 1e-9));
        QCOMPARE(j["last"].toObject()["days_to_expiry"].toInt(), 0);
        QFile rows(csv);
        QVERIFY(rows.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = rows.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines[0].startsWith("date,days_to_expiry,spot,futures,rate,fair_value,basis,mispricing,signal"));
        QVERIFY(lines[3].startsWith("2024-03-13,2,2020,"));
        QVERIFY(lines[3].endsWith(",sell_futures"));
        QVERIFY(lines[1].endsWith(",none"));
        const CliRun missing = runCli({"--db", db, "fairvalue", "--history", "--spot-symbol", "IDX", "--rate", "0.03",
                                       "--dividend-yield", "0"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("--history needs --futures-symbol"));
        const CliRun oneDay = runCli({"--db", db, "fairvalue", "--history", "--spot-symbol", "IDX", "--futures-symbol", "FUT",
                                      "--rate", "0.03", "--dividend-yield", "0", "--days", "30"});
        QCOMPARE(oneDay.exitCode, 1);
        QVERIFY(oneDay.err.contains("--days is for one day"));
    }

    void fairValueFromTheWorkspaceAndRefusals()
    {
        const QString db = m_dir.filePath(QStringLiteral("fv.rutile"));
        QCOMPARE(runCli({"--db", db, "sample", "--universe", "0"}).exitCode, 0);
        const CliRun bars = runCli({"--db", db, "export", "SYN-SMALL", "--from", "2020-03-31", "--to", "2020-03-31", "--csv", "-"});
        QVERIFY2(bars.exitCode == 0, bars.err.constData());
        const QList<QByteArray> row = bars.out.trimmed().split('\n').value(1).split(',');
        QCOMPARE(row.value(0), QByteArray("2020-03-31"));
        const CliRun run = runCli({"--db", db, "fairvalue", "--spot-symbol", "SYN-SMALL", "--date", "2020-03-31", "--rate",
                                   "0.01", "--dividend-yield", "0", "--days", "30", "--json", "-"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject j = jsonOf(run);
        QCOMPARE(j["spot"].toDouble(), row.value(4).toDouble());
        QCOMPARE(j["spot_date"].toString(), QStringLiteral("2020-03-31"));
        QVERIFY(j["basis"].isNull()); // no futures price given

        const auto refused = [&](const QStringList &args, int code, const char *message) {
            const CliRun r = runCli(QStringList{"--db", db, "fairvalue"} + args);
            QCOMPARE(r.exitCode, code);
            QVERIFY2(r.err.contains(message), r.err.constData());
        };
        const QStringList base{"--rate", "0.05", "--dividend-yield", "0.01", "--days", "90"};
        refused(base, 1, "give --spot S or --spot-symbol SYM");
        refused(QStringList{"--spot", "2000", "--spot-symbol", "SYN-SMALL"} + base, 1, "give --spot S or --spot-symbol SYM");
        refused({"--spot", "2000", "--rate", "0.05", "--dividend-yield", "0.01"}, 1, "--days is required");
        refused(QStringList{"--spot", "-5"} + base, 1, "the spot (-5) must be a positive number");
        refused(QStringList{"--spot", "2000", "--dividend", "5"} + base, 1, "expected AMOUNT@DAYS");
        refused(QStringList{"--spot", "2000", "--dividend", "5@120"} + base, 1, "within the 90 days to expiry");
        refused(QStringList{"--spot-symbol", "NOPE"} + base, 2, "NOPE");
        refused({"--spot", "2000", "--rate", "5", "--dividend-yield", "0.01", "--days", "90"}, 1, "rate (5) out of range");
    }
};

QTEST_GUILESS_MAIN(TestCliPair)
#include "tst_cli_pair.moc"
