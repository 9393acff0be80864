#pragma once

// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA extensions where it has
// them: about 2 GB/s on this project's machines against 0.26 GB/s for QCryptographicHash in
// Qt 6.4, which matters for a run journal that fingerprints half a megabyte of bars per run.
// The digests are those of any other SHA-256. Should libcrypto fail to provide the digest (a
// broken OpenSSL configuration), Qt's computes it instead: slower, the same bytes.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace rutile {

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    /// Adds `bytes`; nothing once result() has been asked for.
    void addData(QByteArrayView bytes);
    /// The 32-byte digest of everything added (the same bytes when asked again).
    QByteArray result() const;

    /// The digest of `bytes` as 64 lower-case hex digits.
    static QString hex(QByteArrayView bytes);
    /// Fetches libcrypto's SHA-256 now if it has not been yet (about a millisecond, once per
    /// process; a digest otherwise waits for it): a program that will hash can have it done
    /// on another thread while it does other work.
    static void prepare();
    /// Whether digests come from libcrypto; false when it could not provide SHA-256 and Qt's
    /// computes them (what a test of that path checks it is on).
    static bool usesLibcrypto();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace rutile
