#pragma once

// The one place where a report's numbers become text, for the HTML and the PDF alike, and
// for the tests that read a PDF back and compare it with the command's JSON. Locale-free:
// a report reads the same on every machine. An undefined number (NaN, JSON null) is "n/a".

#include <QJsonValue>
#include <QString>

namespace rutile::report {

/// 0.0708 → "7.08%"
QString percent(double fraction, int decimals = 2);
/// 0.4312 → "0.43"
QString ratio(double value, int decimals = 2);
/// 139123.7498 → "139,123.75"
QString money(double value);
/// 41 → "41"
QString count(double value);

/// The same for a JSON number (null and missing values are "n/a").
QString percent(const QJsonValue &value, int decimals = 2);
QString ratio(const QJsonValue &value, int decimals = 2);
QString money(const QJsonValue &value);
QString count(const QJsonValue &value);

/// A JSON value as it is (text, number with up to 6 significant digits, true/false).
QString plain(const QJsonValue &value);

/// The title of a journal entry's key (CLI.md's names: cagr → "CAGR", max_drawdown →
/// "Maximum drawdown", dsr_confidence → "Deflated Sharpe confidence"), translated; the key
/// itself for one it does not know.
QString summaryTitle(const QString &key);

/// A headline figure of a run's summary, by its key (CLI.md's names): fractions (cagr,
/// max_drawdown, accuracy...) as percent, money (final_equity, total_commission) grouped, ratios
/// (sharpe, beta...) with two decimals, anything else plain.
QString summaryFigure(const QString &key, const QJsonValue &value);

} // namespace rutile::report
