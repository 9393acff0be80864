#include "journal/DataFingerprint.h"

#include <QtEndian>

#include <QSysInfo>

#include <algorithm>
#include <cstring>
#include <vector>

namespace rutile::journal {

namespace {

void addNumber(Sha256 &hash, double value)
{
    quint64 bits = 0;
    static_assert(sizeof bits == sizeof value);
    std::memcpy(&bits, &value, sizeof bits);
    const quint64 le = qToLittleEndian(bits);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&le), sizeof le));
}

} // namespace

DataFingerprint::DataFingerprint() = default;

void DataFingerprint::add(const BarSeries &s)
{
    const QByteArray symbol = s.symbol.toUtf8();
    addNumber(m_hash, double(symbol.size()));
    m_hash.addData(symbol);
    const std::size_t n = s.size();
    addNumber(m_hash, double(n));
    // Column by column, each column's doubles in one call: hashing RUT's 9,297 bars (520 kB)
    // takes about 0.26 ms this way (libcrypto with the processor's SHA extensions).
    std::vector<double> column(n);
    const auto addColumn = [&] {
        if constexpr (QSysInfo::ByteOrder == QSysInfo::BigEndian)
            for (double &v : column)
                addNumber(m_hash, v);
        else
            m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(column.data()), qsizetype(n * sizeof(double))));
    };
    std::transform(s.day.begin(), s.day.end(), column.begin(), [](DayNumber d) { return double(d); });
    addColumn();
    for (const std::vector<double> *values : {&s.open, &s.high, &s.low, &s.close, &s.adjClose, &s.volume}) {
        for (std::size_t i = 0; i < n; ++i)
            column[i] = i < values->size() ? (*values)[i] : 0.0;
        addColumn();
    }
}

QString DataFingerprint::text() const
{
    return QStringLiteral("sha256:") + QString::fromLatin1(m_hash.result().toHex());
}

QString fingerprint(const trading::MarketData &data)
{
    DataFingerprint f;
    for (int leg = 0; leg < data.legCount(); ++leg)
        f.add(data.leg(leg));
    if (const BarSeries *benchmark = data.benchmark())
        f.add(*benchmark);
    return f.text();
}

QString fingerprint(const BarSeries &series)
{
    DataFingerprint f;
    f.add(series);
    return f.text();
}

} // namespace rutile::journal
