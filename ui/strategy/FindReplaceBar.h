#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QsciScintilla;

namespace rutile::ui {

/// The find and replace bar under a QScintilla editor (Ctrl+F, Ctrl+H): find next and
/// previous (wrapping), match case, whole words, replace one, replace all (one undo step).
/// Escape closes it and gives the focus back to the editor.
class FindReplaceBar : public QWidget {
    Q_OBJECT
public:
    explicit FindReplaceBar(QsciScintilla *editor, QWidget *parent = nullptr);

    /// Shows the bar with the selection (if on one line) as the text to find.
    void showFind();
    /// Shows the bar with the replace row.
    void showReplace();

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QCheckBox *caseBox() const { return m_case; }
    QCheckBox *wordsBox() const { return m_words; }
    QLabel *statusLabel() const { return m_status; }

public slots:
    bool findNext();
    bool findPrevious();
    /// Replaces the current match (if the selection is one) and finds the next.
    bool replaceOne();
    /// Replaces every match in the document; returns how many.
    int replaceAll();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool forward);
    void setReplaceVisible(bool visible);

    QsciScintilla *m_editor = nullptr;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_case = nullptr;
    QCheckBox *m_words = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_replaceLabel = nullptr;
    QPushButton *m_replaceOne = nullptr;
    QPushButton *m_replaceAll = nullptr;
};

} // namespace rutile::ui
