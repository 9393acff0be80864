#pragma once

#include "import/WorkspaceIndex.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStandardItemModel;

namespace rutile::ui {

class BackgroundTask;
class RiskChartView;

/// The index lab's Build tab: an index from a watchlist or a holdings snapshot (weighting,
/// reconstitution, base, range), built and stored on a worker thread with progress and cancel
/// (buildWorkspaceIndex + storeWorkspaceIndex, as `rutile-cli index build`); then its level on a
/// chart and the attribution of its return by constituent and by sector. In a workspace of
/// synthetic data without a universe it offers to generate the sample universe.
class IndexBuildPanel : public QWidget {
    Q_OBJECT
public:
    explicit IndexBuildPanel(const QString &workspacePath, QWidget *parent = nullptr);
    ~IndexBuildPanel() override;

    /// Rereads the watchlists and snapshots the form offers.
    void reload();
    /// Starts a build with the form's settings; false when one is running or the form is incomplete.
    bool build();
    void cancel();
    bool isRunning() const;
    void waitForFinished(); ///< tests
    /// The sample universe's fill (SampleUniverseController) started or stopped: Generate is
    /// off meanwhile; a complete universe becomes the form's list.
    void setUniverseGenerating(bool generating);
    void universeFinished(bool complete);

    void setIndexName(const QString &name);
    void setWeighting(index::Weighting weighting);
    /// Attribution over [from, to] only (null dates: over the whole index).
    void setAttributionRange(QDate from, QDate to);
    QString lastBuiltSymbol() const { return m_lastBuilt; }

signals:
    /// A symbol was stored (the main window refreshes its list).
    void indexStored(const QString &symbol);
    /// Generate the Sample Universe was clicked (the main window's controller fills it).
    void generateUniverseRequested();

private:
    struct Outcome;
    void finish();
    void setRunning(bool running, const QString &what);

    QString m_workspacePath;
    QRadioButton *m_fromList = nullptr;
    QRadioButton *m_fromHoldings = nullptr;
    QComboBox *m_list = nullptr;
    QComboBox *m_holdings = nullptr;
    QComboBox *m_weighting = nullptr;
    QComboBox *m_reconstitution = nullptr;
    QDoubleSpinBox *m_base = nullptr;
    QCheckBox *m_limitRange = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_limitAttribution = nullptr;
    QDateEdit *m_attributionFrom = nullptr;
    QDateEdit *m_attributionTo = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_build = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_generate = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    RiskChartView *m_chart = nullptr;
    QStandardItemModel *m_constituents = nullptr;
    QStandardItemModel *m_sectors = nullptr;
    BackgroundTask *m_task = nullptr;
    std::shared_ptr<Outcome> m_outcome;
    QString m_lastBuilt;
};

} // namespace rutile::ui
