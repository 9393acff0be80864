#include "report/ReportDocument.h"

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

} // namespace rutile::report
