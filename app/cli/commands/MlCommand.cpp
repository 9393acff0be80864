// `ml SYMBOL [--features SPEC,...] [--model rf|gbt] [--horizon 1]
// [--eval shuffled|chronological|purged|walkforward] [--test-fraction 0.25] [--seed N] [--json OUT]`
// (CLI.md "ml") plus --param (the model's hyper-parameters), --folds and --embargo (purged),
// --train-window, --refit-every and --rolling (walkforward), --from and --to: trains and
// evaluates a direction classifier. The work is core's ml::evaluate, as in the ML Lab.
// --save-model NAME then trains the same model on every row and keeps it in the workspace;
// `ml SYMBOL --saved NAME` loads a kept model and predicts the symbol's latest bar with it.

#include "Cli.h"
#include "journal/RunEntries.h"
#include "commands/BacktestOptions.h"

#include "ml/Evaluation.h"
#include "ml/EvaluationOutput.h"
#include "ml/EvaluationParams.h"
#include "ml/SavedModel.h"
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

QJsonObject latestJson(const ml::LatestPrediction &p)
{
    return {{QStringLiteral("date"), jsonDate(toDate(p.day))}, {QStringLiteral("probability"), jsonNumber(p.probability)}};
}

/// The model kept as --saved, its description and its prediction of `symbol`'s latest bar.
int runSavedModel(Context &ctx, const QString &symbol)
{
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const QString name = ctx.parser.value(QStringLiteral("saved"));
    const auto model = ml::loadTrainedModel(**workspace, name);
    if (!model)
        return ctx.fail(model.error());
    const auto bars = (*workspace)->readBars(symbol);
    if (!bars)
        return ctx.fail(bars.error());
    const auto latest = ml::predictLatest(*model, *bars);
    if (!latest)
        return ctx.fail(latest.error());
    QJsonObject document = ml::modelDescriptionJson(*model);
    document.insert(QStringLiteral("name"), name);
    document.insert(QStringLiteral("applied_to"), symbol);
    document.insert(QStringLiteral("latest"), latestJson(*latest));
    bool stdoutTaken = false;
    if (Status s = ctx.writeJsonOption(document, stdoutTaken); !s)
        return ctx.fail(s.error());
    if (!stdoutTaken)
        ctx.out() << Text::tr("%1 (%2 on %3, %4 rows to %5): P(up over %6 bars after %7) = %8")
                         .arg(name, ml::modelName(model->kind), model->symbol)
                         .arg(model->rows)
                         .arg(toDate(model->lastDay).toString(Qt::ISODate))
                         .arg(model->horizon)
                         .arg(toDate(latest->day).toString(Qt::ISODate), summaryNumber(latest->probability))
                  << Qt::endl;
    return Success;
}

int runMlCommand(Context &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 1)
        return ctx.usage(Text::tr("ml takes one symbol, found %1 arguments").arg(args.size()));
    const auto symbol = ctx.symbolArgument(args.front());
    if (!symbol)
        return ctx.fail(symbol.error());
    if (ctx.parser.isSet(QStringLiteral("saved")))
        return runSavedModel(ctx, *symbol);
    const QString saveAs = ctx.parser.value(QStringLiteral("save-model"));
    if (ctx.parser.isSet(QStringLiteral("save-model")))
        if (Status s = ml::checkModelName(saveAs); !s)
            return ctx.fail(s.error());
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
    // The evaluation's options through their ParamSpecs (the ML Lab's form reads the same).
    const auto options = readSpecOptions(ctx, ml::evaluationParamSpecs());
    if (!options)
        return ctx.fail(options.error());
    ml::applyEvaluationParams(*options, request);
    if (options->contains(u"seed") && !request.modelParams.contains(u"seed"))
        request.modelParams.set(QStringLiteral("seed"), options->value(u"seed")); // one seed for the split and the model
    const auto threads = readThreads(ctx);
    if (!threads)
        return ctx.fail(threads.error());
    request.threads = *threads;
    const auto from = ctx.dateOption(QStringLiteral("from"));
    const auto to = ctx.dateOption(QStringLiteral("to"));
    if (!from || !to)
        return ctx.fail((from ? to : from).error());

    auto workspace = ctx.openWorkspace();
    if (workspace && !saveAs.isEmpty()) // an existing workspace (read above), now for writing
        workspace = Workspace::open(ctx.dbPath, WorkspaceAccess::OpenOrCreate);
    if (!workspace)
        return ctx.fail(workspace.error());
    const auto bars = (*workspace)->readBars(*symbol, *from, *to);
    if (!bars)
        return ctx.fail(bars.error());
    const auto evaluation = ml::evaluate(*bars, request);
    if (!evaluation)
        return ctx.fail(evaluation.error());
    QJsonObject document = ml::evaluationJson(*evaluation, request, *symbol);
    // --save-model: the same model on every row, kept; put back what was there if the output
    // then fails, so that a failed command changes nothing.
    std::optional<SavedModelRecord> previous;
    if (!saveAs.isEmpty()) {
        const auto model = ml::trainOnAllRows(*bars, request.features, request.horizon, request.model,
                                              request.modelParams, request.threads);
        if (!model)
            return ctx.fail(model.error());
        const auto latest = ml::predictLatest(*model, *bars);
        if (!latest)
            return ctx.fail(latest.error());
        QJsonObject saved = ml::modelDescriptionJson(*model);
        saved.insert(QStringLiteral("name"), saveAs);
        saved.insert(QStringLiteral("latest"), latestJson(*latest));
        document.insert(QStringLiteral("saved_model"), saved);
        previous = (*workspace)->savedModel(saveAs);
        if (Status s = ml::saveTrainedModel(**workspace, saveAs, *model); !s)
            return ctx.fail(s.error());
    }
    bool stdoutTaken = false;
    Status written = ctx.writeOutputOption(QStringLiteral("csv"), [&](QIODevice &d) {
        return ml::writePredictionsCsv(d, *evaluation);
    }, stdoutTaken);
    if (written)
        written = ctx.writeJsonOption(document, stdoutTaken);
    if (Status s = written; !s) {
        if (!saveAs.isEmpty())
            (void)(previous ? (*workspace)->saveModel(*previous) : (*workspace)->removeModel(saveAs));
        return ctx.fail(s.error());
    }
    if (!stdoutTaken)
        printSummary(ctx, document);
    (void)ctx.journal([&] { return journal::mlEntry(request, *bars, *from, *to, document); });
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
                {QStringLiteral("eval"),
                 Text::tr("shuffled (leaky), chronological (default), purged (k-fold with an embargo) or walkforward."),
                 Text::tr("METHOD")},
                {QStringLiteral("threads"), Text::tr("The models' threads (default: the library's); results do not depend on it."), Text::tr("N")},
                {QStringLiteral("from"), Text::tr("First date of the bars (YYYY-MM-DD)."), Text::tr("D")},
                {QStringLiteral("to"), Text::tr("Last date of the bars (YYYY-MM-DD)."), Text::tr("D")},
                {QStringLiteral("csv"),
                 Text::tr("Write the test rows' predictions as CSV to OUT ('-' for stdout): date, probability, "
                          "predicted, label, correct."),
                 Text::tr("OUT")},
                {QStringLiteral("save-model"),
                 Text::tr("Then train the model on every row and keep it in the workspace as NAME."), Text::tr("NAME")},
                {QStringLiteral("saved"),
                 Text::tr("Instead of training: load the model kept as NAME and predict SYMBOL's latest bar."), Text::tr("NAME")},
                {QStringLiteral("json"), Text::tr("Write the results as JSON to OUT ('-' for stdout)."), Text::tr("OUT")},
            });
            addSpecOptions(p, ml::evaluationParamSpecs());
        },
        runMlCommand,
        {QStringLiteral("json"), QStringLiteral("csv")},
        WorkspaceAccess::Read,
        true, // journals its run
    };
}

} // namespace rutile::cli
