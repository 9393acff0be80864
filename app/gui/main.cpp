// rutile — the desktop application: command line, workspace choice, main window.

#include "MainWindow.h"
#include "import/SampleWorkspace.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::gui)
};

void installTranslators(QApplication &app)
{
    // Rutile's own catalogue, compiled into the resources under :/i18n when there is one,
    // then Qt's for the standard dialogs.
    auto *rutile = new QTranslator(&app);
    if (rutile->load(QLocale(), QStringLiteral("rutile"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(rutile);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The CLI uses the same names, so both find the same default workspace folder.
    QApplication::setOrganizationName(QStringLiteral("Rutile"));
    QApplication::setApplicationName(QStringLiteral("Rutile"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Rutile: charting and strategy workstation for index traders."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"), Text::tr("Open the sample workspace (synthetic data, generated on first use)."));
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"), Text::tr("Open the workspace file <path>."), Text::tr("path"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        Text::tr("Save a PNG image of the main window to <file> after loading, then exit."), Text::tr("file"));
    parser.addOptions({sampleOption, workspaceOption, screenshotOption});
    parser.process(app);

    if (parser.isSet(sampleOption) && parser.isSet(workspaceOption)) {
        std::fprintf(stderr, "%s\n", qPrintable(Text::tr("--sample and --workspace cannot be combined.")));
        return 1;
    }
    const QString screenshot = parser.value(screenshotOption);
    const bool oneShot = !screenshot.isEmpty();

    rutile::ui::MainWindow window;
    window.setPersistentSettings(!oneShot);
    if (!oneShot)
        window.restoreSettings();

    rutile::Status opened;
    if (parser.isSet(sampleOption)) {
        opened = window.openSampleWorkspace(rutile::Workspace::samplePath());
    } else if (parser.isSet(workspaceOption)) {
        opened = window.openWorkspace(parser.value(workspaceOption));
    } else {
        const QString last = rutile::ui::MainWindow::lastWorkspacePath();
        opened = window.openWorkspace(last);
        // The last workspace may have been moved or damaged; fall back to the default one
        // rather than start without any workspace.
        if (!opened && QDir::cleanPath(last) != QDir::cleanPath(rutile::Workspace::defaultPath())
            && window.openWorkspace(rutile::Workspace::defaultPath()).ok()) {
            opened = rutile::Status(rutile::Error {opened.error().kind,
                opened.error().toString() + QStringLiteral("\n\n") + Text::tr("The default workspace was opened instead."),
                {}, 0, 0});
        }
    }
    window.show();

    if (oneShot) {
        if (!opened)
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        // Let queued layout and chart replots run before grabbing.
        QTimer::singleShot(300, &window, [&window, screenshot, &app] {
            const bool saved = window.grab().save(screenshot, "PNG");
            if (!saved)
                std::fprintf(stderr, "%s\n", qPrintable(Text::tr("cannot write %1").arg(screenshot)));
            app.exit(saved ? 0 : 2);
        });
    } else if (!opened) {
        QTimer::singleShot(0, &window, [&window, opened] {
            QMessageBox::critical(&window, Text::tr("Cannot Open Workspace"),
                Text::tr("%1\n\nThe file was not changed.").arg(opened.error().toString()));
        });
    }
    return QApplication::exec();
}
