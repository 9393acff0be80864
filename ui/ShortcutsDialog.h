#pragma once

// Help > Keyboard Shortcuts: every shortcut of the window's actions (menus, tool bars, docks,
// child windows) and the chart's own keys and mouse gestures, in one sortable table.

#include <QDialog>
#include <QList>
#include <QString>

class QTableWidget;

namespace rutile::ui {

struct ShortcutEntry {
    QString group; ///< "File", "Chart"…: the menu or area it belongs to
    QString action; ///< what it does, without mnemonics and ellipses
    QString keys; ///< in the platform's native text
};

/// Every action under `root` (its children and their children) with a shortcut, then the
/// chart's keys that are not actions (zoom, pan, drawing keys).
QList<ShortcutEntry> collectShortcuts(const QWidget *root);

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QWidget *root, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace rutile::ui
