#pragma once

// The language of the GUI: the one the user chose in Settings, or the system's. It is applied
// once, at start (Qt's widgets do not retranslate themselves), by installing Rutile's catalogue
// and Qt's for that language and making its locale QLocale's default, so that numbers and dates
// the GUI formats through QLocale() follow it. The CLI never loads a catalogue.

#include <QList>
#include <QString>

class QCoreApplication;

namespace rutile::ui {

struct LanguageChoice {
    QString code;       ///< "en", "fr", "de"; empty for the system's language
    QString nativeName; ///< as its speakers write it ("Français"), or "System default" translated
};

/// A language's name as its speakers write it, for a sentence ("français", "Deutsch").
QString languageName(const QString &code);

/// The choices Settings offers: the system's language first, then every language Rutile has.
QList<LanguageChoice> languageChoices();

/// The saved choice ("" for the system's language).
QString savedLanguage();
void saveLanguage(const QString &code);

/// The language in use from the saved choice: the choice itself, or the system's first UI
/// language that Rutile has, else English.
QString effectiveLanguage(const QString &choice);

/// Installs the catalogues of effectiveLanguage(savedLanguage()) into `app` and sets QLocale's
/// default to that language; returns the language used.
QString installTranslations(QCoreApplication &app);

/// The language installTranslations() installed ("en" before it ran): the GUI's language now,
/// whatever has been saved for the next start since.
QString installedLanguage();

} // namespace rutile::ui
