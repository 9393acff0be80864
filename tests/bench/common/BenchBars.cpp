#include "BenchBars.h"

#include "data/CsvLayout.h"
#include "data/HistoryParser.h"

#include <QFile>
#include <QString>

#include <algorithm>
#include <random>

namespace rutile::bench {

BarSeries randomWalkBars(std::size_t n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    const auto uniform = [&] { return double(rng() >> 11) * 0x1.0p-53; };
    BarSeries s;
    s.symbol = QStringLiteral("WALK");
    s.reserve(n);
    double c = 1000;
    for (std::size_t i = 0; i < n; ++i) {
        const double open = c * (1 + 0.004 * (uniform() - 0.5));
        c = open * (1 + 0.03 * (uniform() - 0.5));
        const double high = std::max(open, c) * (1 + 0.01 * uniform());
        const double low = std::min(open, c) * (1 - 0.01 * uniform());
        s.append(Bar{DayNumber(i), open, high, low, c, c, 1e6});
    }
    return s;
}

BarSeries rutHistoryOrWalk()
{
    QFile file(QStringLiteral(RUTILE_SHARED_DATA_DIR "/RUT_yahoo_1987-2024.csv"));
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray data = file.readAll();
        if (auto layout = detectLayout(data, CsvFormat::Auto, file.fileName()))
            if (auto parsed = parseHistory(data, *layout))
                return parsed->series;
    }
    return randomWalkBars(9300, 7);
}

} // namespace rutile::bench
