#pragma once

#include "backtest/Optimizer.h"

#include <QAbstractTableModel>

#include <vector>

namespace rutile::ui {

/// The evaluated points of a grid search, one row each in grid order: the grid index, the
/// value of every parameter on the grid, the objective and the main statistics. The best
/// point's row is bold. SortRole gives raw numbers (NaN sorts below every number) for a
/// QSortFilterProxyModel; kExportRole raw numbers for CSV.
class OptimizerResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole + 1;
    /// The row's position in OptimizationResult::results (an int), on every cell.
    static constexpr int ResultIndexRole = Qt::UserRole + 2;

    explicit OptimizerResultsModel(QObject *parent = nullptr);

    void setResult(const backtest::OptimizationResult &result, const std::vector<ParamSpec> &specs);
    void clear();

    /// Columns after the parameters.
    enum Statistic {
        Objective,
        Sharpe,
        Cagr,
        TotalReturn,
        MaxDrawdown,
        Calmar,
        Sortino,
        Trades,
        WinRate,
        Exposure,
        StatisticCount
    };
    /// The column of the objective value.
    int objectiveColumn() const { return 1 + int(m_axes.size()); }
    int columnOf(Statistic statistic) const { return objectiveColumn() + int(statistic); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    double statistic(const backtest::GridPointResult &r, Statistic s) const;

    std::vector<backtest::GridPointResult> m_results;
    std::vector<ParamSpec> m_axes; ///< the specs of the grid's axes, in axis order
    backtest::Objective m_objective = backtest::Objective::Sharpe;
    int m_best = -1;
};

} // namespace rutile::ui
