#pragma once

#include "util/Error.h"

#include <QDate>
#include <QWidget>

#include <utility>

class QCheckBox;
class QDateEdit;

namespace rutile::ui {

/// A date range behind a check box, for the windows that run over a symbol's history (the
/// Scanner, its Portfolio tab, Relative Value, the ML Lab): unticked, the whole history; ticked,
/// from and to, both inclusive. The check box labels the row: form->addRow(r->checkBox(), r).
class DateRangeFilter : public QWidget {
    Q_OBJECT
public:
    /// `from` and `to` are the dates shown before any is chosen.
    DateRangeFilter(QDate from, QDate to, QWidget *parent = nullptr);

    QCheckBox *checkBox() const { return m_limit; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

    /// Ticks the box when either date is valid and shows the valid ones; unticks it when neither is.
    void setRange(QDate from, QDate to);
    /// The chosen range, null dates when the box is unticked. InvalidArgument when the start is
    /// after the end.
    Result<std::pair<QDate, QDate>> range() const;

private:
    QCheckBox *m_limit;
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace rutile::ui
