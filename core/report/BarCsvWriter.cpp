#include "report/BarCsvWriter.h"

#include "report/CsvWriter.h"
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
    CsvWriter csv(device);
    csv.fields({"Date", "Open", "High", "Low", "Close", "Adj Close", "Volume"});
    if (Status s = csv.endRecord(); !s)
        return s;
    for (std::size_t i = 0; i < series.size(); ++i) {
        csv.field(series.date(i).toString(Qt::ISODate));
        for (double v : {series.open[i], series.high[i], series.low[i], series.close[i], series.adjClose[i],
                         series.volume[i]})
            csv.field(formatShortest(v));
        if (Status s = csv.endRecord(); !s)
            return s;
    }
    return csv.finish();
}

Status writeBarsCsv(const QString &path, const BarSeries &series)
{
    return writeOutputFile(path, [&series](QIODevice &device) { return writeBarsCsv(device, series); });
}

} // namespace rutile
