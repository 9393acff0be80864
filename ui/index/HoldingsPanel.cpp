#include "index/HoldingsPanel.h"

#include "RecentFolders.h"
#include "TableCsvExport.h"
#include "import/HoldingsFile.h"
#include "index/IndexLabCharts.h"
#include "index/IndexLabTables.h"
#include "risk/RiskChartView.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rutile::ui {

namespace {
struct Snapshot {
    QString name;
    QDate asOf;
};

Snapshot snapshotOf(const QComboBox *box)
{
    const QStringList parts = box->currentData().toStringList();
    if (parts.size() != 2)
        return {};
    return {parts[0], QDate::fromString(parts[1], Qt::ISODate)};
}
} // namespace

HoldingsPanel::HoldingsPanel(const QString &workspacePath, QWidget *parent)
    : QWidget(parent)
    , m_workspacePath(workspacePath)
{
    auto *fundLabel = new QLabel(tr("&Fund:"), this);
    m_fund = new QComboBox(this);
    m_fund->setObjectName(QStringLiteral("fundBox"));
    m_fund->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fundLabel->setBuddy(m_fund);
    auto *compareLabel = new QLabel(tr("&Compare with:"), this);
    m_compare = new QComboBox(this);
    m_compare->setObjectName(QStringLiteral("compareBox"));
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    compareLabel->setBuddy(m_compare);
    auto *importButton = new QPushButton(tr("&Import Holdings..."), this);
    importButton->setObjectName(QStringLiteral("importHoldingsButton"));
    importButton->setToolTip(tr("Read an iShares-style holdings export (CSV) into the workspace as a dated snapshot"));
    m_download = new QPushButton(tr("&Download Constituents..."), this);
    m_download->setObjectName(QStringLiteral("downloadConstituentsButton"));
    m_download->setToolTip(tr("Download the histories of the snapshot's stocks that are not in the workspace yet, "
                              "so an index can be built from them"));
    auto *top = new QHBoxLayout;
    top->addWidget(fundLabel);
    top->addWidget(m_fund);
    top->addSpacing(12);
    top->addWidget(compareLabel);
    top->addWidget(m_compare);
    top->addStretch();
    top->addWidget(m_download);
    top->addWidget(importButton);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("concentrationLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_topTen = new QStandardItemModel(this);
    m_sectors = new QStandardItemModel(this);
    m_holdings = new QStandardItemModel(this);
    m_filtered = new QSortFilterProxyModel(this);
    m_filtered->setSourceModel(m_holdings);
    m_filtered->setFilterKeyColumn(3);
    m_filtered->setSortRole(kLabSortRole);

    auto *tables = new QTabWidget(this);
    tables->setObjectName(QStringLiteral("holdingsTables"));
    tables->addTab(makeLabTable(m_topTen, QStringLiteral("top10"), tables), tr("Top 10"));
    tables->addTab(makeLabTable(m_sectors, QStringLiteral("sectors"), tables), tr("Sectors"));
    auto *all = new QWidget(tables);
    auto *filterLabel = new QLabel(tr("&Sector:"), all);
    m_sectorFilter = new QComboBox(all);
    m_sectorFilter->setObjectName(QStringLiteral("sectorFilter"));
    filterLabel->setBuddy(m_sectorFilter);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_sectorFilter);
    filterRow->addStretch();
    auto *holdingsView = new QTableView(all);
    holdingsView->setObjectName(QStringLiteral("holdingsTable"));
    holdingsView->setModel(m_filtered);
    holdingsView->setSortingEnabled(true);
    holdingsView->setAlternatingRowColors(true);
    holdingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    holdingsView->verticalHeader()->hide();
    holdingsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    holdingsView->horizontalHeader()->setStretchLastSection(true);
    addCsvExportAction(holdingsView, QStringLiteral("holdings.csv"));
    auto *allLayout = new QVBoxLayout(all);
    allLayout->setContentsMargins(0, 4, 0, 0);
    allLayout->addLayout(filterRow);
    allLayout->addWidget(holdingsView);
    tables->addTab(all, tr("All Holdings"));

    m_chart = new RiskChartView(QStringLiteral("sector-weights"), this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(tables);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_fund, &QComboBox::currentIndexChanged, this, &HoldingsPanel::showSelected);
    connect(m_compare, &QComboBox::currentIndexChanged, this, &HoldingsPanel::showSelected);
    connect(m_sectorFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString sector = m_sectorFilter->currentData().toString();
        m_filtered->setFilterRegularExpression(
            sector.isEmpty() ? QRegularExpression()
                             : QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(sector) + QLatin1Char('$')));
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = askOpenFileName(this, FolderKind::Import, tr("Import Holdings"),
                                             tr("Holdings exports (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_download, &QPushButton::clicked, this, [this] {
        const QStringList tickers = uncachedTickers();
        if (tickers.isEmpty())
            QMessageBox::information(this, tr("Download Constituents"), tr("Every stock of this snapshot is in the workspace."));
        else
            emit downloadRequested(tickers);
    });
    reload();
}

QStringList HoldingsPanel::uncachedTickers() const
{
    const Snapshot s = snapshotOf(m_fund);
    QStringList tickers;
    auto ws = Workspace::open(m_workspacePath, WorkspaceAccess::Read);
    if (s.name.isEmpty() || !ws)
        return tickers;
    const auto snapshot = (*ws)->readHoldings(s.name, s.asOf);
    const auto symbols = (*ws)->readSymbols();
    if (!snapshot || !symbols)
        return tickers;
    QSet<QString> cached;
    for (const SymbolInfo &info : *symbols)
        cached.insert(info.symbol);
    for (const index::ListedEquity &e : index::listedEquities(*snapshot).stocks) {
        if (!cached.contains(e.symbol))
            tickers.push_back(e.symbol);
    }
    return tickers;
}

void HoldingsPanel::reload()
{
    const Snapshot selected = snapshotOf(m_fund);
    const Snapshot compared = snapshotOf(m_compare);
    const QSignalBlocker a(m_fund), b(m_compare);
    m_fund->clear();
    m_compare->clear();
    m_compare->addItem(tr("No comparison"));
    if (auto ws = Workspace::open(m_workspacePath, WorkspaceAccess::Read)) {
        if (const auto list = (*ws)->holdingsSnapshots()) {
            for (const HoldingsSnapshotInfo &s : *list) {
                const QString label = QStringLiteral("%1  %2").arg(s.name, QLocale().toString(s.asOf, QLocale::ShortFormat));
                const QStringList key{s.name, s.asOf.toString(Qt::ISODate)};
                m_fund->addItem(label, key);
                m_compare->addItem(label, key);
                if (s.name == selected.name && s.asOf == selected.asOf)
                    m_fund->setCurrentIndex(m_fund->count() - 1);
                if (s.name == compared.name && s.asOf == compared.asOf)
                    m_compare->setCurrentIndex(m_compare->count() - 1);
            }
        }
    }
    showSelected();
}

bool HoldingsPanel::importFile(const QString &path)
{
    const auto read = readHoldingsFile(path);
    Status status = read ? Status() : Status(read.error());
    if (read) {
        auto ws = Workspace::open(m_workspacePath);
        status = ws ? Status() : Status(ws.error());
        if (ws) {
            if (const auto rows = (*ws)->storeHoldings(read->name, read->snapshot, read->path); !rows)
                status = rows.error();
        }
    }
    if (!status) {
        QMessageBox::warning(this, tr("Import Holdings"), status.error().toString());
        return false;
    }
    reload();
    selectFund(read->name);
    emit snapshotsChanged();
    return true;
}

bool HoldingsPanel::selectFund(const QString &name)
{
    int found = -1;
    for (int i = 0; i < m_fund->count(); ++i) {
        if (m_fund->itemData(i).toStringList().value(0) == name)
            found = i; // dates ascend: the last match is the latest
    }
    if (found >= 0)
        m_fund->setCurrentIndex(found);
    return found >= 0;
}

void HoldingsPanel::setComparison(const QString &name)
{
    for (int i = m_compare->count() - 1; i > 0; --i) {
        if (m_compare->itemData(i).toStringList().value(0) == name) {
            m_compare->setCurrentIndex(i);
            return;
        }
    }
}

void HoldingsPanel::showSelected()
{
    const Snapshot s = snapshotOf(m_fund);
    const Snapshot other = snapshotOf(m_compare);
    m_topTen->clear();
    m_sectors->clear();
    m_holdings->clear();
    m_download->setEnabled(!s.name.isEmpty());
    if (s.name.isEmpty()) {
        m_summary->setText(tr("No holdings snapshot in this workspace yet. Import an iShares holdings export "
                              "(for example IWM's, from the fund's page) with Import Holdings."));
        m_chart->replaceChart(new QChart);
        return;
    }
    auto ws = Workspace::open(m_workspacePath, WorkspaceAccess::Read);
    const auto snapshot = ws ? (*ws)->readHoldings(s.name, s.asOf) : Result<index::HoldingsSnapshot>(ws.error());
    const auto analysis = snapshot ? index::analyseHoldings(*snapshot) : Result<index::HoldingsAnalysis>(snapshot.error());
    if (!analysis) {
        m_summary->setText(analysis.error().toString());
        return;
    }
    std::vector<index::SectorComparison> comparison;
    if (!other.name.isEmpty()) {
        const auto otherSnapshot = (*ws)->readHoldings(other.name, other.asOf);
        const auto otherAnalysis = otherSnapshot ? index::analyseHoldings(*otherSnapshot)
                                                 : Result<index::HoldingsAnalysis>(otherSnapshot.error());
        if (otherAnalysis)
            comparison = index::compareSectors(*analysis, *otherAnalysis);
    }
    fillTopTen(*m_topTen, *analysis);
    fillSectors(*m_sectors, *analysis, comparison, other.name);
    fillHoldings(*m_holdings, *analysis);
    {
        const QSignalBlocker block(m_sectorFilter);
        const QString kept = m_sectorFilter->currentData().toString();
        m_sectorFilter->clear();
        m_sectorFilter->addItem(tr("All sectors"), QString());
        for (const index::SectorWeight &w : analysis->sectors) {
            m_sectorFilter->addItem(QStringLiteral("%1 (%2)").arg(w.sector).arg(w.stocks), w.sector);
            if (w.sector == kept)
                m_sectorFilter->setCurrentIndex(m_sectorFilter->count() - 1);
        }
    }
    emit m_sectorFilter->currentIndexChanged(m_sectorFilter->currentIndex());
    const QLocale l;
    QString text = tr("%1 equities worth %2. Concentration: HHI %3, effective number of holdings %4, "
                      "top 10 %5 %, top 100 %6 %.")
                       .arg(l.toString(analysis->equities), l.toString(analysis->totalMarketValue, 'f', 0),
                            l.toString(analysis->hhi, 'f', 5), l.toString(analysis->effectiveN, 'f', 1),
                            l.toString(100 * analysis->top10Share, 'f', 2), l.toString(100 * analysis->top100Share, 'f', 2));
    if (!analysis->excluded.empty())
        text += QLatin1Char(' ') + tr("%n other row(s) (cash, futures…) not weighted.", nullptr, int(analysis->excluded.size()));
    if (!analysis->duplicateTickers.isEmpty())
        text += QLatin1Char(' ') + tr("On more than one row: %1.").arg(analysis->duplicateTickers.join(QStringLiteral(", ")));
    if (!analysis->zeroPrices.empty())
        text += QLatin1Char(' ') + tr("%n holding(s) priced at zero.", nullptr, int(analysis->zeroPrices.size()));
    m_summary->setText(text);
    m_chart->setFilePrefix(s.name);
    m_chart->replaceChart(makeSectorWeightChart(*analysis, s.name, comparison, other.name));
}

} // namespace rutile::ui
