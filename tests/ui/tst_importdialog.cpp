// ImportDialog: detection, the generic column mapping and its preview, and imports run on a
// worker thread (success, failure and cancel; the last two leave the workspace unchanged).

#include "import/ColumnMappingWidget.h"
#include "import/ImportDialog.h"
#include "import/ImportPreviewModel.h"
#include "UiTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace rutile;
using namespace rutile::ui;

namespace {

int indexOfData(QComboBox *box, int value)
{
    return box->findData(value);
}

} // namespace

class TestImportDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString newWorkspace(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto ws = Workspace::open(path);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().toString()));
        return path;
    }

    static ImportOutcome waitForOutcome(ImportDialog &dialog)
    {
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        if (!finished.wait(30000))
            qFatal("the import did not finish");
        return *dialog.lastOutcome();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        rutile::test::isolateSettings(m_dir);
    }

    void namedFormatIsDetectedAndSymbolPrefilled()
    {
        ImportDialog dialog(newWorkspace(QStringLiteral("named.rutile")));
        dialog.setFilePath(rutile::test::fixture(QStringLiteral("ui_yahoo_small.csv")));
        QVERIFY(!dialog.isMappingShown());
        QCOMPARE(dialog.currentLayout()->format, CsvFormat::Yahoo);
        // "ui_yahoo_small.csv" → the part before the first '_'.
        QCOMPARE(dialog.symbol(), QStringLiteral("UI"));
        QCOMPARE(dialog.previewModel()->rowCount(), ImportPreviewModel::kPreviewRows);
        QCOMPARE(dialog.previewModel()->columnCount(), 7);
        QCOMPARE(dialog.previewModel()->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Close"));
        QCOMPARE(dialog.previewModel()->headerData(0, Qt::Vertical).toLongLong(), 2); // line 2 of the file
        QCOMPARE(dialog.previewModel()->issueCount(), 0);
        QVERIFY(dialog.canImport());

        // The yfinance Ticker line names the symbol.
        dialog.setFilePath(rutile::test::fixture(QStringLiteral("yfinance_three_header_lines.csv")));
        QVERIFY(dialog.currentLayout().has_value());
        QCOMPARE(dialog.currentLayout()->format, CsvFormat::YFinance);
        QVERIFY(!dialog.symbol().isEmpty());
        QCOMPARE(dialog.symbol(), dialog.currentLayout()->symbolInFile);

        // A named format that does not match the file is an error, and Import is disabled.
        dialog.setFilePath(rutile::test::fixture(QStringLiteral("ui_generic_semicolon_decimal_comma.csv")));
        dialog.setFormat(CsvFormat::Stooq);
        QVERIFY(!dialog.currentLayout().has_value());
        QVERIFY(!dialog.canImport());
        QVERIFY(!dialog.statusText().isEmpty());
    }

    void genericMappingDrivesThePreview()
    {
        ImportDialog dialog(newWorkspace(QStringLiteral("generic.rutile")));
        dialog.resize(940, 720);
        dialog.setFilePath(rutile::test::fixture(QStringLiteral("ui_generic_semicolon_decimal_comma.csv")));
        dialog.setFormat(CsvFormat::Generic);
        QVERIFY(dialog.isMappingShown());

        // Prefilled from detection.
        ColumnMappingWidget *mapping = dialog.mapping();
        const CsvLayout detected = mapping->csvLayout();
        QCOMPARE(detected.delimiter, ';');
        QCOMPARE(detected.decimalSeparator, ',');
        QCOMPARE(detected.dateFormat, QStringLiteral("dd.MM.yyyy"));
        QCOMPARE(detected.columnOf(BarField::Close), 4);

        ImportPreviewModel *preview = dialog.previewModel();
        QCOMPARE(preview->rowCount(), 6);
        QCOMPARE(preview->columnCount(), 6);
        QCOMPARE(preview->data(preview->index(0, 4)).toString(), QStringLiteral("101,0"));
        QCOMPARE(preview->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Close"));
        // Line 5 has "x" as its open: highlighted, with the reason.
        QCOMPARE(preview->issueCount(), 1);
        QVERIFY(preview->issueAt(3).has_value());
        QCOMPARE(preview->issueAt(3)->line, 5);
        QCOMPARE(preview->issueAt(3)->column, 2);
        QVERIFY(preview->data(preview->index(3, 1), Qt::BackgroundRole).isValid());
        QVERIFY(!preview->data(preview->index(2, 1), Qt::BackgroundRole).isValid());
        QVERIFY(dialog.statusText().contains(QStringLiteral("Line 5, column 2")));
        rutile::test::maybeSaveShot(&dialog, QStringLiteral("import-dialog-generic"));

        // Changing the delimiter re-splits the preview: with ',' the decimal commas split fields.
        mapping->delimiterBox()->setCurrentIndex(indexOfData(mapping->delimiterBox(), ','));
        QCOMPARE(mapping->csvLayout().delimiter, ',');
        QCOMPARE(preview->data(preview->index(0, 0)).toString(), QStringLiteral("02.01.2024;100"));
        QVERIFY(preview->columnCount() != 6);
        // ',' is now both delimiter and decimal separator: the mapping says so, Import is off.
        QVERIFY(dialog.statusText().contains(QStringLiteral("decimal separator")));
        QVERIFY(!dialog.canImport());

        // Back to ';' and a wrong date format: every row is flagged.
        mapping->delimiterBox()->setCurrentIndex(indexOfData(mapping->delimiterBox(), ';'));
        QCOMPARE(preview->columnCount(), 6);
        mapping->dateFormatBox()->setCurrentText(QStringLiteral("yyyy-MM-dd"));
        QCOMPARE(preview->issueCount(), 6);
        mapping->dateFormatBox()->setCurrentText(QStringLiteral("dd.MM.yyyy"));
        QCOMPARE(preview->issueCount(), 1);

        // Unmapping the open column makes line 5 readable (its bad field is no longer read).
        mapping->columnBox(BarField::Open)->setCurrentIndex(0);
        QCOMPARE(mapping->csvLayout().columnOf(BarField::Open), -1);
        QCOMPARE(preview->issueCount(), 0);
        QVERIFY(dialog.canImport());

        // Header lines: 0 makes the header row a (bad) data row.
        mapping->headerLinesBox()->setValue(0);
        QCOMPARE(preview->rowCount(), 7);
        QVERIFY(preview->issueAt(0).has_value());
    }

    void unknownHeadersAreMappedByHand()
    {
        ImportDialog dialog(newWorkspace(QStringLiteral("manual.rutile")));
        dialog.setFilePath(rutile::test::fixture(QStringLiteral("ui_generic_unknown_headers.csv")));
        // Auto falls back to generic sniffing, which cannot place the date column here.
        QVERIFY(dialog.isMappingShown());
        QVERIFY(!dialog.canImport());
        ColumnMappingWidget *mapping = dialog.mapping();
        mapping->delimiterBox()->setCurrentIndex(indexOfData(mapping->delimiterBox(), '|'));
        mapping->headerLinesBox()->setValue(1);
        // The column names come from the file's header line.
        QVERIFY(mapping->columnBox(BarField::Close)->itemText(5).contains(QStringLiteral("Schluss")));
        mapping->columnBox(BarField::Date)->setCurrentIndex(1); // column 1
        mapping->columnBox(BarField::Close)->setCurrentIndex(5); // column 5
        mapping->dateFormatBox()->setCurrentText(QStringLiteral("yyyy/MM/dd"));
        QCOMPARE(dialog.previewModel()->issueCount(), 0);
        QCOMPARE(dialog.previewModel()->rowCount(), 3);
        dialog.setSymbol(QStringLiteral("dax"));
        QVERIFY(dialog.canImport());
        const ImportRequest request = dialog.request();
        QVERIFY(request.layout.has_value());
        QCOMPARE(request.symbol, QStringLiteral("DAX"));

        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.startImport();
        const ImportOutcome outcome = waitForOutcome(dialog);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
        QCOMPARE(outcome.report->rowsImported, 3);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.first().first().toString(), QStringLiteral("DAX"));
    }

    void importRunsAndReports()
    {
        const QString path = newWorkspace(QStringLiteral("import.rutile"));
        ImportDialog dialog(path);
        dialog.setFilePath(rutile::test::fixture(QStringLiteral("ui_generic_semicolon_decimal_comma.csv")));
        dialog.setSymbol(QStringLiteral("GEN"));
        QVERIFY(dialog.canImport());
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.startImport();
        QVERIFY(dialog.isImporting() || dialog.lastOutcome().has_value());
        const ImportOutcome outcome = waitForOutcome(dialog);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
        QCOMPARE(outcome.report->rowsRead, 6);
        QCOMPARE(outcome.report->rowsImported, 5);
        QCOMPARE(outcome.report->rowsSkipped, 1);
        QCOMPARE(imported.count(), 1);
        const QString report = dialog.reportText();
        QVERIFY(report.contains(QStringLiteral("Rows read: 6; imported: 5; skipped: 1")));
        QVERIFY2(report.contains(QStringLiteral("ui_generic_semicolon_decimal_comma.csv:5:2: ")), qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("2024-01-02 to 2024-01-09")));
        QCOMPARE(rutile::test::workspaceSummary(path), QStringLiteral("GEN:5:2024-01-02:2024-01-09 imports:1"));
        rutile::test::maybeSaveShot(&dialog, QStringLiteral("import-dialog-report"));
    }

    void replacingCachedBarsAsksFirst()
    {
        const QString path = m_dir.filePath(QStringLiteral("replace.rutile"));
        rutile::test::workspaceWith(path, QStringLiteral("ui_yahoo_small.csv"), QStringLiteral("RUT"));
        const QString before = rutile::test::workspaceSummary(path);
        const auto cached = (*Workspace::open(path))->readBars(QStringLiteral("RUT"));
        QVERIFY(cached && cached->size() == 30);
        const QString original = rutile::test::fixture(QStringLiteral("ui_yahoo_small.csv"));

        // The same file with every volume a hundred times larger (another source's units).
        QFile in(rutile::test::fixture(QStringLiteral("ui_yahoo_small.csv")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = in.readAll().split('\n');
        for (int i = 1; i < lines.size(); ++i) {
            QList<QByteArray> cells = lines[i].split(',');
            if (cells.size() == 7)
                cells[6] = QByteArray::number(cells[6].toDouble() * 100, 'f', 0);
            lines[i] = cells.join(',');
        }
        const QString other = m_dir.filePath(QStringLiteral("RUT_other_source.csv"));
        QFile out(other);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines.join('\n'));
        out.close();

        int asked = 0;
        CacheComparison seen;
        const auto importWith = [&](const QString &file, bool answer) {
            ImportDialog dialog(path);
            dialog.setReplacementConfirmation([&](const QString &symbol, const CacheComparison &c) {
                ++asked;
                seen = c;
                return symbol == QStringLiteral("RUT") && answer;
            });
            dialog.setFilePath(file);
            dialog.setSymbol(QStringLiteral("RUT"));
            dialog.startImport();
            return waitForOutcome(dialog);
        };

        // Declined: nothing written, and the report says the cache was kept.
        const ImportOutcome declined = importWith(other, false);
        QCOMPARE(asked, 1);
        QCOMPARE(seen.cachedBars, 30);
        QCOMPARE(seen.changed, 30);
        QCOMPARE(seen.added, 0);
        QCOMPARE(seen.changedFrom, cached->firstDate());
        QCOMPARE(seen.changedTo, cached->lastDate());
        RUTILE_COMPARE_REL(seen.largestVolumeRatio, 100.0, 1e-12);
        QCOMPARE(seen.largestCloseChange, 0.0);
        QVERIFY(declined.cancelled());
        QCOMPARE(rutile::test::workspaceSummary(path), before);
        QVERIFY(ImportDialog::replacementQuestion(QStringLiteral("RUT"), seen).contains(QStringLiteral("100 times")));

        // Accepted: the file's bars replace the cache.
        const ImportOutcome accepted = importWith(other, true);
        QCOMPARE(asked, 2);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error.toString()));
        const auto replaced = (*Workspace::open(path))->readBars(QStringLiteral("RUT"));
        QCOMPARE(replaced->volume.front(), cached->volume.front() * 100);

        // A cancel that arrives once the file is parsed (the end of parsing reports half the
        // progress): the worker returns "cancelled", not a file waiting for the question.
        {
            ImportRequest request;
            request.filePath = original;
            request.symbol = QStringLiteral("RUT");
            bool parsed = false;
            TaskControl control;
            control.onProgress = [&parsed](double fraction) { parsed = parsed || fraction >= 0.5; };
            control.isCancellationRequested = [&parsed] { return parsed; };
            const QString kept = rutile::test::workspaceSummary(path);
            const ImportOutcome late = ImportRunner::run(path, request, control, true);
            QVERIFY(parsed);
            QVERIFY(!late.needsConfirmation());
            QVERIFY2(late.cancelled(), qPrintable(late.error.toString()));
            QCOMPARE(rutile::test::workspaceSummary(path), kept);
        }

        // The same file again changes nothing, so nobody is asked.
        const ImportOutcome same = importWith(other, false);
        QCOMPARE(asked, 2);
        QVERIFY(same.ok());
    }

    void strictFailureChangesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("strict.rutile"));
        rutile::test::workspaceWith(path, QStringLiteral("ui_yahoo_small.csv"), QStringLiteral("KEEP"));
        const QString before = rutile::test::workspaceSummary(path);

        ImportDialog dialog(path);
        dialog.setFilePath(rutile::test::fixture(QStringLiteral("ui_generic_semicolon_decimal_comma.csv")));
        dialog.setSymbol(QStringLiteral("KEEP"));
        dialog.setStrict(true);
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.startImport();
        const ImportOutcome outcome = waitForOutcome(dialog);
        QVERIFY(!outcome.ok());
        QVERIFY(!outcome.cancelled());
        QCOMPARE(outcome.error.line, 5);
        QCOMPARE(imported.count(), 0);
        QVERIFY(dialog.reportText().contains(QStringLiteral("workspace is unchanged")));
        QVERIFY(dialog.reportText().contains(outcome.error.toString()));
        QCOMPARE(rutile::test::workspaceSummary(path), before);
    }

    void cancelledImportChangesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancel.rutile"));
        rutile::test::workspaceWith(path, QStringLiteral("ui_yahoo_small.csv"), QStringLiteral("KEEP"));
        const QString before = rutile::test::workspaceSummary(path);
        const QString big = m_dir.filePath(QStringLiteral("big_history.csv"));
        rutile::test::writeLargeYahooFile(big, 150000);

        ImportDialog dialog(path);
        dialog.setFilePath(big);
        QCOMPARE(dialog.symbol(), QStringLiteral("BIG"));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.startImport();
        QVERIFY(dialog.isImporting());
        dialog.cancelImport();
        const ImportOutcome outcome = waitForOutcome(dialog);
        QVERIFY2(outcome.cancelled(), qPrintable(outcome.error.toString()));
        QCOMPARE(imported.count(), 0);
        QVERIFY(dialog.reportText().contains(QStringLiteral("cancelled")));
        QCOMPARE(rutile::test::workspaceSummary(path), before);

        // The same file imports completely when not cancelled, with progress on the way.
        QSignalSpy progress(dialog.findChild<QProgressBar *>(), &QProgressBar::valueChanged);
        dialog.startImport();
        const ImportOutcome done = waitForOutcome(dialog);
        QVERIFY2(done.ok(), qPrintable(done.error.toString()));
        QCOMPARE(done.report->rowsImported, 150000);
        QVERIFY(progress.count() > 0);
    }

    void closingDuringAnImportCancelsIt()
    {
        const QString path = newWorkspace(QStringLiteral("close.rutile"));
        const QString big = m_dir.filePath(QStringLiteral("big_close.csv"));
        rutile::test::writeLargeYahooFile(big, 150000);
        ImportDialog dialog(path);
        dialog.setFilePath(big);
        dialog.startImport();
        dialog.reject();
        const ImportOutcome outcome = waitForOutcome(dialog);
        QVERIFY(outcome.cancelled());
        QCOMPARE(rutile::test::workspaceSummary(path), QStringLiteral("imports:0"));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
