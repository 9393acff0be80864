#include "relval/FairValuePanel.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

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
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(formula);
    layout->addWidget(m_result);
    layout->addWidget(m_signal);
    layout->addStretch();
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
        m_signal->setStyleSheet(QStringLiteral("color: #c62828;"));
        break;
    case relval::FairValueSignal::BuyFutures:
        m_signal->setText(tr("Buy the futures, sell the index"));
        m_signal->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        break;
    case relval::FairValueSignal::None:
        m_signal->setText(std::isnan(r->basis) ? tr("Type the futures price for a signal.")
                                               : tr("No arbitrage: the futures price is inside the band."));
        m_signal->setStyleSheet(QString());
        break;
    }
}

} // namespace rutile::ui
