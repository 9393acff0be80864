#include "report/PdfReportWriter.h"

#include "report/ReportChartPlot.h"

#include <QAbstractTextDocumentLayout>
#include "util/AppVersion.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

#include <cmath>
#include <vector>

namespace rutile::ui {

using namespace report;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ui::PdfReportWriter)
};

constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kChartIndex = QTextFormat::UserProperty + 1;
constexpr int kDpi = 96; // the layout's unit: one device-independent pixel, as on screen

/// Draws the charts where the text layout placed them, from their recorded vectors.
class ChartObjects : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    std::vector<QPicture> pictures;

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &) override
    {
        return QSizeF(kReportChartWidth, kReportChartHeight);
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const std::size_t index = std::size_t(format.property(kChartIndex).toInt());
        // A chart replays its own clipping, which would undo the page's: draw it only on the page
        // the layout put it on (a chart never straddles two).
        if (index >= pictures.size() || (painter->hasClipping() && !painter->clipBoundingRect().intersects(rect)))
            return;
        painter->save();
        painter->drawPicture(rect.topLeft(), pictures[index]);
        painter->restore();
    }
};

QTextCharFormat textFormat(double points, bool bold = false, const QColor &colour = QColor(0x1d, 0x1d, 0x1d))
{
    QTextCharFormat f;
    // No ligatures: text copied out of the PDF (a hash, "profit_factor") must read as typed.
    f.setFontStyleStrategy(QFont::PreferNoShaping);
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(colour);
    return f;
}

void block(QTextCursor &cursor, const QString &text, const QTextCharFormat &format, double topMargin = 0,
           const QColor &background = QColor())
{
    QTextBlockFormat b;
    b.setTopMargin(topMargin);
    b.setBottomMargin(3);
    if (background.isValid())
        b.setBackground(background);
    cursor.insertBlock(b, format);
    cursor.insertText(text, format);
}

void table(QTextCursor &cursor, const ReportTable &t, const QString &caption)
{
    if (!caption.isEmpty()) {
        QTextCharFormat f = textFormat(8.5, false, QColor(0x44, 0x44, 0x44));
        f.setFontItalic(true);
        block(cursor, caption, f, 4);
    }
    const bool factList = t.header.isEmpty();
    const int columns = factList ? 2 : int(t.header.size());
    const int headerRows = factList ? 0 : 1;
    QTextTableFormat format;
    format.setBorder(0.5);
    format.setBorderBrush(QColor(0xc8, 0xc8, 0xc8));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellSpacing(0);
    format.setCellPadding(2);
    format.setHeaderRowCount(headerRows);
    format.setTopMargin(2);
    format.setBottomMargin(4);
    if (!factList)
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable *table = cursor.insertTable(int(t.rows.size()) + headerRows, columns, format);
    const QTextCharFormat cellText = textFormat(columns > 8 ? 7 : 8);
    const QTextCharFormat headText = textFormat(columns > 8 ? 7 : 8, true);
    for (int c = 0; c < columns && !factList; ++c) {
        QTextTableCell cell = table->cellAt(0, c);
        QTextCharFormat f = cell.format();
        f.setBackground(QColor(0xee, 0xf1, 0xf5));
        cell.setFormat(f);
        cell.firstCursorPosition().insertText(t.header[c], headText);
    }
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        for (int c = 0; c < columns && c < t.rows[r].size(); ++c) {
            QTextTableCell cell = table->cellAt(int(r) + headerRows, c);
            const std::size_t index = r * std::size_t(columns) + std::size_t(c);
            if (index < t.heat.size() && std::isfinite(t.heat[index])) {
                QTextCharFormat f = cell.format();
                f.setBackground(heatColour(t.heat[index], t.heatScale));
                cell.setFormat(f);
            }
            QTextCursor at = cell.firstCursorPosition();
            if (!factList && c >= t.numbersFrom) {
                QTextBlockFormat right;
                right.setAlignment(Qt::AlignRight);
                at.setBlockFormat(right);
            }
            at.insertText(t.rows[r][c], cellText);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

/// The document's text and objects; the n-th chart is an object drawn from ChartObjects' n-th picture.
void compose(QTextDocument &text, const ReportDocument &doc)
{
    int chart = 0;
    QTextCursor cursor(&text);
    // One edit block: the layout runs once at its end, not after every cell.
    cursor.beginEditBlock();
    cursor.insertText(doc.title, textFormat(17, true));
    if (!doc.subtitle.isEmpty())
        block(cursor, doc.subtitle, textFormat(10, false, QColor(0x55, 0x55, 0x55)));
    for (const ReportSection &s : doc.sections) {
        block(cursor, s.heading, textFormat(12.5, true, QColor(0x1f, 0x3f, 0x6a)), 12);
        for (const ReportBlock &b : s.blocks) {
            switch (b.kind) {
            case ReportBlock::Kind::Paragraph:
                block(cursor, b.text, textFormat(9));
                break;
            case ReportBlock::Kind::Note:
                block(cursor, b.text, textFormat(9, false, QColor(0x8a, 0x4b, 0x00)), 2, QColor(0xff, 0xf4, 0xe0));
                break;
            case ReportBlock::Kind::Code: {
                QTextCharFormat mono = textFormat(7.5);
                mono.setFontFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Courier New"), QStringLiteral("monospace")});
                mono.setFontFixedPitch(true);
                for (const QString &line : b.text.split(QLatin1Char('\n')))
                    block(cursor, line, mono, 0, QColor(0xf4, 0xf4, 0xf4));
                break;
            }
            case ReportBlock::Kind::Table:
                table(cursor, b.table, b.text);
                break;
            case ReportBlock::Kind::Chart: {
                QTextCharFormat object;
                object.setObjectType(kChartObject);
                object.setProperty(kChartIndex, chart++);
                QTextBlockFormat centred;
                centred.setAlignment(Qt::AlignHCenter);
                centred.setTopMargin(4);
                cursor.insertBlock(centred);
                cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
                break;
            }
            }
        }
    }
    cursor.endEditBlock();
}

} // namespace

Status writePdfReport(const ReportDocument &doc, const std::vector<QPicture> &pictures, QIODevice &device,
                      const TaskControl &control)
{
    if (Status s = checkRecordedCharts(doc, pictures); !s)
        return s;
    QPdfWriter pdf(&device);
    pdf.setResolution(kDpi);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(14, 14, 14, 16), QPageLayout::Millimeter);
    pdf.setTitle(doc.title);
    pdf.setCreator(QStringLiteral("Rutile %1").arg(appVersion()));

    QTextDocument text;
    text.setDocumentMargin(0);
    text.documentLayout()->setPaintDevice(&pdf);
    ChartObjects charts;
    charts.pictures = pictures;
    text.documentLayout()->registerHandler(kChartObject, &charts);
    const QRect page = pdf.pageLayout().paintRectPixels(kDpi);
    const double footer = 24;
    text.setPageSize(QSizeF(page.width(), page.height() - footer));
    compose(text, doc);
    control.report(0.2);

    QPainter painter;
    if (!painter.begin(&pdf))
        return Error::io(Text::tr("cannot start the PDF"));
    const int pages = text.pageCount();
    const QSizeF body = text.pageSize();
    QFont footerFont = painter.font();
    footerFont.setPointSizeF(7.5);
    for (int p = 0; p < pages; ++p) {
        if (control.cancelled())
            return Error::cancelled(Text::tr("cancelled"));
        if (p > 0 && !pdf.newPage())
            return Error::io(Text::tr("cannot add a page to the PDF"));
        painter.save();
        painter.translate(0, -p * body.height());
        const QRectF visible(0, p * body.height(), body.width(), body.height());
        painter.setClipRect(visible); // the layout draws whole blocks that reach into the page
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        context.palette.setColor(QPalette::Text, Qt::black);
        text.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x70, 0x70, 0x70));
        const QRectF foot(0, body.height() + 6, body.width(), footer - 6);
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, doc.title);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter, Text::tr("Page %1 of %2").arg(p + 1).arg(pages));
        control.report(0.2 + 0.8 * double(p + 1) / double(pages));
    }
    if (!painter.end())
        return Error::io(Text::tr("cannot finish the PDF"));
    return {};
}

} // namespace rutile::ui

#include "PdfReportWriter.moc"
