#pragma once

// Pieces of the generated corpus: a seeded random source and article text and HTML shaped like what
// blogs and news sites put in their feeds.

#include <QByteArray>
#include <QtGlobal>

namespace tidings::bench {

// splitmix64: tiny, fast, and the same sequence on every platform and Qt version (the corpus must not
// change when the standard library does).
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    int range(int low, int high) { return low + int(next() % quint64(high - low + 1)); }   // inclusive
    bool chance(int percent) { return range(0, 99) < percent; }
    template<typename T, int N>
    const T &pick(const T (&values)[N]) { return values[next() % N]; }

private:
    quint64 m_state;
};

// Appends plain words ("network latency budget"), lower case, no markup.
void appendWords(QByteArray &out, Rng &rng, int count);
// A title-cased headline of a few words, plain text.
QByteArray headline(Rng &rng);
// A URL path segment built from words, e.g. "packet-loss-in-mesh-networks-412".
QByteArray slug(Rng &rng, int number);

// Article HTML of about `targetBytes` bytes (never less): paragraphs with links (mostly relative),
// headings, lists, figures with srcset, tables, code blocks, quotes, entities, some non-ASCII text and
// the odd tracking pixel or embed a sanitizer must drop. Never contains "]]>", so it fits in CDATA.
void appendArticleHtml(QByteArray &out, Rng &rng, int targetBytes, int itemNumber);

// Escapes &, < and > for XML character data (what Atom type="html" and escaped RSS carry).
void appendXmlEscaped(QByteArray &out, const QByteArray &text);

} // namespace tidings::bench
