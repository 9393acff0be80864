#include "journal/ReportBrowser.h"

#include "report/HtmlReportWriter.h"
#include "report/ReportWriters.h"

#include <QImage>

namespace rutile::ui {

ReportBrowser::ReportBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
}

Status ReportBrowser::setReport(const report::ReportDocument &document, QWidget *progressParent)
{
    QByteArray html;
    const Status drawn = drawRecordedReport(document, progressParent, tr("Drawing the report..."),
        [&](const std::vector<QPicture> &charts, const TaskControl &control) -> Status {
            auto page = htmlReport(document, charts, control);
            if (!page)
                return page.error();
            html = std::move(*page);
            return {};
        });
    if (drawn)
        setHtml(QString::fromUtf8(html));
    return drawn;
}

QVariant ReportBrowser::loadResource(int type, const QUrl &name)
{
    // data:image/png;base64,...: the charts the HTML carries inside.
    if (type == QTextDocument::ImageResource && name.scheme() == QLatin1String("data")) {
        const QString url = name.toString(QUrl::FullyEncoded);
        const qsizetype comma = url.indexOf(QLatin1Char(','));
        QImage image = QImage::fromData(QByteArray::fromBase64(url.mid(comma + 1).toLatin1()), "PNG");
        image.setDevicePixelRatio(2.0); // drawn at twice the size (ReportChartPlot)
        return image;
    }
    return QTextBrowser::loadResource(type, name);
}

} // namespace rutile::ui
