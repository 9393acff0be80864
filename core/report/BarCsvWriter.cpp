#include "report/BarCsvWriter.h"

#include "report/OutputFile.h"

#include <cmath>

namespace rutile {

QByteArray formatShortest(double value)
{
    if (std::isnan(value))
        return {};
    // The shortest digits that read back to the same double, in fixed notation: 'g' would
    // turn a volume of 3000000000 into "3e+09", which spreadsheets and other tools misread.
    return QByteArray::number(value, 'f', QLocale::FloatingPointShortest);
}

Status writeBarsCsv(QIODevice &device, const BarSeries &series)
{
    QByteArray chunk = "Date,Open,High,Low,Close,Adj Close,Volume\n";
    chunk.reserve(1 << 16);
    for (std::size_t i = 0; i < series.size(); ++i) {
        chunk += series.date(i).toString(Qt::ISODate).toLatin1();
        for (double v : {series.open[i], series.high[i], series.low[i], series.close[i], series.adjClose[i],
                         series.volume[i]}) {
            chunk += ',';
            chunk += formatShortest(v);
        }
        chunk += '\n';
        if (chunk.size() > (1 << 16) - 256) {
            if (device.write(chunk) != chunk.size())
                return Error{ErrorKind::Io, device.errorString(), {}, 0, 0};
            chunk.clear();
        }
    }
    if (device.write(chunk) != chunk.size())
        return Error{ErrorKind::Io, device.errorString(), {}, 0, 0};
    return {};
}

Status writeBarsCsv(const QString &path, const BarSeries &series)
{
    return writeOutputFile(path, [&series](QIODevice &device) { return writeBarsCsv(device, series); });
}

} // namespace rutile
