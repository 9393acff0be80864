#include "util/JsonNumber.h"

#include <cmath>
#include <limits>

namespace rutile {

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

double numberOrNaN(const QJsonValue &value)
{
    return value.isDouble() ? value.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

QJsonValue jsonDate(QDate date)
{
    if (!date.isValid())
        return QJsonValue();
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 1 || y > 9999)
        return QJsonValue(date.toString(Qt::ISODate));
    // YYYY-MM-DD by hand: QDate::toString goes through a printf, and a backtest's curve writes
    // ten thousand dates (the run journal).
    const char text[10] = {char('0' + y / 1000), char('0' + y / 100 % 10), char('0' + y / 10 % 10), char('0' + y % 10), '-',
                           char('0' + m / 10), char('0' + m % 10), '-', char('0' + d / 10), char('0' + d % 10)};
    return QJsonValue(QString::fromLatin1(text, 10));
}

} // namespace rutile
