#pragma once

#include <QDialog>

class QTextBrowser;

namespace rutile::ui {

/// Help > Getting Started: the first steps in Rutile, from data to chart, backtest, risk and the
/// command line, naming the menus as the main window shows them (in its language).
class GettingStartedDialog : public QDialog {
    Q_OBJECT
public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

    /// The page's HTML.
    static QString html();

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace rutile::ui
