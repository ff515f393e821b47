#include "core/util/digest.h"

// Header-only use of libxxhash: nothing to link or ship.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <new>

namespace tidings {
namespace {

static_assert(sizeof(XXH3_state_t) <= 640, "Digest128::m_state is too small for this xxhash");
static_assert(alignof(XXH3_state_t) <= 64, "Digest128::m_state is not aligned enough for this xxhash");

XXH3_state_t *stateOf(unsigned char *storage)
{
    return std::launder(reinterpret_cast<XXH3_state_t *>(storage));
}

const XXH3_state_t *stateOf(const unsigned char *storage)
{
    return std::launder(reinterpret_cast<const XXH3_state_t *>(storage));
}

QByteArray bytesOf(XXH128_hash_t hash)
{
    XXH128_canonical_t canonical;   // big-endian: the same bytes on every machine
    XXH128_canonicalFromHash(&canonical, hash);
    return QByteArray(reinterpret_cast<const char *>(canonical.digest), sizeof canonical.digest);
}

} // namespace

Digest128::Digest128()
{
    new (m_state) XXH3_state_t;
    XXH3_128bits_reset(stateOf(m_state));
}

void Digest128::add(QByteArrayView bytes)
{
    XXH3_128bits_update(stateOf(m_state), bytes.data(), size_t(bytes.size()));
}

void Digest128::addField(QByteArrayView bytes)
{
    const quint64 size = quint64(bytes.size());
    unsigned char prefix[8];
    for (int i = 0; i < 8; ++i)
        prefix[i] = static_cast<unsigned char>(size >> (8 * i));
    XXH3_128bits_update(stateOf(m_state), prefix, sizeof prefix);
    add(bytes);
}

QByteArray Digest128::result() const
{
    return bytesOf(XXH3_128bits_digest(stateOf(m_state)));
}

QByteArray Digest128::of(QByteArrayView bytes)
{
    return bytesOf(XXH3_128bits(bytes.data(), size_t(bytes.size())));
}

} // namespace tidings
