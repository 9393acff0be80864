#include "report/ReportFormat.h"

#include "util/JsonNumber.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace rutile::report {

namespace {

const QString kUndefined = QStringLiteral("n/a");

/// `text` without its minus sign when it shows nothing but zeros: a month that lost 0.004 %
/// reads "0.0%" at one decimal, as a flat one does, not "-0.0%".
QString withoutNegativeZero(QString text)
{
    if (text.startsWith(QLatin1Char('-'))
        && std::all_of(text.cbegin() + 1, text.cend(), [](QChar c) { return !c.isDigit() || c == QLatin1Char('0'); }))
        text.remove(0, 1);
    return text;
}

} // namespace

QString percent(double fraction, int decimals)
{
    return std::isfinite(fraction) ? withoutNegativeZero(QString::number(fraction * 100, 'f', decimals)) + QLatin1Char('%')
                                   : kUndefined;
}

QString ratio(double value, int decimals)
{
    return std::isfinite(value) ? withoutNegativeZero(QString::number(value, 'f', decimals)) : kUndefined;
}

QString money(double value)
{
    // Grouped by thousands the English way, whatever the machine's locale.
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return std::isfinite(value) ? withoutNegativeZero(english.toString(value, 'f', 2)) : kUndefined;
}

QString count(double value)
{
    return std::isfinite(value) ? QString::number(qint64(std::llround(value))) : kUndefined;
}

QString percent(const QJsonValue &value, int decimals)
{
    return percent(numberOrNaN(value), decimals);
}

QString ratio(const QJsonValue &value, int decimals)
{
    return ratio(numberOrNaN(value), decimals);
}

QString money(const QJsonValue &value)
{
    return money(numberOrNaN(value));
}

QString count(const QJsonValue &value)
{
    return count(numberOrNaN(value));
}

QString plain(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 6);
    if (value.isString())
        return value.toString();
    return kUndefined;
}

QString summaryTitle(const QString &key)
{
    // The journal's keys (CLI.md's names), as the app's windows and reports title them.
    static const std::pair<const char *, const char *> titles[] = {
        {"trades", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Trades")},
        {"final_equity", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Final equity")},
        {"total_return", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Total return")},
        {"cagr", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "CAGR")},
        {"sharpe", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Sharpe ratio")},
        {"sortino", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Sortino ratio")},
        {"calmar", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Calmar ratio")},
        {"annual_vol", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Annual volatility")},
        {"max_drawdown", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Maximum drawdown")},
        {"win_rate", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Win rate")},
        {"profit_factor", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Profit factor")},
        {"exposure", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Exposure")},
        {"total_commission", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Total commission")},
        {"beta", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Beta")},
        {"alpha", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Alpha")},
        {"first_date", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "First day")},
        {"last_date", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Last day")},
        {"efficiency", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Walk-forward efficiency")},
        {"folds", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Folds")},
        {"objective", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Objective")},
        {"cancelled", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Cancelled")},
        {"best", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Best point")},
        {"deflated_sharpe", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Deflated Sharpe ratio")},
        {"evaluated", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Points evaluated")},
        {"skipped", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Points skipped")},
        {"accuracy", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Accuracy")},
        {"auc", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "ROC AUC")},
        {"baseline_accuracy", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Baseline (always-up)")},
        {"edge_vs_baseline", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Edge over the baseline")},
        {"balanced_accuracy", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Balanced accuracy")},
        {"p_value", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "p-value of the edge")},
        {"rows", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Rows")},
        {"test_rows", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Test rows")},
        {"test_first_date", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "First test day")},
        {"test_last_date", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Last test day")},
        {"symbol", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Symbol")},
        {"pair", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Pair")},
        {"benchmark", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Benchmark")},
        {"risk_free", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Risk-free rate series")},
        {"from", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "From")},
        {"to", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "To")},
        {"strategy", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Strategy")},
        {"strategy_sha256", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Rule file's SHA-256")},
        {"params", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Parameters")},
        {"settings", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Engine settings")},
        {"grid", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Grid")},
        {"dsr_confidence", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Deflated Sharpe confidence")},
        {"walk_forward", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Walk-forward")},
        {"model", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Model")},
        {"features", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Features")},
        {"horizon", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Horizon (bars)")},
        {"eval", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Evaluation")},
        {"test_fraction", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Test fraction")},
        {"embargo", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Embargo (bars)")},
        {"seed", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Seed")},
        {"data_hash", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Data fingerprint")},
        {"app_version", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Rutile version")},
        {"run", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Run")},
        {"kind", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Kind")},
        {"time", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Time")},
        // A grid's best point and its deflated Sharpe ratio (the journal's details).
        {"index", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Grid point")},
        {"value", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Objective value")},
        {"trials", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Trials")},
        {"expected_max_sharpe", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Expected best daily Sharpe of as many unskilled trials")},
        {"probability", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Probability that the best is skill")},
        {"confidence", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Confidence required")},
        {"significant", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Significant")},
        {"in_sample", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "In-sample bars")},
        {"out_of_sample", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Out-of-sample bars")},
        {"anchored", QT_TRANSLATE_NOOP("rutile::report::ReportFormat", "Anchored")},
    };
    for (const auto &[name, title] : titles) {
        if (key == QLatin1String(name))
            return QCoreApplication::translate("rutile::report::ReportFormat", title);
    }
    return key;
}

QString summaryFigure(const QString &key, const QJsonValue &value)
{
    static const QStringList fractions{
        QStringLiteral("total_return"), QStringLiteral("cagr"), QStringLiteral("annual_vol"), QStringLiteral("max_drawdown"),
        QStringLiteral("exposure"),
        QStringLiteral("win_rate"), QStringLiteral("alpha"), QStringLiteral("accuracy"), QStringLiteral("baseline_accuracy"),
        QStringLiteral("edge_vs_baseline"), QStringLiteral("balanced_accuracy"), QStringLiteral("probability"),
        QStringLiteral("confidence"), QStringLiteral("dsr_confidence")};
    static const QStringList amounts{QStringLiteral("final_equity"), QStringLiteral("total_commission")};
    static const QStringList ratios{QStringLiteral("sharpe"), QStringLiteral("sortino"), QStringLiteral("calmar"),
                                    QStringLiteral("beta"), QStringLiteral("profit_factor"), QStringLiteral("efficiency"),
                                    QStringLiteral("auc")};
    if (!value.isDouble() && !value.isNull())
        return plain(value);
    if (fractions.contains(key))
        return percent(value);
    if (amounts.contains(key))
        return money(value);
    if (ratios.contains(key))
        return ratio(value);
    return plain(value);
}

} // namespace rutile::report
