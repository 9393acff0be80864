#pragma once

#include "relval/FairValue.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace rutile::ui {

/// The index-futures fair value calculator of the Relative Value window: spot, rate, dividend
/// yield, days to expiry, the quoted futures price and the round trip's cost, computed as they
/// are typed by core's relval::fairValue (what `rutile-cli fairvalue` prints): the fair value,
/// basis, mispricing, the no-arbitrage band, the signal and the profit after costs.
class FairValuePanel : public QWidget {
    Q_OBJECT
public:
    explicit FairValuePanel(QWidget *parent = nullptr);

    /// Fills the spot (a cached index's last close, say).
    void setSpot(double spot, const QString &source);
    relval::FairValueInput input() const;
    /// The result text shown, line by line (tests read it).
    QString resultText() const;
    QLabel *signalLabel() const { return m_signal; }

    QDoubleSpinBox *spotBox() const { return m_spot; }
    QDoubleSpinBox *futuresBox() const { return m_futures; }

private:
    void recompute();

    QDoubleSpinBox *m_spot;
    QLabel *m_spotSource;
    QDoubleSpinBox *m_rate;
    QDoubleSpinBox *m_yield;
    QSpinBox *m_days;
    QDoubleSpinBox *m_futures;
    QDoubleSpinBox *m_cost;
    QLabel *m_result;
    QLabel *m_signal;
};

} // namespace rutile::ui
