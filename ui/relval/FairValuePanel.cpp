#include "relval/FairValuePanel.h"
#include "settings/PlotTheme.h"
#include "settings/AppTheme.h"

#include "FileDialog.h"
#include "chart/PlotMessage.h"
#include "chart/PngOutput.h"
#include "relval/FairValueOutput.h"
#include "report/OutputFile.h"
#include "storage/Workspace.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDir>
#include <QMessageBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <optional>

namespace rutile::ui {

namespace {

QDoubleSpinBox *numberBox(QWidget *parent, double low, double high, double value, int decimals, const QString &suffix = {})
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(low, high);
    box->setDecimals(decimals);
    box->setValue(value);
    box->setSuffix(suffix);
    box->setMinimumWidth(140);
    return box;
}

} // namespace

FairValuePanel::FairValuePanel(QWidget *parent)
    : QWidget(parent)
    , m_spot(numberBox(this, 0.01, 1e7, 2000, 2))
    , m_spotSource(new QLabel(this))
    , m_rate(numberBox(this, -10, 100, 5, 3, QStringLiteral(" %")))
    , m_yield(numberBox(this, 0, 100, 1.5, 3, QStringLiteral(" %")))
    , m_days(new QSpinBox(this))
    , m_futures(numberBox(this, 0, 1e7, 0, 2))
    , m_cost(numberBox(this, 0, 10, 0.1, 3, QStringLiteral(" %")))
    , m_result(new QLabel(this))
    , m_signal(new QLabel(this))
    , m_index(new QComboBox(this))
    , m_futuresSymbol(new QComboBox(this))
    , m_rates(new QComboBox(this))
    , m_showHistory(new QPushButton(tr("Show &History"), this))
    , m_historyText(new QLabel(this))
    , m_chart(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("fairValuePanel"));
    m_spot->setObjectName(QStringLiteral("fvSpot"));
    m_futures->setObjectName(QStringLiteral("fvFutures"));
    m_days->setRange(0, 3650);
    m_days->setValue(90);
    m_days->setSuffix(tr(" days"));
    m_futures->setSpecialValueText(tr("none"));
    m_rate->setToolTip(tr("Annual risk-free rate to expiry, continuously compounded"));
    m_yield->setToolTip(tr("Annual dividend yield of the index"));
    m_cost->setToolTip(tr("Round trip of the arbitrage (both legs in and out) in percent of the spot"));
    m_result->setObjectName(QStringLiteral("fvResult"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signal->setObjectName(QStringLiteral("fvSignal"));
    QFont big = m_signal->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_signal->setFont(big);
    m_signal->setWordWrap(true);
    m_spotSource->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Spot (index):"), m_spot);
    form->addRow(QString(), m_spotSource);
    form->addRow(tr("&Rate:"), m_rate);
    form->addRow(tr("&Dividend yield:"), m_yield);
    form->addRow(tr("Days to &expiry:"), m_days);
    form->addRow(tr("&Futures price:"), m_futures);
    form->addRow(tr("Round-trip &cost:"), m_cost);
    auto *formula = new QLabel(tr("F* = S · e<sup>(r − q)·T</sup>, T = days / 365. Outside F* ± cost the arbitrage "
                                  "pays: above, sell the futures and buy the index; below, the reverse."),
                               this);
    formula->setWordWrap(true);
    auto *calculator = new QWidget(this);
    auto *left = new QVBoxLayout(calculator);
    left->addLayout(form);
    left->addWidget(formula);
    left->addWidget(m_result);
    left->addWidget(m_signal);
    left->addStretch();
    calculator->setMaximumWidth(440);

    // The history mode: a futures series against the index.
    m_index->setObjectName(QStringLiteral("fvIndex"));
    m_futuresSymbol->setObjectName(QStringLiteral("fvFuturesSymbol"));
    m_futuresSymbol->setPlaceholderText(tr("(a futures series)"));
    m_rates->setObjectName(QStringLiteral("fvRates"));
    m_showHistory->setObjectName(QStringLiteral("fvShowHistory"));
    m_historyText->setObjectName(QStringLiteral("fvHistoryText"));
    m_historyText->setWordWrap(true);
    m_historyText->setText(tr("History: pick a cached futures series (e.g. RTY=F, downloaded from Yahoo) and its index. "
                              "T counts to the next quarterly expiry (third Friday of March, June, September, "
                              "December); the days just before one mix two contracts in a continuous series."));
    m_rates->setToolTip(tr("The rate of each day: the typed rate, or a cached rate series in percent (FRED's DGS3MO)"));
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(new QLabel(tr("Futures:"), this));
    pickers->addWidget(m_futuresSymbol, 1);
    pickers->addWidget(new QLabel(tr("Index:"), this));
    pickers->addWidget(m_index, 1);
    pickers->addWidget(new QLabel(tr("Rate:"), this));
    pickers->addWidget(m_rates, 1);
    pickers->addWidget(m_showHistory);
    auto *exportCsv = new QPushButton(tr("CSV..."), this);
    auto *exportPng = new QPushButton(tr("PNG..."), this);
    exportCsv->setToolTip(tr("Export the days of the history as CSV (fairvalue --history --csv)"));
    exportPng->setToolTip(tr("Export the history chart as PNG"));
    pickers->addWidget(exportCsv);
    pickers->addWidget(exportPng);
    m_chart->setObjectName(QStringLiteral("fvHistoryChart"));
    m_chart->setMinimumHeight(240);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setDateTimeFormat(QStringLiteral("yyyy-MM"));
    m_chart->xAxis->setTicker(ticker);
    m_chart->yAxis->setLabel(tr("Index points"));
    m_chart->legend->setVisible(true);
    m_chart->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_chart->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_chart->axisRect()->setRangeDrag(Qt::Horizontal);
    m_chart->axisRect()->setRangeZoom(Qt::Horizontal);
    followTheme(m_chart);
    m_chart->legend->setVisible(false); // until there are lines to name
    showPlotMessage(*m_chart, tr("Show History draws the mispricing of the futures against its fair value."));
    auto *historyBox = new QWidget(this);
    auto *right = new QVBoxLayout(historyBox);
    right->addLayout(pickers);
    right->addWidget(m_historyText);
    right->addWidget(m_chart, 1);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(calculator);
    layout->addWidget(historyBox, 1);
    connect(m_showHistory, &QPushButton::clicked, this, &FairValuePanel::showHistory);
    connect(exportCsv, &QPushButton::clicked, this, [this] {
        if (m_history.empty())
            return;
        exportThroughDialog(this, tr("Export the Fair Value History as CSV"), QStringLiteral("fairvalue.csv"),
                            tr("CSV files (*.csv)"), [this](const QString &path) {
                                return writeOutputFile(path, [this](QIODevice &d) {
                                    return relval::writeFairValueHistoryCsv(d, m_history);
                                });
                            });
    });
    connect(exportPng, &QPushButton::clicked, this, [this] {
        if (m_history.empty())
            return;
        exportThroughDialog(this, tr("Export the Fair Value Chart as PNG"), QStringLiteral("fairvalue.png"),
                            tr("PNG images (*.png)"), [this](const QString &path) {
                                return writePng(path, m_chart->toPixmap(std::max(800, m_chart->width()),
                                                                        std::max(500, m_chart->height()))
                                                          .toImage());
                            });
    });
    for (QDoubleSpinBox *box : {m_spot, m_rate, m_yield, m_futures, m_cost})
        connect(box, &QDoubleSpinBox::valueChanged, this, &FairValuePanel::recompute);
    connect(m_days, &QSpinBox::valueChanged, this, &FairValuePanel::recompute);
    recompute();
}

void FairValuePanel::setSpot(double spot, const QString &source)
{
    m_spot->setValue(spot);
    m_spotSource->setText(source);
}

relval::FairValueInput FairValuePanel::input() const
{
    relval::FairValueInput in;
    in.spot = m_spot->value();
    in.rate = m_rate->value() / 100;
    in.dividendYield = m_yield->value() / 100;
    in.days = m_days->value();
    in.futures = m_futures->value() > 0 ? m_futures->value() : std::nan("");
    in.costPct = m_cost->value();
    return in;
}

QString FairValuePanel::resultText() const
{
    return m_result->text();
}

void FairValuePanel::recompute()
{
    const auto r = relval::fairValue(input());
    if (!r) {
        m_result->setText(r.error().message);
        m_signal->clear();
        return;
    }
    const QLocale l;
    const auto n = [&l](double v) { return std::isnan(v) ? QStringLiteral("–") : l.toString(v, 'f', 2); };
    QStringList lines{tr("Fair value: %1").arg(n(r->fairValue)),
                      tr("No-arbitrage band: %1 to %2").arg(n(r->bandLow), n(r->bandHigh))};
    if (!std::isnan(r->basis)) {
        lines << tr("Basis (F − S): %1").arg(n(r->basis)) << tr("Mispricing (F − F*): %1").arg(n(r->mispricing))
              << tr("Profit after costs: %1").arg(n(r->profitAfterCosts));
    }
    m_result->setText(lines.join(QLatin1Char('\n')));
    switch (r->signal) {
    case relval::FairValueSignal::SellFutures:
        m_signal->setText(tr("Sell the futures, buy the index"));
        m_signal->setStyleSheet(textStyle(Tone::Bad));
        break;
    case relval::FairValueSignal::BuyFutures:
        m_signal->setText(tr("Buy the futures, sell the index"));
        m_signal->setStyleSheet(textStyle(Tone::Good));
        break;
    case relval::FairValueSignal::None:
        m_signal->setText(std::isnan(r->basis) ? tr("Type the futures price for a signal.")
                                               : tr("No arbitrage: the futures price is inside the band."));
        m_signal->setStyleSheet(QString());
        break;
    }
}

void FairValuePanel::setWorkspace(const QString &path, const QStringList &symbols, const QString &index)
{
    m_workspacePath = path;
    const QString keepFutures = m_futuresSymbol->currentText(), keepRates = m_rates->currentData().toString();
    m_index->clear();
    m_index->addItems(symbols);
    m_index->setCurrentText(index);
    m_futuresSymbol->clear();
    m_futuresSymbol->addItems(symbols);
    // A futures series is usually named with "=F" (Yahoo) or "1!" (TradingView).
    QString futures = keepFutures;
    for (const QString &s : symbols) {
        if (futures.isEmpty() && (s.endsWith(QLatin1String("=F")) || s.endsWith(QLatin1String("1!"))))
            futures = s;
    }
    // None chosen when the workspace holds no series that looks like one: the first symbol
    // (an index) would be valued as a futures contract, thousands of points "mispriced".
    m_futuresSymbol->setCurrentIndex(m_futuresSymbol->findText(futures));
    m_rates->clear();
    m_rates->addItem(tr("the typed rate"), QString());
    for (const QString &s : symbols)
        m_rates->addItem(s, s);
    m_rates->setCurrentIndex(std::max(0, m_rates->findData(keepRates)));
}

void FairValuePanel::setHistorySymbols(const QString &index, const QString &futures, const QString &rates)
{
    m_index->setCurrentText(index);
    m_futuresSymbol->setCurrentIndex(m_futuresSymbol->findText(futures));
    m_rates->setCurrentIndex(std::max(0, m_rates->findData(rates)));
}

relval::FairValueHistoryInput FairValuePanel::historyInput() const
{
    relval::FairValueHistoryInput in;
    in.rate = m_rate->value() / 100;
    in.dividendYield = m_yield->value() / 100;
    in.costPct = m_cost->value();
    return in;
}

QString FairValuePanel::historyText() const
{
    return m_historyText->text();
}

// Two series of a few thousand days: read and valued here, in milliseconds.
bool FairValuePanel::showHistory()
{
    const QString index = m_index->currentText(), futures = m_futuresSymbol->currentText();
    const QString rates = m_rates->currentData().toString();
    const auto fail = [this](const QString &why) {
        m_historyText->setText(why);
        m_historyText->setStyleSheet(textStyle(Tone::Bad));
        return false;
    };
    if (index.isEmpty() || futures.isEmpty() || index == futures)
        return fail(tr("Pick a futures series and its index (two different symbols)."));
    auto ws = Workspace::open(m_workspacePath, WorkspaceAccess::Read);
    if (!ws)
        return fail(ws.error().toString());
    const auto spot = (*ws)->readBars(index), fut = (*ws)->readBars(futures);
    if (!spot || !fut)
        return fail((spot ? fut : spot).error().toString());
    std::optional<BarSeries> rateBars;
    if (!rates.isEmpty()) {
        auto r = (*ws)->readBars(rates);
        if (!r)
            return fail(r.error().toString());
        rateBars = std::move(*r);
    }
    const relval::FairValueHistoryInput in = historyInput();
    auto points = relval::fairValueHistory(*spot, *fut, rateBars ? &*rateBars : nullptr, in);
    if (!points)
        return fail(points.error().toString());
    m_history = std::move(*points);

    m_chart->clearGraphs();
    clearPlotMessage(*m_chart);
    m_chart->legend->setVisible(true);
    QVector<QCPGraphData> mispricing, upper, lower;
    int outside = 0;
    for (const relval::FairValuePoint &p : m_history) {
        const double key = double(p.day) * 86400.0;
        const double cost = in.costPct / 100 * p.spot;
        mispricing.append(QCPGraphData(key, p.mispricing));
        upper.append(QCPGraphData(key, cost));
        lower.append(QCPGraphData(key, -cost));
        outside += p.signal != relval::FairValueSignal::None;
    }
    QCPGraph *band = m_chart->addGraph();
    band->setName(tr("No-arbitrage band (± costs)"));
    band->setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 1, Qt::DashLine));
    band->data()->set(upper, true);
    QCPGraph *bandLow = m_chart->addGraph();
    bandLow->setPen(band->pen());
    bandLow->data()->set(lower, true);
    bandLow->removeFromLegend();
    QCPGraph *line = m_chart->addGraph();
    line->setName(tr("Mispricing %1 − F* (points)").arg(futures));
    line->setPen(QPen(QColor(0x1f, 0x5f, 0xbf), 1.4));
    line->data()->set(mispricing, true);
    m_chart->rescaleAxes();
    m_chart->replot();
    const QLocale l;
    m_historyText->setStyleSheet(QString());
    m_historyText->setText(tr("%1 against %2: %3 common days, %4 to %5; outside the band on %6 of them.")
                               .arg(futures, index, l.toString(qlonglong(m_history.size())),
                                    toDate(m_history.front().day).toString(Qt::ISODate),
                                    toDate(m_history.back().day).toString(Qt::ISODate), l.toString(outside)));
    return true;
}

} // namespace rutile::ui
