#pragma once

// A strategy written in the rule language: one more StrategyDescriptor, run by the same engine
// as the built-ins. It lives in core/rules (not core/strategy) so that the folders stay layered:
// rules reads strategy (the interface, the pairs kernel), strategy never reads rules. prepare() evaluates every rule to a whole column once
// (ColumnEvaluator); onBar() only reads them at bar t and turns them into orders:
//
//   flat          buy → enter long; else short → enter short (with the exit statements'
//                 stops attached); not once max_entries positions have been held
//   long          sell → exit; if short fires on the same bar, reverse to short instead
//   short         cover → exit; if buy fires on the same bar, reverse to long instead
//
// With a second leg (`leg hedge`), an entry also opens the hedge leg on the opposite side
// (the same side for a negative ratio) with notional |hedge_ratio| × the traded leg's, an
// exit closes both legs, and no entry is made while the ratio is undefined.

#include "strategy/Strategy.h"

#include <QString>

#include <memory>

namespace rutile::rules {

struct Program;

/// The descriptor of a compiled rule program: its parameters are the file's `param`
/// declarations, its legs 1 or 2 (`leg NAME`). `name` is the CLI name (the file's base name).
strategy::StrategyDescriptor ruleStrategyDescriptor(std::shared_ptr<const Program> program, const QString &name);

/// The strategy of `program` for resolved parameter values.
std::unique_ptr<strategy::Strategy> makeRuleStrategy(std::shared_ptr<const Program> program, const ParamValues &values);

} // namespace rutile::rules
