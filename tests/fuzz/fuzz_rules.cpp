// libFuzzer target: the rule language, from source text to a backtest. Built with RUTILE_FUZZ=ON
// (Clang; libFuzzer + ASan + UBSan) and run by scripts/fuzz-parser.sh, seeded with
// examples/strategies and the error corpus tests/data/rules/errors.
//
// The input is the rule file's text (UTF-8 or not: the parser must cope). Besides memory errors
// and undefined behaviour, a broken promise of the compiler stops the run (abort, saved as a
// crash):
//   - a compile yields a program or diagnostics, never both and never neither;
//   - at most Diagnostics::kMaxDiagnostics diagnostics, sorted by line then column;
//   - each is one line, at a 1-based line and column inside the source (a column may point just
//     past a line's last character: "expected …, found the end of the line");
//   - an evaluation or backtest error is one line too, and when it names a place, that place is
//     inside the source.
// A program that compiles is evaluated column by column with its default parameters on a small
// synthetic market (two legs for a pairs program) and run through runBacktest(), the entry point
// the CLI, the GUI and the optimiser use.

#include "FuzzPromise.h"
#include "backtest/Backtester.h"
#include "data/SampleMarket.h"
#include "rules/ColumnEvaluator.h"
#include "rules/Compiler.h"
#include "rules/Parser.h"
#include "rules/RuleStrategy.h"
#include "trading/MarketData.h"
#include "util/Error.h"

#include <QDate>
#include <QString>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

using namespace rutile;
using fuzz::require;
using namespace rutile::rules;

namespace {

/// Longer inputs are cut here (scripts/fuzz-parser.sh also passes -max_len): a rule file's
/// bugs show in a few lines, and a short input keeps the rate high. The parser's own size
/// limit (1 MB) is covered by tst_rules_compile.
constexpr std::size_t kMaxInput = 4096;


/// About 300 bars of two correlated synthetic indices: enough for every default window of the
/// examples (the slowest is 200 bars), small enough to keep an evaluation cheap.
const SampleMarket &market()
{
    static const SampleMarket m = [] {
        SampleMarketModel model;
        model.firstDate = QDate(2024, 1, 1);
        model.lastDate = QDate(2025, 2, 28);
        return generateSampleMarket(model);
    }();
    return m;
}

/// Code points per line, as the parser counts columns (utf8Length): the extent a diagnostic's
/// position must fall in.
std::vector<int> lineLengths(QByteArrayView source)
{
    std::vector<int> lengths;
    const char *p = source.data();
    const char *end = p + source.size();
    for (;;) {
        const char *eol = std::find(p, end, '\n');
        lengths.push_back(utf8Length(p, eol));
        if (eol == end)
            break;
        p = eol + 1;
    }
    return lengths;
}

// Not instrumented for coverage: these check the code under test, they are not what the fuzzer
// explores.
__attribute__((no_sanitize("coverage"))) bool isOneLine(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0x2028 || u == 0x2029)
            return false;
    }
    return true;
}

__attribute__((no_sanitize("coverage"))) bool inside(const std::vector<int> &lines, qint64 line, int column)
{
    return line >= 1 && line <= qint64(lines.size()) && column >= 1 && column <= lines[std::size_t(line - 1)] + 1;
}

__attribute__((no_sanitize("coverage"))) void checkDiagnostics(const CompileResult &result,
                                                               const std::vector<int> &lines)
{
    require(result.ok() != !result.diagnostics.empty(), "a compile gives a program or diagnostics, not both");
    require(int(result.diagnostics.size()) <= Diagnostics::kMaxDiagnostics, "at most kMaxDiagnostics diagnostics");
    for (std::size_t i = 0; i < result.diagnostics.size(); ++i) {
        const Diagnostic &d = result.diagnostics[i];
        require(inside(lines, d.line, d.column), "a diagnostic's line and column are inside the source");
        require(isOneLine(d.toString(QStringLiteral("fuzz.rule"))), "a diagnostic is one line");
        if (i > 0) {
            const Diagnostic &p = result.diagnostics[i - 1];
            require(p.line < d.line || (p.line == d.line && p.column <= d.column),
                    "diagnostics are sorted by position");
        }
    }
}

__attribute__((no_sanitize("coverage"))) void checkError(const Error &error, const std::vector<int> &lines)
{
    require(isOneLine(error.toString()), "an error message is one line");
    if (error.line != 0 || error.column != 0)
        require(inside(lines, error.line, error.column), "an error's line and column are inside the source");
}

void evaluate(const std::shared_ptr<const Program> &program, const std::vector<int> &lines)
{
    const SampleMarket &m = market();
    Result<trading::MarketData> data = program->legs() == 1
        ? Result<trading::MarketData>(trading::MarketData(m.smallCap))
        : trading::MarketData::aligned({m.smallCap, m.largeCap});
    require(program->legs() <= 2, "a program has at most two legs");
    require(data.ok(), "the synthetic market aligns");

    const Result<ParamValues> values = resolve(program->params, {});
    require(values.ok(), "a program's defaults resolve");

    // Every expression the strategy reads, through the evaluator directly: its errors must point
    // into the source.
    {
        ColumnEvaluator evaluator(*program, *data, *values);
        std::vector<int> roots;
        for (const auto &kind : program->rules)
            roots.insert(roots.end(), kind.begin(), kind.end());
        for (const ExitRule &e : program->exits)
            roots.push_back(e.expr);
        roots.push_back(program->hedgeRatio);
        for (const int node : roots) {
            if (node < 0)
                continue;
            const Result<std::vector<double>> column = evaluator.column(node);
            if (!column) {
                checkError(column.error(), lines);
                continue;
            }
            require(column->size() == data->size(), "a column has one value per bar");
        }
    }

    // The engine's normal entry point, with a fresh cache so that no input depends on another.
    const strategy::StrategyDescriptor descriptor = ruleStrategyDescriptor(program, QStringLiteral("fuzz"));
    const Result<backtest::BacktestResult> run = backtest::runBacktest(*data, descriptor, *values, {});
    if (!run)
        checkError(run.error(), lines);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *bytes, std::size_t size)
{
    const QByteArrayView source(reinterpret_cast<const char *>(bytes), qsizetype(std::min(size, kMaxInput)));
    const std::vector<int> lines = lineLengths(source);
    const CompileResult result = compileRules(source);
    checkDiagnostics(result, lines);
    if (result.ok())
        evaluate(result.program, lines);
    return 0;
}
