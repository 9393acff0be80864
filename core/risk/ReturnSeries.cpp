#include "risk/ReturnSeries.h"

#include "util/NumberText.h"

#include <QCoreApplication>

#include <cmath>

namespace rutile::risk {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::risk::ReturnSeries)
};

} // namespace

DatedSeries closeSeries(const BarSeries &bars)
{
    return DatedSeries {bars.symbol, bars.day, bars.close};
}

Status checkValues(const DatedSeries &values)
{
    if (values.day.size() != values.value.size())
        return Error::invalidInput(
            Text::tr("%1: %2 dates but %3 values").arg(values.name).arg(values.day.size()).arg(values.value.size()));
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0 && values.day[i] <= values.day[i - 1])
            return Error::invalidInput(Text::tr("%1: dates must ascend, %2 follows %3")
                                    .arg(values.name, toDate(values.day[i]).toString(Qt::ISODate),
                                        toDate(values.day[i - 1]).toString(Qt::ISODate)));
        const double v = values.value[i];
        if (!std::isfinite(v) || v <= 0)
            return Error::invalidInput(
                Text::tr("%1: the value on %2 is %3; returns need finite positive values")
                    .arg(values.name, toDate(values.day[i]).toString(Qt::ISODate), shortestNumberText(v)));
    }
    return {};
}

Result<DatedSeries> returnsOf(const DatedSeries &values, ReturnType type)
{
    if (Status s = checkValues(values); !s)
        return s.error();
    DatedSeries out;
    out.name = values.name;
    if (values.size() < 2)
        return out;
    out.day.assign(values.day.begin() + 1, values.day.end());
    out.value.resize(values.size() - 1);
    for (std::size_t t = 1; t < values.size(); ++t) {
        const double ratio = values.value[t] / values.value[t - 1];
        // The ratio's rounding (relative 1e-16) moves the return by about 1e-16 absolute,
        // far below any daily move, so ln(ratio) needs no log1p treatment.
        out.value[t - 1] = type == ReturnType::Log ? std::log(ratio) : ratio - 1.0;
    }
    return out;
}

std::pair<DatedSeries, DatedSeries> commonDays(const DatedSeries &a, const DatedSeries &b)
{
    DatedSeries ca {a.name, {}, {}};
    DatedSeries cb {b.name, {}, {}};
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.day[i] < b.day[j]) {
            ++i;
        } else if (b.day[j] < a.day[i]) {
            ++j;
        } else {
            ca.day.push_back(a.day[i]);
            ca.value.push_back(a.value[i]);
            cb.day.push_back(b.day[j]);
            cb.value.push_back(b.value[j]);
            ++i;
            ++j;
        }
    }
    return {std::move(ca), std::move(cb)};
}

} // namespace rutile::risk
