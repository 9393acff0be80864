#pragma once

// Reads a rule file into a SyntaxTree. The grammar (PEGTL) lives in Parser.cpp only: it is
// heavy to compile and nobody else needs it.
//
// A statement is one line. Each line is parsed on its own, so a syntax error costs only its
// own line and every broken line of a file is reported. The bounds below keep a hostile file
// from exhausting the stack (deep nesting) or memory (size, node count).

#include "rules/Ast.h"
#include "rules/Diagnostics.h"

#include <QByteArrayView>

namespace rutile::rules {

struct ParseLimits {
    qsizetype maxSourceBytes = 1 << 20; ///< 1 MB
    int maxDepth = 100;                 ///< nested parentheses, calls, unary operators
    int maxNodes = 200000;              ///< expression nodes in the whole file
};

/// The syntax tree of `source` (UTF-8). Problems go to `diagnostics`; the tree then holds
/// only the statements that parsed.
SyntaxTree parseRules(QByteArrayView source, Diagnostics &diagnostics, const ParseLimits &limits = {});

/// Characters (code points) of UTF-8 text: the column of an editor, not a byte offset.
int utf8Length(const char *begin, const char *end);

} // namespace rutile::rules
