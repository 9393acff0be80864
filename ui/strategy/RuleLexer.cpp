#include "strategy/RuleLexer.h"

#include "indicators/IndicatorRegistry.h"
#include "rules/Functions.h"
#include "rules/Vocabulary.h"

#include <Qsci/qsciscintilla.h>

#include <QColor>
#include <QFont>
#include <QFontDatabase>

namespace rutile::ui {

namespace {

QSet<QString> setOf(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

const QSet<QString> &statementWords()
{
    static const QSet<QString> words = setOf(rules::statementKeywords());
    return words;
}

const QSet<QString> &clauseWords()
{
    static const QSet<QString> words = setOf(rules::clauseKeywords() + rules::reservedWords());
    return words;
}

const QSet<QString> &fieldWords()
{
    static const QSet<QString> words = setOf(rules::priceFieldNames());
    return words;
}

const QSet<QString> &functionWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> w;
        for (const rules::FunctionInfo &f : rules::functions())
            w.insert(f.name);
        for (const indicators::IndicatorDescriptor &d : indicators::IndicatorRegistry::builtIn().all())
            w.insert(d.name);
        return w;
    }();
    return words;
}

bool isIdentStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isIdentChar(char c)
{
    return isIdentStart(c) || (c >= '0' && c <= '9');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

struct Palette {
    QColor paper, text, comment, number, label, keyword, clause, field, function, declared, op;
};

const Palette &paletteFor(bool dark)
{
    // Chosen for contrast on each paper (all above 4.5:1 against it), and so that the
    // colour of keywords differs from that of functions for a reader with deuteranopia.
    static const Palette lightPalette{QColor(0xff, 0xff, 0xff), QColor(0x1f, 0x23, 0x28), QColor(0x6a, 0x73, 0x7d),
        QColor(0x00, 0x5c, 0xc5), QColor(0x0a, 0x6e, 0x31), QColor(0x8a, 0x2b, 0xb9), QColor(0x8a, 0x2b, 0xb9),
        QColor(0xa0, 0x4a, 0x00), QColor(0x00, 0x55, 0x99), QColor(0x0b, 0x6b, 0x6f), QColor(0x57, 0x60, 0x6a)};
    static const Palette darkPalette{QColor(0x1e, 0x1f, 0x22), QColor(0xdc, 0xdf, 0xe4), QColor(0x8b, 0x94, 0x9e),
        QColor(0x79, 0xc0, 0xff), QColor(0x7e, 0xe7, 0x87), QColor(0xd2, 0xa8, 0xff), QColor(0xd2, 0xa8, 0xff),
        QColor(0xff, 0xa6, 0x57), QColor(0x6c, 0xb6, 0xff), QColor(0x56, 0xd4, 0xc8), QColor(0xb1, 0xba, 0xc4)};
    return dark ? darkPalette : lightPalette;
}

} // namespace

RuleLexer::RuleLexer(QObject *parent)
    : QsciLexerCustom(parent)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setDefaultFont(font);
    for (int s = 0; s < StyleCount; ++s) {
        QFont f = font;
        f.setBold(s == Keyword);
        f.setItalic(s == Comment);
        setFont(f, s);
    }
    setDark(false);
}

QString RuleLexer::description(int style) const
{
    switch (style) {
    case Default: return tr("Default");
    case Comment: return tr("Comment");
    case Number: return tr("Number");
    case Label: return tr("Label");
    case Keyword: return tr("Statement keyword");
    case Clause: return tr("Keyword");
    case Field: return tr("Price field");
    case Function: return tr("Function or indicator");
    case Declared: return tr("Declared name");
    case Operator: return tr("Operator");
    default: return {};
    }
}

void RuleLexer::setDark(bool dark)
{
    m_dark = dark;
    const Palette &p = paletteFor(dark);
    setDefaultPaper(p.paper);
    setDefaultColor(p.text);
    setPaper(p.paper, -1);
    const QColor colours[StyleCount] = {
        p.text, p.comment, p.number, p.label, p.keyword, p.clause, p.field, p.function, p.declared, p.op};
    for (int s = 0; s < StyleCount; ++s)
        setColor(colours[s], s);
}

void RuleLexer::setDeclaredNames(QSet<QString> names)
{
    if (names == m_declared)
        return;
    m_declared = std::move(names);
    if (QsciScintilla *ed = editor())
        ed->recolor();
}

RuleLexer::Style RuleLexer::styleOfWord(const QString &word) const
{
    if (statementWords().contains(word))
        return Keyword;
    if (clauseWords().contains(word))
        return Clause;
    if (m_declared.contains(word))
        return Declared; // a let may shadow nothing, but a param named like a field is refused anyway
    if (fieldWords().contains(word))
        return Field;
    if (functionWords().contains(word))
        return Function;
    return Default;
}

void RuleLexer::styleText(int start, int end)
{
    QsciScintilla *ed = editor();
    if (!ed || end <= start)
        return;
    // From the start of the first line touched: a token never spans lines.
    const long line = ed->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, long(start));
    start = int(ed->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, line));
    const QByteArray text = ed->bytes(start, end);
    const qsizetype n = qsizetype(qMin<qint64>(text.size(), end - start)); // bytes() may add a NUL
    startStyling(start);
    qsizetype i = 0;
    const auto token = [&](qsizetype length, int style) {
        setStyling(int(length), style);
        i += length;
    };
    while (i < n) {
        const char c = text[i];
        qsizetype j = i + 1;
        if (c == '#') {
            while (j < n && text[j] != '\n')
                ++j;
            token(j - i, Comment);
        } else if (c == '"') {
            while (j < n && text[j] != '"' && text[j] != '\n')
                ++j;
            if (j < n && text[j] == '"')
                ++j;
            token(j - i, Label);
        } else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(text[i + 1]))) {
            while (j < n && (isDigit(text[j]) || (text[j] == '.' && !(j + 1 < n && text[j + 1] == '.'))))
                ++j;
            if (j < n && (text[j] == 'e' || text[j] == 'E')) {
                qsizetype k = j + 1;
                if (k < n && (text[k] == '+' || text[k] == '-'))
                    ++k;
                if (k < n && isDigit(text[k])) {
                    j = k;
                    while (j < n && isDigit(text[j]))
                        ++j;
                }
            }
            if (j < n && text[j] == '%')
                ++j; // stop_loss 5%
            token(j - i, Number);
        } else if (isIdentStart(c)) {
            while (j < n && isIdentChar(text[j]))
                ++j;
            token(j - i, styleOfWord(QString::fromLatin1(text.constData() + i, j - i)));
        } else if (QByteArrayView("+-*/<>=!().,%").contains(c)) {
            token(1, Operator);
        } else {
            token(1, Default);
        }
    }
}

} // namespace rutile::ui
