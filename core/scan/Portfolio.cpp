#include "scan/Portfolio.h"

#include "backtest/Brokerage.h"
#include "risk/RiskAnalysis.h"
#include "rules/ColumnEvaluator.h"
#include "storage/ParallelBarReader.h"
#include "storage/Workspace.h"
#include "trading/MarketData.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace rutile::scan {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::scan::Portfolio)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The first day of the period after the one holding `day`: a bar on or after it opens a new
// period. Weeks and months are those of data/Timeframe (ISO weeks from Monday, calendar
// months), but as a boundary computed once per period: timeframePeriod() would convert every
// bar of 2,000 histories to a date.
DayNumber nextPeriodStart(DayNumber day, RebalancePeriod period)
{
    const QDate d = toDate(day);
    switch (period) {
    case RebalancePeriod::Daily:
        return day + 1;
    case RebalancePeriod::Weekly:
        return day + (8 - d.dayOfWeek()); // the next Monday
    case RebalancePeriod::Monthly:
        return toDayNumber(QDate(d.year(), d.month(), 1).addMonths(1));
    case RebalancePeriod::Quarterly:
        return toDayNumber(QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1).addMonths(3));
    }
    return day + 1;
}

// Sample standard deviation of the `window` simple returns ending at close[i]; NaN without
// enough closes.
double returnVolatility(const std::vector<double> &close, std::size_t i, int window)
{
    if (i < std::size_t(window))
        return kNaN;
    double mean = 0;
    for (std::size_t j = i + 1 - std::size_t(window); j <= i; ++j)
        mean += close[j] / close[j - 1] - 1;
    mean /= window;
    double ss = 0;
    for (std::size_t j = i + 1 - std::size_t(window); j <= i; ++j) {
        const double r = close[j] / close[j - 1] - 1 - mean;
        ss += r * r;
    }
    return std::sqrt(ss / (window - 1));
}

Status validateRequest(const PortfolioRequest &request)
{
    const PortfolioSettings &s = request.settings;
    if (!request.rank.program)
        return Error::invalidArgument(Text::tr("a portfolio needs a rank expression"));
    if (request.filter && !request.filter->condition)
        return Error::invalidArgument(Text::tr("the filter must be a condition (true or false), such as close > sma(close, 200)"));
    if (s.top < 1 || s.top > 1000)
        return Error::invalidArgument(Text::tr("top (%1) out of range [1, 1000]").arg(s.top));
    if (s.volatilityWindow < 2 || s.volatilityWindow > 1000)
        return Error::invalidArgument(Text::tr("vol_window (%1) out of range [2, 1000]").arg(s.volatilityWindow));
    if (!(s.maxWeight > 0 && s.maxWeight <= 1))
        return Error::invalidArgument(Text::tr("the maximum weight (%1) must lie in (0, 1]").arg(s.maxWeight));
    if (!(s.drift >= 0 && s.drift <= 100))
        return Error::invalidArgument(Text::tr("the drift tolerance (%1) must lie in [0, 100]").arg(s.drift));
    if (request.from.isValid() && request.to.isValid() && request.from > request.to)
        return Error::invalidArgument(Text::tr("the start date %1 is after the end date %2")
                                          .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate)));
    return request.config.validate();
}

// The book while the simulation runs. Series are addressed by their index in the `series`
// vector (k); trades and holdings are reported by list position.
class Book {
public:
    Book(const PortfolioRequest &request, const std::vector<PortfolioSeries> &series, PortfolioResult &out)
        : m_series(series), m_out(out), m_brokerage(backtest::makeBrokerage(request.config)),
          m_state(series.size()), m_cash(request.config.initialCash)
    {
    }

    // The index of k's bar on `day`, or -1; cursors only move forward (days ascend).
    std::ptrdiff_t barOn(std::size_t k, DayNumber day)
    {
        const PortfolioSeries &s = m_series[k];
        std::size_t &c = m_state[k].cursor;
        while (c < s.day.size() && s.day[c] < day)
            ++c;
        return c < s.day.size() && s.day[c] == day ? std::ptrdiff_t(c) : -1;
    }

    double cash() const { return m_cash; }
    const std::vector<std::size_t> &held() const { return m_held; }
    double units(std::size_t k) const { return m_state[k].units; }
    double lastClose(std::size_t k) const { return m_state[k].lastClose; }
    double traded() const { return m_traded; }

    void markClose(std::size_t k, double close) { m_state[k].lastClose = close; }

    double invested() const
    {
        double v = 0;
        for (std::size_t k : m_held)
            v += m_state[k].units * m_state[k].lastClose;
        return v;
    }

    double rawFillPrice(std::size_t k, std::size_t i) const
    {
        const PortfolioSeries &s = m_series[k];
        const backtest::BarPrices bar{s.open[i], std::max(s.open[i], s.close[i]), std::min(s.open[i], s.close[i]), s.close[i]};
        return m_brokerage.fill->marketPrice(bar);
    }

    void sell(std::size_t k, double units, double raw, std::int64_t t, DayNumber day, trading::ExitReason reason)
    {
        State &st = m_state[k];
        units = std::min(units, st.units);
        if (units <= 0)
            return;
        const double price = m_brokerage.slippage->apply(raw, false, trading::OrderType::Market);
        const double commission = m_brokerage.commission->commission(units, price);
        const double entryPart = st.entryCommission * units / st.units;
        trading::Trade trade;
        trade.leg = int(m_series[k].position);
        trade.side = trading::Side::Long;
        trade.size = units;
        trade.entryBar = st.entryBar;
        trade.exitBar = t;
        trade.entryDay = st.entryDay;
        trade.exitDay = day;
        trade.entryPrice = st.averagePrice;
        trade.exitPrice = price;
        trade.commission = entryPart + commission;
        trade.pnl = (price - st.averagePrice) * units - trade.commission;
        trade.exitReason = reason;
        trade.group = st.group;
        m_out.trades.push_back(trade);
        m_cash += units * price - commission;
        m_traded += units * price;
        st.units -= units;
        st.entryCommission -= entryPart;
        if (st.units <= 0) {
            st.units = 0;
            st.entryCommission = 0;
            m_held.erase(std::find(m_held.begin(), m_held.end(), k));
        }
    }

    // Buys up to `units` at `raw` (before slippage), fewer when the cash does not reach.
    void buy(std::size_t k, double units, double raw, std::int64_t t, DayNumber day)
    {
        const double price = m_brokerage.slippage->apply(raw, true, trading::OrderType::Market);
        const auto cost = [&](double u) { return u * price + m_brokerage.commission->commission(u, price); };
        while (units > 0 && cost(units) > m_cash) {
            const double fits = std::floor((m_cash - m_brokerage.commission->commission(units, price)) / price);
            units = fits < units ? std::max(0.0, fits) : units - 1;
        }
        if (units <= 0)
            return;
        const double commission = m_brokerage.commission->commission(units, price);
        State &st = m_state[k];
        if (st.units == 0) {
            st.entryBar = t;
            st.entryDay = day;
            st.group = ++m_groups;
            st.averagePrice = price;
            m_held.push_back(k);
        } else {
            st.averagePrice = (st.averagePrice * st.units + price * units) / (st.units + units);
        }
        st.units += units;
        st.entryCommission += commission;
        m_cash -= units * price + commission;
        m_traded += units * price;
    }

    double buyCost(double units, double raw) const
    {
        const double price = m_brokerage.slippage->apply(raw, true, trading::OrderType::Market);
        return units * price + m_brokerage.commission->commission(units, price);
    }

private:
    struct State {
        std::size_t cursor = 0;
        double units = 0;
        double averagePrice = 0;
        double entryCommission = 0; ///< not yet charged to a closed trade
        double lastClose = kNaN;
        std::int64_t entryBar = 0;
        DayNumber entryDay = 0;
        int group = 0;
    };
    const std::vector<PortfolioSeries> &m_series;
    PortfolioResult &m_out;
    backtest::Brokerage m_brokerage;
    std::vector<State> m_state;
    std::vector<std::size_t> m_held;
    double m_cash = 0;
    double m_traded = 0;
    int m_groups = 0;
};

// An order decided at a rebalance: a signed number of units for series k.
struct Order {
    std::size_t k = 0;
    double units = 0;
};

// The union calendar of the series within their days (they were cut to the range already).
std::vector<DayNumber> unionCalendar(const std::vector<PortfolioSeries> &series)
{
    DayNumber lo = std::numeric_limits<DayNumber>::max(), hi = std::numeric_limits<DayNumber>::min();
    for (const PortfolioSeries &s : series) {
        if (!s.day.empty()) {
            lo = std::min(lo, s.day.front());
            hi = std::max(hi, s.day.back());
        }
    }
    std::vector<DayNumber> days;
    if (lo > hi)
        return days;
    std::vector<char> present(std::size_t(hi - lo) + 1, 0);
    for (const PortfolioSeries &s : series) {
        for (DayNumber d : s.day)
            present[std::size_t(d - lo)] = 1;
    }
    for (std::size_t i = 0; i < present.size(); ++i) {
        if (present[i])
            days.push_back(lo + DayNumber(i));
    }
    return days;
}

} // namespace

Result<PortfolioSeries> preparePortfolioSeries(const PortfolioRequest &request, qsizetype position, BarSeries bars)
{
    if (request.to.isValid())
        bars = bars.between({}, request.to);
    const std::size_t first = request.from.isValid() ? bars.lowerBound(toDayNumber(request.from)) : 0;
    if (first >= bars.size())
        return Error::invalidInput(Text::tr("no bars between the dates given"));
    const trading::MarketData data(std::move(bars));
    const BarSeries &b = data.leg(0);
    rules::ColumnEvaluator rankEvaluator(*request.rank.program, data, ParamValues());
    const auto rank = rankEvaluator.view(request.rank.node);
    if (!rank)
        return rank.error();
    std::optional<rules::ColumnEvaluator> filterEvaluator;
    std::optional<rules::ColumnEvaluator::View> filter;
    if (request.filter) {
        filterEvaluator.emplace(*request.filter->program, data, ParamValues());
        auto view = filterEvaluator->view(request.filter->node);
        if (!view)
            return view.error();
        filter = *view;
    }
    const bool inverseVolatility = request.settings.weighting == PortfolioWeighting::InverseVolatility;

    PortfolioSeries out;
    out.position = position;
    out.day.assign(b.day.begin() + std::ptrdiff_t(first), b.day.end());
    out.open.assign(b.open.begin() + std::ptrdiff_t(first), b.open.end());
    out.close.assign(b.close.begin() + std::ptrdiff_t(first), b.close.end());
    DayNumber nextPeriod = std::numeric_limits<DayNumber>::min();
    for (std::size_t i = first; i < b.size(); ++i) {
        if (b.day[i] < nextPeriod)
            continue;
        nextPeriod = nextPeriodStart(b.day[i], request.settings.rebalance);
        double score = rank->at(i);
        if (!std::isfinite(score) || (filter && !(filter->at(i) != 0 && std::isfinite(filter->at(i)))))
            score = kNaN;
        out.decisions.push_back({b.day[i], score, inverseVolatility ? returnVolatility(b.close, i, request.settings.volatilityWindow) : 0.0});
    }
    return out;
}

Result<PortfolioResult> simulatePortfolio(const PortfolioRequest &request, const std::vector<PortfolioSeries> &series,
                                          const TaskControl &control)
{
    if (Status s = validateRequest(request); !s)
        return s.error();
    PortfolioResult out;
    out.symbols = request.symbols;
    out.days = unionCalendar(series);
    if (out.days.size() < 2)
        return Error::invalidInput(Text::tr("a portfolio needs at least 2 trading days of data, found %1").arg(out.days.size()));
    const PortfolioSettings &settings = request.settings;
    const std::size_t days = out.days.size();
    out.equity.resize(days);
    out.cash.resize(days);
    out.exposure.resize(days);
    out.holdingCount.resize(days);

    Book book(request, series, out);
    std::vector<std::size_t> decisionCursor(series.size(), 0);
    std::vector<Order> pending; // sells first, then buys best first
    DayNumber nextPeriod = std::numeric_limits<DayNumber>::min();

    struct Candidate {
        double score;
        qsizetype position;
        std::size_t k;
        double volatility;
        double close;
    };
    std::vector<Candidate> candidates;
    candidates.reserve(series.size());

    for (std::size_t t = 0; t < days; ++t) {
        const DayNumber day = out.days[t];
        const bool lastDay = t + 1 == days;
        if ((t & 255) == 0) {
            if (control.cancelled())
                return Error::cancelled();
            control.report(double(t) / double(days));
        }

        // 1. The fills of the last rebalance's orders: sells, then buys scaled to the cash.
        bool filled = false;
        if (!pending.empty()) {
            std::vector<Order> waiting;
            std::vector<std::pair<Order, double>> buys; // with the raw price
            for (const Order &o : pending) {
                const std::ptrdiff_t i = book.barOn(o.k, day);
                if (i < 0) {
                    waiting.push_back(o);
                } else if (o.units < 0) {
                    book.sell(o.k, -o.units, book.rawFillPrice(o.k, std::size_t(i)), std::int64_t(t), day, trading::ExitReason::Signal);
                    filled = true;
                } else {
                    buys.emplace_back(o, book.rawFillPrice(o.k, std::size_t(i)));
                }
            }
            double cost = 0;
            for (const auto &[o, raw] : buys)
                cost += book.buyCost(o.units, raw);
            const double scale = cost > book.cash() && cost > 0 ? book.cash() / cost : 1.0;
            for (const auto &[o, raw] : buys) {
                book.buy(o.k, scale < 1 ? std::floor(o.units * scale) : o.units, raw, std::int64_t(t), day);
                filled = true;
            }
            pending = std::move(waiting);
        }

        // 2. The day's closes; a history that ends today, or the run's end, sells at the close.
        for (std::size_t h = book.held().size(); h-- > 0;) {
            const std::size_t k = book.held()[h];
            const std::ptrdiff_t i = book.barOn(k, day);
            if (i >= 0)
                book.markClose(k, series[k].close[std::size_t(i)]);
            if (lastDay || (i >= 0 && std::size_t(i) + 1 == series[k].day.size())) {
                book.sell(k, book.units(k), book.lastClose(k), std::int64_t(t), day, trading::ExitReason::EndOfData);
                filled = true;
            }
        }

        // 3. The book at the close.
        const double invested = book.invested();
        const double equity = book.cash() + invested;
        out.equity[t] = equity;
        out.cash[t] = book.cash();
        out.exposure[t] = equity > 0 ? invested / equity : kNaN;
        out.holdingCount[t] = int(book.held().size());
        if (filled) {
            PortfolioSnapshot snapshot{day, {}};
            for (std::size_t k : book.held())
                snapshot.holdings.push_back({series[k].position, book.units(k), book.lastClose(k),
                                             equity > 0 ? book.units(k) * book.lastClose(k) / equity : kNaN});
            std::sort(snapshot.holdings.begin(), snapshot.holdings.end(),
                      [](const PortfolioHolding &a, const PortfolioHolding &b) { return a.position < b.position; });
            out.snapshots.push_back(std::move(snapshot));
        }

        // 4. A rebalance at the close of the first trading day of a period.
        const bool periodStart = day >= nextPeriod;
        if (periodStart)
            nextPeriod = nextPeriodStart(day, settings.rebalance);
        if (!periodStart || lastDay)
            continue;
        candidates.clear();
        for (std::size_t k = 0; k < series.size(); ++k) {
            const auto &decisions = series[k].decisions;
            std::size_t &c = decisionCursor[k];
            while (c < decisions.size() && decisions[c].day < day)
                ++c;
            if (c == decisions.size() || decisions[c].day != day || !std::isfinite(decisions[c].score))
                continue;
            const double volatility = decisions[c].volatility;
            if (settings.weighting == PortfolioWeighting::InverseVolatility && !(std::isfinite(volatility) && volatility > 0))
                continue;
            const std::ptrdiff_t i = book.barOn(k, day);
            if (i < 0)
                continue;
            candidates.push_back({decisions[c].score, series[k].position, k, volatility, series[k].close[std::size_t(i)]});
        }
        const int ranked = int(candidates.size());
        const std::size_t chosen = std::min(candidates.size(), std::size_t(settings.top));
        std::partial_sort(candidates.begin(), candidates.begin() + std::ptrdiff_t(chosen), candidates.end(),
                          [](const Candidate &a, const Candidate &b) { return ranksBefore(a.score, a.position, b.score, b.position); });
        candidates.resize(chosen);

        PortfolioRebalance rebalance;
        rebalance.day = day;
        rebalance.candidates = ranked;
        double inverseSum = 0;
        for (const Candidate &c : candidates)
            inverseSum += 1 / c.volatility;
        std::vector<Order> sells, buys;
        std::vector<char> chosenSeries(series.size(), 0);
        for (const Candidate &c : candidates) {
            // Equal: 1/N each. Inverse volatility: the chosen share 'chosen/N' of equity in
            // proportion to 1/σ, so that fewer candidates than N leave the same cash as equal.
            double weight = settings.weighting == PortfolioWeighting::Equal
                                ? 1.0 / settings.top
                                : (1 / c.volatility) / inverseSum * double(chosen) / settings.top;
            weight = std::min(weight, settings.maxWeight);
            const double units = equity > 0 ? std::floor(weight * equity / c.close) : 0;
            rebalance.targets.push_back({c.position, c.score, weight, units});
            chosenSeries[c.k] = 1;
            const double current = book.units(c.k);
            if (current == 0) {
                if (units > 0)
                    buys.push_back({c.k, units});
                continue;
            }
            const double target = weight * equity;
            if (std::abs(current * c.close - target) > settings.drift * target && units != current)
                (units > current ? buys : sells).push_back({c.k, units - current});
        }
        for (std::size_t k : book.held()) {
            if (!chosenSeries[k])
                sells.push_back({k, -book.units(k)});
        }
        pending = std::move(sells);
        pending.insert(pending.end(), buys.begin(), buys.end());
        out.rebalances.push_back(std::move(rebalance));
    }

    out.performance = backtest::computePerformance(out.equity, out.exposure, request.config.metrics);
    out.tradeStats = backtest::computeTradeStats(out.trades);
    const double meanEquity = std::accumulate(out.equity.begin(), out.equity.end(), 0.0) / double(days);
    if (meanEquity > 0 && out.performance.years > 0)
        out.annualTurnover = book.traded() / 2 / meanEquity / out.performance.years;
    control.report(1);
    return out;
}

Result<PortfolioResult> runPortfolio(const QString &path, const PortfolioRequest &request, const TaskControl &control)
{
    if (Status s = validateRequest(request); !s)
        return s.error();
    auto workspace = Workspace::open(path, WorkspaceAccess::Read);
    if (!workspace)
        return workspace.error();
    const auto cached = (*workspace)->readSymbols();
    if (!cached)
        return cached.error();
    QHash<QString, qsizetype> bars;
    for (const SymbolInfo &info : *cached)
        bars.insert(info.symbol, info.bars);
    if (!request.benchmark.isEmpty() && bars.value(request.benchmark) == 0)
        return Error::notFound(Text::tr("the benchmark %1 is not in the workspace").arg(request.benchmark));

    std::vector<ScanSkip> skipped;
    QStringList toRead;
    std::vector<qsizetype> positions;
    for (qsizetype p = 0; p < request.symbols.size(); ++p) {
        if (bars.value(request.symbols[p]) == 0) {
            skipped.push_back({request.symbols[p], p, Text::tr("not in the workspace")});
        } else {
            toRead << request.symbols[p];
            positions.push_back(p);
        }
    }
    std::vector<std::optional<PortfolioSeries>> prepared(positions.size());
    std::vector<QString> reasons(positions.size());
    ParallelReadOptions options;
    options.threads = request.threads;
    options.columns = Workspace::AllColumns & ~unsigned(Workspace::AdjClose);
    const Status read = readBarsInParallel(path, toRead, options, control.part(0, 0.8),
                                           [&](const Workspace &, qsizetype k, BarSeries &&b) -> Status {
                                               auto s = preparePortfolioSeries(request, positions[std::size_t(k)], std::move(b));
                                               if (!s)
                                                   reasons[std::size_t(k)] = s.error().message;
                                               else
                                                   prepared[std::size_t(k)] = std::move(*s);
                                               return {};
                                           });
    if (!read)
        return read.error();
    std::vector<PortfolioSeries> series;
    series.reserve(prepared.size());
    for (std::size_t k = 0; k < prepared.size(); ++k) {
        const qsizetype p = positions[k];
        if (!prepared[k]) {
            skipped.push_back({request.symbols[p], p, reasons[k]});
            continue;
        }
        const auto &d = prepared[k]->decisions;
        if (std::none_of(d.begin(), d.end(), [](const PortfolioSeries::Decision &x) { return std::isfinite(x.score); })) {
            skipped.push_back({request.symbols[p], p,
                               request.filter ? Text::tr("never ranked: the rank is undefined or the filter false on every "
                                                         "rebalance day")
                                              : Text::tr("never ranked: the rank is undefined on every rebalance day")});
            continue;
        }
        series.push_back(std::move(*prepared[k]));
    }
    std::sort(skipped.begin(), skipped.end(), [](const ScanSkip &a, const ScanSkip &b) { return a.position < b.position; });
    if (series.empty())
        return Error::invalidInput(Text::tr("no symbol of the list can be ranked (%1 skipped; the first: %2: %3)")
                                       .arg(skipped.size())
                                       .arg(skipped.empty() ? QString() : skipped.front().symbol,
                                            skipped.empty() ? QString() : skipped.front().reason));

    auto result = simulatePortfolio(request, series, control.part(0.8, 0.95));
    if (!result)
        return result.error();
    result->skipped = std::move(skipped);

    std::optional<risk::DatedSeries> benchmarkValues;
    if (!request.benchmark.isEmpty()) {
        auto benchmark = (*workspace)->readBars(request.benchmark);
        if (!benchmark)
            return benchmark.error();
        result->benchmarkSymbol = request.benchmark;
        result->benchmark = backtest::compareWithBenchmark(result->days, result->equity, *benchmark, request.config.metrics);
        result->benchmarkEquity = backtest::benchmarkCurve(result->days, *benchmark, request.config.initialCash);
        result->benchmarkHeld = backtest::heldPerformance(result->benchmarkEquity, request.config.metrics);
        benchmarkValues = risk::closeSeries(*benchmark);
    }
    // The risk figures of the curve, as the risk dashboard computes them for a symbol. A curve
    // too short for them, or one that reached zero, has none: not an error of the backtest.
    risk::RiskOptions riskOptions;
    riskOptions.tradingDaysPerYear = request.config.metrics.tradingDaysPerYear;
    riskOptions.riskFreeRate = request.config.metrics.riskFreeRate;
    risk::DatedSeries curve{QStringLiteral("portfolio"), result->days, result->equity};
    auto risk = risk::analyseRisk(curve, riskOptions, benchmarkValues ? &*benchmarkValues : nullptr, control.part(0.95, 1));
    if (risk)
        result->risk = std::move(*risk);
    else if (risk.error().kind == ErrorKind::Cancelled)
        return risk.error();
    return result;
}

} // namespace rutile::scan
