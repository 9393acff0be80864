#include "settings/SettingsDialog.h"

#include "backtest/RunSettingsForm.h"
#include "download/NetworkSettingsPage.h"
#include "settings/AppLanguage.h"
#include "settings/AppTheme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rutile::ui {

SettingsDialog::SettingsDialog(const Current &current, QWidget *parent) : QDialog(parent), m_startLanguage(savedLanguage())
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_tabs = new QTabWidget;
    m_tabs->addTab(makeGeneralPage(current.darkTheme), tr("&General"));
    m_network = new NetworkSettingsPage;
    m_tabs->addTab(m_network, tr("&Data providers"));
    m_tabs->addTab(makeBacktestPage(current), tr("&Backtest defaults"));

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(textStyle(Tone::Bad));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_network, &NetworkSettingsPage::acceptableChanged, this, &SettingsDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    updateLanguageNote();
    validate();
}

QWidget *SettingsDialog::makeGeneralPage(bool darkTheme)
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const LanguageChoice &choice : languageChoices())
        m_language->addItem(choice.nativeName, choice.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_startLanguage)));
    form->addRow(tr("&Language:"), m_language);
    m_languageNote = new QLabel;
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    // The note changes with the choice: room for the longer of its two texts from the start.
    const QFontMetrics metrics(m_languageNote->font());
    m_languageNote->setMinimumWidth(std::max(metrics.horizontalAdvance(tr("Takes effect when Rutile starts again.")),
                                             metrics.horizontalAdvance(tr("Rutile is in %1.").arg(QStringLiteral("Français")))));
    form->addRow(QString(), m_languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateLanguageNote);

    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Light"), false);
    m_theme->addItem(tr("Dark"), true);
    m_theme->setCurrentIndex(darkTheme ? 1 : 0);
    form->addRow(tr("&Theme:"), m_theme);
    return page;
}

QWidget *SettingsDialog::makeBacktestPage(const Current &current)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_benchmark = new QComboBox;
    m_benchmark->setObjectName(QStringLiteral("defaultBenchmarkCombo"));
    m_benchmark->addItem(tr("Automatic (the S&P 500 when the workspace has it)"), QString());
    for (const QString &symbol : current.symbols)
        m_benchmark->addItem(symbol, symbol);
    // A saved benchmark the workspace no longer holds stays as it is unless the user changes it.
    if (!current.benchmark.isEmpty() && m_benchmark->findData(current.benchmark) < 0)
        m_benchmark->addItem(tr("%1 (not in the workspace)").arg(current.benchmark), current.benchmark);
    m_benchmark->setCurrentIndex(std::max(0, m_benchmark->findData(current.benchmark)));
    m_benchmark->setEnabled(!current.symbols.isEmpty());
    m_benchmark->setToolTip(tr("Beta, alpha and the benchmark curve of backtests and risk studies, in this workspace "
                               "(rutile-cli uses it too)"));
    form->addRow(tr("Default &benchmark:"), m_benchmark);
    layout->addLayout(form);
    auto *costs = new QLabel(tr("Costs, sizing and fills the strategy panel starts from:"));
    layout->addWidget(costs);
    m_runSettings = new RunSettingsForm;
    m_runSettings->setValues(current.runSettings);
    layout->addWidget(m_runSettings, 1);
    return page;
}

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(static_cast<int>(page));
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

bool SettingsDialog::darkTheme() const
{
    return m_theme->currentData().toBool();
}

ParamValues SettingsDialog::runSettings() const
{
    return m_runSettings->values();
}

QString SettingsDialog::benchmark() const
{
    return m_benchmark->currentData().toString();
}

void SettingsDialog::updateLanguageNote()
{
    m_languageNote->setText(language() == m_startLanguage
                                ? tr("Rutile is in %1.").arg(languageName(installedLanguage()))
                                : tr("Takes effect when Rutile starts again."));
}

void SettingsDialog::validate()
{
    QString problem;
    if (!m_network->isAcceptable())
        problem = tr("Data providers: the mirror is refused (see the page).");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void SettingsDialog::accept()
{
    // The run settings are checked as the strategy panel checks them: a bad value names itself.
    if (auto config = m_runSettings->config(); !config) {
        m_problem->setText(tr("Backtest defaults: %1").arg(config.error().message));
        showPage(Page::BacktestDefaults);
        return;
    }
    if (!m_network->isAcceptable())
        return;
    m_network->save();
    QDialog::accept();
}

} // namespace rutile::ui
