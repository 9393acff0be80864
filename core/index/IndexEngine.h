#pragma once

// An index level built from constituent prices and share counts, the way index providers
// publish theirs (S&P's and FTSE Russell's index mathematics):
//
//   level(t) = Σ qᵢ(t)·Pᵢ(t) / D(t)
//
// qᵢ are the index's units of constituent i: its shares (cap weighting), its shares times its
// float factor (float weighting), or units set so that every member holds the same value at
// each rebalance (equal weighting). Pᵢ(t) is its close, the last close carried over a day it
// did not trade. D is the divisor.
//
// Events take effect at the close of a day t, priced at that day's closes: a member leaves at
// the close of its last bar, a constituent enters (at the close of its first bar, or at the next
// reconstitution when there is a schedule), a new share count or float factor starts (from the
// day its entry is dated, so it is applied at the close before), and equal weights are reset at
// each reconstitution (without a reconstitution schedule equal weights are set once, at the
// start, and then drift with prices like a buy-and-hold portfolio; an entrant joins with the
// average value of the members). With V and V' the members' value before and after the events at t's
// closes, the divisor becomes D' = D·V'/V, so the level at t is the same either way: events
// never move the level, only prices do. The return from t−1 to t is therefore the
// unit-weighted average of the members' returns, wᵢ = qᵢ·Pᵢ(t−1) / Σ qⱼ·Pⱼ(t−1).
//
// Splits: the workspace keeps split-adjusted prices (as the providers deliver them), and its
// share counts in the same units, so a split changes nothing. A constituent whose prices are
// raw lists its splits; on a split's date its units are multiplied by the split ratio (and a
// share count dated before the split is scaled to it), which keeps qᵢ·Pᵢ continuous without
// touching the divisor.
//
// Attribution over a range (a, b]: on each day the change of the level splits exactly into
// the members' terms (qᵢ(t)·Pᵢ(t) − qᵢ(t−1)·Pᵢ(t−1)) / D(t−1), with the units after t−1's
// events and t's splits, so the members' points add up to level(b) − level(a) and their
// contributions (points / level(a)) to the range's return.

#include "data/BarSeries.h"
#include "data/CorporateActions.h"
#include "util/Error.h"

#include <QString>

#include <optional>
#include <vector>

namespace rutile {
struct TaskControl;
}

namespace rutile::index {

enum class Weighting { Cap, Float, Equal };
enum class Reconstitution { None, AnnualJune };

/// Shares outstanding and the float factor, as of `day` until the next entry. The first entry
/// also stands for the days before it.
struct ShareCount {
    DayNumber day = 0;
    double shares = 0;
    double floatFactor = 1;
};

struct Constituent {
    QString symbol;
    QString sector;
    const BarSeries *bars = nullptr;  ///< not owned; closes (and opens, volumes) are read
    std::vector<ShareCount> shares;   ///< ascending by day; needed for cap and float weighting
    std::vector<Split> splits;        ///< only when `bars` holds raw (not split-adjusted) prices
};

struct IndexOptions {
    Weighting weighting = Weighting::Cap;
    Reconstitution reconstitution = Reconstitution::None;
    double base = 1000;
    QDate from{}; ///< null: the first constituent bar
    QDate to{};   ///< null: the last one
    /// Attribution range; null ends take the index's first and last day.
    QDate attributionFrom{};
    QDate attributionTo{};
};

struct IndexEvent {
    enum class Kind { Entry, Exit, Shares, Rebalance };
    DayNumber day = 0; ///< at whose close it took effect
    Kind kind = Kind::Entry;
    QString symbol;    ///< empty for a rebalance of every member
    double divisorBefore = 0;
    double divisorAfter = 0;
};

struct ConstituentContribution {
    QString symbol;
    QString sector;
    double points = 0;        ///< index points over the attribution range
    double contribution = 0;  ///< points / level at the range's start
    double averageWeight = 0; ///< mean weight over the range's days (0 on days outside the index)
};

struct SectorContribution {
    QString sector;
    int constituents = 0; ///< members at any time in the range
    double points = 0;
    double contribution = 0;
    double averageWeight = 0;
};

struct IndexBuild {
    BarSeries levels;                ///< close = level; open from the members' opens; high/low their envelope
    std::vector<double> divisor;     ///< in force on each day of `levels`
    std::vector<int> members;        ///< members on each day
    std::vector<IndexEvent> events;  ///< in date order
    DayNumber attributionFrom = 0;
    DayNumber attributionTo = 0;
    double attributionReturn = 0;    ///< level(to) / level(from) − 1
    std::vector<ConstituentContribution> contributions; ///< largest contribution first
    std::vector<SectorContribution> sectors;            ///< largest contribution first
};

/// The Russell reconstitution day of `year`: the fourth Friday of June (the close at which
/// FTSE Russell's annual reconstitution takes effect).
QDate russellReconstitutionDay(int year);

/// Builds the index. Errors: no constituent with a bar in range, an attribution range with no
/// index day, a constituent without share
/// counts under cap or float weighting, a share count or float factor that is not positive and
/// finite, a close that is not positive, or every member gone while the range goes on.
Result<IndexBuild> buildIndex(const std::vector<Constituent> &constituents, const IndexOptions &options,
                              const TaskControl &control);

QString weightingName(Weighting weighting);                ///< "cap", "float", "equal"
std::optional<Weighting> weightingFromName(const QString &name);
QString eventKindName(IndexEvent::Kind kind);              ///< "entry", "exit", "shares", "rebalance"

} // namespace rutile::index
