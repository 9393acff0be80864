// Rule strategies kept in the workspace (core/rules/WorkspaceRules): the names they may take,
// the compile check before saving, listing what compiles, and the one lookup by name that
// rutile-cli --strategy and the GUI's jobs share (built-ins first, then the workspace).

#include "TestSupport.h"

#include "rules/WorkspaceRules.h"
#include "storage/Workspace.h"
#include "strategy/StrategyRegistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rutile;

namespace {

QString example(const QString &name)
{
    QFile f(QStringLiteral(RUTILE_EXAMPLES_DIR "/%1.rule").arg(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the example %s", qPrintable(name));
    return QString::fromUtf8(f.readAll());
}

} // namespace

class TestRulesWorkspace : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("rules-%1.rutile").arg(++m_count));
    }

    void namesFollowTheCliRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << QStringLiteral("my_cross") << true;
        QTest::newRow("digits") << QStringLiteral("rsi2_fast") << true;
        QTest::newRow("one letter") << QStringLiteral("x") << true;
        QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << true;
        QTest::newRow("65 characters") << QString(65, QLatin1Char('a')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("upper case") << QStringLiteral("MyCross") << false;
        QTest::newRow("space") << QStringLiteral("my cross") << false;
        QTest::newRow("leading digit") << QStringLiteral("2fast") << false;
        QTest::newRow("leading underscore") << QStringLiteral("_x") << false;
        QTest::newRow("dash") << QStringLiteral("my-cross") << false;
        QTest::newRow("non-ASCII") << QStringLiteral("caf\u00e9") << false;
        QTest::newRow("a built-in") << QStringLiteral("sma_cross") << false;
        QTest::newRow("another built-in") << QStringLiteral("pairs_spread") << false;
    }

    void namesFollowTheCliRules()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        const Status s = rules::checkRuleStrategyName(name);
        QCOMPARE(s.ok(), ok);
        if (!ok) {
            QCOMPARE(s.error().kind, ErrorKind::InvalidArgument);
            QVERIFY(!s.error().message.contains(QLatin1Char('\n')));
        }
    }

    void saveCompilesFirst()
    {
        auto ws = Workspace::open(m_path);
        QVERIFY(ws);
        const Status broken = rules::saveRuleStrategy(**ws, QStringLiteral("broken"),
                                                      QStringLiteral("param n = 5 in 1..9\nbuy when smaa(close, n) > close\nsell when n\n"));
        QVERIFY(!broken.ok());
        // The first problem, where it is, and how many more.
        QCOMPARE(broken.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(broken.error().line, 2);
        QCOMPARE(broken.error().column, 10);
        QCOMPARE(broken.error().message,
                 QStringLiteral("unknown function 'smaa' \u2014 did you mean 'sma'? (and 1 more problem(s))"));
        QVERIFY(!rules::saveRuleStrategy(**ws, QStringLiteral("Bad"), example(QStringLiteral("sma_cross"))).ok());
        QVERIFY((*ws)->ruleStrategies().empty());

        QVERIFY(rules::saveRuleStrategy(**ws, QStringLiteral("my_cross"), example(QStringLiteral("sma_cross"))).ok());
        QCOMPARE((*ws)->ruleStrategies().size(), std::size_t(1));
    }

    void listsWhatCompiles()
    {
        auto ws = Workspace::open(m_path);
        QVERIFY(ws);
        QVERIFY(rules::saveRuleStrategy(**ws, QStringLiteral("b_pairs"), example(QStringLiteral("pairs_spread"))).ok());
        QVERIFY(rules::saveRuleStrategy(**ws, QStringLiteral("a_rsi"), example(QStringLiteral("rsi_revert"))).ok());
        // Written past the check (a file from a later Rutile, say): listed as a problem.
        QVERIFY((*ws)->saveRuleStrategy(QStringLiteral("c_future"), QStringLiteral("buy when future(close)\n")).ok());
        QVERIFY(rules::saveRuleStrategy(**ws, QStringLiteral("d_plain"), QStringLiteral("\n  # not at the top\nbuy when true\n")).ok());

        const rules::SavedStrategies saved = rules::loadRuleStrategies(**ws);
        QCOMPARE(saved.strategies.size(), std::size_t(3));
        QCOMPARE(saved.strategies[2]->description, QStringLiteral("Rule file d_plain"));
        QCOMPARE(saved.strategies[0]->name, QStringLiteral("a_rsi"));
        QCOMPARE(saved.strategies[1]->name, QStringLiteral("b_pairs"));
        QCOMPARE(saved.strategies[1]->legs, 2);
        const auto *rsi = strategy::StrategyRegistry::builtIn().find(u"rsi_revert");
        QCOMPARE(saved.strategies[0]->params.size(), rsi->params.size());
        // The comment at the top of the file describes the strategy, its lines joined.
        QCOMPARE(saved.strategies[0]->description,
                 QStringLiteral("RSI mean reversion: the built-in rsi_revert written as rules. The levels are written "
                                "\"30.0\" and \"70.0\": decimals make them Double parameters, as the built-in's are."));
        QCOMPARE(saved.problems.size(), 1);
        QCOMPARE(saved.problems.front(), QStringLiteral("c_future:1:10: unknown function 'future'"));
    }

    void findStrategyPrefersTheBuiltIns()
    {
        auto ws = Workspace::open(m_path);
        QVERIFY(ws);
        QVERIFY(rules::saveRuleStrategy(**ws, QStringLiteral("mine"), example(QStringLiteral("ema_cross"))).ok());
        // A built-in's name could only have been written past the check: the built-in wins.
        QVERIFY((*ws)->saveRuleStrategy(QStringLiteral("sma_cross"), QStringLiteral("buy when true\n")).ok());

        auto builtIn = rules::findStrategy(ws->get(), u"SMA_Cross");
        QVERIFY(builtIn);
        QCOMPARE(builtIn->get(), strategy::StrategyRegistry::builtIn().find(u"sma_cross"));
        auto mine = rules::findStrategy(ws->get(), u"mine");
        QVERIFY(mine);
        QCOMPARE((*mine)->name, QStringLiteral("mine"));
        QCOMPARE((*mine)->params.size(), std::size_t(3));
        QVERIFY(!rules::findStrategy(ws->get(), u"MINE")); // saved names are exact
        QVERIFY(!rules::findStrategy(nullptr, u"mine"));

        auto unknown = rules::findStrategy(ws->get(), u"nope");
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, ErrorKind::InvalidArgument);
        QVERIFY(unknown.error().message.endsWith(QStringLiteral(", mine")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestRulesWorkspace)
#include "tst_rules_workspace.moc"
