// IndicatorDialog: generated from the registry (every indicator, its parameters with their
// ranges, one pen row per output), validation through the registry, edit mode, and the
// result applied to a chart with its legend.

#include "ChartTestSupport.h"
#include "UiTestSupport.h"
#include "chart/ChartItems.h"
#include "chart/IndicatorDialog.h"
#include "params/ParamForm.h"
#include "chart/PriceChart.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace rutile;
using namespace rutile::ui;
using namespace rutile::indicators;

class TestIndicatorDialog : public QObject {
    Q_OBJECT

    PriceChart m_chart;

    IndicatorDialog::Defaults defaults()
    {
        return [this](const IndicatorDescriptor &d) { return m_chart.defaultIndicator(d); };
    }

private slots:
    void listsEveryRegistryIndicator()
    {
        IndicatorDialog dialog(defaults());
        const auto all = IndicatorRegistry::builtIn().all();
        QCOMPARE(dialog.indicatorBox()->count(), int(all.size()));
        for (std::size_t i = 0; i < all.size(); ++i)
            QCOMPARE(dialog.indicatorBox()->itemData(int(i)).toString(), all[i].name);
    }

    void formFollowsTheDescriptor_data()
    {
        QTest::addColumn<QString>("name");
        for (const IndicatorDescriptor &d : IndicatorRegistry::builtIn().all())
            QTest::newRow(qPrintable(d.name)) << d.name;
    }

    void formFollowsTheDescriptor()
    {
        QFETCH(QString, name);
        IndicatorDialog dialog(defaults());
        dialog.selectIndicator(name);
        const IndicatorDescriptor *d = IndicatorRegistry::builtIn().find(name);
        QCOMPARE(dialog.descriptor(), d);
        QCOMPARE(dialog.paramForm()->specs().size(), d->params.size());
        for (const ParamSpec &p : d->params) {
            QWidget *editor = dialog.paramForm()->editor(p.name);
            QVERIFY2(editor, qPrintable(p.name));
            QCOMPARE(editor->objectName(), QStringLiteral("param_") + p.name);
            if (auto *box = qobject_cast<QSpinBox *>(editor)) {
                QCOMPARE(p.type, ParamType::Int);
                QCOMPARE(box->minimum(), int(p.minimum));
                QCOMPARE(box->maximum(), int(p.maximum));
                QCOMPARE(box->value(), int(p.defaultValue));
            } else if (auto *dbox = qobject_cast<QDoubleSpinBox *>(editor)) {
                QCOMPARE(p.type, ParamType::Double);
                QCOMPARE(dbox->minimum(), p.minimum);
                QCOMPARE(dbox->maximum(), p.maximum);
                QCOMPARE(dbox->value(), p.defaultValue);
            }
            QVERIFY(editor->toolTip().contains(p.format(p.maximum)));
        }
        // One pen row per output, with the chart's default colours.
        const chart::ChartIndicator expected = m_chart.defaultIndicator(*d);
        for (int i = 0; i < d->outputs.size(); ++i) {
            QCOMPARE(dialog.colorButton(i)->color().name(), expected.outputs[std::size_t(i)].color);
            QCOMPARE(dialog.widthBox(i)->value(), expected.outputs[std::size_t(i)].width);
        }
        const chart::ChartIndicator result = dialog.indicator();
        QCOMPARE(result.name, d->name);
        QCOMPARE(result.params, defaultValues(d->params));
        QCOMPARE(result.outputs.size(), std::size_t(d->outputs.size()));
    }

    void badParametersKeepTheDialogOpen()
    {
        IndicatorDialog dialog(defaults());
        dialog.selectIndicator(QStringLiteral("macd"));
        dialog.show();
        auto *fast = qobject_cast<QSpinBox *>(dialog.paramForm()->editor(QStringLiteral("fast")));
        auto *slow = qobject_cast<QSpinBox *>(dialog.paramForm()->editor(QStringLiteral("slow")));
        QVERIFY(fast && slow);
        fast->setValue(30);
        slow->setValue(26);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.errorLabel()->isVisibleTo(&dialog));
        QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("fast")), qPrintable(dialog.errorLabel()->text()));

        // A period longer than the series is refused too.
        fast->setValue(12);
        dialog.setSeriesLength(20);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.validationError().isEmpty());

        dialog.setSeriesLength(500);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.indicator().params,
            (ParamValues {{QStringLiteral("fast"), 12}, {QStringLiteral("slow"), 26}, {QStringLiteral("signal"), 9}}));
    }

    void editModeShowsTheIndicatorAndAppliesToTheChart()
    {
        const BarSeries s = rutile::test::waveSeries(300);
        PriceChart chart;
        chart.resize(900, 600);
        chart.setSeries(s, rutile::test::infoFor(s));
        chart::ChartIndicator bb = chart.defaultIndicator(*IndicatorRegistry::builtIn().find(u"bbands"));
        QVERIFY(chart.addIndicator(bb).ok());

        IndicatorDialog dialog([&chart](const IndicatorDescriptor &d) { return chart.defaultIndicator(d); });
        QVERIFY(dialog.removeButton()->isHidden()); // add mode
        dialog.setIndicator(chart.indicator(0));
        QVERIFY(!dialog.indicatorBox()->isEnabled());
        QVERIFY(!dialog.removeButton()->isHidden());
        QCOMPARE(dialog.descriptor()->name, QStringLiteral("bbands"));
        qobject_cast<QSpinBox *>(dialog.paramForm()->editor(QStringLiteral("period")))->setValue(30);
        qobject_cast<QDoubleSpinBox *>(dialog.paramForm()->editor(QStringLiteral("k")))->setValue(2.5);
        dialog.colorButton(0)->setColor(QColor(0x12, 0x34, 0x56));
        dialog.widthBox(0)->setValue(3);
        dialog.styleBox(1)->setCurrentIndex(dialog.styleBox(1)->findData(int(chart::LineStyle::Dot)));
        const chart::ChartIndicator edited = dialog.indicator();
        QVERIFY(chart.setIndicator(0, edited).ok());

        QCOMPARE(chart.indicator(0).params, (ParamValues {{QStringLiteral("period"), 30}, {QStringLiteral("k"), 2.5}}));
        QCOMPARE(chart.indicator(0).outputs[0].color, QStringLiteral("#123456"));
        QCOMPARE(chart.indicator(0).outputs[0].width, 3.0);
        QCOMPARE(chart.indicator(0).outputs[1].line, chart::LineStyle::Dot);
        // The plottables take the pens, the band keeps its fill, the legend names the parameters.
        const auto plots = chart.indicatorPlottables(0);
        QCOMPARE(plots.size(), std::size_t(3));
        auto *upper = qobject_cast<QCPGraph *>(plots[0]);
        chart.setVisibleRange(QCPRange(199.5, 259.5)); // 60 bars: wide apart
        QCOMPARE(upper->pen().color(), QColor(0x12, 0x34, 0x56));
        QCOMPARE(upper->pen().widthF(), 3.0);
        // Dense bars (the whole history in 900 px) are drawn with one-pixel lines.
        chart.showAll();
        QCOMPARE(upper->pen().widthF(), 1.0);
        QVERIFY(upper->pen().isCosmetic());
        QCOMPARE(upper->pen().color(), QColor(0x12, 0x34, 0x56));
        chart.setVisibleRange(QCPRange(199.5, 259.5));
        QVERIFY(chart.indicatorBand(0));
        QCOMPARE(chart.indicatorBand(0)->color().alpha(), 255); // pre-blended, under the bars
        QCOMPARE(qobject_cast<QCPGraph *>(plots[1])->pen().style(), Qt::DotLine);
        QVERIFY2(chart.legendText(0).contains(QStringLiteral("BBANDS(30,2.5)")), qPrintable(chart.legendText(0)));
        // The values are the registry's.
        const auto expected
            = compute(u"bbands", s, ParamValues {{QStringLiteral("period"), 30}, {QStringLiteral("k"), 2.5}});
        QVERIFY(expected.ok());
        QCOMPARE(chart.indicatorResult(0).columns[0].values[200], expected->columns[0].values[200]);

        // Remove ends the dialog with its own result.
        dialog.show();
        QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), IndicatorDialog::Removed);
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestIndicatorDialog)
#include "tst_indicatordialog.moc"
