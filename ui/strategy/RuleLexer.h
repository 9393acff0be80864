#pragma once

#include <Qsci/qscilexercustom.h>

#include <QSet>
#include <QString>

namespace rutile::ui {

/// Colours a rule file (core/rules) in a QScintilla editor: comments, numbers, labels,
/// statement and expression keywords, price fields, functions and indicators, declared
/// names (parameters, lets and legs) and operators. The words come from core (Vocabulary,
/// Functions, the indicator registry), so a word the language learns is coloured at once.
///
/// A statement is one line and nothing spans lines, so each change restyles only its lines.
class RuleLexer : public QsciLexerCustom {
    Q_OBJECT
public:
    enum Style {
        Default = 0,
        Comment,
        Number,
        Label,       ///< the quoted text of a param or require
        Keyword,     ///< statements: param, let, buy, …
        Clause,      ///< when, in, step, and, or, not, of, true, false
        Field,       ///< open, high, low, close, volume
        Function,    ///< built-in functions and indicators
        Declared,    ///< names declared in the file
        Operator,
        StyleCount
    };

    explicit RuleLexer(QObject *parent = nullptr);

    const char *language() const override { return "Rutile rules"; }
    QString description(int style) const override;
    void styleText(int start, int end) override;

    /// Light or dark colours (the editor's theme).
    void setDark(bool dark);
    bool isDark() const { return m_dark; }
    /// Names declared in the file (from the last check), coloured as such.
    void setDeclaredNames(QSet<QString> names);
    const QSet<QString> &declaredNames() const { return m_declared; }

    /// The style of `word` as the lexer colours an identifier.
    Style styleOfWord(const QString &word) const;

private:
    bool m_dark = false;
    QSet<QString> m_declared;
};

} // namespace rutile::ui
