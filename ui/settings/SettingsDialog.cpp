#include "settings/SettingsDialog.h"

#include "settings/AppLanguage.h"

#include <QComboBox>
#include <algorithm>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QFontMetrics>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace rutile::ui {

SettingsDialog::SettingsDialog(bool darkTheme, QWidget *parent) : QDialog(parent), m_startLanguage(savedLanguage())
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    auto *general = new QGroupBox(tr("General"));
    auto *form = new QFormLayout(general);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const LanguageChoice &choice : languageChoices())
        m_language->addItem(choice.nativeName, choice.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_startLanguage)));
    form->addRow(tr("&Language:"), m_language);
    m_languageNote = new QLabel;
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    form->addRow(QString(), m_languageNote);

    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Light"), false);
    m_theme->addItem(tr("Dark"), true);
    m_theme->setCurrentIndex(darkTheme ? 1 : 0);
    form->addRow(tr("&Theme:"), m_theme);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateLanguageNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addStretch(1);
    layout->addWidget(buttons);
    // The note changes with the choice: room for the longer of its two texts from the start.
    const QFontMetrics metrics(m_languageNote->font());
    m_languageNote->setMinimumWidth(std::max(metrics.horizontalAdvance(tr("Takes effect when Rutile starts again.")),
                                             metrics.horizontalAdvance(tr("Rutile is in %1.").arg(QStringLiteral("Français")))));
    updateLanguageNote();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

bool SettingsDialog::darkTheme() const
{
    return m_theme->currentData().toBool();
}

void SettingsDialog::updateLanguageNote()
{
    m_languageNote->setText(language() == m_startLanguage
                                ? tr("Rutile is in %1.").arg(languageName(effectiveLanguage(m_startLanguage)))
                                : tr("Takes effect when Rutile starts again."));
}

} // namespace rutile::ui
