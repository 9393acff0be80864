#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The GUI uses the same names, so both find the same default workspace.
    QCoreApplication::setOrganizationName(QStringLiteral("Rutile"));
    QCoreApplication::setApplicationName(QStringLiteral("Rutile"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUTILE_VERSION));
    return rutile::cli::run(QCoreApplication::arguments());
}
