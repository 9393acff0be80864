#pragma once

#include <QString>

namespace rutile {

/// The version of this build (CMake's PROJECT_VERSION), as the run journal and the reports record
/// it: the same in the GUI, in rutile-cli and in tests, whatever the application object says.
QString appVersion();

} // namespace rutile
