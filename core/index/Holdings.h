#pragma once

// A fund's holdings as its issuer publishes them: an iShares-style CSV export (the fund's name
// and facts in a preamble, a header, one quoted row per position with thousands separators, a
// blank line and a legal footer). Seed 002 explains the Russell 2000 through such a file.

#include "util/Error.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <vector>

namespace rutile::index {

/// One position of the fund. Numbers are NaN where the file writes "-".
struct Holding {
    QString ticker;     ///< "-" for unlisted securities, as the file writes it
    QString name;
    QString sector;
    QString assetClass; ///< "Equity", "Cash", "Money Market", "Futures", ...
    double marketValue = 0;
    double weightPercent = 0; ///< the issuer's weight, in percent of the fund
    double notionalValue = 0;
    double quantity = 0;
    double price = 0;
    QString exchange;
    QString currency;
    qint64 line = 0; ///< 1-based line of the file

    bool isEquity() const { return assetClass == QLatin1String("Equity"); }
};

struct HoldingsSnapshot {
    QString fund;  ///< the preamble's first line: "iShares Russell 2000 ETF"
    QDate asOf;    ///< "Fund Holdings as of"
    std::vector<Holding> holdings; ///< in the file's order
};

/// Reads an iShares-style holdings export. The header (a line starting "Ticker,Name") may come
/// after any number of preamble lines; rows follow until the first blank line. A row with
/// another number of fields than the header, or a number that is neither a number (thousands
/// separators allowed) nor "-", is an InvalidInput naming the file, line and column: holdings
/// feed weights, and a row left out would change every one of them. Also refused: no header,
/// no Ticker, Asset Class or Market Value column, no row.
Result<HoldingsSnapshot> parseHoldings(QByteArrayView data, const QString &fileName = {});

} // namespace rutile::index
