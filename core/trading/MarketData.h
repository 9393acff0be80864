#pragma once

// The data a backtest reads: one or more symbols aligned on common days (the first is the
// traded symbol, the others hedges), an optional benchmark, and a cache of indicator columns
// computed once over the whole history and shared by every run on the same data (all grid
// points of an optimisation, every walk-forward fold).
//
// Columns are computed over the whole series because the indicator kernels are causal: the
// value at bar t reads bars ≤ t only (the look-ahead test in tests/core/backtest checks this
// for every built-in strategy). A run over bars [first, last) therefore sees properly warmed
// up indicators at `first`.

#include "data/BarSeries.h"
#include "params/ParamSpec.h"
#include "util/Error.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace rutile::trading {

class ColumnCache;

class MarketData {
public:
    MarketData();
    /// One symbol.
    explicit MarketData(BarSeries series);
    /// Several symbols kept on the days every one of them has (an inner join on the date);
    /// InvalidInput when they share no day.
    static Result<MarketData> aligned(std::vector<BarSeries> legs);

    MarketData(MarketData &&) noexcept;
    MarketData &operator=(MarketData &&) noexcept;
    ~MarketData();

    std::size_t size() const { return m_legs.empty() ? 0 : m_legs.front().size(); }
    int legCount() const { return int(m_legs.size()); }
    const BarSeries &leg(int i) const { return m_legs[std::size_t(i)]; }
    const std::vector<DayNumber> &days() const { return m_legs.front().day; }
    QStringList symbols() const;

    /// The benchmark of beta and alpha. Its days need not match: statistics use the days
    /// both have.
    void setBenchmark(BarSeries benchmark);
    const BarSeries *benchmark() const { return m_benchmark ? &*m_benchmark : nullptr; }

    /// Output `output` (empty: the first) of registry indicator `name` with `params` (defaults
    /// fill the rest) on leg `leg`, over the whole series, computed once and cached.
    /// InvalidArgument for an unknown indicator or bad parameters; InvalidInput ("not enough
    /// data") when the series is too short for the first valid value. Thread-safe.
    Result<std::span<const double>> indicator(int leg, QStringView name, const ParamValues &params,
                                              QStringView output = {}) const;

    /// A column computed by `compute` (size() values, NaN where undefined) and cached under
    /// `key`. `compute` must be causal: the value at t may read bars ≤ t only. Thread-safe;
    /// runs once per key.
    using DerivedFn = std::function<Status(const MarketData &data, std::span<double> out)>;
    Result<std::span<const double>> derived(const QString &key, const DerivedFn &compute) const;

    /// Number of cached columns (for tests of the cache).
    std::size_t cachedColumns() const;

private:
    std::vector<BarSeries> m_legs;
    std::optional<BarSeries> m_benchmark;
    std::unique_ptr<ColumnCache> m_cache;
};

} // namespace rutile::trading
