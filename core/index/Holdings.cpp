#include "index/Holdings.h"

#include "data/CsvLayout.h"
#include "data/TextLines.h"
#include "util/MessageText.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>
#include <optional>

namespace rutile::index {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::index::Holdings)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// "860,855,470.00" → 860855470; "-" → NaN; anything else → nullopt.
std::optional<double> number(QString text)
{
    text = text.trimmed();
    if (text == QLatin1String("-") || text.isEmpty())
        return kNaN;
    text.remove(QLatin1Char(','));
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

/// Blank, also when its "space" is a no-break space, as the iShares files write it.
bool blank(QByteArrayView line)
{
    return QString::fromUtf8(line).trimmed().isEmpty();
}

} // namespace

Result<HoldingsSnapshot> parseHoldings(QByteArrayView data, const QString &fileName)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    HoldingsSnapshot out;
    TextLines lines(data);
    qint64 lineNumber = 0;
    QStringList header;
    // The preamble: the fund's name, then "key,value" facts, until the header.
    while (!lines.atEnd()) {
        const QByteArrayView line = lines.next();
        ++lineNumber;
        if (line.startsWith("Ticker,")) {
            header = splitCsvLine(line, ',');
            break;
        }
        const QStringList fields = splitCsvLine(line, ',');
        if (lineNumber == 1 && !blank(line))
            out.fund = fields.value(0).trimmed();
        if (fields.value(0).trimmed() == QLatin1String("Fund Holdings as of")) {
            out.asOf = QLocale::c().toDate(fields.value(1).trimmed(), QStringLiteral("MMM d, yyyy"));
            if (!out.asOf.isValid())
                return Error::invalidInput(Text::tr("Fund Holdings as of: expected a date such as \"Apr 10, 2026\", found %1")
                                               .arg(quoteFileText(fields.value(1).toUtf8())),
                                           fileName, lineNumber, 2);
        }
    }
    if (header.isEmpty())
        return Error::invalidInput(Text::tr("not a holdings export: no header line starting \"Ticker,Name\""), fileName);
    const auto column = [&header](const char *name) { return int(header.indexOf(QLatin1String(name))); };
    const int ticker = column("Ticker"), name = column("Name"), sector = column("Sector"), assetClass = column("Asset Class"),
              marketValue = column("Market Value"), weight = column("Weight (%)"), notional = column("Notional Value"),
              quantity = column("Quantity"), price = column("Price"), exchange = column("Exchange"),
              currency = column("Currency");
    for (const auto &[index, title] : {std::pair{assetClass, "Asset Class"}, std::pair{marketValue, "Market Value"}}) {
        if (index < 0)
            return Error::invalidInput(Text::tr("the header has no '%1' column").arg(QLatin1String(title)), fileName,
                                       lineNumber);
    }
    const qint64 headerLine = lineNumber;

    while (!lines.atEnd()) {
        const QByteArrayView line = lines.next();
        ++lineNumber;
        if (blank(line))
            break; // the legal footer follows
        const QStringList fields = splitCsvLine(line, ',');
        if (fields.size() != header.size())
            return Error::invalidInput(
                Text::tr("expected %1 fields as in the header (line %2), found %3").arg(header.size()).arg(headerLine).arg(fields.size()),
                fileName, lineNumber);
        Holding h;
        h.line = lineNumber;
        const auto text = [&fields](int i) { return i >= 0 ? fields[i].trimmed() : QString(); };
        h.ticker = text(ticker);
        h.name = text(name);
        h.sector = text(sector);
        h.assetClass = text(assetClass);
        h.exchange = text(exchange);
        h.currency = text(currency);
        for (const auto &[index, into] : {std::pair{marketValue, &h.marketValue}, std::pair{weight, &h.weightPercent},
                                          std::pair{notional, &h.notionalValue}, std::pair{quantity, &h.quantity},
                                          std::pair{price, &h.price}}) {
            if (index < 0) {
                *into = kNaN;
                continue;
            }
            const auto v = number(fields[index]);
            if (!v)
                return Error::invalidInput(Text::tr("%1: expected a number or '-', found %2")
                                               .arg(header[index], quoteFileText(fields[index].toUtf8())),
                                           fileName, lineNumber, index + 1);
            *into = *v;
        }
        out.holdings.push_back(std::move(h));
    }
    if (out.holdings.empty())
        return Error::invalidInput(Text::tr("no holdings after the header"), fileName, headerLine);
    return out;
}

} // namespace rutile::index
