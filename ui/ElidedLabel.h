#pragma once

#include <QLabel>

namespace rutile::ui {

/// One line of plain text that takes the width it is given: cut with "…" when it has less
/// than the text needs (the whole text then in the tooltip), so that a long title never
/// widens its window past the screen or pushes the widgets beside it off the edge.
class ElidedLabel : public QLabel {
    Q_OBJECT

public:
    /// `mode`: where the text is cut (Qt::ElideMiddle keeps a path's file name).
    explicit ElidedLabel(QWidget *parent = nullptr, Qt::TextElideMode mode = Qt::ElideRight);

    /// The whole text (QLabel::text() is what is shown).
    QString fullText() const { return m_text; }
    void setFullText(const QString &text);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_text;
    Qt::TextElideMode m_mode;
};

} // namespace rutile::ui
