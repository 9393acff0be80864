#pragma once

#include "ml/Evaluation.h"
#include "util/Error.h"

#include <qcustomplot.h>

#include <QTabWidget>

namespace rutile::ui {

/// The charts of an ML evaluation, one tab each (QCustomPlot): the permutation importance of each
/// feature as bars (accuracy lost when the feature is shuffled among the test rows); the
/// calibration plot (mean predicted probability against the observed rate of up, per bin, beside
/// the diagonal of a calibrated model); accuracy over time (a rolling window of test rows against
/// the better of always-up and always-down over the same rows, and each walk-forward or purged
/// fold's accuracy as a step).
class MlCharts : public QTabWidget {
    Q_OBJECT
public:
    enum Tab { ImportanceTab, CalibrationTab, AccuracyTab };

    explicit MlCharts(QWidget *parent = nullptr);

    void setEvaluation(const ml::Evaluation &evaluation);
    void clear();

    QCustomPlot *plot(Tab tab) const;
    /// Test rows per point of the rolling accuracy of the last evaluation.
    int rollingWindow() const { return m_window; }
    /// Writes the current tab's chart to a PNG file at its size (at least 800 × 500).
    Status exportPng(const QString &path);

private:
    QCustomPlot *makePlot(const QString &xLabel, const QString &yLabel);
    void showImportance(const ml::Evaluation &e);
    void showCalibration(const ml::Evaluation &e);
    void showAccuracy(const ml::Evaluation &e);

    QCustomPlot *m_importance;
    QCustomPlot *m_calibration;
    QCustomPlot *m_accuracy;
    int m_window = 0;
};

} // namespace rutile::ui
