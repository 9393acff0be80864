#include "util/Sha256.h"

#include <openssl/evp.h>

#include <QtGlobal>

namespace rutile {

struct Sha256::Context {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

namespace {

// SHA-256 fetched from libcrypto's provider once, at start-up on the main thread. EVP_sha256()
// would fetch it again for every digest, a lookup each time that also gives each pool thread
// that hashes an error state of its own, which libcrypto's clean-up at exit can no longer free
// when the thread outlives it (as QThreadPool's do): LeakSanitizer reported it.
struct FetchedDigest {
    EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    ~FetchedDigest() { EVP_MD_free(md); }
};
const FetchedDigest kSha256;

// libcrypto fails only when it cannot allocate or the digest is not built in (never for
// SHA-256): neither is a condition the caller could do anything about.
void check(int ok)
{
    if (ok != 1)
        qFatal("libcrypto could not compute a SHA-256 digest");
}

} // namespace

Sha256::Sha256() : m_context(std::make_unique<Context>())
{
    check(m_context->ctx != nullptr);
    check(kSha256.md != nullptr);
    check(EVP_DigestInit_ex(m_context->ctx, kSha256.md, nullptr));
}

Sha256::~Sha256() = default;

void Sha256::addData(QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        check(EVP_DigestUpdate(m_context->ctx, bytes.data(), std::size_t(bytes.size())));
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    check(EVP_DigestFinal_ex(m_context->ctx, reinterpret_cast<unsigned char *>(digest.data()), &length));
    digest.truncate(qsizetype(length));
    return digest;
}

QString Sha256::hex(QByteArrayView bytes)
{
    Sha256 hash;
    hash.addData(bytes);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace rutile
