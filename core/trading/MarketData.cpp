#include "trading/MarketData.h"

#include "indicators/IndicatorRegistry.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <mutex>

namespace rutile::trading {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Backtest)
};
} // namespace

/// Columns by key. Each entry is computed exactly once (std::call_once) outside the map's
/// lock, so two threads asking for different columns compute them in parallel and two asking
/// for the same one wait for the first. Entries are never removed, so spans stay valid for the
/// MarketData's lifetime.
class ColumnCache {
public:
    struct Entry {
        std::once_flag once;   ///< indicator columns
        std::mutex computing;  ///< derived columns (which may be cancelled, and then computed again)
        bool done = false;
        Status status;
        QStringList names;
        std::vector<std::vector<double>> outputs;
    };

    Entry &entry(const QString &key)
    {
        const std::lock_guard lock(m_mutex);
        std::unique_ptr<Entry> &e = m_entries[key];
        if (!e)
            e = std::make_unique<Entry>();
        return *e;
    }

    std::size_t size() const
    {
        const std::lock_guard lock(m_mutex);
        return m_entries.size();
    }

private:
    mutable std::mutex m_mutex;
    std::map<QString, std::unique_ptr<Entry>> m_entries;
};

MarketData::MarketData() : m_cache(std::make_unique<ColumnCache>()) {}

MarketData::MarketData(BarSeries series) : m_cache(std::make_unique<ColumnCache>())
{
    m_legs.push_back(std::move(series));
}

MarketData::MarketData(MarketData &&) noexcept = default;
MarketData &MarketData::operator=(MarketData &&) noexcept = default;
MarketData::~MarketData() = default;

Result<MarketData> MarketData::aligned(std::vector<BarSeries> legs)
{
    if (legs.empty())
        return Error::invalidArgument(Text::tr("no symbols to align"));
    // Days present in every leg: walk the first leg and look each day up in the others
    // (days ascend, so a moving cursor per leg suffices).
    std::vector<std::size_t> cursor(legs.size(), 0);
    std::vector<std::vector<std::size_t>> keep(legs.size());
    for (std::size_t i = 0; i < legs[0].size(); ++i) {
        const DayNumber d = legs[0].day[i];
        bool inAll = true;
        for (std::size_t l = 1; l < legs.size(); ++l) {
            const auto &days = legs[l].day;
            while (cursor[l] < days.size() && days[cursor[l]] < d)
                ++cursor[l];
            if (cursor[l] == days.size() || days[cursor[l]] != d)
                inAll = false;
        }
        if (!inAll)
            continue;
        keep[0].push_back(i);
        for (std::size_t l = 1; l < legs.size(); ++l)
            keep[l].push_back(cursor[l]);
    }
    if (keep[0].empty()) {
        QStringList names;
        for (const BarSeries &s : legs)
            names << s.symbol;
        return Error::invalidInput(Text::tr("%1 have no trading day in common").arg(names.join(QStringLiteral(", "))));
    }
    MarketData data;
    for (std::size_t l = 0; l < legs.size(); ++l) {
        if (keep[l].size() == legs[l].size()) {
            data.m_legs.push_back(std::move(legs[l]));
            continue;
        }
        BarSeries s;
        s.symbol = legs[l].symbol;
        s.reserve(keep[l].size());
        for (std::size_t i : keep[l])
            s.append(legs[l].bar(i));
        data.m_legs.push_back(std::move(s));
    }
    return data;
}

QStringList MarketData::symbols() const
{
    QStringList names;
    for (const BarSeries &s : m_legs)
        names << s.symbol;
    return names;
}

void MarketData::setBenchmark(BarSeries benchmark)
{
    m_benchmark = std::move(benchmark);
}

Result<std::span<const double>> MarketData::indicator(int leg, QStringView name, const ParamValues &params,
                                                      QStringView output) const
{
    using namespace indicators;
    if (leg < 0 || leg >= legCount())
        return Error::invalidArgument(Text::tr("leg %1 out of range [0, %2]").arg(leg).arg(legCount() - 1));
    const IndicatorDescriptor *d = IndicatorRegistry::builtIn().find(name);
    if (!d)
        return Error::invalidArgument(Text::tr("unknown indicator '%1'; expected one of: %2")
                         .arg(name.toString(), IndicatorRegistry::builtIn().names().join(QStringLiteral(", "))));
    Result<ParamValues> resolved = resolve(d->params, params);
    if (!resolved)
        return resolved.error();
    const BarSeries &series = m_legs[std::size_t(leg)];
    const int first = d->lookback(*resolved);
    if (first < 0 || std::size_t(first) >= series.size()) {
        return Error::invalidInput(Text::tr("not enough data: %1(%2) needs at least %3 bars, %4 has %5")
                         .arg(d->name, formatPositional(d->params, *resolved))
                         .arg(qint64(first) + 1)
                         .arg(series.symbol)
                         .arg(series.size()));
    }

    const QString key = QStringLiteral("%1|%2(%3)").arg(leg).arg(d->name, formatPositional(d->params, *resolved));
    ColumnCache::Entry &e = m_cache->entry(key);
    std::call_once(e.once, [&] {
        e.outputs.assign(std::size_t(d->outputs.size()), std::vector<double>(series.size()));
        std::vector<std::span<double>> spans;
        for (auto &o : e.outputs)
            spans.emplace_back(o);
        e.names = d->outputs;
        e.status = computeInto(*d, IndicatorInputs::from(series), *resolved, spans);
    });
    if (!e.status)
        return e.status.error();
    qsizetype index = 0;
    if (!output.isEmpty()) {
        index = e.names.indexOf(output.toString());
        if (index < 0)
            return Error::invalidArgument(Text::tr("%1 has no output '%2'; expected one of: %3")
                             .arg(d->name, output.toString(), e.names.join(QStringLiteral(", "))));
    }
    return std::span<const double>(e.outputs[std::size_t(index)]);
}

Result<std::span<const double>> MarketData::derived(const QString &key, const DerivedFn &compute) const
{
    ColumnCache::Entry &e = m_cache->entry(QStringLiteral("derived|") + key);
    const std::lock_guard lock(e.computing);
    if (!e.done) {
        e.outputs.assign(1, std::vector<double>(size()));
        e.status = compute(*this, e.outputs[0]);
        // A cancelled computation says nothing about the data: the next run computes again.
        e.done = e.status.ok() || e.status.error().kind != ErrorKind::Cancelled;
        if (!e.done)
            return e.status.error();
    }
    if (!e.status)
        return e.status.error();
    return std::span<const double>(e.outputs[0]);
}

std::size_t MarketData::cachedColumns() const
{
    return m_cache->size();
}

} // namespace rutile::trading
