#include "ChartApplication.h"
#include "Cli.h"

#include <QCoreApplication>

#include <csignal>

int main(int argc, char *argv[])
{
#ifdef SIGPIPE
    // A reader that goes away (`rutile-cli export X --csv - | head`) must give a write error
    // that the command reports with exit 2, not kill the process with a signal.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    // A QApplication only for `chart`, which draws with the GUI's chart widget; every other
    // command stays on QCoreApplication and needs no display (see ChartApplication.h).
    const rutile::cli::CliApplication app = rutile::cli::createApplication(argc, argv);
    // The GUI uses the same names, so both find the same default workspace.
    QCoreApplication::setOrganizationName(QStringLiteral("Rutile"));
    QCoreApplication::setApplicationName(QStringLiteral("Rutile"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUTILE_VERSION));
    return rutile::cli::run(app.arguments);
}
