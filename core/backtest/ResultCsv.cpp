#include "backtest/ResultCsv.h"

#include "report/OutputFile.h"
#include "util/NumberText.h"

#include <QLocale>

#include <cmath>

namespace rutile::backtest {

namespace {

/// Shortest text that reads back exactly; whole numbers as integers ("100000", not "1e+05").
QByteArray num(double v)
{
    return std::isnan(v) ? QByteArray() : shortestNumberText(v).toLatin1();
}

QByteArray date(DayNumber d)
{
    return toDate(d).toString(Qt::ISODate).toLatin1();
}

Status flush(QIODevice &device, QByteArray &chunk, bool force)
{
    if (!force && chunk.size() < (1 << 16))
        return {};
    if (device.write(chunk) != chunk.size())
        return Error{ErrorKind::Io, device.errorString(), {}, 0, 0};
    chunk.clear();
    return {};
}

} // namespace

Status writeTradesCsv(QIODevice &device, std::span<const Trade> trades, const QStringList &symbols)
{
    QByteArray chunk = "entry_date,entry_price,exit_date,exit_price,side,size,pnl,commission,exit_reason";
    chunk += symbols.isEmpty() ? "\n" : ",symbol\n";
    for (const Trade &t : trades) {
        chunk += date(t.entryDay) + ',' + num(t.entryPrice) + ',' + date(t.exitDay) + ',' + num(t.exitPrice) + ','
            + sideName(t.side).toLatin1() + ',' + num(t.size) + ',' + num(t.pnl) + ',' + num(t.commission) + ','
            + exitReasonName(t.exitReason).toLatin1();
        if (!symbols.isEmpty())
            chunk += ',' + (t.leg < symbols.size() ? symbols.at(t.leg).toUtf8() : QByteArray());
        chunk += '\n';
        if (Status s = flush(device, chunk, false); !s)
            return s;
    }
    return flush(device, chunk, true);
}

Status writeTradesCsv(const QString &path, std::span<const Trade> trades, const QStringList &symbols)
{
    return writeOutputFile(path, [&](QIODevice &device) { return writeTradesCsv(device, trades, symbols); });
}

Status writeEquityCsv(QIODevice &device, std::span<const DayNumber> days, std::span<const double> equity,
                      std::span<const double> drawdown, std::span<const double> benchmark)
{
    QByteArray chunk = benchmark.empty() ? "date,equity,drawdown\n" : "date,equity,drawdown,benchmark\n";
    for (std::size_t i = 0; i < days.size(); ++i) {
        chunk += date(days[i]) + ',' + num(equity[i]) + ',' + num(drawdown[i]);
        if (!benchmark.empty())
            chunk += ',' + num(benchmark[i]);
        chunk += '\n';
        if (Status s = flush(device, chunk, false); !s)
            return s;
    }
    return flush(device, chunk, true);
}

Status writeEquityCsv(const QString &path, std::span<const DayNumber> days, std::span<const double> equity,
                      std::span<const double> drawdown, std::span<const double> benchmark)
{
    return writeOutputFile(path,
                           [&](QIODevice &device) { return writeEquityCsv(device, days, equity, drawdown, benchmark); });
}

} // namespace rutile::backtest
