#include "report/IndicatorCsvWriter.h"

#include "report/OutputFile.h"

#include <cmath>

namespace rutile {

Status writeIndicatorCsv(QIODevice &device, const BarSeries &bars, const std::vector<indicators::IndicatorResult> &results,
                         std::size_t first, std::size_t last)
{
    QByteArray chunk = "Date";
    for (const indicators::IndicatorResult &r : results) {
        for (const indicators::IndicatorColumn &c : r.columns)
            chunk += ',' + c.header.toUtf8();
    }
    chunk += '\n';
    last = std::min(last, bars.size());
    for (std::size_t i = first; i < last; ++i) {
        chunk += bars.date(i).toString(Qt::ISODate).toLatin1();
        for (const indicators::IndicatorResult &r : results) {
            for (const indicators::IndicatorColumn &c : r.columns) {
                chunk += ',';
                if (!std::isnan(c.values[i]))
                    chunk += QByteArray::number(c.values[i], 'g', 17);
            }
        }
        chunk += '\n';
        if (chunk.size() > (1 << 16)) {
            if (device.write(chunk) != chunk.size())
                return Error{ErrorKind::Io, device.errorString(), {}, 0, 0};
            chunk.clear();
        }
    }
    if (device.write(chunk) != chunk.size())
        return Error{ErrorKind::Io, device.errorString(), {}, 0, 0};
    return {};
}

Status writeIndicatorCsv(const QString &path, const BarSeries &bars, const std::vector<indicators::IndicatorResult> &results,
                         std::size_t first, std::size_t last)
{
    return writeOutputFile(path, [&](QIODevice &device) { return writeIndicatorCsv(device, bars, results, first, last); });
}

} // namespace rutile
