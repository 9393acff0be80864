#pragma once

#include "params/ParamSpec.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace rutile::ui {

class RunSettingsForm;

/// Costs, slippage, fills, stops, sizing and the account of a backtest (RunSettingsForm) in
/// a dialog; OK is disabled while the configuration fails its checks, whose message is shown.
class RunSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit RunSettingsDialog(const ParamValues &values, QWidget *parent = nullptr);

    RunSettingsForm *form() const { return m_form; }
    ParamValues values() const;
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    RunSettingsForm *m_form = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rutile::ui
