#include "report/ReportFormat.h"

#include "util/JsonNumber.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace rutile::report {

namespace {

const QString kUndefined = QStringLiteral("n/a");

/// `text` without its minus sign when it shows nothing but zeros: a month that lost 0.004 %
/// reads "0.0%" at one decimal, as a flat one does, not "-0.0%".
QString withoutNegativeZero(QString text)
{
    if (text.startsWith(QLatin1Char('-'))
        && std::all_of(text.cbegin() + 1, text.cend(), [](QChar c) { return !c.isDigit() || c == QLatin1Char('0'); }))
        text.remove(0, 1);
    return text;
}

} // namespace

QString percent(double fraction, int decimals)
{
    return std::isfinite(fraction) ? withoutNegativeZero(QString::number(fraction * 100, 'f', decimals)) + QLatin1Char('%')
                                   : kUndefined;
}

QString ratio(double value, int decimals)
{
    return std::isfinite(value) ? withoutNegativeZero(QString::number(value, 'f', decimals)) : kUndefined;
}

QString money(double value)
{
    // Grouped by thousands the English way, whatever the machine's locale.
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return std::isfinite(value) ? withoutNegativeZero(english.toString(value, 'f', 2)) : kUndefined;
}

QString count(double value)
{
    return std::isfinite(value) ? QString::number(qint64(std::llround(value))) : kUndefined;
}

QString percent(const QJsonValue &value, int decimals)
{
    return percent(numberOrNaN(value), decimals);
}

QString ratio(const QJsonValue &value, int decimals)
{
    return ratio(numberOrNaN(value), decimals);
}

QString money(const QJsonValue &value)
{
    return money(numberOrNaN(value));
}

QString count(const QJsonValue &value)
{
    return count(numberOrNaN(value));
}

QString plain(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 6);
    if (value.isString())
        return value.toString();
    return kUndefined;
}

QString summaryFigure(const QString &key, const QJsonValue &value)
{
    static const QStringList fractions{
        QStringLiteral("total_return"), QStringLiteral("cagr"), QStringLiteral("max_drawdown"), QStringLiteral("exposure"),
        QStringLiteral("win_rate"), QStringLiteral("alpha"), QStringLiteral("accuracy"), QStringLiteral("baseline_accuracy"),
        QStringLiteral("edge_vs_baseline"), QStringLiteral("balanced_accuracy")};
    static const QStringList amounts{QStringLiteral("final_equity"), QStringLiteral("total_commission")};
    static const QStringList ratios{QStringLiteral("sharpe"), QStringLiteral("sortino"), QStringLiteral("calmar"),
                                    QStringLiteral("beta"), QStringLiteral("profit_factor"), QStringLiteral("efficiency"),
                                    QStringLiteral("auc")};
    if (!value.isDouble() && !value.isNull())
        return plain(value);
    if (fractions.contains(key))
        return percent(value);
    if (amounts.contains(key))
        return money(value);
    if (ratios.contains(key))
        return ratio(value);
    return plain(value);
}

} // namespace rutile::report
