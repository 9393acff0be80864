#include "backtest/MoneyAxisTicker.h"

#include <QLocale>

namespace rutile::ui {

QString moneyTickLabel(double value, int precision)
{
    // The application's locale, not the plot's (whose OmitGroupSeparator option is the point).
    return QLocale().toString(value, 'f', precision);
}

QString MoneyAxisTicker::getTickLabel(double tick, const QLocale &, QChar, int precision)
{
    return moneyTickLabel(tick, precision);
}

QString MoneyAxisTickerLog::getTickLabel(double tick, const QLocale &, QChar, int precision)
{
    return moneyTickLabel(tick, precision);
}

} // namespace rutile::ui
