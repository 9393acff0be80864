#pragma once

#include "risk/ReturnSeries.h"
#include "risk/RiskOptions.h"
#include "risk/RiskPlots.h"
#include "risk/RiskReport.h"
#include "util/Error.h"
#include "util/TaskControl.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace rutile::ui {

/// What the dashboard asks for: the closes of `symbol` in a workspace file, or a ready
/// value series (a backtest's equity curve); optionally a benchmark, by symbol in the same
/// workspace or as a series.
struct RiskRequest {
    QString workspacePath;
    QString symbol; ///< used when `series` is not set
    std::optional<risk::DatedSeries> series; ///< an equity curve; takes precedence over `symbol`
    QDate from; ///< null: from the first value
    QDate to; ///< null: to the last value
    QString benchmarkSymbol; ///< empty: no benchmark (unless benchmarkSeries)
    std::optional<risk::DatedSeries> benchmarkSeries;
    /// A cached rate series (FRED's DGS3MO) whose mean over the values analysed replaces
    /// options.riskFreeRate (risk::riskFreeRateFrom, as `rutile-cli risk --risk-free-symbol`).
    QString riskFreeSymbol;
    risk::RiskOptions options;
};

/// The report with its chart data, or the error that stopped it.
struct RiskOutcome {
    std::optional<risk::RiskReport> report;
    risk::RiskPlots plots;
    Error error;
    quint64 generation = 0; ///< which start() produced it

    bool ok() const { return report.has_value(); }
};

/// Runs analyseRisk() and riskPlots() on a thread-pool thread (house pattern of
/// ImportRunner). Reading the workspace happens in the worker on its own Workspace. A new
/// start() while one runs cancels the old one (its flag is raised and its result dropped):
/// the latest request wins, so editing options quickly never queues work.
class RiskRunner : public QObject {
    Q_OBJECT
public:
    explicit RiskRunner(QObject *parent = nullptr);
    ~RiskRunner() override;

    void start(const RiskRequest &request);
    void cancel();
    bool isRunning() const;

    /// The worker's body, on the calling thread.
    static RiskOutcome run(const RiskRequest &request, const TaskControl &control);

signals:
    void finished(const rutile::ui::RiskOutcome &outcome);

private:
    QFutureWatcher<RiskOutcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
};

} // namespace rutile::ui

Q_DECLARE_METATYPE(rutile::ui::RiskOutcome)
