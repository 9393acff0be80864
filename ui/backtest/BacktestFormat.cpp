#include "backtest/BacktestFormat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace rutile::ui::btfmt {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ui::BacktestFormat)
};
const QString kUndefinedText = QStringLiteral("\u2013");
} // namespace

QString percent(double fraction, int decimals)
{
    if (!std::isfinite(fraction))
        return kUndefinedText;
    return QLocale().toString(fraction * 100.0, 'f', decimals) + QLatin1Char('%');
}

QString number(double value, int decimals)
{
    if (!std::isfinite(value))
        return kUndefinedText;
    return QLocale().toString(value, 'f', decimals);
}

QString money(double value)
{
    return number(value, 2);
}

QString count(long long value)
{
    return QLocale().toString(value);
}

QString date(DayNumber day)
{
    return toDate(day).toString(Qt::ISODate);
}

QVariant exportValue(double value)
{
    if (!std::isfinite(value))
        return QString();
    return value;
}

QString objectiveText(backtest::Objective objective)
{
    switch (objective) {
    case backtest::Objective::Sharpe:
        return Text::tr("Sharpe ratio");
    case backtest::Objective::Cagr:
        return Text::tr("CAGR");
    case backtest::Objective::Calmar:
        return Text::tr("Calmar ratio");
    case backtest::Objective::TotalReturn:
        return Text::tr("Total return");
    case backtest::Objective::Sortino:
        return Text::tr("Sortino ratio");
    }
    return {};
}

QString paramSummary(std::span<const ParamSpec> specs, const ParamValues &values)
{
    QStringList parts;
    for (const ParamSpec &spec : specs) {
        const double v = values.value(spec.name, spec.defaultValue);
        QString text;
        if (spec.type == ParamType::Bool)
            text = v != 0 ? Text::tr("on") : Text::tr("off");
        else if (spec.type == ParamType::Double)
            text = QLocale().toString(v, 'g', 6);
        else
            text = spec.format(v);
        parts << QStringLiteral("%1 %2").arg(spec.name, text);
    }
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace rutile::ui::btfmt
