#pragma once

#include "util/Error.h"

#include <QIODevice>
#include <QString>

#include <functional>

namespace rutile {

/// Runs `write` on standard output when `path` is "-", otherwise on a QSaveFile that is
/// committed only when `write` succeeds: a failed export never leaves a truncated file.
/// Errors carry `path`.
Status writeOutputFile(const QString &path, const std::function<Status(QIODevice &)> &write);

} // namespace rutile
