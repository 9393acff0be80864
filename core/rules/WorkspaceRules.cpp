#include "rules/WorkspaceRules.h"

#include "rules/Compiler.h"
#include "rules/RuleStrategy.h"
#include "strategy/StrategyRegistry.h"

#include <QCoreApplication>

#include <algorithm>

namespace rutile::rules {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::rules::WorkspaceRules)
};

constexpr int kMaxNameLength = 64;

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
}
} // namespace

Status checkRuleStrategyName(QStringView name)
{
    if (name.isEmpty())
        return Error::invalidArgument(Text::tr("a rule strategy needs a name"));
    if (name.size() > kMaxNameLength)
        return Error::invalidArgument(Text::tr("the name %1 is longer than %2 characters").arg(name).arg(kMaxNameLength));
    if (!(name.front() >= u'a' && name.front() <= u'z') || !std::all_of(name.begin(), name.end(), isNameChar))
        return Error::invalidArgument(
            Text::tr("the name %1 is not a strategy name: use lower-case letters, digits and _, starting with a letter")
                .arg(name));
    if (strategy::StrategyRegistry::builtIn().find(name))
        return Error::invalidArgument(Text::tr("%1 is the name of a built-in strategy; choose another").arg(name));
    return {};
}

Result<StrategyPtr> compileRuleStrategy(const QString &name, const QString &source)
{
    CompileResult compiled = compileRules(source.toUtf8());
    if (!compiled.ok()) {
        const Diagnostic &first = compiled.diagnostics.front();
        QString message = first.message;
        if (compiled.diagnostics.size() > 1)
            message += Text::tr(" (and %n more problem(s))", nullptr, int(compiled.diagnostics.size() - 1));
        return Error::invalidInput(message, name, first.line, first.column);
    }
    return std::make_shared<const strategy::StrategyDescriptor>(ruleStrategyDescriptor(compiled.program, name));
}

Status saveRuleStrategy(Workspace &workspace, const QString &name, const QString &source)
{
    if (Status s = checkRuleStrategyName(name); !s)
        return s;
    if (auto compiled = compileRuleStrategy(name, source); !compiled)
        return compiled.error();
    return workspace.saveRuleStrategy(name, source);
}

SavedStrategies loadRuleStrategies(const Workspace &workspace)
{
    SavedStrategies result;
    for (const SavedRuleStrategy &saved : workspace.ruleStrategies()) {
        auto compiled = compileRuleStrategy(saved.name, saved.source);
        if (compiled)
            result.strategies.push_back(std::move(*compiled));
        else
            result.problems << compiled.error().toString();
    }
    return result;
}

StrategyPtr builtInStrategy(const strategy::StrategyDescriptor &descriptor)
{
    return StrategyPtr(StrategyPtr(), &descriptor);
}

Result<StrategyPtr> findStrategy(const Workspace *workspace, QStringView name)
{
    const strategy::StrategyRegistry &builtIn = strategy::StrategyRegistry::builtIn();
    if (const strategy::StrategyDescriptor *d = builtIn.find(name))
        return builtInStrategy(*d);
    QStringList known = builtIn.names();
    if (workspace) {
        if (const auto saved = workspace->ruleStrategy(name.toString()))
            return compileRuleStrategy(saved->name, saved->source);
        for (const SavedRuleStrategy &s : workspace->ruleStrategies())
            if (!builtIn.find(s.name)) // could only have been written past the name check
                known << s.name;
    }
    return Error::invalidArgument(
        Text::tr("unknown strategy '%1'; expected one of: %2").arg(name, known.join(QStringLiteral(", "))));
}

} // namespace rutile::rules
