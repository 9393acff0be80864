#include "util/AppVersion.h"

namespace rutile {

QString appVersion()
{
    return QStringLiteral(RUTILE_CORE_VERSION);
}

} // namespace rutile
