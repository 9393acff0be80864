#include "params/ParamSpec.h"
#include "util/RangeCheck.h"

#include "util/NumberText.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rutile {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Params)
};


} // namespace

ParamSpec ParamSpec::integer(const QString &name, const QString &label, int defaultValue, int minimum, int maximum,
                             int step, const QString &description)
{
    return ParamSpec{name, label, ParamType::Int, double(defaultValue), double(minimum), double(maximum),
                     double(step), description, {}, ParamUnit::Plain, {}, {}};
}

ParamSpec ParamSpec::real(const QString &name, const QString &label, double defaultValue, double minimum,
                          double maximum, double step, const QString &description)
{
    return ParamSpec{name, label, ParamType::Double, defaultValue, minimum, maximum, step, description, {},
                     ParamUnit::Plain, {}, {}};
}

ParamSpec ParamSpec::boolean(const QString &name, const QString &label, bool defaultValue, const QString &description)
{
    return ParamSpec{name, label, ParamType::Bool, defaultValue ? 1.0 : 0.0, 0, 1, 1, description, {},
                     ParamUnit::Plain, {}, {}};
}

ParamSpec ParamSpec::choice(const QString &name, const QString &label, const QStringList &choices, int defaultIndex,
                            const QString &description)
{
    return ParamSpec{name,           label, ParamType::Choice, double(defaultIndex), 0, double(choices.size() - 1), 1,
                     description, choices, ParamUnit::Plain, {}, {}};
}

ParamSpec ParamSpec::withChoiceLabels(const QStringList &labels) const
{
    ParamSpec copy = *this;
    copy.choiceLabels = labels;
    return copy;
}

ParamSpec ParamSpec::onCli(const QString &optionName, ParamUnit valueUnit) const
{
    ParamSpec copy = *this;
    copy.option = optionName;
    copy.unit = valueUnit;
    return copy;
}

Status ParamSpec::check(double value) const
{
    switch (type) {
    case ParamType::Bool:
        if (value != 0 && value != 1)
            return Error::invalidArgument(Text::tr("%1 (%2) must be true or false").arg(name, shortestNumberText(value)));
        return {};
    case ParamType::Choice:
        if (!(value >= 0 && value < double(choices.size())) || value != std::floor(value))
            return Error::invalidArgument(Text::tr("%1 (%2) must be one of: %3")
                               .arg(name, shortestNumberText(value), choices.join(QStringLiteral(", "))));
        return {};
    case ParamType::Int:
        if (std::isfinite(value) && value != std::floor(value))
            return Error::invalidArgument(
                Text::tr("%1 (%2) must be a whole number in [%3, %4]")
                    .arg(name, shortestNumberText(value), shortestNumberText(minimum), shortestNumberText(maximum)));
        [[fallthrough]];
    case ParamType::Double:
        return checkRange(name, value, minimum, maximum); // NaN fails too
    }
    return {};
}

QString ParamSpec::format(double value) const
{
    switch (type) {
    case ParamType::Bool:
        return value != 0 ? QStringLiteral("true") : QStringLiteral("false");
    case ParamType::Choice: {
        const auto index = qsizetype(value);
        if (value >= 0 && index < choices.size())
            return choices.at(index);
        return shortestNumberText(value);
    }
    case ParamType::Int:
    case ParamType::Double:
        return shortestNumberText(value);
    }
    return shortestNumberText(value);
}

Result<double> ParamSpec::parse(QStringView text) const
{
    const QStringView t = text.trimmed();
    double value = 0;
    bool ok = false;
    switch (type) {
    case ParamType::Bool:
        if (t.compare(u"true", Qt::CaseInsensitive) == 0 || t == u"1" || t.compare(u"yes", Qt::CaseInsensitive) == 0
            || t.compare(u"on", Qt::CaseInsensitive) == 0) {
            value = 1;
            ok = true;
        } else if (t.compare(u"false", Qt::CaseInsensitive) == 0 || t == u"0"
                   || t.compare(u"no", Qt::CaseInsensitive) == 0 || t.compare(u"off", Qt::CaseInsensitive) == 0) {
            value = 0;
            ok = true;
        }
        if (!ok)
            return Error::invalidArgument(Text::tr("%1 expects true or false, found '%2'").arg(name, t.toString()));
        break;
    case ParamType::Choice: {
        // The names use '_'; the CLI's older spelling with '-' ("next-open") is an alias.
        const QString underscored = t.toString().replace(QLatin1Char('-'), QLatin1Char('_'));
        const auto found = std::find_if(choices.cbegin(), choices.cend(), [&underscored](const QString &c) {
            return underscored.compare(c, Qt::CaseInsensitive) == 0;
        });
        if (found != choices.cend()) {
            value = double(found - choices.cbegin());
            ok = true;
        } else {
            value = t.toInt(&ok);
        }
        if (!ok)
            return Error::invalidArgument(Text::tr("%1 expects one of: %2; found '%3'")
                               .arg(name, choices.join(QStringLiteral(", ")), t.toString()));
        break;
    }
    case ParamType::Int:
    case ParamType::Double:
        // QStringView::toDouble uses the C locale: "2.5" everywhere, never "2,5".
        value = t.toDouble(&ok);
        if (!ok)
            return Error::invalidArgument(Text::tr("%1 expects a number, found '%2'").arg(name, t.toString()));
        break;
    }
    if (Status s = check(value); !s)
        return s.error();
    return value;
}

ParamValues::ParamValues(std::initializer_list<std::pair<QString, double>> values)
{
    for (const auto &[name, value] : values)
        set(name, value);
}

void ParamValues::set(const QString &name, double value)
{
    for (auto &entry : m_values) {
        if (entry.first == name) {
            entry.second = value;
            return;
        }
    }
    m_values.emplace_back(name, value);
}

bool ParamValues::contains(QStringView name) const
{
    return std::any_of(m_values.cbegin(), m_values.cend(), [name](const auto &e) { return e.first == name; });
}

double ParamValues::value(QStringView name, double fallback) const
{
    for (const auto &entry : m_values) {
        if (entry.first == name)
            return entry.second;
    }
    return fallback;
}

int ParamValues::intValue(QStringView name, int fallback) const
{
    return contains(name) ? int(std::lround(value(name))) : fallback;
}

bool ParamValues::boolValue(QStringView name, bool fallback) const
{
    return contains(name) ? value(name) != 0 : fallback;
}

ParamValues defaultValues(std::span<const ParamSpec> specs)
{
    ParamValues values;
    for (const ParamSpec &spec : specs)
        values.set(spec.name, spec.defaultValue);
    return values;
}

const ParamSpec *findParam(std::span<const ParamSpec> specs, QStringView name)
{
    for (const ParamSpec &spec : specs) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

namespace {

QString knownNames(std::span<const ParamSpec> specs)
{
    QStringList names;
    for (const ParamSpec &spec : specs)
        names << spec.name;
    return names.isEmpty() ? Text::tr("(none)") : names.join(QStringLiteral(", "));
}

} // namespace

Status validate(std::span<const ParamSpec> specs, const ParamValues &values)
{
    for (const auto &[name, value] : values.entries()) {
        const ParamSpec *spec = findParam(specs, name);
        if (!spec)
            return Error::invalidArgument(Text::tr("unknown parameter '%1'; expected one of: %2").arg(name, knownNames(specs)));
        if (Status s = spec->check(value); !s)
            return s;
    }
    return {};
}

Result<ParamValues> resolve(std::span<const ParamSpec> specs, const ParamValues &values)
{
    if (Status s = validate(specs, values); !s)
        return s.error();
    ParamValues resolved;
    for (const ParamSpec &spec : specs)
        resolved.set(spec.name, values.value(spec.name, spec.defaultValue));
    return resolved;
}

Result<NamedArguments> splitNamedArguments(QStringView text)
{
    const QStringView t = text.trimmed();
    const qsizetype colon = t.indexOf(u':');
    NamedArguments parsed;
    parsed.name = (colon < 0 ? t : t.left(colon)).trimmed().toString();
    if (parsed.name.isEmpty())
        return Error::invalidArgument(Text::tr("'%1' has no name before the arguments").arg(t.toString()));
    if (colon >= 0) {
        const QStringView args = t.mid(colon + 1);
        for (QStringView arg : args.split(u','))
            parsed.arguments << arg.trimmed().toString();
    }
    return parsed;
}

Result<ParamValues> parsePositional(std::span<const ParamSpec> specs, const QStringList &arguments)
{
    if (std::size_t(arguments.size()) > specs.size())
        return Error::invalidArgument(Text::tr("%1 arguments given, at most %2 expected (%3)")
                           .arg(arguments.size())
                           .arg(specs.size())
                           .arg(knownNames(specs)));
    ParamValues values;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i).isEmpty())
            continue;
        const ParamSpec &spec = specs[std::size_t(i)];
        Result<double> value = spec.parse(arguments.at(i));
        if (!value)
            return value.error();
        values.set(spec.name, *value);
    }
    return resolve(specs, values);
}

Result<ParamValues> parseAssignments(std::span<const ParamSpec> specs, const QStringList &assignments)
{
    ParamValues values;
    for (const QString &assignment : assignments) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0)
            return Error::invalidArgument(Text::tr("expected name=value, found '%1'").arg(assignment));
        const QString name = assignment.left(eq).trimmed();
        const ParamSpec *spec = findParam(specs, name);
        if (!spec)
            return Error::invalidArgument(Text::tr("unknown parameter '%1'; expected one of: %2").arg(name, knownNames(specs)));
        Result<double> value = spec->parse(QStringView(assignment).mid(eq + 1));
        if (!value)
            return value.error();
        values.set(spec->name, *value);
    }
    return resolve(specs, values);
}

QString formatPositional(std::span<const ParamSpec> specs, const ParamValues &values)
{
    QStringList parts;
    for (const ParamSpec &spec : specs)
        parts << spec.format(values.value(spec.name, spec.defaultValue));
    return parts.join(u',');
}

} // namespace rutile
