#pragma once

// Helpers shared by the GUI tests: isolated settings and data folders, temporary
// workspaces filled from fixtures, and optional screenshots for manual review.

#include "TestSupport.h"
#include "import/HistoryImporter.h"
#include "settings/AppLanguage.h"
#include "settings/AppTheme.h"
#include "storage/Workspace.h"

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QScreen>
#include <QFile>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWidget>

#include <cstdlib>

namespace rutile::test {

/// Points QSettings and QStandardPaths at test locations so that a test never reads or
/// writes the user's Rutile settings or workspaces. Call from initTestCase().
inline void isolateSettings(const QTemporaryDir &dir)
{
    QCoreApplication::setOrganizationName(QStringLiteral("RutileTests"));
    QCoreApplication::setApplicationName(QStringLiteral("RutileUiTests"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
    // RUTILE_UI_DARK=1: the tests' windows in the dark theme, for looking at them with
    // RUTILE_UI_SHOTS (tests that switch themes themselves, tst_ui_settings, then fail).
    if (qEnvironmentVariableIntValue("RUTILE_UI_DARK") == 1)
        ui::applyTheme(ui::Theme::Dark);
    // RUTILE_UI_LANG=fr or de: the windows in that language, for looking at clipped labels
    // (assertions on English texts then fail; the pictures are what counts).
    if (const QString language = qEnvironmentVariable("RUTILE_UI_LANG"); !language.isEmpty()) {
        ui::saveLanguage(language);
        ui::installTranslations(*QCoreApplication::instance());
    }
}

/// A new workspace at `path` holding `fixtureName` imported under `symbol`.
inline std::unique_ptr<Workspace> workspaceWith(const QString &path, const QString &fixtureName, const QString &symbol)
{
    auto ws = Workspace::open(path);
    if (!ws)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(ws.error().toString()));
    ImportRequest request;
    request.filePath = fixture(fixtureName);
    request.symbol = symbol;
    const auto report = importHistory(**ws, request);
    if (!report)
        qFatal("cannot import %s: %s", qPrintable(fixtureName), qPrintable(report.error().toString()));
    return std::move(*ws);
}

/// Symbols, bar counts and import-log size: what a failed import must leave unchanged.
inline QString workspaceSummary(const QString &path)
{
    auto ws = Workspace::open(path);
    if (!ws)
        return ws.error().toString();
    QStringList parts;
    for (const SymbolInfo &s : (*ws)->symbols())
        parts << QStringLiteral("%1:%2:%3:%4")
                     .arg(s.symbol)
                     .arg(s.bars)
                     .arg(s.firstDate.toString(Qt::ISODate), s.lastDate.toString(Qt::ISODate));
    parts << QStringLiteral("imports:%1").arg((*ws)->importLog().size());
    return parts.join(QLatin1Char(' '));
}

/// A Yahoo-format file of `rows` consecutive calendar days (large enough that an import
/// takes a noticeable time).
inline void writeLargeYahooFile(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray out("Date,Open,High,Low,Close,Adj Close,Volume\n");
    QDate day(1900, 1, 1);
    for (int i = 0; i < rows; ++i, day = day.addDays(1)) {
        const double close = 100.0 + (i % 50);
        out += day.toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(close) + ','
            + QByteArray::number(close + 1) + ',' + QByteArray::number(close - 1) + ',' + QByteArray::number(close)
            + ',' + QByteArray::number(close) + ",1000\n";
    }
    file.write(out);
}

/// Pixels of `color` (each channel within a total distance of 40) in `widget` as drawn, counting
/// every other pixel of every other row: enough to tell a drawn series from an empty chart.
inline int inkOf(QWidget *widget, const QColor &color)
{
    const QImage image = widget->grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            count += std::abs(c.red() - color.red()) + std::abs(c.green() - color.green()) + std::abs(c.blue() - color.blue()) < 40;
        }
    }
    return count;
}

/// Saves a picture of `widget` under $RUTILE_UI_SHOTS when that variable names a folder
/// (for looking at the GUI; never asserted on).
inline void maybeSaveShot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("RUTILE_UI_SHOTS");
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return;
    QCoreApplication::processEvents(); // pending layout updates
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

/// Like maybeSaveShot(), of the whole screen: popups (completion lists, menus) included. On the
/// offscreen platform the screen holds no pixels; run under xvfb-run with QT_QPA_PLATFORM=xcb.
inline void maybeSaveScreen(const QString &name)
{
    const QString folder = qEnvironmentVariable("RUTILE_UI_SHOTS");
    if (folder.isEmpty() || !QDir().mkpath(folder) || !QGuiApplication::primaryScreen())
        return;
    QCoreApplication::processEvents();
    QGuiApplication::primaryScreen()->grabWindow(0).save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace rutile::test
