#pragma once

// A logical dump of a workspace (symbols, every bar, dividends and splits, the import log) so that
// tests can assert "the cache is exactly as it was" independently of SQLite's file layout.

#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QStringList>

namespace rutile::test {

inline QString dumpWorkspace(const Workspace &ws)
{
    QStringList lines;
    for (const SymbolInfo &s : ws.symbols()) {
        lines << QStringLiteral("symbol %1|%2|%3|%4|%5|%6")
                     .arg(s.symbol, s.name)
                     .arg(s.synthetic)
                     .arg(s.bars)
                     .arg(s.firstDate.toString(Qt::ISODate), s.lastDate.toString(Qt::ISODate))
                 + QStringLiteral("|%1|%2|%3").arg(s.source, s.remoteSymbol, s.sector);
        if (const auto counts = ws.readShareCounts(s.symbol)) {
            for (const index::ShareCount &c : *counts)
                lines << QStringLiteral("shares %1 %2 %3 %4").arg(s.symbol).arg(c.day).arg(c.shares, 0, 'g', 17).arg(c.floatFactor, 0, 'g', 17);
        }
        if (const auto actions = ws.readCorporateActions(s.symbol)) {
            for (const Dividend &d : actions->dividends)
                lines << QStringLiteral("dividend %1 %2 %3").arg(s.symbol, d.date.toString(Qt::ISODate)).arg(d.amount, 0, 'g', 17);
            for (const Split &x : actions->splits)
                lines << QStringLiteral("split %1 %2 %3:%4").arg(s.symbol, x.date.toString(Qt::ISODate)).arg(x.numerator).arg(x.denominator);
        }
        const auto bars = ws.readBars(s.symbol);
        for (std::size_t i = 0; bars && i < bars->size(); ++i) {
            const Bar b = bars->bar(i);
            lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                         .arg(s.symbol)
                         .arg(b.day)
                         .arg(b.open, 0, 'g', 17)
                         .arg(b.high, 0, 'g', 17)
                         .arg(b.low, 0, 'g', 17)
                         .arg(b.close, 0, 'g', 17)
                         .arg(b.adjClose, 0, 'g', 17)
                         .arg(b.volume, 0, 'g', 17);
        }
    }
    for (const ImportRecord &r : ws.importLog()) {
        lines << QStringLiteral("import %1 %2 %3 %4 %5 %6 %7")
                     .arg(r.id)
                     .arg(r.symbol, r.file, r.format)
                     .arg(r.rowsRead)
                     .arg(r.rowsImported)
                     .arg(r.rowsSkipped);
    }
    if (const auto lists = ws.watchlists()) {
        for (const QString &name : *lists)
            lines << QStringLiteral("watchlist %1: %2").arg(name, ws.watchlist(name).value().join(QLatin1Char(' ')));
    }
    return lines.join(QLatin1Char('\n'));
}

/// SHA-256 of the file; empty when it cannot be read (callers check, or two failed reads
/// would compare equal).
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace rutile::test
