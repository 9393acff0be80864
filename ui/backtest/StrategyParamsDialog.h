#pragma once

#include "strategy/Strategy.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace rutile::ui {

class ParamForm;

/// Edits a strategy's parameters in a form generated from its descriptor (StrategyRegistry):
/// each editor limited to its parameter's range, and the strategy's own checks between
/// parameters (fast < slow) shown under the form, with OK disabled while they fail.
class StrategyParamsDialog : public QDialog {
    Q_OBJECT
public:
    StrategyParamsDialog(
        const strategy::StrategyDescriptor &descriptor, const ParamValues &values, QWidget *parent = nullptr);

    ParamForm *form() const { return m_form; }
    /// The values shown (not necessarily valid: see isValid()).
    ParamValues values() const;
    bool isValid() const;
    /// The check's message while the values are invalid, else empty.
    QString problem() const;
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    const strategy::StrategyDescriptor &m_descriptor;
    ParamForm *m_form = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rutile::ui
