#include "journal/RunComparison.h"

#include "report/ReportFormat.h"

#include <QJsonObject>
#include <QStringList>

namespace rutile::journal {

namespace {

QString text(const QJsonValue &v)
{
    if (v.isObject()) { // a nested figure (best: {params, value}): its value, or its keys
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("value")))
            return text(o.value(QStringLiteral("value")));
        if (o.contains(QStringLiteral("probability")))
            return text(o.value(QStringLiteral("probability")));
    }
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 10);
    return v.isUndefined() ? QString() : report::plain(v);
}

void compareObjects(std::vector<ComparisonRow> &rows, ComparisonRow::Section section, const QJsonObject &a,
                    const QJsonObject &b)
{
    QStringList names = a.keys();
    for (const QString &k : b.keys())
        if (!names.contains(k))
            names << k;
    for (const QString &name : names) {
        ComparisonRow row{section, name, text(a.value(name)), text(b.value(name)), false};
        row.differs = row.a != row.b;
        rows.push_back(row);
    }
}

} // namespace

std::vector<ComparisonRow> compareRuns(const RunRecord &a, const RunRecord &b)
{
    std::vector<ComparisonRow> rows;
    const auto run = [&](const QString &name, const QString &x, const QString &y) {
        rows.push_back({ComparisonRow::Section::Run, name, x, y, x != y});
    };
    run(QStringLiteral("run"), QString::number(a.id), QString::number(b.id));
    run(QStringLiteral("kind"), a.kind, b.kind);
    run(QStringLiteral("symbol"), a.symbol, b.symbol);
    run(QStringLiteral("strategy"), a.strategy, b.strategy);
    for (const char *key : {"pair", "benchmark", "from", "to", "strategy_sha256", "eval", "horizon"}) {
        const QString k = QString::fromLatin1(key);
        if (a.inputs.contains(k) || b.inputs.contains(k))
            run(k, text(a.inputs.value(k)), text(b.inputs.value(k)));
    }
    run(QStringLiteral("data_hash"), a.dataHash, b.dataHash);
    run(QStringLiteral("app_version"), a.appVersion, b.appVersion);
    // The time always differs; it is shown, not marked.
    rows.push_back({ComparisonRow::Section::Run, QStringLiteral("time"), a.time.toUTC().toString(Qt::ISODate),
                    b.time.toUTC().toString(Qt::ISODate), false});
    compareObjects(rows, ComparisonRow::Section::Parameters, a.inputs.value(QStringLiteral("params")).toObject(),
                   b.inputs.value(QStringLiteral("params")).toObject());
    compareObjects(rows, ComparisonRow::Section::Settings, a.inputs.value(QStringLiteral("settings")).toObject(),
                   b.inputs.value(QStringLiteral("settings")).toObject());
    compareObjects(rows, ComparisonRow::Section::Results, a.summary, b.summary);
    return rows;
}

} // namespace rutile::journal
