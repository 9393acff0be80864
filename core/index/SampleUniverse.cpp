#include "index/SampleUniverse.h"

#include "data/SeededNormals.h"
#include "util/VectorUpperState.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace rutile::index {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::SampleUniverse)
};

// Shares of stocks per sector in the IWM holdings of 2026-04-10 (1,936 equities).
struct SectorShare {
    const char *name;
    int stocks;
};
constexpr SectorShare kSectors[] = {
    {"Financials", 412}, {"Health Care", 402}, {"Industrials", 260}, {"Information Technology", 210},
    {"Consumer Discretionary", 197}, {"Energy", 105}, {"Real Estate", 98}, {"Materials", 83},
    {"Communication", 77}, {"Consumer Staples", 61}, {"Utilities", 31},
};
constexpr int kTradingDaysPerYear = 252;
constexpr int kStudentDegrees = 6;
// Idiosyncratic volatility never exceeds this multiple of its long-run level: GARCH bursts
// with Student-t shocks otherwise produce daily moves of 100 % and more.
constexpr double kVolatilityCeiling = 3.0;
constexpr double kStationaryVariance = 1.0; // v: the spread of ln(cap / M) the reversion settles at
constexpr double kSplitAbove = 150.0;
constexpr double kConsolidateBelow = 1.0;

// Independent streams per stock and per sector from one seed (SplitMix64's finaliser).
std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t stream)
{
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ull * (stream + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

struct RawEvent {
    std::size_t day;  // index into the trading days
    double ratio;     // split ratio (numerator / denominator)
    double numerator;
    double denominator;
};

} // namespace

const std::vector<QString> &sampleSectors()
{
    static const std::vector<QString> sectors = [] {
        std::vector<QString> out;
        for (const SectorShare &s : kSectors)
            out.push_back(QString::fromLatin1(s.name));
        return out;
    }();
    return sectors;
}

QString sampleConstituentSymbol(int i)
{
    return QStringLiteral("SYN-U%1").arg(i + 1, 4, 10, QLatin1Char('0'));
}

std::optional<int> sampleConstituentIndex(const QString &symbol)
{
    static const QRegularExpression pattern(QStringLiteral("^SYN-U(\\d{4})$"));
    const QRegularExpressionMatch m = pattern.match(symbol);
    const int number = m.hasMatch() ? m.captured(1).toInt() : 0;
    return number > 0 ? std::optional<int>(number - 1) : std::nullopt;
}

void generateSampleUniverse(const BarSeries &market, const SampleUniverseModel &model,
                            const std::function<bool(SampleConstituent &&)> &deliver)
{
    const std::size_t n = market.size();
    if (n < 2 * kTradingDaysPerYear)
        return;
    // Market factor and the reference cap M(t).
    std::vector<double> m(n, 0.0), logReference(n);
    logReference[0] = std::log(model.referenceCap);
    for (std::size_t t = 1; t < n; ++t) {
        m[t] = std::log(market.close[t] / market.close[t - 1]);
        logReference[t] = logReference[t - 1] + m[t];
    }
    const std::size_t sectorCount = std::size(kSectors);
    std::vector<std::vector<double>> sectorFactor(sectorCount, std::vector<double>(n));
    for (std::size_t s = 0; s < sectorCount; ++s) {
        SeededNormals rng(streamSeed(model.seed, 1'000'000 + s));
        const double sd = model.sectorVolatility / std::sqrt(double(kTradingDaysPerYear));
        for (double &f : sectorFactor[s])
            f = sd * rng.next();
    }
    int totalStocks = 0;
    for (const SectorShare &s : kSectors)
        totalStocks += s.stocks;
    const double kappa = model.reversion / kTradingDaysPerYear;

    for (int i = 0; i < model.constituents; ++i) {
        // Each stock's loop is exp() and log() on every bar: after `deliver` (SQLite, Qt) the
        // AVX state may be dirty again, which makes them 2.3 times slower (util/VectorUpperState.h).
        clearUpperVectorState();
        SeededNormals rng(streamSeed(model.seed, std::uint64_t(i)));
        // Sector, life, loadings.
        std::size_t sector = 0;
        for (double pick = rng.uniform() * totalStocks; sector + 1 < sectorCount; ++sector) {
            pick -= kSectors[sector].stocks;
            if (pick < 0)
                break;
        }
        const std::size_t listing = rng.uniform() < model.listedAtStart
            ? 0
            : 1 + std::size_t(rng.uniform() * double(n - kTradingDaysPerYear - 1));
        std::size_t last = n - 1;
        const bool delists = rng.uniform() < model.delisted;
        const double delistDraw = rng.uniform();
        if (delists && listing + kTradingDaysPerYear < n - 1)
            last = listing + kTradingDaysPerYear + std::size_t(delistDraw * double(n - 1 - listing - kTradingDaysPerYear));
        const double beta = 0.7 + 0.6 * rng.uniform();
        const double gamma = 0.5 + rng.uniform();
        const double idioVolatility = 0.15 + 0.20 * rng.uniform();
        const double alpha = 0.05, persistence = 0.93;
        const double longRunVariance = idioVolatility * idioVolatility / kTradingDaysPerYear;
        const double omega = longRunVariance * (1 - alpha - persistence);

        double price = std::clamp(25.0 * std::exp(0.6 * rng.next()), 2.0, 140.0);
        const double cap = std::exp(logReference[listing] + model.capSpread * rng.next());
        double shares = std::max(1000.0, std::round(cap / price / 100.0) * 100.0);
        double floatFactor = 0.55 + 0.45 * rng.uniform();
        double variance = longRunVariance;

        const std::size_t length = last - listing + 1;
        SampleConstituent out;
        out.sector = QString::fromLatin1(kSectors[sector].name);
        out.name = Text::tr("Synthetic constituent %1 (%2) - not market data").arg(i + 1).arg(out.sector);
        BarSeries &bars = out.bars;
        bars.symbol = sampleConstituentSymbol(i);
        bars.reserve(length);
        std::vector<RawEvent> splits;
        std::vector<std::pair<std::size_t, ShareCount>> counts; // raw shares by trading-day index
        counts.push_back({listing, ShareCount{market.day[listing], shares, floatFactor}});

        double previousClose = price;
        for (std::size_t t = listing; t <= last; ++t) {
            double sigma = std::sqrt(variance);
            if (t > listing) {
                const double e = rng.studentT(kStudentDegrees);
                const double x = std::log(shares * price) - logReference[t - 1];
                const double r = beta * m[t] + gamma * sectorFactor[sector][t] + sigma * e - 0.5 * variance
                    + kappa * (kStationaryVariance - x);
                price *= std::exp(r);
                variance = std::min(omega + alpha * variance * e * e + persistence * variance,
                                    kVolatilityCeiling * kVolatilityCeiling * longRunVariance);
            }
            const double open = previousClose * std::exp(0.25 * sigma * rng.next());
            const double high = std::max(open, price) * std::exp(0.5 * sigma * std::abs(rng.next()));
            const double low = std::min(open, price) * std::exp(-0.5 * sigma * std::abs(rng.next()));
            const double volume = std::round(shares * floatFactor * 0.004 * std::exp(0.5 * rng.next())
                                             * (sigma / std::sqrt(longRunVariance)));
            bars.append(Bar{market.day[t], open, high, low, price, price, volume});
            previousClose = price;
            sigma = std::sqrt(variance);

            if (t == last)
                break;
            // Corporate events, effective from the next trading day.
            bool newCount = false;
            if (price > kSplitAbove) {
                splits.push_back({t + 1, 2.0, 2.0, 1.0});
                price /= 2;
                shares *= 2;
                previousClose /= 2;
            } else if (price < kConsolidateBelow) {
                splits.push_back({t + 1, 0.1, 1.0, 10.0});
                price *= 10;
                shares /= 10;
                previousClose *= 10;
            }
            if (rng.uniform() < 0.25 / kTradingDaysPerYear) {
                shares = std::max(1000.0, std::round(shares * std::exp(0.01 + 0.04 * rng.next()) / 100.0) * 100.0);
                newCount = true;
            }
            if (rng.uniform() < 0.10 / kTradingDaysPerYear) {
                floatFactor = 0.55 + 0.45 * rng.uniform();
                newCount = true;
            }
            if (newCount)
                counts.push_back({t + 1, ShareCount{market.day[t + 1], shares, floatFactor}});
        }

        // Split-adjust the prices and the share counts to the units after the last split.
        if (!splits.empty()) {
            std::vector<double> later(length, 1.0); // product of the ratios of splits after day t
            double product = 1.0;
            std::size_t s = splits.size();
            for (std::size_t k = length; k-- > 0;) {
                while (s > 0 && splits[s - 1].day > listing + k)
                    product *= splits[--s].ratio;
                later[k] = product;
            }
            for (std::size_t k = 0; k < length; ++k) {
                bars.open[k] /= later[k];
                bars.high[k] /= later[k];
                bars.low[k] /= later[k];
                bars.close[k] /= later[k];
                bars.adjClose[k] /= later[k];
                bars.volume[k] = std::round(bars.volume[k] * later[k]);
            }
            for (auto &[day, count] : counts)
                count.shares *= later[day - listing];
            for (const RawEvent &e : splits)
                out.actions.splits.push_back(Split{toDate(market.day[e.day]), e.numerator, e.denominator});
        }
        for (auto &[day, count] : counts)
            out.shares.push_back(count);
        if (!deliver(std::move(out)))
            return;
    }
}

} // namespace rutile::index
