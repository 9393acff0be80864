// Work the user waits on (ui/ProgressRun): it runs off the GUI thread; a quick one shows no
// dialog; a long one shows, after the moment kProgressDialogDelayMs, an application-modal
// progress dialog whose value is the work's and whose Cancel reaches the work. And the report
// writers (ui/report) draw from charts recorded beforehand, report their progress, and stop
// between charts or pages when told to.

#include "ProgressRun.h"
#include "UiTestSupport.h"
#include "report/HtmlReportWriter.h"
#include "report/PdfReportWriter.h"
#include "report/ReportChartPlot.h"
#include "report/ReportWriters.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QPointer>
#include <QDir>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace rutile;
using namespace rutile::ui;

namespace {

/// `charts` sections of one line chart each, of `points` days.
report::ReportDocument chartDocument(int charts, int points)
{
    report::ReportDocument doc;
    doc.title = QStringLiteral("Charts");
    for (int c = 0; c < charts; ++c) {
        report::ReportChart chart;
        chart.title = QStringLiteral("Line %1").arg(c + 1);
        report::ReportSeries s;
        s.name = QStringLiteral("zigzag");
        for (int i = 0; i < points; ++i) {
            chart.x.push_back(double(toDayNumber(QDate(1990, 1, 1).addDays(i))));
            s.y.push_back(100 + (i % 7) * (i % 13) + i * 0.01);
        }
        chart.series.push_back(s);
        doc.section(chart.title).chart(chart);
    }
    return doc;
}

/// A control that records the fractions it is told and says stop when `stop` is set.
struct Recording {
    std::vector<double> fractions;
    bool stop = false;
    TaskControl control()
    {
        TaskControl c;
        c.onProgress = [this](double f) { fractions.push_back(f); };
        c.isCancellationRequested = [this] { return stop; };
        return c;
    }
};

/// Work that waits for the user's Cancel (20 s at most, then an error), then takes `windDownMs`.
Status untilCancelled(const TaskControl &control, int windDownMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!control.cancelled()) {
        if (waited.elapsed() > 20000)
            return Error::internal(QStringLiteral("never cancelled"));
        QThread::msleep(5);
    }
    QThread::msleep(windDownMs);
    return Error::cancelled(QStringLiteral("stopped"));
}

} // namespace

class TestProgressRun : public QObject {
    Q_OBJECT

private slots:
    void quickWorkRunsOffTheGuiThreadWithoutADialog()
    {
        QWidget window;
        window.show();
        QThread *workThread = nullptr;
        bool dialogSeen = false;
        QTimer probe;
        connect(&probe, &QTimer::timeout, this, [&] { dialogSeen |= window.findChild<QProgressDialog *>() != nullptr; });
        probe.start(5);
        const Status s = runWithProgress(&window, QStringLiteral("quick"), [&](const TaskControl &control) {
            workThread = QThread::currentThread();
            control.report(1);
            return Status();
        });
        QVERIFY(s.ok());
        QVERIFY(workThread != nullptr);
        QVERIFY(workThread != QThread::currentThread());
        QVERIFY(!dialogSeen);
    }

    void longWorkShowsItsProgressAndStopsOnCancel()
    {
        QWidget window;
        window.show();
        QElapsedTimer clock;
        clock.start();
        qint64 shownAfter = -1;
        int valueShown = -1;
        Qt::WindowModality modality = Qt::NonModal;
        QTimer probe;
        connect(&probe, &QTimer::timeout, this, [&] {
            auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("progressRunDialog"));
            if (!dialog || !dialog->isVisible())
                return;
            if (shownAfter < 0)
                shownAfter = clock.elapsed();
            if (dialog->value() != 500)
                return; // the value follows the work's within a tick
            valueShown = dialog->value();
            modality = dialog->windowModality();
            auto *cancel = dialog->findChild<QPushButton *>();
            QVERIFY(cancel);
            QTest::mouseClick(cancel, Qt::LeftButton);
            probe.stop();
        });
        probe.start(10);
        // Half-way, then nothing until the user cancels (or 20 s pass, a failure).
        const Status s = runWithProgress(&window, QStringLiteral("long"), [](const TaskControl &control) {
            control.report(0.5);
            return untilCancelled(control, 0);
        });
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Cancelled);
        QVERIFY2(shownAfter >= kProgressDialogDelayMs - 20, QByteArray::number(shownAfter).constData());
        QCOMPARE(valueShown, 500);
        QCOMPARE(modality, Qt::ApplicationModal);
        QCoreApplication::processEvents();
        QVERIFY(!window.findChild<QProgressDialog *>()); // gone with the call
    }

    void reportWritersDrawRecordedChartsAndStopWhenTold()
    {
        const report::ReportDocument doc = chartDocument(2, 50);
        const std::vector<QPicture> charts = recordReportCharts(doc);
        QCOMPARE(charts.size(), std::size_t(2));

        Recording html;
        const auto page = htmlReport(doc, charts, html.control());
        QVERIFY(page);
        QCOMPARE(page->count("<img alt=\""), qsizetype(2));
        QCOMPARE(html.fractions, (std::vector<double>{0.5, 1.0}));

        Recording pdf;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writePdfReport(doc, charts, buffer, pdf.control()).ok());
        QVERIFY(buffer.data().startsWith("%PDF-"));
        QVERIFY(!pdf.fractions.empty());
        QCOMPARE(pdf.fractions.back(), 1.0);

        Recording stopped;
        stopped.stop = true;
        const auto none = htmlReport(doc, charts, stopped.control());
        QVERIFY(!none);
        QCOMPARE(none.error().kind, ErrorKind::Cancelled);
        QBuffer unused;
        unused.open(QIODevice::WriteOnly);
        const Status noPdf = writePdfReport(doc, charts, unused, stopped.control());
        QVERIFY(!noPdf.ok());
        QCOMPARE(noPdf.error().kind, ErrorKind::Cancelled);
        QVERIFY(recordReportCharts(doc, stopped.control()).empty()); // recording stops too
    }

    void aStoppedReportLeavesTheFileAsItWas()
    {
        // The writing half of writeReport(), told to stop: Cancelled, the file that was there
        // keeps its bytes, and no temporary file remains, for HTML and for PDF.
        QTemporaryDir dir;
        const report::ReportDocument doc = chartDocument(2, 50);
        const std::vector<QPicture> charts = recordReportCharts(doc);
        for (const ReportFormat format : {ReportFormat::Html, ReportFormat::Pdf}) {
            const QString path = dir.filePath(format == ReportFormat::Html ? QStringLiteral("report.html")
                                                                           : QStringLiteral("report.pdf"));
            {
                QFile before(path);
                QVERIFY(before.open(QIODevice::WriteOnly));
                before.write("the report of yesterday");
            }
            Recording stopped;
            stopped.stop = true;
            const Status s = writeReportFile(doc, charts, path, format, stopped.control());
            QVERIFY(!s.ok());
            QCOMPARE(s.error().kind, ErrorKind::Cancelled);
            QFile after(path);
            QVERIFY(after.open(QIODevice::ReadOnly));
            QCOMPARE(after.readAll(), QByteArray("the report of yesterday"));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{QStringLiteral("report.html"), QStringLiteral("report.pdf")}));

        // Not stopped, the same call writes the report over it.
        const QString path = dir.filePath(QStringLiteral("report.html"));
        QVERIFY(writeReportFile(doc, charts, path, ReportFormat::Html).ok());
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().startsWith("<!DOCTYPE html>"));
    }

    void theDialogStaysUntilTheWorkHasEnded()
    {
        // Cancel, Esc and the window's close button ask the work to stop; the dialog stays up,
        // its button disabled, until the work returns (here 300 ms after it saw the request).
        QWidget window;
        window.show();
        QPointer<QProgressDialog> dialog;
        bool visibleAfterCancel = false;
        bool buttonDisabled = false;
        QTimer probe;
        connect(&probe, &QTimer::timeout, this, [&] {
            if (!dialog) {
                auto *shown = window.findChild<QProgressDialog *>(QStringLiteral("progressRunDialog"));
                if (!shown || !shown->isVisible())
                    return;
                dialog = shown;
                QTest::mouseClick(dialog->findChild<QPushButton *>(), Qt::LeftButton); // Cancel
                QTest::keyClick(dialog, Qt::Key_Escape);                              // Esc
                dialog->close();                                                      // the close button
                return;
            }
            visibleAfterCancel = dialog->isVisible();
            buttonDisabled = !dialog->findChild<QPushButton *>()->isEnabled();
        });
        probe.start(20);
        const Status s = runWithProgress(&window, QStringLiteral("long"), [](const TaskControl &control) {
            return untilCancelled(control, 300); // winding down for 300 ms once asked
        });
        QCOMPARE(s.error().kind, ErrorKind::Cancelled);
        QVERIFY(visibleAfterCancel);
        QVERIFY(buttonDisabled);
        QVERIFY(!dialog); // deleted when the call returned
    }
};

QTEST_MAIN(TestProgressRun)
#include "tst_progressrun.moc"
