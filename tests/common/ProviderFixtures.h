#pragma once

// Provider responses built from rows written out in the test, so the expected bars are the
// rows themselves: a Yahoo chart API (v8) JSON body, a Stooq CSV and a FRED CSV.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <vector>

namespace rutile::test {

struct FixtureRow {
    QDate date;
    double open, high, low, close, adjClose, volume; ///< NaN is written as null
};

struct FixtureEvent {
    QDate date;
    double amount = 0;     ///< dividend
    double numerator = 0;  ///< split, when > 0
    double denominator = 1;
};

inline QJsonValue jsonNumber(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

/// A Yahoo chart response for a New York listing (bars stamped 09:30 local, UTC−5).
inline QByteArray yahooChartBody(const QString &symbol, const std::vector<FixtureRow> &rows,
                                 const std::vector<FixtureEvent> &events = {})
{
    const auto stamp = [](QDate d) { return QDateTime(d, QTime(14, 30), Qt::UTC).toSecsSinceEpoch(); };
    QJsonArray ts, open, high, low, close, adj, volume;
    for (const FixtureRow &r : rows) {
        ts.append(stamp(r.date));
        open.append(jsonNumber(r.open));
        high.append(jsonNumber(r.high));
        low.append(jsonNumber(r.low));
        close.append(jsonNumber(r.close));
        adj.append(jsonNumber(r.adjClose));
        volume.append(jsonNumber(r.volume));
    }
    QJsonObject dividends, splits;
    for (const FixtureEvent &e : events) {
        const QString key = QString::number(stamp(e.date));
        if (e.numerator > 0)
            splits.insert(key, QJsonObject{{"date", stamp(e.date)}, {"numerator", e.numerator},
                                           {"denominator", e.denominator},
                                           {"splitRatio", QStringLiteral("%1:%2").arg(e.numerator).arg(e.denominator)}});
        else
            dividends.insert(key, QJsonObject{{"amount", e.amount}, {"date", stamp(e.date)}});
    }
    const QJsonObject meta{{"currency", "USD"}, {"symbol", symbol}, {"gmtoffset", -18000},
                           {"exchangeTimezoneName", "America/New_York"}};
    const QJsonObject result{
        {"meta", meta},
        {"timestamp", ts},
        {"events", QJsonObject{{"dividends", dividends}, {"splits", splits}}},
        {"indicators", QJsonObject{{"quote", QJsonArray{QJsonObject{{"open", open}, {"high", high}, {"low", low},
                                                                    {"close", close}, {"volume", volume}}}},
                                   {"adjclose", QJsonArray{QJsonObject{{"adjclose", adj}}}}}}};
    return QJsonDocument(QJsonObject{{"chart", QJsonObject{{"result", QJsonArray{result}}, {"error", QJsonValue()}}}})
        .toJson(QJsonDocument::Compact);
}

/// Five New York trading days from 2024-01-02, closes 100..104 (a flat bar around each close).
inline std::vector<FixtureRow> fiveDays(double base = 100)
{
    std::vector<FixtureRow> rows;
    const QDate days[] = {{2024, 1, 2}, {2024, 1, 3}, {2024, 1, 4}, {2024, 1, 5}, {2024, 1, 8}};
    for (int i = 0; i < 5; ++i) {
        const double c = base + i;
        rows.push_back({days[i], c - 0.5, c + 1, c - 1, c, c, 1000.0 * (i + 1)});
    }
    return rows;
}

} // namespace rutile::test
