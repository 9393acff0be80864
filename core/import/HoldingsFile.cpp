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
            return Error::invalidArgument(Text::tr("cannot tell the fund from the file name %1").arg(path));
        out.name = *fromFile;
    }
    // Refused rather than cut: a truncated file would lose rows, and every weight needs them all.
    if (QFileInfo(path).size() > kLargestHoldingsFile)
        return Error::invalidInput(Text::tr("the file is larger than 64 MiB; a holdings export is far smaller"), path);
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
