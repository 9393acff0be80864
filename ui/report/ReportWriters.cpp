#include "report/ReportWriters.h"

#include "report/HtmlReportWriter.h"
#include "report/OutputFile.h"
#include "report/PdfReportWriter.h"
#include "reporting/BacktestReport.h"

#include <QCoreApplication>
#include <QCursor>
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

Status writeReport(const report::ReportDocument &document, const QString &path, ReportFormat format)
{
    // Drawn on the GUI thread: a wait cursor for the fraction of a second it takes.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restore = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
    return writeOutputFile(path, [&](QIODevice &device) -> Status {
        if (format == ReportFormat::Pdf)
            return writePdfReport(document, device);
        const QByteArray html = htmlReport(document);
        if (device.write(html) != html.size())
            return Error::io(Text::tr("cannot write the report: %1").arg(device.errorString()));
        return {};
    });
}

QString reportFileFilter()
{
    return Text::tr("PDF documents (*.pdf);;HTML pages (*.html);;All files (*)");
}

Status writeRunReport(const RunRecord &entry, const QString &path)
{
    const auto document = reporting::runReport(entry);
    if (!document)
        return document.error();
    return writeReport(*document, path, reportFormatOf(path));
}

} // namespace rutile::ui
