#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace rutile::ui {

/// Edit > Settings...: the application's preferences kept in QSettings. General: the language
/// (applied at the next start; the dialog offers to restart) and the theme (light or dark, the
/// whole window).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(bool darkTheme, QWidget *parent = nullptr);

    QString language() const; ///< "" for the system's
    bool darkTheme() const;

private:
    void updateLanguageNote();

    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_languageNote = nullptr;
    QString m_startLanguage;
};

} // namespace rutile::ui
