#include "report/HtmlReportWriter.h"

#include "report/ReportChartPlot.h"

#include <QCoreApplication>
#include <QString>

#include <cmath>

namespace rutile::ui {

using namespace report;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ui::HtmlReportWriter)
};

const char *kStyle = R"css(
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 10pt; color: #1d1d1d;
       max-width: 190mm; margin: 12mm auto; }
h1 { font-size: 18pt; margin-bottom: 2pt; }
.subtitle { color: #555; margin-top: 0; }
h2 { font-size: 13pt; border-bottom: 1px solid #bbb; padding-bottom: 2pt; margin-top: 18pt; }
table { border-collapse: collapse; margin: 6pt 0; }
th, td { border: 1px solid #d0d0d0; padding: 2pt 5pt; }
th { background: #eef1f5; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.facts td:first-child { color: #444; }
caption { caption-side: top; text-align: left; color: #444; font-style: italic; padding-bottom: 2pt; }
.note { color: #8a4b00; background: #fff4e0; padding: 4pt 6pt; border-left: 3px solid #e09a2a; }
pre { background: #f4f4f4; padding: 6pt; font-size: 8.5pt; white-space: pre-wrap; }
.chart { margin: 6pt 0; }
img { width: 100%; max-width: 680px; height: auto; display: block; }
)css";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

void table(QString &html, const ReportTable &t, const QString &caption)
{
    const bool factList = t.header.isEmpty();
    html += factList ? QStringLiteral("<table class=\"facts\">") : QStringLiteral("<table>");
    if (!caption.isEmpty())
        html += QStringLiteral("<caption>") + escaped(caption) + QStringLiteral("</caption>");
    if (!factList) {
        html += QStringLiteral("<thead><tr>");
        for (const QString &h : t.header)
            html += QStringLiteral("<th>") + escaped(h) + QStringLiteral("</th>");
        html += QStringLiteral("</tr></thead>");
    }
    html += QStringLiteral("<tbody>");
    const int columns = factList ? 2 : int(t.header.size());
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < t.rows[r].size(); ++c) {
            QString attributes;
            if (c >= t.numbersFrom && !factList)
                attributes += QStringLiteral(" class=\"num\"");
            const std::size_t cell = r * std::size_t(columns) + std::size_t(c);
            if (cell < t.heat.size() && std::isfinite(t.heat[cell]))
                attributes += QStringLiteral(" style=\"background:%1\"").arg(heatColour(t.heat[cell], t.heatScale).name());
            html += QStringLiteral("<td") + attributes + QLatin1Char('>') + escaped(t.rows[r][c]) + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table>\n");
}

} // namespace

Result<QByteArray> htmlReport(const ReportDocument &doc, const std::vector<QPicture> &charts, const TaskControl &control)
{
    if (Status s = checkRecordedCharts(doc, charts); !s)
        return s.error();
    std::size_t chart = 0;
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                                  "<meta name=\"generator\" content=\"Rutile\"><title>")
        + escaped(doc.title) + QStringLiteral("</title><style>") + QString::fromUtf8(kStyle)
        + QStringLiteral("</style></head><body>\n<h1>") + escaped(doc.title) + QStringLiteral("</h1>\n");
    if (!doc.subtitle.isEmpty())
        html += QStringLiteral("<p class=\"subtitle\">") + escaped(doc.subtitle) + QStringLiteral("</p>\n");
    for (const ReportSection &s : doc.sections) {
        html += QStringLiteral("<h2>") + escaped(s.heading) + QStringLiteral("</h2>\n");
        for (const ReportBlock &b : s.blocks) {
            switch (b.kind) {
            case ReportBlock::Kind::Paragraph:
                html += QStringLiteral("<p>") + escaped(b.text) + QStringLiteral("</p>\n");
                break;
            case ReportBlock::Kind::Note:
                html += QStringLiteral("<p class=\"note\">") + escaped(b.text) + QStringLiteral("</p>\n");
                break;
            case ReportBlock::Kind::Code:
                html += QStringLiteral("<pre>") + escaped(b.text) + QStringLiteral("</pre>\n");
                break;
            case ReportBlock::Kind::Table:
                table(html, b.table, b.text);
                break;
            case ReportBlock::Kind::Chart:
                if (control.cancelled())
                    return Error::cancelled(Text::tr("cancelled"));
                // In a block of its own: Qt's rich text (the journal's Open Results) would put a
                // bare image in the heading's paragraph, a chart's height of blank above it.
                html += QStringLiteral("<div class=\"chart\"><img alt=\"") + escaped(b.chart.title)
                    + QStringLiteral("\" width=\"%1\" height=\"%2\" src=\"data:image/png;base64,").arg(kReportChartWidth).arg(kReportChartHeight)
                    + QString::fromLatin1(reportChartPng(charts[chart]).toBase64()) + QStringLiteral("\"></div>\n");
                ++chart;
                control.report(double(chart) / double(charts.size()));
                break;
            }
        }
    }
    html += QStringLiteral("</body></html>\n");
    return html.toUtf8();
}

} // namespace rutile::ui
