#include "indicators/IndicatorSupport.h"
#include "util/RangeCheck.h"

#include "util/NumberText.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace rutile::indicators::detail {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Indicators)
};


} // namespace

Status checkRange(const char *name, int value, int minimum, int maximum)
{
    return rutile::checkRange(QLatin1StringView(name), value, minimum, maximum);
}

Status checkRange(const char *name, double value, double minimum, double maximum)
{
    return rutile::checkRange(QLatin1StringView(name), value, minimum, maximum);
}

Status checkPeriod(const char *name, int value, int minimum, std::size_t length)
{
    if (Status s = checkRange(name, value, minimum, kMaxPeriod); !s)
        return s;
    if (std::size_t(value) > length)
        // Not a bad parameter but too little data: the CLI contract's "not enough data".
        return Error::invalidInput(Text::tr("%1 (%2) is longer than the series (%3 bars)")
                           .arg(QLatin1StringView(name))
                           .arg(value)
                           .arg(length));
    return {};
}

Status checkLengths(std::size_t length, std::initializer_list<std::size_t> spans)
{
    for (std::size_t size : spans) {
        if (size != length)
            return Error::invalidArgument(Text::tr("an input or output holds %1 values where %2 are expected").arg(size).arg(length));
    }
    return {};
}

Status checkDistinctOutputs(std::initializer_list<std::span<const double>> outputs)
{
    for (auto a = outputs.begin(); a != outputs.end(); ++a) {
        for (auto b = a + 1; b != outputs.end(); ++b) {
            if (overlaps(*a, *b))
                return Error::invalidArgument(Text::tr("two outputs share memory"));
        }
    }
    return {};
}

void rollingMean(const double *x, std::size_t n, int period, double *out)
{
    const std::size_t p = std::size_t(period);
    if (n == 0)
        return;
    const std::size_t first = p - 1;
    fillNaN(out, std::min(first, n));
    if (first >= n)
        return;

    const double inverse = 1.0 / double(period);
    const std::size_t block = reanchorInterval(period);
    constexpr std::size_t kLanes = 4;
    auto anchor = [&](std::size_t i) { return plainSum(x, i + 1 - p, i + 1); };

    std::size_t i = first;
    // Four blocks at a time: four independent running sums hide the latency of the additions.
    for (; i + kLanes * block <= n; i += kLanes * block) {
        double s[kLanes];
        for (std::size_t l = 0; l < kLanes; ++l) {
            s[l] = anchor(i + l * block);
            out[i + l * block] = s[l] * inverse;
        }
        for (std::size_t t = 1; t < block; ++t) {
            for (std::size_t l = 0; l < kLanes; ++l) {
                const std::size_t j = i + l * block + t;
                s[l] += x[j] - x[j - p];
                out[j] = s[l] * inverse;
            }
        }
    }
    // The remainder, one block at a time.
    for (; i < n; i += block) {
        const std::size_t end = std::min(n, i + block);
        double s = anchor(i);
        out[i] = s * inverse;
        for (std::size_t j = i + 1; j < end; ++j) {
            s += x[j] - x[j - p];
            out[j] = s * inverse;
        }
    }
}

} // namespace rutile::indicators::detail
