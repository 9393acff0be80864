#include "ChartWorkspace.h"

#include "ChartExportDialog.h"
#include "CompareDialog.h"
#include "DrawingDialog.h"
#include "DrawingLayer.h"
#include "chart/LayoutChange.h"
#include "IndicatorDialog.h"
#include "PngOutput.h"
#include "RecentFolders.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QCalendarWidget>
#include <QLineEdit>
#include <QStyle>
#include <QWidgetAction>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QScopedValueRollback>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>
#include <QInputDialog>
#include <QMenu>
#include <QUndoStack>
#include <QVBoxLayout>
#include <utility>

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
        // The button's text and tip in the GUI's language; the object name keeps the layout
        // file's key (rangePresetName).
        const auto [label, tip] = [this, preset]() -> std::pair<QString, QString> {
            switch (preset) {
            case chart::RangePreset::OneMonth: return {tr("1M"), tr("Show the last month")};
            case chart::RangePreset::ThreeMonths: return {tr("3M"), tr("Show the last three months")};
            case chart::RangePreset::SixMonths: return {tr("6M"), tr("Show the last six months")};
            case chart::RangePreset::YearToDate: return {tr("YTD"), tr("Show this year")};
            case chart::RangePreset::OneYear: return {tr("1Y"), tr("Show the last year")};
            case chart::RangePreset::FiveYears: return {tr("5Y"), tr("Show the last five years")};
            case chart::RangePreset::All: return {tr("All"), tr("Show the whole history")};
            }
            return {};
        }();
        QAction *a = m_toolBar->addAction(label, this, [this, preset] { m_chart->showPreset(preset); });
        a->setCheckable(true);
        a->setToolTip(tip);
        m_rangeGroup->addAction(a);
        auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(a));
        button->setObjectName(QStringLiteral("range_") + chart::rangePresetName(preset));
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
    // In the View menu and the chart's context menu, not the tool bar: it must fit a laptop.
    m_lock = new QAction(tr("Lock Value Axes"), this);
    m_lock->setObjectName(QStringLiteral("lockYAction"));
    connect(m_lock, &QAction::triggered, this, [this](bool on) { m_chart->setYLocked(on); });
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
    createDrawingTools();
    m_toolBar->addSeparator();
    // A plain text field, not a QDateEdit: a QDateEdit rejects a date typed over its selected
    // text digit by digit (the first digit alone is no date), so "2020-03-16" typed into it
    // kept the old year.
    m_jumpDate = new QLineEdit(this);
    m_jumpDate->setObjectName(QStringLiteral("jumpDate"));
    m_jumpDate->setInputMask(QStringLiteral("0000-00-00"));
    m_jumpDate->setFixedWidth(m_jumpDate->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 34);
    m_jumpDate->setToolTip(tr("Go to a date: the chart centres on it (YYYY-MM-DD, then Enter)"));
    QAction *calendarAction = m_jumpDate->addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), QLineEdit::TrailingPosition);
    calendarAction->setToolTip(tr("Pick the date in a calendar"));
    connect(calendarAction, &QAction::triggered, this, [this] {
        QMenu popup(this);
        auto *calendar = new QCalendarWidget(&popup);
        const BarSeries &s = m_chart->series();
        if (!s.empty())
            calendar->setDateRange(s.firstDate(), s.lastDate());
        calendar->setSelectedDate(QDate::fromString(m_jumpDate->text(), Qt::ISODate));
        auto *holder = new QWidgetAction(&popup);
        holder->setDefaultWidget(calendar);
        popup.addAction(holder);
        connect(calendar, &QCalendarWidget::activated, &popup, [this, &popup](QDate date) {
            m_jumpDate->setText(date.toString(Qt::ISODate));
            popup.close();
            QScopedValueRollback guard(m_jumping, true);
            m_chart->jumpToDate(date);
        });
        popup.exec(m_jumpDate->mapToGlobal(QPoint(0, m_jumpDate->height())));
    });
    connect(m_jumpDate, &QLineEdit::returnPressed, this, [this] {
        const QDate date = QDate::fromString(m_jumpDate->text(), Qt::ISODate);
        QScopedValueRollback guard(m_jumping, true); // the field keeps the date gone to
        const bool ok = date.isValid() && m_chart->jumpToDate(date);
        // A date that is no date, or after the data, is marked until it is corrected.
        m_jumpDate->setStyleSheet(ok ? QString() : QStringLiteral("QLineEdit { color: #c62828; }"));
    });
    connect(m_jumpDate, &QLineEdit::textEdited, this, [this] { m_jumpDate->setStyleSheet(QString()); });
    m_toolBar->addWidget(m_jumpDate);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_chart, 1);

    m_undo = new QUndoStack(this);
    m_undo->setObjectName(QStringLiteral("chartUndoStack"));
    connect(m_chart, &PriceChart::layoutChanged, this, &ChartWorkspace::syncToolBar);
    connect(m_chart, &PriceChart::layoutChanged, this, &ChartWorkspace::onLayoutChanged);
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
    m_volume->setEnabled(m_chart->hasVolume() || m_chart->series().empty());
    m_volume->setToolTip(m_chart->hasVolume() || m_chart->series().empty() ? tr("Show the volume pane")
                                                                           : tr("This symbol has no volume"));
    const BarSeries &s = m_chart->series();
    if (!s.empty()) {
        const auto [first, last] = m_chart->visibleBars();
        if (first < last && !m_jumpDate->hasFocus() && !m_jumping)
            m_jumpDate->setText(s.date(last - 1).toString(Qt::ISODate));
    }
}

Status ChartWorkspace::applyLayout(const chart::ChartLayout &layout)
{
    const Status s = applyLayoutKeepingHistory(layout);
    resetHistory();
    return s;
}

Status ChartWorkspace::applyLayoutKeepingHistory(const chart::ChartLayout &layout)
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

// ---- drawings ---------------------------------------------------------------------------------

void ChartWorkspace::createDrawingTools()
{
    DrawingLayer *layer = m_chart->drawingLayer();
    auto *menu = new QMenu(this);
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    // Ctrl+Shift and a letter: Alt and a letter open the menus.
    const std::pair<chart::DrawingKind, Qt::Key> keys[] = {{chart::DrawingKind::TrendLine, Qt::Key_L},
        {chart::DrawingKind::Ray, Qt::Key_Y}, {chart::DrawingKind::HorizontalLine, Qt::Key_H},
        {chart::DrawingKind::VerticalLine, Qt::Key_V}, {chart::DrawingKind::Rectangle, Qt::Key_B},
        {chart::DrawingKind::Fibonacci, Qt::Key_F}, {chart::DrawingKind::Text, Qt::Key_N}};
    for (const auto &[kind, key] : keys) {
        QAction *a = menu->addAction(chart::drawingKindTitle(kind));
        a->setObjectName(QStringLiteral("draw_") + chart::drawingKindName(kind));
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | key));
        a->setShortcutContext(Qt::WindowShortcut);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, layer, kind = kind] {
            layer->setTool(kind);
            m_chart->setFocus(Qt::ShortcutFocusReason);
        });
        m_drawActions.emplace_back(kind, a);
    }
    menu->addSeparator();
    m_magnet = menu->addAction(tr("Magnet (Snap to Open, High, Low, Close)"));
    m_magnet->setObjectName(QStringLiteral("drawMagnet"));
    m_magnet->setCheckable(true);
    m_magnet->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_magnet, &QAction::toggled, layer, &DrawingLayer::setMagnet);
    addActions(menu->actions()); // the shortcuts work while the menu is closed

    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("drawButton"));
    button->setText(tr("Draw"));
    button->setToolTip(tr("Drawing tools: lines, rectangles, Fibonacci retracements and notes (Esc cancels, "
                          "Delete removes the selected drawing)"));
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(button);

    // A used or cancelled tool unchecks its action.
    connect(layer, &DrawingLayer::toolChanged, this, [this, group, layer] {
        const auto tool = layer->tool();
        group->setExclusive(false);
        for (const auto &[kind, action] : m_drawActions)
            action->setChecked(tool && *tool == kind);
        group->setExclusive(true);
    });
    connect(layer, &DrawingLayer::editRequested, this, &ChartWorkspace::showDrawingDialog);
    layer->setTextProvider([this]() -> std::optional<QString> {
        bool ok = false;
        const QString text
            = QInputDialog::getMultiLineText(this, tr("Text Note"), tr("Note on the chart:"), QString(), &ok);
        if (!ok)
            return std::nullopt;
        return text;
    });

    m_delete = new QAction(tr("&Delete Drawing"), this);
    m_delete->setObjectName(QStringLiteral("deleteDrawingAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setEnabled(false);
    connect(m_delete, &QAction::triggered, layer, [layer] { layer->remove(layer->selected()); });
    connect(layer, &DrawingLayer::selectionChanged, this, [this, layer] { m_delete->setEnabled(layer->selected() >= 0); });
}

QAction *ChartWorkspace::drawAction(chart::DrawingKind kind) const
{
    for (const auto &[k, action] : m_drawActions) {
        if (k == kind)
            return action;
    }
    return nullptr;
}

void ChartWorkspace::showDrawingDialog(int index)
{
    DrawingLayer *layer = m_chart->drawingLayer();
    if (index < 0 || index >= layer->count())
        return;
    DrawingDialog dialog(layer->drawings()[std::size_t(index)], this);
    if (dialog.exec() == QDialog::Accepted)
        layer->replace(index, dialog.drawing());
}

// ---- undo -------------------------------------------------------------------------------------

namespace {

/// One edit of the chart: the layouts before and after it. The edit itself has happened when
/// the command is pushed, so the first redo() does nothing.
class ChartEditCommand : public QUndoCommand {
public:
    ChartEditCommand(ChartWorkspace *workspace, chart::ChartLayout before, chart::ChartLayout after, const QString &text)
        : QUndoCommand(text)
        , m_workspace(workspace)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    void undo() override { m_workspace->restoreEdit(m_before); }
    void redo() override
    {
        if (m_done)
            m_workspace->restoreEdit(m_after);
        m_done = true;
    }

private:
    ChartWorkspace *m_workspace;
    chart::ChartLayout m_before;
    chart::ChartLayout m_after;
    bool m_done = false;
};

} // namespace

void ChartWorkspace::onLayoutChanged()
{
    if (m_restoring)
        return;
    chart::ChartLayout now = m_chart->layout();
    if (chart::sameExceptRange(now, m_committed)) {
        m_committed = std::move(now);
        return;
    }
    QString text = chart::describeLayoutChange(m_committed, now);
    m_undo->push(new ChartEditCommand(this, m_committed, now, text));
    m_committed = std::move(now);
}

void ChartWorkspace::restoreEdit(const chart::ChartLayout &layout)
{
    chart::ChartLayout target = layout;
    // The view stays where it is: undo changes what is drawn, not where the trader looks.
    const chart::ChartLayout current = m_chart->layout();
    target.rangePreset = current.rangePreset;
    target.from = current.from;
    target.to = current.to;
    {
        QScopedValueRollback guard(m_restoring, true);
        if (Status s = applyLayoutKeepingHistory(target); !s)
            QMessageBox::warning(this, tr("Undo"), s.error().toString());
        m_chart->notifyLayoutChanged(); // saved in the workspace like any edit
    }
    m_committed = m_chart->layout();
}

void ChartWorkspace::resetHistory()
{
    m_undo->clear();
    m_committed = m_chart->layout();
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

Status ChartWorkspace::exportPngQuietly(const QString &path, QSize size, double scale)
{
    return writePng(path, m_chart->renderImage(size, scale, m_chart->exportTitle()));
}

bool ChartWorkspace::exportPng(const QString &path, QSize size, double scale)
{
    if (Status s = exportPngQuietly(path, size, scale); !s) {
        QMessageBox::warning(this, tr("Export Failed"), s.error().toString());
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
    const QString path = askSaveFileName(this, FolderKind::ExportPng, tr("Export Chart as PNG"), name, tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportPng(path, options.imageSize(), options.scale());
}

void ChartWorkspace::exportCsvDialog()
{
    const QString symbol = m_chart->symbolInfo().symbol;
    const QString name = (symbol.isEmpty() ? QStringLiteral("chart") : symbol) + QStringLiteral("-indicators.csv");
    const QString path = askSaveFileName(
        this, FolderKind::ExportCsv, tr("Export Chart Data as CSV"), name, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status s = m_chart->writeVisibleCsv(path); !s)
        QMessageBox::warning(this, tr("Export Failed"), s.error().toString());
}

} // namespace rutile::ui
