#pragma once

#include "chart/ChartLayout.h"

#include <QDialog>

class QCheckBox;
class QListWidget;
class QSpinBox;

namespace rutile::ui {

/// Chooses the symbols of compare mode (rebased to 100 at the first visible bar), and the
/// ratio and rolling-correlation panes of the primary against the first chosen symbol.
class CompareDialog : public QDialog {
    Q_OBJECT
public:
    explicit CompareDialog(QWidget *parent = nullptr);

    /// `available`: the workspace's symbols other than the charted one.
    void setChoices(const QStringList &available, const chart::CompareSettings &current);
    /// The choice; no symbols means "leave compare mode".
    chart::CompareSettings settings() const;

    QListWidget *symbolList() const { return m_symbols; }
    QCheckBox *ratioBox() const { return m_ratio; }
    QCheckBox *correlationBox() const { return m_correlation; }
    QSpinBox *windowBox() const { return m_window; }

private:
    chart::CompareSettings m_base;
    QListWidget *m_symbols = nullptr;
    QCheckBox *m_ratio = nullptr;
    QCheckBox *m_correlation = nullptr;
    QSpinBox *m_window = nullptr;
};

} // namespace rutile::ui
