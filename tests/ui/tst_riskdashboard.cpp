// The risk dashboard: worker-thread computation into research-paper tables, the options
// form, benchmark selection, charts with pixels where the data should be, PNG and CSV
// export, copying, the equity-curve mode, and the main window's Analysis menu.

#include "MainWindow.h"
#include "TableCsvExport.h"
#include "UiTestSupport.h"
#include "data/SampleMarket.h"
#include "risk/RiskJson.h"
#include "risk/RiskChartView.h"
#include "risk/RiskDashboard.h"
#include "risk/RiskDashboardWindow.h"
#include "risk/RiskOptionsForm.h"
#include "risk/RiskTableModel.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QRegularExpression>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineSeries>
#include <QMenuBar>
#include <QPointer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <limits>
#include <map>

using namespace rutile;
using namespace rutile::ui;

namespace {

// The cell text of the row whose label starts with `label` (column `column`).
QString cell(const QTableView *view, const QString &label, int column = 1)
{
    const QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data().toString().startsWith(label))
            return m->index(r, column).data().toString();
    }
    return QStringLiteral("<no row %1>").arg(label);
}

QVariant exported(const QTableView *view, const QString &label, int column = 1)
{
    const QAbstractItemModel *m = view->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data().toString().startsWith(label))
            return m->index(r, column).data(kExportRole);
    }
    return {};
}

QTableView *table(const RiskDashboard &d, const QString &name)
{
    for (QTableView *t : d.tableViews()) {
        if (t->objectName() == name + QStringLiteral("Table"))
            return t;
    }
    return nullptr;
}

bool waitForResult(RiskDashboard &d)
{
    QSignalSpy spy(&d, &RiskDashboard::finished);
    if (!spy.wait(30000))
        return false;
    return spy.last().at(0).toBool();
}

// Pixels within `tolerance` of `color` in the image (antialiasing blends edges).
int countColor(const QImage &image, const QColor &color, int tolerance = 40)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) + std::abs(c.green() - color.green())
                    + std::abs(c.blue() - color.blue())
                < tolerance)
                ++n;
        }
    }
    return n;
}

// A CSV file as a header and rows of fields. The tidy files quote nothing (no field holds a
// comma or a quote; checked), so a split on commas reads them.
struct CsvFile {
    QStringList header;
    std::vector<QStringList> rows;
    bool quoted = false;
};

CsvFile readCsv(const QString &path)
{
    CsvFile out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QString text = QString::fromUtf8(f.readAll());
    out.quoted = text.contains(QLatin1Char('"'));
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return out;
    out.header = lines.takeFirst().split(QLatin1Char(','));
    for (const QString &line : lines)
        out.rows.push_back(line.split(QLatin1Char(',')));
    return out;
}

// The row whose first field is `key`; empty when there is none.
QStringList rowOf(const CsvFile &csv, const QString &key)
{
    for (const QStringList &row : csv.rows)
        if (row.value(0) == key)
            return row;
    return {};
}

const QColor kDataBlue(0x2b, 0x6c, 0xb0);
const QColor kModelOrange(0xe0, 0x7b, 0x17);

} // namespace

class TestRiskDashboard : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
        m_path = m_dir.filePath(QStringLiteral("risk.rutile"));
        auto ws = test::workspaceWith(m_path, QStringLiteral("risk_pair_asset_beta_1_5.csv"), QStringLiteral("ASSET"));
        for (const auto &[file, symbol] :
            {std::pair {"risk_pair_benchmark.csv", "BENCH"}, {"risk_ten_simple_returns.csv", "TEN"}}) {
            ImportRequest request;
            request.filePath = test::fixture(QString::fromLatin1(file));
            request.symbol = QString::fromLatin1(symbol);
            QVERIFY(importHistory(*ws, request).ok());
        }
    }

    void computesIntoTheTables()
    {
        RiskDashboard d;
        d.resize(1300, 850);
        QVERIFY(d.setWorkspace(m_path).ok());
        QCOMPARE(d.benchmark(), QString()); // no setting, no SPX: none
        QCOMPARE(d.benchmarkBox()->count(), 4); // (none), ASSET, BENCH, TEN
        risk::RiskOptions simple;
        simple.returnType = risk::ReturnType::Simple;
        d.optionsForm()->setOptions(simple);
        d.showSymbol(QStringLiteral("TEN"));
        QVERIFY(d.isComputing());
        QVERIFY(waitForResult(d));
        QVERIFY(d.report());
        QCOMPARE(d.report()->name, QStringLiteral("TEN"));
        // The ten-return fixture (tst_risk_statistics): mean 0.2%, VaR −3.55% / 4.10%.
        const QTableView *returns = table(d, QStringLiteral("returns"));
        const QTableView *tails = table(d, QStringLiteral("tails"));
        QVERIFY(returns && tails);
        QCOMPARE(cell(returns, QStringLiteral("Observations")), QStringLiteral("10"));
        QCOMPARE(cell(returns, QStringLiteral("Mean")), QStringLiteral("0.200%"));
        QCOMPARE(cell(returns, QStringLiteral("Mean"), 2), QStringLiteral("50.40%"));
        QCOMPARE(cell(tails, QStringLiteral("Historical VaR")), QStringLiteral("-3.55%"));
        QCOMPARE(cell(tails, QStringLiteral("Historical VaR"), 2), QStringLiteral("4.10%"));
        QCOMPARE(cell(tails, QStringLiteral("Expected shortfall")), QStringLiteral("-4.00%"));
        // Export values are the plain numbers of the JSON.
        QVERIFY(std::abs(exported(tails, QStringLiteral("Historical VaR")).toDouble() + 0.0355) < 1e-12);
        // Ten returns cannot carry a GPD fit: visible in the table and the warning line.
        QCOMPARE(cell(tails, QStringLiteral("Fit")), QStringLiteral("not fitted"));
        QVERIFY(d.warningText().contains(QStringLiteral("exceedances")));
        QVERIFY(d.statusText().contains(QStringLiteral("10 returns")));
        // Section rows span the table (research-paper panels).
        QCOMPARE(returns->columnSpan(0, 0), 3);
        test::maybeSaveShot(&d, QStringLiteral("risk-ten"));
    }

    void benchmarkSelectionRecomputes()
    {
        RiskDashboard d;
        QVERIFY(d.setWorkspace(m_path).ok());
        risk::RiskOptions o;
        o.returnType = risk::ReturnType::Simple;
        o.benchmarkWindow = 8;
        d.optionsForm()->setOptions(o);
        d.showSymbol(QStringLiteral("ASSET"));
        QVERIFY(waitForResult(d));
        QVERIFY(!d.report()->benchmark);
        const QTableView *other = table(d, QStringLiteral("drawdown-benchmark"));
        QVERIFY(other->model()
                    ->index(other->model()->rowCount() - 1, 0)
                    .data()
                    .toString()
                    .contains(QStringLiteral("none")));
        // Choosing BENCH in the combo recomputes (after the edit pause) with beta 1.5.
        d.benchmarkBox()->setCurrentIndex(d.benchmarkBox()->findData(QStringLiteral("BENCH")));
        QVERIFY(waitForResult(d));
        QVERIFY(d.report()->benchmark);
        QCOMPARE(cell(other, QStringLiteral("Beta")), QStringLiteral("1.500"));
        QCOMPARE(cell(other, QStringLiteral("Alpha (annualised)")), QStringLiteral("12.60%"));
        // Copy Table puts tab-separated text on the clipboard.
        QAction *copyAll = nullptr;
        for (QAction *a : other->actions()) {
            if (a->text() == QStringLiteral("Copy Table"))
                copyAll = a;
        }
        QVERIFY(copyAll);
        copyAll->trigger();
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("Beta\t1.500")));
        // The rolling chart has its two curves.
        QChart *chart = d.chartView(QStringLiteral("rolling-beta"))->chart();
        QCOMPARE(chart->series().size(), 3); // beta, correlation, full-sample beta line
    }

    void optionsFormDrivesTheAnalysis()
    {
        RiskDashboard d;
        d.resize(1300, 850);
        QVERIFY(d.setWorkspace(m_path).ok());
        d.showSymbol(QStringLiteral("TEN"));
        QVERIFY(waitForResult(d));
        QCOMPARE(d.report()->options.varLevel, 0.05);
        // The Options button shows the form generated from the parameter descriptions.
        auto *button = d.findChild<QToolButton *>(QStringLiteral("riskOptionsButton"));
        auto *panel = d.findChild<QWidget *>(QStringLiteral("riskOptionsPanel"));
        QVERIFY(button && panel);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(!panel->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(panel->isVisible());
        QCOMPARE(d.optionsForm()->findChildren<QAbstractSpinBox *>().size(), 7); // + 1 combo (returns)
        d.tabs()->setCurrentIndex(1);
        test::maybeSaveShot(&d, QStringLiteral("risk-ten-options-tails"));
        auto *level = qobject_cast<QDoubleSpinBox *>(d.optionsForm()->editor(QStringLiteral("var_level")));
        QVERIFY(level);
        level->setValue(0.1);
        QVERIFY(waitForResult(d));
        QCOMPARE(d.report()->options.varLevel, 0.1);
        // An inconsistent combination is refused with its message, and nothing recomputes.
        auto *threshold = qobject_cast<QDoubleSpinBox *>(d.optionsForm()->editor(QStringLiteral("threshold_quantile")));
        auto *stress = qobject_cast<QDoubleSpinBox *>(d.optionsForm()->editor(QStringLiteral("stress_level")));
        threshold->setValue(0.95);
        QVERIFY(waitForResult(d));
        stress->setValue(0.06);
        auto *error = d.optionsForm()->findChild<QLabel *>(QStringLiteral("riskOptionsError"));
        QVERIFY(error && !error->isHidden());
        QVERIFY(error->text().contains(QStringLiteral("stress_level (0.06)")));
        QVERIFY(!d.isComputing());
    }

    void chartsDrawTheData()
    {
        RiskDashboard d;
        d.resize(1300, 850);
        QVERIFY(d.setWorkspace(m_path).ok());
        d.showSymbol(QStringLiteral("TEN"));
        QVERIFY(waitForResult(d));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        RiskChartView *histogram = d.chartView(QStringLiteral("histogram"));
        QCOMPARE(histogram->chart()->series().size(), 4); // histogram, normal density, 2 VaR lines
        const QImage image = histogram->grab().toImage();
        // The bars' outline (data blue) and the fitted normal density (orange) are drawn.
        QVERIFY2(countColor(image, kDataBlue) > 100, "no histogram pixels");
        QVERIFY2(countColor(image, kModelOrange) > 100, "no density pixels");
        // Underwater: 11 values, worst point marked.
        d.tabs()->setCurrentIndex(2);
        RiskChartView *underwater = d.chartView(QStringLiteral("underwater"));
        QCOMPARE(underwater->chart()->series().size(), 2);
        test::maybeSaveShot(&d, QStringLiteral("risk-ten-volatility"));
    }

    void recomputingFreesTheOldCharts()
    {
        // QAreaSeries does not own its boundary lines and the chart owns only the area: each
        // area chart (histogram, underwater) must hand its lines to the area, or every
        // recompute leaks them (LeakSanitizer found 224 KB after one run of this suite).
        RiskDashboard d;
        QVERIFY(d.setWorkspace(m_path).ok());
        d.showSymbol(QStringLiteral("TEN"));
        QVERIFY(waitForResult(d));
        std::vector<QPointer<QObject>> boundaries;
        for (RiskChartView *view : d.chartViews()) {
            for (QAbstractSeries *s : view->chart()->series()) {
                if (auto *area = qobject_cast<QAreaSeries *>(s)) {
                    for (QLineSeries *line : {area->upperSeries(), area->lowerSeries()}) {
                        if (!line)
                            continue;
                        QCOMPARE(line->parent(), static_cast<QObject *>(area));
                        boundaries.emplace_back(line);
                    }
                }
            }
        }
        QCOMPARE(boundaries.size(), std::size_t(3)); // histogram outline; underwater curve and zero line
        d.showSymbol(QStringLiteral("ASSET"));
        QVERIFY(waitForResult(d));
        for (const QPointer<QObject> &line : boundaries)
            QVERIFY2(line.isNull(), "a boundary line of a replaced chart is still alive");
    }

    // Issue 12, defect 11: Export All writes one tidy CSV per table and per chart series — a
    // header, then rows of one kind; numbers plain, dates in their own columns — beside the PNGs.
    void exportAllWritesTidyFiles()
    {
        // 400 days of the sample model: long enough for the 63-day and 252-day rolling windows.
        const QString path = m_dir.filePath(QStringLiteral("export.rutile"));
        const SampleMarket market = generateSampleMarket();
        const BarSeries small = market.smallCap.slice(0, 400);
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws);
            BarSeries large = market.largeCap.slice(0, 400);
            QVERIFY((*ws)->storeSeries(small, {QStringLiteral("small"), true}));
            QVERIFY((*ws)->storeSeries(large, {QStringLiteral("large"), true}));
        }
        RiskDashboard d;
        QVERIFY(!d.exportAll(m_dir.filePath(QStringLiteral("nothing"))).ok()); // no analysis yet
        QVERIFY(d.setWorkspace(path).ok());
        d.setBenchmark(market.largeCap.symbol);
        d.showSymbol(small.symbol);
        QVERIFY(waitForResult(d));
        const risk::RiskReport &r = *d.report();
        QCOMPARE(r.value.size(), std::size_t(400));
        QVERIFY(r.benchmark);
        const QString folder = m_dir.filePath(QStringLiteral("export"));
        QVERIFY(d.exportAll(folder).ok());
        const QString prefix = QDir(folder).filePath(QStringLiteral("SYN-SMALL-"));
        for (const char *chart : {"histogram", "qq-plot", "mean-excess-left", "mean-excess-right", "tail-fit-left",
                 "tail-fit-right", "rolling-volatility", "underwater", "rolling-beta"}) {
            const QImage image(prefix + QLatin1String(chart) + QStringLiteral(".png"));
            QVERIFY2(!image.isNull(), chart);
            QVERIFY(image.width() >= 280 && image.height() >= 200);
        }

        // Every file: its header, rows as wide as the header, nothing quoted, no padded field.
        const QList<std::pair<const char *, const char *>> files = {
            {"returns", "statistic,daily,annualised,observations,date"},
            {"tails", "tail,level,historical_var,expected_shortfall,gaussian_var,cornish_fisher_var,"
                      "threshold_quantile,threshold,exceedances,xi,se_xi,sigma,se_sigma,fit_status,stress_level,"
                      "stress_return"},
            {"drawdowns", "episode,peak_date,trough_date,recovery_date,depth,length_bars"},
            {"benchmark", "benchmark,first_date,last_date,common_returns,beta,alpha,annual_alpha,correlation,"
                          "r_squared,tracking_error,annual_tracking_error,information_ratio"},
            {"rolling-volatility", "date,rolling_volatility"},
            {"underwater", "date,value,drawdown"},
            {"rolling-beta", "date,rolling_beta,rolling_correlation"},
            {"histogram", "bin_left,bin_right,count,density"},
            {"histogram-normal", "return,density"},
            {"qq-plot", "normal_quantile,sample_quantile"},
            {"mean-excess-left", "threshold,mean_excess,exceedances"},
            {"mean-excess-right", "threshold,mean_excess,exceedances"},
            {"tail-fit-left", "curve,y,probability"},
            {"tail-fit-right", "curve,y,probability"},
        };
        std::map<QString, CsvFile> csv;
        for (const auto &[name, header] : files) {
            const CsvFile file = readCsv(prefix + QLatin1String(name) + QStringLiteral(".csv"));
            QCOMPARE(file.header.join(QLatin1Char(',')), QLatin1String(header));
            QVERIFY2(!file.rows.empty(), name);
            QVERIFY2(!file.quoted, name);
            for (const QStringList &row : file.rows) {
                QCOMPARE(row.size(), file.header.size());
                for (const QString &field : row)
                    QVERIFY2(field.trimmed() == field, qPrintable(QLatin1String(name) + QStringLiteral(": ") + field));
            }
            csv[QLatin1String(name)] = file;
        }
        const auto number = [](const QString &field) {
            bool ok = false;
            const double v = field.toDouble(&ok);
            return ok ? v : std::numeric_limits<double>::quiet_NaN();
        };
        const auto iso = [](DayNumber day) { return toDate(day).toString(Qt::ISODate); };

        // Returns: the mean of the log returns telescopes to ln(v_N / v_0) / n.
        const QStringList mean = rowOf(csv["returns"], QStringLiteral("mean"));
        const double n = 399;
        QVERIFY(std::abs(number(mean.value(1)) - std::log(small.close.back() / small.close.front()) / n) < 1e-15);
        QCOMPARE(number(mean.value(1)), r.stats.mean);
        QCOMPARE(number(mean.value(2)), r.stats.annualMean);
        QCOMPARE(mean.value(3), QStringLiteral("399"));
        QCOMPARE(mean.value(4), QString()); // no date for a mean
        const QStringList skew = rowOf(csv["returns"], QStringLiteral("skewness"));
        QCOMPARE(skew.value(2), QString()); // not annualised: empty, not 0
        const QStringList worst = rowOf(csv["returns"], QStringLiteral("min"));
        QCOMPARE(number(worst.value(1)), r.stats.min);
        QCOMPARE(worst.value(4), iso(r.stats.minDay));
        QCOMPARE(rowOf(csv["returns"], QStringLiteral("short_term_vol")).value(3), QStringLiteral("63"));

        // Tails: one row per tail, the fit's status as a word of its own.
        QCOMPARE(csv["tails"].rows.size(), std::size_t(2));
        const QStringList left = rowOf(csv["tails"], QStringLiteral("left"));
        QCOMPARE(number(left.value(2)), r.left.historical.var);
        QCOMPARE(number(left.value(3)), r.left.historical.expectedShortfall);
        QCOMPARE(left.value(8), QString::number(r.left.pot.exceedanceCount));
        QCOMPARE(left.value(13), risk::gpdFitStatusKey(r.left.pot.fit.status));
        QCOMPARE(number(rowOf(csv["tails"], QStringLiteral("right")).value(1)), r.right.level);

        // Drawdowns: the worst episode's depth is the lowest point of the underwater curve,
        // min over t of v_t / max(v_0..v_t) − 1, worked out here from the closes.
        double peak = 0;
        double deepest = 0;
        for (double v : small.close) {
            peak = std::max(peak, v);
            deepest = std::min(deepest, v / peak - 1);
        }
        const QStringList dd = rowOf(csv["drawdowns"], QStringLiteral("worst"));
        QVERIFY(std::abs(number(dd.value(4)) - deepest) < 1e-15);
        QCOMPARE(dd.value(1), iso(r.day[r.drawdown.worst->peak]));
        QCOMPARE(dd.value(2), iso(r.day[r.drawdown.worst->trough]));

        // Benchmark: one row, the core's figures.
        QCOMPARE(csv["benchmark"].rows.size(), std::size_t(1));
        const QStringList b = csv["benchmark"].rows.front();
        QCOMPARE(b.value(0), market.largeCap.symbol);
        QCOMPARE(b.value(3), QStringLiteral("399"));
        QCOMPARE(number(b.value(4)), r.benchmark->beta);
        QCOMPARE(number(b.value(7)), r.benchmark->correlation);

        // Series: a row per defined point, dated. Rolling windows start at the window's end:
        // 399 − 63 + 1 = 337 volatilities, 399 − 252 + 1 = 148 betas.
        QCOMPARE(csv["rolling-volatility"].rows.size(), std::size_t(337));
        QCOMPARE(csv["rolling-volatility"].rows.back().value(0), iso(r.returnDay.back()));
        QCOMPARE(number(csv["rolling-volatility"].rows.back().value(1)), r.rollingVolatility.back());
        QCOMPARE(csv["rolling-beta"].rows.size(), std::size_t(148));
        QCOMPARE(number(csv["rolling-beta"].rows.back().value(1)), r.benchmark->rollingBeta.back());
        QCOMPARE(csv["underwater"].rows.size(), std::size_t(400));
        QCOMPARE(csv["underwater"].rows.front().value(0), iso(small.day.front()));
        QCOMPARE(number(csv["underwater"].rows.front().value(1)), small.close.front());
        QCOMPARE(number(csv["underwater"].rows.back().value(2)), small.close.back() / peak - 1);
        // The histogram's counts add up to the 399 returns; the QQ-plot has one point each.
        qint64 counted = 0;
        for (const QStringList &row : csv["histogram"].rows)
            counted += row.value(2).toLongLong();
        QCOMPARE(counted, qint64(399));
        QCOMPARE(csv["qq-plot"].rows.size(), std::size_t(399));
        QCOMPARE(rowOf(csv["tail-fit-left"], QStringLiteral("empirical")).size(), 3);
    }

    void unknownSymbolShowsTheError()
    {
        RiskDashboard d;
        QVERIFY(d.setWorkspace(m_path).ok());
        d.showSymbol(QStringLiteral("NOPE"));
        QVERIFY(!waitForResult(d));
        QVERIFY(d.statusText().contains(QStringLiteral("NOPE")));
        QVERIFY(!d.report());
    }

    void equityCurveMode()
    {
        // A backtest hands over its equity curve as dates + values.
        risk::DatedSeries equity {QStringLiteral("sma_cross on TEN"), {}, {}};
        const DayNumber first = toDayNumber(QDate(2024, 1, 2));
        const double values[] = {10000, 10100, 10050, 9900, 9950, 10200, 10300, 10150, 10400};
        for (int i = 0; i < 9; ++i) {
            equity.day.push_back(first + i);
            equity.value.push_back(values[i]);
        }
        RiskDashboardWindow *window = RiskDashboardWindow::openForSeries(nullptr, m_path, equity);
        QVERIFY(window->windowTitle().contains(QStringLiteral("sma_cross on TEN")));
        QVERIFY(waitForResult(*window->dashboard()));
        const risk::RiskReport *r = window->dashboard()->report();
        QCOMPARE(r->name, QStringLiteral("sma_cross on TEN"));
        QCOMPARE(r->stats.count, std::size_t(8));
        // Worst drawdown: 10100 → 9900, −1.98%.
        QVERIFY(std::abs(r->drawdown.maxDrawdown - (9900.0 / 10100.0 - 1)) < 1e-12);
        window->close();
    }

    void analysisMenuOpensTheDashboard()
    {
        MainWindow window;
        window.setPersistentSettings(false);
        QVERIFY(window.openWorkspace(m_path).ok());
        QVERIFY(window.selectSymbol(QStringLiteral("TEN")));
        auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("analysisMenu"));
        QVERIFY(menu);
        // Analysis sits before Help.
        const QList<QAction *> menus = window.menuBar()->actions();
        const auto help = window.menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
        QVERIFY(menus.indexOf(menu->menuAction()) < menus.indexOf(help->menuAction()));
        QAction *action = window.findChild<QAction *>(QStringLiteral("riskDashboardAction"));
        QVERIFY(action);
        action->trigger();
        auto *dashboardWindow = window.findChild<RiskDashboardWindow *>();
        QVERIFY(dashboardWindow);
        QVERIFY(waitForResult(*dashboardWindow->dashboard()));
        QCOMPARE(dashboardWindow->dashboard()->report()->name, QStringLiteral("TEN"));
        dashboardWindow->close();
    }

    void russell2000AgainstSp500()
    {
        RUTILE_REQUIRE_SHARED_DATA(rut, "RUT_yahoo_1987-2024.csv");
        RUTILE_REQUIRE_SHARED_DATA(spx, "SPX_yfinance_1927-2026.csv");
        const QString path = m_dir.filePath(QStringLiteral("real.rutile"));
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws.ok());
            for (const auto &[file, symbol] : {std::pair {rut, QStringLiteral("RUT")}, {spx, QStringLiteral("SPX")}}) {
                ImportRequest request;
                request.filePath = file;
                request.symbol = symbol;
                QVERIFY(importHistory(**ws, request).ok());
            }
        }
        RiskDashboard d;
        d.resize(1440, 960); // the README screenshot: every table row visible
        QVERIFY(d.setWorkspace(path).ok());
        QCOMPARE(d.benchmark(), QStringLiteral("SPX")); // the S&P 500 symbol is the default
        d.showSymbol(QStringLiteral("RUT"));
        QVERIFY(waitForResult(d));
        const risk::RiskReport *r = d.report();
        QVERIFY(r->left.pot.fit.converged && r->right.pot.fit.converged);
        QVERIFY(r->benchmark && r->benchmark->beta > 0.8 && r->benchmark->beta < 1.3);
        QVERIFY(d.warningText().isEmpty());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.tabs()->setFocus(); // no text selection in the date edit on the pictures
        for (int tab = 0; tab < d.tabs()->count(); ++tab) {
            d.tabs()->setCurrentIndex(tab);
            test::maybeSaveShot(&d, QStringLiteral("risk-rut-tab%1").arg(tab));
        }
        // 37 years: the time axes are labelled with years as written, not as localised numbers
        // ("1,990").
        const QList<QAbstractAxis *> times = d.chartView(QStringLiteral("underwater"))->chart()->axes(Qt::Horizontal);
        QCOMPARE(times.size(), 1);
        auto *years = qobject_cast<QCategoryAxis *>(times.front());
        QVERIFY(years);
        QVERIFY(years->categoriesLabels().size() >= 5);
        for (const QString &label : years->categoriesLabels())
            QVERIFY2(QRegularExpression(QStringLiteral("^(19|20)\\d\\d$")).match(label).hasMatch(), qPrintable(label));
        // The tail-fit chart draws the empirical points and the fitted GPD line.
        d.tabs()->setCurrentIndex(1);
        QCoreApplication::processEvents();
        RiskChartView *tailView = d.chartView(QStringLiteral("tail-fit-left"));
        const QImage tail = tailView->grab().toImage();
        QVERIFY(countColor(tail, kDataBlue) > 100);
        QVERIFY(countColor(tail, kModelOrange) > 50);
        // Its logarithmic probability axis has labels (1e+00 ... 1e-05) beside its top and bottom
        // ticks, where the axis title (centred) does not reach: Qt 6.4 drew none with "%g".
        const QRect plot = tailView->mapFromScene(tailView->chart()->mapToScene(tailView->chart()->plotArea()))
                               .boundingRect();
        int ink = 0;
        for (const int tick : {plot.top(), plot.bottom()}) {
            for (int y = tick - 7; y <= tick + 7; ++y) {
                for (int x = std::max(0, plot.left() - 45); x < plot.left() - 8; ++x)
                    ink += qGray(tail.pixel(x, y)) < 110;
            }
        }
        QVERIFY2(ink > 30, qPrintable(QStringLiteral("%1 dark pixels where the labels go").arg(ink)));
    }
};

QTEST_MAIN(TestRiskDashboard)
#include "tst_riskdashboard.moc"
