#pragma once

#include "backtest/BacktestJob.h"

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QTableView;

namespace rutile::ui {

class EquityChart;

/// The folds of a walk-forward analysis, one row each: the in-sample and out-of-sample
/// dates, the in-sample winner's parameters, its in-sample objective and CAGR, its
/// out-of-sample CAGR, Sharpe ratio, maximum drawdown and trades, and the fold's
/// walk-forward efficiency (out-of-sample CAGR / in-sample CAGR).
class WalkForwardFoldModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        FoldColumn,
        InSampleColumn,
        OutOfSampleColumn,
        ParamsColumn,
        InSampleObjectiveColumn,
        InSampleCagrColumn,
        OutOfSampleCagrColumn,
        OutOfSampleSharpeColumn,
        OutOfSampleDrawdownColumn,
        OutOfSampleTradesColumn,
        EfficiencyColumn,
        ColumnCount
    };

    explicit WalkForwardFoldModel(QObject *parent = nullptr);
    /// `days` are the data's days (fold bounds are bar indices into them).
    void setResult(const backtest::WalkForwardResult &result, const std::vector<DayNumber> &days,
        const std::vector<ParamSpec> &specs);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        backtest::WalkForwardFold fold;
        QString inSample;
        QString outOfSample;
        QString params;
    };
    std::vector<Row> m_rows;
    backtest::Objective m_objective = backtest::Objective::Sharpe;
};

/// A walk-forward result: a summary (folds, stitched out-of-sample statistics, walk-forward
/// efficiency), the stitched out-of-sample equity against buy-and-hold and the benchmark over
/// the same days with the fold boundaries marked, and the fold table.
class WalkForwardView : public QWidget {
    Q_OBJECT
public:
    explicit WalkForwardView(QWidget *parent = nullptr);

    void setOutcome(const BacktestOutcomePtr &outcome);
    void clear();
    const BacktestOutcomePtr &outcome() const { return m_outcome; }

    QLabel *summaryLabel() const { return m_summary; }
    EquityChart *equityChart() const { return m_chart; }
    QTableView *foldView() const { return m_folds; }
    WalkForwardFoldModel *foldModel() const { return m_model; }

    Status exportFoldsCsv(const QString &path) const;
    Status exportEquityCsv(const QString &path) const;
    Status exportEquityPng(const QString &path) const;

private:
    BacktestOutcomePtr m_outcome;
    QLabel *m_summary = nullptr;
    EquityChart *m_chart = nullptr;
    QTableView *m_folds = nullptr;
    WalkForwardFoldModel *m_model = nullptr;
};

} // namespace rutile::ui
