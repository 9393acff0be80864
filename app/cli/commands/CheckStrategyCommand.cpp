#include "Cli.h"

#include "rules/Compiler.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace rutile::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::CheckStrategyCommand)
};

QString typeName(ParamType type)
{
    switch (type) {
    case ParamType::Int: return QStringLiteral("int");
    case ParamType::Double: return QStringLiteral("double");
    case ParamType::Bool: return QStringLiteral("bool");
    case ParamType::Choice: return QStringLiteral("choice");
    }
    return {};
}

int runCheckStrategy(Context &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 1)
        return ctx.usage(Text::tr("check-strategy takes one rule file: check-strategy FILE"));
    const QString path = args.front();
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return ctx.fail(Error::io(Text::tr("cannot read the rule file: %1")
                                      .arg(QFileInfo(path).isDir() ? Text::tr("it is a folder") : file.errorString()),
                                  path));
    // One byte more than the compiler accepts, so that it can say the file is too big
    // without reading all of a huge one.
    const rules::ParseLimits limits;
    const QByteArray source = file.read(limits.maxSourceBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return ctx.fail(Error::io(Text::tr("cannot read the rule file: %1").arg(file.errorString()), path));

    const rules::CompileResult result = rules::compileRules(source, limits);
    if (!result.ok()) {
        QTextStream err(stderr);
        for (const rules::Diagnostic &d : result.diagnostics)
            err << d.toString(path) << Qt::endl;
        return DataError;
    }
    const rules::Program &program = *result.program;
    ctx.out() << Text::tr("%1: ok; %2 parameter(s), %3 leg(s)").arg(path).arg(program.params.size()).arg(program.legs())
              << Qt::endl;
    for (const ParamSpec &p : program.params) {
        QString range;
        if (p.type != ParamType::Bool)
            range = QStringLiteral(" in %1..%2 step %3").arg(p.format(p.minimum), p.format(p.maximum), p.format(p.step));
        ctx.out() << QStringLiteral("%1 = %2 (%3%4) \"%5\"").arg(p.name, p.format(p.defaultValue), typeName(p.type), range, p.label)
                  << Qt::endl;
    }
    for (const QString &leg : program.legNames)
        ctx.out() << Text::tr("leg %1: the hedge symbol (--pair)").arg(leg) << Qt::endl;
    if (Status s = ctx.flushOut(); !s)
        return ctx.fail(s.error());
    return Success;
}

} // namespace

Command checkStrategyCommand()
{
    return Command{
        QStringLiteral("check-strategy"),
        Text::tr("Parse and type-check a rule file without running it; print its parameters."),
        [](QCommandLineParser &) {},
        runCheckStrategy,
        {},
    };
}

} // namespace rutile::cli
