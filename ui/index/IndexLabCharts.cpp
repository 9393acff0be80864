#include "index/IndexLabCharts.h"
#include "settings/PlotTheme.h"

#include "risk/ChartTimeScale.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace rutile::ui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ui::IndexLab)
};

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTheme(chartTheme());
    chart->setLocalizeNumbers(true); // axis labels in the GUI's language (1,5 in German)
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}
} // namespace

QChart *makeSectorWeightChart(const index::HoldingsAnalysis &analysis, const QString &name,
                              const std::vector<index::SectorComparison> &comparison, const QString &otherName)
{
    QChart *chart = newChart(comparison.empty() ? Text::tr("Sector weights of %1").arg(name)
                                                : Text::tr("Sector weights: %1 and %2").arg(name, otherName));
    // Horizontal bars draw their first category at the bottom: add the smallest first.
    std::vector<QString> sectors;
    for (const index::SectorWeight &s : analysis.sectors)
        sectors.push_back(s.sector);
    for (const index::SectorComparison &c : comparison) {
        if (std::find(sectors.begin(), sectors.end(), c.sector) == sectors.end())
            sectors.push_back(c.sector);
    }
    std::reverse(sectors.begin(), sectors.end());
    auto *mine = new QBarSet(name);
    auto *other = new QBarSet(otherName);
    double largest = 0;
    QStringList categories;
    for (const QString &sector : sectors) {
        categories << sector;
        double a = 0, b = 0;
        for (const index::SectorWeight &s : analysis.sectors)
            a = s.sector == sector ? 100 * s.weight : a;
        for (const index::SectorComparison &c : comparison)
            b = c.sector == sector ? 100 * c.weightB : b;
        *mine << a;
        *other << b;
        largest = std::max({largest, a, b});
    }
    auto *series = new QHorizontalBarSeries;
    series->append(mine);
    if (!comparison.empty())
        series->append(other);
    else
        delete other;
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    x->setRange(0, std::ceil(largest / 5.0) * 5.0);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(Text::tr("Weight (%)"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(!comparison.empty());
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart *makeIndexLevelChart(const BarSeries &levels, const QString &title)
{
    QChart *chart = newChart(title);
    chart->legend()->hide();
    if (levels.empty())
        return chart;
    TimeScale time(levels.day.front(), levels.day.back());
    auto *series = new QLineSeries;
    QList<QPointF> points;
    points.reserve(qsizetype(levels.size()));
    double lo = levels.close.front(), hi = lo;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        points.append({time.x(levels.day[i]), levels.close[i]});
        lo = std::min(lo, levels.close[i]);
        hi = std::max(hi, levels.close[i]);
    }
    series->replace(points);
    QPen pen(QColor(0x1f, 0x5f, 0xa8));
    pen.setWidthF(1.2);
    series->setPen(pen);
    chart->addSeries(series);
    auto *y = new QLogValueAxis;
    y->setBase(10);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setRange(lo * 0.95, hi * 1.05);
    y->setMinorTickCount(-1);
    chart->addAxis(time.axis(), Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(time.axis());
    series->attachAxis(y);
    return chart;
}

} // namespace rutile::ui
