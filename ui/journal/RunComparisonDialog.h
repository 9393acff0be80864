#pragma once

// Two runs side by side (core/journal/RunComparison): run facts, parameters, engine settings
// and results, the rows that differ in bold on a tinted background; exported as CSV.

#include "journal/RunComparison.h"

#include <QDialog>

class QTableWidget;

namespace rutile::ui {

class RunComparisonDialog : public QDialog {
    Q_OBJECT
public:
    RunComparisonDialog(const RunRecord &a, const RunRecord &b, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    /// Rows that differ (the time aside).
    int differences() const { return m_differences; }

private:
    QTableWidget *m_table = nullptr;
    int m_differences = 0;
};

} // namespace rutile::ui
