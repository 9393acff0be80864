#include "rules/Diagnostics.h"

#include "util/MessageText.h"

#include <algorithm>

namespace rutile::rules {

QString Diagnostic::toString(const QString &file) const
{
    const QString where = QStringLiteral("%1:%2").arg(line).arg(column);
    return (file.isEmpty() ? where : file + u':' + where) + QStringLiteral(": error: ") + message;
}

void Diagnostics::add(SourcePos pos, const QString &message)
{
    if (full())
        return;
    // A message must stay one line whatever a name in it holds.
    const QString text = escapeControlCharacters(message);
    // Two checks reaching the same fault at the same place say it once.
    for (const Diagnostic &d : m_list) {
        if (d.line == pos.line && d.column == pos.column && d.message == text)
            return;
    }
    m_list.push_back({pos.line, pos.column, text});
}

std::vector<Diagnostic> Diagnostics::sorted() const
{
    std::vector<Diagnostic> out = m_list;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return out;
}

QStringList Diagnostics::lines(const QString &file) const
{
    QStringList out;
    for (const Diagnostic &d : sorted())
        out << d.toString(file);
    return out;
}

} // namespace rutile::rules
