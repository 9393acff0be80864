#include "PngOutput.h"

#include "report/OutputFile.h"

#include <QBuffer>
#include <QCoreApplication>

namespace rutile::ui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ui::PngOutput)
};
} // namespace

Status writePng(const QString &path, const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    if (image.isNull() || !buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return Error::internal(Text::tr("cannot encode the PNG image"));
    return writeOutputFile(path, [&png](QIODevice &device) -> Status {
        if (device.write(png) != png.size())
            return Error::io(Text::tr("cannot write: %1").arg(device.errorString()));
        return {};
    });
}

} // namespace rutile::ui
