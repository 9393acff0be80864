#pragma once

// Helpers of the backtest GUI tests: a workspace with two deterministic daily series whose
// waves make moving-average strategies trade a known handful of times, and small readers for
// the tables and files the views write.

#include "UiTestSupport.h"

#include "MainWindow.h"

#include "data/BarSeries.h"
#include "storage/Workspace.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QFile>
#include <QStringList>
#include <QTest>

#include <cmath>

namespace rutile::test {

/// `count` weekday bars from `start`: a slow uptrend with a wave of period ≈ 2π·18 bars
/// (close_i = level · (1 + 0.0004·i) · (1 + amplitude · sin(i/18 + phase))); each bar opens at
/// the previous close, high and low 0.5% beyond the body, volume 1e6.
inline BarSeries trendWaveSeries(int count, const QString &symbol, double level = 1000, double amplitude = 0.08,
    double phase = 0, QDate start = QDate(2015, 1, 5))
{
    BarSeries s;
    s.symbol = symbol;
    QDate d = start;
    double previous = level * (1 + amplitude * std::sin(phase));
    for (int i = 0; i < count; d = d.addDays(1)) {
        if (d.dayOfWeek() > 5)
            continue;
        Bar b;
        b.day = toDayNumber(d);
        b.open = previous;
        b.close = level * (1 + 0.0004 * i) * (1 + amplitude * std::sin(i / 18.0 + phase));
        b.high = std::max(b.open, b.close) * 1.005;
        b.low = std::min(b.open, b.close) * 0.995;
        b.adjClose = b.close;
        b.volume = 1e6;
        previous = b.close;
        s.append(b);
        ++i;
    }
    return s;
}

inline constexpr int kWaveBars = 700;

/// A workspace at `path` holding WAVE (the traded series) and BENCH (a benchmark with a
/// different wave), 700 weekday bars each from 2015-01-05.
inline void writeBacktestWorkspace(const QString &path)
{
    auto ws = Workspace::open(path);
    if (!ws)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(ws.error().toString()));
    for (const BarSeries &s : {trendWaveSeries(kWaveBars, QStringLiteral("WAVE")),
             trendWaveSeries(kWaveBars, QStringLiteral("BENCH"), 2000, 0.03, 1.0)}) {
        const auto stored = (*ws)->storeSeries(s, {QStringLiteral("Test series %1").arg(s.symbol), false});
        if (!stored)
            qFatal("cannot store %s: %s", qPrintable(s.symbol), qPrintable(stored.error().toString()));
    }
}

/// Shows `window` at `size` on the workspace at `path`, exposed, with WAVE selected and charted.
/// False when a step fails.
inline bool showWaveWindow(ui::MainWindow &window, const QString &path, QSize size)
{
    window.setPersistentSettings(false);
    window.resize(size);
    if (!window.openWorkspace(path).ok())
        return false;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.selectSymbol(QStringLiteral("WAVE")))
        return false;
    QCoreApplication::processEvents();
    return true;
}

/// The lines of a text file (without the final empty line).
inline QStringList fileLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

/// The row of `model` whose column-0 `role` data equals `key`, or -1.
inline int rowWhere(const QAbstractItemModel &model, const QVariant &key, int role)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, 0).data(role) == key)
            return r;
    return -1;
}

} // namespace rutile::test
