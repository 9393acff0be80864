#include "risk/RiskRunner.h"

#include "risk/RiskAnalysis.h"
#include "risk/RiskFreeRate.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace rutile::ui {

using namespace risk;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ui::RiskRunner)
};

// The values between `from` and `to` (inclusive; null = open).
DatedSeries within(const DatedSeries &s, QDate from, QDate to)
{
    DatedSeries out {s.name, {}, {}};
    const DayNumber lo = from.isValid() ? toDayNumber(from) : std::numeric_limits<DayNumber>::min();
    const DayNumber hi = to.isValid() ? toDayNumber(to) : std::numeric_limits<DayNumber>::max();
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.day[i] >= lo && s.day[i] <= hi) {
            out.day.push_back(s.day[i]);
            out.value.push_back(s.value[i]);
        }
    }
    return out;
}

} // namespace

RiskRunner::RiskRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const QFuture<RiskOutcome> future = m_watcher.future();
        RiskOutcome outcome;
        if (future.resultCount() > 0)
            outcome = future.result();
        else
            outcome.error = Error::internal(Text::tr("the risk analysis ended without a result"));
        if (outcome.generation != m_generation)
            return; // superseded by a newer start()
        emit finished(outcome);
    });
}

RiskRunner::~RiskRunner()
{
    if (isRunning()) {
        cancel();
        m_watcher.waitForFinished();
    }
}

bool RiskRunner::isRunning() const
{
    return m_watcher.isRunning();
}

void RiskRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

RiskOutcome RiskRunner::run(const RiskRequest &request, const TaskControl &control)
{
    RiskOutcome outcome;
    DatedSeries values;
    std::optional<DatedSeries> benchmark = request.benchmarkSeries;
    const bool needWorkspace = !request.series || (!benchmark && !request.benchmarkSymbol.isEmpty())
        || !request.riskFreeSymbol.isEmpty();
    std::unique_ptr<Workspace> workspace;
    if (needWorkspace) {
        auto opened = Workspace::open(request.workspacePath, WorkspaceAccess::Read);
        if (!opened) {
            outcome.error = opened.error();
            return outcome;
        }
        workspace = std::move(*opened);
    }
    if (request.series) {
        values = within(*request.series, request.from, request.to);
    } else {
        auto bars = workspace->readBars(request.symbol, request.from, request.to);
        if (!bars) {
            outcome.error = bars.error();
            return outcome;
        }
        values = closeSeries(*bars);
    }
    if (benchmark) {
        benchmark = within(*benchmark, request.from, request.to);
    } else if (!request.benchmarkSymbol.isEmpty()) {
        auto bars = workspace->readBars(request.benchmarkSymbol, request.from, request.to);
        if (!bars) {
            outcome.error = bars.error();
            return outcome;
        }
        benchmark = closeSeries(*bars);
    }
    if (control.cancelled()) {
        outcome.error = Error::cancelled(Text::tr("risk analysis cancelled"));
        return outcome;
    }
    RiskOptions options = request.options;
    if (!request.riskFreeSymbol.isEmpty() && !values.day.empty()) {
        const auto rate = riskFreeRateFrom(*workspace, request.riskFreeSymbol, toDate(values.day.front()),
                                           toDate(values.day.back()));
        if (!rate) {
            outcome.error = rate.error();
            return outcome;
        }
        options.riskFreeRate = *rate;
    }
    auto report = analyseRisk(values, options, benchmark ? &*benchmark : nullptr, control);
    if (!report) {
        outcome.error = report.error();
        return outcome;
    }
    outcome.plots = riskPlots(*report);
    outcome.report = std::move(*report);
    return outcome;
}

void RiskRunner::start(const RiskRequest &request)
{
    cancel(); // the running analysis, if any, stops and its result is dropped
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancelFlag = m_cancel;
    const quint64 generation = ++m_generation;
    QFuture<RiskOutcome> future = QtConcurrent::run([request, cancelFlag, generation](QPromise<RiskOutcome> &promise) {
        TaskControl control;
        control.isCancellationRequested = [cancelFlag] { return cancelFlag->load(); };
        RiskOutcome outcome = run(request, control);
        outcome.generation = generation;
        promise.addResult(std::move(outcome));
    });
    m_watcher.setFuture(future);
}

} // namespace rutile::ui
