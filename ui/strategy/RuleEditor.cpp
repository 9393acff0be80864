#include "strategy/RuleEditor.h"

#include "indicators/IndicatorRegistry.h"
#include "rules/Functions.h"
#include "rules/Vocabulary.h"
#include "strategy/RuleLexer.h"

#include <Qsci/qsciapis.h>

#include <QFontDatabase>
#include <QToolTip>

namespace rutile::ui {

namespace {

struct EditorColours {
    QColor margin, marginText, caretLine, selection, brace, badBrace, error, caret;
};

const EditorColours &coloursFor(bool dark)
{
    static const EditorColours lightColours{QColor(0xf3, 0xf4, 0xf6), QColor(0x6a, 0x73, 0x7d), QColor(0xf0, 0xf5, 0xff),
        QColor(0xc8, 0xdd, 0xfb), QColor(0xbf, 0xe5, 0xc7), QColor(0xff, 0xd0, 0xd0), QColor(0xd0, 0x1f, 0x1f),
        QColor(0x1f, 0x23, 0x28)};
    static const EditorColours darkColours{QColor(0x26, 0x28, 0x2c), QColor(0x8b, 0x94, 0x9e), QColor(0x2a, 0x2d, 0x33),
        QColor(0x26, 0x4f, 0x78), QColor(0x2e, 0x5a, 0x3a), QColor(0x6e, 0x26, 0x26), QColor(0xff, 0x6b, 0x6b),
        QColor(0xdc, 0xdf, 0xe4)};
    return dark ? darkColours : lightColours;
}

} // namespace

RuleEditor::RuleEditor(QWidget *parent)
    : QsciScintilla(parent)
{
    setObjectName(QStringLiteral("ruleEditor"));
    setUtf8(true);
    m_lexer = new RuleLexer(this);
    setLexer(m_lexer);

    setMarginType(0, NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginsFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setMarginWidth(0, QStringLiteral("00000"));
    setMarginType(1, SymbolMargin);
    setMarginWidth(1, 14);
    setMarginSensitivity(1, false);
    markerDefine(Circle, kErrorMarker);
    setMarginMarkerMask(1, 1 << kErrorMarker);

    setBraceMatching(SloppyBraceMatch);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setTabWidth(4);
    setCaretLineVisible(true);
    setEolMode(EolUnix);
    setWrapMode(WrapNone);
    // The horizontal scroll bar only when a line is wider than the view.
    SendScintilla(SCI_SETSCROLLWIDTH, 1L);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1L);

    indicatorDefine(SquiggleIndicator, kErrorIndicator);

    m_apis = new QsciAPIs(m_lexer);
    setAutoCompletionSource(AcsAll);
    setAutoCompletionThreshold(2);
    setAutoCompletionCaseSensitivity(true);
    setAutoCompletionReplaceWord(true);
    setAutoCompletionUseSingle(AcusNever);
    setCallTipsStyle(CallTipsContext);
    setCallTipsVisible(0);
    prepareCompletions();

    SendScintilla(SCI_SETMOUSEDWELLTIME, 400);
    connect(this, &QsciScintillaBase::SCN_DWELLSTART, this, &RuleEditor::showProblemTip);
    connect(this, &QsciScintillaBase::SCN_DWELLEND, this, [] { QToolTip::hideText(); });

    setDark(false);
}

RuleEditor::~RuleEditor()
{
    // The completion list may still be prepared on QScintilla's worker thread, which reads the
    // lexer: its destructor stops and waits for the worker, so it must run while the lexer is
    // whole (as a child of the lexer it would run after the lexer's own destructor).
    m_lexer->setAPIs(nullptr);
    delete m_apis;
}

void RuleEditor::setDark(bool dark)
{
    m_lexer->setDark(dark);
    const EditorColours &c = coloursFor(dark);
    setMarginsBackgroundColor(c.margin);
    setMarginsForegroundColor(c.marginText);
    setFoldMarginColors(c.margin, c.margin);
    setCaretLineBackgroundColor(c.caretLine);
    setCaretForegroundColor(c.caret);
    setSelectionBackgroundColor(c.selection);
    setMatchedBraceBackgroundColor(c.brace);
    setMatchedBraceForegroundColor(c.caret);
    setUnmatchedBraceBackgroundColor(c.badBrace);
    setUnmatchedBraceForegroundColor(c.caret);
    setIndicatorForegroundColor(c.error, kErrorIndicator);
    setMarkerBackgroundColor(c.error, kErrorMarker);
    setMarkerForegroundColor(c.error, kErrorMarker);
    setCallTipsBackgroundColor(c.margin);
    setCallTipsForegroundColor(c.caret);
    recolor();
}

bool RuleEditor::isDark() const
{
    return m_lexer->isDark();
}

void RuleEditor::prepareCompletions()
{
    // Entries are "word" or "word(call tip)": QScintilla completes the word and shows the
    // text in parentheses as the call tip once "(" is typed. Prepared once, on a worker
    // thread of QScintilla's: preparing again while it runs crashes QScintilla 2.13. The
    // names the file declares come from the document's words (AcsAll), so they need no entry.
    for (const QStringList *words : {&rules::statementKeywords(), &rules::clauseKeywords(),
             &rules::reservedWords(), &rules::priceFieldNames()})
        for (const QString &w : *words)
            m_apis->add(w);
    for (const rules::FunctionInfo &f : rules::functions())
        m_apis->add(f.signature);
    for (const indicators::IndicatorDescriptor &d : indicators::IndicatorRegistry::builtIn().all()) {
        QString entry = rules::indicatorSignature(d) + QStringLiteral(" ") + d.displayName;
        if (d.isMultiOutput())
            entry += QStringLiteral(" → .") + d.outputs.join(QStringLiteral(" ."));
        m_apis->add(entry);
    }
    m_apis->prepare();
}

void RuleEditor::setDeclaredNames(const QStringList &names)
{
    m_lexer->setDeclaredNames(QSet<QString>(names.begin(), names.end()));
}

const QSet<QString> &RuleEditor::declaredNames() const
{
    return m_lexer->declaredNames();
}

void RuleEditor::setDiagnostics(const std::vector<rules::Diagnostic> &diagnostics)
{
    m_diagnostics = diagnostics;
    m_underlines.clear();
    SendScintilla(SCI_SETINDICATORCURRENT, kErrorIndicator);
    SendScintilla(SCI_INDICATORCLEARRANGE, 0, long(length()));
    markerDeleteAll(kErrorMarker);
    for (const rules::Diagnostic &d : diagnostics) {
        const int line = d.line - 1;
        if (line < 0 || line >= lines())
            continue;
        markerAdd(line, kErrorMarker);
        const long lineStart = SendScintilla(SCI_POSITIONFROMLINE, long(line));
        const long lineEnd = SendScintilla(SCI_GETLINEENDPOSITION, long(line));
        long start = qMin<long>(positionFromLineIndex(line, qMax(0, d.column - 1)), lineEnd);
        if (start == lineEnd && start > lineStart)
            start = SendScintilla(SCI_POSITIONBEFORE, start); // "…at the end of the line": its last character
        long end = SendScintilla(SCI_WORDENDPOSITION, start, 1L);
        if (end <= start)
            end = SendScintilla(SCI_POSITIONAFTER, start);
        end = qMin(end, lineEnd);
        if (end > start)
            SendScintilla(SCI_INDICATORFILLRANGE, start, end - start);
        m_underlines.push_back({int(start), int(qMax(end, start + 1)), d.message});
    }
}

bool RuleEditor::isUnderlined(int line, int column) const
{
    const int position = positionFromLineIndex(line - 1, column - 1);
    return SendScintilla(SCI_INDICATORVALUEAT, kErrorIndicator, long(position)) != 0;
}

QString RuleEditor::problemAt(int position) const
{
    QStringList messages;
    for (const Underline &u : m_underlines)
        if (position >= u.start && position < u.end)
            messages << u.message;
    return messages.join(QLatin1Char('\n'));
}

void RuleEditor::showProblemTip(int position, int x, int y)
{
    const QString text = problemAt(position);
    if (!text.isEmpty())
        QToolTip::showText(viewport()->mapToGlobal(QPoint(x, y)), text, this);
}

void RuleEditor::goTo(int line, int column)
{
    setCursorPosition(qMax(0, line - 1), qMax(0, column - 1));
    ensureLineVisible(qMax(0, line - 1));
    setFocus();
}

} // namespace rutile::ui
