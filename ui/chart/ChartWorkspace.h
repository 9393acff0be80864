#pragma once

#include "PriceChart.h"

#include <QWidget>

#include <functional>

class QAction;
class QActionGroup;
class QComboBox;
class QLineEdit;
class QToolBar;
class QToolButton;
class QUndoStack;

namespace rutile::ui {

/// The chart workspace: a tool bar over the PriceChart. Range buttons (1M … All), the style,
/// the timeframe, the logarithmic axis, the value-axis lock, volume, indicators (through IndicatorDialog),
/// compare mode (through CompareDialog) and "go to date"; the export dialogs of the File menu.
///
/// It reads other symbols through a provider the main window sets, so it never opens a
/// workspace itself.
class ChartWorkspace : public QWidget {
    Q_OBJECT
public:
    using SeriesProvider = std::function<Result<BarSeries>(const QString &symbol)>;

    explicit ChartWorkspace(QWidget *parent = nullptr);

    PriceChart *chart() const { return m_chart; }
    QToolBar *toolBar() const { return m_toolBar; }

    /// Where compare mode gets other symbols' bars.
    void setSeriesProvider(SeriesProvider provider) { m_provider = std::move(provider); }
    /// The symbols compare mode offers (the charted one is left out).
    void setAvailableSymbols(const QStringList &symbols) { m_symbols = symbols; }

    /// Applies a saved layout, loading its compare symbols through the provider. Problems
    /// (an unknown compare symbol, an indicator that needs more bars) are returned; what can
    /// be applied is. The undo history starts again (it belongs to the symbol shown).
    Status applyLayout(const chart::ChartLayout &layout);

    /// Every edit of the chart (indicators, drawings, panes, style, timeframe, compare) as an
    /// undoable command; zoom and pan are not edits. The Edit menu's Undo and Redo.
    QUndoStack *undoStack() const { return m_undo; }
    /// Undo and redo put the chart back to `layout`, keeping the view where it is.
    void restoreEdit(const chart::ChartLayout &layout);
    /// Forgets the undo history (another symbol, another workspace).
    void resetHistory();
    /// Enters (or with no symbols leaves) compare mode, loading the series.
    Status setCompare(const chart::CompareSettings &settings);

    /// The range button of `preset` (object name "range_<name>").
    QToolButton *rangeButton(chart::RangePreset preset) const;
    QComboBox *styleBox() const { return m_style; }
    QComboBox *timeframeBox() const { return m_timeframe; }
    QAction *logAction() const { return m_log; }
    QAction *lockAction() const { return m_lock; }
    QAction *volumeAction() const { return m_volume; }
    /// The tool bar's action that arms drawing tool `kind` (object name "draw_<kind name>").
    QAction *drawAction(chart::DrawingKind kind) const;
    QAction *magnetAction() const { return m_magnet; }
    /// Deletes the selected drawing (Edit > Delete); disabled without a selection.
    QAction *deleteAction() const { return m_delete; }

public slots:
    /// Adds an indicator (index < 0) or edits indicator `index` in IndicatorDialog.
    void showIndicatorDialog(int index = -1);
    void showCompareDialog();
    /// File → Export Chart as PNG: size and scale, then the file.
    void exportPngDialog();
    /// File → Export Chart Data as CSV: the visible range, one column per indicator output.
    void exportCsvDialog();
    /// Writes the chart at `size` × `scale`, titled (PriceChart::exportTitle), to `path`;
    /// false (and a message box) on failure.
    bool exportPng(const QString &path, QSize size, double scale);
    /// The same without the message box: the error is returned.
    Status exportPngQuietly(const QString &path, QSize size, double scale);
    /// Edits drawing `index` in DrawingDialog.
    void showDrawingDialog(int index);

private:
    void syncToolBar();
    void createDrawingTools();
    void onLayoutChanged();
    Status applyLayoutKeepingHistory(const chart::ChartLayout &layout);

    PriceChart *m_chart = nullptr;
    QToolBar *m_toolBar = nullptr;
    QActionGroup *m_rangeGroup = nullptr;
    std::vector<std::pair<chart::RangePreset, QToolButton *>> m_rangeButtons;
    QComboBox *m_style = nullptr;
    QComboBox *m_timeframe = nullptr;
    QAction *m_log = nullptr;
    QAction *m_lock = nullptr;
    QAction *m_volume = nullptr;
    QLineEdit *m_jumpDate = nullptr;
    bool m_jumping = false; ///< inside a go-to: the field keeps its date
    std::vector<std::pair<chart::DrawingKind, QAction *>> m_drawActions;
    QAction *m_magnet = nullptr;
    QAction *m_delete = nullptr;
    QUndoStack *m_undo = nullptr;
    chart::ChartLayout m_committed; ///< the layout after the last command (or reset)
    bool m_restoring = false; ///< inside an undo or redo
    SeriesProvider m_provider;
    QStringList m_symbols;
};

} // namespace rutile::ui
