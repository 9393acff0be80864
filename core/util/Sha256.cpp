#include "util/Sha256.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <optional>

namespace rutile {

namespace {

// SHA-256 fetched from libcrypto's provider once, when first needed (fetching costs about a
// millisecond, which a program that hashes nothing should not pay at start-up). EVP_sha256()
// would fetch it again for every digest, a lookup each time that also gives each pool thread
// that hashes an error state of its own, which libcrypto's clean-up at exit can no longer free
// when the thread outlives it (as QThreadPool's do): LeakSanitizer reported it. The one thread
// that fetches lets go of its state at once; digests with the fetched SHA-256 make none.
struct FetchedDigest {
    EVP_MD *md = nullptr;
    FetchedDigest() : md(EVP_MD_fetch(nullptr, "SHA256", nullptr)) { OPENSSL_thread_stop(); }
    ~FetchedDigest() { EVP_MD_free(md); }
};

const EVP_MD *sha256Digest()
{
    static const FetchedDigest fetched;
    return fetched.md;
}

} // namespace

struct Sha256::Context {
    EVP_MD_CTX *ctx = nullptr;                  ///< libcrypto's digest, when it could start one
    std::optional<QCryptographicHash> fallback; ///< else Qt's
    mutable std::optional<QByteArray> digest;   ///< once asked for

    Context()
    {
        const EVP_MD *md = sha256Digest();
        if (md && (ctx = EVP_MD_CTX_new()) && EVP_DigestInit_ex(ctx, md, nullptr) == 1)
            return;
        EVP_MD_CTX_free(ctx);
        ctx = nullptr;
        fallback.emplace(QCryptographicHash::Sha256);
    }
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256() : m_context(std::make_unique<Context>()) {}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
    Context &c = *m_context;
    if (bytes.isEmpty() || c.digest)
        return;
    if (c.ctx && EVP_DigestUpdate(c.ctx, bytes.data(), std::size_t(bytes.size())) == 1)
        return;
    if (c.ctx) // libcrypto failed half-way: the digest cannot be trusted any more
        qFatal("libcrypto could not compute a SHA-256 digest");
    c.fallback->addData(bytes);
}

QByteArray Sha256::result() const
{
    Context &c = *m_context;
    if (!c.digest) {
        if (c.ctx) {
            QByteArray bytes(EVP_MAX_MD_SIZE, Qt::Uninitialized);
            unsigned int length = 0;
            if (EVP_DigestFinal_ex(c.ctx, reinterpret_cast<unsigned char *>(bytes.data()), &length) != 1)
                qFatal("libcrypto could not compute a SHA-256 digest");
            bytes.truncate(qsizetype(length));
            c.digest = bytes;
        } else {
            c.digest = c.fallback->result();
        }
    }
    return *c.digest;
}

void Sha256::prepare()
{
    (void)sha256Digest();
}

bool Sha256::usesLibcrypto()
{
    return sha256Digest() != nullptr;
}

QString Sha256::hex(QByteArrayView bytes)
{
    Sha256 hash;
    hash.addData(bytes);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace rutile
