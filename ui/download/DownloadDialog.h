#pragma once

#include "import/HistoryDownload.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rutile::ui {

/// Data > Download...: which symbols, from which provider, over which range. The symbols field
/// remembers the last entries; Stooq's API key is asked for (and saved) only when Stooq is
/// chosen. Nothing is fetched here: jobs() is what DownloadController runs.
class DownloadDialog : public QDialog {
    Q_OBJECT
public:
    explicit DownloadDialog(QWidget *parent = nullptr);

    void setSymbolsText(const QString &text);
    /// Puts the symbols of a watchlist file (readSymbolList) in the field; the error, shown in
    /// the dialog too, when the file cannot be used.
    Status loadSymbolList(const QString &path);
    void setProvider(net::Provider provider);
    /// The downloads asked for; empty while the input is not valid.
    std::vector<DownloadJob> jobs() const;
    /// Why the input cannot be used, or an empty string.
    QString problem() const;

    QComboBox *symbolsBox() const { return m_symbols; }
    QComboBox *providerBox() const { return m_provider; }
    QLineEdit *apiKeyEdit() const { return m_apiKey; }

    /// The symbols downloaded last (QSettings), newest first.
    static QStringList recentSymbols();
    static void rememberSymbols(const QStringList &symbols);

    void accept() override;

private:
    net::Provider provider() const;
    QStringList symbolList() const;
    void updateState();

    QComboBox *m_symbols = nullptr;
    QComboBox *m_provider = nullptr;
    QLabel *m_hint = nullptr;
    QCheckBox *m_allHistory = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toToday = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_apiKeyLabel = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rutile::ui
