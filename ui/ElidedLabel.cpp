#include "ElidedLabel.h"

#include <QFontMetrics>

namespace rutile::ui {

ElidedLabel::ElidedLabel(QWidget *parent, Qt::TextElideMode mode) : QLabel(parent), m_mode(mode)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_text = text;
    updateGeometry();
    elide();
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for "…" and a few letters: the rest goes when space is short.
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(QStringLiteral("MMM…")), QLabel::minimumSizeHint().height()};
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(m_text) + 2 * margin() + 2, QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    const QString shown = QFontMetrics(font()).elidedText(m_text, m_mode, contentsRect().width());
    setText(shown);
    setToolTip(shown == m_text ? QString() : m_text);
}

} // namespace rutile::ui
