#include "chart/LayoutChange.h"

#include <QCoreApplication>

namespace rutile::chart {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::chart::LayoutChange)
};

ChartLayout withoutRange(ChartLayout l)
{
    l.rangePreset.reset();
    l.from = QDate();
    l.to = QDate();
    return l;
}

bool onlyPointsDiffer(Drawing a, const Drawing &b)
{
    a.points = b.points;
    return a == b;
}

} // namespace

bool sameExceptRange(const ChartLayout &a, const ChartLayout &b)
{
    return withoutRange(a) == withoutRange(b);
}

QString indicatorTitle(const ChartIndicator &indicator, const indicators::IndicatorRegistry &registry)
{
    QString title = indicator.name.toUpper();
    if (const indicators::IndicatorDescriptor *d = registry.find(indicator.name); d && !d->params.empty())
        title += u'(' + formatPositional(d->params, indicator.params) + u')';
    return title;
}

QString drawingKindTitle(DrawingKind kind)
{
    switch (kind) {
    case DrawingKind::TrendLine:
        return Text::tr("Trend Line");
    case DrawingKind::Ray:
        return Text::tr("Ray");
    case DrawingKind::HorizontalLine:
        return Text::tr("Horizontal Line");
    case DrawingKind::VerticalLine:
        return Text::tr("Vertical Line");
    case DrawingKind::Rectangle:
        return Text::tr("Rectangle");
    case DrawingKind::Fibonacci:
        return Text::tr("Fibonacci Retracement");
    case DrawingKind::Text:
        return Text::tr("Text Note");
    }
    return {};
}

QString describeLayoutChange(const ChartLayout &before, const ChartLayout &after, const indicators::IndicatorRegistry &registry)
{
    QStringList changes;
    // Indicators compared without their pane heights: a pane drag resizes, it edits nothing.
    const auto withoutHeights = [](std::vector<ChartIndicator> list) {
        for (ChartIndicator &ind : list)
            ind.paneHeight = 1.0;
        return list;
    };
    const std::vector<ChartIndicator> bi = withoutHeights(before.indicators), ai = withoutHeights(after.indicators);
    if (ai.size() == bi.size() + 1 && std::equal(bi.begin(), bi.end(), ai.begin())) {
        changes << Text::tr("Add %1").arg(indicatorTitle(ai.back(), registry));
    } else if (ai.size() + 1 == bi.size()) {
        // The removed one: the first position where the lists part.
        std::size_t i = 0;
        while (i < ai.size() && ai[i] == bi[i])
            ++i;
        changes << Text::tr("Remove %1").arg(indicatorTitle(bi[i], registry));
    } else if (ai.size() == bi.size()) {
        int edited = 0;
        std::size_t which = 0;
        for (std::size_t i = 0; i < ai.size(); ++i) {
            if (!(ai[i] == bi[i])) {
                ++edited;
                which = i;
            }
        }
        if (edited == 1)
            changes << Text::tr("Edit %1").arg(indicatorTitle(ai[which], registry));
        else if (edited > 1)
            changes << Text::tr("Edit Indicators");
    } else {
        changes << Text::tr("Change Indicators");
    }

    const auto &bd = before.drawings, &ad = after.drawings;
    if (ad.size() == bd.size() + 1) {
        changes << Text::tr("Draw %1").arg(drawingKindTitle(ad.back().kind));
    } else if (ad.size() + 1 == bd.size()) {
        std::size_t i = 0;
        while (i < ad.size() && ad[i] == bd[i])
            ++i;
        changes << Text::tr("Delete %1").arg(drawingKindTitle(bd[i].kind));
    } else if (ad.size() == bd.size()) {
        for (std::size_t i = 0; i < ad.size(); ++i) {
            if (!(ad[i] == bd[i]))
                changes << (onlyPointsDiffer(ad[i], bd[i]) ? Text::tr("Move %1") : Text::tr("Edit %1"))
                               .arg(drawingKindTitle(ad[i].kind));
        }
    } else {
        changes << Text::tr("Change Drawings");
    }

    if (after.style != before.style)
        changes << Text::tr("Change Style");
    if (after.timeframe != before.timeframe)
        changes << Text::tr("Change Timeframe");
    if (after.logScale != before.logScale)
        changes << Text::tr("Log Scale");
    if (after.lockY != before.lockY)
        changes << Text::tr("Lock Value Axes");
    if (after.showVolume != before.showVolume)
        changes << (after.showVolume ? Text::tr("Show Volume") : Text::tr("Hide Volume"));
    CompareSettings bc = before.compare, ac = after.compare;
    const bool heights = after.priceHeight != before.priceHeight || after.volumeHeight != before.volumeHeight
        || ac.ratioHeight != bc.ratioHeight || ac.correlationHeight != bc.correlationHeight;
    bc.ratioHeight = ac.ratioHeight;
    bc.correlationHeight = ac.correlationHeight;
    if (!(ac == bc))
        changes << Text::tr("Compare");
    bool indicatorHeights = false;
    if (after.indicators.size() == before.indicators.size()) {
        for (std::size_t i = 0; i < after.indicators.size(); ++i)
            indicatorHeights = indicatorHeights || after.indicators[i].paneHeight != before.indicators[i].paneHeight;
    }
    if (heights || indicatorHeights)
        changes << Text::tr("Resize Panes");

    if (changes.isEmpty())
        return {};
    return changes.size() == 1 ? changes.front() : Text::tr("Change Chart");
}

} // namespace rutile::chart
