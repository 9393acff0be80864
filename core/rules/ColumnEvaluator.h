#pragma once

// Evaluates the expressions of a compiled Program to whole columns over a backtest's market
// data, for one resolved parameter set. Every column is causal: its value at bar t reads bars
// ≤ t only (ref() shifts back, windows end at t, indicator kernels are causal), so a rule
// cannot see the future however it is written.
//
// Indicator columns come from MarketData::indicator (the engine's cache shared by every run
// on the same data); windowed functions and indicators of computed series are cached through
// MarketData::derived under a key made from the expression and the parameter values it uses,
// so a grid over one parameter recomputes only the columns that parameter changes.

#include "rules/Program.h"

#include "trading/MarketData.h"
#include "params/ParamSpec.h"
#include "util/Error.h"

#include <QHash>
#include <QString>

#include <memory>
#include <span>
#include <vector>

namespace rutile::rules {

class ColumnEvaluator {
public:
    /// The most values (doubles) the columns of one evaluation may hold: 1 GB. Enough for
    /// about 130 intermediate columns over a million bars; a bound, so that no rule file
    /// can exhaust memory.
    static constexpr std::size_t kMaxValues = std::size_t(1) << 27;

    /// `values` must be resolved against program.params (resolve() fills the defaults).
    /// `maxValues` bounds the values the evaluation's columns may hold.
    ColumnEvaluator(const Program &program, const trading::MarketData &data, ParamValues values,
                    std::size_t maxValues = kMaxValues);

    /// The value of an expression without a copy: a constant, or a column that stays valid
    /// while the evaluator lives.
    struct View {
        bool isScalar = true;
        double scalar = 0;
        std::span<const double> column;
        double at(std::size_t t) const { return isScalar ? scalar : column[t]; }
    };

    /// The column of expression `node`: data.size() values, conditions as 1 and 0, NaN where a
    /// number is undefined (warm-up). Errors carry the line and column of the expression at
    /// fault ("not enough data", a parameter-dependent window out of range).
    Result<std::vector<double>> column(int node);
    /// The same as a View (no copy of the column).
    Result<View> view(int node);
    /// The value of a constant expression.
    double constant(int node) const;

private:
    /// A scalar (constants) or a column, owned or borrowed from the cache.
    struct Value {
        bool isScalar = true;
        double scalar = 0;
        std::shared_ptr<const std::vector<double>> owned;
        std::span<const double> column;
        double at(std::size_t t) const { return isScalar ? scalar : column[t]; }
    };

    Result<Value> eval(int node);
    Result<Value> evalCall(int node);
    Result<Value> evalIndicator(int node);
    Result<Value> evalWindowed(int node);
    Result<int> bars(int node, int argument, int minimum);
    QString key(int node);
    Error at(int node, const QString &message) const;

    Value owning(std::vector<double> v);
    /// Ok while one more column fits the memory budget; else the error, at `node`.
    Status roomForColumn(int node) const;

    const Program &m_program;
    const trading::MarketData &m_data;
    ParamValues m_values;
    std::size_t m_size;
    QHash<int, Value> m_memo;
    std::size_t m_columns = 0; ///< columns this evaluator holds
    std::size_t m_maxValues;
    QHash<int, QString> m_keys;
};

} // namespace rutile::rules
