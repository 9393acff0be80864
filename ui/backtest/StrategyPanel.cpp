#include "backtest/StrategyPanel.h"
#include "settings/AppTheme.h"

#include "backtest/BacktestFormat.h"
#include "backtest/BacktestRunner.h"
#include "backtest/ConfigParams.h"
#include "backtest/RunSettingsDialog.h"
#include "backtest/RunSettingsForm.h"
#include "backtest/StrategyParamsDialog.h"
#include "strategy/StrategyRegistry.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace rutile::ui {

namespace {

const QDate kOpenDate(1900, 1, 1); // the date edits' "no limit" value (shown as special text)

const QString kStrategyKey = QStringLiteral("backtest/strategy");
const QString kParamsKey = QStringLiteral("backtest/params/");
const QString kSettingsKey = QStringLiteral("backtest/settings");

// "fast=20,slow=50": the values as the CLI's --param assignments, for QSettings.
QString assignmentsText(std::span<const ParamSpec> specs, const ParamValues &values)
{
    QStringList parts;
    for (const ParamSpec &spec : specs)
        parts << spec.name + QLatin1Char('=') + spec.format(values.value(spec.name, spec.defaultValue));
    return parts.join(QLatin1Char(','));
}

std::optional<ParamValues> parseSaved(std::span<const ParamSpec> specs, const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    auto values = parseAssignments(specs, text.split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (!values)
        return std::nullopt; // a setting saved by another version: fall back to the defaults
    return *values;
}

QDateEdit *makeDateEdit(QWidget *parent, const QString &name, const QString &openText)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kOpenDate);
    edit->setSpecialValueText(openText);
    edit->setDate(kOpenDate);
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == kOpenDate ? QDate() : edit->date();
}

} // namespace

StrategyPanel::StrategyPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("strategyPanel"));
    m_settings = defaultValues(backtest::configParamSpecs());
    m_runner = new BacktestRunner(this);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_strategy = new QComboBox(this);
    m_strategy->setObjectName(QStringLiteral("strategyBox"));
    fillStrategyBox();
    form->addRow(tr("&Strategy:"), m_strategy);

    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("strategyDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText); // a rule file's own comment
    m_description->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(m_description);

    // Each summary gets a full-width row under its button: a word-wrapped label beside a
    // button in one form row is cut off when the dock is narrow.
    m_editParams = new QPushButton(tr("Edit &Parameters..."), this);
    m_editParams->setObjectName(QStringLiteral("editParams"));
    form->addRow(tr("Parameters:"), m_editParams);
    m_paramsText = new QLabel(this);
    m_paramsText->setObjectName(QStringLiteral("paramsSummary"));
    m_paramsText->setWordWrap(true);
    m_paramsText->setContentsMargins(12, 0, 0, 4);
    form->addRow(m_paramsText);

    m_symbol = new QComboBox(this);
    m_symbol->setObjectName(QStringLiteral("symbolBox"));
    form->addRow(tr("S&ymbol:"), m_symbol);
    m_hedge = new QComboBox(this);
    m_hedge->setObjectName(QStringLiteral("hedgeBox"));
    m_hedgeLabel = new QLabel(tr("&Hedge:"), this);
    m_hedgeLabel->setBuddy(m_hedge);
    form->addRow(m_hedgeLabel, m_hedge);
    m_benchmark = new QComboBox(this);
    m_benchmark->setObjectName(QStringLiteral("benchmarkBox"));
    m_benchmark->setToolTip(tr("Beta, alpha and the benchmark curve are measured against this symbol"));
    form->addRow(tr("&Benchmark:"), m_benchmark);
    m_riskFree = new QComboBox(this);
    m_riskFree->setObjectName(QStringLiteral("riskFreeBox"));
    m_riskFree->setToolTip(tr("The risk-free rate of Sharpe, Sortino and alpha: the constant in the run settings, or "
                              "the mean of a downloaded rate series (FRED's DGS3MO) over the bars traded"));
    form->addRow(tr("&Risk-free:"), m_riskFree);

    m_from = makeDateEdit(this, QStringLiteral("fromDate"), tr("first bar"));
    m_to = makeDateEdit(this, QStringLiteral("toDate"), tr("last bar"));
    m_from->setToolTip(tr("First bar traded; earlier bars still warm the indicators up"));
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from, 1);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to, 1);
    auto *datesLabel = new QLabel(tr("&Dates:"), this);
    datesLabel->setBuddy(m_from);
    form->addRow(datesLabel, dates);

    m_editSettings = new QPushButton(tr("Edit Se&ttings..."), this);
    m_editSettings->setObjectName(QStringLiteral("editSettings"));
    m_editSettings->setToolTip(tr("Costs, slippage, fills, stops, position sizing and the account"));
    form->addRow(tr("Costs && sizing:"), m_editSettings);
    m_settingsText = new QLabel(this);
    m_settingsText->setObjectName(QStringLiteral("settingsSummary"));
    m_settingsText->setWordWrap(true);
    m_settingsText->setContentsMargins(12, 0, 0, 4);
    form->addRow(m_settingsText);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("&Run Backtest"), this);
    m_run->setObjectName(QStringLiteral("runBacktest"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelBacktest"));
    buttons->addWidget(m_run, 1);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("backtestProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("backtestStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *more = new QHBoxLayout;
    m_optimize = new QPushButton(tr("&Optimise..."), this);
    m_optimize->setObjectName(QStringLiteral("openOptimizer"));
    m_optimize->setToolTip(tr("Grid search over the strategy's parameters, with heatmap and deflated Sharpe ratio"));
    m_walkForward = new QPushButton(tr("&Walk-Forward..."), this);
    m_walkForward->setObjectName(QStringLiteral("openWalkForward"));
    more->addWidget(m_optimize);
    more->addWidget(m_walkForward);
    layout->addLayout(more);
    layout->addStretch(1);

    connect(m_strategy, &QComboBox::currentIndexChanged, this, &StrategyPanel::onStrategyChanged);
    connect(m_editParams, &QPushButton::clicked, this, &StrategyPanel::editParams);
    connect(m_editSettings, &QPushButton::clicked, this, &StrategyPanel::editSettings);
    connect(m_run, &QPushButton::clicked, this, &StrategyPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &StrategyPanel::cancel);
    connect(m_optimize, &QPushButton::clicked, this, &StrategyPanel::optimizeRequested);
    connect(m_walkForward, &QPushButton::clicked, this, &StrategyPanel::walkForwardRequested);
    connect(m_symbol, &QComboBox::currentIndexChanged, this, &StrategyPanel::fillBenchmarkBox);
    connect(m_symbol, &QComboBox::activated, this, [this] { emit symbolChosen(symbol()); });
    connect(m_benchmark, &QComboBox::activated, this,
        [this] { m_chosenBenchmark = m_benchmark->currentData().toString(); });
    connect(m_runner, &BacktestRunner::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_runner, &BacktestRunner::finished, this, &StrategyPanel::onFinished);

    restoreSettings();
    onStrategyChanged();
    setRunning(false);
}

StrategyPanel::~StrategyPanel() = default;

void StrategyPanel::setWorkspace(
    const QString &path, const std::vector<SymbolInfo> &symbols, const QString &defaultBenchmark)
{
    if (path != m_workspacePath)
        m_chosenBenchmark.reset(); // a pick from another workspace's symbols
    m_workspacePath = path;
    m_defaultBenchmark = defaultBenchmark;
    m_symbols.clear();
    QStringList rates;
    for (const SymbolInfo &s : symbols) {
        m_symbols << s.symbol;
        if (s.source == QLatin1String("fred")) // a rate series: values in percent per year
            rates << s.symbol;
    }
    {
        const QString keep = m_riskFree->currentData().toString();
        const QSignalBlocker block(m_riskFree);
        m_riskFree->clear();
        m_riskFree->addItem(tr("Rate in the run settings"), QString());
        for (const QString &r : rates)
            m_riskFree->addItem(tr("%1 (mean over the run)").arg(r), r);
        m_riskFree->setCurrentIndex(std::max(0, m_riskFree->findData(keep)));
    }
    fillSymbolBox(m_symbol, m_symbols, symbol(), false);
    fillSymbolBox(m_hedge, m_symbols, m_hedge->currentData().toString(), false);
    fillBenchmarkBox();
    if (m_hedge->currentIndex() >= 0 && m_hedge->currentData().toString() == symbol() && m_hedge->count() > 1)
        m_hedge->setCurrentIndex(m_hedge->currentIndex() == 0 ? 1 : 0);
    setRunning(m_runner->isRunning());
}

void StrategyPanel::fillSymbolBox(QComboBox *box, const QStringList &symbols, const QString &keep, bool allowNone)
{
    const QSignalBlocker block(box);
    box->clear();
    if (allowNone)
        box->addItem(tr("None"), QString());
    for (const QString &s : symbols)
        box->addItem(s, s);
    const int index = box->findData(keep);
    box->setCurrentIndex(index >= 0 ? index : (box->count() > 0 ? 0 : -1));
}

void StrategyPanel::fillBenchmarkBox()
{
    const QString traded = symbol();
    QStringList offered = m_symbols;
    offered.removeAll(traded);
    // The user's pick while it is offered (an explicit "None" included), else the workspace's
    // default: a default that arrives with a later import is taken up, since nothing was picked.
    QString keep;
    if (m_chosenBenchmark && (m_chosenBenchmark->isEmpty() || offered.contains(*m_chosenBenchmark)))
        keep = *m_chosenBenchmark;
    else if (offered.contains(m_defaultBenchmark))
        keep = m_defaultBenchmark;
    fillSymbolBox(m_benchmark, offered, keep, true);
}

void StrategyPanel::setSymbol(const QString &symbol)
{
    {
        const QSignalBlocker block(m_symbol);
        const int index = m_symbol->findData(symbol);
        if (index >= 0)
            m_symbol->setCurrentIndex(index);
    }
    fillBenchmarkBox();
}

QString StrategyPanel::symbol() const
{
    return m_symbol->currentData().toString();
}

void StrategyPanel::setBenchmark(const QString &symbol)
{
    m_chosenBenchmark = symbol;
    fillBenchmarkBox();
}

QString StrategyPanel::benchmark() const
{
    return m_benchmark->currentData().toString();
}

void StrategyPanel::setHedge(const QString &symbol)
{
    const int index = m_hedge->findData(symbol);
    if (index >= 0)
        m_hedge->setCurrentIndex(index);
}

void StrategyPanel::setDates(QDate from, QDate to)
{
    m_from->setDate(from.isValid() ? from : kOpenDate);
    m_to->setDate(to.isValid() ? to : kOpenDate);
}

namespace {

/// The strategy box's data of a rule strategy: a rule file may be named like a built-in (the
/// examples are), and the two must stay apart.
QString ruleKey(const QString &name)
{
    return QStringLiteral("rule:") + name;
}

} // namespace

QString StrategyPanel::strategyKey() const
{
    return m_strategy->currentData().toString();
}

std::shared_ptr<const strategy::StrategyDescriptor> StrategyPanel::currentRule() const
{
    const QString key = strategyKey();
    for (const auto &rule : m_ruleStrategies)
        if (ruleKey(rule->name) == key)
            return rule;
    return nullptr;
}

const strategy::StrategyDescriptor *StrategyPanel::strategy() const
{
    if (const auto rule = currentRule())
        return rule.get();
    return strategy::StrategyRegistry::builtIn().find(strategyKey());
}

void StrategyPanel::fillStrategyBox()
{
    const QString keep = strategyKey();
    const QSignalBlocker block(m_strategy);
    m_strategy->clear();
    for (const strategy::StrategyDescriptor &d : strategy::StrategyRegistry::builtIn().all())
        m_strategy->addItem(d.displayName, d.name);
    if (!m_ruleStrategies.empty())
        m_strategy->insertSeparator(m_strategy->count());
    for (const auto &rule : m_ruleStrategies)
        m_strategy->addItem(tr("%1 (rule)").arg(rule->displayName), ruleKey(rule->name));
    const int index = m_strategy->findData(keep);
    m_strategy->setCurrentIndex(index >= 0 ? index : 0);
}

void StrategyPanel::fitParams(const strategy::StrategyDescriptor &rule)
{
    // The declarations may have changed: keep each remembered value its parameter still takes.
    const auto kept = m_params.find(ruleKey(rule.name));
    if (kept == m_params.end())
        return;
    ParamValues values = defaultValues(rule.params);
    for (const ParamSpec &spec : rule.params)
        if (kept->second.contains(spec.name) && spec.check(kept->second.value(spec.name)))
            values.set(spec.name, kept->second.value(spec.name));
    kept->second = values;
}

void StrategyPanel::setRuleStrategies(std::vector<std::shared_ptr<const strategy::StrategyDescriptor>> strategies)
{
    m_ruleStrategies = std::move(strategies);
    for (const auto &rule : m_ruleStrategies)
        fitParams(*rule);
    fillStrategyBox();
    onStrategyChanged();
}

void StrategyPanel::addRuleStrategy(std::shared_ptr<const strategy::StrategyDescriptor> rule)
{
    const QString name = rule->name;
    const auto same = std::find_if(m_ruleStrategies.begin(), m_ruleStrategies.end(),
        [&](const auto &r) { return r->name == name; });
    if (same != m_ruleStrategies.end())
        *same = rule;
    else
        m_ruleStrategies.push_back(rule);
    fitParams(*rule);
    fillStrategyBox();
    {
        const QSignalBlocker block(m_strategy);
        m_strategy->setCurrentIndex(m_strategy->findData(ruleKey(name)));
    }
    onStrategyChanged();
}

bool StrategyPanel::setStrategy(const QString &name)
{
    int index = m_strategy->findData(name);
    if (index < 0)
        index = m_strategy->findData(ruleKey(name));
    if (index < 0)
        return false;
    m_strategy->setCurrentIndex(index);
    return true;
}

bool StrategyPanel::setRuleStrategy(const QString &name)
{
    const int index = m_strategy->findData(ruleKey(name));
    if (index < 0)
        return false;
    m_strategy->setCurrentIndex(index);
    return true;
}

ParamValues StrategyPanel::params() const
{
    const strategy::StrategyDescriptor *d = strategy();
    if (!d)
        return {};
    const auto it = m_params.find(strategyKey());
    return it != m_params.end() ? it->second : defaultValues(d->params);
}

void StrategyPanel::setParams(const ParamValues &values)
{
    if (const strategy::StrategyDescriptor *d = strategy()) {
        ParamValues merged = defaultValues(d->params);
        for (const auto &[name, value] : values.entries())
            merged.set(name, value);
        m_params[strategyKey()] = merged;
    }
    updateTexts();
    emit strategyChanged();
}

void StrategyPanel::setSettings(const ParamValues &values)
{
    ParamValues merged = defaultValues(backtest::configParamSpecs());
    for (const auto &[name, value] : values.entries())
        merged.set(name, value);
    m_settings = merged;
    updateTexts();
}

void StrategyPanel::onStrategyChanged()
{
    const strategy::StrategyDescriptor *d = strategy();
    m_description->setText(d ? d->description : QString());
    const bool pair = d && d->needsPair();
    m_hedge->setVisible(pair);
    m_hedgeLabel->setVisible(pair);
    if (d && !d->legRoles.isEmpty())
        m_symbol->setToolTip(d->legRoles.value(0));
    updateTexts();
    emit strategyChanged();
}

void StrategyPanel::updateTexts()
{
    const strategy::StrategyDescriptor *d = strategy();
    const QString params = d ? btfmt::paramSummary(d->params, this->params()) : QString();
    m_paramsText->setText(params.isEmpty() ? tr("none") : params);
    m_editParams->setEnabled(d && !d->params.empty());
    m_settingsText->setText(RunSettingsForm::summary(m_settings));
}

void StrategyPanel::editParams()
{
    const strategy::StrategyDescriptor *d = strategy();
    if (!d)
        return;
    StrategyParamsDialog dialog(*d, params(), this);
    if (dialog.exec() == QDialog::Accepted)
        setParams(dialog.values());
}

void StrategyPanel::editSettings()
{
    RunSettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted)
        setSettings(dialog.values());
}

Result<BacktestJob> StrategyPanel::job(BacktestJob::Kind kind) const
{
    const strategy::StrategyDescriptor *d = strategy();
    if (!d)
        return Error::invalidArgument(tr("choose a strategy"));
    if (m_workspacePath.isEmpty())
        return Error::invalidArgument(tr("open a workspace first"));
    if (symbol().isEmpty())
        return Error::invalidArgument(tr("choose a symbol to trade"));
    auto params = strategy::resolveParams(*d, this->params());
    if (!params)
        return params.error();
    auto config = backtest::configFromParams(m_settings);
    if (!config)
        return config.error();
    BacktestJob job;
    job.kind = kind;
    job.workspacePath = m_workspacePath;
    job.strategy = d->name;
    job.ruleStrategy = currentRule();
    job.params = *params;
    job.config = *config;
    job.data.symbol = symbol();
    if (d->needsPair()) {
        job.data.pair = m_hedge->currentData().toString();
        if (job.data.pair.isEmpty() || job.data.pair == job.data.symbol)
            return Error {
                ErrorKind::InvalidArgument, tr("choose a hedge symbol other than %1").arg(job.data.symbol), {}, 0, 0};
    }
    job.data.benchmark = benchmark(); // never the traded symbol: fillBenchmarkBox() leaves it out
    job.data.riskFreeSymbol = m_riskFree->currentData().toString();
    job.data.from = dateOf(m_from);
    job.data.to = dateOf(m_to);
    if (job.data.from.isValid() && job.data.to.isValid() && job.data.from > job.data.to)
        return Error::invalidArgument(tr("the first date (%1) is after the last (%2)")
                .arg(job.data.from.toString(Qt::ISODate), job.data.to.toString(Qt::ISODate)));
    return job;
}

bool StrategyPanel::run()
{
    if (m_runner->isRunning())
        return false;
    auto made = job();
    if (!made) {
        m_status->setStyleSheet(textStyle(Tone::Bad));
        m_status->setText(made.error().message);
        return false;
    }
    saveSettings();
    m_status->setStyleSheet({});
    m_status->setText(tr("Running %1 on %2...").arg(strategy()->displayName, made->data.symbol));
    m_progress->setValue(0);
    m_runner->start(*made);
    setRunning(true);
    return true;
}

void StrategyPanel::cancel()
{
    m_runner->cancel();
}

void StrategyPanel::onFinished(const BacktestOutcomePtr &outcome)
{
    setRunning(false);
    if (outcome->cancelled) {
        m_progress->setValue(0);
        m_status->setStyleSheet({});
        m_status->setText(tr("Cancelled."));
        return;
    }
    if (!outcome->backtest) {
        m_progress->setValue(0);
        m_status->setStyleSheet(textStyle(Tone::Bad));
        m_status->setText(outcome->error.message);
        return;
    }
    const backtest::BacktestResult &r = *outcome->backtest;
    m_status->setStyleSheet({});
    m_status->setText(tr("%n round trip(s), Sharpe %1, CAGR %2 (%3 ms).", nullptr, r.tradeStats.trades)
                          .arg(btfmt::number(r.performance.sharpe), btfmt::percent(r.performance.cagr),
                              QString::number(r.elapsedMs, 'f', 1)));
    emit resultReady(outcome);
}

void StrategyPanel::setRunning(bool running)
{
    const bool ready = !m_workspacePath.isEmpty() && m_symbol->count() > 0;
    m_run->setEnabled(!running && ready);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_strategy, m_editParams, m_editSettings, m_symbol, m_hedge, m_benchmark, m_riskFree, m_from, m_to})
        w->setEnabled(!running);
    if (!running)
        updateTexts(); // re-enables the parameter button by the strategy's parameters
}

void StrategyPanel::saveSettings() const
{
    const strategy::StrategyDescriptor *d = strategy();
    if (!d)
        return;
    QSettings settings;
    settings.setValue(kSettingsKey, assignmentsText(backtest::configParamSpecs(), m_settings));
    if (currentRule())
        return; // a rule strategy: its file or the workspace keeps it, not the settings
    settings.setValue(kStrategyKey, d->name);
    settings.setValue(kParamsKey + d->name, assignmentsText(d->params, params()));
}

void StrategyPanel::restoreSettings()
{
    const QSettings settings;
    for (const strategy::StrategyDescriptor &d : strategy::StrategyRegistry::builtIn().all()) {
        if (auto saved = parseSaved(d.params, settings.value(kParamsKey + d.name).toString()))
            m_params[d.name] = *saved;
    }
    if (auto saved = parseSaved(backtest::configParamSpecs(), settings.value(kSettingsKey).toString()))
        m_settings = *saved;
    const int index = m_strategy->findData(settings.value(kStrategyKey).toString());
    if (index >= 0) {
        const QSignalBlocker block(m_strategy);
        m_strategy->setCurrentIndex(index);
    }
}

} // namespace rutile::ui
