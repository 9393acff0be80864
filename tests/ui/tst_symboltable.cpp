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
            {QStringLiteral("RUT"), QString(), false, 9300, QDate(1987, 9, 10), QDate(2024, 12, 31), 2050.0, 2000.0},
            {QStringLiteral("SYN-SMALL"), QStringLiteral("Synthetic small-cap index"), true, 9860, QDate(1988, 1, 4),
                QDate(2025, 12, 31), 99.0, 100.0},
            {QStringLiteral("SPX"), QStringLiteral("S&P 500, \"large caps\""), false, 24800, QDate(1927, 12, 30),
                QDate(2026, 1, 2), 5000.0, 5000.0},
        };
    }

private slots:
    void columnsAndRows()
    {
        SymbolTableModel model;
        model.setSymbols(sampleSymbols());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 9);
        QStringList headers;
        for (int c = 0; c < model.columnCount(); ++c)
            headers << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList {"Symbol", "Close", "Chg", "Chg %", "Bars", "From", "To", "Source", "Updated"}));
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("RUT"));
        QCOMPARE(model.data(model.index(0, SymbolTableModel::BarsColumn), SymbolTableModel::SortRole).toLongLong(), 9300);
        QCOMPARE(model.data(model.index(0, SymbolTableModel::FirstColumn), SymbolTableModel::SortRole).toDate(), QDate(1987, 9, 10));
        // The watchlist: RUT closed at 2,050 after 2,000: +50, +2.5 %, in green; SYN-SMALL fell
        // from 100 to 99: -1 %, in red; SPX unchanged, in the normal colour.
        QCOMPARE(model.data(model.index(0, SymbolTableModel::CloseColumn)).toString(), QLocale().toString(2050.0, 'f', 2));
        QCOMPARE(model.data(model.index(0, SymbolTableModel::ChangeColumn)).toString(), QStringLiteral("+") + QLocale().toString(50.0, 'f', 2));
        QCOMPARE(model.data(model.index(0, SymbolTableModel::ChangePercentColumn)).toString(), QStringLiteral("+") + QLocale().toString(2.5, 'f', 2) + u'%');
        QCOMPARE(model.data(model.index(0, SymbolTableModel::ChangePercentColumn), SymbolTableModel::SortRole).toDouble(), 2.5);
        QCOMPARE(model.data(model.index(1, SymbolTableModel::ChangePercentColumn), SymbolTableModel::SortRole).toDouble(), -1.0);
        QCOMPARE(model.data(model.index(1, SymbolTableModel::ChangeColumn)).toString(), QLocale().toString(-1.0, 'f', 2));
        const QColor up = model.data(model.index(0, SymbolTableModel::ChangeColumn), Qt::ForegroundRole).value<QColor>();
        const QColor down = model.data(model.index(1, SymbolTableModel::ChangeColumn), Qt::ForegroundRole).value<QColor>();
        QVERIFY(up.green() > up.red() && down.red() > down.green());
        QVERIFY(!model.data(model.index(2, SymbolTableModel::ChangeColumn), Qt::ForegroundRole).isValid());
        QCOMPARE(model.rowOf(QStringLiteral("SPX")), 2);
        QCOMPARE(model.rowOf(QStringLiteral("NOPE")), -1);
    }

    void sourceAndLastUpdate()
    {
        std::vector<SymbolInfo> symbols = sampleSymbols();
        symbols[0].source = QStringLiteral("yahoo");
        symbols[0].remoteSymbol = QStringLiteral("^RUT");
        symbols[0].lastUpdate = QDateTime(QDate(2026, 12, 4), QTime(21, 5), Qt::UTC);
        symbols[2].lastUpdate = QDateTime(QDate(2025, 1, 3), QTime(8, 0), Qt::UTC);
        SymbolTableModel model;
        model.setSymbols(symbols);
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.data(model.index(row, column), role); };
        QCOMPARE(cell(0, SymbolTableModel::SourceColumn).toString(), QStringLiteral("Yahoo"));
        QCOMPARE(cell(1, SymbolTableModel::SourceColumn).toString(), QStringLiteral("Sample"));
        QCOMPARE(cell(2, SymbolTableModel::SourceColumn).toString(), QStringLiteral("File"));
        QCOMPARE(cell(0, SymbolTableModel::SourceColumn, kExportRole).toString(), QStringLiteral("yahoo"));
        QCOMPARE(cell(2, SymbolTableModel::SourceColumn, kExportRole).toString(), QStringLiteral("file"));
        QCOMPARE(cell(0, SymbolTableModel::UpdatedColumn, kExportRole).toString(), QStringLiteral("2026-12-04T21:05:00Z"));
        // Not today: the date alone (the tooltip has the time).
        QCOMPARE(cell(0, SymbolTableModel::UpdatedColumn).toString(),
                 QLocale().toString(symbols[0].lastUpdate.toLocalTime().date(), QLocale::ShortFormat));
        symbols[0].lastUpdate = QDateTime::currentDateTimeUtc();
        model.setSymbols(symbols);
        QCOMPARE(cell(0, SymbolTableModel::UpdatedColumn).toString(),
                 QLocale().toString(symbols[0].lastUpdate.toLocalTime().time(), QLocale::ShortFormat));
        QVERIFY(cell(1, SymbolTableModel::UpdatedColumn).toString().isEmpty());
        QVERIFY(cell(0, SymbolTableModel::SymbolColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("Downloaded from Yahoo Finance as ^RUT")));
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
        proxy.sort(SymbolTableModel::ChangePercentColumn, Qt::DescendingOrder);
        QStringList order;
        for (int r = 0; r < proxy.rowCount(); ++r)
            order << proxy.index(r, 0).data(SymbolTableModel::SymbolRole).toString();
        QCOMPARE(order, (QStringList {"RUT", "SPX", "SYN-SMALL"}));
    }

    void exportsCsvWithRawValuesAndQuoting()
    {
        SymbolTableModel model;
        model.setSymbols(sampleSymbols());
        const QString csv = tableToCsv(model);
        const QStringList lines = csv.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("Symbol,Close,Chg,Chg %,Bars,From,To,Source,Updated"));
        QCOMPARE(lines.value(1), QStringLiteral("RUT,2050,50,2.5,9300,1987-09-10,2024-12-31,,"));
        QCOMPARE(lines.value(2), QStringLiteral("SYN-SMALL,99,-1,-1,9860,1988-01-04,2025-12-31,sample,"));
        QCOMPARE(lines.value(3), QStringLiteral("SPX,5000,0,0,24800,1927-12-30,2026-01-02,,"));
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
        // No closes: empty cells.
        QCOMPARE(
            tableToCsv(model).split(QLatin1Char('\n')).value(1), QStringLiteral("\"A,B\",,,,1,2020-01-01,2020-01-01,,"));
    }

    void workspaceGivesTheLastTwoCloses()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("w.rutile")));
        QVERIFY(ws.ok());
        BarSeries s;
        s.symbol = QStringLiteral("ABC");
        s.append(Bar {toDayNumber(QDate(2024, 1, 2)), 1, 1, 1, 10.0, 10.0, 5});
        s.append(Bar {toDayNumber(QDate(2024, 1, 3)), 1, 1, 1, 12.0, 12.0, 5});
        s.append(Bar {toDayNumber(QDate(2024, 1, 4)), 1, 1, 1, 11.5, 11.5, 5});
        QVERIFY((*ws)->storeSeries(s, {QString(), false}).ok());
        BarSeries one;
        one.symbol = QStringLiteral("ONE");
        one.append(Bar {toDayNumber(QDate(2024, 1, 2)), 1, 1, 1, 7.0, 7.0, 5});
        QVERIFY((*ws)->storeSeries(one, {QString(), false}).ok());
        const auto symbols = (*ws)->symbols();
        QCOMPARE(symbols.size(), std::size_t(2));
        QCOMPARE(symbols[0].lastClose, 11.5);
        QCOMPARE(symbols[0].previousClose, 12.0);
        RUTILE_COMPARE_REL(symbols[0].changePercent(), 100.0 * (11.5 / 12.0 - 1), 1e-14);
        QCOMPARE(symbols[1].lastClose, 7.0);
        QVERIFY(std::isnan(symbols[1].previousClose));
        QVERIFY(std::isnan(symbols[1].changePercent()));
    }
};

QTEST_MAIN(TestSymbolTable)
#include "tst_symboltable.moc"
