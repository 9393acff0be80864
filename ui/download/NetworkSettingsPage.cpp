#include "NetworkSettingsPage.h"

#include "net/NetworkSettings.h"
#include "settings/AppTheme.h"
#include "net/UrlPolicy.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rutile::ui {

NetworkSettingsPage::NetworkSettingsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("networkSettingsPage"));
    const net::NetworkSettings s = net::NetworkSettings::load();

    m_rate = new QDoubleSpinBox(this);
    m_rate->setRange(0, 1000);
    m_rate->setDecimals(1);
    m_rate->setSingleStep(0.5);
    m_rate->setSuffix(tr(" requests/s"));
    m_rate->setSpecialValueText(tr("no limit"));
    m_rate->setValue(s.requestsPerSecond);
    m_rate->setToolTip(tr("Per provider, shared by every download. Providers block clients that ask too often."));
    m_burst = new QSpinBox(this);
    m_burst->setRange(1, 1000);
    m_burst->setValue(int(s.burst));
    m_burst->setToolTip(tr("Requests that may go at once before the rate applies."));
    m_concurrency = new QSpinBox(this);
    m_concurrency->setRange(1, 64);
    m_concurrency->setValue(s.concurrency);
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(s.timeoutSeconds);
    m_timeout->setToolTip(tr("A try is abandoned after this long without data, and tried again."));
    m_liveInterval = new QSpinBox(this);
    m_liveInterval->setRange(5, 3600);
    m_liveInterval->setSuffix(tr(" s"));
    m_liveInterval->setValue(s.liveIntervalSeconds);
    m_liveInterval->setToolTip(tr("View > Live Updates asks for the session's bar this often while the market is open."));
    m_stooqKey = new QLineEdit(s.stooqApiKey, this);
    m_stooqKey->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_mirror = new QLineEdit(s.mirrorUrl, this);
    m_mirror->setObjectName(QStringLiteral("mirrorUrl"));
    m_mirror->setMinimumWidth(280);
    m_mirror->setPlaceholderText(tr("the providers' own servers"));
    m_mirror->setToolTip(tr("A mirror or proxy that serves the providers' paths: https, or http on this machine."));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(textStyle(Tone::Bad));

    auto *form = new QFormLayout;
    form->addRow(tr("Request &rate:"), m_rate);
    form->addRow(tr("&Burst:"), m_burst);
    form->addRow(tr("Symbols at &once:"), m_concurrency);
    form->addRow(tr("&Timeout:"), m_timeout);
    form->addRow(tr("&Live updates every:"), m_liveInterval);
    form->addRow(tr("&Stooq API key:"), m_stooqKey);
    form->addRow(tr("&Mirror:"), m_mirror);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    connect(m_mirror, &QLineEdit::textChanged, this, &NetworkSettingsPage::validate);
    validate();
}

void NetworkSettingsPage::validate()
{
    const QString mirror = m_mirror->text().trimmed();
    const Status allowed = mirror.isEmpty() ? Status() : net::allowUrl(QUrl(mirror, QUrl::StrictMode));
    m_problem->setText(allowed ? QString() : allowed.error().message);
    if (m_acceptable != allowed.ok()) {
        m_acceptable = allowed.ok();
        emit acceptableChanged(m_acceptable);
    }
}

void NetworkSettingsPage::save() const
{
    net::NetworkSettings s = net::NetworkSettings::load();
    s.requestsPerSecond = m_rate->value();
    s.burst = m_burst->value();
    s.concurrency = m_concurrency->value();
    s.timeoutSeconds = m_timeout->value();
    s.liveIntervalSeconds = m_liveInterval->value();
    s.stooqApiKey = m_stooqKey->text().trimmed();
    s.mirrorUrl = m_mirror->text().trimmed();
    s.save();
}

} // namespace rutile::ui
