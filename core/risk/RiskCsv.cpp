#include "risk/RiskCsv.h"

#include "report/CsvWriter.h"
#include "risk/RiskJson.h"
#include "util/NumberText.h"

#include <QCoreApplication>

#include <cmath>
#include <functional>
#include <limits>
#include <optional>

namespace rutile::risk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::risk::RiskCsv)
};

// Undefined numbers stay empty: a reader's NaN, never a made-up 0.
QByteArray num(double v)
{
    return std::isfinite(v) ? shortestNumberText(v).toLatin1() : QByteArray();
}

QByteArray whole(std::size_t n)
{
    return QByteArray::number(qulonglong(n));
}

QByteArray date(DayNumber day)
{
    return toDate(day).toString(Qt::ISODate).toLatin1();
}

QByteArray dateAt(const RiskReport &r, std::optional<std::size_t> index)
{
    return index && *index < r.day.size() ? date(r.day[*index]) : QByteArray();
}

using Rows = std::function<Status(CsvWriter &)>;

Status table(QIODevice &device, const QList<QByteArray> &header, const Rows &rows)
{
    CsvWriter csv(device);
    csv.fields(header);
    if (Status s = csv.endRecord(); !s)
        return s;
    if (Status s = rows(csv); !s)
        return s;
    return csv.finish();
}

Status returnsTable(QIODevice &device, const RiskReport &r)
{
    const ReturnStatistics &s = r.stats;
    struct Row {
        const char *name;
        double daily;
        double annualised; // NaN: not annualised
        std::size_t observations;
        std::optional<DayNumber> day;
    };
    const double none = std::numeric_limits<double>::quiet_NaN();
    const Row rows[] = {
        {"mean", s.mean, s.annualMean, s.count, {}},
        {"std", s.stdDev, s.annualVolatility, s.count, {}},
        {"short_term_vol", s.shortTermVolatility, s.annualShortTermVolatility, s.shortTermCount, {}},
        {"skewness", s.skewness, none, s.count, {}},
        {"excess_kurtosis", s.excessKurtosis, none, s.count, {}},
        {"min", s.min, none, s.count, s.minDay},
        {"max", s.max, none, s.count, s.maxDay},
    };
    return table(device, {"statistic", "daily", "annualised", "observations", "date"}, [&](CsvWriter &csv) {
        for (const Row &row : rows) {
            csv.field(QByteArrayView(row.name)).field(num(row.daily)).field(num(row.annualised));
            csv.field(whole(row.observations)).field(row.day && s.count ? date(*row.day) : QByteArray());
            if (Status st = csv.endRecord(); !st)
                return st;
        }
        return Status {};
    });
}

Status tailsTable(QIODevice &device, const RiskReport &r)
{
    return table(device,
        {"tail", "level", "historical_var", "expected_shortfall", "gaussian_var", "cornish_fisher_var",
            "threshold_quantile", "threshold", "exceedances", "xi", "se_xi", "sigma", "se_sigma", "fit_status",
            "stress_level", "stress_return"},
        [&](CsvWriter &csv) {
            for (const TailStatistics *t : {&r.left, &r.right}) {
                const PotResult &p = t->pot;
                const GpdFit &f = p.fit;
                const auto fitted = [&f](double v) { return f.fitted ? num(v) : QByteArray(); };
                csv.field(QByteArrayView(t->tail == Tail::Left ? "left" : "right")).field(num(t->level));
                csv.field(num(t->historical.var)).field(num(t->historical.expectedShortfall));
                csv.field(num(t->gaussianVar)).field(num(t->cornishFisherVar));
                csv.field(num(p.thresholdQuantile)).field(num(p.threshold)).field(whole(p.exceedanceCount));
                csv.field(fitted(f.xi)).field(fitted(f.seXi)).field(fitted(f.sigma)).field(fitted(f.seSigma));
                csv.field(gpdFitStatusKey(f.status)).field(num(p.stressLevel)).field(num(p.stressReturn));
                if (Status s = csv.endRecord(); !s)
                    return s;
            }
            return Status {};
        });
}

Status drawdownsTable(QIODevice &device, const RiskReport &r)
{
    return table(device, {"episode", "peak_date", "trough_date", "recovery_date", "depth", "length_bars"},
        [&](CsvWriter &csv) {
            for (const auto &[name, episode] :
                {std::pair {"worst", &r.drawdown.worst}, std::pair {"longest", &r.drawdown.longest}}) {
                if (!*episode)
                    continue;
                const DrawdownEpisode &e = **episode;
                csv.field(QByteArrayView(name)).field(dateAt(r, e.peak)).field(dateAt(r, e.trough));
                csv.field(dateAt(r, e.recovery)).field(num(e.depth)).field(whole(e.lengthBars));
                if (Status s = csv.endRecord(); !s)
                    return s;
            }
            return Status {};
        });
}

Status benchmarkTable(QIODevice &device, const RiskReport &r)
{
    return table(device,
        {"benchmark", "first_date", "last_date", "common_returns", "beta", "alpha", "annual_alpha", "correlation",
            "r_squared", "tracking_error", "annual_tracking_error", "information_ratio"},
        [&](CsvWriter &csv) {
            if (!r.benchmark)
                return Status {};
            const BenchmarkStats &b = *r.benchmark;
            csv.field(b.symbol).field(b.count ? date(b.firstDay) : QByteArray());
            csv.field(b.count ? date(b.lastDay) : QByteArray()).field(whole(b.count));
            for (double v : {b.beta, b.alpha, b.annualAlpha, b.correlation, b.rSquared, b.trackingError,
                     b.annualTrackingError, b.informationRatio})
                csv.field(num(v));
            return csv.endRecord();
        });
}

// A dated series from its first defined value on (rolling windows start undefined).
Status datedSeries(QIODevice &device, const QList<QByteArray> &header, std::span<const DayNumber> days,
    std::initializer_list<std::span<const double>> columns)
{
    return table(device, header, [&](CsvWriter &csv) {
        for (std::size_t i = 0; i < days.size(); ++i) {
            bool defined = false;
            for (std::span<const double> c : columns)
                defined = defined || (i < c.size() && std::isfinite(c[i]));
            if (!defined)
                continue;
            csv.field(date(days[i]));
            for (std::span<const double> c : columns)
                csv.field(i < c.size() ? num(c[i]) : QByteArray());
            if (Status s = csv.endRecord(); !s)
                return s;
        }
        return Status {};
    });
}

Status points(QIODevice &device, const QList<QByteArray> &header, const std::vector<XY> &xy)
{
    return table(device, header, [&](CsvWriter &csv) {
        for (const XY &p : xy) {
            csv.field(num(p.x)).field(num(p.y));
            if (Status s = csv.endRecord(); !s)
                return s;
        }
        return Status {};
    });
}

Status histogramTable(QIODevice &device, const Histogram &h)
{
    return table(device, {"bin_left", "bin_right", "count", "density"}, [&](CsvWriter &csv) {
        for (std::size_t i = 0; i < h.counts.size() && i + 1 < h.edges.size(); ++i) {
            csv.field(num(h.edges[i])).field(num(h.edges[i + 1])).field(whole(h.counts[i]));
            csv.field(i < h.density.size() ? num(h.density[i]) : QByteArray());
            if (Status s = csv.endRecord(); !s)
                return s;
        }
        return Status {};
    });
}

Status meanExcessTable(QIODevice &device, const std::vector<MeanExcessPoint> &points)
{
    return table(device, {"threshold", "mean_excess", "exceedances"}, [&](CsvWriter &csv) {
        for (const MeanExcessPoint &p : points) {
            csv.field(num(p.threshold)).field(num(p.meanExcess)).field(whole(p.exceedances));
            if (Status s = csv.endRecord(); !s)
                return s;
        }
        return Status {};
    });
}

Status tailFitTable(QIODevice &device, const TailFitCurves &curves)
{
    return table(device, {"curve", "y", "probability"}, [&](CsvWriter &csv) {
        for (const auto &[name, curve] :
            {std::pair {"empirical", &curves.empirical}, std::pair {"fitted", &curves.fitted}}) {
            for (const XY &p : *curve) {
                csv.field(QByteArrayView(name)).field(num(p.x)).field(num(p.y));
                if (Status s = csv.endRecord(); !s)
                    return s;
            }
        }
        return Status {};
    });
}

} // namespace

QStringList riskCsvNames()
{
    return {QStringLiteral("returns"), QStringLiteral("tails"), QStringLiteral("drawdowns"),
        QStringLiteral("benchmark"), QStringLiteral("rolling-volatility"), QStringLiteral("underwater"),
        QStringLiteral("rolling-beta"), QStringLiteral("histogram"), QStringLiteral("histogram-normal"),
        QStringLiteral("qq-plot"), QStringLiteral("mean-excess-left"), QStringLiteral("mean-excess-right"),
        QStringLiteral("tail-fit-left"), QStringLiteral("tail-fit-right")};
}

Status writeRiskCsv(QIODevice &device, const QString &name, const RiskReport &r, const RiskPlots &plots)
{
    if (name == QLatin1String("returns"))
        return returnsTable(device, r);
    if (name == QLatin1String("tails"))
        return tailsTable(device, r);
    if (name == QLatin1String("drawdowns"))
        return drawdownsTable(device, r);
    if (name == QLatin1String("benchmark"))
        return benchmarkTable(device, r);
    if (name == QLatin1String("rolling-volatility"))
        return datedSeries(device, {"date", "rolling_volatility"}, r.returnDay, {r.rollingVolatility});
    if (name == QLatin1String("underwater"))
        return datedSeries(device, {"date", "value", "drawdown"}, r.day, {r.value, r.drawdown.underwater});
    if (name == QLatin1String("rolling-beta")) {
        static const std::vector<DayNumber> noDays;
        static const std::vector<double> none;
        const BenchmarkStats *b = r.benchmark ? &*r.benchmark : nullptr;
        return datedSeries(device, {"date", "rolling_beta", "rolling_correlation"}, b ? b->day : noDays,
            {b ? b->rollingBeta : none, b ? b->rollingCorrelation : none});
    }
    if (name == QLatin1String("histogram"))
        return histogramTable(device, plots.histogram);
    if (name == QLatin1String("histogram-normal"))
        return points(device, {"return", "density"}, plots.gaussian);
    if (name == QLatin1String("qq-plot"))
        return points(device, {"normal_quantile", "sample_quantile"}, plots.qq);
    if (name == QLatin1String("mean-excess-left"))
        return meanExcessTable(device, plots.left.meanExcess);
    if (name == QLatin1String("mean-excess-right"))
        return meanExcessTable(device, plots.right.meanExcess);
    if (name == QLatin1String("tail-fit-left"))
        return tailFitTable(device, plots.left.tailFit);
    if (name == QLatin1String("tail-fit-right"))
        return tailFitTable(device, plots.right.tailFit);
    return Error::invalidArgument(Text::tr("no risk table or series called '%1'").arg(name));
}

} // namespace rutile::risk
