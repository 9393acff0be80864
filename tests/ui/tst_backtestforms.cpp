// The generated forms of the strategy panel and the optimiser: ParamForm from ParamSpec
// lists (widget type, range, step, decimals), the strategy dialog's range and cross-parameter
// checks, the run-settings form (every engine setting, model-dependent fields, the
// configuration it yields) and the grid editor (defaults from the specs, the grid core builds).

#include "UiTestSupport.h"
#include "backtest/ConfigParams.h"
#include "backtest/GridEditor.h"
#include "backtest/RunSettingsDialog.h"
#include "backtest/RunSettingsForm.h"
#include "backtest/StrategyParamsDialog.h"
#include "params/ParamForm.h"
#include "scan/PortfolioSettings.h"
#include "strategy/StrategyRegistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include <variant>

using namespace rutile;
using namespace rutile::ui;

namespace {

const strategy::StrategyDescriptor &descriptor(const char *name)
{
    const strategy::StrategyDescriptor *d = strategy::StrategyRegistry::builtIn().find(QString::fromLatin1(name));
    if (!d)
        qFatal("no strategy %s", name);
    return *d;
}

bool rowVisible(QWidget *editor)
{
    auto *form = qobject_cast<QFormLayout *>(editor->parentWidget()->layout());
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(editor, &row, &role);
    return row >= 0 && form->isRowVisible(row);
}

} // namespace

class TestBacktestForms : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void paramFormWidgets_data();
    void paramFormWidgets();
    void paramFormRoundTrip();
    void choicesShowTheirLabels();
    void strategyDialogRanges();
    void strategyDialogCrossCheck();
    void runSettingsCoversEverySetting();
    void runSettingsModelFields();
    void runSettingsConfig();
    void runSettingsDialogClampsValues();
    void runSettingsSummary();
    void gridEditorDefaults();
    void gridEditorGrid();
    void gridEditorBoolAndErrors();

private:
    QTemporaryDir m_dir;
};

void TestBacktestForms::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir);
}

void TestBacktestForms::paramFormWidgets_data()
{
    QTest::addColumn<ParamSpec>("spec");
    QTest::addColumn<QString>("widgetClass");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");
    QTest::addColumn<double>("step");
    QTest::addColumn<int>("decimals"); // -1: not a double spin box
    QTest::addColumn<double>("shown"); // the default as the widget holds it

    QTest::newRow("int") << ParamSpec::integer(QStringLiteral("period"), QStringLiteral("Period"), 14, 1, 1000, 2)
                         << QStringLiteral("QSpinBox") << 1.0 << 1000.0 << 2.0 << -1 << 14.0;
    // Step 0.25 needs two decimals to be shown exactly.
    QTest::newRow("double") << ParamSpec::real(QStringLiteral("k"), QStringLiteral("Width"), 2.0, 0.1, 10.0, 0.25)
                            << QStringLiteral("QDoubleSpinBox") << 0.1 << 10.0 << 0.25 << 2 << 2.0;
    QTest::newRow("double step 0.1") << ParamSpec::real(QStringLiteral("z"), QStringLiteral("z"), 0.5, 0, 10, 0.1)
                                     << QStringLiteral("QDoubleSpinBox") << 0.0 << 10.0 << 0.1 << 1 << 0.5;
    QTest::newRow("bool") << ParamSpec::boolean(QStringLiteral("short"), QStringLiteral("Short"), true)
                          << QStringLiteral("QCheckBox") << 0.0 << 1.0 << 1.0 << -1 << 1.0;
    QTest::newRow("choice") << ParamSpec::choice(QStringLiteral("fill"), QStringLiteral("Fill"),
        {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, 2)
                            << QStringLiteral("QComboBox") << 0.0 << 2.0 << 1.0 << -1 << 2.0;
}

void TestBacktestForms::paramFormWidgets()
{
    QFETCH(ParamSpec, spec);
    QFETCH(QString, widgetClass);
    QFETCH(double, minimum);
    QFETCH(double, maximum);
    QFETCH(double, step);
    QFETCH(int, decimals);
    QFETCH(double, shown);

    ParamForm form;
    form.setSpecs({spec});
    QWidget *editor = form.editor(spec.name);
    QVERIFY(editor);
    QCOMPARE(editor->objectName(), QStringLiteral("param_") + spec.name);
    QCOMPARE(QString::fromLatin1(editor->metaObject()->className()), widgetClass);
    if (auto *s = qobject_cast<QSpinBox *>(editor)) {
        QCOMPARE(s->minimum(), int(minimum));
        QCOMPARE(s->maximum(), int(maximum));
        QCOMPARE(s->singleStep(), int(step));
        QCOMPARE(s->value(), int(shown));
    } else if (auto *d = qobject_cast<QDoubleSpinBox *>(editor)) {
        QCOMPARE(d->minimum(), minimum);
        QCOMPARE(d->maximum(), maximum);
        QCOMPARE(d->singleStep(), step);
        QCOMPARE(d->decimals(), decimals);
        QCOMPARE(d->value(), shown);
    } else if (auto *c = qobject_cast<QCheckBox *>(editor)) {
        QCOMPARE(c->isChecked(), shown != 0);
    } else if (auto *b = qobject_cast<QComboBox *>(editor)) {
        QCOMPARE(b->count(), int(maximum) + 1);
        QCOMPARE(b->currentIndex(), int(shown));
    }
    QCOMPARE(form.values().value(spec.name), shown);
}

// A choice shows its translated label where the spec has one, its name otherwise; the value
// is the index either way. The settings the Settings dialog, the scanner's portfolio form and
// the risk options share are labelled once, in their specs (the portfolio form showed "monthly",
// "next_open").
void TestBacktestForms::choicesShowTheirLabels()
{
    ParamForm form;
    form.setSpecs({ParamSpec::choice(QStringLiteral("fill"), QStringLiteral("Fill"),
                                     {QStringLiteral("next_open"), QStringLiteral("other")}, 0)
                       .withChoiceLabels({QStringLiteral("Next bar's open")})});
    auto *box = qobject_cast<QComboBox *>(form.editor(QStringLiteral("fill")));
    QVERIFY(box);
    QCOMPARE(box->itemText(0), QStringLiteral("Next bar's open"));
    QCOMPARE(box->itemText(1), QStringLiteral("other")); // no label: its name
    box->setCurrentIndex(1);
    QCOMPARE(form.values().value(u"fill"), 1.0);
    int labelled = 0;
    for (const std::vector<ParamSpec> *specs : {&backtest::configParamSpecs(), &scan::portfolioParamSpecs()}) {
        for (const ParamSpec &spec : *specs) {
            if (spec.type != ParamType::Choice)
                continue;
            QCOMPARE(spec.choiceLabels.size(), spec.choices.size());
            for (const QString &label : spec.choiceLabels)
                QVERIFY2(!label.contains(QLatin1Char('_')) && label.front().isUpper(), qPrintable(label));
            ++labelled;
        }
    }
    QCOMPARE(labelled, 5); // size model, commission, fill; rebalance, weights
}

void TestBacktestForms::paramFormRoundTrip()
{
    // Typed input beyond the range is clamped by the editor: the form never yields an
    // out-of-range value.
    ParamForm form;
    form.setSpecs(descriptor("sma_cross").params);
    auto *fast = qobject_cast<QSpinBox *>(form.editor(QStringLiteral("fast")));
    QVERIFY(fast);
    fast->selectAll();
    QTest::keyClicks(fast, QStringLiteral("99999"));
    QTest::keyClick(fast, Qt::Key_Return);
    QVERIFY(fast->value() <= 1000);
    QVERIFY(validate(descriptor("sma_cross").params, form.values()).ok());

    form.setValues({{QStringLiteral("fast"), 7}, {QStringLiteral("slow"), 90}, {QStringLiteral("short"), 1}});
    const ParamValues v = form.values();
    QCOMPARE(v.value(u"fast"), 7.0);
    QCOMPARE(v.value(u"slow"), 90.0);
    QCOMPARE(v.value(u"short"), 1.0);
}

void TestBacktestForms::strategyDialogRanges()
{
    // Every built-in strategy's dialog has one editor per parameter, limited to its range.
    for (const strategy::StrategyDescriptor &d : strategy::StrategyRegistry::builtIn().all()) {
        StrategyParamsDialog dialog(d, defaultValues(d.params));
        for (const ParamSpec &spec : d.params) {
            QWidget *e = dialog.form()->editor(spec.name);
            QVERIFY2(e, qPrintable(d.name + QLatin1Char('.') + spec.name));
            if (auto *s = qobject_cast<QSpinBox *>(e)) {
                QCOMPARE(s->minimum(), int(spec.minimum));
                QCOMPARE(s->maximum(), int(spec.maximum));
            } else if (auto *ds = qobject_cast<QDoubleSpinBox *>(e)) {
                QCOMPARE(ds->minimum(), spec.minimum);
                QCOMPARE(ds->maximum(), spec.maximum);
            }
        }
        QVERIFY2(dialog.isValid(), qPrintable(d.name + QStringLiteral(": defaults must be valid")));
        QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    }
}

void TestBacktestForms::strategyDialogCrossCheck()
{
    const strategy::StrategyDescriptor &d = descriptor("sma_cross");
    StrategyParamsDialog dialog(d, {{QStringLiteral("fast"), 20}, {QStringLiteral("slow"), 50}});
    dialog.show();
    auto *fast = qobject_cast<QSpinBox *>(dialog.form()->editor(QStringLiteral("fast")));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("paramsProblem"));
    QVERIFY(fast && problem);
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QVERIFY(!problem->isVisible());

    fast->setValue(60); // fast ≥ slow: the registry's check fails
    QVERIFY(!ok->isEnabled());
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), QStringLiteral("sma_cross: fast (60) must be less than slow (50)"));

    dialog.buttons()->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(fast->value(), 20);
    QVERIFY(ok->isEnabled());
    test::maybeSaveShot(&dialog, QStringLiteral("strategy-params-dialog"));
}

void TestBacktestForms::runSettingsCoversEverySetting()
{
    RunSettingsForm form;
    for (const ParamSpec &spec : backtest::configParamSpecs())
        QVERIFY2(form.editor(spec.name), qPrintable(spec.name));
    QCOMPARE(form.tabs()->count(), 4);
    QCOMPARE(form.values(), defaultValues(backtest::configParamSpecs()));
    // The choices read as words, not as CLI names, and keep their order (the value is the index).
    auto *size = qobject_cast<QComboBox *>(form.editor(QStringLiteral("size_model")));
    QVERIFY(size);
    QCOMPARE(size->itemText(0), QStringLiteral("Percent of equity"));
    QCOMPARE(size->itemText(1), QStringLiteral("Fixed units"));
    QCOMPARE(size->itemText(2), QStringLiteral("Volatility target (ATR)"));
}

void TestBacktestForms::runSettingsModelFields()
{
    RunSettingsForm form;
    form.show();
    const auto editor = [&](const char *name) { return form.editor(QString::fromLatin1(name)); };
    // Defaults: percent of equity, percent commission.
    QVERIFY(rowVisible(editor("size_pct")));
    QVERIFY(!rowVisible(editor("size_units")));
    QVERIFY(!rowVisible(editor("size_atr_risk_pct")));
    QVERIFY(rowVisible(editor("commission_pct")));
    QVERIFY(!rowVisible(editor("commission_per_unit")));

    qobject_cast<QComboBox *>(editor("size_model"))->setCurrentIndex(1); // fixed units
    QVERIFY(!rowVisible(editor("size_pct")));
    QVERIFY(rowVisible(editor("size_units")));
    QVERIFY(!rowVisible(editor("whole_units")));
    qobject_cast<QComboBox *>(editor("size_model"))->setCurrentIndex(2); // volatility target
    QVERIFY(rowVisible(editor("size_atr_risk_pct")));
    QVERIFY(rowVisible(editor("max_leverage")));
    qobject_cast<QComboBox *>(editor("commission_model"))->setCurrentIndex(1); // per unit
    QVERIFY(rowVisible(editor("commission_per_unit")));
    QVERIFY(rowVisible(editor("commission_min")));
    QVERIFY(!rowVisible(editor("commission_pct")));

    QVERIFY(!editor("atr_period")->isEnabled()); // only for an ATR trailing stop
    qobject_cast<QDoubleSpinBox *>(editor("trailing_stop_atr"))->setValue(3);
    QVERIFY(editor("atr_period")->isEnabled());
    form.tabs()->setCurrentIndex(1);
    test::maybeSaveShot(&form, QStringLiteral("run-settings-sizing"));
}

void TestBacktestForms::runSettingsConfig()
{
    RunSettingsForm form;
    qobject_cast<QDoubleSpinBox *>(form.editor(QStringLiteral("commission_pct")))->setValue(0.1);
    qobject_cast<QDoubleSpinBox *>(form.editor(QStringLiteral("slippage_bps")))->setValue(5);
    qobject_cast<QDoubleSpinBox *>(form.editor(QStringLiteral("stop_loss_pct")))->setValue(5);
    qobject_cast<QDoubleSpinBox *>(form.editor(QStringLiteral("size_pct")))->setValue(50);
    const auto config = form.config();
    QVERIFY2(config, config ? "" : qPrintable(config.error().message));
    // Percent on the form, fractions in the engine: 0.1% = 0.001, 5 bps = 5, 5% = 0.05, 50% = 0.5.
    const auto *commission = std::get_if<backtest::PercentCommissionParams>(&config->commission);
    QVERIFY(commission);
    RUTILE_COMPARE_REL(commission->rate, 0.001, 1e-12);
    RUTILE_COMPARE_REL(config->slippage.bps, 5.0, 1e-12);
    RUTILE_COMPARE_REL(config->exits.stopLossFraction, 0.05, 1e-12);
    const auto *sizing = std::get_if<backtest::PercentOfEquityParams>(&config->sizing);
    QVERIFY(sizing);
    RUTILE_COMPARE_REL(sizing->fraction, 0.5, 1e-12);
}

void TestBacktestForms::runSettingsDialogClampsValues()
{
    // Every editor is limited to its setting's range, so the form cannot hold a value the
    // engine's validate() refuses: typing below the minimum leaves the minimum.
    RunSettingsDialog dialog(defaultValues(backtest::configParamSpecs()));
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    auto *cash = qobject_cast<QDoubleSpinBox *>(dialog.form()->editor(QStringLiteral("cash")));
    QVERIFY(cash);
    QCOMPARE(cash->minimum(), 1.0);
    cash->setValue(0); // clamped to the spec's minimum
    QCOMPARE(cash->value(), 1.0);
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestBacktestForms::runSettingsSummary()
{
    ParamValues v = defaultValues(backtest::configParamSpecs());
    QCOMPARE(RunSettingsForm::summary(v), QStringLiteral("100% of equity \u00b7 no commission \u00b7 no slippage"));
    v.set(QStringLiteral("commission_pct"), 0.1);
    v.set(QStringLiteral("slippage_bps"), 5);
    v.set(QStringLiteral("stop_loss_pct"), 5);
    v.set(QStringLiteral("fill"), 1);
    QCOMPARE(RunSettingsForm::summary(v),
        QStringLiteral("100% of equity \u00b7 0.1% commission \u00b7 5 bps slippage "
                       "\u00b7 stop 5% \u00b7 fills at next close"));
}

void TestBacktestForms::gridEditorDefaults()
{
    const strategy::StrategyDescriptor &d = descriptor("sma_cross");
    GridEditor editor;
    editor.setStrategy(d, defaultValues(d.params));
    for (const ParamSpec &spec : d.params) {
        QCheckBox *include = editor.includeBox(spec.name);
        QVERIFY(include);
        QVERIFY(!include->isChecked());
    }
    // Int parameters: spin boxes limited to the spec's range, holding the suggested axis around
    // the default (slow 50: 50/2/5 = 5 → 25..75 by 5).
    auto *start = qobject_cast<QSpinBox *>(editor.startBox(QStringLiteral("slow")));
    auto *stop = qobject_cast<QSpinBox *>(editor.stopBox(QStringLiteral("slow")));
    auto *step = qobject_cast<QSpinBox *>(editor.stepBox(QStringLiteral("slow")));
    QVERIFY(start && stop && step);
    QCOMPARE(start->value(), 25);
    QCOMPARE(stop->value(), 75);
    QCOMPARE(step->value(), 5);
    QCOMPARE(start->minimum(), 2);
    QCOMPARE(stop->maximum(), 5000);
    // Double parameters (bollinger's k: 0.1 to 10 by 0.1, default 2: 2/2/5 = 0.2 → 1..3 by 0.2).
    const strategy::StrategyDescriptor &b = descriptor("bollinger_revert");
    editor.setStrategy(b, defaultValues(b.params));
    auto *kStart = qobject_cast<QDoubleSpinBox *>(editor.startBox(QStringLiteral("k")));
    auto *kStop = qobject_cast<QDoubleSpinBox *>(editor.stopBox(QStringLiteral("k")));
    auto *kStep = qobject_cast<QDoubleSpinBox *>(editor.stepBox(QStringLiteral("k")));
    QVERIFY(kStart && kStop && kStep);
    QCOMPARE(kStart->value(), 1.0);
    QCOMPARE(kStop->value(), 3.0);
    QCOMPARE(kStart->minimum(), 0.1);
    QCOMPARE(kStart->maximum(), 10.0);
    QCOMPARE(kStep->value(), 0.2);
    QCOMPARE(kStep->decimals(), 1);
    // Nothing included: no grid, and the editor says why.
    QVERIFY(!editor.grid());
    QCOMPARE(editor.pointCount(), std::size_t(0));
}

void TestBacktestForms::gridEditorGrid()
{
    const strategy::StrategyDescriptor &d = descriptor("sma_cross");
    GridEditor editor;
    ParamValues base = defaultValues(d.params);
    base.set(QStringLiteral("short"), 1);
    editor.setStrategy(d, base);
    QVERIFY(editor.setAxis(QStringLiteral("fast"), 5, 50, 5));
    QVERIFY(editor.setAxis(QStringLiteral("slow"), 60, 200, 20));
    const auto grid = editor.grid();
    QVERIFY2(grid, grid ? "" : qPrintable(grid.error().message));
    QCOMPARE(grid->axes.size(), std::size_t(2));
    QCOMPARE(grid->axes[0].name, QStringLiteral("fast"));
    QCOMPARE(grid->axes[0].values, (std::vector<double> {5, 10, 15, 20, 25, 30, 35, 40, 45, 50}));
    QCOMPARE(grid->axes[1].values, (std::vector<double> {60, 80, 100, 120, 140, 160, 180, 200}));
    // 10 fast values × 8 slow values.
    QCOMPARE(grid->size(), std::size_t(80));
    QCOMPARE(editor.countLabel()->text(), QStringLiteral("80 grid points"));
    // The parameter left out keeps the base value at every point.
    QCOMPARE(grid->point(0).value(u"short"), 1.0);
    QCOMPARE(grid->point(79).value(u"fast"), 50.0);
    QCOMPARE(grid->point(79).value(u"slow"), 200.0);
    // The same grid as the CLI's --grid fast=5:50:5 --grid slow=60:200:20.
    const auto cliFast = backtest::parseGridAxis(d.params, u"fast=5:50:5");
    QVERIFY(cliFast);
    QCOMPARE(grid->axes[0].values, cliFast->values);
}

void TestBacktestForms::gridEditorBoolAndErrors()
{
    const strategy::StrategyDescriptor &d = descriptor("sma_cross");
    GridEditor editor;
    editor.setStrategy(d, defaultValues(d.params));
    editor.setIncluded(QStringLiteral("short"), true);
    QVERIFY(!editor.stepBox(QStringLiteral("short"))->isEnabled()); // a switch takes both values
    auto grid = editor.grid();
    QVERIFY(grid);
    QCOMPARE(grid->axes[0].values, (std::vector<double> {0, 1}));

    // A start above the stop is refused by core's GridAxis::range, named in the count label.
    editor.setIncluded(QStringLiteral("short"), false);
    editor.setAxis(QStringLiteral("fast"), 40, 10, 5);
    grid = editor.grid();
    QVERIFY(!grid);
    QVERIFY(editor.countLabel()->text().contains(QStringLiteral("fast")));
    test::maybeSaveShot(&editor, QStringLiteral("grid-editor-error"));
}

QTEST_MAIN(TestBacktestForms)
#include "tst_backtestforms.moc"
