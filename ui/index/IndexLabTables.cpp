#include "index/IndexLabTables.h"

#include "TableCsvExport.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>

namespace rutile::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ui::IndexLab)
};

QStandardItem *text(const QString &s)
{
    auto *item = new QStandardItem(s);
    item->setData(s, kLabSortRole);
    item->setEditable(false);
    return item;
}

QStandardItem *number(double value, const QString &display)
{
    auto *item = new QStandardItem(display);
    item->setData(value, kLabSortRole);
    item->setData(value, kExportRole);
    item->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
    item->setEditable(false);
    return item;
}

QStandardItem *percent(double fraction, int decimals = 2)
{
    return number(fraction, QLocale().toString(100 * fraction, 'f', decimals) + QStringLiteral(" %"));
}

QStandardItem *money(double value)
{
    return number(value, QLocale().toString(value, 'f', 0));
}

QStandardItem *count(int value)
{
    return number(value, QLocale().toString(value));
}

void reset(QStandardItemModel &model, const QStringList &headers)
{
    model.clear();
    model.setHorizontalHeaderLabels(headers);
    model.setSortRole(kLabSortRole);
}

} // namespace

void fillTopTen(QStandardItemModel &model, const index::HoldingsAnalysis &analysis)
{
    reset(model, {Text::tr("Rank"), Text::tr("Ticker"), Text::tr("Name"), Text::tr("Sector"), Text::tr("Market value"),
                  Text::tr("Weight")});
    for (const index::WeightedHolding &h : analysis.top(10))
        model.appendRow({count(h.rank), text(h.ticker), text(h.name), text(h.sector), money(h.marketValue), percent(h.weight)});
}

void fillSectors(QStandardItemModel &model, const index::HoldingsAnalysis &analysis,
                 const std::vector<index::SectorComparison> &comparison, const QString &otherName)
{
    QStringList headers{Text::tr("Sector"), Text::tr("Stocks"), Text::tr("Market value"), Text::tr("Weight")};
    if (!comparison.empty())
        headers << Text::tr("Weight in %1").arg(otherName) << Text::tr("Difference");
    reset(model, headers);
    for (const index::SectorWeight &s : analysis.sectors) {
        QList<QStandardItem *> row{text(s.sector), count(s.stocks), money(s.marketValue), percent(s.weight)};
        for (const index::SectorComparison &c : comparison) {
            if (c.sector == s.sector) {
                row << percent(c.weightB) << number(c.difference(),
                                                    QLocale().toString(100 * c.difference(), 'f', 2) + Text::tr(" pp"));
            }
        }
        model.appendRow(row);
    }
    // Sectors only the other snapshot has.
    for (const index::SectorComparison &c : comparison) {
        if (c.weightA == 0 && c.weightB != 0)
            model.appendRow({text(c.sector), count(0), money(0), percent(0), percent(c.weightB),
                             number(c.difference(), QLocale().toString(100 * c.difference(), 'f', 2) + Text::tr(" pp"))});
    }
}

void fillHoldings(QStandardItemModel &model, const index::HoldingsAnalysis &analysis)
{
    reset(model, {Text::tr("Rank"), Text::tr("Ticker"), Text::tr("Name"), Text::tr("Sector"), Text::tr("Market value"),
                  Text::tr("Weight")});
    for (const index::WeightedHolding &h : analysis.ranked)
        model.appendRow({count(h.rank), text(h.ticker), text(h.name), text(h.sector), money(h.marketValue),
                         percent(h.weight, 3)});
}

void fillContributions(QStandardItemModel &model, const index::IndexBuild &build)
{
    reset(model, {Text::tr("Symbol"), Text::tr("Sector"), Text::tr("Average weight"), Text::tr("Contribution"),
                  Text::tr("Index points")});
    for (const index::ConstituentContribution &c : build.contributions)
        model.appendRow({text(c.symbol), text(c.sector), percent(c.averageWeight, 3), percent(c.contribution),
                         number(c.points, QLocale().toString(c.points, 'f', 2))});
}

void fillSectorContributions(QStandardItemModel &model, const index::IndexBuild &build)
{
    reset(model, {Text::tr("Sector"), Text::tr("Constituents"), Text::tr("Average weight"), Text::tr("Contribution"),
                  Text::tr("Index points")});
    for (const index::SectorContribution &s : build.sectors)
        model.appendRow({text(s.sector.isEmpty() ? Text::tr("(no sector)") : s.sector), count(s.constituents),
                         percent(s.averageWeight), percent(s.contribution),
                         number(s.points, QLocale().toString(s.points, 'f', 2))});
}

QTableView *makeLabTable(QStandardItemModel *model, const QString &exportName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(exportName + QStringLiteral("Table"));
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    // Whole names and sectors: the tables are read, not edited, so columns fit their contents.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSortIndicatorShown(true);
    view->setWordWrap(false);
    addCsvExportAction(view, exportName + QStringLiteral(".csv"));
    return view;
}

} // namespace rutile::ui
