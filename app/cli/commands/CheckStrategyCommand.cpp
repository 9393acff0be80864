#include "Cli.h"
#include "commands/RuleFile.h"

#include "rules/Program.h"

#include <QCoreApplication>

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
    int exitCode = Success;
    const std::shared_ptr<const rules::Program> compiled = readRuleFile(ctx, path, exitCode);
    if (!compiled)
        return exitCode;
    const rules::Program &program = *compiled;
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
