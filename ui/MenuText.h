#pragma once

// A menu's or an action's text as a sentence names it: without its accelerator marks and the
// dots that say a dialog follows ("&Import History..." reads "Import History").

#include <QString>

namespace rutile::ui {

QString plainMenuText(QString text);

} // namespace rutile::ui
