#include "chart/ChartDocument.h"

#include "chart/CompareSeries.h"
#include "chart/HeikinAshi.h"
#include "data/HistoryParser.h"

#include <QCoreApplication>

#include <algorithm>

namespace rutile::chart {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::chart::ChartDocument)
};

double clampHeight(double height)
{
    return std::clamp(height, ChartLayout::kMinPaneHeight, ChartLayout::kMaxPaneHeight);
}

/// A document indicator for `spec`, parameters resolved and one pen per output; not computed.
Result<std::unique_ptr<DocumentIndicator>> makeIndicator(const ChartIndicator &spec)
{
    const indicators::IndicatorDescriptor *d = indicators::IndicatorRegistry::builtIn().find(spec.name);
    if (!d)
        return Error::invalidArgument(Text::tr("unknown indicator '%1'").arg(spec.name));
    auto resolved = resolve(d->params, spec.params);
    if (!resolved)
        return Error::invalidArgument(d->name + QStringLiteral(": ") + resolved.error().message);
    auto made = std::make_unique<DocumentIndicator>();
    made->descriptor = d;
    made->spec = spec;
    made->spec.name = d->name;
    made->spec.params = *resolved;
    if (made->spec.outputs.size() != std::size_t(d->outputs.size()))
        made->spec.outputs.resize(std::size_t(d->outputs.size()));
    return made;
}

} // namespace

ChartDocument::ChartDocument()
{
    updateDisplayed();
}

// ---- data -------------------------------------------------------------------------------------

const BarSeries &ChartDocument::displayed() const
{
    return m_style == ChartStyle::HeikinAshi ? m_heikinAshi : m_bars;
}

void ChartDocument::updateDisplayed()
{
    m_heikinAshi = m_style == ChartStyle::HeikinAshi ? heikinAshi(m_bars) : BarSeries();
    const BarSeries &b = displayed();
    m_barIndex = BarIndex(b.open, b.high, b.low, b.close, b.volume);
}

void ChartDocument::resample()
{
    m_bars = rutile::resample(m_daily, m_timeframe);
    updateDisplayed();
    for (auto &ind : m_indicators)
        (void)compute(*ind); // too few bars: kept, with "not enough bars" in its legend
}

void ChartDocument::setSeries(BarSeries daily)
{
    m_live.reset(); // the live bar belonged to the old series
    m_daily = std::move(daily);
    // An index such as VIX has no volume: no empty volume pane for it (the layout keeps the
    // trader's choice for symbols that have one).
    m_hasVolume = m_daily.empty()
        || std::any_of(m_daily.volume.begin(), m_daily.volume.end(), [](double v) { return v > 0; });
    m_compare = DocumentCompare();
    resample();
}

// ---- settings ---------------------------------------------------------------------------------

bool ChartDocument::setStyle(ChartStyle style)
{
    if (style == m_style)
        return false;
    m_style = style;
    updateDisplayed();
    return true;
}

bool ChartDocument::setTimeframe(Timeframe timeframe)
{
    if (timeframe == m_timeframe)
        return false;
    const LiveKept live(*this);
    m_timeframe = timeframe;
    resample();
    if (compareMode())
        (void)align(); // its window was valid when compare mode was entered
    return true;
}

bool ChartDocument::setLogScale(bool on)
{
    return std::exchange(m_logScale, on) != on;
}

bool ChartDocument::setLockY(bool on)
{
    return std::exchange(m_lockY, on) != on;
}

bool ChartDocument::setShowVolume(bool on)
{
    return std::exchange(m_showVolume, on) != on;
}

void ChartDocument::setPriceHeight(double height)
{
    m_priceHeight = clampHeight(height);
}

void ChartDocument::setVolumeHeight(double height)
{
    m_volumeHeight = clampHeight(height);
}

// ---- indicators -------------------------------------------------------------------------------

Status ChartDocument::compute(DocumentIndicator &ind) const
{
    ind.extrema.clear();
    ind.result = indicators::IndicatorResult();
    ind.result.descriptor = ind.descriptor;
    ind.valid = false;
    ind.error.clear();
    if (m_bars.empty())
        return {};
    auto result = indicators::compute(*ind.descriptor, m_bars, ind.spec.params);
    if (!result) {
        ind.error = result.error().message;
        return result.error();
    }
    ind.result = std::move(*result);
    ind.spec.params = ind.result.params;
    for (const indicators::IndicatorColumn &c : ind.result.columns)
        ind.extrema.emplace_back(c.values);
    ind.valid = true;
    return {};
}

void ChartDocument::rebuildExtrema(DocumentIndicator &ind)
{
    ind.extrema.clear();
    for (const indicators::IndicatorColumn &c : ind.result.columns)
        ind.extrema.emplace_back(c.values);
}

// ---- the live bar -----------------------------------------------------------------------------

Status ChartDocument::setLiveBar(const Bar &formingDaily)
{
    if (const auto problem = validateBar(formingDaily))
        return Error::invalidInput(Text::tr("live bar of %1: %2").arg(toDate(formingDaily.day).toString(Qt::ISODate),
                                                                      problem->reason));
    if (!m_daily.empty() && formingDaily.day < m_daily.day.back())
        return Error::invalidInput(Text::tr("live bar of %1: older than the last cached bar (%2)")
                                       .arg(toDate(formingDaily.day).toString(Qt::ISODate),
                                            m_daily.lastDate().toString(Qt::ISODate)));
    if (m_live && formingDaily.day != m_live->forming.day) {
        // A new session while live: the last tick of the one before is its final bar, which
        // the workspace does not have yet (no update ran). It joins the history, so the new
        // day's bar and streams follow it rather than skip a day.
        const std::optional<Bar> finished = takeLive();
        if (finished && (m_daily.empty() || finished->day > m_daily.day.back())) {
            m_daily.append(*finished);
            resample();
            if (compareMode())
                (void)align();
        }
    }
    if (!m_live)
        prepareLive(formingDaily);
    m_live->forming = formingDaily;
    applyLive();
    return {};
}

void ChartDocument::prepareLive(const Bar &forming)
{
    auto live = std::make_unique<Live>();
    live->forming = forming;
    live->confirmed = m_bars;
    for (const auto &ind : m_indicators) {
        live->confirmedResults.push_back(ind->result);
        std::unique_ptr<indicators::IndicatorStream> all;
        std::unique_ptr<indicators::IndicatorStream> allButLast;
        if (ind->valid && !m_bars.empty()) {
            if (auto stream = indicators::createStream(*ind->descriptor, ind->spec.params)) {
                allButLast = std::move(*stream);
                for (std::size_t i = 0; i + 1 < m_bars.size(); ++i)
                    allButLast->update(m_bars.bar(i));
                all = allButLast->clone();
                all->update(m_bars.bar(m_bars.size() - 1));
            }
        }
        live->all.push_back(std::move(all));
        live->allButLast.push_back(std::move(allButLast));
    }
    m_live = std::move(live);
}

void ChartDocument::applyLive()
{
    Live &live = *m_live;
    const Bar &forming = live.forming;
    const BarSeries &confirmed = live.confirmed;
    const std::size_t n = confirmed.size();
    const qint64 period = timeframePeriod(forming.day, m_timeframe);
    const bool replaces = n > 0 && timeframePeriod(confirmed.day[n - 1], m_timeframe) == period;

    // The live bar of the timeframe: the cached days of its period before the forming day,
    // then the forming day (which replaces a cached bar of the same day).
    Bar bar = forming;
    std::size_t first = m_daily.size();
    while (first > 0 && timeframePeriod(m_daily.day[first - 1], m_timeframe) == period)
        --first;
    bool opened = false;
    for (std::size_t i = first; i < m_daily.size() && m_daily.day[i] < forming.day; ++i) {
        if (!opened) {
            bar.open = m_daily.open[i];
            bar.high = m_daily.high[i];
            bar.low = m_daily.low[i];
            bar.volume = 0;
            opened = true;
        }
        bar.high = std::max(bar.high, m_daily.high[i]);
        bar.low = std::min(bar.low, m_daily.low[i]);
        bar.volume += m_daily.volume[i];
    }
    if (opened) {
        bar.high = std::max(bar.high, forming.high);
        bar.low = std::min(bar.low, forming.low);
        bar.volume += forming.volume;
    }

    m_bars = confirmed;
    if (replaces) {
        m_bars.day.back() = bar.day;
        m_bars.open.back() = bar.open;
        m_bars.high.back() = bar.high;
        m_bars.low.back() = bar.low;
        m_bars.close.back() = bar.close;
        m_bars.adjClose.back() = bar.adjClose;
        m_bars.volume.back() = bar.volume;
    } else {
        m_bars.append(bar);
    }
    live.index = m_bars.size() - 1;

    for (std::size_t k = 0; k < m_indicators.size(); ++k) {
        DocumentIndicator &ind = *m_indicators[k];
        ind.result = live.confirmedResults[k];
        const auto &stream = replaces ? live.allButLast[k] : live.all[k];
        if (stream) {
            const std::vector<double> values = stream->peek(bar);
            for (std::size_t c = 0; c < ind.result.columns.size() && c < values.size(); ++c) {
                std::vector<double> &column = ind.result.columns[c].values;
                if (replaces)
                    column.back() = values[c];
                else
                    column.push_back(values[c]);
            }
        }
        rebuildExtrema(ind);
    }
    updateDisplayed();
    if (compareMode())
        (void)align(); // the other symbols' closes on the live bar's date too
}

std::optional<Bar> ChartDocument::takeLive()
{
    if (!m_live)
        return std::nullopt;
    const Bar forming = m_live->forming;
    m_bars = std::move(m_live->confirmed);
    for (std::size_t k = 0; k < m_indicators.size() && k < m_live->confirmedResults.size(); ++k) {
        m_indicators[k]->result = std::move(m_live->confirmedResults[k]);
        rebuildExtrema(*m_indicators[k]);
    }
    m_live.reset();
    updateDisplayed();
    if (compareMode())
        (void)align(); // back to the confirmed bars' dates and closes
    return forming;
}

ChartDocument::LiveKept::LiveKept(ChartDocument &document) : m_document(document), m_forming(document.takeLive())
{
}

ChartDocument::LiveKept::~LiveKept()
{
    if (m_forming)
        (void)m_document.setLiveBar(*m_forming);
}

void ChartDocument::clearLiveBar()
{
    (void)takeLive();
}

std::optional<std::size_t> ChartDocument::liveIndex() const
{
    return m_live ? std::optional(m_live->index) : std::nullopt;
}

const BarSeries &ChartDocument::confirmedBars() const
{
    return m_live ? m_live->confirmed : m_bars;
}

Result<int> ChartDocument::addIndicator(const ChartIndicator &indicator)
{
    auto made = makeIndicator(indicator);
    if (!made)
        return made.error();
    const LiveKept live(*this);
    if (Status s = compute(**made); !s)
        return s.error();
    m_indicators.push_back(std::move(*made));
    return indicatorCount() - 1;
}

Status ChartDocument::setIndicator(int index, const ChartIndicator &indicator)
{
    if (index < 0 || index >= indicatorCount())
        return Error::invalidArgument(Text::tr("no indicator %1").arg(index));
    auto made = makeIndicator(indicator);
    if (!made)
        return made.error();
    const LiveKept live(*this);
    if (Status s = compute(**made); !s)
        return s;
    m_indicators[std::size_t(index)] = std::move(*made);
    return {};
}

void ChartDocument::removeIndicator(int index)
{
    if (index < 0 || index >= indicatorCount())
        return;
    const LiveKept live(*this);
    m_indicators.erase(m_indicators.begin() + index);
}

void ChartDocument::setIndicatorPaneHeight(int index, double height)
{
    if (index >= 0 && index < indicatorCount())
        m_indicators[std::size_t(index)]->spec.paneHeight = clampHeight(height);
}

// ---- compare mode -----------------------------------------------------------------------------

Status ChartDocument::setCompare(const CompareSettings &settings, std::vector<BarSeries> others)
{
    if (!settings.enabled()) {
        clearCompare();
        return {};
    }
    if (others.size() != std::size_t(settings.symbols.size()))
        return Error::invalidArgument(
            Text::tr("%1 compare series given for %2 symbols").arg(others.size()).arg(settings.symbols.size()));
    DocumentCompare next;
    next.settings = settings;
    for (BarSeries &other : others) {
        next.names << (other.symbol.isEmpty() ? settings.symbols.value(next.names.size()) : other.symbol);
        next.others.push_back(std::move(other));
    }
    // Moving keeps the vectors' buffers, so the previous state's indexes stay valid.
    DocumentCompare previous = std::exchange(m_compare, std::move(next));
    if (Status s = align(); !s) {
        m_compare = std::move(previous);
        return s;
    }
    return {};
}

bool ChartDocument::clearCompare()
{
    if (!compareMode())
        return false;
    m_compare = DocumentCompare();
    return true;
}

Status ChartDocument::align()
{
    DocumentCompare &c = m_compare;
    // Everything is computed first and then moved in, so that a failure leaves no index over a
    // vector that was replaced.
    std::vector<std::vector<double>> aligned;
    // The other symbols' closes as of each bar's date: on weekly bars, each week's last close.
    for (const BarSeries &other : c.others)
        aligned.push_back(alignCloses(m_bars.day, other));
    if (aligned.empty())
        return Error::invalidArgument(Text::tr("compare mode without a symbol"));
    auto correlation = rollingReturnCorrelation(m_bars.close, aligned.front(), c.settings.correlationWindow);
    if (!correlation)
        return correlation.error();
    c.alignedIndex.clear();
    c.aligned = std::move(aligned);
    c.ratio = ratio(m_bars.close, c.aligned.front());
    c.correlation = std::move(*correlation);
    // Index the vectors where they now live.
    for (const std::vector<double> &a : c.aligned)
        c.alignedIndex.emplace_back(a);
    c.ratioIndex = RangeExtrema(c.ratio);
    c.correlationIndex = RangeExtrema(c.correlation);
    return {};
}

void ChartDocument::setRatioHeight(double height)
{
    m_compare.settings.ratioHeight = clampHeight(height);
}

void ChartDocument::setCorrelationHeight(double height)
{
    m_compare.settings.correlationHeight = clampHeight(height);
}

// ---- layout -----------------------------------------------------------------------------------

ChartLayout ChartDocument::layout() const
{
    ChartLayout l;
    l.style = m_style;
    l.timeframe = m_timeframe;
    l.logScale = m_logScale;
    l.lockY = m_lockY;
    l.showVolume = m_showVolume;
    l.priceHeight = m_priceHeight;
    l.volumeHeight = m_volumeHeight;
    for (const auto &ind : m_indicators)
        l.indicators.push_back(ind->spec);
    l.rangePreset.reset();
    l.compare = m_compare.settings;
    l.drawings = m_drawings;
    return l;
}

Status ChartDocument::applyLayout(const ChartLayout &layout)
{
    if (Status s = layout.validate(); !s)
        return s;
    const LiveKept live(*this);
    m_style = layout.style;
    m_logScale = layout.logScale;
    m_lockY = layout.lockY;
    m_showVolume = layout.showVolume;
    m_priceHeight = layout.priceHeight;
    m_volumeHeight = layout.volumeHeight;
    m_drawings = layout.drawings;
    m_indicators.clear();
    QStringList problems;
    for (const ChartIndicator &spec : layout.indicators) {
        auto made = makeIndicator(spec);
        if (!made) {
            problems << made.error().message;
            continue;
        }
        m_indicators.push_back(std::move(*made));
    }
    if (layout.timeframe != m_timeframe) {
        m_timeframe = layout.timeframe;
        m_bars = rutile::resample(m_daily, m_timeframe);
    }
    updateDisplayed(); // the style may have changed
    for (auto &ind : m_indicators) {
        // Kept even when this series is too short for it: it appears once there is data.
        if (Status s = compute(*ind); !s)
            problems << s.error().message;
    }
    m_compare.settings.ratioHeight = layout.compare.ratioHeight;
    m_compare.settings.correlationHeight = layout.compare.correlationHeight;
    if (compareMode())
        (void)align();
    if (!problems.isEmpty())
        return Error::invalidInput(problems.join(QStringLiteral("; ")));
    return {};
}

} // namespace rutile::chart
