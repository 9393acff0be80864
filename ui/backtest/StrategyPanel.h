#pragma once

#include "backtest/BacktestJob.h"
#include "storage/Workspace.h"
#include "strategy/Strategy.h"

#include <QWidget>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;

namespace rutile::ui {

class BacktestRunner;

/// The strategy panel: choose a strategy from the registry, edit its parameters
/// (StrategyParamsDialog) and the run settings (RunSettingsDialog: costs, slippage, fills,
/// stops, sizing), the symbol, the hedge of a pair strategy, the benchmark and the dates, then
/// run the backtest in the background with a progress bar and Cancel. The result is emitted
/// by resultReady(); errors are shown under the buttons.
///
/// Parameters are remembered per strategy while the panel lives, and the last strategy, its
/// parameters and the settings are kept in QSettings ("backtest/…") between sessions.
class StrategyPanel : public QWidget {
    Q_OBJECT
public:
    explicit StrategyPanel(QWidget *parent = nullptr);
    ~StrategyPanel() override;

    /// The workspace the jobs read (its path; a worker opens its own connection), its symbols
    /// and its default benchmark (empty: none; risk::defaultBenchmark). The benchmark box shows
    /// the default until the user picks another benchmark (setBenchmark() or the box); a new
    /// workspace forgets that pick, the same workspace with new symbols keeps it.
    void setWorkspace(const QString &path, const std::vector<SymbolInfo> &symbols, const QString &defaultBenchmark);
    QString workspacePath() const { return m_workspacePath; }
    /// Makes `symbol` the traded symbol (the main window's selection), without emitting symbolChosen.
    void setSymbol(const QString &symbol);
    QString symbol() const;

    const strategy::StrategyDescriptor *strategy() const;
    /// The rule strategies listed after the built-ins (those saved in the workspace), in
    /// place of the ones listed before; the selection stays on its name when it still exists.
    void setRuleStrategies(std::vector<std::shared_ptr<const strategy::StrategyDescriptor>> strategies);
    /// Lists `strategy` (the strategy editor's program) after the built-ins, in place of a
    /// rule strategy of the same name, and selects it. Parameter values kept for that name
    /// stay where the new declarations still accept them.
    void addRuleStrategy(std::shared_ptr<const strategy::StrategyDescriptor> strategy);
    const std::vector<std::shared_ptr<const strategy::StrategyDescriptor>> &ruleStrategies() const
    {
        return m_ruleStrategies;
    }
    /// Selects the built-in called `name`, else the rule strategy of that name; false for neither.
    bool setStrategy(const QString &name);
    /// Selects the rule strategy called `name` (even when a built-in has that name).
    bool setRuleStrategy(const QString &name);
    ParamValues params() const;
    /// Sets the current strategy's parameters (validated when the job is made).
    void setParams(const ParamValues &values);
    /// The run settings as configParamSpecs() values.
    ParamValues settings() const { return m_settings; }
    void setSettings(const ParamValues &values);
    /// Keeps the strategy, its parameters and the run settings for the next start (QSettings).
    void saveSettings() const;
    /// Picks the benchmark (empty: none). The traded symbol is never offered as its own
    /// benchmark: while it is the one picked, the box shows the default, or none.
    void setBenchmark(const QString &symbol);
    QString benchmark() const;
    void setHedge(const QString &symbol);
    void setDates(QDate from, QDate to);

    /// What the panel would run: the data, the strategy with its parameters and the settings.
    /// The error names a bad parameter or setting.
    Result<BacktestJob> job(BacktestJob::Kind kind = BacktestJob::Kind::Backtest) const;

    BacktestRunner *runner() const { return m_runner; }
    QComboBox *strategyBox() const { return m_strategy; }
    QComboBox *symbolBox() const { return m_symbol; }
    QComboBox *hedgeBox() const { return m_hedge; }
    QComboBox *benchmarkBox() const { return m_benchmark; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *paramsLabel() const { return m_paramsText; }
    QLabel *settingsLabel() const { return m_settingsText; }

public slots:
    /// Starts the backtest; false (and the reason under the buttons) when it cannot start.
    bool run();
    void cancel();
    /// Opens the parameter dialog of the current strategy.
    void editParams();
    /// Opens the run-settings dialog.
    void editSettings();

signals:
    void resultReady(const rutile::ui::BacktestOutcomePtr &outcome);
    /// The user picked another symbol in the panel (the main window charts it).
    void symbolChosen(const QString &symbol);
    void optimizeRequested();
    void walkForwardRequested();
    void strategyChanged();

private:
    void onStrategyChanged();
    void onFinished(const BacktestOutcomePtr &outcome);
    void setRunning(bool running);
    void updateTexts();
    void fillStrategyBox();
    /// The strategy box's current data: a built-in's name, or "rule:NAME".
    QString strategyKey() const;
    void fitParams(const strategy::StrategyDescriptor &rule);
    /// The selected rule strategy; null when a built-in is selected.
    std::shared_ptr<const strategy::StrategyDescriptor> currentRule() const;
    void fillSymbolBox(QComboBox *box, const QStringList &symbols, const QString &keep, bool allowNone);
    /// Lists every symbol but the traded one, selecting the user's pick, else the default.
    void fillBenchmarkBox();
    void restoreSettings();

    QString m_workspacePath;
    QStringList m_symbols;
    QComboBox *m_riskFree = nullptr; ///< the rate in the run settings, or a FRED series
    QString m_defaultBenchmark; ///< the workspace's (empty: none)
    /// The benchmark the user picked (empty: none); unset while the default applies.
    std::optional<QString> m_chosenBenchmark;
    std::map<QString, ParamValues> m_params; ///< per strategyKey()
    std::vector<std::shared_ptr<const strategy::StrategyDescriptor>> m_ruleStrategies;
    ParamValues m_settings;

    QComboBox *m_strategy = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_paramsText = nullptr;
    QPushButton *m_editParams = nullptr;
    QComboBox *m_symbol = nullptr;
    QLabel *m_hedgeLabel = nullptr;
    QComboBox *m_hedge = nullptr;
    QComboBox *m_benchmark = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_settingsText = nullptr;
    QPushButton *m_editSettings = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_optimize = nullptr;
    QPushButton *m_walkForward = nullptr;
    BacktestRunner *m_runner = nullptr;
};

} // namespace rutile::ui
