#include "net/Provider.h"

#include "data/CsvLayout.h"
#include "net/YahooChart.h"
#include "util/MessageText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrlQuery>

namespace rutile::net {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::net::Provider)
};

/// Where an open start goes: before the first bar of any index a provider has (the S&P 500's
/// Yahoo history starts in 1927).
const QDate kEarliest(1900, 1, 1);

Error failure(Provider provider, const QString &symbol, const QString &message)
{
    return Error::invalidInput(Text::tr("%1: %2: %3").arg(symbol, providerTitle(provider), message));
}

qint64 epochSeconds(QDate date)
{
    return date.startOfDay(Qt::UTC).toSecsSinceEpoch();
}

/// The first line of a body that is not what was expected, quoted for a one-line message.
QString firstLine(QByteArrayView body)
{
    const QList<QByteArrayView> lines = firstLines(body, 1);
    return quoteFileText(lines.isEmpty() ? QByteArrayView() : lines.first().trimmed(), 80);
}

Result<ProviderHistory> parseCsv(Provider provider, QByteArrayView body, const QString &symbol, const CsvLayout &layout,
                                 bool valueSeries)
{
    auto parsed = parseHistory(body, layout, ParseOptions{false, symbol, valueSeries});
    if (!parsed)
        return failure(provider, symbol, parsed.error().message);
    if (parsed->series.empty()) {
        const QString why = parsed->skipped.empty()
            ? Text::tr("no data rows")
            : Text::tr("none of the %1 rows can be used; the first problem (line %2): %3")
                  .arg(parsed->rowsRead)
                  .arg(parsed->skipped.front().line)
                  .arg(parsed->skipped.front().reason);
        return failure(provider, symbol, why);
    }
    ProviderHistory out;
    out.bars = std::move(*parsed);
    out.bars.series.symbol = symbol;
    return out;
}

Result<ProviderHistory> parseStooq(QByteArrayView body, const QString &symbol)
{
    // Stooq answers errors with a line of text and status 200: "No data", "Exceeded the daily
    // hits limit", a note about the key.
    if (body.trimmed().isEmpty())
        return failure(Provider::Stooq, symbol, Text::tr("the response is empty"));
    auto layout = detectLayout(body.first(std::min<qsizetype>(body.size(), 4096)), CsvFormat::Stooq, symbol);
    if (!layout)
        return failure(Provider::Stooq, symbol,
                       Text::tr("expected a CSV with the header Date,Open,High,Low,Close,Volume, found %1")
                           .arg(firstLine(body)));
    return parseCsv(Provider::Stooq, body, symbol, *layout, false);
}

Result<ProviderHistory> parseFred(QByteArrayView body, const QString &symbol)
{
    if (body.trimmed().isEmpty())
        return failure(Provider::Fred, symbol, Text::tr("the response is empty"));
    // observation_date,DGS3MO (DATE,DGS3MO before 2024): a date and one value per line.
    const QList<QByteArrayView> head = firstLines(body, 1);
    const QStringList header = head.isEmpty() ? QStringList() : splitCsvLine(head.first(), ',');
    if (header.size() != 2
        || (header[0].compare(QLatin1String("observation_date"), Qt::CaseInsensitive) != 0
            && header[0].compare(QLatin1String("DATE"), Qt::CaseInsensitive) != 0))
        return failure(Provider::Fred, symbol,
                       Text::tr("expected a CSV with the header observation_date,%1, found %2").arg(symbol, firstLine(body)));
    CsvLayout layout;
    layout.format = CsvFormat::Generic;
    layout.columnOf(BarField::Date) = 0;
    layout.columnOf(BarField::Close) = 1;
    return parseCsv(Provider::Fred, body, symbol, layout, true);
}

} // namespace

QString providerName(Provider provider)
{
    switch (provider) {
    case Provider::Yahoo:
        return QStringLiteral("yahoo");
    case Provider::Stooq:
        return QStringLiteral("stooq");
    case Provider::Fred:
        return QStringLiteral("fred");
    }
    return {};
}

std::optional<Provider> providerFromName(const QString &name)
{
    for (Provider p : {Provider::Yahoo, Provider::Stooq, Provider::Fred}) {
        if (name.compare(providerName(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString providerTitle(Provider provider)
{
    switch (provider) {
    case Provider::Yahoo:
        return QStringLiteral("Yahoo Finance");
    case Provider::Stooq:
        return QStringLiteral("Stooq");
    case Provider::Fred:
        return QStringLiteral("FRED");
    }
    return {};
}

QString providerShortTitle(Provider provider)
{
    return provider == Provider::Yahoo ? QStringLiteral("Yahoo") : providerTitle(provider);
}

Result<QUrl> historyUrl(const HistoryQuery &query)
{
    const QString symbol = query.remoteSymbol.trimmed();
    if (symbol.isEmpty())
        return Error::invalidArgument(Text::tr("no symbol to download"));
    const QDate from = query.from.isValid() ? query.from : kEarliest;
    const QDate to = query.to.isValid() ? query.to : QDate::currentDate().addDays(1);
    QUrl url;
    QUrlQuery items;
    switch (query.provider) {
    case Provider::Yahoo:
        url = QUrl(QStringLiteral("https://query1.finance.yahoo.com"));
        url.setPath(QStringLiteral("/v8/finance/chart/") + symbol);
        // period2 is exclusive: the start of the day after `to`.
        items.addQueryItem(QStringLiteral("period1"), QString::number(epochSeconds(from)));
        items.addQueryItem(QStringLiteral("period2"), QString::number(epochSeconds(to.addDays(1))));
        items.addQueryItem(QStringLiteral("interval"), QStringLiteral("1d"));
        items.addQueryItem(QStringLiteral("events"), QStringLiteral("div,splits"));
        break;
    case Provider::Stooq:
        if (query.apiKey.trimmed().isEmpty())
            return Error::invalidArgument(Text::tr("%1: Stooq needs an API key: set it in Settings → Data providers, "
                                                   "or pass --api-key or RUTILE_STOOQ_API_KEY")
                                              .arg(symbol));
        url = QUrl(QStringLiteral("https://stooq.com"));
        url.setPath(QStringLiteral("/q/d/l/"));
        items.addQueryItem(QStringLiteral("s"), symbol.toLower());
        items.addQueryItem(QStringLiteral("i"), QStringLiteral("d"));
        items.addQueryItem(QStringLiteral("d1"), from.toString(QStringLiteral("yyyyMMdd")));
        items.addQueryItem(QStringLiteral("d2"), to.toString(QStringLiteral("yyyyMMdd")));
        items.addQueryItem(QStringLiteral("apikey"), query.apiKey.trimmed());
        break;
    case Provider::Fred:
        url = QUrl(QStringLiteral("https://fred.stlouisfed.org"));
        url.setPath(QStringLiteral("/graph/fredgraph.csv"));
        items.addQueryItem(QStringLiteral("id"), symbol.toUpper());
        items.addQueryItem(QStringLiteral("cosd"), from.toString(Qt::ISODate));
        items.addQueryItem(QStringLiteral("coed"), to.toString(Qt::ISODate));
        break;
    }
    url.setQuery(items);
    return url;
}

Result<ProviderHistory> parseProviderResponse(Provider provider, QByteArrayView body, const QString &remoteSymbol)
{
    switch (provider) {
    case Provider::Yahoo: {
        auto parsed = parseYahooChart(body, remoteSymbol);
        if (!parsed)
            return parsed.error();
        ProviderHistory out;
        out.bars = std::move(parsed->bars);
        out.actions = std::move(parsed->actions);
        out.adjustForDividends = true;
        return out;
    }
    case Provider::Stooq:
        return parseStooq(body, remoteSymbol);
    case Provider::Fred:
        return parseFred(body, remoteSymbol);
    }
    return Error::internal(QStringLiteral("unknown provider"));
}

} // namespace rutile::net
