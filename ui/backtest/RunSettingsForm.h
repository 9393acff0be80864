#pragma once

#include "backtest/BacktestConfig.h"
#include "params/ParamSpec.h"

#include <QWidget>

#include <vector>

class QTabWidget;

namespace rutile::ui {

class ParamForm;

/// The run settings of a backtest (core/backtest/ConfigParams.h: costs, slippage, fills,
/// stops, sizing, account and metric conventions) as generated forms, one tab per concern.
/// Fields that do not apply to the chosen model are hidden (the percent of equity for fixed
/// units, the per-unit commission for a percent commission…).
///
/// Values use the settings' own units, as on the CLI: `*_pct` in percent, slippage in basis
/// points, 0 for "no stop".
class RunSettingsForm : public QWidget {
    Q_OBJECT
public:
    explicit RunSettingsForm(QWidget *parent = nullptr);

    /// Every setting, in configParamSpecs() order.
    ParamValues values() const;
    void setValues(const ParamValues &values);
    /// The configuration of the values, or the first bad value with its allowed range.
    Result<backtest::BacktestConfig> config() const;

    /// The editor of setting `name` ("param_<name>"), or nullptr.
    QWidget *editor(const QString &name) const;
    QTabWidget *tabs() const { return m_tabs; }

    /// "100% of equity · 0.1% commission · 5 bps slippage · stop 5%": the settings in one line.
    static QString summary(const ParamValues &values);

signals:
    void valuesChanged();

private:
    void updateVisibility();

    QTabWidget *m_tabs = nullptr;
    std::vector<ParamForm *> m_forms;
};

} // namespace rutile::ui
