#include "ChartApplication.h"
#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // A QApplication only for `chart`, which draws with the GUI's chart widget; every other
    // command stays on QCoreApplication and needs no display (see ChartApplication.h).
    const rutile::cli::CliApplication app = rutile::cli::createApplication(argc, argv);
    // The GUI uses the same names, so both find the same default workspace.
    QCoreApplication::setOrganizationName(QStringLiteral("Rutile"));
    QCoreApplication::setApplicationName(QStringLiteral("Rutile"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUTILE_VERSION));
    return rutile::cli::run(app.arguments);
}
