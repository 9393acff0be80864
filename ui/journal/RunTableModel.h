#pragma once

// The journal's entries as a table: id, time (local), kind, symbol, strategy, parameters, the
// headline figure and the data fingerprint; newest first. RunFilterProxy narrows it by kind,
// symbol, strategy and the date it was made.

#include "storage/Workspace.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSortFilterProxyModel>

#include <vector>

namespace rutile::ui {

class RunTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Time, Kind, Symbol, Strategy, Params, Result, Data, ColumnCount };
    /// Qt::UserRole of any column: the entry's id.
    static constexpr int IdRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    void setRuns(std::vector<RunRecord> runs);
    const std::vector<RunRecord> &runs() const { return m_runs; }
    const RunRecord *run(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The headline of an entry's summary: "CAGR 7.08%, Sharpe 0.43" (strategy runs), "accuracy
    /// 53.0% vs 56.1%" (ML).
    static QString headline(const RunRecord &run);
    /// "fast=20 slow=50".
    static QString paramsText(const RunRecord &run);
    /// A kind of run as the user reads it ("Grid search" for optimize); the name itself when
    /// it is not one this build knows.
    static QString kindTitle(const QString &kind);
    /// An engine setting as the backtest form labels it ("Commission model" for
    /// commission_model); the name itself when it is not one of this build's settings.
    static QString settingTitle(const QString &name);
    /// A setting's value as the form shows it: a choice by its label ("Next bar's open" for
    /// next_open), anything else as written.
    static QString settingValue(const QString &name, const QString &value);

private:
    std::vector<RunRecord> m_runs;
};

class RunFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    /// Empty kind: every kind. Symbol and strategy match case-insensitively as substrings; null
    /// dates leave that side open (local dates of the entry's time).
    void setFilter(const QString &kind, const QString &symbol, const QString &strategy, QDate from, QDate to);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_kind, m_symbol, m_strategy;
    QDate m_from, m_to;
};

} // namespace rutile::ui
