// `ml SYMBOL [--features SPEC,...] [--model rf|gbt] [--horizon 1]
// [--eval shuffled|chronological|purged|walkforward] [--test-fraction 0.25] [--seed N] [--json OUT]`
// (CLI.md "ml") plus --param (the model's hyper-parameters), --folds and --embargo (purged),
// --train-window, --refit-every and --rolling (walkforward), --from and --to: trains and
// evaluates a direction classifier. The work is core's ml::evaluate, as in the ML Lab.

#include "Cli.h"
#include "commands/BacktestOptions.h"

#include "ml/Evaluation.h"
#include "ml/EvaluationOutput.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rutile::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::MlCommand)
};

// "sma:50,sma:200,macd:12,26,9": specs separated by commas, a piece that starts with a digit
// belonging to the spec before it (macd's 26 and 9).
QStringList featureList(const QStringList &values)
{
    QStringList out;
    for (const QString &value : values) {
        for (const QString &piece : value.split(QLatin1Char(','))) {
            if (!out.isEmpty() && !piece.isEmpty() && (piece.front().isDigit() || piece.front() == u'-' || piece.front() == u'.'))
                out.back() += QLatin1Char(',') + piece;
            else if (!piece.trimmed().isEmpty())
                out << piece.trimmed();
        }
    }
    return out;
}

Result<int> intOption(Context &ctx, const char *name, int low, int high)
{
    const QString text = ctx.parser.value(QLatin1String(name));
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < low || v > high)
        return Error::invalidArgument(Text::tr("--%1: expected a whole number in [%2, %3], found '%4'")
                                          .arg(QLatin1String(name))
                                          .arg(low)
                                          .arg(high)
                                          .arg(text));
    return v;
}

void printSummary(Context &ctx, const QJsonObject &j)
{
    QTextStream &out = ctx.out();
    out << Text::tr("%1, %2 on %3 rows (%4 train, %5 test, %6 to %7), %8 evaluation")
               .arg(j.value(QStringLiteral("symbol")).toString(), j.value(QStringLiteral("model")).toString())
               .arg(j.value(QStringLiteral("rows")).toInteger())
               .arg(j.value(QStringLiteral("train_rows")).toInteger())
               .arg(j.value(QStringLiteral("test_rows")).toInteger())
               .arg(j.value(QStringLiteral("test_first_date")).toString(), j.value(QStringLiteral("test_last_date")).toString(),
                    j.value(QStringLiteral("eval")).toString())
        << Qt::endl;
    for (const char *key : {"accuracy", "baseline_accuracy", "edge_vs_baseline", "p_value", "balanced_accuracy", "auc", "log_loss"}) {
        const QJsonValue v = j.value(QLatin1String(key));
        out << QStringLiteral("  %1 %2").arg(QLatin1String(key), -18).arg(v.isDouble() ? summaryNumber(v.toDouble()) : QStringLiteral("n/a"), 10)
            << Qt::endl;
    }
    const QJsonObject importance = j.value(QStringLiteral("feature_importance")).toObject();
    for (auto it = importance.begin(); it != importance.end(); ++it)
        out << QStringLiteral("  importance %1 %2").arg(it.key(), -22).arg(summaryNumber(it.value().toDouble()), 10) << Qt::endl;
    for (const QJsonValue &w : j.value(QStringLiteral("warnings")).toArray())
        ctx.warn(w.toString());
}

int runMlCommand(Context &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 1)
        return ctx.usage(Text::tr("ml takes one symbol, found %1 arguments").arg(args.size()));
    const auto symbol = ctx.symbolArgument(args.front());
    if (!symbol)
        return ctx.fail(symbol.error());
    ml::EvaluationRequest request;
    if (ctx.parser.isSet(QStringLiteral("features")))
        request.features = featureList(ctx.parser.values(QStringLiteral("features")));
    if (ctx.parser.isSet(QStringLiteral("model"))) {
        const auto model = ml::modelFromName(ctx.parser.value(QStringLiteral("model")));
        if (!model)
            return ctx.usage(Text::tr("--model: expected rf or gbt, found '%1'").arg(ctx.parser.value(QStringLiteral("model"))));
        request.model = *model;
    }
    if (ctx.parser.isSet(QStringLiteral("eval"))) {
        const auto method = ml::evaluationFromName(ctx.parser.value(QStringLiteral("eval")));
        if (!method)
            return ctx.usage(Text::tr("--eval: expected shuffled, chronological, purged or walkforward, found '%1'")
                                 .arg(ctx.parser.value(QStringLiteral("eval"))));
        request.method = *method;
    }
    const auto params = parseAssignments(ml::modelParamSpecs(request.model), ctx.parser.values(QStringLiteral("param")));
    if (!params)
        return ctx.fail(params.error());
    request.modelParams = *params;
    const struct {
        const char *name;
        int low, high;
        int *into;
    } numbers[] = {{"horizon", 1, 250, &request.horizon}, {"folds", 2, 50, &request.folds}, {"embargo", 0, 1000, &request.embargo}};
    for (const auto &n : numbers) {
        if (!ctx.parser.isSet(QLatin1String(n.name)))
            continue;
        const auto v = intOption(ctx, n.name, n.low, n.high);
        if (!v)
            return ctx.fail(v.error());
        *n.into = *v;
    }
    for (const auto &[name, into] : {std::pair{"train-window", &request.walkForward.initialTrain},
                                     std::pair{"refit-every", &request.walkForward.refitEvery}}) {
        if (!ctx.parser.isSet(QLatin1String(name)))
            continue;
        const auto v = intOption(ctx, name, 20, 100000);
        if (!v)
            return ctx.fail(v.error());
        *into = std::size_t(*v);
    }
    request.walkForward.expanding = !ctx.parser.isSet(QStringLiteral("rolling"));
    if (ctx.parser.isSet(QStringLiteral("seed"))) {
        const auto seed = intOption(ctx, "seed", 0, 2147483647);
        if (!seed)
            return ctx.fail(seed.error());
        request.seed = std::uint64_t(*seed);
        if (!request.modelParams.contains(u"seed"))
            request.modelParams.set(QStringLiteral("seed"), *seed); // one seed for the split and the model
    }
    if (ctx.parser.isSet(QStringLiteral("test-fraction"))) {
        bool ok = false;
        request.testFraction = ctx.parser.value(QStringLiteral("test-fraction")).toDouble(&ok);
        if (!ok || !(request.testFraction > 0 && request.testFraction < 1))
            return ctx.usage(Text::tr("--test-fraction: expected a number in (0, 1), found '%1'")
                                 .arg(ctx.parser.value(QStringLiteral("test-fraction"))));
    }
    const auto threads = readThreads(ctx);
    if (!threads)
        return ctx.fail(threads.error());
    request.threads = *threads;
    const auto from = ctx.dateOption(QStringLiteral("from"));
    const auto to = ctx.dateOption(QStringLiteral("to"));
    if (!from || !to)
        return ctx.fail((from ? to : from).error());

    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const auto bars = (*workspace)->readBars(*symbol, *from, *to);
    if (!bars)
        return ctx.fail(bars.error());
    const auto evaluation = ml::evaluate(*bars, request);
    if (!evaluation)
        return ctx.fail(evaluation.error());
    const QJsonObject document = ml::evaluationJson(*evaluation, request, *symbol);
    bool stdoutTaken = false;
    if (Status s = ctx.writeJsonOption(document, stdoutTaken); !s)
        return ctx.fail(s.error());
    if (!stdoutTaken)
        printSummary(ctx, document);
    return Success;
}

} // namespace

Command mlCommand()
{
    return Command{
        QStringLiteral("ml"),
        Text::tr("Train and evaluate a next-days direction classifier (random forest or boosted trees), beside its baseline."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("SYMBOL"), Text::tr("The symbol whose bars give the rows."));
            p.addOptions({
                {QStringLiteral("features"),
                 Text::tr("Features, comma separated or repeated: indicator specs (sma:50, macd:12,26,9.signal), ret:N, "
                          "ratio:SPEC, lag:K:FEATURE (default sma:50,sma:200,rsi:14,macd:12,26,9)."),
                 Text::tr("SPEC,...")},
                {QStringLiteral("model"), Text::tr("rf (random forest, default) or gbt (boosted trees)."), Text::tr("NAME")},
                {QStringLiteral("param"),
                 Text::tr("A model hyper-parameter as name=value (repeatable): rf trees, max_depth, min_samples, "
                          "features_per_split, seed; gbt rounds, max_depth, eta, subsample, seed."),
                 Text::tr("K=V")},
                {QStringLiteral("horizon"), Text::tr("Label: up over this many bars (default 1)."), Text::tr("H")},
                {QStringLiteral("eval"),
                 Text::tr("shuffled (leaky), chronological (default), purged (k-fold with an embargo) or walkforward."),
                 Text::tr("METHOD")},
                {QStringLiteral("test-fraction"), Text::tr("Test rows of shuffled and chronological (default 0.25)."), Text::tr("F")},
                {QStringLiteral("seed"), Text::tr("Seed of the split and the model (default 1)."), Text::tr("N")},
                {QStringLiteral("folds"), Text::tr("purged: folds (default 5)."), Text::tr("K")},
                {QStringLiteral("embargo"), Text::tr("purged: bars after a test fold left out of training (default: the horizon)."), Text::tr("N")},
                {QStringLiteral("train-window"), Text::tr("walkforward: rows before the first test block (default 252)."), Text::tr("N")},
                {QStringLiteral("refit-every"), Text::tr("walkforward: test rows per model (default 252)."), Text::tr("N")},
                {QStringLiteral("rolling"), Text::tr("walkforward: train on the last --train-window rows only (default: all before).")},
                {QStringLiteral("threads"), Text::tr("The models' threads (default: the library's); results do not depend on it."), Text::tr("N")},
                {QStringLiteral("from"), Text::tr("First date of the bars (YYYY-MM-DD)."), Text::tr("D")},
                {QStringLiteral("to"), Text::tr("Last date of the bars (YYYY-MM-DD)."), Text::tr("D")},
                {QStringLiteral("json"), Text::tr("Write the results as JSON to OUT ('-' for stdout)."), Text::tr("OUT")},
            });
        },
        runMlCommand,
        {QStringLiteral("json")},
    };
}

} // namespace rutile::cli
