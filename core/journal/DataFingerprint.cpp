#include "journal/DataFingerprint.h"

#include <QtEndian>

#include <cstring>

namespace rutile::journal {

namespace {

void addNumber(QCryptographicHash &hash, double value)
{
    quint64 bits = 0;
    static_assert(sizeof bits == sizeof value);
    std::memcpy(&bits, &value, sizeof bits);
    const quint64 le = qToLittleEndian(bits);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&le), sizeof le));
}

} // namespace

DataFingerprint::DataFingerprint() : m_hash(QCryptographicHash::Sha256) {}

void DataFingerprint::add(const BarSeries &s)
{
    const QByteArray symbol = s.symbol.toUtf8();
    addNumber(m_hash, double(symbol.size()));
    m_hash.addData(symbol);
    addNumber(m_hash, double(s.size()));
    for (std::size_t i = 0; i < s.size(); ++i) {
        addNumber(m_hash, double(s.day[i]));
        for (const std::vector<double> *column : {&s.open, &s.high, &s.low, &s.close, &s.adjClose, &s.volume})
            addNumber(m_hash, i < column->size() ? (*column)[i] : 0.0);
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
