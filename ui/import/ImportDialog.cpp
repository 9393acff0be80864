#include "import/ImportDialog.h"

#include "import/ColumnMappingWidget.h"
#include "import/ImportPreviewModel.h"
#include "RecentFolders.h"
#include "TableCsvExport.h"
#include "WindowGeometry.h"
#include "data/Symbol.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rutile::ui {

namespace {

constexpr int kMaxListedIssues = 200;

} // namespace

QString ImportDialog::formatTitle(CsvFormat format)
{
    switch (format) {
    case CsvFormat::Auto:
        return tr("Auto-detect");
    case CsvFormat::Yahoo:
        return tr("Yahoo Finance");
    case CsvFormat::YFinance:
        return tr("yfinance");
    case CsvFormat::Stooq:
        return tr("Stooq");
    case CsvFormat::Generic:
        return tr("Generic CSV");
    }
    return {};
}

ImportDialog::ImportDialog(const QString &workspacePath, QWidget *parent)
    : QDialog(parent)
    , m_workspacePath(workspacePath)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import History"));

    m_runner = new ImportRunner(this);

    // --- source: file, format, symbol, strictness
    m_setup = new QWidget(this);
    m_file = new QLineEdit(m_setup);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setPlaceholderText(tr("A CSV file with daily bars"));
    auto *browse = new QPushButton(tr("&Browse..."), m_setup);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_format = new QComboBox(m_setup);
    m_format->setObjectName(QStringLiteral("formatBox"));
    for (CsvFormat f : {CsvFormat::Auto, CsvFormat::Yahoo, CsvFormat::YFinance, CsvFormat::Stooq, CsvFormat::Generic})
        m_format->addItem(formatTitle(f), static_cast<int>(f));
    m_detectedLabel = new QLabel(m_setup);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format);
    formatRow->addWidget(m_detectedLabel, 1);

    m_symbol = new QLineEdit(m_setup);
    m_symbol->setObjectName(QStringLiteral("symbolEdit"));
    m_symbol->setMaxLength(32);
    m_symbol->setToolTip(
        tr("The symbol the bars are stored under; bars of an existing symbol are replaced day by day"));

    m_strict = new QCheckBox(tr("Strict: abort on the first bad row, write nothing"), m_setup);
    m_strict->setObjectName(QStringLiteral("strictBox"));

    auto *source = new QFormLayout;
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, m_setup);
        l->setBuddy(buddy);
        return l;
    };
    source->addRow(label(tr("&File:"), m_file), fileRow);
    source->addRow(label(tr("F&ormat:"), m_format), formatRow);
    source->addRow(label(tr("&Symbol:"), m_symbol), m_symbol);
    source->addRow(QString(), m_strict);

    // --- column mapping (generic CSV only)
    m_mappingBox = new QGroupBox(tr("Column mapping"), m_setup);
    m_mapping = new ColumnMappingWidget(m_mappingBox);
    auto *mappingLayout = new QVBoxLayout(m_mappingBox);
    mappingLayout->addWidget(m_mapping);

    // --- preview
    auto *previewBox = new QGroupBox(tr("Preview of the first rows"), m_setup);
    m_preview = new ImportPreviewModel(this);
    m_previewView = new QTableView(previewBox);
    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setModel(m_preview);
    m_previewView->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 6);
    m_previewView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    addCsvExportAction(m_previewView, QStringLiteral("import-preview.csv"));
    m_status = new QLabel(previewBox);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewView, 1);
    previewLayout->addWidget(m_status);

    auto *setupLayout = new QVBoxLayout(m_setup);
    setupLayout->setContentsMargins(0, 0, 0, 0);
    setupLayout->addLayout(source);
    setupLayout->addWidget(m_mappingBox);
    setupLayout->addWidget(previewBox, 1);

    // --- progress and report
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("Importing... %p%"));
    m_cancel = new QPushButton(tr("&Cancel import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("reportView"));
    m_report->setReadOnly(true);
    m_report->setMaximumHeight(150);
    m_report->setPlaceholderText(tr("The import report appears here."));

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_setup, 1);
    layout->addLayout(progressRow);
    layout->addWidget(m_report);
    layout->addWidget(buttons);

    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_mappingBox->setVisible(false);
    applyDefaultGeometry(this, QSize(940, 720));

    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (QDir::cleanPath(m_file->text().trimmed()) != m_file->property("loadedPath").toString())
            loadFile();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::detect);
    connect(m_symbol, &QLineEdit::textEdited, this, [this] {
        m_symbolEdited = true;
        updateState();
    });
    connect(m_mapping, &ColumnMappingWidget::layoutChanged, this, [this] {
        updateColumnNames();
        updatePreview();
    });
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_runner, &ImportRunner::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_runner, &ImportRunner::finished, this, &ImportDialog::onFinished);

    updateState();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::browse()
{
    // The folder of the file in the field, else the folder the last import came from.
    const QString start = m_file->text().isEmpty() ? QString() : QFileInfo(filePath()).absolutePath();
    const QString path = askOpenFileName(
        this, FolderKind::Import, tr("Choose a history file"), tr("CSV files (*.csv *.txt);;All files (*)"), start);
    if (path.isEmpty())
        return;
    setFilePath(path);
}

void ImportDialog::setFilePath(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    loadFile();
}

QString ImportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

void ImportDialog::setFormat(CsvFormat format)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

CsvFormat ImportDialog::format() const
{
    return static_cast<CsvFormat>(m_format->currentData().toInt());
}

void ImportDialog::setSymbol(const QString &symbol)
{
    m_symbol->setText(symbol);
    m_symbolEdited = true;
    updateState();
}

QString ImportDialog::symbol() const
{
    return m_symbol->text().trimmed();
}

void ImportDialog::setStrict(bool strict)
{
    m_strict->setChecked(strict);
}

void ImportDialog::loadFile()
{
    const QString path = filePath();
    m_file->setProperty("loadedPath", QDir::cleanPath(path));
    m_head.clear();
    m_fileError.reset();
    m_symbolEdited = false;
    if (!path.isEmpty()) {
        auto head = readFileHead(path);
        if (head)
            m_head = std::move(*head);
        else
            m_fileError = head.error();
    }
    detect();
}

void ImportDialog::detect()
{
    m_detected.reset();
    m_detectError.reset();
    m_generic = false;
    if (!m_fileError && !m_head.isEmpty()) {
        auto layout = detectLayout(m_head, format(), filePath());
        if (layout)
            m_detected = *layout;
        else
            m_detectError = layout.error();
        // Auto falls back to generic sniffing, so its failure is a generic file too.
        m_generic = format() == CsvFormat::Generic
            || (format() == CsvFormat::Auto && (!m_detected || m_detected->format == CsvFormat::Generic));
    }

    if (format() == CsvFormat::Auto && m_detected)
        m_detectedLabel->setText(tr("Detected: %1").arg(formatTitle(m_detected->format)));
    else
        m_detectedLabel->clear();

    if (m_generic) {
        // Prefill the mapping from detection; when detection failed, start from a default
        // layout and let the user fix the part it could not guess.
        CsvLayout initial = m_detected.value_or(CsvLayout {});
        initial.format = CsvFormat::Generic;
        m_mapping->setCsvLayout(initial);
        updateColumnNames();
    }
    m_mappingBox->setVisible(m_generic);
    prefillSymbol();
    updatePreview();
}

void ImportDialog::updateColumnNames()
{
    const CsvLayout layout = m_mapping->csvLayout();
    const QList<QByteArrayView> lines = firstLines(m_head, std::max(0, layout.headerLines) + 1);
    QStringList names;
    if (layout.headerLines > 0 && layout.headerLines <= lines.size()) {
        names = splitCsvLine(lines[layout.headerLines - 1], layout.delimiter);
    } else if (layout.headerLines < lines.size()) {
        // No header: offer as many unnamed columns as the first data row has.
        const auto fields = splitCsvLine(lines[layout.headerLines], layout.delimiter).size();
        for (qsizetype i = 0; i < fields; ++i)
            names << QString();
    }
    m_mapping->setColumnNames(names);
}

std::optional<CsvLayout> ImportDialog::currentLayout() const
{
    if (m_head.isEmpty())
        return std::nullopt;
    if (m_generic)
        return m_mapping->csvLayout();
    return m_detected;
}

void ImportDialog::prefillSymbol()
{
    if (m_symbolEdited)
        return;
    std::optional<QString> guess;
    if (m_detected && !m_detected->symbolInFile.isEmpty())
        guess = normalizeSymbol(m_detected->symbolInFile);
    if (!guess && !filePath().isEmpty())
        guess = symbolFromFileName(filePath());
    m_symbol->setText(guess.value_or(QString()));
}

void ImportDialog::updatePreview()
{
    const auto layout = currentLayout();
    if (layout)
        m_preview->setPreview(m_head, *layout);
    else
        m_preview->clear();
    updateState();
}

QString ImportDialog::statusText() const
{
    return m_status->text();
}

bool ImportDialog::canImport() const
{
    if (isImporting() || m_fileError || m_head.isEmpty())
        return false;
    const auto layout = currentLayout();
    if (!layout || !layout->validate())
        return false;
    return normalizeSymbol(symbol()).has_value();
}

void ImportDialog::updateState()
{
    QString text;
    bool problem = true;
    const auto layout = currentLayout();
    if (filePath().isEmpty()) {
        text = tr("Choose a file to import.");
        problem = false;
    } else if (m_fileError) {
        text = m_fileError->toString();
    } else if (m_head.isEmpty()) {
        text = tr("The file is empty.");
    } else if (!layout) {
        text = m_detectError ? m_detectError->toString()
                             : tr("The file cannot be read as %1.").arg(formatTitle(format()));
    } else if (Status s = layout->validate(); !s) {
        text = tr("Column mapping: %1").arg(s.error().message);
    } else if (m_preview->issueCount() > 0) {
        const auto first = m_preview->issueAt([this] {
            for (int r = 0; r < m_preview->rowCount(); ++r) {
                if (m_preview->issueAt(r))
                    return r;
            }
            return 0;
        }());
        text = tr("%n of the first %1 rows cannot be read (highlighted); an import skips such rows, or stops at the "
                  "first one when Strict is checked.",
            nullptr, m_preview->issueCount())
                   .arg(m_preview->rowCount());
        if (first)
            text += QLatin1Char('\n')
                + tr("Line %1, column %2: %3").arg(first->line).arg(first->column).arg(first->reason);
    } else if (m_preview->rowCount() == 0) {
        text = tr("No data rows in the first part of the file.");
    } else if (!normalizeSymbol(symbol())) {
        text = symbol().isEmpty()
            ? tr("Enter the symbol to store the bars under.")
            : tr("'%1' is not a valid symbol: use letters, digits and . - _ =, up to 32.").arg(symbol());
    } else {
        text = tr("The first %n rows read correctly.", nullptr, m_preview->rowCount());
        problem = false;
    }
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(
        QPalette::WindowText, problem ? QColor(0xb0, 0x20, 0x20) : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
    m_import->setEnabled(canImport());
}

ImportRequest ImportDialog::request() const
{
    ImportRequest r;
    r.filePath = filePath();
    r.format = format();
    r.symbol = normalizeSymbol(symbol()).value_or(symbol());
    r.strict = m_strict->isChecked();
    if (m_generic)
        r.layout = m_mapping->csvLayout();
    return r;
}

bool ImportDialog::isImporting() const
{
    return m_runner->isRunning();
}

void ImportDialog::startImport()
{
    if (!canImport())
        return;
    m_lastOutcome.reset();
    m_cancelRequested = false;
    m_report->clear();
    m_setup->setEnabled(false);
    m_import->setEnabled(false);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    m_runner->start(m_workspacePath, request(), true);
}

QString ImportDialog::replacementQuestion(const QString &symbol, const CacheComparison &c)
{
    const QLocale locale;
    QStringList lines;
    lines << tr("%1 already has %2 bars in this workspace. This file changes %3 of them, from %4 to %5, and adds %6.")
                 .arg(symbol, locale.toString(c.cachedBars), locale.toString(c.changed),
                     c.changedFrom.toString(Qt::ISODate), c.changedTo.toString(Qt::ISODate), locale.toString(c.added));
    if (c.largestVolumeRatio > 1.5)
        lines << tr("Volumes differ by up to %1 times: the file may come from another source.")
                     .arg(locale.toString(c.largestVolumeRatio, 'g', 3));
    if (c.volumesLost > 0)
        lines << tr("%n bar(s) with a volume get none from the file.", nullptr, int(c.volumesLost));
    if (c.largestCloseChange > 0)
        lines << tr("Closes differ by up to %1%.").arg(locale.toString(100 * c.largestCloseChange, 'g', 3));
    lines << tr("Replace the cached bars with the file's?");
    return lines.join(QLatin1Char('\n'));
}

void ImportDialog::cancelImport()
{
    if (!isImporting())
        return;
    m_cancel->setEnabled(false);
    m_cancelRequested = true;
    m_progress->setFormat(tr("Cancelling..."));
    m_runner->cancel();
}

void ImportDialog::reject()
{
    if (isImporting()) {
        // Close once the worker has stopped; the outcome is still reported to the owner.
        m_closeWhenDone = true;
        cancelImport();
        return;
    }
    QDialog::reject();
}

void ImportDialog::onFinished(const ImportOutcome &result)
{
    ImportOutcome outcome = result;
    if (outcome.needsConfirmation()) {
        const QString symbol = outcome.pending->report.symbol;
        // Closed or cancelled meanwhile: nothing is asked, and nothing written.
        bool replace = false;
        if (!m_closeWhenDone && !m_cancelRequested) {
            replace = m_confirmReplacement
                ? m_confirmReplacement(symbol, *outcome.comparison)
                : QMessageBox::question(this, tr("Replace Cached Bars?"), replacementQuestion(symbol, *outcome.comparison),
                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                    == QMessageBox::Yes;
        }
        // Asked while the worker was idle: a cancel during the question counts too.
        if (replace && !m_closeWhenDone && !m_cancelRequested) {
            m_cancel->setEnabled(true);
            m_progress->setFormat(tr("Importing... %p%"));
            m_runner->storePending(m_workspacePath, outcome.pending);
            return;
        }
        outcome.pending.reset();
        outcome.error = Error::cancelled(tr("the cached bars of %1 were kept").arg(symbol), outcome.error.file);
    }
    m_lastOutcome = outcome;
    m_progress->setVisible(false);
    m_progress->setFormat(tr("Importing... %p%"));
    m_cancel->setVisible(false);
    m_setup->setEnabled(true);
    showReport(outcome);
    updateState();
    if (outcome.ok())
        emit imported(outcome.report->symbol);
    emit importFinished(outcome);
    if (m_closeWhenDone) {
        m_closeWhenDone = false;
        QDialog::reject();
    }
}

QString ImportDialog::reportText() const
{
    return m_report->toPlainText();
}

void ImportDialog::showReport(const ImportOutcome &outcome)
{
    QStringList lines;
    if (outcome.cancelled()) {
        lines << tr("Import cancelled; the workspace is unchanged.");
        if (!outcome.error.message.isEmpty() && outcome.error.message != tr("import cancelled"))
            lines << outcome.error.message;
    } else if (!outcome.ok()) {
        lines << tr("Import failed; the workspace is unchanged.") << outcome.error.toString();
    } else {
        const ImportReport &r = *outcome.report;
        const QLocale locale;
        lines << tr("Imported %1 bars of %2 from %3 (%4) in %5 ms.")
                     .arg(locale.toString(r.rowsImported), r.symbol, QFileInfo(r.file).fileName(),
                         formatTitle(r.format), locale.toString(r.elapsedMs));
        lines << tr("Rows read: %1; imported: %2; skipped: %3; duplicate dates dropped: %4.")
                     .arg(locale.toString(r.rowsRead), locale.toString(r.rowsImported), locale.toString(r.rowsSkipped),
                         locale.toString(r.duplicatesDropped));
        lines << tr("Dates: %1 to %2.").arg(r.firstDate.toString(Qt::ISODate), r.lastDate.toString(Qt::ISODate));
        if (!r.skipped.empty()) {
            lines << tr("Skipped rows:");
            int listed = 0;
            for (const RowIssue &issue : r.skipped) {
                if (listed++ == kMaxListedIssues) {
                    lines << tr("  ... and %n more", nullptr, static_cast<int>(r.skipped.size()) - kMaxListedIssues);
                    break;
                }
                lines << QStringLiteral("  ")
                        + Error::invalidInput(issue.reason, QFileInfo(r.file).fileName(), issue.line, issue.column)
                              .toString();
            }
        }
        if (!r.warnings.empty()) {
            lines << tr("Warnings:");
            int listed = 0;
            for (const ParseWarning &w : r.warnings) {
                if (listed++ == kMaxListedIssues) {
                    lines << tr("  ... and %n more", nullptr, static_cast<int>(r.warnings.size()) - kMaxListedIssues);
                    break;
                }
                lines << QStringLiteral("  ")
                        + Error::invalidInput(w.message, QFileInfo(r.file).fileName(), w.line)
                              .toString();
            }
        }
    }
    m_report->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace rutile::ui
