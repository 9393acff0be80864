// rutile — the desktop application: command line, workspace choice, main window.

#include "MainWindow.h"
#include "settings/AppLanguage.h"
#include "settings/AppTheme.h"
#include "import/SampleWorkspace.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::gui)
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The CLI uses the same names, so both find the same default workspace folder.
    QApplication::setOrganizationName(QStringLiteral("Rutile"));
    QApplication::setApplicationName(QStringLiteral("Rutile"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    rutile::ui::installTranslations(app);
    rutile::ui::applyTheme(rutile::ui::savedTheme());

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
    // A file manager opens a .rutile file with "rutile FILE" (the desktop file's Exec=rutile %f).
    parser.addPositionalArgument(QStringLiteral("workspace"), Text::tr("The workspace file to open, as --workspace."),
                                 QStringLiteral("[workspace]"));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (!positional.isEmpty() && parser.isSet(workspaceOption))) {
        std::fprintf(stderr, "%s\n", qPrintable(Text::tr("Give one workspace file.")));
        return 1;
    }
    const QString workspacePath = positional.isEmpty() ? parser.value(workspaceOption) : positional.front();
    if (parser.isSet(sampleOption) && !workspacePath.isEmpty()) {
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
    } else if (!workspacePath.isEmpty()) {
        opened = window.openWorkspace(workspacePath);
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
