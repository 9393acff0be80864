#include "trading/Trade.h"

namespace rutile::trading {

QString exitReasonName(ExitReason reason)
{
    switch (reason) {
    case ExitReason::Signal: return QStringLiteral("signal");
    case ExitReason::StopLoss: return QStringLiteral("stop_loss");
    case ExitReason::TakeProfit: return QStringLiteral("take_profit");
    case ExitReason::TrailingStop: return QStringLiteral("trailing_stop");
    case ExitReason::EndOfData: return QStringLiteral("end_of_data");
    }
    return {};
}

std::optional<ExitReason> exitReasonFromName(const QString &name)
{
    for (ExitReason r : {ExitReason::Signal, ExitReason::StopLoss, ExitReason::TakeProfit, ExitReason::TrailingStop,
                         ExitReason::EndOfData}) {
        if (exitReasonName(r) == name)
            return r;
    }
    return std::nullopt;
}

QString sideName(Side side)
{
    return side == Side::Long ? QStringLiteral("long") : QStringLiteral("short");
}

} // namespace rutile::trading
