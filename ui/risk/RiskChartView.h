#pragma once

#include "util/Error.h"

#include <QChartView>
#include <QString>

namespace rutile::ui {

/// A Qt Charts view for the risk dashboard: antialiased, with a context menu to export the
/// chart as PNG or copy it as an image, in the application's theme (also when it changes while
/// the chart is shown). replaceChart() deletes the previous chart (plain QChartView only
/// releases it).
class RiskChartView : public QChartView {
    Q_OBJECT
public:
    /// `exportName` is the file-name stem used by Export as PNG and the dashboard's Export All
    /// ("histogram" → "RUT-histogram.png").
    RiskChartView(const QString &exportName, QWidget *parent = nullptr);

    void replaceChart(QChart *chart);
    const QString &exportName() const { return m_exportName; }
    /// Writes the view as drawn (at its current size) to a PNG file, atomically (an old file
    /// stays whole when writing fails). The error names the file.
    Status savePng(const QString &path);
    /// Default file name used by the export dialog: "<prefix>-<exportName>.png".
    void setFilePrefix(const QString &prefix) { m_prefix = prefix; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QString m_exportName;
    QString m_prefix;
};

} // namespace rutile::ui
