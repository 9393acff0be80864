#include "commands/ListOptions.h"
#include "commands/BacktestOptions.h"

#include <QCoreApplication>

namespace rutile::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::ListOptions)
};

} // namespace

Result<scan::ScanExpression> readExpressionOption(Context &ctx, const QString &option)
{
    auto compiled = scan::compileScanExpression(ctx.parser.value(option));
    if (!compiled) {
        Error e = compiled.error();
        e.file = QStringLiteral("--") + option;
        return e;
    }
    return compiled;
}

Result<std::optional<scan::ScanExpression>> readWhereOption(Context &ctx)
{
    if (!ctx.parser.isSet(QStringLiteral("where")))
        return std::optional<scan::ScanExpression>();
    auto filter = readExpressionOption(ctx, QStringLiteral("where"));
    if (!filter)
        return filter.error();
    if (!filter->condition)
        return Error::invalidArgument(Text::tr("--where takes a condition (true or false), such as \"close > sma(close, 200)\""));
    return std::optional<scan::ScanExpression>(std::move(*filter));
}

Result<ListRunOptions> readListRunOptions(Context &ctx)
{
    ListRunOptions out;
    const auto from = ctx.dateOption(QStringLiteral("from"));
    const auto to = ctx.dateOption(QStringLiteral("to"));
    if (!from || !to)
        return (from ? to : from).error();
    out.from = *from;
    out.to = *to;
    const auto threads = readThreads(ctx);
    if (!threads)
        return threads.error();
    out.threads = *threads;
    return out;
}

} // namespace rutile::cli
