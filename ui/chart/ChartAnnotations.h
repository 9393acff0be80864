#pragma once

// What other views draw on the price pane through PriceChart's annotation API (the
// backtest view: trades, stop and target levels, periods in the market or in drawdown).

#include <QColor>
#include <QDate>
#include <QString>

namespace rutile::ui {

/// An entry or exit of a trade at a bar. Buys (long entries, short exits) are drawn as an
/// up arrow below the bar's low, sells (long exits, short entries) as a down arrow above its
/// high, in the up and down colours; entries are filled, exits hollow. Hovering the arrow
/// shows `tooltip`.
struct TradeMarker {
    enum class Side { Long, Short };
    enum class Action { Entry, Exit };

    QDate date; ///< the bar of the fill; a date without a bar uses the next bar
    double price = 0; ///< fill price (shown in the default tooltip)
    Side side = Side::Long;
    Action action = Action::Entry;
    QString tooltip; ///< empty: "Buy 1,234.50 on 2024-03-05" style text

    bool isBuy() const { return (side == Side::Long) == (action == Action::Entry); }
};

/// A horizontal line across the price pane (a stop, a target), labelled at the right edge.
struct PriceLevel {
    double price = 0;
    QString label;
    QColor color; ///< invalid: the theme's guide colour
    Qt::PenStyle style = Qt::DashLine;
};

/// A shaded band over the dates [from, to] in every pane (a position held, a drawdown).
struct ShadedPeriod {
    QDate from;
    QDate to;
    QColor color; ///< drawn as is: give it an alpha (invalid: a translucent guide colour)
    QString label; ///< written at the foot of the band in the price pane; may be empty
};

} // namespace rutile::ui
