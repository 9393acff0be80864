#include "ShortcutsDialog.h"

#include "MenuText.h"
#include "TableCsvExport.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rutile::ui {

namespace {

/// The menu an action sits in (its first QMenu widget), as the group it is listed under.
QString groupOf(const QAction *action)
{
    for (const QObject *w : action->associatedObjects()) {
        if (const auto *menu = qobject_cast<const QMenu *>(w)) {
            if (menu->menuAction() && !menu->title().isEmpty())
                return plainMenuText(menu->title());
        }
    }
    return ShortcutsDialog::tr("Chart");
}

} // namespace

QList<ShortcutEntry> collectShortcuts(const QWidget *root)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction *> seen;
    for (const QAction *a : root->findChildren<QAction *>()) {
        if (a->shortcut().isEmpty() || seen.contains(a) || a->text().isEmpty())
            continue;
        seen.insert(a);
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        entries.push_back({groupOf(a), plainMenuText(a->text()), keys.join(QStringLiteral(", "))});
    }
    // The chart's keys and gestures, which are handled by the chart widget, not by actions.
    const QString chart = ShortcutsDialog::tr("Chart");
    const std::pair<QString, QString> keys[] = {
        {ShortcutsDialog::tr("Zoom in / out"), ShortcutsDialog::tr("+ / -, mouse wheel")},
        {ShortcutsDialog::tr("Pan earlier / later"), ShortcutsDialog::tr("Left / Right, drag")},
        {ShortcutsDialog::tr("First / last bar"), ShortcutsDialog::tr("Home / End")},
        {ShortcutsDialog::tr("Show all bars"), ShortcutsDialog::tr("Double-click")},
        {ShortcutsDialog::tr("Cancel drawing tool, deselect"), ShortcutsDialog::tr("Esc")},
        {ShortcutsDialog::tr("Delete selected drawing"), ShortcutsDialog::tr("Delete, Backspace")},
        {ShortcutsDialog::tr("Edit drawing"), ShortcutsDialog::tr("Double-click the drawing")},
        {ShortcutsDialog::tr("Resize panes"), ShortcutsDialog::tr("Drag the line between panes")},
    };
    for (const auto &[action, key] : keys)
        entries.push_back({chart, action, key});
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QWidget *root, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<ShortcutEntry> entries = collectShortcuts(root);
    m_table = new QTableWidget(int(entries.size()), 3, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("Action"), tr("Shortcut")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    addCsvExportAction(m_table, QStringLiteral("shortcuts.csv"));
    for (int row = 0; row < entries.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(entries[row].group));
        m_table->setItem(row, 1, new QTableWidgetItem(entries[row].action));
        m_table->setItem(row, 2, new QTableWidgetItem(entries[row].keys));
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(620, 520);
}

} // namespace rutile::ui
