#include "import/HoldingsFile.h"

#include "data/Symbol.h"
#include "import/HistoryImporter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rutile {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::HoldingsFile)
};
constexpr qint64 kLargestHoldingsFile = qint64(64) << 20;
} // namespace

Result<HoldingsFile> readHoldingsFile(const QString &path, const QString &name)
{
    HoldingsFile out;
    out.name = name;
    if (out.name.isEmpty()) {
        const auto fromFile = symbolFromFileName(path);
        if (!fromFile)
            return Error::invalidArgument(Text::tr("cannot tell the fund from the file name %1; give it a name").arg(path));
        out.name = *fromFile;
    }
    const auto bytes = readFileHead(path, kLargestHoldingsFile);
    if (!bytes)
        return bytes.error();
    auto snapshot = index::parseHoldings(*bytes, path);
    if (!snapshot)
        return snapshot.error();
    auto analysis = index::analyseHoldings(*snapshot);
    if (!analysis)
        return Error::invalidInput(analysis.error().message, path);
    if (!snapshot->asOf.isValid())
        return Error::invalidInput(Text::tr("no \"Fund Holdings as of\" date in the preamble"), path);
    out.path = QFileInfo(path).absoluteFilePath();
    out.snapshot = std::move(*snapshot);
    out.analysis = std::move(*analysis);
    return out;
}

} // namespace rutile
