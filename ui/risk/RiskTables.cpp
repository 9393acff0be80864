#include "risk/RiskTables.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace rutile::ui {

using namespace risk;
using Row = RiskTableModel::Row;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ui::RiskTables)
};

const QString kNotAvailable = QStringLiteral("–");

QVariant plain(double v)
{
    return std::isfinite(v) ? QVariant(v) : QVariant();
}

QString percent(double v, int decimals)
{
    return std::isfinite(v) ? QLocale().toString(v * 100, 'f', decimals) + QLatin1Char('%') : kNotAvailable;
}

QString fixed(double v, int decimals)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : kNotAvailable;
}

QString inParentheses(const QString &text)
{
    return text == kNotAvailable ? text : QLatin1Char('(') + text + QLatin1Char(')');
}

QString date(const RiskReport &r, std::optional<std::size_t> index)
{
    return index && *index < r.day.size() ? toDate(r.day[*index]).toString(Qt::ISODate) : QString();
}

Row section(const QString &title)
{
    return Row {title, {}, {}, true, {}};
}

Row row(const QString &label, const QStringList &cells, std::vector<QVariant> values, const QString &tip = {})
{
    return Row {label, cells, std::move(values), false, tip};
}

QString fitText(const GpdFit &fit)
{
    if (fit.converged)
        return Text::tr("converged");
    return fit.fitted ? Text::tr("not converged") : Text::tr("not fitted");
}

} // namespace

void clearRiskTables(RiskTableModel &returns, RiskTableModel &tails, RiskTableModel &other)
{
    returns.setHeaders({Text::tr("Statistic"), Text::tr("Daily"), Text::tr("Annualised")});
    returns.setRows({});
    tails.setHeaders({Text::tr("Statistic"), Text::tr("Left tail"), Text::tr("Right tail")});
    tails.setRows({});
    other.setHeaders({Text::tr("Statistic"), Text::tr("Value")});
    other.setRows({});
}

void fillReturnTable(RiskTableModel &model, const RiskReport &r)
{
    const ReturnStatistics &s = r.stats;
    const int T = r.options.tradingDaysPerYear;
    model.setHeaders({Text::tr("Statistic"), Text::tr("Daily"), Text::tr("Annualised")});
    std::vector<Row> rows;
    rows.push_back(section(Text::tr("A. Moments of daily %1 returns").arg(returnTypeName(r.options.returnType))));
    rows.push_back(row(Text::tr("Observations"), {QLocale().toString(qint64(s.count))}, {qint64(s.count)},
        Text::tr("Returns between consecutive values: one fewer than the values")));
    rows.push_back(row(Text::tr("Mean"), {percent(s.mean, 3), percent(s.annualMean, 2)},
        {plain(s.mean), plain(s.annualMean)}, Text::tr("Annualised: mean × %1").arg(T)));
    rows.push_back(row(Text::tr("Standard deviation"), {percent(s.stdDev, 3), percent(s.annualVolatility, 2)},
        {plain(s.stdDev), plain(s.annualVolatility)}, Text::tr("Sample (n − 1); annualised × √%1").arg(T)));
    rows.push_back(row(Text::tr("Skewness"), {fixed(s.skewness, 3)}, {plain(s.skewness)},
        Text::tr("Adjusted sample skewness G1 (Excel SKEW, pandas)")));
    rows.push_back(row(Text::tr("Excess kurtosis"), {fixed(s.excessKurtosis, 3)}, {plain(s.excessKurtosis)},
        Text::tr("Adjusted sample excess kurtosis G2 (Excel KURT, pandas); 0 for a normal")));
    rows.push_back(row(Text::tr("Minimum (%1)").arg(s.count ? toDate(s.minDay).toString(Qt::ISODate) : QString()),
        {percent(s.min, 2)}, {plain(s.min)}));
    rows.push_back(row(Text::tr("Maximum (%1)").arg(s.count ? toDate(s.maxDay).toString(Qt::ISODate) : QString()),
        {percent(s.max, 2)}, {plain(s.max)}));
    rows.push_back(section(Text::tr("B. Volatility")));
    rows.push_back(row(Text::tr("Long-term (whole range)"), {percent(s.stdDev, 3), percent(s.annualVolatility, 2)},
        {plain(s.stdDev), plain(s.annualVolatility)}, Text::tr("Standard deviation of all %1 returns").arg(s.count)));
    rows.push_back(row(Text::tr("Short-term (last %1)").arg(s.shortTermCount),
        {percent(s.shortTermVolatility, 3), percent(s.annualShortTermVolatility, 2)},
        {plain(s.shortTermVolatility), plain(s.annualShortTermVolatility)},
        Text::tr("Standard deviation of the last %1 returns").arg(s.shortTermCount)));
    model.setRows(std::move(rows));
}

void fillTailTable(RiskTableModel &model, const RiskReport &r)
{
    const TailStatistics &L = r.left;
    const TailStatistics &R = r.right;
    model.setHeaders({Text::tr("Statistic"), Text::tr("Left tail"), Text::tr("Right tail")});
    std::vector<Row> rows;
    rows.push_back(section(Text::tr("C. Value at Risk and Expected Shortfall")));
    rows.push_back(
        row(Text::tr("Quantile level"), {percent(L.level, 1), percent(R.level, 1)}, {plain(L.level), plain(R.level)}));
    rows.push_back(row(Text::tr("Historical VaR"), {percent(L.historical.var, 2), percent(R.historical.var, 2)},
        {plain(L.historical.var), plain(R.historical.var)},
        Text::tr("Type-7 quantile of the returns (R, Excel PERCENTILE.INC, numpy)")));
    rows.push_back(row(Text::tr("Expected shortfall"),
        {percent(L.historical.expectedShortfall, 2), percent(R.historical.expectedShortfall, 2)},
        {plain(L.historical.expectedShortfall), plain(R.historical.expectedShortfall)},
        Text::tr("Mean of the returns at or beyond the VaR")));
    rows.push_back(row(Text::tr("Gaussian VaR"), {percent(L.gaussianVar, 2), percent(R.gaussianVar, 2)},
        {plain(L.gaussianVar), plain(R.gaussianVar)}, Text::tr("mean + Φ⁻¹(level)·s")));
    rows.push_back(row(Text::tr("Cornish–Fisher VaR"), {percent(L.cornishFisherVar, 2), percent(R.cornishFisherVar, 2)},
        {plain(L.cornishFisherVar), plain(R.cornishFisherVar)},
        Text::tr("mean + z_cf·s, z corrected for skewness and excess kurtosis")));
    rows.push_back(section(Text::tr("D. Extreme value theory (GPD over a threshold)")));
    rows.push_back(
        row(Text::tr("Threshold quantile q"), {fixed(L.pot.thresholdQuantile, 3), fixed(R.pot.thresholdQuantile, 3)},
            {plain(L.pot.thresholdQuantile), plain(R.pot.thresholdQuantile)}));
    rows.push_back(row(Text::tr("Threshold u (loss | gain)"),
        {percent(L.pot.threshold, 2), percent(R.pot.threshold, 2)}, {plain(L.pot.threshold), plain(R.pot.threshold)},
        Text::tr("Quantile q of losses −r (left) and gains r (right)")));
    rows.push_back(row(Text::tr("Exceedances Nu"),
        {QString::number(L.pot.exceedanceCount), QString::number(R.pot.exceedanceCount)},
        {qint64(L.pot.exceedanceCount), qint64(R.pot.exceedanceCount)},
        Text::tr("Values above u; fewer than 30 make the fit unreliable")));
    const auto shape = [](const PotResult &p) { return p.fit.fitted ? fixed(p.fit.xi, 3) : kNotAvailable; };
    const auto scale = [](const PotResult &p) { return p.fit.fitted ? percent(p.fit.sigma, 3) : kNotAvailable; };
    rows.push_back(row(Text::tr("Shape ξ"), {shape(L.pot), shape(R.pot)},
        {L.pot.fit.fitted ? plain(L.pot.fit.xi) : QVariant(), R.pot.fit.fitted ? plain(R.pot.fit.xi) : QVariant()},
        Text::tr("Maximum likelihood; ξ > 0 is a heavy (Pareto) tail")));
    rows.push_back(row(QStringLiteral("   ") + Text::tr("(standard error)"),
        {inParentheses(L.pot.fit.fitted ? fixed(L.pot.fit.seXi, 3) : kNotAvailable),
            inParentheses(R.pot.fit.fitted ? fixed(R.pot.fit.seXi, 3) : kNotAvailable)},
        {L.pot.fit.fitted ? plain(L.pot.fit.seXi) : QVariant(), R.pot.fit.fitted ? plain(R.pot.fit.seXi) : QVariant()},
        Text::tr("From the inverse observed information")));
    rows.push_back(row(Text::tr("Scale σ"), {scale(L.pot), scale(R.pot)},
        {L.pot.fit.fitted ? plain(L.pot.fit.sigma) : QVariant(),
            R.pot.fit.fitted ? plain(R.pot.fit.sigma) : QVariant()}));
    rows.push_back(row(QStringLiteral("   ") + Text::tr("(standard error)"),
        {inParentheses(L.pot.fit.fitted ? percent(L.pot.fit.seSigma, 3) : kNotAvailable),
            inParentheses(R.pot.fit.fitted ? percent(R.pot.fit.seSigma, 3) : kNotAvailable)},
        {L.pot.fit.fitted ? plain(L.pot.fit.seSigma) : QVariant(),
            R.pot.fit.fitted ? plain(R.pot.fit.seSigma) : QVariant()}));
    rows.push_back(
        row(Text::tr("Fit"), {fitText(L.pot.fit), fitText(R.pot.fit)}, {fitText(L.pot.fit), fitText(R.pot.fit)},
            Text::tr("Converged: interior maximum, score ≈ 0, information positive definite")));
    rows.push_back(row(Text::tr("Stress value (p = %1%)").arg(L.pot.stressLevel * 100),
        {percent(L.pot.stressReturn, 2), percent(R.pot.stressReturn, 2)},
        {plain(L.pot.stressReturn), plain(R.pot.stressReturn)},
        Text::tr("u + σ/ξ·((n/Nu·p)^(−ξ) − 1), shown as a return")));
    model.setRows(std::move(rows));
}

void fillDrawdownBenchmarkTable(RiskTableModel &model, const RiskReport &r)
{
    model.setHeaders({Text::tr("Statistic"), Text::tr("Value")});
    std::vector<Row> rows;
    const DrawdownReport &d = r.drawdown;
    rows.push_back(section(Text::tr("E. Drawdowns")));
    rows.push_back(row(Text::tr("Maximum drawdown"), {percent(d.maxDrawdown, 2)}, {plain(d.maxDrawdown)},
        Text::tr("min of value / running peak − 1")));
    if (d.worst) {
        rows.push_back(row(Text::tr("Peak"), {date(r, d.worst->peak)}, {date(r, d.worst->peak)}));
        rows.push_back(row(Text::tr("Trough"), {date(r, d.worst->trough)}, {date(r, d.worst->trough)}));
        const QString recovery = d.worst->recovery ? date(r, d.worst->recovery) : Text::tr("not recovered");
        rows.push_back(row(Text::tr("Recovery"), {recovery}, {recovery}, Text::tr("First value back at the peak")));
    }
    if (d.longest) {
        rows.push_back(row(Text::tr("Longest drawdown (trading days)"),
            {QLocale().toString(qint64(d.longest->lengthBars))}, {qint64(d.longest->lengthBars)}));
        const QString end = d.longest->recovery ? date(r, d.longest->recovery)
                                                : Text::tr("%1 (not recovered)").arg(date(r, r.day.size() - 1));
        rows.push_back(
            row(Text::tr("   from peak … to recovery"), {date(r, d.longest->peak) + QStringLiteral(" … ") + end},
                {QString(date(r, d.longest->peak) + QStringLiteral(" .. ") + end)}));
    }
    if (r.benchmark) {
        const BenchmarkStats &b = *r.benchmark;
        rows.push_back(section(Text::tr("F. Against %1 (%2 common returns)").arg(b.symbol).arg(b.count)));
        rows.push_back(row(Text::tr("Beta"), {fixed(b.beta, 3)}, {plain(b.beta)},
            Text::tr("OLS slope of the returns on the benchmark's")));
        rows.push_back(
            row(Text::tr("Alpha (daily)"), {percent(b.alpha, 4)}, {plain(b.alpha)}, Text::tr("OLS intercept")));
        rows.push_back(row(Text::tr("Alpha (annualised)"), {percent(b.annualAlpha, 2)}, {plain(b.annualAlpha)},
            Text::tr("Daily alpha × %1").arg(r.options.tradingDaysPerYear)));
        rows.push_back(row(Text::tr("Correlation"), {fixed(b.correlation, 3)}, {plain(b.correlation)}));
        rows.push_back(row(Text::tr("R²"), {fixed(b.rSquared, 3)}, {plain(b.rSquared)}));
        rows.push_back(row(Text::tr("Tracking error (annualised)"), {percent(b.annualTrackingError, 2)},
            {plain(b.annualTrackingError)}, Text::tr("Standard deviation of (return − benchmark) × √T")));
        rows.push_back(row(Text::tr("Information ratio"), {fixed(b.informationRatio, 3)}, {plain(b.informationRatio)},
            Text::tr("Annualised active return / tracking error")));
    } else {
        rows.push_back(section(Text::tr("F. Benchmark: none")));
    }
    model.setRows(std::move(rows));
}

} // namespace rutile::ui
