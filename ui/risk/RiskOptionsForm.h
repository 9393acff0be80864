#pragma once

#include "risk/RiskOptions.h"

#include <QWidget>

#include <vector>

class QLabel;

namespace rutile::ui {

/// The risk options as a form generated from riskParamSpecs() (the same descriptions the
/// CLI's --param reads): a combo box for a choice, spin boxes for numbers with the spec's
/// range and step. Invalid combinations (stress level beyond the threshold) are shown under
/// the form and not emitted.
class RiskOptionsForm : public QWidget {
    Q_OBJECT
public:
    explicit RiskOptionsForm(QWidget *parent = nullptr);

    /// The options in the form; an error when they fail RiskOptions::validate().
    Result<risk::RiskOptions> options() const;
    void setOptions(const risk::RiskOptions &options);
    /// The editor of a parameter by its spec name ("var_level"), for tests.
    QWidget *editor(const QString &name) const;

signals:
    /// Emitted after an edit when the form holds valid options.
    void optionsChanged();

private:
    void onEdited();
    ParamValues values() const;

    std::vector<QWidget *> m_editors; ///< one per spec, in spec order
    QLabel *m_error = nullptr;
    bool m_updating = false;
};

} // namespace rutile::ui
