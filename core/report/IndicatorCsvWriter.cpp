#include "report/IndicatorCsvWriter.h"

#include "report/CsvWriter.h"
#include "report/OutputFile.h"

#include <cmath>

namespace rutile {

Status writeIndicatorCsv(QIODevice &device, const BarSeries &bars, const std::vector<indicators::IndicatorResult> &results,
                         std::size_t first, std::size_t last)
{
    CsvWriter csv(device);
    // Headers such as `macd(12,26,9).macd` hold commas: the writer quotes them.
    csv.field(QByteArrayView("Date"));
    for (const indicators::IndicatorResult &r : results) {
        for (const indicators::IndicatorColumn &c : r.columns)
            csv.field(c.header);
    }
    if (Status s = csv.endRecord(); !s)
        return s;
    last = std::min(last, bars.size());
    for (std::size_t i = first; i < last; ++i) {
        csv.field(bars.date(i).toString(Qt::ISODate));
        for (const indicators::IndicatorResult &r : results) {
            for (const indicators::IndicatorColumn &c : r.columns)
                csv.field(std::isnan(c.values[i]) ? QByteArray() : QByteArray::number(c.values[i], 'g', 17));
        }
        if (Status s = csv.endRecord(); !s)
            return s;
    }
    return csv.finish();
}

Status writeIndicatorCsv(const QString &path, const BarSeries &bars, const std::vector<indicators::IndicatorResult> &results,
                         std::size_t first, std::size_t last)
{
    return writeOutputFile(path, [&](QIODevice &device) { return writeIndicatorCsv(device, bars, results, first, last); });
}

} // namespace rutile
