#pragma once

#include "risk/ReturnSeries.h"
#include "risk/RiskOptions.h"
#include "risk/RiskReport.h"
#include "util/Error.h"
#include "util/TaskControl.h"

namespace rutile::risk {

/// The risk analysis of one dated value series — a symbol's closes (closeSeries()) or a
/// backtest's equity curve — optionally against a benchmark's values.
///
/// Steps: returns of the values (returnsOf(), options.returnType); moments and volatilities;
/// historical, Gaussian and Cornish–Fisher VaR and ES at options.varLevel; peaks over
/// threshold with a GPD fit and stress value per tail; drawdowns of the values; rolling
/// volatility; with a benchmark, values aligned on common days, then returns and
/// benchmarkStatistics().
///
/// Errors: InvalidArgument for options that fail validate(); InvalidInput for values that
/// are not positive, finite and ascending in date, or fewer than kMinimumReturns returns
/// ("not enough data"); Cancelled when `control` asks. A benchmark without common dates is not
/// an error: the report has no benchmark section and a BenchmarkNoOverlap warning.
/// Cost: O(n log n) (sorting) plus the GPD fit, O(Nu) per likelihood evaluation with a
/// few hundred evaluations per tail.
Result<RiskReport> analyseRisk(const DatedSeries &values, const RiskOptions &options,
    const DatedSeries *benchmark = nullptr, const TaskControl &control = {});

/// Summary statistics of a set of returns alone (no dates): moments, volatilities, tails.
/// The building block of analyseRisk(), usable on any return sample (e.g. trade returns).
/// `returns` need not be sorted.
ReturnStatistics returnStatistics(
    std::span<const double> returns, std::span<const DayNumber> days, const RiskOptions &options);
TailStatistics tailStatistics(
    std::span<const double> sortedReturns, const ReturnStatistics &stats, Tail tail, const RiskOptions &options);

} // namespace rutile::risk
