#pragma once

#include "params/ParamSpec.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace rutile::ui {

class NetworkSettingsPage;
class RunSettingsForm;

/// Edit > Settings...: the application's preferences in one dialog, one tab each.
/// - General: the language (applied at the next start; the main window offers to restart) and
///   the theme (light or dark, the whole window).
/// - Data providers: request rates, timeouts, Stooq's key, a mirror (saved on OK).
/// - Backtest defaults: the costs, sizing and fills the strategy panel starts from, and the
///   workspace's default benchmark (a workspace setting: the CLI uses it too).
/// The dialog only collects choices; MainWindow::showSettings applies them.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    enum class Page { General, DataProviders, BacktestDefaults };

    /// What the dialog starts from.
    struct Current {
        bool darkTheme = false;
        ParamValues runSettings;  ///< the strategy panel's
        QStringList symbols;      ///< the workspace's (empty: no workspace; the benchmark is disabled)
        QString benchmark;        ///< the workspace setting; empty: automatic (the S&P 500 when present)
    };

    explicit SettingsDialog(const Current &current, QWidget *parent = nullptr);

    void showPage(Page page);
    QTabWidget *tabs() const { return m_tabs; }

    QString language() const; ///< "" for the system's
    bool darkTheme() const;
    ParamValues runSettings() const;
    QString benchmark() const; ///< "" for automatic

    void accept() override;

private:
    QWidget *makeGeneralPage(bool darkTheme);
    QWidget *makeBacktestPage(const Current &current);
    void updateLanguageNote();
    void validate();

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_languageNote = nullptr;
    NetworkSettingsPage *m_network = nullptr;
    RunSettingsForm *m_runSettings = nullptr;
    QComboBox *m_benchmark = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_startLanguage;
};

} // namespace rutile::ui
