#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace rutile::ui {

class RiskChartView;

/// The index lab's Holdings tab: a fund snapshot's top ten and sectors (seed 002's Tables 1 and
/// 2), every holding (sortable, filtered by sector), its concentration, the sector-weight chart,
/// and another snapshot's sectors beside them (seed 001's comparison). Reads the workspace at
/// `workspacePath` on demand; Import Holdings… stores a new snapshot there.
class HoldingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit HoldingsPanel(const QString &workspacePath, QWidget *parent = nullptr);

    /// Rereads the snapshots, keeping the selection when it still exists.
    void reload();
    /// Imports a holdings export (what the button does after its file dialog).
    bool importFile(const QString &path);
    /// Selects the snapshot of fund `name` (its latest date).
    bool selectFund(const QString &name);
    void setComparison(const QString &name);
    /// The selected snapshot's equity tickers that are not cached symbols.
    QStringList uncachedTickers() const;

signals:
    void snapshotsChanged();
    /// Download Constituents… asks for these tickers' histories.
    void downloadRequested(const QStringList &tickers);

private:
    void showSelected();

    QString m_workspacePath;
    QComboBox *m_fund = nullptr;
    QComboBox *m_compare = nullptr;
    QComboBox *m_sectorFilter = nullptr;
    QPushButton *m_download = nullptr;
    QLabel *m_summary = nullptr;
    QStandardItemModel *m_topTen = nullptr;
    QStandardItemModel *m_sectors = nullptr;
    QStandardItemModel *m_holdings = nullptr;
    QSortFilterProxyModel *m_filtered = nullptr;
    RiskChartView *m_chart = nullptr;
};

} // namespace rutile::ui
