// The rule language's parser and checker: the syntax trees and parameters of valid programs,
// the bounds (size, nesting, node count, number of diagnostics), and the golden corpus of
// broken files under tests/data/rules/errors, each with its exact expected diagnostics.

#include "TestSupport.h"

#include "rules/Compiler.h"
#include "rules/Suggest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace rutile;
using namespace rutile::rules;

namespace {

CompileResult compile(const char *source)
{
    return compileRules(QByteArrayView(source));
}

QString diagnosticsText(const CompileResult &r)
{
    QStringList lines;
    for (const Diagnostic &d : r.diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

/// The expression tree as text: "(> close (+ 1 (* 2 3)))", for checking shape and precedence.
QString sexpr(const Program &p, int id)
{
    const Node &n = p.tree.nodes[std::size_t(id)];
    const auto args = [&] {
        QString s;
        for (int a : n.args)
            s += u' ' + sexpr(p, a);
        return s;
    };
    switch (n.kind) {
    case NodeKind::Number: return QString::number(n.number);
    case NodeKind::Boolean: return n.number != 0 ? QStringLiteral("true") : QStringLiteral("false");
    case NodeKind::Name: return n.name;
    case NodeKind::Call: return QStringLiteral("(%1%2)").arg(n.name, args());
    case NodeKind::Output: return QStringLiteral("(.%1%2)").arg(n.name, args());
    case NodeKind::Of: return QStringLiteral("(of %1%2)").arg(n.name, args());
    case NodeKind::Negate: return QStringLiteral("(neg%1)").arg(args());
    case NodeKind::Not: return QStringLiteral("(not%1)").arg(args());
    case NodeKind::Binary: {
        static const char *ops[] = {"+", "-", "*", "/", "<", "<=", ">", ">=", "==", "!=", "and", "or"};
        return QStringLiteral("(%1%2)").arg(QLatin1String(ops[int(n.op)]), args());
    }
    }
    return {};
}

QString firstRule(const CompileResult &r, RuleKind kind = RuleKind::Buy)
{
    if (!r.ok() || r.program->rulesOf(kind).empty())
        return QStringLiteral("<none: %1>").arg(diagnosticsText(r));
    return sexpr(*r.program, r.program->rulesOf(kind).front());
}

QString examplePath(const QString &name)
{
    return QDir(QStringLiteral(RUTILE_EXAMPLES_DIR)).filePath(name + QStringLiteral(".rule"));
}

} // namespace

class TestRulesCompile : public QObject {
    Q_OBJECT

private slots:
    void expressionsParseWithTheUsualPrecedence_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("tree");
        const auto row = [](const char *name, const char *source, const char *tree) {
            QTest::newRow(name) << QString::fromUtf8(source) << QString::fromUtf8(tree);
        };
        row("product before sum", "buy when close > 1 + 2 * 3", "(> close (+ 1 (* 2 3)))");
        row("left associative", "buy when close - 1 - 2 > open / 2 / 3", "(> (- (- close 1) 2) (/ (/ open 2) 3))");
        row("parentheses", "buy when (close - (1 - 2)) > 0", "(> (- close (- 1 2)) 0)");
        row("not before and before or", "buy when not close > 1 and open < 2 or high >= 3",
            "(or (and (not (> close 1)) (< open 2)) (>= high 3))");
        row("unary minus", "buy when -close < - -2", "(< (neg close) (neg (neg 2)))");
        row("numbers", "buy when close > 1.5e3 + .25 + 2E-1", "(> close (+ (+ 1500 0.25) 0.2))");
        row("calls and outputs", "buy when macd(close, 12, 26, 9).signal > sma(close, 20)",
            "(> (.signal (macd close 12 26 9)) (sma close 20))");
        row("of a leg", "leg hedge\nhedge_ratio 1\nbuy when close of hedge > atr(14) of hedge",
            "(> (of hedge close) (of hedge (atr 14)))");
        row("comments and blank lines", "# a comment\n\n   buy when close > 1 # why\n", "(> close 1)");
        row("crlf and a byte-order mark", "\xEF\xBB\xBF# x\r\nbuy when close == open\r\n", "(== close open)");
        row("booleans", "buy when true and not false", "(and true (not false))");
        row("lets inline nothing", "let a = close - open\nbuy when a > 0", "(> a 0)");
        row("equality of conditions", "buy when (close > open) == (high > low)", "(== (> close open) (> high low))");
        row("builtins", "buy when iif(close > open, abs(change(close, 1)), max(log(close), sqrt(open))) > "
                        "ref(highest(close, 5), 1)",
            "(> (iif (> close open) (abs (change close 1)) (max (log close) (sqrt open))) (ref (highest close 5) 1))");
    }

    void expressionsParseWithTheUsualPrecedence()
    {
        QFETCH(QString, source);
        QFETCH(QString, tree);
        QCOMPARE(firstRule(compileRules(source.toUtf8())), tree);
    }

    void paramsBecomeParamSpecs()
    {
        const CompileResult r = compile("param fast = 20 in 5..200 step 5 \"Fast average\"\n"
                                        "param k = 2.5 in 0.5..10 step 0.25\n"
                                        "param lots = -3 in -10..-1\n"
                                        "param short = true \"Short side\"\n"
                                        "param wide = 2 in 1..3 step 0.5\n"
                                        "param level = 30.0 in 0..100 step 1\n"
                                        "buy when short and close > sma(close, fast) + k * lots + wide + level\n");
        QVERIFY2(r.ok(), qPrintable(diagnosticsText(r)));
        const std::vector<ParamSpec> &p = r.program->params;
        QCOMPARE(p.size(), std::size_t(6));
        QCOMPARE(p[0].name, QStringLiteral("fast"));
        QCOMPARE(p[0].label, QStringLiteral("Fast average"));
        QCOMPARE(p[0].type, ParamType::Int);
        QCOMPARE(p[0].defaultValue, 20.0);
        QCOMPARE(p[0].minimum, 5.0);
        QCOMPARE(p[0].maximum, 200.0);
        QCOMPARE(p[0].step, 5.0);
        QCOMPARE(p[1].type, ParamType::Double);
        QCOMPARE(p[1].label, QStringLiteral("k")); // no label: the name
        QCOMPARE(p[1].defaultValue, 2.5);
        QCOMPARE(p[1].step, 0.25);
        QCOMPARE(p[2].type, ParamType::Int);
        QCOMPARE(p[2].defaultValue, -3.0);
        QCOMPARE(p[2].minimum, -10.0);
        QCOMPARE(p[2].maximum, -1.0);
        QCOMPARE(p[2].step, 1.0); // whole, no step given: 1
        QCOMPARE(p[3].type, ParamType::Bool);
        QCOMPARE(p[3].defaultValue, 1.0);
        QCOMPARE(p[4].type, ParamType::Double); // a fractional step makes it a Double
        QCOMPARE(p[5].type, ParamType::Double); // so does a whole number written with a decimal point
        QCOMPARE(p[5].defaultValue, 30.0);
        QCOMPARE(p[5].step, 1.0);
    }

    void examplesCompileWithTheBuiltInsParameters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("params");
        QTest::addColumn<int>("legs");
        QTest::newRow("sma_cross") << "sma_cross" << QStringList{"fast=20", "slow=50", "short=false"} << 1;
        QTest::newRow("ema_cross") << "ema_cross" << QStringList{"fast=12", "slow=26", "short=false"} << 1;
        QTest::newRow("bollinger_revert") << "bollinger_revert" << QStringList{"period=20", "k=2"} << 1;
        QTest::newRow("rsi_revert") << "rsi_revert" << QStringList{"period=14", "lower=30", "upper=70"} << 1;
        QTest::newRow("macd_cross") << "macd_cross" << QStringList{"fast=12", "slow=26", "signal=9"} << 1;
        QTest::newRow("pairs_spread") << "pairs_spread" << QStringList{"lookback=60", "entry_z=2", "exit_z=0.5"} << 2;
        QTest::newRow("buy_hold") << "buy_hold" << QStringList{} << 1;
    }

    void examplesCompileWithTheBuiltInsParameters()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, params);
        QFETCH(int, legs);
        const QByteArray source = readFile(examplePath(name));
        const CompileResult r = compileRules(source);
        QVERIFY2(r.ok(), qPrintable(diagnosticsText(r)));
        QStringList defaults;
        for (const ParamSpec &p : r.program->params)
            defaults << p.name + u'=' + p.format(p.defaultValue);
        QCOMPARE(defaults, params);
        QCOMPARE(r.program->legs(), legs);

        // The budget: compile in under 1 ms. The best of 20 runs, so that a busy
        // machine does not fail the test; the figure is printed for the record.
        qint64 best = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer timer;
            timer.start();
            const CompileResult again = compileRules(source);
            best = std::min(best, timer.nsecsElapsed());
            QVERIFY(again.ok());
        }
        qInfo("%s compiles in %.1f µs", qPrintable(name), double(best) / 1000.0);
        QVERIFY2(best < 1'000'000, qPrintable(QStringLiteral("%1 ns").arg(best)));
    }

    void trailingStopsMapOntoTheEnginesExits()
    {
        const CompileResult fraction = compile("buy when true\ntrailing_stop 4%\nstop_loss 5%\ntake_profit 2 * 5%");
        QVERIFY2(fraction.ok(), qPrintable(diagnosticsText(fraction)));
        QCOMPARE(fraction.program->exits.size(), std::size_t(3));
        QCOMPARE(fraction.program->exits[0].kind, ExitKind::TrailingStop);
        QCOMPARE(fraction.program->exits[0].trailing, TrailingMode::Fraction);
        const CompileResult atr = compile("buy when true\ntrailing_stop 3 * atr");
        QVERIFY2(atr.ok(), qPrintable(diagnosticsText(atr)));
        QCOMPARE(atr.program->exits[0].trailing, TrailingMode::AtrMultiple);
        QCOMPARE(sexpr(*atr.program, atr.program->exits[0].expr), QStringLiteral("3"));
        const CompileResult one = compile("buy when true\ntrailing_stop atr");
        QVERIFY2(one.ok(), qPrintable(diagnosticsText(one)));
        QCOMPARE(one.program->exits[0].expr, -1);
    }

    void deepNestingIsAnErrorNotACrash_data()
    {
        QTest::addColumn<QByteArray>("source");
        const QByteArray many(100000, '(');
        QTest::newRow("100k parentheses") << QByteArray("buy when ") + many + "1" + QByteArray(100000, ')') + " > 0";
        QTest::newRow("100k unclosed parentheses") << QByteArray("buy when ") + many;
        QTest::newRow("100k minus signs") << QByteArray("buy when ") + QByteArray(100000, '-') + "1 > 0";
        QByteArray nots("buy when ");
        for (int i = 0; i < 50000; ++i)
            nots += "not ";
        QTest::newRow("50k nots") << nots + "true";
        QByteArray calls("buy when ");
        for (int i = 0; i < 30000; ++i)
            calls += "abs(";
        QTest::newRow("30k nested calls") << calls + "1" + QByteArray(30000, ')') + " > 0";
    }

    void deepNestingIsAnErrorNotACrash()
    {
        QFETCH(QByteArray, source);
        const CompileResult r = compileRules(source);
        QVERIFY(!r.ok());
        QCOMPARE(r.diagnostics.size(), std::size_t(1));
        QVERIFY2(r.diagnostics[0].message.contains(QStringLiteral("nested too deeply (more than 100 levels)")),
                 qPrintable(r.diagnostics[0].toString()));
        QCOMPARE(r.diagnostics[0].line, 1);
    }

    void longChainsAreBounded()
    {
        // A chain is not nested, but the tree is as deep as the chain is long.
        QByteArray chain("buy when 1");
        for (int i = 0; i < 20000; ++i)
            chain += " + 1";
        const CompileResult r = compileRules(QByteArray(chain + " > 0"));
        QVERIFY(!r.ok());
        QCOMPARE(diagnosticsText(r),
                 QStringLiteral("1:10: error: the expression is too deep: more than 256 operations chained or nested; "
                                "split it with let"));
        // 200 terms are fine.
        QByteArray shortChain("buy when 1");
        for (int i = 0; i < 200; ++i)
            shortChain += " + close";
        QVERIFY2(compileRules(QByteArray(shortChain + " > 0")).ok(), "a 200-term sum is legal");
    }

    void boundsOnSizeAndNodes()
    {
        QByteArray big("buy when true\n");
        while (big.size() <= (1 << 20))
            big += "# padding padding padding padding padding padding padding padding padding padding\n";
        const CompileResult tooBig = compileRules(big);
        QVERIFY(!tooBig.ok());
        QCOMPARE(tooBig.diagnostics.size(), std::size_t(1));
        QVERIFY2(tooBig.diagnostics[0].message.endsWith(QStringLiteral("a rule file may have at most 1048576")),
                 qPrintable(tooBig.diagnostics[0].message));

        ParseLimits limits;
        limits.maxNodes = 50;
        QByteArray many;
        for (int i = 0; i < 20; ++i)
            many += "let a" + QByteArray::number(i) + " = close + 1\n";
        const CompileResult tooMany = compileRules(QByteArray(many + "buy when a0 > 0"), limits);
        QVERIFY(!tooMany.ok());
        QVERIFY2(tooMany.diagnostics.front().message.contains(QStringLiteral("more than 50 expression parts")),
                 qPrintable(tooMany.diagnostics.front().toString()));
    }

    void diagnosticsAreBoundedAndSorted()
    {
        QByteArray source;
        for (int i = 0; i < 200; ++i)
            source += "buy when (\n";
        const CompileResult r = compileRules(source);
        QCOMPARE(int(r.diagnostics.size()), Diagnostics::kMaxDiagnostics);
        for (std::size_t i = 0; i < r.diagnostics.size(); ++i) {
            QCOMPARE(r.diagnostics[i].line, int(i) + 1);
            QCOMPARE(r.diagnostics[i].column, 11);
        }
        // Problems of several kinds on several lines: all of them, in order of position.
        const CompileResult mixed = compile("buy when smaa(close, 3) > 0\nsell when 1 +\nshort when fast\n");
        QCOMPARE(diagnosticsText(mixed),
                 QStringLiteral("1:10: error: unknown function 'smaa' — did you mean 'sma'?\n"
                                "2:14: error: expected an expression, found the end of the line\n"
                                "3:12: error: unknown name 'fast'"));
    }

    void columnsCountCharactersNotBytes()
    {
        const CompileResult r = compile("param k = 2 in 1..3 \"Width (σσσ)\" ?\nbuy when true");
        QCOMPARE(diagnosticsText(r), QStringLiteral("1:35: error: expected an operator or the end of the line, found '?'"));
    }

    void editDistanceSuggestsNearNamesOnly()
    {
        QCOMPARE(editDistance(u"smaa", u"sma"), 1);
        QCOMPARE(editDistance(u"kitten", u"sitting"), 3);
        QCOMPARE(editDistance(u"fsat", u"fast"), 1); // a swap of neighbours is one edit
        QCOMPARE(editDistance(u"", u"abc"), 3);
        const QStringList names{QStringLiteral("sma"), QStringLiteral("ema"), QStringLiteral("macd")};
        QCOMPARE(closestName(u"smaa", names), QStringLiteral("sma"));
        QCOMPARE(closestName(u"mcad", names), QStringLiteral("macd"));
        QCOMPARE(closestName(u"xyz", names), QString());
        QCOMPARE(closestName(u"sma", names), QString()); // itself is no suggestion
    }

    void goldenCorpusOfBrokenFiles()
    {
        // Every file under tests/data/rules/errors has its exact expected diagnostics beside it.
        const QDir dir(test::fixture(QStringLiteral("rules/errors")));
        const QStringList files = dir.entryList({QStringLiteral("*.rule")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 60, qPrintable(QStringLiteral("%1 broken files; the corpus needs at least 60")
                                                    .arg(files.size())));
        QStringList failures;
        for (const QString &file : files) {
            const QString expectedPath = dir.filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".expected"));
            if (!QFile::exists(expectedPath)) {
                failures << file + QStringLiteral(": no .expected file");
                continue;
            }
            const QString expected = QString::fromUtf8(readFile(expectedPath)).trimmed();
            const CompileResult r = compileRules(readFile(dir.filePath(file)));
            QVERIFY2(!r.ok() || !r.diagnostics.empty(), qPrintable(file));
            const QString actual = diagnosticsText(r);
            if (expected.isEmpty())
                failures << file + QStringLiteral(": empty .expected");
            else if (actual != expected)
                failures << QStringLiteral("%1:\n  expected: %2\n  actual:   %3")
                                .arg(file, QString(expected).replace(u'\n', QStringLiteral("\n            ")),
                                     QString(actual).replace(u'\n', QStringLiteral("\n            ")));
            if (r.ok())
                failures << file + QStringLiteral(": compiled without an error");
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestRulesCompile)
#include "tst_rules_compile.moc"
