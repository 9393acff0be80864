#pragma once

#include "rules/Diagnostics.h"

#include <Qsci/qsciscintilla.h>

#include <QSet>
#include <QStringList>

#include <vector>

class QsciAPIs;

namespace rutile::ui {

class RuleLexer;

/// The text editor of a rule file: QScintilla with the rule lexer, line numbers, a margin
/// marking lines with problems, brace matching, auto-completion of keywords, price fields,
/// functions, indicators and the names the file declares (call tips give each function's and
/// indicator's signature), problems underlined with their message as a tool tip, and a light
/// and a dark theme. Undo/redo, find and replace are QScintilla's own.
class RuleEditor : public QsciScintilla {
    Q_OBJECT
public:
    static constexpr int kErrorIndicator = 8;
    static constexpr int kErrorMarker = 1;

    explicit RuleEditor(QWidget *parent = nullptr);
    ~RuleEditor() override;

    RuleLexer *ruleLexer() const { return m_lexer; }
    QsciAPIs *completions() const { return m_apis; }

    void setDark(bool dark);
    bool isDark() const;

    /// Shows `diagnostics` (1-based lines and columns, in characters): the word at each
    /// position underlined, its line marked in the margin, its message the tool tip there.
    void setDiagnostics(const std::vector<rules::Diagnostic> &diagnostics);
    const std::vector<rules::Diagnostic> &diagnostics() const { return m_diagnostics; }
    /// True when the character at 1-based `line`, `column` is underlined as a problem.
    bool isUnderlined(int line, int column) const;
    /// The message of the problem underlined at byte position `position`, or empty.
    QString problemAt(int position) const;

    /// The names the file declares (parameters, lets, legs), coloured as declared (completion
    /// offers them as words of the document).
    void setDeclaredNames(const QStringList &names);
    const QSet<QString> &declaredNames() const;

    /// Puts the cursor at 1-based `line` and `column` (characters) and shows it.
    void goTo(int line, int column);

private:
    struct Underline {
        int start = 0;
        int end = 0;
        QString message;
    };
    void prepareCompletions();
    void showProblemTip(int position, int x, int y);

    RuleLexer *m_lexer = nullptr;
    QsciAPIs *m_apis = nullptr;
    std::vector<rules::Diagnostic> m_diagnostics;
    std::vector<Underline> m_underlines;
};

} // namespace rutile::ui
