#pragma once

#include "params/ParamSpec.h"

#include <QWidget>

#include <vector>

class QFormLayout;

namespace rutile::ui {

/// Decimals a spin box needs to show the spec's step, and its minimum when that is positive,
/// exactly (0.1 → 1, 0.25 → 2, 0.0001 → 4); at least 1 and at most 6. The one rule every
/// generated editor (parameter forms, grid editor, risk options) follows.
int decimalsFor(const ParamSpec &spec);

/// A form generated from parameter descriptors: a spin box for Int, a double spin box for
/// Double, a check box for Bool, a combo box for Choice, each limited to the descriptor's
/// range, with its label, its description as tool tip and its range in the tool tip. The
/// editors are named "param_<name>" (tests and accessibility find them by name).
///
/// The form only edits numbers: checking them against each other (MACD fast < slow) is the
/// caller's, through the registry.
class ParamForm : public QWidget {
    Q_OBJECT
public:
    explicit ParamForm(QWidget *parent = nullptr);

    /// Rebuilds the form for `specs` showing `values` (defaults where a value is missing).
    void setSpecs(std::vector<ParamSpec> specs, const ParamValues &values = {});
    const std::vector<ParamSpec> &specs() const { return m_specs; }

    /// The values shown, in spec order.
    ParamValues values() const;
    void setValues(const ParamValues &values);

    /// The editor of parameter `name`, or nullptr.
    QWidget *editor(const QString &name) const;

signals:
    void valuesChanged();

private:
    std::vector<ParamSpec> m_specs;
    std::vector<QWidget *> m_editors;
    QFormLayout *m_layout = nullptr;
};

} // namespace rutile::ui
