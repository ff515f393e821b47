#pragma once

// A fast, stable 128-bit digest (XXH3-128) for telling whether bytes changed since last time: the
// body of a feed, the fields of an item. Not a security boundary: a feed can only confuse itself.
// Stable across machines and versions of Qt, unlike qHash, because the values are stored.

#include <QByteArray>
#include <QByteArrayView>

namespace tidings {

class Digest128
{
public:
    Digest128();
    Digest128(const Digest128 &) = delete;
    Digest128 &operator=(const Digest128 &) = delete;

    void add(QByteArrayView bytes);
    // Length first, so that moving bytes from one field to the next changes the digest.
    void addField(QByteArrayView bytes);
    QByteArray result() const;   // 16 bytes

    static QByteArray of(QByteArrayView bytes);

private:
    // XXH3_state_t, kept opaque so that xxhash.h stays out of every includer.
    alignas(64) unsigned char m_state[640];
};

} // namespace tidings
