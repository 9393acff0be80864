#pragma once

#include "backtest/BacktestResult.h"

#include <QAbstractTableModel>

#include <vector>

namespace rutile::ui {

/// The statistics of a backtest beside buy-and-hold of the traded symbol and, when the run
/// had one, the benchmark held over the same days: one row per statistic (Metrics.h gives
/// each definition), one column per curve. Trade statistics belong to the strategy only; the
/// other columns are blank there. Cells show formatted text; kExportRole gives the raw
/// number (fractions, not percent) for CSV export, empty where undefined.
class MetricsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { MetricColumn, StrategyColumn, BuyAndHoldColumn, BenchmarkColumn };

    explicit MetricsTableModel(QObject *parent = nullptr);

    /// Shows `result`: the strategy, buy-and-hold and the benchmark held, all from core.
    void setResult(const backtest::BacktestResult &result);
    void clear();

    /// The row of the statistic with key `key` ("sharpe", "trades"… as in the CLI's JSON), or -1.
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    enum class Kind { Percent, Ratio, Money, Count, Bars };
    struct Row {
        QString key;
        QString label;
        QString tip;
        Kind kind = Kind::Ratio;
        double values[3] = {0, 0, 0}; ///< strategy, buy-and-hold, benchmark (NaN: undefined)
        bool applies[3] = {true, true, true}; ///< false: the statistic has no meaning there (blank)
    };

private:
    std::vector<Row> m_rows;
    bool m_hasBenchmark = false;
    QString m_benchmarkName;
};

} // namespace rutile::ui
