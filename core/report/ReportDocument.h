#pragma once

// A report as a document: titled sections of paragraphs, notes, tables and charts, each
// chart given by its data. core/reporting fills one from a run or a risk study; the GUI's
// writers (ui/report) turn the same document into a self-contained HTML file or a PDF, so
// the two always say the same thing. Every number is already text here, formatted once
// (report/ReportFormat.h).

#include "data/BarSeries.h"

#include <QString>
#include <QStringList>

#include <limits>
#include <vector>

namespace rutile::report {

/// How a chart's value axis reads.
enum class AxisFormat { Number, Money, Percent };

struct ReportTable {
    QStringList header;       ///< empty: a list of facts (name, value)
    std::vector<QStringList> rows;
    /// Columns from this one on hold numbers: right-aligned.
    int numbersFrom = 1;
    /// A heat map: one value per cell (row-major, rows × header columns), NaN for an
    /// uncoloured cell; cells are shaded from red (negative) to green (positive). Empty: none.
    std::vector<double> heat;
    /// The size of |value| that gets the strongest shade.
    double heatScale = 0.05;
};

struct ReportSeries {
    QString name;
    std::vector<double> y; ///< one per x; NaN leaves a gap
};

struct ReportChart {
    enum class Kind {
        Lines,     ///< one line per series over x (dates)
        Area,      ///< series[0] filled down to zero (drawdowns)
        Bars,      ///< one bar per category, series[0] (yearly returns)
        Histogram, ///< bars of series[0] over bins starting at x (width binWidth), lines of `overlay`
    };
    Kind kind = Kind::Lines;
    QString title;
    AxisFormat yFormat = AxisFormat::Number;
    bool logScale = false;
    std::vector<double> x; ///< DayNumbers for Lines and Area; bin starts for Histogram
    std::vector<ReportSeries> series;
    QStringList categories; ///< Bars
    double binWidth = 0;    ///< Histogram
    std::vector<double> overlayX;
    std::vector<ReportSeries> overlay; ///< Histogram: lines over the bars (the Gaussian fit)
};

struct ReportBlock {
    enum class Kind { Paragraph, Note, Code, Table, Chart };
    Kind kind = Kind::Paragraph;
    QString text;    ///< Paragraph, Note, Code; a Table's or Chart's caption
    ReportTable table;
    ReportChart chart;
};

struct ReportSection {
    QString heading;
    std::vector<ReportBlock> blocks;

    void paragraph(const QString &text);
    void note(const QString &text);
    void code(const QString &text);
    void table(ReportTable table, const QString &caption = {});
    void chart(ReportChart chart);
};

struct ReportDocument {
    QString title;
    QString subtitle;
    std::vector<ReportSection> sections;

    ReportSection &section(const QString &heading);
    /// The charts of every section, the number a writer draws.
    std::size_t chartCount() const;
};

} // namespace rutile::report
