#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rutile::ui {

/// Settings > Data providers (also Data > Network Settings...): the request rate per provider,
/// how many symbols at once, the timeout, the live-update interval, Stooq's key and an optional
/// mirror (net::NetworkSettings). The CLI reads the same settings.
class NetworkSettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit NetworkSettingsPage(QWidget *parent = nullptr);

    /// False while the mirror is one the downloads would refuse (the reason is shown).
    bool isAcceptable() const { return m_acceptable; }
    /// Writes the page's values to net::NetworkSettings.
    void save() const;

signals:
    void acceptableChanged(bool acceptable);

private:
    void validate();

    QDoubleSpinBox *m_rate = nullptr;
    QSpinBox *m_burst = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_liveInterval = nullptr;
    QLineEdit *m_stooqKey = nullptr;
    QLineEdit *m_mirror = nullptr;
    QLabel *m_problem = nullptr;
    bool m_acceptable = true;
};

} // namespace rutile::ui
