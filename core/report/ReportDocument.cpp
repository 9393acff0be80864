#include "report/ReportDocument.h"

#include <algorithm>

namespace rutile::report {

void ReportSection::paragraph(const QString &text)
{
    blocks.push_back({ReportBlock::Kind::Paragraph, text, {}, {}});
}

void ReportSection::note(const QString &text)
{
    blocks.push_back({ReportBlock::Kind::Note, text, {}, {}});
}

void ReportSection::code(const QString &text)
{
    blocks.push_back({ReportBlock::Kind::Code, text, {}, {}});
}

void ReportSection::table(ReportTable table, const QString &caption)
{
    blocks.push_back({ReportBlock::Kind::Table, caption, std::move(table), {}});
}

void ReportSection::chart(ReportChart chart)
{
    ReportBlock b{ReportBlock::Kind::Chart, chart.title, {}, {}};
    b.chart = std::move(chart);
    blocks.push_back(std::move(b));
}

ReportSection &ReportDocument::section(const QString &heading)
{
    sections.push_back({heading, {}});
    return sections.back();
}

std::size_t ReportDocument::chartCount() const
{
    std::size_t n = 0;
    for (const ReportSection &s : sections)
        n += std::size_t(std::count_if(s.blocks.begin(), s.blocks.end(),
                                       [](const ReportBlock &b) { return b.kind == ReportBlock::Kind::Chart; }));
    return n;
}

} // namespace rutile::report
