#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace rutile::ui {

/// What the main window shows instead of a chart while the workspace holds no symbol: a
/// short explanation and the ways forward: the sample workspace, an import, a download of the
/// two indexes Rutile is about.
class EmptyStatePanel : public QWidget {
    Q_OBJECT
public:
    explicit EmptyStatePanel(QWidget *parent = nullptr);

    /// Names the workspace file that is empty; an empty path means no workspace is open,
    /// and then only the sample workspace is offered.
    void setWorkspacePath(const QString &path);

    QPushButton *sampleButton() const { return m_sample; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *downloadButton() const { return m_download; }

signals:
    void openSampleRequested();
    void importRequested();
    /// "Download the Russell 2000 and the S&P 500" (^RUT and ^GSPC from Yahoo Finance).
    void downloadIndexesRequested();

private:
    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_sample = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_download = nullptr;
};

} // namespace rutile::ui
