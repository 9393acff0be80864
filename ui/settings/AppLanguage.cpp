#include "settings/AppLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace rutile::ui {

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

/// The languages with a catalogue (translations/rutile_XX.ts) and English, the sources' own.
const QStringList &shippedLanguages()
{
    static const QStringList codes{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de")};
    return codes;
}

/// What installTranslations() installed.
QString &installed()
{
    static QString language = QStringLiteral("en");
    return language;
}

} // namespace

QString languageName(const QString &code)
{
    // English's own name is the language's, not the US variant's ("American English").
    return code == QLatin1String("en") ? QStringLiteral("English") : QLocale(code).nativeLanguageName();
}

QList<LanguageChoice> languageChoices()
{
    QList<LanguageChoice> choices{{QString(), QCoreApplication::translate("rutile::ui::AppLanguage", "System default")}};
    for (const QString &code : shippedLanguages()) {
        QString name = languageName(code);
        if (!name.isEmpty())
            name[0] = name[0].toUpper(); // "français" as a list entry: "Français"
        choices.push_back({code, name});
    }
    return choices;
}

QString savedLanguage()
{
    const QString code = QSettings().value(kLanguageKey).toString();
    return shippedLanguages().contains(code) ? code : QString();
}

void saveLanguage(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(kLanguageKey);
    else
        QSettings().setValue(kLanguageKey, code);
}

QString effectiveLanguage(const QString &choice)
{
    if (shippedLanguages().contains(choice))
        return choice;
    // The system's own languages: QLocale()'s default is the one installTranslations() chose.
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (shippedLanguages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString installedLanguage()
{
    return installed();
}

QString installTranslations(QCoreApplication &app)
{
    const QString language = effectiveLanguage(savedLanguage());
    installed() = language;
    // The system's locale when it speaks the chosen language (fr_CA keeps its formats),
    // else the language's own (fr: fr_FR).
    // (A C/POSIX system locale stays too in English: it formats as Rutile did before languages.)
    const QLocale system;
    const bool systemSpeaksIt = QLocale(system.name()).language() == QLocale(language).language()
                                || (system.language() == QLocale::C && language == QLatin1String("en"));
    const QLocale locale = systemSpeaksIt ? system : QLocale(language);
    QLocale::setDefault(locale);
    if (language == QLatin1String("en"))
        return language;
    auto *rutile = new QTranslator(&app);
    if (rutile->load(QStringLiteral("rutile_") + language, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(rutile);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

} // namespace rutile::ui
