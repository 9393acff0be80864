#include "DateRangeFilter.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace rutile::ui {

DateRangeFilter::DateRangeFilter(QDate from, QDate to, QWidget *parent)
    : QWidget(parent)
    , m_limit(new QCheckBox(tr("&Dates:"), parent))
    , m_from(new QDateEdit(from, this))
    , m_to(new QDateEdit(to, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }
    layout->addWidget(m_from, 1); // the dates take the width, "to" only its own
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_to, 1);
    connect(m_limit, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_limit, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
}

void DateRangeFilter::setRange(QDate from, QDate to)
{
    m_limit->setChecked(from.isValid() || to.isValid());
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
}

Result<std::pair<QDate, QDate>> DateRangeFilter::range() const
{
    if (!m_limit->isChecked())
        return std::pair<QDate, QDate>{};
    if (m_from->date() > m_to->date())
        return Error::invalidArgument(tr("The start date is after the end date."));
    return std::pair{m_from->date(), m_to->date()};
}

} // namespace rutile::ui
