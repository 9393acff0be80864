#include "ChartWorkspace.h"

#include "ChartExportDialog.h"
#include "CompareDialog.h"
#include "IndicatorDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace rutile::ui {

ChartWorkspace::ChartWorkspace(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("chartWorkspace"));
    m_chart = new PriceChart(this);
    m_toolBar = new QToolBar(tr("Chart"), this);
    m_toolBar->setObjectName(QStringLiteral("chartToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_rangeGroup = new QActionGroup(this);
    m_rangeGroup->setExclusive(true);
    for (chart::RangePreset preset : chart::allRangePresets()) {
        const QString name = chart::rangePresetName(preset);
        QAction *a = m_toolBar->addAction(name, this, [this, preset] { m_chart->showPreset(preset); });
        a->setCheckable(true);
        a->setToolTip(preset == chart::RangePreset::All    ? tr("Show the whole history")
                : preset == chart::RangePreset::YearToDate ? tr("Show this year")
                                                           : tr("Show the last %1").arg(name));
        m_rangeGroup->addAction(a);
        auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(a));
        button->setObjectName(QStringLiteral("range_") + name);
        m_rangeButtons.emplace_back(preset, button);
    }
    m_toolBar->addSeparator();

    m_style = new QComboBox(this);
    m_style->setObjectName(QStringLiteral("chartStyle"));
    m_style->addItem(tr("Candles"), int(chart::ChartStyle::Candles));
    m_style->addItem(tr("OHLC bars"), int(chart::ChartStyle::Ohlc));
    m_style->addItem(tr("Line"), int(chart::ChartStyle::Line));
    m_style->addItem(tr("Heikin-Ashi"), int(chart::ChartStyle::HeikinAshi));
    m_style->setToolTip(tr("How bars are drawn"));
    connect(m_style, &QComboBox::activated, this,
        [this] { m_chart->setChartStyle(static_cast<chart::ChartStyle>(m_style->currentData().toInt())); });
    m_toolBar->addWidget(m_style);

    m_timeframe = new QComboBox(this);
    m_timeframe->setObjectName(QStringLiteral("chartTimeframe"));
    m_timeframe->addItem(tr("Daily"), int(Timeframe::Daily));
    m_timeframe->addItem(tr("Weekly"), int(Timeframe::Weekly));
    m_timeframe->addItem(tr("Monthly"), int(Timeframe::Monthly));
    m_timeframe->setToolTip(tr("Bars of one day, one week (Monday to Friday) or one month; indicators are "
                               "computed on these bars"));
    connect(m_timeframe, &QComboBox::activated, this,
        [this] { m_chart->setTimeframe(static_cast<Timeframe>(m_timeframe->currentData().toInt())); });
    m_toolBar->addWidget(m_timeframe);

    m_log = m_toolBar->addAction(tr("Log"), this, [this](bool on) { m_chart->setLogScale(on); });
    m_log->setCheckable(true);
    m_log->setToolTip(tr("Logarithmic price axis"));
    m_lock = m_toolBar->addAction(tr("Lock Y"), this, [this](bool on) { m_chart->setYLocked(on); });
    m_lock->setCheckable(true);
    m_lock->setToolTip(tr("Keep the value axes instead of fitting them to the bars in view (drag to move them)"));
    m_volume = m_toolBar->addAction(tr("Volume"), this, [this](bool on) { m_chart->setVolumeVisible(on); });
    m_volume->setCheckable(true);
    m_volume->setToolTip(tr("Show the volume pane"));
    m_toolBar->addSeparator();
    QAction *add = m_toolBar->addAction(tr("Indicator..."), this, [this] { showIndicatorDialog(); });
    add->setToolTip(tr("Add an indicator (click an indicator's name on the chart to edit it)"));
    add->setObjectName(QStringLiteral("addIndicatorAction"));
    QAction *compare = m_toolBar->addAction(tr("Compare..."), this, &ChartWorkspace::showCompareDialog);
    compare->setToolTip(tr("Overlay other symbols rebased to 100, with ratio and correlation panes"));
    compare->setObjectName(QStringLiteral("compareAction"));
    m_toolBar->addSeparator();
    m_toolBar->addWidget(new QLabel(tr(" Go to "), this));
    m_jumpDate = new QDateEdit(this);
    m_jumpDate->setObjectName(QStringLiteral("jumpDate"));
    m_jumpDate->setCalendarPopup(true);
    m_jumpDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_jumpDate->setToolTip(tr("Centre the chart on this date"));
    connect(m_jumpDate, &QDateEdit::editingFinished, this, [this] { m_chart->jumpToDate(m_jumpDate->date()); });
    m_toolBar->addWidget(m_jumpDate);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_chart, 1);

    connect(m_chart, &PriceChart::layoutChanged, this, &ChartWorkspace::syncToolBar);
    connect(m_chart, &PriceChart::visibleRangeChanged, this, &ChartWorkspace::syncToolBar);
    connect(m_chart, &PriceChart::indicatorEditRequested, this, &ChartWorkspace::showIndicatorDialog);
    connect(m_chart, &PriceChart::addIndicatorRequested, this, [this] { showIndicatorDialog(); });
    syncToolBar();
}

QToolButton *ChartWorkspace::rangeButton(chart::RangePreset preset) const
{
    for (const auto &[p, button] : m_rangeButtons) {
        if (p == preset)
            return button;
    }
    return nullptr;
}

void ChartWorkspace::syncToolBar()
{
    const auto active = m_chart->activePreset();
    // An exclusive group cannot be cleared by unchecking one action; switch it off meanwhile.
    m_rangeGroup->setExclusive(false);
    for (const auto &[preset, button] : m_rangeButtons)
        button->defaultAction()->setChecked(active && *active == preset);
    m_rangeGroup->setExclusive(true);
    m_style->setCurrentIndex(m_style->findData(int(m_chart->chartStyle())));
    m_timeframe->setCurrentIndex(m_timeframe->findData(int(m_chart->timeframe())));
    m_log->setChecked(m_chart->logScale());
    m_lock->setChecked(m_chart->yLocked());
    m_volume->setChecked(m_chart->volumeVisible());
    const BarSeries &s = m_chart->series();
    if (!s.empty()) {
        const QSignalBlocker block(m_jumpDate);
        m_jumpDate->setDateRange(s.firstDate(), s.lastDate());
        const auto [first, last] = m_chart->visibleBars();
        if (first < last && !m_jumpDate->hasFocus())
            m_jumpDate->setDate(s.date(last - 1));
    }
}

Status ChartWorkspace::applyLayout(const chart::ChartLayout &layout)
{
    Status applied = m_chart->applyLayout(layout);
    Status compared = setCompare(layout.compare);
    // The range again: compare panes change the width the preset was fitted to.
    if (layout.rangePreset)
        m_chart->showPreset(*layout.rangePreset);
    else
        m_chart->showDates(layout.from, layout.to);
    syncToolBar();
    return applied ? compared : applied;
}

Status ChartWorkspace::setCompare(const chart::CompareSettings &settings)
{
    if (!settings.enabled()) {
        m_chart->clearCompare();
        return {};
    }
    if (!m_provider)
        return Error::internal(tr("no source for other symbols"));
    std::vector<BarSeries> others;
    chart::CompareSettings found = settings;
    found.symbols.clear();
    QStringList missing;
    for (const QString &symbol : settings.symbols) {
        auto bars = m_provider(symbol);
        if (!bars || bars->empty()) {
            missing << symbol;
            continue;
        }
        bars->symbol = symbol;
        others.push_back(std::move(*bars));
        found.symbols << symbol;
    }
    Status s = m_chart->setCompare(found, std::move(others));
    if (s && !missing.isEmpty())
        return Error {
            ErrorKind::NotFound, tr("not in this workspace: %1").arg(missing.join(QStringLiteral(", "))), {}, 0, 0};
    return s;
}

void ChartWorkspace::showIndicatorDialog(int index)
{
    IndicatorDialog dialog(
        [this](const indicators::IndicatorDescriptor &d) { return m_chart->defaultIndicator(d); }, this);
    dialog.setSeriesLength(m_chart->series().size());
    if (index >= 0 && index < m_chart->indicatorCount())
        dialog.setIndicator(m_chart->indicator(index));
    const int result = dialog.exec();
    if (result == IndicatorDialog::Removed && index >= 0) {
        m_chart->removeIndicator(index);
        return;
    }
    if (result != QDialog::Accepted)
        return;
    Status s;
    if (index >= 0) {
        s = m_chart->setIndicator(index, dialog.indicator());
    } else if (auto added = m_chart->addIndicator(dialog.indicator()); !added) {
        s = added.error();
    }
    if (!s)
        QMessageBox::warning(this, tr("Indicator"), s.error().toString());
}

void ChartWorkspace::showCompareDialog()
{
    CompareDialog dialog(this);
    QStringList others = m_symbols;
    others.removeAll(m_chart->symbolInfo().symbol);
    dialog.setChoices(others, m_chart->compareSettings());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = setCompare(dialog.settings()); !s)
        QMessageBox::warning(this, tr("Compare"), s.error().toString());
}

bool ChartWorkspace::exportPng(const QString &path, QSize size, double scale)
{
    const QImage image = m_chart->renderImage(size, scale);
    if (!image.save(path, "PNG")) {
        QMessageBox::warning(
            this, tr("Export Failed"), tr("%1: cannot write the image").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

void ChartWorkspace::exportPngDialog()
{
    ChartExportDialog options(m_chart->size(), devicePixelRatioF(), this);
    if (options.exec() != QDialog::Accepted)
        return;
    const QString symbol = m_chart->symbolInfo().symbol;
    const QString name = (symbol.isEmpty() ? QStringLiteral("chart") : symbol) + QStringLiteral(".png");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart as PNG"), QDir::home().filePath(name), tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportPng(path, options.imageSize(), options.scale());
}

void ChartWorkspace::exportCsvDialog()
{
    const QString symbol = m_chart->symbolInfo().symbol;
    const QString name = (symbol.isEmpty() ? QStringLiteral("chart") : symbol) + QStringLiteral("-indicators.csv");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart Data as CSV"), QDir::home().filePath(name), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status s = m_chart->writeVisibleCsv(path); !s)
        QMessageBox::warning(this, tr("Export Failed"), s.error().toString());
}

} // namespace rutile::ui
