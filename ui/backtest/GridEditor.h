#pragma once

#include "backtest/ParameterGrid.h"
#include "strategy/Strategy.h"

#include <QWidget>

#include <vector>

class QAbstractSpinBox;
class QCheckBox;
class QGridLayout;
class QLabel;

namespace rutile::ui {

/// The optimiser's grid, edited per parameter of a strategy: include it on the grid or not,
/// and its start, stop (inclusive) and step, each editor typed and limited like the
/// parameter's own (ParamSpec: a spin box for Int, a double spin box for Double; a Bool or
/// Choice parameter takes all its values). Start, stop and step default to core's
/// backtest::suggestedRange (about half the default to one and a half times it, 11 values at
/// most). Parameters left out keep the base values (the strategy panel's).
///
/// The grid is built by core's GridAxis::range, so the GUI, `--grid name=a:b:s` and the
/// walk-forward optimiser produce the same points; the editor shows the point count.
class GridEditor : public QWidget {
    Q_OBJECT
public:
    explicit GridEditor(QWidget *parent = nullptr);

    /// Rebuilds the rows for `descriptor`'s parameters; `base` gives the values of the
    /// parameters left out (defaults fill the rest).
    void setStrategy(const strategy::StrategyDescriptor &descriptor, const ParamValues &base);
    void setBase(const ParamValues &base);

    /// Includes parameter `name` with the range [start, stop] by `step` (the editors clamp
    /// to the parameter's range); false when there is no such parameter.
    bool setAxis(const QString &name, double start, double stop, double step);
    /// Leaves parameter `name` out of (or puts it back on) the grid.
    void setIncluded(const QString &name, bool included);

    /// The parameters on the grid as `--grid` takes them: "fast=10:30:2 slow=25:75:5" (empty
    /// when none is included).
    QString axesText() const;
    /// Puts the axes of `text` (axesText()'s form) on the grid and leaves the other parameters
    /// out; an axis the parameters no longer accept is skipped. False when none was usable.
    bool setAxesText(const QString &text);

    /// The grid: one axis per included parameter in form order (the first varies slowest),
    /// checked against the specs; or the first bad range.
    Result<backtest::ParameterGrid> grid() const;
    /// Points of the grid (0 when it is invalid).
    std::size_t pointCount() const;

    QCheckBox *includeBox(const QString &name) const;
    QAbstractSpinBox *startBox(const QString &name) const;
    QAbstractSpinBox *stopBox(const QString &name) const;
    QAbstractSpinBox *stepBox(const QString &name) const;
    QLabel *countLabel() const { return m_count; }

signals:
    void gridChanged();

private:
    struct Row {
        ParamSpec spec;
        QCheckBox *include = nullptr;
        QAbstractSpinBox *start = nullptr;
        QAbstractSpinBox *stop = nullptr;
        QAbstractSpinBox *step = nullptr;
        QLabel *values = nullptr; ///< "10 values"
    };
    const Row *row(const QString &name) const;
    QAbstractSpinBox *makeBox(const ParamSpec &spec, double value, bool isStep);
    static double valueOf(const QAbstractSpinBox *box);
    static void setValueOf(QAbstractSpinBox *box, double value);
    void updateCounts();

    std::vector<Row> m_rows;
    ParamValues m_base;
    QGridLayout *m_layout = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace rutile::ui
