// rutile-cli backtest, optimize, merge and walkforward end to end, run as a separate process:
// the contract of shared/design/CLI.md (options, exit codes, JSON keys, CSV columns).

#include "CliTestSupport.h"
#include "TestSupport.h"

#include "backtest/ConfigParams.h"
#include "import/SampleWorkspace.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>

using namespace rutile;

using Run = test::CliRun;

namespace {

QJsonObject json(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

class TestCliBacktest : public QObject {
    Q_OBJECT

    QString db() const { return m_dir.filePath(QStringLiteral("w.rutile")); }
    QStringList base(const QString &command) const
    {
        return {QStringLiteral("--db"), db(), command, QStringLiteral("AAA")};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(test::importRandomWalks(m_dir.path(), db()));
    }

    void helpListsTheCommands()
    {
        const Run help = test::runCli({QStringLiteral("--help")});
        for (const char *c : {"backtest", "optimize", "merge", "walkforward"})
            QVERIFY2(help.out.contains(c), c);
        const Run backtestHelp = test::runCli({QStringLiteral("backtest"), QStringLiteral("--help")});
        QCOMPARE(backtestHelp.exitCode, 0);
        for (const char *o : {"--strategy", "--param", "--pair", "--cash", "--size", "--size-pct", "--commission-pct",
                              "--slippage-bps", "--stop-loss-pct", "--take-profit-pct", "--trades", "--equity", "--json",
                              "--benchmark", "sma_cross", "pairs_spread", "default 100000"})
            QVERIFY2(backtestHelp.out.contains(o), o);
        const Run optimizeHelp = test::runCli({QStringLiteral("optimize"), QStringLiteral("--help")});
        for (const char *o : {"--grid", "--objective", "--threads", "--shard"})
            QVERIFY2(optimizeHelp.out.contains(o), o);
    }

    void backtestJsonFollowsTheContract()
    {
        QStringList args = base(QStringLiteral("backtest"));
        args << QStringLiteral("--strategy") << QStringLiteral("sma_cross") << QStringLiteral("--param")
             << QStringLiteral("fast=5") << QStringLiteral("--param") << QStringLiteral("slow=20")
             << QStringLiteral("--commission-pct") << QStringLiteral("0.1") << QStringLiteral("--slippage-bps")
             << QStringLiteral("5") << QStringLiteral("--benchmark") << QStringLiteral("BBB") << QStringLiteral("--json")
             << QStringLiteral("-");
        const Run run = test::runCli(args);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = json(run);
        const QSet<QString> contract{"trades",  "final_equity", "total_return", "cagr",     "sharpe",
                                     "sortino", "calmar",       "max_drawdown", "win_rate", "profit_factor",
                                     "exposure", "total_commission", "beta", "alpha"};
        QVERIFY(test::jsonKeys(o).contains(contract));
        for (const QString &k : contract)
            QVERIFY2(o.value(k).isDouble(), qPrintable(k));
        QVERIFY(o.value(QStringLiteral("trades")).toInt() > 5);
        // Fractions, not percent: a drawdown of 12% is −0.12.
        QVERIFY(o.value(QStringLiteral("max_drawdown")).toDouble() < 0 && o.value(QStringLiteral("max_drawdown")).toDouble() > -1);
        QCOMPARE(o.value(QStringLiteral("config")).toObject().value(QStringLiteral("commission")).toObject().value(QStringLiteral("rate")).toDouble(),
                 0.001);
        QVERIFY(o.value(QStringLiteral("buy_and_hold")).toObject().contains(QStringLiteral("sharpe")));
        QCOMPARE(o.value(QStringLiteral("params")).toObject().value(QStringLiteral("slow")).toDouble(), 20.0);
        QCOMPARE(o.value(QStringLiteral("benchmark")).toString(), QStringLiteral("BBB"));
        QCOMPARE(o.value(QStringLiteral("config")).toObject().value(QStringLiteral("initial_cash")).toDouble(), 100000.0);
    }

    void tradesAndEquityCsv()
    {
        const QString trades = m_dir.filePath(QStringLiteral("trades.csv"));
        const QString equity = m_dir.filePath(QStringLiteral("equity.csv"));
        QStringList args = base(QStringLiteral("backtest"));
        args << QStringLiteral("--strategy") << QStringLiteral("rsi_revert") << QStringLiteral("--param")
             << QStringLiteral("lower=40") << QStringLiteral("--param") << QStringLiteral("upper=60")
             << QStringLiteral("--stop-loss-pct") << QStringLiteral("3") << QStringLiteral("--take-profit-pct")
             << QStringLiteral("4") << QStringLiteral("--size") << QStringLiteral("10") << QStringLiteral("--trades")
             << trades << QStringLiteral("--equity") << equity << QStringLiteral("--benchmark") << QStringLiteral("BBB");
        const Run run = test::runCli(args);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("sharpe")); // the summary on stdout
        QFile t(trades);
        QVERIFY(t.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = t.readAll().trimmed().split('\n');
        QCOMPARE(rows.first(), QByteArray("entry_date,entry_price,exit_date,exit_price,side,size,pnl,commission,exit_reason"));
        QVERIFY(rows.size() > 5);
        QSet<QByteArray> reasons;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QList<QByteArray> cells = rows[i].split(',');
            QCOMPARE(cells.size(), 9);
            QVERIFY(QDate::fromString(QString::fromLatin1(cells[0]), Qt::ISODate).isValid());
            QCOMPARE(cells[4], QByteArray("long"));
            QCOMPARE(cells[5], QByteArray("10"));
            reasons.insert(cells[8]);
        }
        const QSet<QByteArray> allowed{"signal", "stop_loss", "take_profit", "end_of_data"};
        QVERIFY(allowed.contains(reasons));
        QVERIFY(reasons.contains("stop_loss") || reasons.contains("take_profit"));
        QFile e(equity);
        QVERIFY(e.open(QIODevice::ReadOnly));
        const QList<QByteArray> curve = e.readAll().trimmed().split('\n');
        QCOMPARE(curve.first(), QByteArray("date,equity,drawdown,benchmark"));
        QCOMPARE(curve.size(), 701);
        QCOMPARE(curve[1].split(',')[1], QByteArray("100000"));
        QCOMPARE(curve[1].split(',')[3], QByteArray("100000"));
    }

    void pairsTradeBothLegs()
    {
        QStringList args = base(QStringLiteral("backtest"));
        args << QStringLiteral("--strategy") << QStringLiteral("pairs_spread") << QStringLiteral("--pair")
             << QStringLiteral("BBB") << QStringLiteral("--param") << QStringLiteral("entry_z=1.5")
             << QStringLiteral("--size-pct") << QStringLiteral("50") << QStringLiteral("--trades") << QStringLiteral("-")
             << QStringLiteral("--trades-symbol");
        const Run run = test::runCli(args);
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> rows = run.out.trimmed().split('\n');
        QVERIFY(rows.first().endsWith(",symbol"));
        QVERIFY(rows.size() >= 5);
        for (qsizetype i = 1; i + 1 < rows.size(); i += 2) {
            QVERIFY(rows[i].endsWith(",AAA"));
            QVERIFY(rows[i + 1].endsWith(",BBB"));
        }
        // Without --pair it is a usage error.
        QStringList noPair = base(QStringLiteral("backtest"));
        noPair << QStringLiteral("--strategy") << QStringLiteral("pairs_spread");
        const Run bad = test::runCli(noPair);
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("--pair"));
    }

    void errorsAndExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        const QString db = m_dir.filePath(QStringLiteral("w.rutile"));
        const auto bt = [&](const QStringList &rest) {
            return QStringList{QStringLiteral("--db"), db, QStringLiteral("backtest")} + rest;
        };
        QTest::newRow("no strategy") << bt({QStringLiteral("AAA")}) << 1 << QByteArray("--strategy");
        QTest::newRow("unknown strategy") << bt({QStringLiteral("AAA"), QStringLiteral("--strategy"), QStringLiteral("magic")}) << 1
                                          << QByteArray("unknown strategy 'magic'");
        QTest::newRow("bad parameter") << bt({QStringLiteral("AAA"), QStringLiteral("--strategy"), QStringLiteral("sma_cross"),
                                              QStringLiteral("--param"), QStringLiteral("fast=0")})
                                       << 1 << QByteArray("fast (0) out of range [1, 1000]");
        QTest::newRow("fast not below slow") << bt({QStringLiteral("AAA"), QStringLiteral("--strategy"), QStringLiteral("sma_cross"),
                                                    QStringLiteral("--param"), QStringLiteral("fast=60")})
                                             << 1 << QByteArray("must be less than slow");
        QTest::newRow("two sizes") << bt({QStringLiteral("AAA"), QStringLiteral("--strategy"), QStringLiteral("buy_hold"),
                                          QStringLiteral("--size"), QStringLiteral("1"), QStringLiteral("--size-pct"), QStringLiteral("50")})
                                   << 1 << QByteArray("alternatives");
        QTest::newRow("bad percent") << bt({QStringLiteral("AAA"), QStringLiteral("--strategy"), QStringLiteral("buy_hold"),
                                            QStringLiteral("--commission-pct"), QStringLiteral("abc")})
                                     << 1 << QByteArray("--commission-pct");
        QTest::newRow("unknown symbol") << bt({QStringLiteral("ZZZ"), QStringLiteral("--strategy"), QStringLiteral("buy_hold")}) << 2
                                        << QByteArray("ZZZ");
        QTest::newRow("unknown benchmark") << bt({QStringLiteral("AAA"), QStringLiteral("--strategy"), QStringLiteral("buy_hold"),
                                                  QStringLiteral("--benchmark"), QStringLiteral("ZZZ")})
                                           << 2 << QByteArray("ZZZ");
        QTest::newRow("not enough data") << bt({QStringLiteral("AAA"), QStringLiteral("--strategy"), QStringLiteral("sma_cross"),
                                                QStringLiteral("--param"), QStringLiteral("slow=900")})
                                         << 2 << QByteArray("not enough data");
        QTest::newRow("empty range") << bt({QStringLiteral("AAA"), QStringLiteral("--strategy"), QStringLiteral("buy_hold"),
                                            QStringLiteral("--from"), QStringLiteral("2030-01-01")})
                                     << 2 << QByteArray("not enough data");
        QTest::newRow("bad shard") << QStringList{QStringLiteral("--db"), db, QStringLiteral("optimize"), QStringLiteral("AAA"),
                                                  QStringLiteral("--strategy"), QStringLiteral("sma_cross"), QStringLiteral("--grid"),
                                                  QStringLiteral("fast=5:10:5"), QStringLiteral("--shard"), QStringLiteral("2/2")}
                                   << 1 << QByteArray("shard index (2) out of range [0, 1]");
        QTest::newRow("no grid") << QStringList{QStringLiteral("--db"), db, QStringLiteral("optimize"), QStringLiteral("AAA"),
                                                QStringLiteral("--strategy"), QStringLiteral("sma_cross")}
                                 << 1 << QByteArray("--grid");
        QTest::newRow("bad objective") << QStringList{QStringLiteral("--db"), db, QStringLiteral("optimize"), QStringLiteral("AAA"),
                                                      QStringLiteral("--strategy"), QStringLiteral("sma_cross"), QStringLiteral("--grid"),
                                                      QStringLiteral("fast=5:10:5"), QStringLiteral("--objective"), QStringLiteral("luck")}
                                       << 1 << QByteArray("--objective");
        QTest::newRow("negative leverage without volatility sizing")
            << bt({QStringLiteral("AAA"), QStringLiteral("--strategy"), QStringLiteral("buy_hold"),
                   QStringLiteral("--max-leverage"), QStringLiteral("-1")})
            << 1 << QByteArray("--max-leverage (-1) out of range [");
        QTest::newRow("negative leverage with volatility sizing")
            << bt({QStringLiteral("AAA"), QStringLiteral("--strategy"), QStringLiteral("buy_hold"),
                   QStringLiteral("--size-atr-risk-pct"), QStringLiteral("1"), QStringLiteral("--max-leverage"), QStringLiteral("-1")})
            << 1 << QByteArray("--max-leverage (-1) out of range [");
        QTest::newRow("unused ATR period") << bt({QStringLiteral("AAA"), QStringLiteral("--strategy"), QStringLiteral("buy_hold"),
                                                  QStringLiteral("--size-atr-period"), QStringLiteral("0")})
                                           << 1 << QByteArray("--size-atr-period (0)");
        QTest::newRow("size and model disagree") << bt({QStringLiteral("AAA"), QStringLiteral("--strategy"), QStringLiteral("buy_hold"),
                                                        QStringLiteral("--size-model"), QStringLiteral("percent_of_equity"),
                                                        QStringLiteral("--size"), QStringLiteral("3")})
                                                 << 1 << QByteArray("alternatives");
        // "fast=nan:50:5" names the start, not the step; likewise the stop and the step.
        const char *const parts[] = {"start", "stop", "step"};
        for (int k = 0; k < 3; ++k) {
            QStringList values{QStringLiteral("5"), QStringLiteral("50"), QStringLiteral("5")};
            values[k] = QStringLiteral("nan");
            QTest::newRow(qPrintable(QStringLiteral("nan grid %1").arg(QLatin1String(parts[k]))))
                << QStringList{QStringLiteral("--db"), db, QStringLiteral("optimize"), QStringLiteral("AAA"),
                               QStringLiteral("--strategy"), QStringLiteral("sma_cross"), QStringLiteral("--grid"),
                               QStringLiteral("fast=") + values.join(QLatin1Char(':'))}
                << 1 << (QByteArray("fast: grid ") + parts[k] + " (nan)");
        }
        QTest::newRow("merge without files") << QStringList{QStringLiteral("merge")} << 1 << QByteArray("merge needs");
        QTest::newRow("merge of a missing file") << QStringList{QStringLiteral("merge"), m_dir.filePath(QStringLiteral("nope.json"))} << 2
                                                 << QByteArray("nope.json");
    }

    void errorsAndExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Run run = test::runCli(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1); // one clear line
    }

    void optimizeShardsMergeIntoTheFullRun()
    {
        const auto optimize = [&](const QStringList &extra) {
            QStringList args = base(QStringLiteral("optimize"));
            args << QStringLiteral("--strategy") << QStringLiteral("sma_cross") << QStringLiteral("--grid")
                 << QStringLiteral("fast=5:20:5") << QStringLiteral("--grid") << QStringLiteral("slow=30:60:10")
                 << QStringLiteral("--commission-pct") << QStringLiteral("0.05") << extra;
            return test::runCli(args);
        };
        const Run full = optimize({QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(full.exitCode, 0);
        const QJsonObject f = json(full);
        QVERIFY(test::jsonKeys(f).contains(QSet<QString>{"objective", "evaluated", "best", "results"}));
        QCOMPARE(f.value(QStringLiteral("objective")).toString(), QStringLiteral("sharpe"));
        QCOMPARE(f.value(QStringLiteral("evaluated")).toInt(), 16);
        QVERIFY(test::jsonKeys(f.value(QStringLiteral("best")).toObject()).contains(QSet<QString>{"params", "value"}));
        for (const QJsonValue &r : f.value(QStringLiteral("results")).toArray())
            QVERIFY(test::jsonKeys(r.toObject()).contains(QSet<QString>{"params", "value", "trades"}));
        QVERIFY(f.value(QStringLiteral("deflated_sharpe")).isObject());

        QStringList files;
        for (int i = 0; i < 3; ++i) {
            const QString file = m_dir.filePath(QStringLiteral("shard%1.json").arg(i));
            QCOMPARE(optimize({QStringLiteral("--shard"), QStringLiteral("%1/3").arg(i), QStringLiteral("--json"), file}).exitCode, 0);
            files << file;
        }
        const Run merged = test::runCli(QStringList{QStringLiteral("merge")} + files + QStringList{QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(merged.exitCode, 0);
        const QJsonObject m = json(merged);
        QCOMPARE(m.value(QStringLiteral("results")), f.value(QStringLiteral("results")));
        QCOMPARE(m.value(QStringLiteral("best")), f.value(QStringLiteral("best")));
        QCOMPARE(m.value(QStringLiteral("evaluated")), f.value(QStringLiteral("evaluated")));
        QVERIFY(m.value(QStringLiteral("complete")).toBool());
        QCOMPARE(m.value(QStringLiteral("deflated_sharpe")).toObject().value(QStringLiteral("probability")).toDouble(),
                 f.value(QStringLiteral("deflated_sharpe")).toObject().value(QStringLiteral("probability")).toDouble());
        // A partial merge warns.
        const Run partial = test::runCli({QStringLiteral("merge"), files[0], files[2]});
        QCOMPARE(partial.exitCode, 0);
        QVERIFY(partial.err.contains("missing"));
        // The summary without --json.
        const Run text = optimize({QStringLiteral("--threads"), QStringLiteral("1")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("16 of 16 grid points"));
    }

    void walkForward()
    {
        QStringList args = base(QStringLiteral("walkforward"));
        args << QStringLiteral("--strategy") << QStringLiteral("sma_cross") << QStringLiteral("--grid")
             << QStringLiteral("fast=5:15:5") << QStringLiteral("--grid") << QStringLiteral("slow=30:50:10")
             << QStringLiteral("--in-sample") << QStringLiteral("250") << QStringLiteral("--out-of-sample")
             << QStringLiteral("100") << QStringLiteral("--json") << QStringLiteral("-");
        const Run run = test::runCli(args);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = json(run);
        // 700 bars: out-of-sample windows at 250, 350, 450, 550, 650 (the last 50 bars).
        QCOMPARE(o.value(QStringLiteral("folds")).toArray().size(), 5);
        QCOMPARE(o.value(QStringLiteral("bars")).toInt(), 450);
        QVERIFY(o.contains(QStringLiteral("efficiency")));
        QVERIFY(o.value(QStringLiteral("folds")).toArray().first().toObject().value(QStringLiteral("params")).isObject());
    }

    void defaultBenchmarkComesFromTheWorkspace()
    {
        {
            auto ws = Workspace::open(db());
            QVERIFY(ws.ok());
            QVERIFY((*ws)->setSetting(QString::fromLatin1(kBenchmarkSettingKey), QStringLiteral("BBB")).ok());
        }
        QStringList args = base(QStringLiteral("backtest"));
        args << QStringLiteral("--strategy") << QStringLiteral("buy_hold") << QStringLiteral("--json") << QStringLiteral("-");
        const QJsonObject o = json(test::runCli(args));
        QCOMPARE(o.value(QStringLiteral("benchmark")).toString(), QStringLiteral("BBB"));
        QVERIFY(o.value(QStringLiteral("beta")).isDouble());
        args << QStringLiteral("--no-benchmark");
        QVERIFY(!json(test::runCli(args)).contains(QStringLiteral("beta")));
        {
            auto ws = Workspace::open(db());
            QVERIFY(ws.ok());
            QVERIFY((*ws)->setSetting(QString::fromLatin1(kBenchmarkSettingKey), QStringLiteral("GONE")).ok());
        }
        args.removeLast();
        const Run missing = test::runCli(args);
        QCOMPARE(missing.exitCode, 0); // a stale setting warns, it does not fail
        QVERIFY(missing.err.contains("GONE"));
    }

    void configOptionsAreTheParamSpecs()
    {
        // Every setting of configParamSpecs() is a CLI option of backtest, optimize and
        // walkforward, with the spec's range and default in its help, and every option of
        // those commands is either such a setting or one of the commands' own.
        const QSet<QString> ownOptions{"strategy", "strategy-file", "param", "pair", "from", "to", "benchmark", "no-benchmark", "risk-free-symbol", "json",
                                       "trades", "trades-symbol", "equity", "grid", "objective", "threads", "shard",
                                       "in-sample", "out-of-sample", "anchored", "help", "help-all", "version", "db"};
        const std::vector<ParamSpec> &specs = backtest::configParamSpecs();
        QVERIFY(specs.size() >= 20);
        for (const QString &command : {QStringLiteral("backtest"), QStringLiteral("optimize"), QStringLiteral("walkforward")}) {
            const Run help = test::runCli({command, QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            // Option name → its help text, wrapped lines joined.
            QMap<QString, QString> options;
            QString current;
            static const QRegularExpression optionLine(QStringLiteral("^  (?:-\\w, )?--([a-z0-9-]+)(?: <[^>]+>)?(.*)$"));
            for (const QString &line : QString::fromUtf8(help.out).split(QLatin1Char('\n'))) {
                if (const auto m = optionLine.match(line); m.hasMatch()) {
                    current = m.captured(1);
                    options[current] = m.captured(2).simplified();
                } else if (!current.isEmpty() && line.startsWith(QLatin1Char(' ')) && !line.trimmed().isEmpty()) {
                    options[current] += QLatin1Char(' ') + line.simplified();
                } else {
                    current.clear();
                }
            }
            QVERIFY2(options.size() > 20, qPrintable(command));
            QSet<QString> configOptions;
            for (const ParamSpec &spec : specs) {
                QVERIFY2(!spec.option.isEmpty(), qPrintable(spec.name));
                configOptions.insert(spec.option);
                const QString name = command + QStringLiteral(" --") + spec.option;
                QVERIFY2(options.contains(spec.option), qPrintable(name));
                const QString text = options.value(spec.option);
                static const QRegularExpression defaultText(QStringLiteral("default ([^)]+)\\)"));
                const auto d = defaultText.match(text);
                QVERIFY2(d.hasMatch(), qPrintable(name + QStringLiteral(": ") + text));
                if (spec.type == ParamType::Bool) {
                    QCOMPARE(d.captured(1), spec.defaultValue != 0 ? QStringLiteral("on") : QStringLiteral("off"));
                    continue;
                }
                const auto parsedDefault = spec.parse(d.captured(1));
                QVERIFY2(parsedDefault.ok(), qPrintable(name + QStringLiteral(": ") + text));
                QCOMPARE(*parsedDefault, spec.defaultValue);
                if (spec.type == ParamType::Choice) {
                    for (const QString &choice : spec.choices)
                        QVERIFY2(text.contains(choice), qPrintable(name + QStringLiteral(": ") + choice));
                    continue;
                }
                static const QRegularExpression rangeText(QStringLiteral("\\[([^,\\]]+), ([^\\]]+)\\]"));
                const auto r = rangeText.match(text);
                QVERIFY2(r.hasMatch(), qPrintable(name + QStringLiteral(": ") + text));
                QCOMPARE(r.captured(1).toDouble(), spec.minimum);
                QCOMPARE(r.captured(2).toDouble(), spec.maximum);
                QCOMPARE(text.contains(QStringLiteral("in percent (0.1 = 0.1%)")), spec.unit == ParamUnit::Percent);
            }
            for (auto it = options.cbegin(); it != options.cend(); ++it)
                QVERIFY2(ownOptions.contains(it.key()) || configOptions.contains(it.key()),
                         qPrintable(command + QStringLiteral(" --") + it.key() + QStringLiteral(" has no ParamSpec")));
        }
        // The ranges are enforced as written: each end is accepted up to the data step, and a
        // value beyond either end is refused, naming the option, whatever else is given.
        for (const ParamSpec &spec : specs) {
            if (spec.type != ParamType::Int && spec.type != ParamType::Double)
                continue;
            const double step = spec.type == ParamType::Int ? 1 : std::max(std::abs(spec.maximum), 1.0) * 0.5;
            for (const double bad : {spec.minimum - (spec.type == ParamType::Int ? 1 : std::max(std::abs(spec.minimum), 1e-3) * 0.5),
                                     spec.maximum + step}) {
                const Run run = test::runCli(base(QStringLiteral("backtest"))
                                             + QStringList{QStringLiteral("--strategy"), QStringLiteral("buy_hold"),
                                                           QStringLiteral("--") + spec.option, QString::number(bad, 'g', 17)});
                const QByteArray expected = "--" + spec.option.toUtf8() + " (";
                QVERIFY2(run.exitCode == 1 && run.err.contains(expected) && run.err.contains("out of range"),
                         qPrintable(spec.option + QStringLiteral(" ") + QString::number(bad) + QStringLiteral(": ")
                                    + QString::fromUtf8(run.err)));
            }
        }
    }

    void fillTakesTheCanonicalNameAndTheHyphenatedAlias()
    {
        for (const QString &fill : {QStringLiteral("next_close"), QStringLiteral("next-close")}) {
            const Run run = test::runCli(base(QStringLiteral("backtest"))
                                         + QStringList{QStringLiteral("--strategy"), QStringLiteral("buy_hold"),
                                                       QStringLiteral("--fill"), fill, QStringLiteral("--json"), QStringLiteral("-")});
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(json(run).value(QStringLiteral("config")).toObject().value(QStringLiteral("fill")).toString(),
                     QStringLiteral("next_close"));
        }
        const Run bad = test::runCli(base(QStringLiteral("backtest"))
                                     + QStringList{QStringLiteral("--strategy"), QStringLiteral("buy_hold"),
                                                   QStringLiteral("--fill"), QStringLiteral("later")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("--fill") && bad.err.contains("next_open"), bad.err.constData());
    }

    void benchmarkStatisticsInTheJson()
    {
        // The benchmark held over the run's days, computed in core (the GUI's benchmark column
        // reads the same struct): its total return is BBB's close ratio over those days.
        auto ws = Workspace::open(db());
        QVERIFY(ws.ok());
        const auto bbb = (*ws)->readBars(QStringLiteral("BBB"));
        const auto aaa = (*ws)->readBars(QStringLiteral("AAA"));
        QVERIFY(bbb.ok() && aaa.ok());
        const auto closeOn = [](const BarSeries &bars, const QString &date) {
            const std::size_t i = bars.lowerBound(toDayNumber(QDate::fromString(date, Qt::ISODate)));
            return i < bars.size() ? bars.close[i] : std::nan("");
        };

        const Run run = test::runCli(base(QStringLiteral("backtest"))
                                     + QStringList{QStringLiteral("--strategy"), QStringLiteral("sma_cross"),
                                                   QStringLiteral("--from"), QStringLiteral("2020-06-01"),
                                                   QStringLiteral("--benchmark"), QStringLiteral("BBB"),
                                                   QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = json(run);
        const QJsonObject b = o.value(QStringLiteral("benchmark_performance")).toObject();
        for (const char *key : {"total_return", "cagr", "sharpe", "sortino", "max_drawdown", "annual_vol", "final_equity"})
            QVERIFY2(b.value(QLatin1String(key)).isDouble(), key);
        const QString first = o.value(QStringLiteral("first_date")).toString();
        const QString last = o.value(QStringLiteral("last_date")).toString();
        RUTILE_COMPARE_REL(b.value(QStringLiteral("total_return")).toDouble(),
                           closeOn(*bbb, last) / closeOn(*bbb, first) - 1, 1e-12);
        QVERIFY(b.value(QStringLiteral("max_drawdown")).toDouble() < 0);
        // Without a benchmark there is no block.
        const Run none = test::runCli(base(QStringLiteral("backtest"))
                                      + QStringList{QStringLiteral("--strategy"), QStringLiteral("buy_hold"),
                                                    QStringLiteral("--no-benchmark"), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(!json(none).contains(QStringLiteral("benchmark_performance")));

        // Walk-forward: buy-and-hold and the benchmark over the stitched out-of-sample days.
        QStringList args = base(QStringLiteral("walkforward"));
        args << QStringLiteral("--strategy") << QStringLiteral("sma_cross") << QStringLiteral("--grid")
             << QStringLiteral("fast=5:15:5") << QStringLiteral("--grid") << QStringLiteral("slow=30:50:10")
             << QStringLiteral("--in-sample") << QStringLiteral("250") << QStringLiteral("--out-of-sample")
             << QStringLiteral("100") << QStringLiteral("--benchmark") << QStringLiteral("BBB") << QStringLiteral("--json")
             << QStringLiteral("-") << QStringLiteral("--equity") << m_dir.filePath(QStringLiteral("wf-equity.csv"));
        const Run wf = test::runCli(args);
        QCOMPARE(wf.exitCode, 0);
        QFile equityCsv(m_dir.filePath(QStringLiteral("wf-equity.csv")));
        QVERIFY(equityCsv.open(QIODevice::ReadOnly));
        QCOMPARE(equityCsv.readLine().trimmed(), QByteArray("date,equity,drawdown,benchmark"));
        const QJsonObject w = json(wf);
        const QString wfFirst = w.value(QStringLiteral("first_date")).toString();
        const QString wfLast = w.value(QStringLiteral("last_date")).toString();
        const QJsonObject hold = w.value(QStringLiteral("buy_and_hold")).toObject();
        const QJsonObject held = w.value(QStringLiteral("benchmark_performance")).toObject();
        RUTILE_COMPARE_REL(hold.value(QStringLiteral("total_return")).toDouble(),
                           closeOn(*aaa, wfLast) / closeOn(*aaa, wfFirst) - 1, 1e-12);
        RUTILE_COMPARE_REL(held.value(QStringLiteral("total_return")).toDouble(),
                           closeOn(*bbb, wfLast) / closeOn(*bbb, wfFirst) - 1, 1e-12);
        RUTILE_COMPARE_REL(hold.value(QStringLiteral("initial_equity")).toDouble(),
                           w.value(QStringLiteral("initial_equity")).toDouble(), 1e-15);
        QCOMPARE(w.value(QStringLiteral("benchmark")).toString(), QStringLiteral("BBB"));
    }

    void realRutGoldenRun()
    {
        RUTILE_REQUIRE_SHARED_DATA(file, "RUT_yahoo_1987-2024.csv");
        const QString path = m_dir.filePath(QStringLiteral("rut.rutile"));
        QCOMPARE(test::runCli({QStringLiteral("--db"), path, QStringLiteral("import"), file}).exitCode, 0);
        const Run run = test::runCli({QStringLiteral("--db"), path, QStringLiteral("backtest"), QStringLiteral("RUT"), QStringLiteral("--strategy"),
                             QStringLiteral("sma_cross"), QStringLiteral("--param"), QStringLiteral("fast=50"), QStringLiteral("--param"),
                             QStringLiteral("slow=200"), QStringLiteral("--commission-pct"), QStringLiteral("0.1"),
                             QStringLiteral("--slippage-bps"), QStringLiteral("5"), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = json(run);
        // The independent reference of tests/core/backtest/tst_backtest_golden.cpp.
        QCOMPARE(o.value(QStringLiteral("trades")).toInt(), 27);
        RUTILE_COMPARE_REL(o.value(QStringLiteral("final_equity")).toDouble(), 258036.58599483778, 1e-9);
        RUTILE_COMPARE_REL(o.value(QStringLiteral("sharpe")).toDouble(), 0.24861572864243145, 1e-9);
        QCOMPARE(o.value(QStringLiteral("first_date")).toString(), QStringLiteral("1987-09-10"));
        QCOMPARE(o.value(QStringLiteral("end_of_data_trades")).toInt(), 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliBacktest)
#include "tst_cli_backtest.moc"
