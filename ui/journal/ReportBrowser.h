#pragma once

// A report shown in the application: the HTML report (ui/report) in a QTextBrowser, its
// embedded charts decoded from their data URIs.

#include "report/ReportDocument.h"

#include <QTextBrowser>

namespace rutile::ui {

class ReportBrowser : public QTextBrowser {
    Q_OBJECT
public:
    explicit ReportBrowser(QWidget *parent = nullptr);
    void setReport(const report::ReportDocument &document);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace rutile::ui
