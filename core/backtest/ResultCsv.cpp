#include "backtest/ResultCsv.h"

#include "report/CsvWriter.h"
#include "report/OutputFile.h"
#include "util/NumberText.h"

#include <QLocale>

#include <cmath>

namespace rutile::backtest {

using trading::exitReasonName;
using trading::sideName;
using trading::Trade;

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

} // namespace

Status writeTradesCsv(QIODevice &device, std::span<const Trade> trades, const QStringList &symbols)
{
    CsvWriter csv(device);
    csv.fields({"entry_date", "entry_price", "exit_date", "exit_price", "side", "size", "pnl", "commission",
                "exit_reason"});
    if (!symbols.isEmpty())
        csv.field(QByteArrayView("symbol"));
    if (Status s = csv.endRecord(); !s)
        return s;
    for (const Trade &t : trades) {
        csv.field(date(t.entryDay)).field(num(t.entryPrice)).field(date(t.exitDay)).field(num(t.exitPrice));
        csv.field(sideName(t.side)).field(num(t.size)).field(num(t.pnl)).field(num(t.commission));
        csv.field(exitReasonName(t.exitReason));
        if (!symbols.isEmpty())
            csv.field(t.leg < symbols.size() ? symbols.at(t.leg) : QString());
        if (Status s = csv.endRecord(); !s)
            return s;
    }
    return csv.finish();
}

Status writeTradesCsv(const QString &path, std::span<const Trade> trades, const QStringList &symbols)
{
    return writeOutputFile(path, [&](QIODevice &device) { return writeTradesCsv(device, trades, symbols); });
}

Status writeEquityCsv(QIODevice &device, std::span<const DayNumber> days, std::span<const double> equity,
                      std::span<const double> drawdown, std::span<const double> benchmark)
{
    CsvWriter csv(device);
    csv.fields({"date", "equity", "drawdown"});
    if (!benchmark.empty())
        csv.field(QByteArrayView("benchmark"));
    if (Status s = csv.endRecord(); !s)
        return s;
    for (std::size_t i = 0; i < days.size(); ++i) {
        csv.field(date(days[i])).field(num(equity[i])).field(num(drawdown[i]));
        if (!benchmark.empty())
            csv.field(num(benchmark[i]));
        if (Status s = csv.endRecord(); !s)
            return s;
    }
    return csv.finish();
}

Status writeEquityCsv(const QString &path, std::span<const DayNumber> days, std::span<const double> equity,
                      std::span<const double> drawdown, std::span<const double> benchmark)
{
    return writeOutputFile(path,
                           [&](QIODevice &device) { return writeEquityCsv(device, days, equity, drawdown, benchmark); });
}

} // namespace rutile::backtest
