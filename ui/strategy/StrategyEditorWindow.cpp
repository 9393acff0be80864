#include "strategy/StrategyEditorWindow.h"
#include "settings/AppTheme.h"

#include "RecentFolders.h"
#include "WindowGeometry.h"
#include "WorkspaceWriter.h"
#include "params/ParamForm.h"
#include "report/OutputFile.h"
#include "rules/RuleStrategy.h"
#include "rules/WorkspaceRules.h"
#include "storage/Workspace.h"
#include "strategy/FindReplaceBar.h"
#include "strategy/RuleChecker.h"
#include "strategy/RuleEditor.h"
#include "strategy/StrategyRegistry.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rutile::ui {

namespace {

constexpr auto kThemeKey = "strategyEditor/dark";
constexpr int kMaxReadBytes = 1 << 20; // the compiler's own limit (ParseLimits)

} // namespace

StrategyEditorWindow::StrategyEditorWindow(QWidget *parent)
    : QMainWindow(parent, Qt::Window)
{
    setObjectName(QStringLiteral("strategyEditor"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_editor = new RuleEditor(this);
    m_findBar = new FindReplaceBar(m_editor, this);
    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_findBar);

    // Beside the editor: the parameters the file declares, and the last run's outcome.
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    auto *paramsBox = new QGroupBox(tr("Parameters"), side);
    auto *paramsLayout = new QVBoxLayout(paramsBox);
    m_formNote = new QLabel(paramsBox);
    m_formNote->setObjectName(QStringLiteral("paramFormNote"));
    m_formNote->setWordWrap(true);
    m_formNote->setForegroundRole(QPalette::PlaceholderText);
    m_form = new ParamForm(paramsBox);
    m_form->setObjectName(QStringLiteral("ruleParamForm"));
    paramsLayout->addWidget(m_formNote);
    paramsLayout->addWidget(m_form);
    sideLayout->addWidget(paramsBox);
    m_result = new QLabel(side);
    m_result->setObjectName(QStringLiteral("runSummary"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sideLayout->addWidget(m_result);
    sideLayout->addStretch(1);
    auto *sideScroll = new QScrollArea(this);
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setMinimumWidth(240);

    m_problems = new QTreeWidget(this);
    m_problems->setObjectName(QStringLiteral("problemsList"));
    m_problems->setRootIsDecorated(false);
    m_problems->setUniformRowHeights(true);
    m_problems->setHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problems->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problems->header()->setStretchLastSection(true);
    connect(m_problems, &QTreeWidget::itemActivated, this, &StrategyEditorWindow::onProblemActivated);
    connect(m_problems, &QTreeWidget::itemClicked, this, &StrategyEditorWindow::onProblemActivated);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(editorPane);
    top->addWidget(sideScroll);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 1);
    top->setChildrenCollapsible(false);
    top->setSizes({780, 300}); // the proportions kept as the window grows (stretch 3:1)
    auto *rows = new QSplitter(Qt::Vertical, this);
    rows->addWidget(top);
    rows->addWidget(m_problems);
    rows->setStretchFactor(0, 4);
    rows->setStretchFactor(1, 1);
    rows->setChildrenCollapsible(false);
    rows->setSizes({560, 140});
    setCentralWidget(rows);

    m_problemCount = new QLabel(this);
    m_problemCount->setObjectName(QStringLiteral("problemCount"));
    m_cursor = new QLabel(this);
    m_cursor->setObjectName(QStringLiteral("cursorPosition"));
    statusBar()->addWidget(m_problemCount, 1);
    statusBar()->addPermanentWidget(m_cursor);

    m_checker = new RuleChecker(this);
    connect(m_checker, &RuleChecker::checked, this, &StrategyEditorWindow::applyCheck);
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        m_checker->schedule(m_editor->text());
        m_undo->setEnabled(m_editor->isUndoAvailable());
        m_redo->setEnabled(m_editor->isRedoAvailable());
    });
    connect(m_editor, &QsciScintilla::modificationChanged, this, [this] { updateTitle(); });
    connect(m_editor, &QsciScintilla::cursorPositionChanged, this,
        [this](int line, int index) { m_cursor->setText(tr("Line %1, column %2").arg(line + 1).arg(index + 1)); });

    buildMenus();
    setDark(QSettings().value(QLatin1String(kThemeKey), false).toBool());
    manageWindowGeometry(this, QStringLiteral("strategyEditor"), QSize(1100, 720));
    newFromTemplate(QStringLiteral("sma_cross"));
}

void StrategyEditorWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newEmpty = file->addAction(tr("&New"), this, &StrategyEditorWindow::newEmpty);
    newEmpty->setShortcut(QKeySequence::New);
    QMenu *templates = file->addMenu(tr("New from &Template"));
    templates->setObjectName(QStringLiteral("templateMenu"));
    for (const QString &name : templateNames()) {
        const strategy::StrategyDescriptor *d = strategy::StrategyRegistry::builtIn().find(name);
        QAction *a = templates->addAction(d ? tr("%1 (%2)").arg(d->displayName, name) : name,
            this, [this, name] { newFromTemplate(name); });
        a->setObjectName(QStringLiteral("template_") + name);
    }
    QAction *open = file->addAction(tr("&Open..."), this, &StrategyEditorWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *save = file->addAction(tr("&Save"), this, &StrategyEditorWindow::saveCurrent);
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(tr("Save &As..."), this, &StrategyEditorWindow::saveFileDialog);
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    m_openFromWorkspace = file->addAction(tr("Open from &Workspace..."), this, &StrategyEditorWindow::openFromWorkspaceDialog);
    m_saveToWorkspace = file->addAction(tr("Save to Wor&kspace..."), this, &StrategyEditorWindow::saveToWorkspaceDialog);
    m_saveToWorkspace->setObjectName(QStringLiteral("saveToWorkspaceAction"));
    m_deleteFromWorkspace =
        file->addAction(tr("&Delete from Workspace..."), this, &StrategyEditorWindow::deleteFromWorkspaceDialog);
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"), m_editor, &QsciScintilla::undo);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo = edit->addAction(tr("&Redo"), m_editor, &QsciScintilla::redo);
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), m_editor, &QsciScintilla::cut)->setShortcut(QKeySequence::Cut);
    edit->addAction(tr("&Copy"), m_editor, &QsciScintilla::copy)->setShortcut(QKeySequence::Copy);
    edit->addAction(tr("&Paste"), m_editor, &QsciScintilla::paste)->setShortcut(QKeySequence::Paste);
    edit->addAction(tr("Select &All"), m_editor, [this] { m_editor->selectAll(); })->setShortcut(QKeySequence::SelectAll);
    edit->addSeparator();
    edit->addAction(tr("&Find..."), m_findBar, &FindReplaceBar::showFind)->setShortcut(QKeySequence::Find);
    edit->addAction(tr("Find &Next"), m_findBar, &FindReplaceBar::findNext)->setShortcut(QKeySequence::FindNext);
    edit->addAction(tr("Find Pre&vious"), m_findBar, &FindReplaceBar::findPrevious)
        ->setShortcut(QKeySequence::FindPrevious);
    edit->addAction(tr("R&eplace..."), m_findBar, &FindReplaceBar::showReplace)->setShortcut(QKeySequence::Replace);
    // Ctrl+Space everywhere: on macOS that is Qt::META (Cmd+Space is Spotlight's).
#ifdef Q_OS_MACOS
    const QKeySequence complete(Qt::META | Qt::Key_Space);
#else
    const QKeySequence complete(Qt::CTRL | Qt::Key_Space);
#endif
    edit->addAction(tr("Complete &Word"), m_editor, &QsciScintilla::autoCompleteFromAll)->setShortcut(complete);

    QMenu *strategyMenu = menuBar()->addMenu(tr("&Strategy"));
    QAction *check = strategyMenu->addAction(tr("&Check"), this, &StrategyEditorWindow::checkNow);
    check->setShortcut(QKeySequence(Qt::Key_F7));
    QAction *run = strategyMenu->addAction(tr("&Run Backtest"), this, &StrategyEditorWindow::runBacktest);
    run->setShortcut(QKeySequence(Qt::Key_F5));
    run->setObjectName(QStringLiteral("editorRunAction"));
    QAction *optimise = strategyMenu->addAction(tr("&Optimise..."), this, &StrategyEditorWindow::optimize);
    optimise->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    optimise->setObjectName(QStringLiteral("editorOptimizeAction"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_dark = view->addAction(tr("&Dark Theme"), this, [this](bool on) {
        setDark(on);
        QSettings().setValue(QLatin1String(kThemeKey), on);
    });
    m_dark->setCheckable(true);
    m_dark->setObjectName(QStringLiteral("editorDarkAction"));

    QToolBar *bar = addToolBar(tr("Strategy Editor"));
    bar->setObjectName(QStringLiteral("strategyEditorToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(open);
    bar->addAction(save);
    bar->addAction(m_saveToWorkspace);
    bar->addSeparator();
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    bar->addSeparator();
    bar->addAction(check);
    bar->addAction(run);
    bar->addAction(optimise);
}

QStringList StrategyEditorWindow::templateNames()
{
    QStringList names;
    for (const strategy::StrategyDescriptor &d : strategy::StrategyRegistry::builtIn().all())
        if (QFile::exists(QStringLiteral(":/rutile/strategies/%1.rule").arg(d.name)))
            names << d.name;
    return names;
}

QString StrategyEditorWindow::templateSource(const QString &name)
{
    QFile file(QStringLiteral(":/rutile/strategies/%1.rule").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void StrategyEditorWindow::setWorkspacePath(const QString &path, bool writable)
{
    m_workspacePath = path;
    m_workspaceWritable = writable;
    m_saveToWorkspace->setEnabled(!path.isEmpty() && writable);
    m_deleteFromWorkspace->setEnabled(!path.isEmpty() && writable);
    m_openFromWorkspace->setEnabled(!path.isEmpty());
}

std::unique_ptr<Workspace> StrategyEditorWindow::openWorkspace(const QString &title)
{
    if (m_workspacePath.isEmpty())
        return nullptr;
    auto opened = Workspace::open(m_workspacePath, WorkspaceAccess::Read);
    if (!opened) {
        QMessageBox::warning(this, title, opened.error().toString());
        return nullptr;
    }
    return std::move(*opened);
}

bool StrategyEditorWindow::hasUnsavedChanges() const
{
    return m_editor->isModified() || m_orphaned;
}

QString StrategyEditorWindow::strategyName() const
{
    if (!m_workspaceName.isEmpty())
        return m_workspaceName;
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).completeBaseName();
    return QStringLiteral("untitled");
}

void StrategyEditorWindow::setSource(const QString &text, const QString &filePath, const QString &workspaceName,
                                     const QString &templateName)
{
    m_filePath = filePath;
    m_workspaceName = workspaceName;
    m_templateName = templateName;
    m_editor->setText(text);
    m_editor->setModified(false);
    m_orphaned = false;
    m_editor->SendScintilla(QsciScintilla::SCI_EMPTYUNDOBUFFER);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    m_result->clear();
    m_form->setSpecs({}); // another strategy: nothing typed in the form belongs to it
    updateTitle();
    checkNow();
}

bool StrategyEditorWindow::maybeKeepChanges()
{
    if (!hasUnsavedChanges())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
        tr("%1 has changes that are not saved. Save them first?").arg(strategyName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveCurrent();
    return true;
}

bool StrategyEditorWindow::newEmpty()
{
    if (!maybeKeepChanges())
        return false;
    setSource(tr("# A new strategy. Declare parameters with `param`, then the rules:\n"
                 "# param fast = 20 in 5..100 step 5 \"Fast average\"\n"
                 "# buy when cross_above(sma(close, fast), sma(close, 50))\n"),
        {}, {});
    return true;
}

bool StrategyEditorWindow::newFromTemplate(const QString &name)
{
    const QString source = templateSource(name);
    if (source.isEmpty() || !maybeKeepChanges())
        return false;
    // A copy of the example: saving it asks for a name, so the example stays as it is.
    setSource(source, {}, {}, name);
    return true;
}

bool StrategyEditorWindow::openFile(const QString &path)
{
    // First: saving the changes may write the very file read below.
    if (!maybeKeepChanges())
        return false;
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Open Rule File"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.read(kMaxReadBytes + 1);
    if (bytes.size() > kMaxReadBytes) {
        QMessageBox::warning(this, tr("Open Rule File"), tr("%1 is larger than 1 MB; a rule file is a few lines.").arg(path));
        return false;
    }
    setSource(QString::fromUtf8(bytes), path, {});
    rememberFolder(FolderKind::Strategy, path);
    return true;
}

bool StrategyEditorWindow::saveFile(const QString &path)
{
    const QByteArray bytes = m_editor->text().toUtf8();
    // Atomically, and only to a regular file: a failed save leaves the old file whole.
    const Status written = writeOutputFile(path, [&bytes](QIODevice &out) -> Status {
        if (out.write(bytes) != bytes.size())
            return Error::io(out.errorString());
        return {};
    });
    if (!written) {
        QMessageBox::warning(this, tr("Save Rule File"), written.error().toString());
        return false;
    }
    m_filePath = path;
    m_workspaceName.clear();
    m_editor->setModified(false);
    m_orphaned = false;
    rememberFolder(FolderKind::Strategy, path);
    updateTitle();
    return true;
}

bool StrategyEditorWindow::openFromWorkspace(const QString &name)
{
    if (!maybeKeepChanges())
        return false;
    const auto workspace = openWorkspace(tr("Open from Workspace"));
    if (!workspace)
        return false;
    const auto saved = workspace->ruleStrategy(name);
    if (!saved) {
        QMessageBox::warning(this, tr("Open from Workspace"), tr("The workspace has no strategy called %1.").arg(name));
        return false;
    }
    setSource(saved->source, {}, saved->name);
    return true;
}

bool StrategyEditorWindow::saveToWorkspace(const QString &name)
{
    if (m_workspacePath.isEmpty() || !m_workspaceWritable)
        return false;
    auto opened = openShownWorkspaceForWriting(m_workspacePath);
    const Status saved = opened ? rules::saveRuleStrategy(**opened, name, m_editor->text()) : Status(opened.error());
    if (!saved) {
        checkNow(); // a broken file: its problems are listed
        QMessageBox::warning(this, tr("Save to Workspace"), saved.error().toString());
        return false;
    }
    m_workspaceName = name;
    m_filePath.clear();
    m_editor->setModified(false);
    m_orphaned = false;
    updateTitle();
    statusBar()->showMessage(tr("Saved %1 in the workspace; it is listed in the strategy panel.").arg(name), 5000);
    emit savedToWorkspace(name);
    return true;
}

bool StrategyEditorWindow::deleteFromWorkspace(const QString &name)
{
    if (m_workspacePath.isEmpty() || !m_workspaceWritable || !QFileInfo::exists(m_workspacePath))
        return false;
    auto opened = Workspace::open(m_workspacePath, WorkspaceAccess::OpenOrCreate);
    const Status removed = opened ? (*opened)->removeRuleStrategy(name) : Status(opened.error());
    if (!removed) {
        QMessageBox::warning(this, tr("Delete from Workspace"), removed.error().toString());
        return false;
    }
    if (m_workspaceName == name) {
        // The text stays in the editor as an unsaved strategy (QScintilla's modified flag can
        // only be cleared, so the editor keeps its own).
        m_workspaceName.clear();
        m_orphaned = true;
        updateTitle();
    }
    statusBar()->showMessage(tr("Deleted %1 from the workspace.").arg(name), 5000);
    emit removedFromWorkspace(name);
    return true;
}

bool StrategyEditorWindow::deleteFromWorkspaceDialog()
{
    const QString name = chooseWorkspaceStrategy(tr("Delete from Workspace"));
    if (name.isEmpty())
        return false;
    if (QMessageBox::question(this, tr("Delete from Workspace"),
            tr("Delete the strategy %1 from the workspace? rutile-cli --strategy %1 will no longer find it.").arg(name))
        != QMessageBox::Yes)
        return false;
    return deleteFromWorkspace(name);
}

QString StrategyEditorWindow::chooseWorkspaceStrategy(const QString &title)
{
    const auto workspace = openWorkspace(title);
    if (!workspace)
        return {};
    QStringList names;
    for (const SavedRuleStrategy &s : workspace->ruleStrategies())
        names << s.name;
    if (names.isEmpty()) {
        QMessageBox::information(
            this, title, tr("The workspace has no saved strategies yet. Save one with File > Save to Workspace."));
        return {};
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(
        this, title, tr("Strategy:"), names, std::max<qsizetype>(0, names.indexOf(m_workspaceName)), false, &ok);
    return ok ? name : QString();
}

bool StrategyEditorWindow::saveCurrent()
{
    if (!m_workspaceName.isEmpty())
        return saveToWorkspace(m_workspaceName);
    if (!m_filePath.isEmpty())
        return saveFile(m_filePath);
    return saveFileDialog();
}

bool StrategyEditorWindow::openFileDialog()
{
    const QString path = askOpenFileName(
        this, FolderKind::Strategy, tr("Open Rule File"), tr("Rule files (*.rule);;All files (*)"));
    return !path.isEmpty() && openFile(path);
}

bool StrategyEditorWindow::saveFileDialog()
{
    QString path = askSaveFileName(
        this, FolderKind::Strategy, tr("Save Rule File"), strategyName() + QStringLiteral(".rule"), tr("Rule files (*.rule)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".rule");
    return saveFile(path);
}

bool StrategyEditorWindow::openFromWorkspaceDialog()
{
    const QString name = chooseWorkspaceStrategy(tr("Open from Workspace"));
    return !name.isEmpty() && openFromWorkspace(name);
}

bool StrategyEditorWindow::saveToWorkspaceDialog()
{
    const auto workspace = openWorkspace(tr("Save to Workspace"));
    if (!workspace)
        return false;
    QString suggested = m_workspaceName;
    if (suggested.isEmpty())
        suggested = m_filePath.isEmpty() ? QStringLiteral("my_strategy") : QFileInfo(m_filePath).completeBaseName().toLower();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save to Workspace"),
        tr("Name (lower-case letters, digits and _; used by rutile-cli --strategy):"), QLineEdit::Normal, suggested, &ok);
    if (!ok || name.isEmpty())
        return false;
    if (name != m_workspaceName && workspace->ruleStrategy(name)
        && QMessageBox::question(this, tr("Save to Workspace"), tr("Replace the strategy %1 in the workspace?").arg(name))
            != QMessageBox::Yes)
        return false;
    return saveToWorkspace(name);
}

void StrategyEditorWindow::checkNow()
{
    applyCheck(rules::compileRules(m_editor->text().toUtf8()));
}

void StrategyEditorWindow::applyCheck(const rules::CompileResult &result)
{
    m_lastCheck = result;
    m_editor->setDiagnostics(result.diagnostics);
    m_editor->setDeclaredNames(result.declaredNames);

    m_problems->clear();
    for (const rules::Diagnostic &d : result.diagnostics) {
        auto *item = new QTreeWidgetItem(m_problems,
            {QString::number(d.line), QString::number(d.column), d.message});
        item->setData(0, Qt::UserRole, d.line);
        item->setData(1, Qt::UserRole, d.column);
        item->setToolTip(2, d.message);
    }
    m_problemCount->setText(result.diagnostics.empty()
            ? tr("No problems.")
            : tr("%n problem(s).", nullptr, int(result.diagnostics.size())));

    if (!result.ok()) {
        // The form keeps the last clean declarations while the file is being fixed.
        if (!m_form->specs().empty())
            m_formNote->setText(tr("The file has problems; the form shows the parameters of the last "
                                   "version that compiled."));
        return;
    }
    const std::vector<ParamSpec> &specs = result.program->params;
    if (specs != m_form->specs()) {
        // A value changed in the form stays while its parameter takes it; one left at its
        // default follows the default written in the file.
        ParamValues values = defaultValues(specs);
        const ParamValues shown = m_form->values();
        for (const ParamSpec &spec : specs) {
            const ParamSpec *before = findParam(m_form->specs(), spec.name);
            const double value = shown.value(spec.name);
            if (before && value != before->defaultValue && spec.check(value))
                values.set(spec.name, value);
        }
        m_form->setSpecs(specs, values);
    }
    m_formNote->setText(specs.empty() ? tr("This strategy declares no parameters.")
                                      : tr("From the file's param declarations; Run Backtest uses these values."));
}

void StrategyEditorWindow::onProblemActivated(QTreeWidgetItem *item)
{
    if (item)
        m_editor->goTo(item->data(0, Qt::UserRole).toInt(), item->data(1, Qt::UserRole).toInt());
}

Result<RuleStrategyPtr> StrategyEditorWindow::compiledStrategy()
{
    checkNow();
    if (!m_lastCheck.ok()) {
        const rules::Diagnostic &first = m_lastCheck.diagnostics.front();
        return Error::invalidInput(
            tr("fix the %n problem(s) first", nullptr, int(m_lastCheck.diagnostics.size())) + QStringLiteral(": ")
                + first.message,
            strategyName(), first.line, first.column);
    }
    strategy::StrategyDescriptor d = rules::ruleStrategyDescriptor(m_lastCheck.program, strategyName());
    if (m_workspaceName.isEmpty() && m_filePath.isEmpty())
        d.displayName = tr("Untitled"); // its name stays "untitled", a CLI-style word
    return std::make_shared<const strategy::StrategyDescriptor>(std::move(d));
}

bool StrategyEditorWindow::runBacktest()
{
    auto made = compiledStrategy();
    if (!made) {
        showRunSummary(made.error().toString(), true);
        return false;
    }
    showRunSummary(tr("Running %1...").arg((*made)->name), false);
    emit runRequested(*made, m_form->values());
    return true;
}

bool StrategyEditorWindow::optimize()
{
    auto made = compiledStrategy();
    if (!made) {
        showRunSummary(made.error().toString(), true);
        return false;
    }
    emit optimizeRequested(*made, m_form->values());
    return true;
}

void StrategyEditorWindow::showRunSummary(const QString &text, bool error)
{
    m_result->setStyleSheet(error ? textStyle(Tone::Bad) : QString());
    m_result->setText(text);
}

void StrategyEditorWindow::setDark(bool dark)
{
    m_editor->setDark(dark);
    if (m_dark->isChecked() != dark)
        m_dark->setChecked(dark);
}

void StrategyEditorWindow::updateTitle()
{
    QString where;
    if (!m_workspaceName.isEmpty())
        where = tr("%1 (workspace)").arg(m_workspaceName);
    else if (!m_filePath.isEmpty())
        where = QFileInfo(m_filePath).fileName();
    else if (!m_templateName.isEmpty())
        where = tr("Untitled, from the template %1").arg(m_templateName);
    else
        where = tr("Untitled");
    setWindowTitle(tr("%1[*] — Strategy Editor").arg(where));
    setWindowModified(hasUnsavedChanges());
}

void StrategyEditorWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeKeepChanges()) {
        event->ignore();
        return;
    }
    // Saved or discarded: the text stays for the next opening, but nothing is pending.
    m_editor->setModified(false);
    m_orphaned = false;
    event->accept();
}

} // namespace rutile::ui
