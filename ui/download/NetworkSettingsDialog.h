#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rutile::ui {

/// Data > Network Settings...: the request rate per provider, how many symbols at once, the
/// timeout, Stooq's key and an optional mirror. The CLI reads the same settings.
class NetworkSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit NetworkSettingsDialog(QWidget *parent = nullptr);
    void accept() override;

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
};

} // namespace rutile::ui
