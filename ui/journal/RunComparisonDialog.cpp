#include "journal/RunComparisonDialog.h"

#include "TableCsvExport.h"
#include "journal/RunTableModel.h"
#include "WindowGeometry.h"
#include "report/ReportFormat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rutile::ui {

namespace {

QString sectionName(journal::ComparisonRow::Section s)
{
    using S = journal::ComparisonRow::Section;
    switch (s) {
    case S::Run: return RunComparisonDialog::tr("Run");
    case S::Parameters: return RunComparisonDialog::tr("Parameter");
    case S::Settings: return RunComparisonDialog::tr("Setting");
    case S::Results: return RunComparisonDialog::tr("Result");
    }
    return {};
}

/// A row's name as the app titles it: an engine setting by its form label, a result or a fact
/// of the run by its title; a strategy's parameter keeps its own name (what --param takes).
QString rowTitle(const journal::ComparisonRow &row)
{
    using S = journal::ComparisonRow::Section;
    if (row.section == S::Parameters)
        return row.name;
    if (row.section == S::Settings)
        return RunTableModel::settingTitle(row.name);
    return report::summaryTitle(row.name);
}

/// A row's value as the app shows it: a kind as the Kind column names it, a setting's choice
/// by its label ("Next bar's open", not next_open).
QString rowValue(const journal::ComparisonRow &row, const QString &value)
{
    using S = journal::ComparisonRow::Section;
    if (row.section == S::Run && row.name == QLatin1String("kind"))
        return RunTableModel::kindTitle(value);
    if (row.section == S::Settings)
        return RunTableModel::settingValue(row.name, value);
    return value;
}

} // namespace

RunComparisonDialog::RunComparisonDialog(const RunRecord &a, const RunRecord &b, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("runComparison"));
    setWindowTitle(tr("Compare Run #%1 and Run #%2").arg(a.id).arg(b.id));
    const std::vector<journal::ComparisonRow> rows = journal::compareRuns(a, b);
    m_table = new QTableWidget(int(rows.size()), 4, this);
    m_table->setHorizontalHeaderLabels({tr("Section"), tr("Name"), tr("Run #%1").arg(a.id), tr("Run #%1").arg(b.id)});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    const QColor tint(255, 236, 179);
    for (int r = 0; r < int(rows.size()); ++r) {
        const journal::ComparisonRow &row = rows[std::size_t(r)];
        const QStringList cells{sectionName(row.section), rowTitle(row), rowValue(row, row.a), rowValue(row, row.b)};
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (row.differs) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(tint);
                item->setForeground(QColor(0x20, 0x20, 0x20));
            }
            m_table->setItem(r, c, item);
        }
        m_differences += row.differs ? 1 : 0;
    }
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // a fingerprint keeps its start and end
    m_table->resizeColumnsToContents();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::Stretch);
    addCsvExportAction(m_table, QStringLiteral("run-comparison.csv"));

    auto *summary = new QLabel(m_differences == 0 ? tr("The two runs were asked the same and say the same.")
                                                  : tr("%n row(s) differ, highlighted.", nullptr, m_differences),
                               this);
    summary->setObjectName(QStringLiteral("comparisonSummary"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    applyDefaultGeometry(this, QSize(820, 640));
}

} // namespace rutile::ui
