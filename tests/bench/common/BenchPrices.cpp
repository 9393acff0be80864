#include "BenchPrices.h"

#include "data/CsvLayout.h"
#include "data/HistoryParser.h"

#include <QFile>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numbers>
#include <random>

namespace rutile::bench {

namespace {

/// Standard normal draws by Box–Muller from mt19937_64 (std::normal_distribution's algorithm is
/// implementation-defined, so it would give other series on other standard libraries).
class Normal {
public:
    explicit Normal(std::uint64_t seed) : m_rng(seed) {}
    double operator()()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        const double u1 = (double(m_rng() >> 11) + 1.0) * 0x1.0p-53; // (0, 1]: log(u1) is finite
        const double u2 = double(m_rng() >> 11) * 0x1.0p-53;
        const double r = std::sqrt(-2.0 * std::log(u1));
        m_spare = r * std::sin(2.0 * std::numbers::pi * u2);
        m_hasSpare = true;
        return r * std::cos(2.0 * std::numbers::pi * u2);
    }

private:
    std::mt19937_64 m_rng;
    double m_spare = 0;
    bool m_hasSpare = false;
};

void reserve(PriceSeries &s, std::size_t bars)
{
    for (std::vector<double> *v : {&s.open, &s.high, &s.low, &s.close, &s.volume})
        v->reserve(bars);
}

} // namespace

PriceSeries meanRevertingPrices(std::size_t bars, std::uint64_t seed)
{
    constexpr double kLevel = 1000.0;
    constexpr double kDailyVol = 0.013;
    const double theta = std::log(2.0) / 500.0; // half-life of a deviation from the level
    const double mu = std::log(kLevel);
    Normal normal(seed);
    PriceSeries s;
    reserve(s, bars);
    double y = mu;
    double close = kLevel;
    for (std::size_t i = 0; i < bars; ++i) {
        const double open = close * std::exp(0.003 * normal());
        y += theta * (mu - y) + kDailyVol * normal();
        close = std::exp(y);
        s.open.push_back(open);
        s.high.push_back(std::max(open, close) * std::exp(std::abs(0.006 * normal())));
        s.low.push_back(std::min(open, close) * std::exp(-std::abs(0.006 * normal())));
        s.close.push_back(close);
        s.volume.push_back(std::round(std::exp(std::log(1e6) + 0.4 * normal())));
    }
    char line[160];
    std::snprintf(line, sizeof line,
                  "%zu bars of a mean-reverting log price (level 1000, daily vol 1.3 %%, half-life 500 bars, "
                  "seed %llu)",
                  bars, static_cast<unsigned long long>(seed));
    s.description = line;
    return s;
}

PriceSeries tiledHistory(const PriceSeries &history, std::size_t bars)
{
    PriceSeries s;
    const std::size_t n = history.size();
    if (n == 0)
        return s;
    reserve(s, bars);
    for (std::size_t i = 0; i < bars; ++i) {
        const std::size_t copy = i / n;
        const std::size_t k = copy % 2 == 0 ? i % n : n - 1 - i % n;
        s.open.push_back(history.open[k]);
        s.high.push_back(history.high[k]);
        s.low.push_back(history.low[k]);
        s.close.push_back(history.close[k]);
        s.volume.push_back(history.volume[k]);
    }
    s.description = std::to_string(bars) + " bars: " + history.description + ", tiled forth and back";
    return s;
}

PriceSeries readHistory(const std::string &path, std::string *error)
{
    PriceSeries s;
    const QString fileName = QString::fromStdString(path);
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + ": " + file.errorString().toStdString();
        return s;
    }
    const QByteArray data = file.readAll();
    Result<CsvLayout> layout = detectLayout(data, CsvFormat::Auto, fileName);
    if (!layout) {
        *error = layout.error().message.toStdString();
        return s;
    }
    Result<ParsedHistory> parsed = parseHistory(data, *layout);
    if (!parsed) {
        *error = parsed.error().message.toStdString();
        return s;
    }
    const BarSeries &b = parsed->series;
    s.open = b.open;
    s.high = b.high;
    s.low = b.low;
    s.close = b.close;
    s.volume = b.volume;
    s.description = std::to_string(b.size()) + " bars of " + path;
    return s;
}

PriceSeries benchPrices(std::size_t bars)
{
    const char *path = std::getenv("RUTILE_BENCH_PRICES");
    if (path == nullptr || *path == '\0')
        return meanRevertingPrices(bars);
    std::string error;
    const PriceSeries history = readHistory(path, &error);
    if (history.size() == 0) {
        std::fprintf(stderr, "RUTILE_BENCH_PRICES: %s\n", error.empty() ? "no bars" : error.c_str());
        std::exit(2);
    }
    return tiledHistory(history, bars);
}

} // namespace rutile::bench
