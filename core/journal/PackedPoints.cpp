#include "journal/PackedPoints.h"

#include "backtest/ResultJson.h"
#include "journal/PackedSeries.h"
#include "params/ParamJson.h"
#include "util/JsonNumber.h"

#include <QCborArray>
#include <QJsonObject>

#include <vector>

namespace rutile::journal {

namespace {

// The keys of the packed map: its grid indices and its parameters, beside one key a figure.
const QString kIndex = QStringLiteral("index");
const QString kParams = QStringLiteral("params");
// What says a map is packed points (an entry's `results` was an array before they were packed).
const QString kLayout = QStringLiteral("layout");
const QString kColumns = QStringLiteral("columns");

} // namespace

std::optional<QCborMap> packedPoints(const backtest::OptimizationResult &result, std::span<const ParamSpec> specs)
{
    const std::size_t n = result.results.size();
    const auto fields = backtest::gridPointFields();
    std::vector<std::vector<double>> figures(fields.size(), std::vector<double>(n));
    std::vector<double> index(n);
    std::vector<QString> names;
    std::vector<const ParamSpec *> nameSpecs;
    if (n > 0)
        for (const auto &entry : result.results.front().params.entries()) {
            names.push_back(entry.first);
            nameSpecs.push_back(findParam(specs, entry.first));
        }
    std::vector<QCborArray> params(names.size());
    for (std::size_t i = 0; i < n; ++i) {
        const backtest::GridPointResult &point = result.results[i];
        index[i] = double(point.index);
        for (std::size_t f = 0; f < fields.size(); ++f)
            figures[f][i] = fields[f].value(point);
        const auto &entries = point.params.entries();
        if (entries.size() != names.size())
            return std::nullopt;
        for (std::size_t k = 0; k < names.size(); ++k) {
            if (entries[k].first != names[k])
                return std::nullopt;
            params[k].append(QCborValue::fromJsonValue(paramJson(nameSpecs[k], entries[k].second)));
        }
    }
    QCborMap packed{{kLayout, kColumns}, {kIndex, packedNumbers(index)}};
    for (std::size_t f = 0; f < fields.size(); ++f)
        packed.insert(QString(fields[f].key), packedNumbers(figures[f]));
    QCborMap paramColumns;
    for (std::size_t k = 0; k < names.size(); ++k)
        paramColumns.insert(names[k], params[k]);
    packed.insert(kParams, paramColumns);
    return packed;
}

bool isPackedPoints(const QCborValue &value)
{
    return value.isMap() && value.toMap().value(kLayout) == QCborValue(kColumns);
}

QJsonArray pointsJson(const QCborMap &packed)
{
    const std::vector<double> index = unpackedNumbers(packed.value(kIndex));
    const auto fields = backtest::gridPointFields();
    std::vector<std::vector<double>> figures;
    for (const backtest::GridPointField &f : fields)
        figures.push_back(unpackedNumbers(packed.value(QString(f.key))));
    const QCborMap params = packed.value(kParams).toMap();
    QJsonArray points;
    for (std::size_t i = 0; i < index.size(); ++i) {
        QJsonObject paramValues;
        for (auto it = params.begin(); it != params.end(); ++it)
            paramValues.insert(it.key().toString(), it.value().toArray().at(qsizetype(i)).toJsonValue());
        QJsonObject o{{kIndex, qint64(index[i])}, {kParams, paramValues}};
        for (std::size_t f = 0; f < fields.size(); ++f) {
            if (i >= figures[f].size())
                o.insert(fields[f].key, QJsonValue::Null); // a column cut short: nothing to say
            else
                o.insert(fields[f].key, fields[f].integer ? QJsonValue(qint64(figures[f][i])) : jsonNumber(figures[f][i]));
        }
        points.append(o);
    }
    return points;
}

} // namespace rutile::journal
