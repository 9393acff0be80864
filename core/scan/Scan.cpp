#include "scan/Scan.h"

#include "backtest/BacktestData.h"
#include "backtest/Backtester.h"
#include "rules/Compiler.h"
#include "rules/ColumnEvaluator.h"
#include "storage/ParallelBarReader.h"
#include "storage/Workspace.h"
#include "trading/MarketData.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <cmath>
#include <limits>
#include <utility>

namespace rutile::scan {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::scan::Scan)
};

// The expression becomes the one `let` of a rule file, on its first line, so diagnostics are
// moved back by the prefix's length to point into what the user wrote. The compiler refuses a
// file that would never trade, so a rule that reads nothing of the expression follows it.
constexpr QLatin1StringView kLetPrefix("let scan_value = ");
constexpr QLatin1StringView kRuleLine("\nbuy when close > 0\n");

// One symbol's outcome: a row, the reason it has none, or the filter left it out.
struct Outcome {
    std::optional<ScanRow> row;
    QString skip;
    bool filteredOut = false;
};

// The value of `e` on the last bar of `data`, or why there is none.
Result<double> lastValue(const ScanExpression &e, const trading::MarketData &data)
{
    rules::ColumnEvaluator evaluator(*e.program, data, ParamValues());
    const auto column = evaluator.view(e.node);
    if (!column)
        return column.error();
    return column->at(data.size() - 1);
}

// Why a value cannot be ranked or tested, or empty when it can.
QString undefinedReason(double v, std::size_t bars, const QString &what)
{
    if (std::isnan(v))
        return Text::tr("%1 is undefined on its last bar (too few of its %2 bars, or 0/0)").arg(what).arg(bars);
    if (!std::isfinite(v))
        return Text::tr("%1 is infinite on its last bar (a division by zero)").arg(what);
    return {};
}

/// One symbol's row. `control`'s cancellation reaches into the symbol's backtest or grid (an
/// ml_signal strategy trains models for seconds); its progress is the scan's, not told here.
Outcome evaluate(const ScanRequest &request, BarSeries &&bars, const TaskControl &control)
{
    Outcome out;
    const QString symbol = bars.symbol;
    const DayNumber last = bars.day.back();
    const std::size_t n = bars.size();
    const trading::MarketData data(std::move(bars));
    if (request.filter) {
        const auto passes = lastValue(*request.filter, data);
        if (!passes) {
            out.skip = passes.error().message;
            return out;
        }
        if (QString why = undefinedReason(*passes, n, Text::tr("the filter")); !why.isEmpty()) {
            out.skip = why;
            return out;
        }
        if (*passes == 0) {
            out.filteredOut = true;
            return out;
        }
    }
    ScanRow row;
    row.date = toDate(last);
    if (request.expression) {
        const auto value = lastValue(*request.expression, data);
        if (!value) {
            out.skip = value.error().message;
            return out;
        }
        if (QString why = undefinedReason(*value, n, Text::tr("the expression")); !why.isEmpty()) {
            out.skip = why;
            return out;
        }
        row.value = *value;
    } else {
        auto range = backtest::tradedRange(data, request.from, symbol);
        if (!range) {
            out.skip = range.error().message;
            return out;
        }
        range->isCancellationRequested = control.isCancellationRequested;
        range->keepCurves = false;
        range->keepTrades = false;
        range->keepOrders = false;
        range->compareBuyAndHold = false;
        if (!request.grid.axes.empty()) {
            // One symbol's grid on this reading thread: the threads are busy with other symbols.
            backtest::OptimizerConfig optimizer;
            optimizer.objective = request.objective;
            optimizer.threads = 1;
            TaskControl stopOnly; // the grid's own progress is not the scan's
            stopOnly.isCancellationRequested = control.isCancellationRequested;
            const auto grid = backtest::optimize(data, *request.strategy, request.grid, request.config, optimizer, *range,
                                                 stopOnly);
            if (!grid) {
                out.skip = grid.error().message;
                return out;
            }
            const backtest::GridPointResult *best = grid->bestPoint();
            if (!best) {
                out.skip = Text::tr("no point of the grid ran: %1").arg(grid->firstSkipReason);
                return out;
            }
            row.performance = best->performance;
            row.trades = best->trades;
            row.params = best->params;
            row.value = best->value;
            row.gridPoints = grid->results.size();
            for (const backtest::GridPointResult &point : grid->results) {
                const double sharpe = point.performance.dailySharpe;
                ++row.trials.points;
                if (std::isfinite(sharpe)) { // a point that never traded is a trial without a Sharpe ratio
                    ++row.trials.defined;
                    row.trials.sum += sharpe;
                    row.trials.sumOfSquares += sharpe * sharpe;
                }
            }
        } else {
            const auto result = backtest::runBacktest(data, *request.strategy, request.params, request.config, *range);
            if (!result) {
                out.skip = result.error().message;
                return out;
            }
            row.performance = result->performance;
            row.trades = result->tradeStats;
        }
    }
    // Columns are shown, not ranked: an undefined one is a blank cell, not a skip.
    for (const ScanColumn &c : request.columns) {
        const auto value = lastValue(c.expression, data);
        row.columns.push_back(value && std::isfinite(*value) ? *value : std::numeric_limits<double>::quiet_NaN());
    }
    out.row = std::move(row);
    return out;
}

} // namespace

bool ranksBefore(double score, qsizetype position, double otherScore, qsizetype otherPosition)
{
    const bool defined = std::isfinite(score), otherDefined = std::isfinite(otherScore);
    if (defined != otherDefined)
        return defined;
    if (defined && score != otherScore)
        return score > otherScore;
    return position < otherPosition;
}

Result<ScanExpression> compileScanExpression(const QString &text, std::vector<rules::Diagnostic> *diagnostics)
{
    if (text.trimmed().isEmpty())
        return Error::invalidArgument(Text::tr("the scan expression is empty"));
    if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
        return Error::invalidArgument(Text::tr("a scan expression is one line"));
    const QByteArray source = (kLetPrefix + text + kRuleLine).toUtf8();
    rules::CompileResult compiled = rules::compileRules(source);
    if (!compiled.ok()) {
        std::vector<rules::Diagnostic> moved = compiled.diagnostics;
        for (rules::Diagnostic &d : moved)
            d.column = std::max(1, d.column - int(kLetPrefix.size()));
        if (diagnostics)
            *diagnostics = moved;
        Error e = Error::invalidArgument(moved.empty() ? Text::tr("not an expression") : moved.front().message);
        if (!moved.empty()) {
            e.line = moved.front().line;
            e.column = moved.front().column;
        }
        return e;
    }
    const rules::Program &program = *compiled.program;
    if (!program.params.empty() || program.tree.lets.size() != 1 || program.rulesOf(rules::RuleKind::Buy).size() != 1)
        return Error::invalidArgument(Text::tr("a scan expression is one expression, not statements"));
    ScanExpression out;
    out.text = text;
    out.node = program.tree.lets.front().expr;
    out.condition = program.info[std::size_t(out.node)].type == rules::ValueType::Condition;
    out.program = std::move(compiled.program);
    return out;
}

Result<ScanColumn> parseScanColumn(const QString &text, std::vector<rules::Diagnostic> *diagnostics)
{
    static const QRegularExpression kName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,31}$"));
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    const QString name = text.left(std::max<qsizetype>(equals, 0)).trimmed();
    if (equals < 0 || !kName.match(name).hasMatch())
        return Error::invalidArgument(Text::tr("a column is NAME=EXPRESSION, with a NAME of up to 32 letters, digits "
                                               "and '_' (not starting with a digit), not '%1'")
                                          .arg(text));
    const QString expression = text.mid(equals + 1);
    auto compiled = compileScanExpression(expression, diagnostics);
    if (!compiled) {
        // Columns of the whole text, not of the part after '='.
        Error e = compiled.error();
        const int offset = int(QStringView(text).left(equals + 1).toUcs4().size());
        if (e.column > 0)
            e.column += offset;
        if (diagnostics) {
            for (rules::Diagnostic &d : *diagnostics)
                d.column += offset;
        }
        return e;
    }
    return ScanColumn{name, std::move(*compiled)};
}

Result<ScanResult> runScan(const QString &path, const ScanRequest &request, const TaskControl &control)
{
    if (request.expression.has_value() == (request.strategy != nullptr))
        return Error::invalidArgument(Text::tr("a scan evaluates an expression or backtests a strategy: give one"));
    if (Status s = request.shard.validate(); !s)
        return s.error();
    if (!request.grid.axes.empty()) {
        if (!request.strategy)
            return Error::invalidArgument(Text::tr("a grid optimises a strategy's parameters: give a strategy"));
        if (Status s = backtest::validate(request.grid, request.strategy->params); !s)
            return s.error();
    }
    if (request.filter && !request.filter->condition)
        return Error::invalidArgument(Text::tr("the filter must be a condition (true or false), such as close > sma(close, 200)"));
    QStringList names;
    for (const ScanColumn &c : request.columns) {
        if (names.contains(c.name))
            return Error::invalidArgument(Text::tr("two columns are called %1").arg(c.name));
        names << c.name;
    }
    if (request.from.isValid() && request.to.isValid() && request.from > request.to)
        return Error::invalidArgument(Text::tr("the start date %1 is after the end date %2")
                                          .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)));
    ScanResult out;
    out.listSize = request.symbols.size();
    const auto [first, last] = request.shard.range(std::size_t(out.listSize));
    out.first = qsizetype(first);
    out.last = qsizetype(last);

    auto workspace = Workspace::open(path, WorkspaceAccess::Read);
    if (!workspace)
        return workspace.error();
    const auto cached = (*workspace)->readSymbols();
    if (!cached)
        return cached.error();
    QHash<QString, const SymbolInfo *> bySymbol;
    for (const SymbolInfo &info : *cached) {
        if (info.bars > 0)
            bySymbol.insert(info.symbol, &info);
    }
    // An expression is read on the scan's day: the day most of the list's histories end on (up
    // to --to), over the whole list so that every shard agrees; the most common, so that one
    // symbol updated today does not make the rest look old. A symbol whose history ends more
    // than kStaleDays before it (delisted, or not brought up to date) would put an old value
    // beside today's: skipped. Fewer days behind (a holiday, a day's lag) it is read as it is.
    QDate scanDay;
    if (request.expression) {
        std::map<QDate, int> endings;
        for (const QString &symbol : request.symbols) {
            if (const SymbolInfo *info = bySymbol.value(symbol))
                ++endings[request.to.isValid() ? std::min(info->lastDate, request.to) : info->lastDate];
        }
        int most = 0;
        for (const auto &[day, count] : endings) {
            if (count >= most) { // ties: the later day
                most = count;
                scanDay = day;
            }
        }
        out.scanDay = scanDay;
    }

    std::vector<qsizetype> positions; // of the symbols read, in the whole list
    QStringList toRead;
    for (qsizetype p = out.first; p < out.last; ++p) {
        const QString &symbol = request.symbols[p];
        const SymbolInfo *info = bySymbol.value(symbol);
        if (!info) {
            out.skipped.push_back({symbol, p, Text::tr("not in the workspace")});
        } else if (scanDay.isValid() && info->lastDate.daysTo(scanDay) > kStaleDays) {
            out.skipped.push_back({symbol, p, Text::tr("its history ends on %1, more than %2 days before the scan's day %3")
                                                  .arg(info->lastDate.toString(Qt::ISODate))
                                                  .arg(kStaleDays)
                                                  .arg(scanDay.toString(Qt::ISODate))});
        } else {
            positions.push_back(p);
            toRead.push_back(symbol);
        }
    }

    std::vector<Outcome> outcomes(positions.size());
    ParallelReadOptions options;
    options.threads = request.threads;
    // Neither the rule language nor the engine reads adjusted closes; decoding is most of a scan.
    options.columns = Workspace::AllColumns & ~unsigned(Workspace::AdjClose);
    const Status read = readBarsInParallel(
        path, toRead, options, control, [&](const Workspace &, qsizetype k, BarSeries &&bars) -> Status {
            if (request.to.isValid())
                bars = bars.between({}, request.to);
            if (request.from.isValid() && request.expression)
                bars = bars.between(request.from, {});
            Outcome &o = outcomes[std::size_t(k)];
            if (bars.empty()) {
                o.skip = Text::tr("no bars between the dates given");
                return {};
            }
            const std::size_t recent = std::min(bars.size(), kRecentCloses);
            std::vector<double> closes(bars.close.end() - std::ptrdiff_t(recent), bars.close.end());
            o = evaluate(request, std::move(bars), control);
            if (!o.row && !o.filteredOut && control.cancelled())
                return Error::cancelled(); // stopped inside the symbol: no row, and not a skip
            if (o.row)
                o.row->recentCloses = std::move(closes);
            return {};
        });
    if (!read)
        return read.error();

    for (std::size_t k = 0; k < outcomes.size(); ++k) {
        const qsizetype p = positions[k];
        if (outcomes[k].row) {
            ScanRow row = std::move(*outcomes[k].row);
            row.symbol = request.symbols[p];
            row.position = p;
            out.rows.push_back(std::move(row));
        } else if (outcomes[k].filteredOut) {
            out.filteredOut.push_back({request.symbols[p], p});
        } else {
            out.skipped.push_back({request.symbols[p], p, outcomes[k].skip});
        }
    }
    std::sort(out.skipped.begin(), out.skipped.end(),
              [](const ScanSkip &a, const ScanSkip &b) { return a.position < b.position; });
    const bool bySharpe = request.strategy != nullptr && request.grid.axes.empty();
    std::sort(out.rows.begin(), out.rows.end(), [bySharpe](const ScanRow &a, const ScanRow &b) {
        return bySharpe ? ranksBefore(a.performance.sharpe, a.position, b.performance.sharpe, b.position)
                        : ranksBefore(a.value, a.position, b.value, b.position);
    });
    return out;
}

} // namespace rutile::scan
