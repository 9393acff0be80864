#include "journal/JournalWindow.h"
#include "settings/AppTheme.h"

#include "BackgroundTask.h"
#include "DateRangeFilter.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "TableCsvExport.h"
#include "WindowGeometry.h"
#include "backtest/BacktestFormat.h"
#include "backtest/BacktestRunner.h"
#include "backtest/Optimizer.h"
#include "journal/ReportBrowser.h"
#include "journal/RunComparisonDialog.h"
#include "journal/RunInputs.h"
#include "journal/RunTableModel.h"
#include "report/ReportFormat.h"
#include "report/ReportWriters.h"
#include "ml/EvaluationOutput.h"
#include "reporting/BacktestReport.h"

#include <algorithm>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rutile::ui {

/// An ML evaluation run again on a worker thread: the recorded request in, the new entry out.
struct JournalWindow::MlRerun {
    QString workspacePath;
    journal::RecordedMlRun run;
    std::optional<RunRecord> entry;
    QString journalWarning;
    Error error;
};

namespace {

/// One value of an entry as the app shows it: the objective by its name, yes or no, a grid
/// point's parameters as "fast = 10 · slow = 40", a headline figure by its key.
QString figureText(const QString &key, const QJsonValue &value)
{
    if (key == QLatin1String("objective")) {
        if (const auto objective = backtest::objectiveFromName(value.toString()))
            return btfmt::objectiveText(*objective);
    }
    if (value.isBool())
        return value.toBool() ? JournalWindow::tr("yes") : JournalWindow::tr("no");
    if (value.isObject()) {
        QStringList parts;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts << it.key() + QStringLiteral(" = ") + report::plain(it.value());
        return parts.join(QStringLiteral(" · "));
    }
    return report::summaryFigure(key, value);
}

QString factsHtml(const QString &title, const QJsonObject &o)
{
    if (o.isEmpty())
        return {};
    QString html = QStringLiteral("<h4>") + title.toHtmlEscaped() + QStringLiteral("</h4><table cellspacing=0 cellpadding=2>");
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isArray() || it.key() == QLatin1String("strategy_source"))
            continue;
        // Nothing to say (no pair, no benchmark): no row.
        if (it.value().isNull() || (it.value().isString() && it.value().toString().isEmpty()))
            continue;
        // A group (the engine settings, the parameters, the best point, a walk-forward plan): a
        // line a member. An engine setting by its form label and a choice by its label, as the
        // form shows them; a strategy's parameter by its name, as --param takes it; the rest by
        // its title.
        QString value;
        if (it.value().isObject()) {
            QStringList lines;
            const QJsonObject inner = it.value().toObject();
            for (auto in = inner.begin(); in != inner.end(); ++in) {
                QString line;
                if (it.key() == QLatin1String("settings"))
                    line = RunTableModel::settingTitle(in.key()) + QStringLiteral(": ")
                         + RunTableModel::settingValue(in.key(), report::plain(in.value()));
                else if (it.key() == QLatin1String("params"))
                    line = in.key() + QStringLiteral(" = ") + report::plain(in.value());
                else if (it.key() == QLatin1String("deflated_sharpe") && in.key() == QLatin1String("sharpe"))
                    line = JournalWindow::tr("Best point's daily Sharpe ratio: %1").arg(report::ratio(in.value(), 3));
                else
                    line = report::summaryTitle(in.key()) + QStringLiteral(": ") + figureText(in.key(), in.value());
                lines << line.toHtmlEscaped();
            }
            value = lines.join(QStringLiteral("<br>"));
        } else {
            value = figureText(it.key(), it.value()).toHtmlEscaped();
        }
        html += QStringLiteral("<tr><td style='color:#555; padding-right:12px; vertical-align:top'>%1</td><td>%2</td></tr>")
                    .arg(report::summaryTitle(it.key()).toHtmlEscaped(), value);
    }
    return html + QStringLiteral("</table>");
}

} // namespace

JournalWindow::JournalWindow(const QString &workspacePath, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_workspacePath(workspacePath)
{
    setObjectName(QStringLiteral("journalWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Run Journal - %1").arg(QFileInfo(workspacePath).fileName()));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("journalKind"));
    m_kind->addItem(tr("All kinds"), QString());
    m_kind->addItem(tr("Backtests"), QStringLiteral("backtest"));
    m_kind->addItem(tr("Grid searches"), QStringLiteral("optimize"));
    m_kind->addItem(tr("Walk-forwards"), QStringLiteral("walkforward"));
    m_kind->addItem(tr("ML evaluations"), QStringLiteral("ml"));
    m_symbol = new QLineEdit(this);
    m_symbol->setObjectName(QStringLiteral("journalSymbol"));
    m_symbol->setPlaceholderText(tr("Symbol"));
    m_symbol->setClearButtonEnabled(true);
    m_strategy = new QLineEdit(this);
    m_strategy->setObjectName(QStringLiteral("journalStrategy"));
    m_strategy->setPlaceholderText(tr("Strategy or model"));
    m_strategy->setClearButtonEnabled(true);
    m_dates = new DateRangeFilter(QDate::currentDate().addMonths(-1), QDate::currentDate(), this);
    m_dates->checkBox()->setText(tr("Made between"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show"), this));
    filters->addWidget(m_kind);
    filters->addWidget(m_symbol, 1);
    filters->addWidget(m_strategy, 1);
    filters->addWidget(m_dates->checkBox());
    filters->addWidget(m_dates);

    m_model = new RunTableModel(this);
    m_proxy = new RunFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("journalView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false); // long parameter lists elide; the tooltip has them whole
    addCsvExportAction(m_view, QStringLiteral("journal.csv"));

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("journalDetails"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_open = new QPushButton(tr("&Open Results"), this);
    m_open->setToolTip(tr("Show the run's report again, from what the journal kept"));
    m_compare = new QPushButton(tr("&Compare"), this);
    m_compare->setToolTip(tr("Put two selected runs side by side, differences highlighted"));
    m_rerun = new QPushButton(tr("&Re-run"), this);
    m_rerun->setToolTip(tr("Run it again with the same inputs and say whether the data changed since"));
    m_report = new QPushButton(tr("Export &Report..."), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    auto *refresh = new QPushButton(tr("Re&fresh"), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide(); // shown while a run repeats
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("journalStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_open, m_compare, m_rerun, m_report})
        buttons->addWidget(b);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(refresh);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    setCentralWidget(central);

    m_runner = new BacktestRunner(this);
    connect(m_runner, &BacktestRunner::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_runner, &BacktestRunner::finished, this, &JournalWindow::onRerunFinished);
    connect(m_runner, &BacktestRunner::journaled, this, &JournalWindow::onRerunJournaled);
    connect(m_cancel, &QPushButton::clicked, m_runner, &BacktestRunner::cancel);
    m_mlTask = new BackgroundTask(this);
    connect(m_mlTask, &BackgroundTask::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_cancel, &QPushButton::clicked, m_mlTask, &BackgroundTask::cancel);
    connect(m_mlTask, &BackgroundTask::finished, this, [this] {
        const std::shared_ptr<MlRerun> done = std::exchange(m_mlRerun, nullptr);
        if (!done)
            return;
        finishRerun(done->entry, done->journalWarning, done->error.message,
                    done->error.kind == ErrorKind::Cancelled && !done->entry);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &JournalWindow::applyFilter);
    connect(m_symbol, &QLineEdit::textChanged, this, &JournalWindow::applyFilter);
    connect(m_strategy, &QLineEdit::textChanged, this, &JournalWindow::applyFilter);
    connect(m_dates->checkBox(), &QAbstractButton::toggled, this, &JournalWindow::applyFilter);
    connect(m_dates->fromEdit(), &QDateEdit::dateChanged, this, &JournalWindow::applyFilter);
    connect(m_dates->toEdit(), &QDateEdit::dateChanged, this, &JournalWindow::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JournalWindow::showSelection);
    connect(m_open, &QPushButton::clicked, this, [this] { openResults(); });
    connect(m_compare, &QPushButton::clicked, this, [this] { compareSelected(); });
    connect(m_rerun, &QPushButton::clicked, this, [this] { rerunSelected(); });
    connect(m_report, &QPushButton::clicked, this, [this] {
        const auto run = currentRun();
        if (!run)
            return;
        exportThroughDialog(this, tr("Export Report"),
                            QStringLiteral("run-%1-%2-%3.pdf").arg(run->id).arg(run->symbol, run->kind), reportFileFilter(),
                            [this](const QString &path) { return exportReport(path); });
    });
    connect(refresh, &QPushButton::clicked, this, &JournalWindow::reload);

    reload();
    manageWindowGeometry(this, QStringLiteral("journalWindow"), QSize(1100, 720));
}

JournalWindow::~JournalWindow() = default;

JournalWindow *JournalWindow::open(MainWindow *mainWindow)
{
    auto *window = new JournalWindow(mainWindow->workspace()->path(), mainWindow);
    mainWindow->followWorkspace(window, window->m_workspacePath, [window] { window->reload(); });
    window->show();
    return window;
}

Result<std::vector<RunRecord>> JournalWindow::readRuns() const
{
    auto workspace = Workspace::open(m_workspacePath, WorkspaceAccess::Read);
    return workspace ? (*workspace)->runs() : Result<std::vector<RunRecord>>(workspace.error());
}

void JournalWindow::reload()
{
    auto runs = readRuns();
    if (!runs) {
        m_status->setText(tr("Cannot read the journal: %1").arg(runs.error().toString()));
        return;
    }
    showRuns(std::move(*runs));
}

void JournalWindow::reloadIfChanged()
{
    // Entries are never edited: the ids tell every change. Only they are read at each
    // activation; the entries (their inputs, a rule file's text) only when they changed.
    const auto workspace = Workspace::open(m_workspacePath, WorkspaceAccess::Read);
    const auto ids = workspace ? (*workspace)->runIds() : Result<std::vector<qint64>>(workspace.error());
    if (!ids || std::ranges::equal(*ids, m_model->runs(), {}, {}, &RunRecord::id))
        return; // what is listed stays; Refresh says why it cannot be read
    auto runs = (*workspace)->runs();
    if (runs)
        showRuns(std::move(*runs));
}

void JournalWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        reloadIfChanged();
}

void JournalWindow::showRuns(std::vector<RunRecord> runs)
{
    const QList<qint64> keep = [this] {
        QList<qint64> ids;
        for (const RunRecord &r : selectedRuns())
            ids << r.id;
        return ids;
    }();
    m_model->setRuns(std::move(runs));
    m_view->resizeColumnsToContents();
    for (int column : {int(RunTableModel::Params), int(RunTableModel::Result)}) // long texts: elided, whole in the tooltip
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 300));
    for (qint64 id : keep)
        selectRun(id);
    if (m_view->selectionModel()->selectedRows().isEmpty() && m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    m_status->setStyleSheet({});
    m_status->setText(m_model->rowCount() == 0
                          ? tr("No run journaled yet: every backtest, grid search, walk-forward and ML evaluation, from "
                               "the app or rutile-cli, appears here.")
                          : tr("%n run(s) in the journal.", nullptr, m_model->rowCount()));
    showSelection();
}

void JournalWindow::applyFilter()
{
    const auto range = m_dates->range();
    m_proxy->setFilter(m_kind->currentData().toString(), m_symbol->text(), m_strategy->text(),
                       range ? range->first : QDate(), range ? range->second : QDate());
    if (m_view->selectionModel()->selectedRows().isEmpty() && m_proxy->rowCount() > 0)
        m_view->selectRow(0); // a filter that hid the selection shows the newest run it keeps
    showSelection();
}

bool JournalWindow::selectRun(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(RunTableModel::IdRole).toLongLong() == id) {
            m_view->selectionModel()->select(m_proxy->index(row, 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
            m_view->setCurrentIndex(m_proxy->index(row, 0));
            return true;
        }
    }
    return false;
}

std::vector<RunRecord> JournalWindow::selectedRuns() const
{
    std::vector<RunRecord> runs;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : rows)
        if (const RunRecord *r = m_model->run(m_proxy->mapToSource(index).row()))
            runs.push_back(*r);
    return runs;
}

std::optional<RunRecord> JournalWindow::currentRun(QString *error) const
{
    const std::vector<RunRecord> selected = selectedRuns();
    if (selected.empty())
        return std::nullopt;
    auto workspace = Workspace::open(m_workspacePath, WorkspaceAccess::Read);
    auto run = workspace ? (*workspace)->run(selected.front().id) : Result<RunRecord>(workspace.error());
    if (!run) {
        if (error)
            *error = run.error().toString();
        return std::nullopt;
    }
    return *run;
}

void JournalWindow::showSelection()
{
    const std::vector<RunRecord> selected = selectedRuns();
    const bool one = selected.size() == 1;
    const bool busy = isRerunning();
    m_open->setEnabled(one);
    m_report->setEnabled(one);
    m_compare->setEnabled(selected.size() == 2);
    m_rerun->setEnabled(one && !busy);
    if (!one) {
        m_details->setHtml(selected.empty() ? QString() : tr("%n runs selected.", nullptr, int(selected.size())));
        return;
    }
    const RunRecord &r = selected.front();
    QString html = QStringLiteral("<h3>") + tr("Run #%1: %2 %3 on %4").arg(r.id).arg(RunTableModel::kindTitle(r.kind), r.strategy, r.symbol).toHtmlEscaped()
        + QStringLiteral("</h3><p>")
        + tr("Made %1 with Rutile %2; data %3")
              .arg(QLocale().toString(r.time.toLocalTime(), QLocale::LongFormat), r.appVersion, r.dataHash)
              .toHtmlEscaped()
        + QStringLiteral("</p>");
    html += factsHtml(tr("Results"), r.summary);
    html += factsHtml(tr("Inputs"), r.inputs);
    m_details->setHtml(html);
}

QWidget *JournalWindow::openResults()
{
    QString error;
    const auto run = currentRun(&error);
    if (!run) {
        if (!error.isEmpty())
            m_status->setText(error);
        return nullptr;
    }
    const auto document = reporting::runReport(*run);
    if (!document) {
        m_status->setText(document.error().toString());
        return nullptr;
    }
    auto *window = new QMainWindow(this, Qt::Window);
    window->setObjectName(QStringLiteral("runResults"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("Run #%1 - %2").arg(run->id).arg(document->title));
    auto *browser = new ReportBrowser(window);
    if (Status shown = browser->setReport(*document, this); !shown) {
        delete window;
        if (shown.error().kind != ErrorKind::Cancelled)
            m_status->setText(shown.error().toString());
        return nullptr;
    }
    window->setCentralWidget(browser);
    applyDefaultGeometry(window, QSize(900, 860));
    window->show();
    return window;
}

QDialog *JournalWindow::compareSelected()
{
    const std::vector<RunRecord> selected = selectedRuns();
    if (selected.size() != 2)
        return nullptr;
    auto *dialog = new RunComparisonDialog(selected[0], selected[1], this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

bool JournalWindow::rerunSelected()
{
    QString error;
    const auto run = currentRun(&error);
    if (!run || isRerunning())
        return false;
    if (run->kind == journal::kMl)
        return rerunMl(*run);
    auto workspace = Workspace::open(m_workspacePath, WorkspaceAccess::Read);
    if (!workspace) {
        m_status->setText(workspace.error().toString());
        return false;
    }
    const auto recorded = journal::recordedStrategyRun(**workspace, *run);
    if (!recorded) {
        m_status->setText(recorded.error().toString());
        return false;
    }
    if (!m_runner->start(jobOf(*recorded, m_workspacePath)))
        return false;
    m_rerunOf = *run;
    m_cancel->setEnabled(true);
    m_progress->show();
    m_rerun->setEnabled(false);
    m_status->setStyleSheet({});
    m_status->setText(tr("Running run #%1 again...").arg(run->id));
    return true;
}

bool JournalWindow::isRerunning() const
{
    // Until the new entry is there to compare (it follows the results: BacktestRunner).
    return m_rerunOf.has_value() || m_runner->isRunning() || m_mlTask->isRunning();
}

bool JournalWindow::rerunMl(const RunRecord &run)
{
    auto recorded = journal::recordedMlRun(run);
    if (!recorded) {
        m_status->setText(recorded.error().toString());
        return false;
    }
    auto job = std::make_shared<MlRerun>();
    job->workspacePath = m_workspacePath;
    job->run = std::move(*recorded);
    const bool started = m_mlTask->start([job](const TaskControl &control) {
        auto workspace = Workspace::open(job->workspacePath, WorkspaceAccess::Read);
        auto bars = workspace ? (*workspace)->readBars(job->run.symbol, job->run.from, job->run.to)
                              : Result<BarSeries>(workspace.error());
        if (!bars) {
            job->error = bars.error();
            return;
        }
        const auto evaluation = ml::evaluate(*bars, job->run.request, control);
        if (!evaluation) {
            job->error = evaluation.error();
            return;
        }
        RunRecord entry = journal::mlEntry(job->run.request, *bars, job->run.from, job->run.to,
                                           ml::evaluationJson(*evaluation, job->run.request, job->run.symbol));
        if (const auto id = journal::journalRun(job->workspacePath, entry))
            entry.id = *id;
        else
            job->journalWarning = id.error().message;
        job->entry = std::move(entry);
    });
    if (!started)
        return false;
    m_mlRerun = job;
    m_rerunOf = run;
    m_cancel->setEnabled(true);
    m_progress->show();
    m_rerun->setEnabled(false);
    m_status->setStyleSheet({});
    m_status->setText(tr("Running run #%1 again...").arg(run.id));
    return true;
}

void JournalWindow::onRerunFinished(const BacktestOutcomePtr &outcome)
{
    if (outcome->isJournaled())
        return; // onRerunJournaled compares the new entry with the old one
    finishRerun(std::nullopt, {}, outcome->error.toString(), outcome->cancelled);
}

void JournalWindow::onRerunJournaled(const BacktestOutcomePtr &outcome)
{
    finishRerun(outcome->entry, outcome->journalWarning, {}, false);
}

void JournalWindow::finishRerun(const std::optional<RunRecord> &result, const QString &journalWarning,
                                const QString &error, bool cancelled)
{
    m_cancel->setEnabled(false);
    m_progress->setValue(0);
    m_progress->hide();
    const std::optional<RunRecord> original = std::exchange(m_rerunOf, std::nullopt);
    if (!result || !original) {
        m_status->setText(cancelled ? tr("Cancelled.") : error);
        showSelection();
        emit rerunFinished(false, false);
        return;
    }
    const RunRecord &again = *result;
    const bool dataChanged = again.dataHash != original->dataHash;
    const bool sameResults = again.summary == original->summary;
    QString text = again.id > 0 ? tr("Run #%1 ran again as run #%2.").arg(original->id).arg(again.id)
                                : tr("Run #%1 ran again (not journaled: %2).").arg(original->id).arg(journalWarning);
    text += QLatin1Char(' ');
    if (dataChanged)
        text += tr("The data changed since: the bars' fingerprint differs, so the results may too.");
    else
        text += tr("Same data (the bars' fingerprint matches).");
    text += QLatin1Char(' ') + (sameResults ? tr("Same results.") : tr("The results differ."));
    reload();
    if (again.id > 0) {
        m_view->clearSelection();
        selectRun(again.id);
    }
    m_status->setStyleSheet(dataChanged || !sameResults ? textStyle(Tone::Warning) + QStringLiteral(" font-weight: bold;") : QString());
    m_status->setText(text);
    emit rerunFinished(true, dataChanged);
}

Status JournalWindow::exportReport(const QString &path)
{
    QString error;
    const auto run = currentRun(&error);
    if (!run)
        return Error::invalidArgument(error.isEmpty() ? tr("no run is selected") : error);
    return writeRunReport(*run, path, this);
}

void installJournalAction(MainWindow *window)
{
    QAction *action = window->menu(MainWindow::Menu::Analysis)->addAction(MainWindow::tr("Run &Journal..."));
    action->setObjectName(QStringLiteral("journalAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    action->setStatusTip(MainWindow::tr("Every backtest, grid search, walk-forward and ML run of the workspace: open, "
                                        "compare, run again, report"));
    QObject::connect(action, &QAction::triggered, window, [window] {
        if (!window->workspace()) {
            QMessageBox::information(window, MainWindow::tr("Run Journal"), MainWindow::tr("Open a workspace first."));
            return;
        }
        JournalWindow::open(window);
    });
}

} // namespace rutile::ui
