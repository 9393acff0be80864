#include "commands/RuleFile.h"

#include "rules/Compiler.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace rutile::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::RuleFile)
};
} // namespace

std::shared_ptr<const rules::Program> readRuleFile(Context &ctx, const QString &path, int &exitCode)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        exitCode = ctx.fail(Error::io(Text::tr("cannot read the rule file: %1")
                                          .arg(QFileInfo(path).isDir() ? Text::tr("it is a folder") : file.errorString()),
                                      path));
        return nullptr;
    }
    // One byte more than the compiler accepts, so that it can say the file is too big
    // without reading all of a huge one.
    const rules::ParseLimits limits;
    const QByteArray source = file.read(limits.maxSourceBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        exitCode = ctx.fail(Error::io(Text::tr("cannot read the rule file: %1").arg(file.errorString()), path));
        return nullptr;
    }
    rules::CompileResult result = rules::compileRules(source, limits);
    if (!result.ok()) {
        QTextStream err(stderr);
        for (const rules::Diagnostic &d : result.diagnostics)
            err << d.toString(path) << Qt::endl;
        exitCode = DataError;
        return nullptr;
    }
    return std::move(result.program);
}

} // namespace rutile::cli
