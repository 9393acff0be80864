#include "index/IndexBuildPanel.h"

#include "BackgroundTask.h"
#include "data/Symbol.h"
#include "import/SampleWorkspace.h"
#include "index/IndexLabCharts.h"
#include "index/IndexLabTables.h"
#include "risk/RiskChartView.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rutile::ui {

struct IndexBuildPanel::Outcome {
    QString name;
    index::IndexOptions options;
    std::optional<WorkspaceIndex> index;
    // Until the work says otherwise: a worker that ends without a word reports a bug, not success.
    Status status = Error::internal(QStringLiteral("the index lab's task ended without a result"));
};

IndexBuildPanel::IndexBuildPanel(const QString &workspacePath, QWidget *parent)
    : QWidget(parent)
    , m_workspacePath(workspacePath)
    , m_task(new BackgroundTask(this))
{
    // The form.
    auto *form = new QGroupBox(tr("Index"), this);
    auto *grid = new QFormLayout(form);
    grid->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_fromList = new QRadioButton(tr("&Watchlist"), form);
    m_fromHoldings = new QRadioButton(tr("&Holdings"), form);
    m_fromList->setChecked(true);
    m_list = new QComboBox(form);
    m_list->setObjectName(QStringLiteral("listBox"));
    m_holdings = new QComboBox(form);
    m_holdings->setObjectName(QStringLiteral("holdingsBox"));
    grid->addRow(m_fromList, m_list);
    grid->addRow(m_fromHoldings, m_holdings);
    m_weighting = new QComboBox(form);
    m_weighting->setObjectName(QStringLiteral("weightingBox"));
    m_weighting->addItem(tr("Cap-weighted"), int(index::Weighting::Cap));
    m_weighting->addItem(tr("Float-adjusted"), int(index::Weighting::Float));
    m_weighting->addItem(tr("Equal-weighted"), int(index::Weighting::Equal));
    auto *weightingLabel = new QLabel(tr("W&eighting:"), form);
    weightingLabel->setBuddy(m_weighting);
    grid->addRow(weightingLabel, m_weighting);
    m_reconstitution = new QComboBox(form);
    m_reconstitution->setObjectName(QStringLiteral("reconstitutionBox"));
    m_reconstitution->addItem(tr("Annually in June"), int(index::Reconstitution::AnnualJune));
    m_reconstitution->addItem(tr("None (members enter at listing)"), int(index::Reconstitution::None));
    m_reconstitution->setToolTip(tr("Russell indexes reconstitute after the close of the fourth Friday of June: "
                                    "new listings join then, and equal weights are reset"));
    auto *reconstitutionLabel = new QLabel(tr("&Reconstitution:"), form);
    reconstitutionLabel->setBuddy(m_reconstitution);
    grid->addRow(reconstitutionLabel, m_reconstitution);
    m_base = new QDoubleSpinBox(form);
    m_base->setObjectName(QStringLiteral("baseBox"));
    m_base->setRange(0.01, 1e9);
    m_base->setDecimals(2);
    m_base->setValue(1000);
    auto *baseLabel = new QLabel(tr("&Base value:"), form);
    baseLabel->setBuddy(m_base);
    grid->addRow(baseLabel, m_base);
    // An optional date range: a check box, and two date fields it enables.
    const auto addRange = [form, grid](QCheckBox *box, QDateEdit *from, QDateEdit *to) {
        auto *row = new QHBoxLayout;
        for (QDateEdit *e : {from, to}) {
            e->setCalendarPopup(true);
            e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            e->setEnabled(false);
            QObject::connect(box, &QCheckBox::toggled, e, &QWidget::setEnabled);
        }
        row->addWidget(from);
        row->addWidget(new QLabel(QStringLiteral("–"), form));
        row->addWidget(to);
        grid->addRow(box);
        grid->addRow(row);
    };
    m_limitRange = new QCheckBox(tr("&Limit the range"), form);
    m_from = new QDateEdit(QDate(2000, 1, 3), form);
    m_to = new QDateEdit(QDate::currentDate(), form);
    addRange(m_limitRange, m_from, m_to);
    // Attribution may look at part of the index (a year, a drawdown) without building less.
    m_limitAttribution = new QCheckBox(tr("&Attribute a part of it"), form);
    m_limitAttribution->setObjectName(QStringLiteral("attributionRangeBox"));
    m_attributionFrom = new QDateEdit(QDate(2020, 1, 2), form);
    m_attributionTo = new QDateEdit(QDate(2020, 12, 31), form);
    addRange(m_limitAttribution, m_attributionFrom, m_attributionTo);
    m_name = new QLineEdit(QStringLiteral("MY-INDEX"), form);
    m_name->setObjectName(QStringLiteral("indexNameEdit"));
    auto *nameLabel = new QLabel(tr("Store as &symbol:"), form);
    nameLabel->setBuddy(m_name);
    grid->addRow(nameLabel, m_name);

    m_build = new QPushButton(tr("&Build Index"), this);
    m_build->setObjectName(QStringLiteral("buildIndexButton"));
    m_build->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_build);
    buttons->addWidget(m_cancel);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("buildStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_generate = new QPushButton(tr("&Generate the Sample Universe"), this);
    m_generate->setObjectName(QStringLiteral("generateUniverseButton"));
    m_generate->setToolTip(tr("Adds %1 synthetic constituents (about 900 MB, a quarter of a minute) to this sample workspace "
                              "as the watchlist %2")
                               .arg(kDefaultSampleUniverse)
                               .arg(QString::fromLatin1(kSampleUniverseList)));
    m_generate->setVisible(false);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(form);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_progress);
    leftLayout->addWidget(m_status);
    leftLayout->addWidget(m_generate);
    leftLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(330);
    scroll->setMaximumWidth(420);

    // The result.
    m_chart = new RiskChartView(QStringLiteral("index-level"), this);
    m_constituents = new QStandardItemModel(this);
    m_sectors = new QStandardItemModel(this);
    auto *attribution = new QTabWidget(this);
    attribution->setObjectName(QStringLiteral("attributionTabs"));
    attribution->addTab(makeLabTable(m_constituents, QStringLiteral("attribution-constituents"), attribution),
                        tr("Constituents"));
    attribution->addTab(makeLabTable(m_sectors, QStringLiteral("attribution-sectors"), attribution), tr("Sectors"));
    auto *result = new QSplitter(Qt::Vertical, this);
    result->addWidget(m_chart);
    result->addWidget(attribution);
    result->setChildrenCollapsible(false);
    result->setStretchFactor(0, 3); // the level over 38 years wants height to be read
    result->setStretchFactor(1, 2);
    m_chart->setMinimumHeight(260);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(result, 1);

    connect(m_fromList, &QRadioButton::toggled, this, [this](bool list) {
        m_list->setEnabled(list);
        m_holdings->setEnabled(!list);
        m_reconstitution->setCurrentIndex(list ? 0 : 1);
    });
    connect(m_build, &QPushButton::clicked, this, &IndexBuildPanel::build);
    connect(m_cancel, &QPushButton::clicked, this, &IndexBuildPanel::cancel);
    connect(m_generate, &QPushButton::clicked, this, &IndexBuildPanel::generateUniverseRequested);
    connect(m_task, &BackgroundTask::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_task, &BackgroundTask::finished, this, &IndexBuildPanel::finish);
    m_holdings->setEnabled(false);
    reload(); // may choose Holdings, which enables its box
}

IndexBuildPanel::~IndexBuildPanel() = default;

void IndexBuildPanel::reload()
{
    const QString list = m_list->currentText();
    const QString fund = m_holdings->currentText();
    m_list->clear();
    m_holdings->clear();
    bool allSynthetic = true, anySymbol = false;
    if (auto ws = Workspace::open(m_workspacePath, WorkspaceAccess::Read)) {
        if (const auto lists = (*ws)->watchlists())
            m_list->addItems(*lists);
        if (const auto snapshots = (*ws)->holdingsSnapshots()) {
            for (const HoldingsSnapshotInfo &s : *snapshots) {
                if (m_holdings->findText(s.name) < 0)
                    m_holdings->addItem(s.name);
            }
        }
        for (const SymbolInfo &s : (*ws)->symbols()) {
            anySymbol = true;
            allSynthetic = allSynthetic && s.synthetic;
        }
    }
    if (m_list->findText(list) >= 0)
        m_list->setCurrentText(list);
    if (m_holdings->findText(fund) >= 0)
        m_holdings->setCurrentText(fund);
    m_generate->setVisible(anySymbol && allSynthetic && m_list->findText(QString::fromLatin1(kSampleUniverseList)) < 0);
    if (m_list->count() == 0 && m_holdings->count() > 0)
        m_fromHoldings->setChecked(true);
}

void IndexBuildPanel::setIndexName(const QString &name)
{
    m_name->setText(name);
}

void IndexBuildPanel::setAttributionRange(QDate from, QDate to)
{
    m_limitAttribution->setChecked(from.isValid() && to.isValid());
    if (from.isValid())
        m_attributionFrom->setDate(from);
    if (to.isValid())
        m_attributionTo->setDate(to);
}

void IndexBuildPanel::setWeighting(index::Weighting weighting)
{
    m_weighting->setCurrentIndex(m_weighting->findData(int(weighting)));
}

bool IndexBuildPanel::isRunning() const
{
    return m_task->isRunning();
}

void IndexBuildPanel::waitForFinished()
{
    m_task->waitForFinished();
}

void IndexBuildPanel::cancel()
{
    m_task->cancel();
}

void IndexBuildPanel::setRunning(bool running, const QString &what)
{
    m_build->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    m_progress->setValue(0);
    if (running)
        m_status->setText(what);
}

bool IndexBuildPanel::build()
{
    if (isRunning())
        return false;
    IndexSource source;
    if (m_fromList->isChecked())
        source.list = m_list->currentText();
    else
        source.holdings = m_holdings->currentText();
    if (source.list.isEmpty() && source.holdings.isEmpty()) {
        m_status->setText(tr("Choose a watchlist or a holdings snapshot to build the index from."));
        return false;
    }
    const auto symbol = parseSymbol(m_name->text());
    if (!symbol) {
        m_status->setText(symbol.error().toString());
        return false;
    }
    const QString name = *symbol;
    m_name->setText(name);
    auto outcome = std::make_shared<Outcome>();
    outcome->name = name;
    outcome->options.weighting = index::Weighting(m_weighting->currentData().toInt());
    outcome->options.reconstitution = index::Reconstitution(m_reconstitution->currentData().toInt());
    outcome->options.base = m_base->value();
    if (m_limitRange->isChecked()) {
        outcome->options.from = m_from->date();
        outcome->options.to = m_to->date();
    }
    if (m_limitAttribution->isChecked()) {
        outcome->options.attributionFrom = m_attributionFrom->date();
        outcome->options.attributionTo = m_attributionTo->date();
    }
    m_outcome = outcome;
    const QString path = m_workspacePath;
    setRunning(true, tr("Building %1...").arg(name));
    return m_task->start([outcome, source, path](const TaskControl &control) {
        auto ws = Workspace::open(path);
        if (!ws) {
            outcome->status = ws.error();
            return;
        }
        auto built = buildWorkspaceIndex(**ws, source, outcome->options, control);
        if (!built) {
            outcome->status = built.error();
            return;
        }
        if (control.cancelled()) {
            outcome->status = Error::cancelled();
            return;
        }
        outcome->status = storeWorkspaceIndex(**ws, outcome->name, source, *built);
        outcome->index = std::move(*built);
    });
}

void IndexBuildPanel::setUniverseGenerating(bool generating)
{
    m_generate->setEnabled(!generating);
    if (generating) {
        m_status->setText(tr("The sample universe is being generated; the main window's status bar shows how far. "
                             "It is offered here when it is complete."));
    }
}

void IndexBuildPanel::universeFinished(bool complete)
{
    reload();
    if (complete) {
        m_list->setCurrentText(QString::fromLatin1(kSampleUniverseList));
        m_fromList->setChecked(true);
        m_status->setText(tr("The sample universe is in the watchlist %1.").arg(QString::fromLatin1(kSampleUniverseList)));
    } else {
        m_status->clear();
    }
}

void IndexBuildPanel::finish()
{
    setRunning(false, {});
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    if (!outcome)
        return;
    if (!outcome->status) {
        m_status->setText(outcome->status.error().kind == ErrorKind::Cancelled
                              ? tr("Cancelled; the workspace is unchanged.")
                              : outcome->status.error().toString());
        return;
    }
    if (!outcome->index) {
        m_status->setText(Error::internal(QStringLiteral("the build reported success without an index")).toString());
        return;
    }
    const WorkspaceIndex &w = *outcome->index;
    const index::IndexBuild &b = w.build;
    const QLocale l;
    QString text = tr("Stored %1: %2 bars from %3 to %4, last level %5; %6 divisor adjustments. "
                      "Return %7 % from %8 to %9.")
                       .arg(outcome->name, l.toString(qlonglong(b.levels.size())),
                            l.toString(b.levels.firstDate(), QLocale::ShortFormat),
                            l.toString(b.levels.lastDate(), QLocale::ShortFormat),
                            l.toString(b.levels.close.back(), 'f', 2), l.toString(qlonglong(b.events.size())),
                            l.toString(100 * b.attributionReturn, 'f', 2),
                            l.toString(toDate(b.attributionFrom), QLocale::ShortFormat),
                            l.toString(toDate(b.attributionTo), QLocale::ShortFormat));
    if (!w.missing.isEmpty())
        text += QLatin1Char(' ') + tr("%n constituent(s) not cached and left out (first: %1).", nullptr,
                                      int(w.missing.size())).arg(w.missing.first());
    m_status->setText(text);
    m_chart->setFilePrefix(outcome->name);
    m_chart->replaceChart(makeIndexLevelChart(b.levels, w.description));
    fillContributions(*m_constituents, b);
    fillSectorContributions(*m_sectors, b);
    m_lastBuilt = outcome->name;
    emit indexStored(outcome->name);
}

} // namespace rutile::ui
