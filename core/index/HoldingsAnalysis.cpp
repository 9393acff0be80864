#include "index/HoldingsAnalysis.h"

#include "data/Symbol.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace rutile::index {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::index::HoldingsAnalysis)
};
} // namespace

std::vector<WeightedHolding> HoldingsAnalysis::top(std::size_t n) const
{
    return std::vector<WeightedHolding>(ranked.begin(), ranked.begin() + std::ptrdiff_t(std::min(n, ranked.size())));
}

ListedEquities listedEquities(const HoldingsSnapshot &snapshot)
{
    ListedEquities out;
    QHash<QString, std::size_t> seen;
    for (const Holding &h : snapshot.holdings) {
        const auto symbol = h.isEquity() ? normalizeSymbol(h.ticker) : std::nullopt;
        if (!symbol) {
            if (h.isEquity() && h.ticker != QLatin1String("-") && !out.notSymbols.contains(h.ticker))
                out.notSymbols.push_back(h.ticker);
            continue;
        }
        const double quantity = std::isfinite(h.quantity) ? h.quantity : 0.0;
        const double value = std::isfinite(h.marketValue) ? h.marketValue : 0.0;
        if (const auto it = seen.constFind(*symbol); it != seen.constEnd()) {
            out.stocks[*it].quantity += quantity;
            out.stocks[*it].marketValue += value;
            continue;
        }
        seen.insert(*symbol, out.stocks.size());
        out.stocks.push_back({*symbol, h.sector, quantity, value});
    }
    return out;
}

std::vector<SectorComparison> compareSectors(const HoldingsAnalysis &a, const HoldingsAnalysis &b)
{
    std::map<QString, SectorComparison> bySector;
    for (const SectorWeight &s : a.sectors) {
        bySector[s.sector].sector = s.sector;
        bySector[s.sector].weightA = s.weight;
    }
    for (const SectorWeight &s : b.sectors) {
        bySector[s.sector].sector = s.sector;
        bySector[s.sector].weightB = s.weight;
    }
    std::vector<SectorComparison> out;
    for (auto &[name, c] : bySector)
        out.push_back(c);
    // std::map gave them by name: a stable sort keeps that order among equal differences.
    std::stable_sort(out.begin(), out.end(), [](const SectorComparison &x, const SectorComparison &y) {
        return std::abs(x.difference()) > std::abs(y.difference());
    });
    return out;
}

Result<HoldingsAnalysis> analyseHoldings(const HoldingsSnapshot &snapshot)
{
    HoldingsAnalysis out;
    std::vector<const Holding *> equities;
    for (const Holding &h : snapshot.holdings) {
        if (h.isEquity() && std::isfinite(h.marketValue))
            equities.push_back(&h);
        else
            out.excluded.push_back(h);
    }
    for (const Holding *h : equities)
        out.totalMarketValue += h->marketValue;
    if (equities.empty() || !(out.totalMarketValue > 0))
        return Error::invalidInput(Text::tr("no equity holdings with a market value to weigh"));
    out.equities = int(equities.size());

    std::stable_sort(equities.begin(), equities.end(), [](const Holding *a, const Holding *b) {
        return a->marketValue != b->marketValue ? a->marketValue > b->marketValue : a->ticker < b->ticker;
    });
    QHash<QString, int> tickerCount;
    std::map<QString, SectorWeight> sectors;
    for (std::size_t i = 0; i < equities.size(); ++i) {
        const Holding &h = *equities[i];
        const double w = h.marketValue / out.totalMarketValue;
        out.ranked.push_back({int(i) + 1, h.ticker, h.name, h.sector, h.marketValue, w});
        out.hhi += w * w;
        if (i < 10)
            out.top10Share += w;
        if (i < 100)
            out.top100Share += w;
        SectorWeight &s = sectors[h.sector];
        s.sector = h.sector;
        ++s.stocks;
        s.marketValue += h.marketValue;
        if (h.ticker != QLatin1String("-") && ++tickerCount[h.ticker] == 2)
            out.duplicateTickers << h.ticker;
        if (h.price == 0)
            out.zeroPrices.push_back(h);
    }
    out.effectiveN = 1.0 / out.hhi;
    for (auto &[name, s] : sectors) {
        s.weight = s.marketValue / out.totalMarketValue;
        out.sectors.push_back(s);
    }
    std::stable_sort(out.sectors.begin(), out.sectors.end(),
                     [](const SectorWeight &a, const SectorWeight &b) { return a.weight > b.weight; });
    out.duplicateTickers.sort();
    return out;
}

} // namespace rutile::index
