#pragma once

// Helpers of the chart tests: series whose values are known by construction, and colour
// comparisons for rendered pixels.

#include "data/BarSeries.h"
#include "storage/Workspace.h"

#include <QColor>
#include <QDate>

#include <cmath>

namespace rutile::test {

/// `count` weekday bars from 2024-01-01 (a Monday): bar i opens at 100 + i; even bars close
/// up by 3, odd bars close down by 2; high and low 0.5 beyond the body; volume 1000 + 10·i.
inline BarSeries zigzagSeries(int count = 60, const QString &symbol = QStringLiteral("TEST"))
{
    BarSeries s;
    s.symbol = symbol;
    QDate d(2024, 1, 1);
    for (int i = 0; i < count; d = d.addDays(1)) {
        if (d.dayOfWeek() > 5)
            continue;
        Bar b;
        b.day = toDayNumber(d);
        b.open = 100.0 + i;
        b.close = i % 2 == 0 ? b.open + 3 : b.open - 2;
        b.high = std::max(b.open, b.close) + 0.5;
        b.low = std::min(b.open, b.close) - 0.5;
        b.adjClose = b.close;
        b.volume = 1000.0 + 10.0 * i;
        s.append(b);
        ++i;
    }
    return s;
}

/// `count` weekday bars of a smooth wave around `level` (closes level·(1 + 0.1·sin(i/15))).
inline BarSeries waveSeries(
    int count, double level = 1000, const QString &symbol = QStringLiteral("WAVE"), QDate start = QDate(2000, 1, 3))
{
    BarSeries s;
    s.symbol = symbol;
    QDate d = start;
    double previous = level;
    for (int i = 0; i < count; d = d.addDays(1)) {
        if (d.dayOfWeek() > 5)
            continue;
        Bar b;
        b.day = toDayNumber(d);
        b.open = previous;
        b.close = level * (1 + 0.1 * std::sin(i / 15.0) + 0.02 * std::sin(i * 1.7));
        b.high = std::max(b.open, b.close) * 1.004;
        b.low = std::min(b.open, b.close) * 0.996;
        b.adjClose = b.close;
        b.volume = 1e6 * (2 + std::sin(i / 7.0));
        previous = b.close;
        s.append(b);
        ++i;
    }
    return s;
}

/// RUT and SPX as 600 weekdays of waves from 2000-01-03 (levels 2,000 and 4,000), named, on
/// the same days: the two-index workspace of the chart tests. False when a store fails.
inline bool storeWaveIndices(Workspace &workspace)
{
    return workspace.storeSeries(waveSeries(600, 2000, QStringLiteral("RUT")), {QStringLiteral("Russell 2000"), false}).ok()
        && workspace.storeSeries(waveSeries(600, 4000, QStringLiteral("SPX")), {QStringLiteral("S&P 500"), false}).ok();
}

inline SymbolInfo infoFor(const BarSeries &s, bool synthetic = false)
{
    return {
        s.symbol, QStringLiteral("Test series"), synthetic, static_cast<qint64>(s.size()), s.firstDate(), s.lastDate()};
}

inline bool nearColor(const QColor &a, const QColor &b, int tolerance = 2)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

/// `top` (with its alpha) composed over an opaque `bottom`.
inline QColor over(const QColor &top, const QColor &bottom)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * a + bottom.redF() * (1 - a)),
        float(top.greenF() * a + bottom.greenF() * (1 - a)), float(top.blueF() * a + bottom.blueF() * (1 - a)));
}

inline QByteArray describeColor(const QColor &c)
{
    return c.name().toLatin1();
}

} // namespace rutile::test
