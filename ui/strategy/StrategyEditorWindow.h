#pragma once

#include "params/ParamSpec.h"
#include "rules/Compiler.h"
#include "storage/Workspace.h"
#include "strategy/Strategy.h"
#include "util/Error.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QTreeWidget;
class QTreeWidgetItem;

namespace rutile::ui {

class FindReplaceBar;
class ParamForm;
class RuleChecker;
class RuleEditor;

using RuleStrategyPtr = std::shared_ptr<const strategy::StrategyDescriptor>;

/// Strategy → Strategy Editor: writes a strategy in the rule language (core/rules) and runs it
/// through the same engine as the built-ins.
///
/// The text is checked as it is typed (RuleChecker): problems are underlined, marked in the
/// margin and listed under the editor (activating one jumps to it); the parameter form beside
/// the editor is rebuilt from the `param` declarations of the last clean check, keeping the
/// values of parameters that stay. A strategy comes from a template (the examples that restate
/// the built-ins), a file or the workspace, and is saved to either. Run Backtest and Optimise
/// hand the compiled strategy and the form's values to the strategy panel (runRequested,
/// optimizeRequested), which lists it beside the built-ins.
class StrategyEditorWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit StrategyEditorWindow(QWidget *parent = nullptr);

    /// The workspace file of Open/Save to Workspace (the main window's; empty: none open).
    /// Each of them opens it for the one call, as every workspace user does (Workspace.h).
    void setWorkspacePath(const QString &path, bool writable);

    RuleEditor *editor() const { return m_editor; }
    ParamForm *paramForm() const { return m_form; }
    QTreeWidget *problemsList() const { return m_problems; }
    FindReplaceBar *findBar() const { return m_findBar; }
    RuleChecker *checker() const { return m_checker; }
    QLabel *resultLabel() const { return m_result; }

    /// The name the strategy runs under: the workspace name it was opened or saved as, else
    /// its file's base name, else "untitled".
    QString strategyName() const;
    QString filePath() const { return m_filePath; }
    /// Text not kept anywhere as it is: edited since the last save or open, or deleted from the
    /// workspace it came from.
    bool hasUnsavedChanges() const;
    /// The source, compiled now; the problems are shown, and the first returned, when it has any.
    Result<RuleStrategyPtr> compiledStrategy();
    /// The result of the last check shown (typing, Check, Run).
    const rules::CompileResult &lastCheck() const { return m_lastCheck; }

    /// The templates: the example of each built-in, by its name ("sma_cross"), in registry order.
    static QStringList templateNames();
    static QString templateSource(const QString &name);

public slots:
    /// Replaces the text with the template `name` (asks first when there are unsaved changes).
    bool newFromTemplate(const QString &name);
    bool newEmpty();
    bool openFile(const QString &path);
    bool saveFile(const QString &path);
    bool openFromWorkspace(const QString &name);
    bool saveToWorkspace(const QString &name);
    /// Removes the strategy `name` from the workspace. The editor keeps its text, unsaved when
    /// it was that strategy.
    bool deleteFromWorkspace(const QString &name);
    /// Checks the text now (instead of after the typing pause).
    void checkNow();
    bool runBacktest();
    bool optimize();
    void setDark(bool dark);
    /// Shows the outcome of a backtest of this editor's strategy (the status line under the form).
    void showRunSummary(const QString &text, bool error);

signals:
    void runRequested(const rutile::ui::RuleStrategyPtr &strategy, const rutile::ParamValues &values);
    void optimizeRequested(const rutile::ui::RuleStrategyPtr &strategy, const rutile::ParamValues &values);
    /// The strategy was saved to (or replaced in) the workspace under `name`.
    void savedToWorkspace(const QString &name);
    void removedFromWorkspace(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void applyCheck(const rules::CompileResult &result);
    void setSource(const QString &text, const QString &filePath, const QString &workspaceName,
                   const QString &templateName = {});
    bool maybeKeepChanges();
    void updateTitle();
    void onProblemActivated(QTreeWidgetItem *item);
    bool openFileDialog();
    bool saveFileDialog();
    bool saveCurrent();
    bool openFromWorkspaceDialog();
    bool saveToWorkspaceDialog();
    bool deleteFromWorkspaceDialog();
    /// Asks for one of the workspace's saved strategies (the one being edited first); empty
    /// when there is none or the user cancels.
    QString chooseWorkspaceStrategy(const QString &title);
    std::unique_ptr<Workspace> openWorkspace(const QString &title);

    RuleEditor *m_editor = nullptr;
    FindReplaceBar *m_findBar = nullptr;
    ParamForm *m_form = nullptr;
    QLabel *m_formNote = nullptr;
    QLabel *m_result = nullptr;
    QTreeWidget *m_problems = nullptr;
    QLabel *m_problemCount = nullptr;
    QLabel *m_cursor = nullptr;
    RuleChecker *m_checker = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_dark = nullptr;
    QAction *m_saveToWorkspace = nullptr;
    QAction *m_openFromWorkspace = nullptr;
    QAction *m_deleteFromWorkspace = nullptr;
    QString m_workspacePath;
    bool m_workspaceWritable = false;
    bool m_orphaned = false; ///< its workspace strategy was deleted
    rules::CompileResult m_lastCheck;
    QString m_filePath;
    QString m_workspaceName;
    QString m_templateName; ///< the example an untitled text was made from, for the title
};

} // namespace rutile::ui
