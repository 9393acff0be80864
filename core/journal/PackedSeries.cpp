#include "journal/PackedSeries.h"

#include "util/JsonNumber.h"

#include <QCborArray>
#include <QCborMap>
#include <QJsonArray>
#include <QJsonObject>
#include <QtEndian>

#include <cstring>

namespace rutile::journal {

namespace {

template <typename T>
QCborValue packed(QCborTag tag, std::span<const T> values)
{
    QByteArray bytes(qsizetype(values.size() * sizeof(T)), Qt::Uninitialized);
    qToLittleEndian<T>(values.data(), qsizetype(values.size()), bytes.data());
    return QCborValue(tag, QCborValue(bytes));
}

template <typename T>
std::vector<T> unpacked(QCborTag tag, const QCborValue &value)
{
    if (!value.isTag() || value.tag() != tag || !value.taggedValue().isByteArray())
        return {};
    const QByteArray bytes = value.taggedValue().toByteArray();
    std::vector<T> out(std::size_t(bytes.size()) / sizeof(T));
    qFromLittleEndian<T>(bytes.constData(), qsizetype(out.size()), out.data());
    return out;
}

} // namespace

QCborValue packedNumbers(std::span<const double> values)
{
    return packed(kFloat64LittleEndian, values);
}

QCborValue packedDays(std::span<const DayNumber> days)
{
    static_assert(sizeof(DayNumber) == 4, "packed days are 32-bit");
    return packed(kInt32LittleEndian, days);
}

std::vector<double> unpackedNumbers(const QCborValue &value)
{
    return unpacked<double>(kFloat64LittleEndian, value);
}

std::vector<DayNumber> unpackedDays(const QCborValue &value)
{
    return unpacked<DayNumber>(kInt32LittleEndian, value);
}

QJsonArray numbersJson(std::span<const double> values)
{
    QJsonArray a;
    for (double v : values)
        a.append(jsonNumber(v));
    return a;
}

QJsonValue expandedJson(const QCborValue &value)
{
    if (value.isMap()) {
        QJsonObject o;
        const QCborMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            o.insert(it.key().toString(), expandedJson(it.value()));
        return o;
    }
    if (value.isArray()) {
        QJsonArray a;
        for (const QCborValue &v : value.toArray())
            a.append(expandedJson(v));
        return a;
    }
    if (value.isTag() && value.tag() == kFloat64LittleEndian)
        return numbersJson(unpackedNumbers(value));
    if (value.isTag() && value.tag() == kInt32LittleEndian) {
        QJsonArray a;
        for (DayNumber d : unpackedDays(value))
            a.append(jsonDate(toDate(d)));
        return a;
    }
    return value.toJsonValue();
}

} // namespace rutile::journal
