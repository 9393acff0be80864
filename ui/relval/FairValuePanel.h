#pragma once

#include "relval/FairValue.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace rutile::ui {

/// The index-futures fair value calculator of the Relative Value window: spot, rate, dividend
/// yield, days to expiry, the quoted futures price and the round trip's cost, computed as they
/// are typed by core's relval::fairValue (what `rutile-cli fairvalue` prints): the fair value,
/// basis, mispricing, the no-arbitrage band, the signal and the profit after costs. Its history
/// mode values a cached futures series (Yahoo's RTY=F) against the index every common day, the
/// rate typed or from a cached rate series (FRED's DGS3MO), as `fairvalue --history` does, and
/// charts the mispricing against the band.
class FairValuePanel : public QWidget {
    Q_OBJECT
public:
    explicit FairValuePanel(QWidget *parent = nullptr);

    /// Fills the spot (a cached index's last close, say).
    void setSpot(double spot, const QString &source);
    /// The workspace the history mode reads, its symbols, and the index picked for it.
    void setWorkspace(const QString &path, const QStringList &symbols, const QString &index);
    void setHistorySymbols(const QString &index, const QString &futures, const QString &rates = {});
    /// Values the futures series against the index; false (and why, under the chart) when it cannot.
    bool showHistory();
    const std::vector<relval::FairValuePoint> &history() const { return m_history; }
    QCustomPlot *historyChart() const { return m_chart; }
    QString historyText() const;
    relval::FairValueInput input() const;
    /// The result text shown, line by line (tests read it).
    QString resultText() const;
    QLabel *signalLabel() const { return m_signal; }

    QDoubleSpinBox *spotBox() const { return m_spot; }
    QDoubleSpinBox *futuresBox() const { return m_futures; }

private:
    void recompute();
    relval::FairValueHistoryInput historyInput() const;

    QDoubleSpinBox *m_spot;
    QLabel *m_spotSource;
    QDoubleSpinBox *m_rate;
    QDoubleSpinBox *m_yield;
    QSpinBox *m_days;
    QDoubleSpinBox *m_futures;
    QDoubleSpinBox *m_cost;
    QLabel *m_result;
    QLabel *m_signal;
    QString m_workspacePath;
    QComboBox *m_index;
    QComboBox *m_futuresSymbol;
    QComboBox *m_rates;
    QPushButton *m_showHistory;
    QLabel *m_historyText;
    QCustomPlot *m_chart;
    std::vector<relval::FairValuePoint> m_history;
};

} // namespace rutile::ui
