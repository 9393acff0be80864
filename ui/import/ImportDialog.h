#pragma once

#include "import/ImportRunner.h"
#include "data/CsvLayout.h"
#include "import/HistoryImporter.h"

#include <QDialog>

#include <functional>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace rutile::ui {

class ColumnMappingWidget;
class ImportPreviewModel;

/// Imports a CSV history file into the open workspace.
///
/// The user picks a file, a format (Auto, Yahoo Finance, yfinance, Stooq, Generic CSV), the
/// symbol (prefilled from the file's Ticker line or its name) and strictness. For generic
/// CSV a column-mapping step, prefilled by detectLayout(), edits every part of the layout;
/// the preview shows the first rows as that layout reads them, bad rows highlighted. The
/// import itself runs on a worker thread (ImportRunner) with progress and cancel; the
/// dialog then shows the report, or the error, and stays open.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    /// `workspacePath` is the workspace file the import writes to.
    explicit ImportDialog(const QString &workspacePath, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFilePath(const QString &path);
    QString filePath() const;
    void setFormat(CsvFormat format);
    CsvFormat format() const;
    void setSymbol(const QString &symbol);
    QString symbol() const;
    void setStrict(bool strict);

    /// The layout an import would use now: the mapping's for generic CSV, else the detected
    /// one; std::nullopt when the file cannot be read as the chosen format.
    std::optional<CsvLayout> currentLayout() const;
    /// True when the column-mapping step is shown (generic CSV).
    bool isMappingShown() const { return m_generic; }
    ImportRequest request() const;
    /// Why Import is disabled, or the preview's verdict; shown under the preview.
    QString statusText() const;
    bool canImport() const;

    void startImport();
    void cancelImport();

    /// Asked when the file would change bars already cached (the default asks the user in a
    /// message box with replacementQuestion); false keeps the cache as it is.
    using ReplacementConfirmation = std::function<bool(const QString &symbol, const CacheComparison &comparison)>;
    void setReplacementConfirmation(ReplacementConfirmation confirm) { m_confirmReplacement = std::move(confirm); }
    /// "RUT already has 9,297 bars… changes 9,200 of them, from … to …, and adds 12. Volumes
    /// differ by up to 100 times…": what the question says.
    static QString replacementQuestion(const QString &symbol, const CacheComparison &comparison);
    bool isImporting() const;
    const std::optional<ImportOutcome> &lastOutcome() const { return m_lastOutcome; }

    ColumnMappingWidget *mapping() const { return m_mapping; }
    ImportPreviewModel *previewModel() const { return m_preview; }
    QString reportText() const;

    /// Display name of a format in the format combo.
    static QString formatTitle(CsvFormat format);

signals:
    /// A successful import stored bars under `symbol`.
    void imported(const QString &symbol);
    void importFinished(const rutile::ui::ImportOutcome &outcome);

public slots:
    void reject() override;

private:
    void browse();
    void loadFile();
    void detect();
    void updateColumnNames();
    void updatePreview();
    void updateState();
    void prefillSymbol();
    void onFinished(const ImportOutcome &result);
    void showReport(const ImportOutcome &outcome);

    QString m_workspacePath;
    QByteArray m_head;
    std::optional<Error> m_fileError;
    std::optional<CsvLayout> m_detected;
    std::optional<Error> m_detectError;
    bool m_generic = false;
    bool m_symbolEdited = false;
    bool m_closeWhenDone = false;
    std::optional<ImportOutcome> m_lastOutcome;

    QWidget *m_setup = nullptr;
    QLineEdit *m_file = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_detectedLabel = nullptr;
    QLineEdit *m_symbol = nullptr;
    QCheckBox *m_strict = nullptr;
    QGroupBox *m_mappingBox = nullptr;
    ColumnMappingWidget *m_mapping = nullptr;
    ImportPreviewModel *m_preview = nullptr;
    QTableView *m_previewView = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_close = nullptr;
    ImportRunner *m_runner = nullptr;
    bool m_cancelRequested = false; ///< Cancel was pressed for the running import
    ReplacementConfirmation m_confirmReplacement;
};

} // namespace rutile::ui
