#include "report/ReportWriters.h"

#include "report/HtmlReportWriter.h"
#include "report/OutputFile.h"
#include "report/PdfReportWriter.h"
#include "report/ReportChartPlot.h"
#include "ProgressRun.h"
#include "reporting/BacktestReport.h"

#include <QCoreApplication>
#include <QCursor>
#include <QFileInfo>
#include <QGuiApplication>
#include <QScopeGuard>

namespace rutile::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ui::ReportWriters)
};

} // namespace

ReportFormat reportFormatOf(const QString &path)
{
    return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? ReportFormat::Pdf : ReportFormat::Html;
}

Status drawRecordedReport(const report::ReportDocument &document, QWidget *progressParent, const QString &label,
                          const std::function<Status(const std::vector<QPicture> &, const TaskControl &)> &draw)
{
    std::vector<QPicture> charts;
    {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restore = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
        charts = recordReportCharts(document); // QCustomPlot: this (GUI) thread
    }
    if (!progressParent)
        return draw(charts, TaskControl{});
    return runWithProgress(progressParent, label, [&](const TaskControl &control) { return draw(charts, control); });
}

Status writeReport(const report::ReportDocument &document, const QString &path, ReportFormat format,
                   QWidget *progressParent)
{
    if (Status s = checkOutputPath(path); !s)
        return s;
    return drawRecordedReport(document, progressParent, Text::tr("Writing %1...").arg(QFileInfo(path).fileName()),
                              [&](const std::vector<QPicture> &charts, const TaskControl &control) {
                                  return writeReportFile(document, charts, path, format, control);
                              });
}

Status writeReportFile(const report::ReportDocument &document, const std::vector<QPicture> &charts, const QString &path,
                       ReportFormat format, const TaskControl &control)
{
    return writeOutputFile(path, [&](QIODevice &device) -> Status {
        if (format == ReportFormat::Pdf)
            return writePdfReport(document, charts, device, control);
        const auto html = htmlReport(document, charts, control);
        if (!html)
            return html.error();
        if (device.write(*html) != html->size())
            return Error::io(Text::tr("cannot write the report: %1").arg(device.errorString()));
        return {};
    });
}

QString reportFileFilter()
{
    return Text::tr("PDF documents (*.pdf);;HTML pages (*.html);;All files (*)");
}

Status writeRunReport(const RunRecord &entry, const QString &path, QWidget *progressParent)
{
    const auto document = reporting::runReport(entry);
    if (!document)
        return document.error();
    return writeReport(*document, path, reportFormatOf(path), progressParent);
}

} // namespace rutile::ui
