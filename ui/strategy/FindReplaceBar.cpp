#include "strategy/FindReplaceBar.h"

#include <Qsci/qsciscintilla.h>

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace rutile::ui {

FindReplaceBar::FindReplaceBar(QsciScintilla *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("findReplaceBar"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 4);

    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findField"));
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    auto *next = new QPushButton(tr("&Next"), this);
    auto *previous = new QPushButton(tr("Pre&vious"), this);
    m_case = new QCheckBox(tr("Match &case"), this);
    m_words = new QCheckBox(tr("&Whole words"), this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);

    m_replaceLabel = new QLabel(tr("Replace with:"), this);
    m_replace = new QLineEdit(this);
    m_replace->setObjectName(QStringLiteral("replaceField"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replaceOne = new QPushButton(tr("&Replace"), this);
    m_replaceAll = new QPushButton(tr("Replace &All"), this);

    grid->addWidget(new QLabel(tr("Find:"), this), 0, 0);
    grid->addWidget(m_find, 0, 1);
    grid->addWidget(next, 0, 2);
    grid->addWidget(previous, 0, 3);
    grid->addWidget(m_case, 0, 4);
    grid->addWidget(m_words, 0, 5);
    grid->addWidget(m_status, 0, 6);
    grid->addWidget(close, 0, 7);
    grid->addWidget(m_replaceLabel, 1, 0);
    grid->addWidget(m_replace, 1, 1);
    grid->addWidget(m_replaceOne, 1, 2);
    grid->addWidget(m_replaceAll, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(6, 1);

    connect(m_find, &QLineEdit::returnPressed, this, &FindReplaceBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceOne);
    connect(next, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(m_replaceOne, &QPushButton::clicked, this, &FindReplaceBar::replaceOne);
    connect(m_replaceAll, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    setReplaceVisible(false);
    hide();
}

void FindReplaceBar::setReplaceVisible(bool visible)
{
    for (QWidget *w : {static_cast<QWidget *>(m_replaceLabel), static_cast<QWidget *>(m_replace),
             static_cast<QWidget *>(m_replaceOne), static_cast<QWidget *>(m_replaceAll)})
        w->setVisible(visible);
}

void FindReplaceBar::showFind()
{
    const QString selected = m_editor->selectedText();
    if (!selected.isEmpty() && !selected.contains(QLatin1Char('\n')))
        m_find->setText(selected);
    setReplaceVisible(false);
    show();
    m_find->setFocus();
    m_find->selectAll();
}

void FindReplaceBar::showReplace()
{
    showFind();
    setReplaceVisible(true);
}

bool FindReplaceBar::find(bool forward)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    int line = 0, index = 0;
    m_editor->getCursorPosition(&line, &index);
    if (!forward && m_editor->hasSelectedText()) {
        // Searching backwards from the cursor would find the current match again.
        int lineFrom = 0, indexFrom = 0, lineTo = 0, indexTo = 0;
        m_editor->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
        line = lineFrom;
        index = indexFrom;
    }
    const bool found = m_editor->findFirst(text, false, m_case->isChecked(), m_words->isChecked(), true, forward,
                                           line, index, true);
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

bool FindReplaceBar::findNext()
{
    return find(true);
}

bool FindReplaceBar::findPrevious()
{
    return find(false);
}

bool FindReplaceBar::replaceOne()
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    const Qt::CaseSensitivity cs = m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (m_editor->hasSelectedText() && m_editor->selectedText().compare(text, cs) == 0)
        m_editor->replaceSelectedText(m_replace->text());
    return findNext();
}

int FindReplaceBar::replaceAll()
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return 0;
    int count = 0;
    m_editor->beginUndoAction();
    // From the top, without wrapping: a replacement containing the text is not found again.
    bool found = m_editor->findFirst(text, false, m_case->isChecked(), m_words->isChecked(), false, true, 0, 0, false);
    while (found) {
        m_editor->replace(m_replace->text());
        ++count;
        found = m_editor->findNext();
    }
    m_editor->endUndoAction();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace rutile::ui
