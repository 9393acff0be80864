// The strategy editor (ui/strategy): colouring, problems checked as you type and shown where
// they are, the parameter form following the declarations, completion, find/replace and undo,
// templates, files and the workspace, and runs through the strategy panel that equal the
// built-in strategy the template restates.

#include "BacktestTestSupport.h"
#include "MainWindow.h"
#include "backtest/Backtester.h"
#include "backtest/GridEditor.h"
#include "backtest/OptimizerWindow.h"
#include "backtest/StrategyController.h"
#include "backtest/StrategyPanel.h"
#include "params/ParamForm.h"
#include "rules/WorkspaceRules.h"
#include "strategy/FindReplaceBar.h"
#include "strategy/RuleChecker.h"
#include "strategy/RuleEditor.h"
#include "strategy/RuleLexer.h"
#include "strategy/StrategyEditorWindow.h"
#include "strategy/StrategyRegistry.h"

#include <Qsci/qsciapis.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace rutile;
using namespace rutile::ui;

namespace {

int styleAt(RuleEditor &editor, int line, int index)
{
    editor.SendScintilla(QsciScintilla::SCI_COLOURISE, 0L, -1L);
    return int(editor.SendScintilla(QsciScintilla::SCI_GETSTYLEAT, long(editor.positionFromLineIndex(line, index))));
}

/// The word the open completion list has selected.
QString completionChoice(RuleEditor &editor)
{
    if (!editor.isListActive())
        return {};
    char buffer[256] = {};
    editor.SendScintilla(QsciScintilla::SCI_AUTOCGETCURRENTTEXT, static_cast<unsigned long>(0), static_cast<void *>(buffer));
    return QString::fromUtf8(buffer);
}

/// Puts the cursor at the end and asks for completion until the list shows `expected` (the
/// API list is prepared on a worker thread when the editor starts).
bool completesTo(RuleEditor &editor, const QString &expected)
{
    editor.setCursorPosition(editor.lines() - 1, editor.text(editor.lines() - 1).size());
    for (int attempt = 0; attempt < 100; ++attempt) {
        editor.autoCompleteFromAll();
        if (completionChoice(editor) == expected)
            return true;
        editor.cancelList();
        QTest::qWait(50);
    }
    return false;
}

ParamValues smaParams(int fast, int slow)
{
    return {{QStringLiteral("fast"), double(fast)}, {QStringLiteral("slow"), double(slow)}};
}

QSpinBox *intEditor(ParamForm *form, const QString &name)
{
    return qobject_cast<QSpinBox *>(form->editor(name));
}

} // namespace

class TestStrategyEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void lexerColoursTheLanguage();
    void problemsAreShownAsYouType();
    void problemListJumpsToThePosition();
    void positionsCountCharactersNotBytes();
    void parameterFormFollowsTheDeclarations();
    void completionOffersFunctionsAndDeclaredNames();
    void findReplaceAndUndo();
    void templatesRestateTheBuiltIns();
    void filesSaveAndOpen();
    void workspaceSaveListsTheStrategy();
    void runFromTheEditorEqualsTheBuiltIn();
    void brokenStrategyDoesNotRun();
    void panelFitsRememberedValuesToNewDeclarations();
    void quittingAsksAboutUnsavedRules();
    void optimiseReadsTheDeclaredRanges();
    void darkThemeRendersDark();
    void fitsLaptopAndDesktopScreens_data();
    void fitsLaptopAndDesktopScreens();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestStrategyEditor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir);
    m_path = m_dir.filePath(QStringLiteral("editor.rutile"));
    test::writeBacktestWorkspace(m_path);
}

void TestStrategyEditor::lexerColoursTheLanguage()
{
    RuleEditor editor;
    editor.setText(QStringLiteral("param fast = 5 in 1..9 # note\n"
                                  "buy when close > sma(close, fast) and not false\n"
                                  "let x = 2.5e-1\n"));
    editor.setDeclaredNames({QStringLiteral("fast"), QStringLiteral("x")});
    QCOMPARE(styleAt(editor, 0, 0), int(RuleLexer::Keyword));   // param
    QCOMPARE(styleAt(editor, 0, 6), int(RuleLexer::Declared));  // fast
    QCOMPARE(styleAt(editor, 0, 11), int(RuleLexer::Operator)); // =
    QCOMPARE(styleAt(editor, 0, 13), int(RuleLexer::Number));   // 5
    QCOMPARE(styleAt(editor, 0, 15), int(RuleLexer::Clause));   // in
    QCOMPARE(styleAt(editor, 0, 18), int(RuleLexer::Number));   // 1 of 1..9
    QCOMPARE(styleAt(editor, 0, 19), int(RuleLexer::Operator)); // the first dot of ..
    QCOMPARE(styleAt(editor, 0, 23), int(RuleLexer::Comment));  // # note
    QCOMPARE(styleAt(editor, 0, 27), int(RuleLexer::Comment));
    QCOMPARE(styleAt(editor, 1, 0), int(RuleLexer::Keyword));   // buy
    QCOMPARE(styleAt(editor, 1, 4), int(RuleLexer::Clause));    // when
    QCOMPARE(styleAt(editor, 1, 9), int(RuleLexer::Field));     // close
    QCOMPARE(styleAt(editor, 1, 17), int(RuleLexer::Function)); // sma
    QCOMPARE(styleAt(editor, 1, 28), int(RuleLexer::Declared)); // fast
    QCOMPARE(styleAt(editor, 1, 34), int(RuleLexer::Clause));   // and
    QCOMPARE(styleAt(editor, 2, 8), int(RuleLexer::Number));    // 2.5e-1, all of it
    QCOMPARE(styleAt(editor, 2, 13), int(RuleLexer::Number));
}

void TestStrategyEditor::problemsAreShownAsYouType()
{
    StrategyEditorWindow window;
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.newFromTemplate(QStringLiteral("sma_cross")));
    QCOMPARE(window.problemsList()->topLevelItemCount(), 0);

    QSignalSpy checks(window.checker(), &RuleChecker::checked);
    RuleEditor *editor = window.editor();
    editor->setText(QStringLiteral("buy when close > sma(close, 20)\n"));
    checks.clear();
    // Typing "a" after "sma": a burst of keys is checked once, after the pause.
    editor->setCursorPosition(0, 20);
    editor->setFocus();
    QTest::keyClicks(editor->viewport(), QStringLiteral("a"));
    QTest::keyClick(editor->viewport(), Qt::Key_Backspace);
    QTest::keyClicks(editor->viewport(), QStringLiteral("a"));
    QVERIFY(window.checker()->isPending());
    QVERIFY(checks.wait(5000));
    QTest::qWait(400);
    QCOMPARE(checks.size(), 1);
    QCOMPARE(editor->text(), QStringLiteral("buy when close > smaa(close, 20)\n"));

    QCOMPARE(window.problemsList()->topLevelItemCount(), 1);
    const QTreeWidgetItem *item = window.problemsList()->topLevelItem(0);
    QCOMPARE(item->text(0), QStringLiteral("1"));
    QCOMPARE(item->text(1), QStringLiteral("18"));
    QCOMPARE(item->text(2), QStringLiteral("unknown function 'smaa' \u2014 did you mean 'sma'?"));
    // The word is underlined (all of it, nothing before it) and its line marked.
    QVERIFY(editor->isUnderlined(1, 18));
    QVERIFY(editor->isUnderlined(1, 21));
    QVERIFY(!editor->isUnderlined(1, 17));
    QVERIFY(!editor->isUnderlined(1, 22)); // the "("
    QVERIFY(editor->markersAtLine(0) & (1u << RuleEditor::kErrorMarker));
    QCOMPARE(editor->problemAt(editor->positionFromLineIndex(0, 18)), item->text(2));
    test::maybeSaveShot(&window, QStringLiteral("strategy-editor-error"));

    // Fixed: the underline, the marker and the list empty again.
    editor->setCursorPosition(0, 21);
    QTest::keyClick(editor->viewport(), Qt::Key_Backspace);
    QVERIFY(checks.wait(5000));
    QCOMPARE(window.problemsList()->topLevelItemCount(), 0);
    QVERIFY(!editor->isUnderlined(1, 18));
    QCOMPARE(editor->markersAtLine(0) & (1u << RuleEditor::kErrorMarker), 0u);
}

void TestStrategyEditor::problemListJumpsToThePosition()
{
    StrategyEditorWindow window;
    window.editor()->setText(QStringLiteral("param fast = 10 in 1..50\n\n"
                                            "buy when cross_above(close, sma(close, fast))\n"
                                            "sell when ref(close, -1) > close\n"
                                            "cover when fast\n"));
    window.checkNow();
    QTreeWidget *list = window.problemsList();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("4"));
    QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("5"));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("12"));
    QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("'fast' is a number, a condition is needed here"));

    emit list->itemActivated(list->topLevelItem(1), 0);
    int line = -1, index = -1;
    window.editor()->getCursorPosition(&line, &index);
    QCOMPARE(line, 4);
    QCOMPARE(index, 11);
    emit list->itemActivated(list->topLevelItem(0), 0);
    window.editor()->getCursorPosition(&line, &index);
    QCOMPARE(line, 3);
    QCOMPARE(index, list->topLevelItem(0)->text(1).toInt() - 1);
}

void TestStrategyEditor::positionsCountCharactersNotBytes()
{
    // "ê" is one character and two bytes: the compiler's column 31 is the 31st character.
    StrategyEditorWindow window;
    window.editor()->setText(QStringLiteral("param n = 5 in 1..9 \"Fen\u00eatre\" step 2\n"));
    window.checkNow();
    QCOMPARE(window.problemsList()->topLevelItemCount(), 1);
    QCOMPARE(window.problemsList()->topLevelItem(0)->text(1), QStringLiteral("31"));
    QVERIFY(window.editor()->isUnderlined(1, 31));
    QVERIFY(window.editor()->isUnderlined(1, 34));
    QVERIFY(!window.editor()->isUnderlined(1, 30));
    QVERIFY(!window.editor()->isUnderlined(1, 35));
    emit window.problemsList()->itemActivated(window.problemsList()->topLevelItem(0), 0);
    int line = -1, index = -1;
    window.editor()->getCursorPosition(&line, &index);
    QCOMPARE(index, 30);
    QCOMPARE(window.editor()->wordAtLineIndex(line, index), QStringLiteral("step"));
}

void TestStrategyEditor::parameterFormFollowsTheDeclarations()
{
    StrategyEditorWindow window;
    const QString rules = QStringLiteral("buy when cross_above(sma(close, fast), sma(close, %1))\n");
    window.editor()->setText(QStringLiteral("param fast = 20 in 5..50 step 5 \"Fast\"\n"
                                            "param slow = 60 in 20..200 step 10\n")
        + rules.arg(QStringLiteral("slow")));
    window.checkNow();
    ParamForm *form = window.paramForm();
    QSpinBox *fast = intEditor(form, QStringLiteral("fast"));
    QVERIFY(fast);
    QCOMPARE(fast->value(), 20);
    QCOMPARE(fast->minimum(), 5);
    QCOMPARE(fast->maximum(), 50);
    QCOMPARE(fast->singleStep(), 5);
    QVERIFY(intEditor(form, QStringLiteral("slow")));
    QCOMPARE(intEditor(form, QStringLiteral("slow"))->value(), 60);
    fast->setValue(25);

    // Renaming slow: fast keeps the value typed in the form, slower appears, slow goes.
    window.editor()->setText(QStringLiteral("param fast = 20 in 5..50 step 5 \"Fast\"\n"
                                            "param slower = 90 in 20..200 step 10\n")
        + rules.arg(QStringLiteral("slower")));
    window.checkNow();
    QCOMPARE(intEditor(form, QStringLiteral("fast"))->value(), 25);
    QVERIFY(intEditor(form, QStringLiteral("slower")));
    QCOMPARE(intEditor(form, QStringLiteral("slower"))->value(), 90);
    QVERIFY(!form->editor(QStringLiteral("slow")));

    // A range that no longer holds the value: the new default.
    window.editor()->setText(QStringLiteral("param fast = 8 in 2..10\nparam slower = 90 in 20..200 step 10\n")
        + rules.arg(QStringLiteral("slower")));
    window.checkNow();
    QCOMPARE(intEditor(form, QStringLiteral("fast"))->value(), 8);
    QCOMPARE(intEditor(form, QStringLiteral("fast"))->maximum(), 10);

    // While the file is broken the form stays as it was.
    window.editor()->setText(QStringLiteral("param fast = 8 in 2..10\nbuy when fast >\n"));
    window.checkNow();
    QVERIFY(!window.lastCheck().ok());
    QVERIFY(intEditor(form, QStringLiteral("slower")));

    window.editor()->setText(QStringLiteral("buy when close > open\n"));
    window.checkNow();
    QVERIFY(form->specs().empty());
    QVERIFY(!form->editor(QStringLiteral("fast")));
}

void TestStrategyEditor::completionOffersFunctionsAndDeclaredNames()
{
    StrategyEditorWindow window;
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    RuleEditor *editor = window.editor();

    editor->setText(QStringLiteral("buy when cross_ab"));
    QVERIFY(completesTo(*editor, QStringLiteral("cross_above")));
    editor->cancelList();
    editor->setText(QStringLiteral("buy when close > bba"));
    QVERIFY(completesTo(*editor, QStringLiteral("bbands"))); // an indicator of the registry
    editor->cancelList();

    // A declared name, offered while the rest of the file is still broken (a word of the
    // document; declaredNames() also colours it as declared).
    editor->setText(QStringLiteral("param lookback_days = 20 in 5..50\nbuy when )\nsell when close > lookb"));
    window.checkNow();
    QVERIFY(!window.lastCheck().ok());
    QVERIFY(editor->declaredNames().contains(QStringLiteral("lookback_days")));
    QVERIFY(completesTo(*editor, QStringLiteral("lookback_days")));
    test::maybeSaveShot(&window, QStringLiteral("strategy-editor-completion"));
    // Return takes the choice in place of the typed prefix.
    QTest::keyClick(editor->viewport(), Qt::Key_Return);
    QCOMPARE(editor->text(2), QStringLiteral("sell when close > lookback_days"));

    // "(" after a function shows its signature.
    editor->setText(QStringLiteral("buy when highest("));
    editor->setCursorPosition(0, 17);
    for (int attempt = 0; attempt < 100 && !editor->SendScintilla(QsciScintilla::SCI_CALLTIPACTIVE); ++attempt) {
        editor->callTip();
        if (!editor->SendScintilla(QsciScintilla::SCI_CALLTIPACTIVE))
            QTest::qWait(50);
    }
    QVERIFY(editor->SendScintilla(QsciScintilla::SCI_CALLTIPACTIVE));
}

void TestStrategyEditor::findReplaceAndUndo()
{
    StrategyEditorWindow window;
    window.show();
    RuleEditor *editor = window.editor();
    const QString original = QStringLiteral("let a = sma(close, 10)\nlet b = SMA(close, 20) - sma(open, 10)\n");
    editor->setText(original);
    editor->SendScintilla(QsciScintilla::SCI_EMPTYUNDOBUFFER);
    FindReplaceBar *bar = window.findBar();
    bar->showReplace();
    QVERIFY(bar->isVisible());
    bar->findField()->setText(QStringLiteral("sma"));
    bar->caseBox()->setChecked(true);
    editor->setCursorPosition(0, 0);
    QVERIFY(bar->findNext());
    int lineFrom, indexFrom, lineTo, indexTo;
    editor->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
    QCOMPARE(QList<int>({lineFrom, indexFrom, lineTo, indexTo}), QList<int>({0, 8, 0, 11}));
    QVERIFY(bar->findNext());
    editor->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
    QCOMPARE(QList<int>({lineFrom, indexFrom}), QList<int>({1, 25})); // SMA skipped: case matters
    QVERIFY(bar->findPrevious());
    editor->getSelection(&lineFrom, &indexFrom, &lineTo, &indexTo);
    QCOMPARE(QList<int>({lineFrom, indexFrom}), QList<int>({0, 8}));

    bar->replaceField()->setText(QStringLiteral("ema"));
    QCOMPARE(bar->replaceAll(), 2);
    QCOMPARE(editor->text(), QStringLiteral("let a = ema(close, 10)\nlet b = SMA(close, 20) - ema(open, 10)\n"));
    bar->caseBox()->setChecked(false);
    bar->findField()->setText(QStringLiteral("ema"));
    bar->replaceField()->setText(QStringLiteral("sma"));
    QCOMPARE(bar->replaceAll(), 2);
    QCOMPARE(bar->findField()->text(), QStringLiteral("ema"));
    QVERIFY(!editor->text().contains(QStringLiteral("ema")));

    // Each Replace All is one step of undo; redo puts it back.
    editor->undo();
    QCOMPARE(editor->text(), QStringLiteral("let a = ema(close, 10)\nlet b = SMA(close, 20) - ema(open, 10)\n"));
    editor->undo();
    QCOMPARE(editor->text(), original);
    editor->redo();
    QCOMPARE(editor->text(), QStringLiteral("let a = ema(close, 10)\nlet b = SMA(close, 20) - ema(open, 10)\n"));
    QTest::keyClick(bar->findField(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestStrategyEditor::templatesRestateTheBuiltIns()
{
    // Every built-in but ml_signal, whose trained model the rule language cannot write.
    const QStringList names = StrategyEditorWindow::templateNames();
    const auto builtIns = strategy::StrategyRegistry::builtIn().all();
    QCOMPARE(names.size(), qsizetype(builtIns.size()) - 1);
    QVERIFY(!names.contains(QStringLiteral("ml_signal")));
    StrategyEditorWindow window;
    for (const strategy::StrategyDescriptor &d : builtIns) {
        if (d.name == u"ml_signal")
            continue;
        QVERIFY2(window.newFromTemplate(d.name), qPrintable(d.name));
        QVERIFY2(window.lastCheck().ok(), qPrintable(d.name));
        QCOMPARE(window.strategyName(), QStringLiteral("untitled")); // a copy, saved under a name of its own
        // The form shows the built-in's parameters with its defaults.
        const std::vector<ParamSpec> &specs = window.paramForm()->specs();
        QCOMPARE(specs.size(), d.params.size());
        for (std::size_t i = 0; i < specs.size(); ++i) {
            QCOMPARE(specs[i].name, d.params[i].name);
            QCOMPARE(specs[i].defaultValue, d.params[i].defaultValue);
        }
        QCOMPARE(window.paramForm()->values(), defaultValues(d.params));
        // The text is the shipped example's.
        QFile example(QStringLiteral(RUTILE_EXAMPLES_DIR "/%1.rule").arg(d.name));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QCOMPARE(window.editor()->text(), QString::fromUtf8(example.readAll()));
    }
}

void TestStrategyEditor::filesSaveAndOpen()
{
    StrategyEditorWindow window;
    window.newFromTemplate(QStringLiteral("rsi_revert"));
    // A copy of the example, not yet saved: untitled, and the title says which example.
    QCOMPARE(window.windowTitle(), QStringLiteral("Untitled, from the template rsi_revert[*] — Strategy Editor"));
    window.editor()->append(QStringLiteral("# edited\n"));
    QVERIFY(window.editor()->isModified());
    const QString path = m_dir.filePath(QStringLiteral("my_rsi.rule"));
    QVERIFY(window.saveFile(path));
    QVERIFY(!window.editor()->isModified());
    QCOMPARE(window.strategyName(), QStringLiteral("my_rsi"));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("my_rsi.rule")));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    QCOMPARE(bytes, window.editor()->text().toUtf8());
    QVERIFY(bytes.endsWith("# edited\n"));

    StrategyEditorWindow other;
    QVERIFY(other.openFile(path));
    QCOMPARE(other.editor()->text().toUtf8(), bytes);
    QCOMPARE(other.strategyName(), QStringLiteral("my_rsi"));
    QVERIFY(other.lastCheck().ok());

    // A folder is never replaced by a save.
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.rule")));
    const QString folder = m_dir.filePath(QStringLiteral("folder.rule"));
    QTimer::singleShot(0, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close(); // the warning
    });
    QVERIFY(!other.saveFile(folder));
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(other.filePath(), path);
}

void TestStrategyEditor::workspaceSaveListsTheStrategy()
{
    MainWindow window;
    window.setPersistentSettings(false);
    QVERIFY(window.openWorkspace(m_path).ok());
    auto *controller = window.findChild<StrategyController *>();
    QVERIFY(controller);
    StrategyEditorWindow *editor = controller->strategyEditor();
    QVERIFY(editor->newFromTemplate(QStringLiteral("ema_cross")));

    QVERIFY(editor->saveToWorkspace(QStringLiteral("my_ema")));
    QCOMPARE(editor->strategyName(), QStringLiteral("my_ema"));
    {
        auto ws = Workspace::open(m_path, WorkspaceAccess::Read);
        QVERIFY(ws);
        const auto saved = (*ws)->ruleStrategy(QStringLiteral("my_ema"));
        QVERIFY(saved);
        QCOMPARE(saved->source, editor->editor()->text());
        // The lookup rutile-cli --strategy makes finds it too.
        auto found = rules::findStrategy(ws->get(), u"my_ema");
        QVERIFY(found);
        QCOMPARE((*found)->params.size(), std::size_t(3));
    }
    StrategyPanel *panel = controller->panel();
    const int row = panel->strategyBox()->findData(QStringLiteral("rule:my_ema"));
    QVERIFY(row > int(strategy::StrategyRegistry::builtIn().all().size())); // after the built-ins
    QVERIFY(panel->strategyBox()->itemText(row).contains(QStringLiteral("my_ema")));

    // Names that cannot be saved, and a broken file, leave the workspace as it was.
    const auto closeWarning = [] {
        QTimer::singleShot(0, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
    };
    closeWarning();
    QVERIFY(!editor->saveToWorkspace(QStringLiteral("Bad Name")));
    closeWarning();
    QVERIFY(!editor->saveToWorkspace(QStringLiteral("sma_cross"))); // a built-in's
    editor->editor()->setText(QStringLiteral("buy when\n"));
    closeWarning();
    QVERIFY(!editor->saveToWorkspace(QStringLiteral("broken")));
    {
        auto ws = Workspace::open(m_path, WorkspaceAccess::Read);
        QVERIFY(ws);
        const auto all = (*ws)->ruleStrategies();
        QCOMPARE(all.size(), std::size_t(1));
        QCOMPARE(all.front().name, QStringLiteral("my_ema"));
    }

    // Deleted: gone from the workspace and the panel; the editor keeps the text, unsaved.
    editor->editor()->setModified(false);
    QVERIFY(editor->openFromWorkspace(QStringLiteral("my_ema")));
    QVERIFY(!editor->hasUnsavedChanges());
    QVERIFY(editor->deleteFromWorkspace(QStringLiteral("my_ema")));
    QVERIFY(editor->hasUnsavedChanges());
    QCOMPARE(editor->strategyName(), QStringLiteral("untitled"));
    QCOMPARE(panel->strategyBox()->findData(QStringLiteral("rule:my_ema")), -1);
    auto ws = Workspace::open(m_path, WorkspaceAccess::Read);
    QVERIFY(ws);
    QVERIFY((*ws)->ruleStrategies().empty());
    closeWarning();
    QVERIFY(!editor->deleteFromWorkspace(QStringLiteral("my_ema"))); // NotFound, reported
    QVERIFY(editor->saveFile(m_dir.filePath(QStringLiteral("kept_ema.rule")))); // nothing pending after
    QVERIFY(!editor->hasUnsavedChanges());
}

void TestStrategyEditor::runFromTheEditorEqualsTheBuiltIn()
{
    MainWindow window;
    QVERIFY(test::showWaveWindow(window, m_path, QSize(1280, 800)));
    auto *controller = window.findChild<StrategyController *>();
    QVERIFY(controller);
    QAction *open = window.findChild<QAction *>(QStringLiteral("strategyEditorAction"));
    QVERIFY(open);
    open->trigger();
    StrategyEditorWindow *editor = controller->strategyEditor();
    QVERIFY(editor->isVisible());
    QVERIFY(editor->newFromTemplate(QStringLiteral("sma_cross")));
    intEditor(editor->paramForm(), QStringLiteral("fast"))->setValue(10);
    intEditor(editor->paramForm(), QStringLiteral("slow"))->setValue(30);

    StrategyPanel *panel = controller->panel();
    QSignalSpy results(panel, &StrategyPanel::resultReady);
    QAction *run = editor->findChild<QAction *>(QStringLiteral("editorRunAction"));
    QVERIFY(run);
    run->trigger();
    QVERIFY(results.wait(60000));
    const auto outcome = results.at(0).at(0).value<BacktestOutcomePtr>();
    QVERIFY(outcome && outcome->backtest);
    QVERIFY(outcome->job.ruleStrategy);
    QCOMPARE(outcome->job.strategy, QStringLiteral("untitled"));
    QCOMPARE(panel->strategyBox()->currentData().toString(), QStringLiteral("rule:untitled"));
    QCOMPARE(panel->strategyBox()->currentText(), QStringLiteral("Untitled (rule)"));
    QCOMPARE(outcome->job.params.value(u"fast"), 10.0);
    QCOMPARE(outcome->job.params.value(u"slow"), 30.0);

    // The built-in sma_cross on the same bars and parameters: the same trades to the cent.
    auto ws = Workspace::open(m_path, WorkspaceAccess::Read);
    QVERIFY(ws);
    auto wave = (*ws)->readBars(QStringLiteral("WAVE"));
    QVERIFY(wave);
    trading::MarketData data(*wave);
    const auto direct = backtest::runBacktest(data, *strategy::StrategyRegistry::builtIn().find(u"sma_cross"),
        smaParams(10, 30), backtest::BacktestConfig {});
    QVERIFY(direct);
    const backtest::BacktestResult &r = *outcome->backtest;
    QVERIFY(r.trades.size() >= 3);
    QCOMPARE(r.trades.size(), direct->trades.size());
    for (std::size_t i = 0; i < r.trades.size(); ++i) {
        QCOMPARE(r.trades[i].entryDay, direct->trades[i].entryDay);
        QCOMPARE(r.trades[i].exitDay, direct->trades[i].exitDay);
        QCOMPARE(r.trades[i].pnl, direct->trades[i].pnl);
    }
    QCOMPARE(r.performance.finalEquity, direct->performance.finalEquity);
    QVERIFY(controller->resultsDock()->isVisible());
    QTRY_VERIFY(editor->resultLabel()->text().contains(QStringLiteral("round trip")));
    test::maybeSaveShot(editor, QStringLiteral("strategy-editor-after-run"));
    test::maybeSaveShot(&window, QStringLiteral("strategy-editor-after-run-main"));

    // The shipped example file is named like the built-in it restates: run from the editor it
    // is listed beside the built-in, and each entry keeps its own strategy.
    QVERIFY(editor->openFile(QStringLiteral(RUTILE_EXAMPLES_DIR "/sma_cross.rule")));
    QCOMPARE(editor->strategyName(), QStringLiteral("sma_cross"));
    results.clear();
    run->trigger();
    QVERIFY(results.wait(60000));
    QVERIFY(results.at(0).at(0).value<BacktestOutcomePtr>()->job.ruleStrategy);
    const strategy::StrategyDescriptor *builtIn = strategy::StrategyRegistry::builtIn().find(u"sma_cross");
    QVERIFY(panel->strategy() != builtIn);
    QCOMPARE(panel->strategy()->name, QStringLiteral("sma_cross"));
    QVERIFY(panel->setStrategy(QStringLiteral("sma_cross")));
    QCOMPARE(panel->strategy(), builtIn);
    QVERIFY(panel->setRuleStrategy(QStringLiteral("sma_cross")));
    QVERIFY(panel->strategy() != builtIn);
    editor->close();
}

void TestStrategyEditor::brokenStrategyDoesNotRun()
{
    StrategyEditorWindow window;
    QSignalSpy runs(&window, &StrategyEditorWindow::runRequested);
    window.editor()->setText(QStringLiteral("buy when close >\nsell when\n"));
    QVERIFY(!window.runBacktest());
    QVERIFY(!window.optimize());
    QCOMPARE(runs.size(), 0);
    QVERIFY2(window.resultLabel()->text().contains(QStringLiteral("fix the 2 problem")),
        qPrintable(window.resultLabel()->text()));
    QCOMPARE(window.problemsList()->topLevelItemCount(), 2);
    window.editor()->setModified(false);
}

void TestStrategyEditor::panelFitsRememberedValuesToNewDeclarations()
{
    const auto compiled = [](const char *source) {
        auto d = rules::compileRuleStrategy(QStringLiteral("mine"), QString::fromUtf8(source));
        if (!d)
            qFatal("%s", qPrintable(d.error().toString()));
        return *d;
    };
    StrategyPanel panel;
    panel.addRuleStrategy(compiled("param a = 5 in 1..10\nparam b = 2 in 1..3\nbuy when close > sma(close, a + b)\n"));
    panel.setParams({{QStringLiteral("a"), 7}, {QStringLiteral("b"), 3}});
    // Saved again with b renamed and a's range narrowed: a keeps 7, b's value goes with it.
    panel.setRuleStrategies({compiled("param a = 5 in 1..8\nparam c = 2 in 1..3\nbuy when close > sma(close, a + c)\n")});
    QVERIFY(panel.setRuleStrategy(QStringLiteral("mine")));
    QCOMPARE(panel.params(), (ParamValues{{QStringLiteral("a"), 7}, {QStringLiteral("c"), 2}}));
    panel.setRuleStrategies({compiled("param a = 5 in 1..6\nbuy when close > sma(close, a)\n")});
    QCOMPARE(panel.params(), (ParamValues{{QStringLiteral("a"), 5}}));
}

void TestStrategyEditor::quittingAsksAboutUnsavedRules()
{
    MainWindow window;
    window.setPersistentSettings(false);
    QVERIFY(window.openWorkspace(m_path).ok());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *controller = window.findChild<StrategyController *>();
    controller->showStrategyEditor();
    StrategyEditorWindow *editor = controller->strategyEditor();
    editor->editor()->append(QStringLiteral("# an idea\n"));
    QVERIFY(editor->editor()->isModified());

    // Cancel in the editor's question keeps both windows open and the text.
    bool asked = false;
    QTimer::singleShot(0, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            box->button(QMessageBox::Cancel)->click();
        }
    });
    QVERIFY(!window.close());
    QVERIFY(asked);
    QVERIFY(window.isVisible());
    QVERIFY(editor->editor()->text().endsWith(QStringLiteral("# an idea\n")));

    // Discard lets it go.
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Discard)->click();
    });
    QVERIFY(window.close());
    QVERIFY(!editor->isVisible());
}

void TestStrategyEditor::optimiseReadsTheDeclaredRanges()
{
    MainWindow window;
    window.setPersistentSettings(false);
    QVERIFY(window.openWorkspace(m_path).ok());
    QVERIFY(window.selectSymbol(QStringLiteral("WAVE")));
    auto *controller = window.findChild<StrategyController *>();
    StrategyEditorWindow *editor = controller->strategyEditor();
    editor->editor()->setText(QStringLiteral("param span = 12 in 4..40 step 4 \"Span\"\n"
                                             "buy when close > sma(close, span)\nsell when close < sma(close, span)\n"));
    QVERIFY(editor->optimize());
    OptimizerWindow *optimizer = controller->optimizer();
    QVERIFY(optimizer->isVisible());
    GridEditor *grid = optimizer->gridEditor();
    QVERIFY(grid->startBox(QStringLiteral("span")));
    QVERIFY(!grid->startBox(QStringLiteral("fast")));
    // Its rows start from the declaration: around the default 12 by the declared step 4 (12/2/5
    // is under one step), five steps a side as far as the range 4..40 allows: 4, 8, …, 32. The
    // user picks what to search.
    grid->setIncluded(QStringLiteral("span"), true);
    auto made = grid->grid();
    QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
    QCOMPARE(made->axes.size(), std::size_t(1));
    QCOMPARE(made->axes[0].values.front(), 4.0);
    QCOMPARE(made->axes[0].values.back(), 32.0);
    QCOMPARE(made->axes[0].values.size(), std::size_t(8));

    // The declarations change under the same name: the grid follows them.
    editor->editor()->setText(QStringLiteral("param span = 12 in 4..40 step 4\nparam k = 2 in 1..3 step 0.5\n"
                                             "buy when close > sma(close, span) + k\nsell when close < sma(close, span)\n"));
    QVERIFY(editor->optimize());
    QVERIFY(grid->startBox(QStringLiteral("k")));
    optimizer->close();
    editor->editor()->setModified(false);
}

void TestStrategyEditor::darkThemeRendersDark()
{
    StrategyEditorWindow window;
    window.resize(900, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto background = [&] {
        const QImage image = window.editor()->viewport()->grab().toImage();
        // The bottom right corner of the text area: paper, below and beside every line.
        return image.pixelColor(image.width() - 4, image.height() - 4);
    };
    window.setDark(false);
    QVERIFY2(background().lightness() > 200, qPrintable(background().name()));
    window.setDark(true);
    QVERIFY2(background().lightness() < 60, qPrintable(background().name()));
    test::maybeSaveShot(&window, QStringLiteral("strategy-editor-dark"));
    window.setDark(false);
}

void TestStrategyEditor::fitsLaptopAndDesktopScreens_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1600x1000") << QSize(1600, 1000);
}

void TestStrategyEditor::fitsLaptopAndDesktopScreens()
{
    QFETCH(QSize, size);
    StrategyEditorWindow window;
    window.move(0, 0);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.newFromTemplate(QStringLiteral("pairs_spread")));
    RuleEditor *editor = window.editor();
    editor->append(QStringLiteral("short when z > entry_zz\nsell when pair_"));
    window.checkNow();
    QCOMPARE(window.problemsList()->topLevelItemCount(), 2);
    QCoreApplication::processEvents();

    // No pane squeezed to nothing: the editor takes most of the width, the form and the
    // problems their share, and every parameter label is shown whole.
    QVERIFY2(editor->width() >= size.width() / 2, qPrintable(QString::number(editor->width())));
    QVERIFY(editor->height() >= size.height() / 2);
    QVERIFY(window.problemsList()->height() >= 80);
    QVERIFY2(window.paramForm()->width() >= 200, qPrintable(QString::number(window.paramForm()->width())));
    for (const ParamSpec &spec : window.paramForm()->specs()) {
        QWidget *field = window.paramForm()->editor(spec.name);
        QVERIFY(field && field->isVisible());
        QVERIFY(field->width() >= field->minimumSizeHint().width());
    }
    for (QLabel *label : window.paramForm()->findChildren<QLabel *>())
        QVERIFY2(label->width() >= label->minimumSizeHint().width(), qPrintable(label->text()));
    QCOMPARE(window.size(), size); // no minimum size pushes it past the screen

    editor->setCursorPosition(editor->lines() - 1, editor->text(editor->lines() - 1).size());
    QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("cursorPosition"))->text(),
                 QStringLiteral("Line %1, column %2").arg(editor->lines()).arg(editor->text(editor->lines() - 1).size() + 1));
    QVERIFY(completesTo(*editor, QStringLiteral("pair_beta")));
    test::maybeSaveScreen(QStringLiteral("strategy-editor-%1x%2").arg(size.width()).arg(size.height()));
    editor->cancelList();
    editor->setModified(false);
}

QTEST_MAIN(TestStrategyEditor)
#include "tst_strategyeditor.moc"
