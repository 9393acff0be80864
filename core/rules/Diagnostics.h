#pragma once

// Problems found in a rule file. Each has a 1-based line and column and a plain one-line
// message; all of them are reported (up to kMaxDiagnostics), sorted by position, so that an
// editor can list and jump to every one and a CLI can print them compiler style.

#include "rules/Ast.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace rutile::rules {

struct Diagnostic {
    int line = 0;
    int column = 0;
    QString message;

    /// "LINE:COLUMN: error: message", or "FILE:LINE:COLUMN: error: message" with a file name.
    QString toString(const QString &file = {}) const;
    bool operator==(const Diagnostic &other) const = default;
};

class Diagnostics {
public:
    /// Enough to fix a file by; more would drown the first, most useful ones.
    static constexpr int kMaxDiagnostics = 50;

    void add(SourcePos pos, const QString &message);
    void add(int line, int column, const QString &message) { add(SourcePos{line, column}, message); }
    bool empty() const { return m_list.empty(); }
    bool full() const { return int(m_list.size()) >= kMaxDiagnostics; }
    /// By line, then column; equal positions keep the order they were found in.
    std::vector<Diagnostic> sorted() const;
    /// sorted(), one toString() each.
    QStringList lines(const QString &file = {}) const;

private:
    std::vector<Diagnostic> m_list;
};

} // namespace rutile::rules
