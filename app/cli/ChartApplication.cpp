#include "ChartApplication.h"

#include "Cli.h"

#include <QApplication>

namespace rutile::cli {

namespace {

bool hasDisplay()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return true; // the native platform draws off screen there
#else
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#endif
}

QtMessageHandler g_previousHandler = nullptr;

// Errors go to stderr as one line each (CLI.md). Qt's note that it falls back to a default
// runtime folder when XDG_RUNTIME_DIR is unset (common on batch nodes) is not an error of
// the command; everything else Qt says is passed on.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// The QApplication sees only the program name (see the header).
int g_guiArgc = 1;
char *g_guiArgv[2] = {nullptr, nullptr};

} // namespace

CliApplication createApplication(int &argc, char **argv)
{
    CliApplication result;
    result.app = std::make_unique<QCoreApplication>(argc, argv);
    result.arguments = QCoreApplication::arguments();
    // `report` draws its charts with the same library.
    if (const QString name = commandName(result.arguments); name != QLatin1String("chart") && name != QLatin1String("report"))
        return result;

    result.app.reset();
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !hasDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_previousHandler = qInstallMessageHandler(messageHandler);
    g_guiArgv[0] = argv[0];
    result.app = std::make_unique<QApplication>(g_guiArgc, g_guiArgv);
    return result;
}

} // namespace rutile::cli
