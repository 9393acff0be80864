// The symbol list: columns, synthetic marking, sorting and CSV export.

#include "SymbolTableModel.h"
#include "TableCsvExport.h"
#include "UiTestSupport.h"

#include <QFont>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace rutile;
using namespace rutile::ui;

class TestSymbolTable : public QObject {
    Q_OBJECT

private:
    static std::vector<SymbolInfo> sampleSymbols()
    {
        return {
            {QStringLiteral("RUT"), QString(), false, 9300, QDate(1987, 9, 10), QDate(2024, 12, 31)},
            {QStringLiteral("SYN-SMALL"), QStringLiteral("Synthetic small-cap index"), true, 9860, QDate(1988, 1, 4),
                QDate(2025, 12, 31)},
            {QStringLiteral("SPX"), QStringLiteral("S&P 500, \"large caps\""), false, 24800, QDate(1927, 12, 30),
                QDate(2026, 1, 2)},
        };
    }

private slots:
    void columnsAndRows()
    {
        SymbolTableModel model;
        model.setSymbols(sampleSymbols());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Symbol"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Bars"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("First"));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Last"));
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("RUT"));
        QCOMPARE(model.data(model.index(0, 1), SymbolTableModel::SortRole).toLongLong(), 9300);
        QCOMPARE(model.data(model.index(0, 2), SymbolTableModel::SortRole).toDate(), QDate(1987, 9, 10));
        QCOMPARE(model.rowOf(QStringLiteral("SPX")), 2);
        QCOMPARE(model.rowOf(QStringLiteral("NOPE")), -1);
    }

    void syntheticSymbolsAreMarked()
    {
        SymbolTableModel model;
        model.setSymbols(sampleSymbols());
        const QModelIndex synthetic = model.index(1, 0);
        QVERIFY(model.data(synthetic).toString().contains(QStringLiteral("(synthetic)")));
        QVERIFY(model.data(synthetic, Qt::FontRole).value<QFont>().italic());
        QVERIFY(
            model.data(synthetic, Qt::ToolTipRole).toString().contains(QStringLiteral("Synthetic small-cap index")));
        QCOMPARE(model.data(synthetic, SymbolTableModel::SymbolRole).toString(), QStringLiteral("SYN-SMALL"));
        // A market symbol is neither italic nor suffixed.
        const QModelIndex market = model.index(0, 0);
        QVERIFY(!model.data(market).toString().contains(QStringLiteral("synthetic")));
        QVERIFY(!model.data(market, Qt::FontRole).isValid());
    }

    void sortsByRawValues()
    {
        SymbolTableModel model;
        model.setSymbols(sampleSymbols());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SymbolTableModel::SortRole);
        proxy.sort(SymbolTableModel::BarsColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(SymbolTableModel::SymbolRole).toString(), QStringLiteral("SPX"));
        QCOMPARE(proxy.index(2, 0).data(SymbolTableModel::SymbolRole).toString(), QStringLiteral("RUT"));
        proxy.sort(SymbolTableModel::FirstColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(SymbolTableModel::SymbolRole).toString(), QStringLiteral("SPX"));
    }

    void exportsCsvWithRawValuesAndQuoting()
    {
        SymbolTableModel model;
        model.setSymbols(sampleSymbols());
        const QString csv = tableToCsv(model);
        const QStringList lines = csv.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("Symbol,Bars,First,Last"));
        QCOMPARE(lines.value(1), QStringLiteral("RUT,9300,1987-09-10,2024-12-31"));
        QCOMPARE(lines.value(2), QStringLiteral("SYN-SMALL,9860,1988-01-04,2025-12-31"));
        QCOMPARE(lines.value(3), QStringLiteral("SPX,24800,1927-12-30,2026-01-02"));
        QCOMPARE(lines.size(), 5); // trailing newline
        QVERIFY(lines.last().isEmpty());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("symbols.csv"));
        QVERIFY(writeTableCsv(model, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), csv);
        QVERIFY(!writeTableCsv(model, dir.filePath(QStringLiteral("missing/folder/x.csv"))).ok());
    }

    void csvQuotesFieldsThatNeedIt()
    {
        // A display-only model (no export role): a name with a comma and quotes.
        SymbolTableModel model;
        model.setSymbols({{QStringLiteral("A,B"), QString(), false, 1, QDate(2020, 1, 1), QDate(2020, 1, 1)}});
        QCOMPARE(
            tableToCsv(model).split(QLatin1Char('\n')).value(1), QStringLiteral("\"A,B\",1,2020-01-01,2020-01-01"));
    }
};

QTEST_MAIN(TestSymbolTable)
#include "tst_symboltable.moc"
