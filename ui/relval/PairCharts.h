#pragma once

#include "relval/PairAnalysis.h"
#include "util/Error.h"

#include <qcustomplot.h>

#include <QTabWidget>

namespace rutile::ui {

/// The charts of a pair analysis, one tab each, on date axes (QCustomPlot; drag pans, the wheel
/// zooms): the two closes rebased to 100 on the first common day; the spread of the whole-range
/// regression above pairs_spread's z-score with its ±entry and ±exit bands; the hedge ratio of
/// the whole range, pairs_spread's rolling one and the Kalman filter's; the rolling test's
/// p-value against the 5 % line.
class PairCharts : public QTabWidget {
    Q_OBJECT
public:
    enum Tab { PricesTab, SpreadTab, HedgeTab, RollingTab };

    explicit PairCharts(QWidget *parent = nullptr);

    void setAnalysis(const relval::PairAnalysis &analysis);
    void clear();
    bool hasAnalysis() const { return m_hasAnalysis; }

    QCustomPlot *plot(Tab tab) const;
    /// Writes the current tab's chart to a PNG file at its size (at least 800 × 500).
    Status exportPng(const QString &path);

private:
    QCustomPlot *makePlot(int rects);
    QCPGraph *addLine(QCPAxisRect *rect, const QString &name, const QColor &color, Qt::PenStyle style = Qt::SolidLine);

    QCustomPlot *m_prices;
    QCustomPlot *m_spread;
    QCustomPlot *m_hedge;
    QCustomPlot *m_rolling;
    bool m_hasAnalysis = false;
};

} // namespace rutile::ui
