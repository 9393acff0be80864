#pragma once

// A report shown in the application: the HTML report (ui/report) in a QTextBrowser, its
// embedded charts decoded from their data URIs.

#include "report/ReportDocument.h"
#include "util/Error.h"

#include <QTextBrowser>

namespace rutile::ui {

class ReportBrowser : public QTextBrowser {
    Q_OBJECT
public:
    explicit ReportBrowser(QWidget *parent = nullptr);
    /// Shows `document`. Its charts are drawn into PNGs on a pool thread behind runWithProgress()
    /// when `progressParent` is given; Cancelled when the user stopped it (nothing shown then).
    Status setReport(const report::ReportDocument &document, QWidget *progressParent = nullptr);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace rutile::ui
