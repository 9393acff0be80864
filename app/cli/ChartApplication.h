#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace rutile::cli {

/// rutile-cli's application object and its command line.
struct CliApplication {
    std::unique_ptr<QCoreApplication> app;
    QStringList arguments; ///< the whole command line, program name first
};

/// Creates rutile-cli's application object.
///
/// `rutile-cli chart` renders with the GUI's own chart widget (Rutile::Ui's PriceChart on
/// QCustomPlot), and widgets need a QApplication. Every other command runs on a plain
/// QCoreApplication, so that imports, exports, backtests and risk reports work on machines
/// without a display, fonts or platform plugins (batch nodes, containers). This is the one
/// place that decides, from the command name.
///
/// `report` draws its charts with the same library and gets the same QApplication. For `chart`:
/// - when the user has not chosen a platform (QT_QPA_PLATFORM unset) and there is no display
///   (neither DISPLAY nor WAYLAND_DISPLAY on X11/Wayland systems), Qt's offscreen platform is
///   used: the chart is drawn into an image and never shown;
/// - the QApplication is not given the user's arguments: it would take `--style` (the chart's
///   option) for Qt's widget-style option and remove it. The arguments are read once, by a
///   QCoreApplication, and returned here.
CliApplication createApplication(int &argc, char **argv);

} // namespace rutile::cli
