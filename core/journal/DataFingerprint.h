#pragma once

// A fingerprint of the exact bars a run read, kept with its journal entry: the same bars give
// the same fingerprint on every platform, and any changed, added or removed bar (a re-import,
// a split adjustment, a download that revised a close) gives another, so a re-run can say that
// the data moved under it.

#include "data/BarSeries.h"
#include "trading/MarketData.h"

#include "util/Sha256.h"

#include <QString>

namespace rutile::journal {

/// SHA-256 over each series, in the order added: its symbol's UTF-8 length and bytes, its bar
/// count, then its columns (day, open, high, low, close, adjusted close, volume), every value a
/// little-endian IEEE double.
class DataFingerprint {
public:
    DataFingerprint();
    void add(const BarSeries &series);
    /// "sha256:" and 64 lower-case hex digits of what was added.
    QString text() const;

private:
    Sha256 m_hash;
};

/// The fingerprint of a run's data: its legs in order, then the benchmark when there is one.
QString fingerprint(const trading::MarketData &data);
/// The fingerprint of one series.
QString fingerprint(const BarSeries &series);

} // namespace rutile::journal
