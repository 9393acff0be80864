// rutile-cli built with RUTILE_BUILD_GUI=OFF: no chart widget to render charts or reports with.

#include "ChartApplication.h"
#include "Cli.h"

namespace rutile::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::ChartCommand)
};
} // namespace

CliApplication createApplication(int &argc, char **argv)
{
    CliApplication result;
    result.app = std::make_unique<QCoreApplication>(argc, argv);
    result.arguments = QCoreApplication::arguments();
    return result;
}

Command chartCommand()
{
    return Command {
        QStringLiteral("chart"),
        Text::tr("Render a symbol's chart to PNG (not available: built without the GUI)."),
        [](QCommandLineParser &) {},
        [](Context &ctx) {
            return ctx.fail(Error::internal(Text::tr("this rutile-cli was built without the GUI (RUTILE_BUILD_GUI=OFF), which "
                         "draws the chart")));
        },
        {},
    };
}

Command reportCommand()
{
    return Command {
        QStringLiteral("report"),
        Text::tr("Write PDF and HTML reports (not available: built without the GUI)."),
        [](QCommandLineParser &) {},
        [](Context &ctx) {
            return ctx.fail(Error::internal(Text::tr("this rutile-cli was built without the GUI (RUTILE_BUILD_GUI=OFF), which "
                         "draws the report's charts")));
        },
        {},
    };
}

} // namespace rutile::cli
