#pragma once

// Options shared by the commands that run over a watchlist (`scan`, `portfolio`): expressions of
// the rule language given on the command line, the dates and the threads.

#include "Cli.h"

#include "scan/Scan.h"

#include <QDate>

#include <optional>

namespace rutile::cli {

/// The expression of `option` (--expr, --rank, --where) compiled; an error points into the
/// option's text as its file: "--rank:1:9: unknown function 'smaa'".
Result<scan::ScanExpression> readExpressionOption(Context &ctx, const QString &option);

/// --where COND when given: it must be a condition.
Result<std::optional<scan::ScanExpression>> readWhereOption(Context &ctx);

struct ListRunOptions {
    QDate from;
    QDate to;
    int threads = 0; ///< 0: one per core
};
/// --from, --to and --threads.
Result<ListRunOptions> readListRunOptions(Context &ctx);

} // namespace rutile::cli
