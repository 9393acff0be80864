#include "reporting/RiskReportDocument.h"

#include "journal/DataFingerprint.h"
#include "report/ReportFormat.h"
#include "reporting/RiskSections.h"
#include "risk/RiskJson.h"
#include "risk/RiskPlots.h"

#include "util/AppVersion.h"

#include <QCoreApplication>
#include <QDateTime>

namespace rutile::reporting {

using namespace report;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::reporting::RiskReport)
};

constexpr int kHeadRows = 10;

} // namespace

ReportDocument riskReportDocument(const risk::RiskReport &report, const BarSeries *bars)
{
    const QJsonObject r = risk::riskReportToJson(report);
    const QJsonObject options = r.value(QStringLiteral("options")).toObject();
    ReportDocument doc;
    doc.title = Text::tr("Risk report: %1").arg(report.name);
    doc.subtitle = Text::tr("%1 to %2").arg(r.value(QStringLiteral("first_date")).toString(),
                                            r.value(QStringLiteral("last_date")).toString());

    ReportSection &about = doc.section(Text::tr("Study"));
    ReportTable facts;
    facts.rows = {
        {Text::tr("Symbol"), report.name},
        {Text::tr("Range"), doc.subtitle},
        {Text::tr("Returns"), r.value(QStringLiteral("returns")).toString()},
        {Text::tr("VaR level"), percent(options.value(QStringLiteral("var_level")), 1)},
        {Text::tr("EVT threshold quantile"), percent(options.value(QStringLiteral("threshold_quantile")), 1)},
        {Text::tr("EVT stress level"), percent(options.value(QStringLiteral("stress_level")), 2)},
        {Text::tr("Short-term window"), count(options.value(QStringLiteral("short_window")))},
        {Text::tr("Trading days per year"), count(options.value(QStringLiteral("trading_days")))},
        {Text::tr("Risk-free rate"), percent(options.value(QStringLiteral("risk_free")))},
        {Text::tr("Made"), QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))},
        {Text::tr("Rutile"), appVersion()},
    };
    if (bars)
        facts.rows.push_back({Text::tr("Data fingerprint"), journal::fingerprint(*bars)});
    about.table(facts);

    ReportSection &data = doc.section(Text::tr("Data"));
    ReportTable head;
    if (bars) {
        head.header = QStringList{Text::tr("Date"), Text::tr("Open"), Text::tr("High"), Text::tr("Low"), Text::tr("Close"),
                                  Text::tr("Adj Close"), Text::tr("Volume")};
        for (std::size_t i = 0; i < std::min<std::size_t>(kHeadRows, bars->size()); ++i)
            head.rows.push_back({bars->date(i).toString(Qt::ISODate), money(bars->open[i]), money(bars->high[i]),
                                 money(bars->low[i]), money(bars->close[i]), money(bars->adjClose[i]), count(bars->volume[i])});
    } else {
        head.header = QStringList{Text::tr("Date"), Text::tr("Value")};
        for (std::size_t i = 0; i < std::min<std::size_t>(kHeadRows, report.day.size()); ++i)
            head.rows.push_back({toDate(report.day[i]).toString(Qt::ISODate), money(report.value[i])});
    }
    data.table(head, Text::tr("The first %1 of %2 values").arg(head.rows.size()).arg(report.day.size()));

    ReportSection &charts = doc.section(Text::tr("Level and returns"));
    ReportChart level;
    level.title = bars ? Text::tr("%1 close").arg(report.name) : report.name;
    level.x.assign(report.day.begin(), report.day.end());
    level.series.push_back({report.name, report.value});
    charts.chart(level);
    ReportChart returns;
    returns.title = Text::tr("Daily returns");
    returns.yFormat = AxisFormat::Percent;
    returns.x.assign(report.returnDay.begin(), report.returnDay.end());
    returns.series.push_back({Text::tr("Return"), report.returns});
    charts.chart(returns);

    ReportSection &stats = doc.section(Text::tr("Summary statistics"));
    stats.table(summaryStatisticsTable(r));

    ReportSection &distribution = doc.section(Text::tr("Distribution"));
    const risk::RiskPlots plots = risk::riskPlots(report);
    ReportChart histogram;
    histogram.kind = ReportChart::Kind::Histogram;
    histogram.title = Text::tr("Histogram of daily returns with the Gaussian fit");
    histogram.yFormat = AxisFormat::Number;
    if (!plots.histogram.edges.empty())
        histogram.x.assign(plots.histogram.edges.begin(), plots.histogram.edges.end() - 1);
    histogram.binWidth = plots.histogram.binWidth;
    histogram.series.push_back({Text::tr("Density"), plots.histogram.density});
    ReportSeries gaussian{Text::tr("Gaussian fit"), {}};
    for (const risk::XY &p : plots.gaussian) {
        histogram.overlayX.push_back(p.x);
        gaussian.y.push_back(p.y);
    }
    histogram.overlay.push_back(gaussian);
    distribution.chart(histogram);

    ReportSection &measures = doc.section(Text::tr("Risk measures"));
    measures.table(riskMeasuresTable(r));
    ReportSection &tails = doc.section(Text::tr("Left and right tails"));
    tails.table(tailsTable(r));
    tails.paragraph(Text::tr("Generalised Pareto fits to the returns beyond the threshold in each tail (peaks over "
                             "threshold); the stress value is the return exceeded with the stress level's probability."));
    if (report.benchmark) {
        ReportSection &bench = doc.section(Text::tr("Benchmark: %1").arg(report.benchmark->symbol));
        bench.table(benchmarkTable(r));
    }
    if (!report.warnings.empty()) {
        ReportSection &notes = doc.section(Text::tr("Warnings"));
        for (const risk::RiskWarning &w : report.warnings)
            notes.note(w.message);
    }
    return doc;
}

} // namespace rutile::reporting
