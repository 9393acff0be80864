#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace rutile::ui {

/// What the main window shows instead of a chart while the workspace holds no symbol: a
/// short explanation and the two ways forward, the sample workspace and an import.
class EmptyStatePanel : public QWidget {
    Q_OBJECT
public:
    explicit EmptyStatePanel(QWidget *parent = nullptr);

    /// Names the workspace file that is empty; an empty path means no workspace is open,
    /// and then only the sample workspace is offered.
    void setWorkspacePath(const QString &path);

    QPushButton *sampleButton() const { return m_sample; }
    QPushButton *importButton() const { return m_import; }

signals:
    void openSampleRequested();
    void importRequested();

private:
    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_sample = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace rutile::ui
