#include "WorkspaceWriter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rutile::ui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ui::WorkspaceWriter)
};
} // namespace

Result<std::unique_ptr<Workspace>> openShownWorkspaceForWriting(const QString &path)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return Error::notFound(Text::tr("the workspace file no longer exists"), path);
    return Workspace::open(path, WorkspaceAccess::OpenOrCreate);
}

} // namespace rutile::ui
