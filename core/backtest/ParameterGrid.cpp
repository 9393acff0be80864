#include "backtest/ParameterGrid.h"

#include "util/NumberText.h"
#include "util/RangeCheck.h"

#include <QCoreApplication>

#include <cmath>

namespace rutile::backtest {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Backtest)
};
} // namespace

Result<GridAxis> GridAxis::range(const ParamSpec &spec, double start, double stop, double step)
{
    // Each value named on its own: "fast=nan:50:5" is a bad start, not a bad step.
    if (!std::isfinite(start))
        return Error::invalidArgument(Text::tr("%1: grid start (%2) must be a finite number").arg(spec.name, shortestNumberText(start)));
    if (!std::isfinite(stop))
        return Error::invalidArgument(Text::tr("%1: grid stop (%2) must be a finite number").arg(spec.name, shortestNumberText(stop)));
    if (!(step > 0) || !std::isfinite(step))
        return Error::invalidArgument(Text::tr("%1: grid step (%2) must be a positive number").arg(spec.name, shortestNumberText(step)));
    if (stop < start)
        return Error::invalidArgument(Text::tr("%1: grid stop (%2) is below its start (%3)").arg(spec.name, shortestNumberText(stop), shortestNumberText(start)));
    if (spec.type != ParamType::Double && (step != std::floor(step) || start != std::floor(start)))
        return Error::invalidArgument(Text::tr("%1: a whole-number parameter needs a whole start and step, found %2:%3:%4")
                                   .arg(spec.name, shortestNumberText(start), shortestNumberText(stop), shortestNumberText(step)));
    const double span = (stop - start) / step;
    const auto count = std::size_t(std::floor(span + 1e-9)) + 1;
    if (count > kMaxGridPoints)
        return Error::invalidArgument(Text::tr("%1: %2 grid values; at most %3").arg(spec.name).arg(count).arg(kMaxGridPoints));
    GridAxis axis;
    axis.name = spec.name;
    axis.values.reserve(count);
    for (std::size_t k = 0; k < count; ++k) {
        // start + k·step rather than repeated addition: no drift ("0.1:1:0.1" ends at 1.0).
        double v = start + double(k) * step;
        if (spec.type == ParamType::Double) {
            // Snap to 12 significant digits so that 0.30000000000000004 is written as 0.3.
            v = QString::number(v, 'g', 12).toDouble(); // C locale, whatever the user's
        }
        if (Status s = spec.check(v); !s)
            return s.error();
        axis.values.push_back(v);
    }
    return axis;
}

Result<GridAxis> parseGridAxis(std::span<const ParamSpec> specs, QStringView text)
{
    const qsizetype eq = text.indexOf(u'=');
    if (eq <= 0)
        return Error::invalidArgument(Text::tr("expected name=start:stop:step, found '%1'").arg(text.toString()));
    const QString name = text.left(eq).trimmed().toString();
    const ParamSpec *spec = findParam(specs, name);
    if (!spec) {
        QStringList names;
        for (const ParamSpec &s : specs)
            names << s.name;
        return Error::invalidArgument(Text::tr("unknown parameter '%1'; expected one of: %2")
                                   .arg(name, names.isEmpty() ? Text::tr("(none)") : names.join(QStringLiteral(", "))));
    }
    const QStringView rhs = text.mid(eq + 1).trimmed();
    if (rhs.contains(u':')) {
        const auto parts = rhs.split(u':');
        if (parts.size() < 2 || parts.size() > 3)
            return Error::invalidArgument(Text::tr("%1: expected start:stop:step, found '%2'").arg(name, rhs.toString()));
        double values[3] = {0, 0, spec->step};
        for (qsizetype i = 0; i < parts.size(); ++i) {
            bool ok = false;
            values[i] = parts[i].trimmed().toDouble(&ok);
            if (!ok)
                return Error::invalidArgument(Text::tr("%1: '%2' is not a number").arg(name, parts[i].toString()));
        }
        return GridAxis::range(*spec, values[0], values[1], values[2]);
    }
    GridAxis axis;
    axis.name = spec->name;
    for (QStringView part : rhs.split(u',')) {
        Result<double> v = spec->parse(part);
        if (!v)
            return v.error();
        axis.values.push_back(*v);
    }
    return axis;
}

std::size_t ParameterGrid::size() const
{
    std::size_t n = 1;
    for (const GridAxis &a : axes)
        n *= a.values.size();
    return n;
}

std::vector<std::size_t> ParameterGrid::coordinates(std::size_t index) const
{
    std::vector<std::size_t> c(axes.size());
    for (std::size_t k = axes.size(); k-- > 0;) {
        const std::size_t n = axes[k].values.size();
        c[k] = index % n;
        index /= n;
    }
    return c;
}

ParamValues ParameterGrid::point(std::size_t index) const
{
    ParamValues p = base;
    const std::vector<std::size_t> c = coordinates(index);
    for (std::size_t k = 0; k < axes.size(); ++k)
        p.set(axes[k].name, axes[k].values[c[k]]);
    return p;
}

Status validate(const ParameterGrid &grid, std::span<const ParamSpec> specs)
{
    double total = 1;
    for (std::size_t k = 0; k < grid.axes.size(); ++k) {
        const GridAxis &a = grid.axes[k];
        const ParamSpec *spec = findParam(specs, a.name);
        if (!spec)
            return Error::invalidArgument(Text::tr("unknown grid parameter '%1'").arg(a.name));
        for (std::size_t j = 0; j < k; ++j)
            if (grid.axes[j].name == a.name)
                return Error::invalidArgument(Text::tr("parameter '%1' appears on the grid twice").arg(a.name));
        if (a.values.empty())
            return Error::invalidArgument(Text::tr("grid parameter '%1' has no values").arg(a.name));
        for (double v : a.values)
            if (Status s = spec->check(v); !s)
                return s;
        total *= double(a.values.size());
    }
    if (total > double(kMaxGridPoints))
        return Error::invalidArgument(Text::tr("the grid has %1 points; at most %2").arg(shortestNumberText(total)).arg(kMaxGridPoints));
    return {};
}

std::pair<std::size_t, std::size_t> Shard::range(std::size_t total) const
{
    const auto bound = [&](int i) { return std::size_t((unsigned long long)(total) * unsigned(i) / unsigned(count)); };
    return {bound(index), bound(index + 1)};
}

Status Shard::validate() const
{
    if (Status s = checkRange(Text::tr("shard count"), count, 1, 100000); !s)
        return s;
    return checkRange(Text::tr("shard index"), index, 0, count - 1);
}

Error shardFault(std::size_t index, const QStringList &files, const QString &message)
{
    return index < std::size_t(files.size()) ? Error::invalidInput(message, files[qsizetype(index)])
                                             : Error::invalidInput(Text::tr("shard %1: %2").arg(index + 1).arg(message));
}

QString firstShardName(const QStringList &files)
{
    return files.isEmpty() ? Text::tr("shard 1") : files.front();
}

Result<Shard> parseShard(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    bool okI = false, okN = false;
    Shard s;
    if (slash > 0) {
        s.index = text.left(slash).trimmed().toInt(&okI);
        s.count = text.mid(slash + 1).trimmed().toInt(&okN);
    }
    if (!okI || !okN)
        return Error::invalidArgument(Text::tr("--shard expects i/N (i from 0 to N−1), found '%1'").arg(text.toString()));
    if (Status st = s.validate(); !st)
        return st.error();
    return s;
}

} // namespace rutile::backtest
