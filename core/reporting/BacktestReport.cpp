#include "reporting/BacktestReport.h"

#include "journal/RunEntries.h"
#include "report/ReportFormat.h"
#include "reporting/CurveTables.h"
#include "reporting/RiskSections.h"
#include "risk/RiskAnalysis.h"
#include "risk/RiskJson.h"
#include "util/JsonNumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rutile::reporting {

using namespace report;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::reporting::BacktestReport)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QJsonValue at(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key));
}

std::vector<double> numbers(const QJsonValue &array)
{
    std::vector<double> out;
    for (const QJsonValue &v : array.toArray())
        out.push_back(v.isDouble() ? v.toDouble() : kNaN);
    return out;
}

std::vector<DayNumber> days(const QJsonValue &array)
{
    std::vector<DayNumber> out;
    for (const QJsonValue &v : array.toArray())
        out.push_back(toDayNumber(QDate::fromString(v.toString(), Qt::ISODate)));
    return out;
}

/// A JSON object's entries as facts (name, value as given).
ReportTable facts(const QJsonObject &o)
{
    ReportTable t;
    for (auto it = o.begin(); it != o.end(); ++it)
        t.rows.push_back({it.key(), plain(it.value())});
    return t;
}

QString monthName(int month)
{
    return QLocale(QLocale::English).standaloneMonthName(month, QLocale::ShortFormat);
}

void addProvenance(ReportDocument &doc, const RunRecord &e, const QJsonObject &results)
{
    const QJsonObject in = e.inputs;
    ReportSection &s = doc.section(Text::tr("Run"));
    ReportTable t;
    t.rows = {
        {Text::tr("Run"), e.id > 0 ? QStringLiteral("#%1").arg(e.id) : Text::tr("not journaled")},
        {Text::tr("Made"), e.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))},
        {Text::tr("Kind"), e.kind},
        {Text::tr("Rutile"), e.appVersion},
        {Text::tr("Strategy"), e.strategy},
        {Text::tr("Symbol"), at(in, "symbol").toString()},
    };
    if (!at(in, "pair").toString().isEmpty())
        t.rows.push_back({Text::tr("Hedge"), at(in, "pair").toString()});
    t.rows.push_back({Text::tr("Bars traded"), Text::tr("%1 to %2 (%3 bars)")
                                                   .arg(at(results, "first_date").toString(), at(results, "last_date").toString(),
                                                        count(at(results, "bars")))});
    t.rows.push_back({Text::tr("Benchmark"), at(in, "benchmark").toString().isEmpty() ? Text::tr("none")
                                                                                     : at(in, "benchmark").toString()});
    t.rows.push_back({Text::tr("Data fingerprint"), e.dataHash});
    s.table(t);
    s.paragraph(Text::tr("The fingerprint is the SHA-256 of every bar the run read; a run on changed data has "
                         "another one."));
}

void addStrategy(ReportDocument &doc, const RunRecord &e, const QJsonObject &params)
{
    ReportSection &s = doc.section(Text::tr("Strategy and parameters"));
    ReportTable p = facts(params);
    s.table(p, Text::tr("Parameters"));
    if (const QString source = at(e.inputs, "strategy_source").toString(); !source.isEmpty()) {
        s.paragraph(Text::tr("Rule file (SHA-256 %1):").arg(at(e.inputs, "strategy_sha256").toString()));
        s.code(source);
    }
    ReportSection &settings = doc.section(Text::tr("Engine settings"));
    settings.table(facts(at(e.inputs, "settings").toObject()));
}

void addHeadline(ReportDocument &doc, const QJsonObject &r)
{
    const QJsonObject bh = at(r, "buy_and_hold").toObject();
    const QJsonObject bench = at(r, "benchmark_performance").toObject();
    const bool hasBenchmark = !at(r, "benchmark").toString().isEmpty();
    ReportTable t;
    t.header = QStringList{Text::tr("Metric"), Text::tr("Strategy"), Text::tr("Buy and hold")};
    if (hasBenchmark)
        t.header << Text::tr("Benchmark (%1)").arg(at(r, "benchmark").toString());
    // Each figure titled and formatted by its key, as the journal shows it (report/ReportFormat).
    for (const char *name : {"final_equity", "total_return", "cagr", "annual_vol", "sharpe", "sortino", "calmar",
                             "max_drawdown", "exposure"}) {
        const QString key = QString::fromLatin1(name);
        QStringList cells{summaryTitle(key), summaryFigure(key, r.value(key)), summaryFigure(key, bh.value(key))};
        if (hasBenchmark)
            cells << summaryFigure(key, bench.value(key));
        t.rows.push_back(cells);
    }
    if (hasBenchmark) {
        t.rows.push_back({Text::tr("Beta to %1").arg(at(r, "benchmark").toString()), ratio(at(r, "beta")),
                          ratio(at(bh, "beta")), QStringLiteral("1.00")});
        t.rows.push_back({Text::tr("Alpha (annual)"), percent(at(r, "alpha")), percent(at(bh, "alpha")), percent(0.0)});
    }
    ReportSection &s = doc.section(Text::tr("Headline metrics"));
    s.table(t);
    for (const QJsonValue &w : at(r, "warnings").toArray())
        s.note(w.toObject().value(QStringLiteral("message")).toString());
}

void addCurves(ReportDocument &doc, const QJsonObject &curve, const QString &heading)
{
    const std::vector<DayNumber> d = days(at(curve, "date"));
    std::vector<double> x(d.begin(), d.end());
    ReportSection &s = doc.section(heading);
    ReportChart equity;
    equity.title = Text::tr("Equity");
    equity.yFormat = AxisFormat::Money;
    equity.x = x;
    equity.series.push_back({Text::tr("Strategy"), numbers(at(curve, "equity"))});
    if (curve.contains(QStringLiteral("buy_and_hold")))
        equity.series.push_back({Text::tr("Buy and hold"), numbers(at(curve, "buy_and_hold"))});
    if (curve.contains(QStringLiteral("benchmark")))
        equity.series.push_back({Text::tr("Benchmark"), numbers(at(curve, "benchmark"))});
    s.chart(equity);
    ReportChart drawdown;
    drawdown.kind = ReportChart::Kind::Area;
    drawdown.title = Text::tr("Drawdown");
    drawdown.yFormat = AxisFormat::Percent;
    drawdown.x = x;
    drawdown.series.push_back({Text::tr("Drawdown"), numbers(at(curve, "drawdown"))});
    s.chart(drawdown);
}

void addReturnsAndDrawdowns(ReportDocument &doc, const QJsonObject &curve)
{
    const std::vector<DayNumber> d = days(at(curve, "date"));
    const std::vector<double> equity = numbers(at(curve, "equity"));
    const std::vector<YearOfMonths> years = monthlyReturns(d, equity);

    ReportSection &s = doc.section(Text::tr("Monthly and yearly returns"));
    ReportTable heat;
    heat.header << Text::tr("Year");
    for (int m = 1; m <= 12; ++m)
        heat.header << monthName(m);
    heat.header << Text::tr("Year");
    ReportChart yearly;
    yearly.kind = ReportChart::Kind::Bars;
    yearly.title = Text::tr("Yearly returns");
    yearly.yFormat = AxisFormat::Percent;
    yearly.series.push_back({Text::tr("Return"), {}});
    for (const YearOfMonths &y : years) {
        QStringList cells{QString::number(y.year)};
        heat.heat.push_back(kNaN);
        for (double m : y.month) {
            cells << (std::isnan(m) ? QString() : percent(m, 1));
            heat.heat.push_back(m);
        }
        cells << percent(y.total, 1);
        heat.heat.push_back(y.total);
        heat.rows.push_back(cells);
        yearly.categories << QString::number(y.year);
        yearly.series.front().y.push_back(y.total);
    }
    s.table(heat, Text::tr("Monthly returns: the month's last equity over the previous month's, compounded into the year."));
    s.chart(yearly);

    ReportSection &dd = doc.section(Text::tr("Worst drawdowns"));
    ReportTable t;
    t.header = QStringList{Text::tr("Rank"), Text::tr("Peak"), Text::tr("Trough"), Text::tr("Recovery"), Text::tr("Depth"),
                           Text::tr("Length (bars)")};
    t.numbersFrom = 4;
    int rank = 0;
    for (const DrawdownRow &row : worstDrawdowns(d, equity, 5))
        t.rows.push_back({QString::number(++rank), toDate(row.peak).toString(Qt::ISODate),
                          toDate(row.trough).toString(Qt::ISODate),
                          row.recovered ? toDate(row.recovery).toString(Qt::ISODate) : Text::tr("not recovered"),
                          percent(row.depth), QString::number(row.bars)});
    if (t.rows.empty())
        dd.paragraph(Text::tr("The equity never fell below a previous high."));
    else
        dd.table(t);
}

void addTrades(ReportDocument &doc, const QJsonObject &r)
{
    ReportSection &s = doc.section(Text::tr("Trades"));
    ReportTable stats;
    stats.rows = {
        {Text::tr("Trades"), count(at(r, "trades"))},
        {Text::tr("Winners / losers"), count(at(r, "winners")) + QStringLiteral(" / ") + count(at(r, "losers"))},
        {Text::tr("Win rate"), percent(at(r, "win_rate"))},
        {Text::tr("Profit factor"), ratio(at(r, "profit_factor"))},
        {Text::tr("Expectancy per trade"), money(at(r, "expectancy"))},
        {Text::tr("Average win"), money(at(r, "avg_win"))},
        {Text::tr("Average loss"), money(at(r, "avg_loss"))},
        {Text::tr("Average bars held"), ratio(at(r, "avg_bars_held"), 1)},
        {Text::tr("Net profit"), money(at(r, "net_profit"))},
        {Text::tr("Total commission"), money(at(r, "total_commission"))},
    };
    s.table(stats, Text::tr("Trade statistics"));
    const QJsonArray list = at(r, "trade_list").toArray();
    if (list.isEmpty())
        return;
    ReportTable t;
    t.header = QStringList{Text::tr("#"), Text::tr("Symbol"), Text::tr("Side"), Text::tr("Entry"), Text::tr("Entry price"),
                           Text::tr("Exit"), Text::tr("Exit price"), Text::tr("Size"), Text::tr("P&L"), Text::tr("Exit reason")};
    t.numbersFrom = 4;
    int n = 0;
    for (const QJsonValue &v : list) {
        const QJsonObject tr = v.toObject();
        t.rows.push_back({QString::number(++n), at(tr, "symbol").toString(), at(tr, "side").toString(),
                          at(tr, "entry_date").toString(), money(at(tr, "entry_price")), at(tr, "exit_date").toString(),
                          money(at(tr, "exit_price")), ratio(at(tr, "size"), 2), money(at(tr, "pnl")),
                          at(tr, "exit_reason").toString()});
    }
    s.table(t, Text::tr("Trade list"));
}

void addEquityRisk(ReportDocument &doc, const QJsonObject &curve)
{
    ReportSection &s = doc.section(Text::tr("Risk of the equity curve"));
    risk::DatedSeries equity{Text::tr("Equity"), days(at(curve, "date")), numbers(at(curve, "equity"))};
    const auto analysis = risk::analyseRisk(equity, risk::RiskOptions{}, nullptr);
    if (!analysis) {
        s.note(Text::tr("Not available: %1").arg(analysis.error().message));
        return;
    }
    const QJsonObject r = risk::riskReportToJson(*analysis);
    s.paragraph(Text::tr("Daily log returns of the equity curve, with the risk analysis' default options (as "
                         "`rutile-cli risk` computes them for a symbol)."));
    s.table(summaryStatisticsTable(r), Text::tr("Summary statistics"));
    s.table(riskMeasuresTable(r), Text::tr("Risk measures"));
    s.table(tailsTable(r), Text::tr("Extreme-value tails (peaks over threshold)"));
}

void addGridSearch(ReportDocument &doc, const QJsonObject &r)
{
    ReportSection &s = doc.section(Text::tr("Grid search"));
    const QJsonObject best = at(r, "best").toObject();
    ReportTable t;
    t.rows = {
        {Text::tr("Objective"), at(r, "objective").toString()},
        {Text::tr("Points evaluated"), count(at(r, "evaluated"))},
        {Text::tr("Points skipped"), count(at(r, "skipped"))},
        {Text::tr("Best value"), ratio(at(best, "value"), 4)},
    };
    const QJsonObject bestParams = at(best, "params").toObject();
    for (auto it = bestParams.begin(); it != bestParams.end(); ++it)
        t.rows.push_back({Text::tr("Best %1").arg(it.key()), plain(it.value())});
    s.table(t);
    const QJsonObject dsr = at(r, "deflated_sharpe").toObject();
    if (!dsr.isEmpty()) {
        const QString verdict = Text::tr("Deflated Sharpe ratio of the best point: probability %1 over %2 trials, at %3 "
                                         "confidence: %4")
                                    .arg(ratio(at(dsr, "probability"), 3), count(at(dsr, "trials")),
                                         percent(at(dsr, "confidence"), 0),
                                         at(dsr, "significant").toBool()
                                             ? Text::tr("significant")
                                             : Text::tr("NOT significant; the optimum may be luck"));
        at(dsr, "significant").toBool() ? s.paragraph(verdict) : s.note(verdict);
    }
    // The heat map of a two-parameter grid: the first axis down, the second across.
    const QJsonArray grid = at(r, "grid").toArray();
    if (grid.size() != 2)
        return;
    const QString rowName = grid[0].toObject().value(QStringLiteral("name")).toString();
    const QString colName = grid[1].toObject().value(QStringLiteral("name")).toString();
    const std::vector<double> rowValues = numbers(grid[0].toObject().value(QStringLiteral("values")));
    const std::vector<double> colValues = numbers(grid[1].toObject().value(QStringLiteral("values")));
    std::vector<double> cells(rowValues.size() * colValues.size(), kNaN);
    for (const QJsonValue &v : at(r, "results").toArray()) {
        const QJsonObject p = v.toObject();
        const std::size_t index = std::size_t(at(p, "index").toInteger());
        if (index < cells.size())
            cells[index] = numberOrNaN(at(p, "value"));
    }
    double scale = 0;
    for (double c : cells)
        if (std::isfinite(c))
            scale = std::max(scale, std::abs(c));
    ReportTable heat;
    heat.header << QStringLiteral("%1 \\ %2").arg(rowName, colName);
    for (double c : colValues)
        heat.header << QString::number(c, 'g', 6);
    heat.heatScale = scale > 0 ? scale : 1;
    for (std::size_t i = 0; i < rowValues.size(); ++i) {
        QStringList row{QString::number(rowValues[i], 'g', 6)};
        heat.heat.push_back(kNaN);
        for (std::size_t j = 0; j < colValues.size(); ++j) {
            const double c = cells[i * colValues.size() + j];
            row << ratio(c, 3);
            heat.heat.push_back(c);
        }
        heat.rows.push_back(row);
    }
    s.table(heat, Text::tr("%1 over the grid (blank where a point was skipped)").arg(at(r, "objective").toString()));
}

void addWalkForward(ReportDocument &doc, const QJsonObject &r)
{
    ReportSection &s = doc.section(Text::tr("Walk-forward"));
    ReportTable t;
    t.rows = {
        {Text::tr("Objective"), at(r, "objective").toString()},
        {Text::tr("In-sample bars"), count(at(r, "in_sample_bars"))},
        {Text::tr("Out-of-sample bars"), count(at(r, "out_of_sample_bars"))},
        {Text::tr("Anchored"), plain(at(r, "anchored"))},
        {Text::tr("Walk-forward efficiency"), ratio(at(r, "efficiency"))},
    };
    s.table(t);
    ReportTable folds;
    folds.header = QStringList{Text::tr("Out of sample"), Text::tr("Parameters"), Text::tr("In-sample value"),
                               Text::tr("Out-of-sample CAGR"), Text::tr("Efficiency")};
    folds.numbersFrom = 2;
    for (const QJsonValue &v : at(r, "folds").toArray()) {
        const QJsonObject f = v.toObject();
        QStringList params;
        const QJsonObject p = at(f, "params").toObject();
        for (auto it = p.begin(); it != p.end(); ++it)
            params << it.key() + QLatin1Char('=') + plain(it.value());
        folds.rows.push_back({at(f, "out_of_sample_first").toString() + QStringLiteral(" – ") + at(f, "out_of_sample_last").toString(),
                              params.join(QLatin1Char(' ')), ratio(at(f, "in_sample_value"), 3),
                              percent(at(at(f, "out_of_sample").toObject(), "cagr")), ratio(at(f, "efficiency"))});
    }
    s.table(folds, Text::tr("Folds: each window's in-sample winner, traded on the next window"));
}

} // namespace

Result<ReportDocument> backtestReport(const RunRecord &entry)
{
    const QJsonObject all = journal::resultsJson(entry);
    QJsonObject results = all;
    if (entry.kind == QLatin1String("optimize"))
        results = all.value(QStringLiteral("best_run")).toObject();
    else if (entry.kind != QLatin1String("backtest") && entry.kind != QLatin1String("walkforward"))
        return Error::invalidInput(Text::tr("run %1 is a %2 run, which has no backtest report").arg(entry.id).arg(entry.kind));
    const QJsonObject curve = results.value(QStringLiteral("curve")).toObject();
    if (curve.value(QStringLiteral("equity")).toArray().isEmpty())
        return Error::invalidInput(Text::tr("run %1 has no equity curve to report").arg(entry.id));

    ReportDocument doc;
    const bool walkForward = entry.kind == QLatin1String("walkforward");
    doc.title = walkForward ? Text::tr("Walk-forward report: %1 on %2").arg(entry.strategy, entry.symbol)
                            : Text::tr("Backtest report: %1 on %2").arg(entry.strategy, entry.symbol);
    doc.subtitle = Text::tr("%1 to %2").arg(at(results, "first_date").toString(), at(results, "last_date").toString());
    addProvenance(doc, entry, results);
    addStrategy(doc, entry, entry.kind == QLatin1String("backtest") || entry.kind == QLatin1String("optimize")
                                ? at(results, "params").toObject()
                                : at(entry.inputs, "params").toObject());
    if (entry.kind == QLatin1String("optimize"))
        addGridSearch(doc, all);
    if (walkForward)
        addWalkForward(doc, results);
    addHeadline(doc, results);
    addCurves(doc, curve, walkForward ? Text::tr("Stitched out-of-sample equity") : Text::tr("Equity and drawdown"));
    addReturnsAndDrawdowns(doc, curve);
    addTrades(doc, results);
    addEquityRisk(doc, curve);
    return doc;
}

Result<ReportDocument> mlRunReport(const RunRecord &entry)
{
    if (entry.kind != QLatin1String("ml"))
        return Error::invalidInput(Text::tr("run %1 is a %2 run, not an ML evaluation").arg(entry.id).arg(entry.kind));
    const QJsonObject r = journal::resultsJson(entry);
    ReportDocument doc;
    doc.title = Text::tr("ML evaluation: %1 on %2").arg(entry.strategy, entry.symbol);
    doc.subtitle = Text::tr("tested %1 to %2").arg(at(r, "test_first_date").toString(), at(r, "test_last_date").toString());

    ReportSection &run = doc.section(Text::tr("Run"));
    ReportTable facts;
    QStringList features;
    for (const QJsonValue &f : at(entry.inputs, "features").toArray())
        features << f.toString();
    facts.rows = {
        {Text::tr("Run"), entry.id > 0 ? QStringLiteral("#%1").arg(entry.id) : Text::tr("not journaled")},
        {Text::tr("Made"), entry.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))},
        {Text::tr("Rutile"), entry.appVersion},
        {Text::tr("Symbol"), entry.symbol},
        {Text::tr("Features"), features.join(QStringLiteral("; "))},
        {Text::tr("Model"), at(entry.inputs, "model").toString()},
        {Text::tr("Evaluation"), at(entry.inputs, "eval").toString()},
        {Text::tr("Horizon (bars)"), count(at(entry.inputs, "horizon"))},
        {Text::tr("Data fingerprint"), entry.dataHash},
    };
    run.table(facts);
    ReportTable model;
    const QJsonObject params = at(entry.inputs, "params").toObject();
    for (auto it = params.begin(); it != params.end(); ++it)
        model.rows.push_back({it.key(), plain(it.value())});
    run.table(model, Text::tr("Model parameters"));

    ReportSection &verdict = doc.section(Text::tr("Against the baseline"));
    const double edge = numberOrNaN(at(r, "edge_vs_baseline"));
    const QString says = std::isfinite(edge) && edge > 0
        ? Text::tr("The model beats the better of always-up and always-down by %1 on the test rows.").arg(percent(edge))
        : Text::tr("The model does not beat the better of always-up and always-down on the test rows.");
    edge > 0 ? verdict.paragraph(says) : verdict.note(says);
    ReportTable metrics;
    metrics.rows = {
        {Text::tr("Rows"), count(at(r, "rows"))},
        {Text::tr("Training rows"), count(at(r, "train_rows"))},
        {Text::tr("Test rows"), count(at(r, "test_rows"))},
        {Text::tr("Accuracy"), percent(at(r, "accuracy"))},
        {Text::tr("Baseline accuracy"), percent(at(r, "baseline_accuracy"))},
        {Text::tr("Edge over the baseline"), percent(at(r, "edge_vs_baseline"))},
        {Text::tr("Balanced accuracy"), percent(at(r, "balanced_accuracy"))},
        {Text::tr("AUC"), ratio(at(r, "auc"), 3)},
        {Text::tr("Log loss"), ratio(at(r, "log_loss"), 4)},
        {Text::tr("p-value (accuracy above the baseline)"), ratio(at(r, "p_value"), 4)},
        {Text::tr("Share of ups in the test rows"), percent(at(r, "base_rate"))},
    };
    verdict.table(metrics);
    ReportTable importance;
    importance.header = QStringList{Text::tr("Feature"), Text::tr("Importance")};
    const QJsonObject imp = at(r, "feature_importance").toObject();
    for (auto it = imp.begin(); it != imp.end(); ++it)
        importance.rows.push_back({it.key(), ratio(it.value(), 4)});
    if (!importance.rows.empty())
        verdict.table(importance, Text::tr("Feature importance"));
    for (const QJsonValue &w : at(r, "warnings").toArray())
        verdict.note(w.toString());
    return doc;
}

Result<ReportDocument> runReport(const RunRecord &entry)
{
    return entry.kind == QLatin1String("ml") ? mlRunReport(entry) : backtestReport(entry);
}

} // namespace rutile::reporting
