#include "index/IndexEngine.h"

#include "util/TaskControl.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace rutile::index {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::IndexEngine)
};

bool positiveFinite(double v)
{
    return std::isfinite(v) && v > 0;
}

// One constituent while the index walks through its days.
struct State {
    const Constituent *input = nullptr;
    DayNumber firstDay = 0;
    DayNumber lastDay = 0;
    std::size_t bar = 0;          // next bar of `input->bars` not yet read
    double close = 0;             // last close read (carried over days without a bar)
    double open = 0;              // today's open, or the carried close
    bool tradedToday = false;
    double volume = 0;            // today's volume (0 without a bar)
    std::size_t split = 0;        // next split not yet applied to the units
    std::vector<double> cumulativeSplit; // product of the ratios of splits [0, j]
    std::ptrdiff_t shareEntry = -1;      // share-count entry the units come from
    bool member = false;
    bool departed = false;        // left for good (after its last bar)
    double units = 0;
    double previousValue = 0;     // units × close after the previous close's events
    bool inAttribution = false;
    double points = 0;
    double weightSum = 0;

    // Product of the split ratios dated on or before `day`.
    double splitFactor(DayNumber day) const
    {
        const auto &splits = input->splits;
        std::size_t n = 0;
        while (n < splits.size() && toDayNumber(splits[n].date) <= day)
            ++n;
        return n == 0 ? 1.0 : cumulativeSplit[n - 1];
    }

    // The share-count entry in force on `day` (the last dated on or before it, else the first),
    // found forward from the one in use: the days asked about only move forward.
    std::ptrdiff_t entryOn(DayNumber day) const
    {
        const auto &counts = input->shares;
        std::size_t entry = shareEntry < 0 ? 0 : std::size_t(shareEntry);
        while (entry + 1 < counts.size() && counts[entry + 1].day <= day)
            ++entry;
        return std::ptrdiff_t(entry);
    }

    // Cap or float units of share-count entry `entry`, in the price terms of `priced` (the close
    // they are valued at): a share count dated before a split counts pre-split shares.
    double shareUnits(std::ptrdiff_t entry, Weighting weighting, DayNumber priced) const
    {
        const ShareCount &c = input->shares[std::size_t(entry)];
        const double scale = input->splits.empty() ? 1.0 : splitFactor(priced) / splitFactor(c.day);
        return c.shares * scale * (weighting == Weighting::Float ? c.floatFactor : 1.0);
    }
};

Status validate(const std::vector<Constituent> &constituents, const IndexOptions &options)
{
    if (!positiveFinite(options.base))
        return Error::invalidArgument(Text::tr("the index base must be a positive number"));
    if (options.from.isValid() && options.to.isValid() && options.from > options.to)
        return Error::invalidArgument(Text::tr("the index range starts after it ends"));
    if (options.attributionFrom.isValid() && options.attributionTo.isValid()
        && options.attributionFrom > options.attributionTo)
        return Error::invalidArgument(Text::tr("the attribution range starts after it ends"));
    const bool needsShares = options.weighting != Weighting::Equal;
    for (const Constituent &c : constituents) {
        if (!c.bars)
            return Error::internal(QStringLiteral("constituent %1 has no bars").arg(c.symbol));
        if (needsShares && c.shares.empty())
            return Error::invalidInput(
                Text::tr("%1 has no share counts; cap and float weighting need them (equal weighting does not)")
                    .arg(c.symbol));
        for (const ShareCount &s : c.shares) {
            if (!positiveFinite(s.shares) || !positiveFinite(s.floatFactor))
                return Error::invalidInput(Text::tr("%1: the share count of %2 is not a positive number")
                                               .arg(c.symbol, toDate(s.day).toString(Qt::ISODate)));
        }
        for (const Split &s : c.splits) {
            if (!positiveFinite(s.ratio()))
                return Error::invalidInput(Text::tr("%1: the split of %2 has no positive ratio")
                                               .arg(c.symbol, s.date.toString(Qt::ISODate)));
        }
    }
    return {};
}

// The trading days of the index: every day on which a constituent has a bar, within range.
std::vector<DayNumber> indexDays(const std::vector<Constituent> &constituents, DayNumber from, DayNumber to)
{
    DayNumber lo = to, hi = from;
    for (const Constituent &c : constituents) {
        if (c.bars->empty())
            continue;
        lo = std::min(lo, std::max(from, c.bars->day.front()));
        hi = std::max(hi, std::min(to, c.bars->day.back()));
    }
    std::vector<DayNumber> days;
    if (lo > hi)
        return days;
    std::vector<char> present(std::size_t(hi - lo) + 1, 0);
    for (const Constituent &c : constituents) {
        const auto &d = c.bars->day;
        for (auto it = std::lower_bound(d.begin(), d.end(), lo); it != d.end() && *it <= hi; ++it)
            present[std::size_t(*it - lo)] = 1;
    }
    for (std::size_t i = 0; i < present.size(); ++i) {
        if (present[i])
            days.push_back(lo + DayNumber(i));
    }
    return days;
}

QString dayText(DayNumber day)
{
    return toDate(day).toString(Qt::ISODate);
}

// The constituents' prices of a window of index days, day by day side by side. Reading 2,000
// bar series one day at a time touches four pages per series and day (day, close, open,
// volume), which thrashes the TLB; reading each series for a window of days at once and then
// walking the window day by day reads memory in long runs.
constexpr std::size_t kWindowDays = 64;

struct PriceWindow {
    std::vector<double> close, open, volume;
    std::vector<char> traded;

    // Reads days [first, first + kWindowDays) of every constituent, advancing its bar cursor;
    // slot (k − first)·n + i holds constituent i on day k.
    Status gather(std::vector<State> &states, const std::vector<DayNumber> &days, std::size_t first)
    {
        const std::size_t n = states.size();
        const std::size_t last = std::min(days.size(), first + kWindowDays);
        close.assign(kWindowDays * n, 0.0);
        open.assign(kWindowDays * n, 0.0);
        volume.assign(kWindowDays * n, 0.0);
        traded.assign(kWindowDays * n, 0);
        for (std::size_t i = 0; i < n; ++i) {
            State &s = states[i];
            const BarSeries &b = *s.input->bars;
            for (std::size_t k = first; k < last && s.bar < b.size(); ++k) {
                if (b.day[s.bar] != days[k])
                    continue;
                const std::size_t slot = (k - first) * n + i;
                const double c = b.close[s.bar];
                if (!positiveFinite(c))
                    return Error::invalidInput(
                        Text::tr("%1: the close of %2 is not a positive number").arg(s.input->symbol, dayText(days[k])));
                close[slot] = c;
                open[slot] = positiveFinite(b.open[s.bar]) ? b.open[s.bar] : c;
                volume[slot] = std::isfinite(b.volume[s.bar]) ? b.volume[s.bar] : 0.0;
                traded[slot] = 1;
                ++s.bar;
            }
        }
        return {};
    }
};

} // namespace

QDate russellReconstitutionDay(int year)
{
    const QDate first(year, 6, 1);
    const int toFriday = (5 - first.dayOfWeek() + 7) % 7; // Qt: Monday 1 … Sunday 7
    return first.addDays(toFriday + 21);
}

QString weightingName(Weighting weighting)
{
    switch (weighting) {
    case Weighting::Cap: return QStringLiteral("cap");
    case Weighting::Float: return QStringLiteral("float");
    case Weighting::Equal: return QStringLiteral("equal");
    }
    return {};
}

std::optional<Weighting> weightingFromName(const QString &name)
{
    for (Weighting w : {Weighting::Cap, Weighting::Float, Weighting::Equal}) {
        if (weightingName(w) == name)
            return w;
    }
    return std::nullopt;
}

QString eventKindName(IndexEvent::Kind kind)
{
    switch (kind) {
    case IndexEvent::Kind::Entry: return QStringLiteral("entry");
    case IndexEvent::Kind::Exit: return QStringLiteral("exit");
    case IndexEvent::Kind::Shares: return QStringLiteral("shares");
    case IndexEvent::Kind::Rebalance: return QStringLiteral("rebalance");
    }
    return {};
}

Result<IndexBuild> buildIndex(const std::vector<Constituent> &constituents, const IndexOptions &options,
                              const TaskControl &control)
{
    if (Status s = validate(constituents, options); !s)
        return s.error();
    const DayNumber from = options.from.isValid() ? toDayNumber(options.from) : std::numeric_limits<DayNumber>::min();
    const DayNumber to = options.to.isValid() ? toDayNumber(options.to) : std::numeric_limits<DayNumber>::max();
    const std::vector<DayNumber> days = indexDays(constituents, from, to);
    if (days.empty())
        return Error::invalidInput(Text::tr("no constituent has a bar in the index range"));

    std::vector<State> states;
    states.reserve(constituents.size());
    for (const Constituent &c : constituents) {
        if (c.bars->empty())
            continue;
        State s;
        s.input = &c;
        s.firstDay = c.bars->day.front();
        s.lastDay = c.bars->day.back();
        s.bar = c.bars->lowerBound(days.front());
        if (s.bar > 0)
            s.close = c.bars->close[s.bar - 1];
        double product = 1;
        for (const Split &split : c.splits)
            s.cumulativeSplit.push_back(product *= split.ratio());
        while (s.split < c.splits.size() && toDayNumber(c.splits[s.split].date) <= days.front())
            ++s.split;
        states.push_back(std::move(s));
    }

    PriceWindow window;
    const Weighting weighting = options.weighting;
    const bool annual = options.reconstitution == Reconstitution::AnnualJune;
    // The attribution range, on index days: the first on or after its start, the last on or
    // before its end; a range that holds no index day is an error.
    const auto attrBegin = std::lower_bound(
        days.begin(), days.end(), options.attributionFrom.isValid() ? toDayNumber(options.attributionFrom) : days.front());
    const auto attrEnd = std::upper_bound(days.begin(), days.end(),
                                          options.attributionTo.isValid() ? toDayNumber(options.attributionTo) : days.back());
    if (attrBegin == days.end() || attrEnd == days.begin() || attrBegin >= attrEnd)
        return Error::invalidArgument(Text::tr("the attribution range holds no day of the index (%1 to %2)")
                                          .arg(dayText(days.front()), dayText(days.back())));
    const DayNumber attrFrom = *attrBegin;
    const DayNumber attrTo = *(attrEnd - 1);

    IndexBuild out;
    out.levels.symbol = QString();
    out.levels.reserve(days.size());
    out.divisor.reserve(days.size());
    out.members.reserve(days.size());

    double divisor = 0;
    double previousPost = 0; // Σ previousValue of the members
    double levelAtAttrFrom = std::numeric_limits<double>::quiet_NaN();
    int attributionDays = 0;

    for (std::size_t k = 0; k < days.size(); ++k) {
        const DayNumber d = days[k];
        if ((k & 255) == 0) {
            if (control.cancelled())
                return Error::cancelled();
            control.report(double(k) / double(days.size()));
        }

        if (k % kWindowDays == 0) {
            if (Status st = window.gather(states, days, k); !st)
                return st.error();
        }
        // Today's prices; raw-price splits dated today scale the members' units.
        const std::size_t row = (k % kWindowDays) * states.size();
        for (std::size_t i = 0; i < states.size(); ++i) {
            State &s = states[i];
            s.tradedToday = window.traded[row + i] != 0;
            if (s.tradedToday) {
                s.close = window.close[row + i];
                s.open = window.open[row + i];
                s.volume = window.volume[row + i];
            } else {
                s.open = s.close;
                s.volume = 0;
            }
            while (s.split < s.input->splits.size() && toDayNumber(s.input->splits[s.split].date) <= d) {
                if (s.member)
                    s.units *= s.input->splits[s.split].ratio();
                ++s.split;
            }
        }

        if (k == 0) {
            int n = 0;
            for (State &s : states) {
                if (s.firstDay <= d && s.lastDay >= d) {
                    s.member = true;
                    ++n;
                }
            }
            if (n == 0)
                return Error::invalidInput(Text::tr("no constituent trades on %1").arg(dayText(d)));
            double value = 0;
            for (State &s : states) {
                if (!s.member)
                    continue;
                if (weighting == Weighting::Equal) {
                    s.units = 1.0 / s.close;
                } else {
                    s.shareEntry = s.entryOn(d);
                    s.units = s.shareUnits(s.shareEntry, weighting, d);
                }
                value += s.units * s.close;
            }
            divisor = value / options.base;
        }

        double value = 0, openValue = 0, volume = 0;
        int memberCount = 0;
        const bool attributing = d > attrFrom && d <= attrTo;
        for (State &s : states) {
            if (!s.member)
                continue;
            ++memberCount;
            const double v = s.units * s.close;
            value += v;
            openValue += s.units * s.open;
            volume += s.volume;
            if (attributing) {
                s.inAttribution = true;
                s.points += (v - s.previousValue) / divisor;
                s.weightSum += s.previousValue / previousPost;
            }
        }
        if (attributing)
            ++attributionDays;
        const double level = value / divisor;
        const double openLevel = openValue / divisor;
        out.levels.append(Bar{d, openLevel, std::max(openLevel, level), std::min(openLevel, level), level, level, volume});
        out.divisor.push_back(divisor);
        out.members.push_back(memberCount);
        if (d == attrFrom) {
            levelAtAttrFrom = level;
            for (State &s : states) {
                if (s.member)
                    s.inAttribution = true;
            }
        }

        // Events at today's close, effective from the next index day.
        if (k + 1 < days.size()) {
            const DayNumber next = days[k + 1];
            // The last index day on or before the year's reconstitution day.
            const auto reconstitutesAt = [d, next] {
                const DayNumber day = toDayNumber(russellReconstitutionDay(toDate(d).year()));
                return d <= day && next > day;
            };
            const bool reconstitutes = annual && reconstitutesAt();
            const double divisorBefore = divisor;
            std::vector<IndexEvent> today;

            int members = 0;
            for (State &s : states) {
                if (s.member && s.lastDay <= d) {
                    s.member = false;
                    s.departed = true;
                    s.units = 0;
                    today.push_back({d, IndexEvent::Kind::Exit, s.input->symbol, 0, 0});
                }
                members += s.member ? 1 : 0;
            }
            // Entries: at the close of the first bar, or at the next reconstitution.
            std::vector<State *> entering;
            for (State &s : states) {
                if (!s.member && !s.departed && s.firstDay <= d && s.lastDay > d && (!annual || reconstitutes))
                    entering.push_back(&s);
            }
            // An equal-weight entrant gets the average value of the members that stay.
            double averageValue = value;
            if (weighting == Weighting::Equal && !entering.empty() && members > 0) {
                double remaining = 0;
                for (const State &s : states) {
                    if (s.member)
                        remaining += s.units * s.close;
                }
                averageValue = remaining / members;
            }
            for (State *s : entering) {
                s->member = true;
                ++members;
                if (weighting == Weighting::Equal) {
                    s->units = (averageValue > 0 ? averageValue : 1.0) / s->close;
                } else {
                    s->shareEntry = s->entryOn(next);
                    s->units = s->shareUnits(s->shareEntry, weighting, d);
                }
                today.push_back({d, IndexEvent::Kind::Entry, s->input->symbol, 0, 0});
            }
            if (weighting == Weighting::Equal && reconstitutes && members > 0) {
                const double each = value / members;
                for (State &s : states) {
                    if (s.member)
                        s.units = each / s.close;
                }
                today.push_back({d, IndexEvent::Kind::Rebalance, QString(), 0, 0});
            } else if (weighting != Weighting::Equal) {
                for (State &s : states) {
                    if (!s.member)
                        continue;
                    const std::ptrdiff_t entry = s.entryOn(next);
                    if (entry != s.shareEntry) {
                        s.shareEntry = entry;
                        s.units = s.shareUnits(entry, weighting, d);
                        today.push_back({d, IndexEvent::Kind::Shares, s.input->symbol, 0, 0});
                    }
                }
            }

            double post = value;
            if (!today.empty()) {
                post = 0;
                for (State &s : states) {
                    if (s.member)
                        post += s.units * s.close;
                }
                if (!(post > 0))
                    return Error::invalidInput(Text::tr("every constituent has left the index at the close of %1, "
                                                        "before the end of its range")
                                                   .arg(dayText(d)));
                divisor = divisorBefore * post / value;
                for (IndexEvent &e : today) {
                    e.divisorBefore = divisorBefore;
                    e.divisorAfter = divisor;
                    out.events.push_back(std::move(e));
                }
            }
            for (State &s : states)
                s.previousValue = s.member ? s.units * s.close : 0.0;
            previousPost = post;
        }
    }

    // Attribution tables.
    out.attributionFrom = attrFrom;
    out.attributionTo = attrTo;
    const auto levelOn = [&](DayNumber day) {
        return out.levels.close[std::size_t(std::lower_bound(days.begin(), days.end(), day) - days.begin())];
    };
    out.attributionReturn = levelOn(attrTo) / levelAtAttrFrom - 1.0;
    std::map<QString, SectorContribution> sectors;
    for (const State &s : states) {
        if (!s.inAttribution)
            continue;
        ConstituentContribution c;
        c.symbol = s.input->symbol;
        c.sector = s.input->sector;
        c.points = s.points;
        c.contribution = s.points / levelAtAttrFrom;
        c.averageWeight = attributionDays > 0 ? s.weightSum / attributionDays : 0.0;
        SectorContribution &sector = sectors[c.sector];
        sector.sector = c.sector;
        ++sector.constituents;
        sector.points += c.points;
        sector.contribution += c.contribution;
        sector.averageWeight += c.averageWeight;
        out.contributions.push_back(std::move(c));
    }
    std::sort(out.contributions.begin(), out.contributions.end(), [](const auto &a, const auto &b) {
        return a.contribution != b.contribution ? a.contribution > b.contribution : a.symbol < b.symbol;
    });
    for (auto &[name, sector] : sectors)
        out.sectors.push_back(sector);
    std::sort(out.sectors.begin(), out.sectors.end(), [](const auto &a, const auto &b) {
        return a.contribution != b.contribution ? a.contribution > b.contribution : a.sector < b.sector;
    });
    control.report(1.0);
    return out;
}

} // namespace rutile::index
