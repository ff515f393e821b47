#pragma once

// What the fast readers (FastXmlTokenizer, FastJsonDocument) share for scanning whole UTF-8
// documents byte by byte. Internal to core/feed.

#include <QByteArray>

namespace tidings::detail {

// `utf8` as the fast readers scan it: their loops stop at the NUL every QByteArray ends with, which
// one made by fromRawData() may lack (that one is copied; any other is shared).
inline QByteArray nulTerminated(QByteArray utf8)
{
    if (!utf8.isEmpty() && !utf8.data_ptr().isMutable())
        return QByteArray(utf8.constData(), utf8.size());
    return utf8;
}

// The length of the valid UTF-8 sequence at `p` (a non-ASCII lead byte), 0 when it is malformed,
// overlong, a surrogate, past U+10FFFF, or a code point `refused` refuses. The document's
// terminating NUL stops every look past the end.
template <typename Refused>
inline int utf8SequenceLength(const uchar *p, Refused refused)
{
    const uchar c = p[0];
    auto cont = [](uchar b) { return (b & 0xC0) == 0x80; };
    if (c < 0xC2)
        return 0;
    if (c < 0xE0)
        return cont(p[1]) ? 2 : 0;
    if (c < 0xF0) {
        if (!cont(p[1]) || !cont(p[2]))
            return 0;
        const uint cp = (uint(c & 0x0F) << 12) | (uint(p[1] & 0x3F) << 6) | uint(p[2] & 0x3F);
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) || refused(cp))
            return 0;
        return 3;
    }
    if (c < 0xF5) {
        if (!cont(p[1]) || !cont(p[2]) || !cont(p[3]))
            return 0;
        const uint cp = (uint(c & 0x07) << 18) | (uint(p[1] & 0x3F) << 12) | (uint(p[2] & 0x3F) << 6) | uint(p[3] & 0x3F);
        return cp >= 0x10000 && cp <= 0x10FFFF && !refused(cp) ? 4 : 0;
    }
    return 0;
}

} // namespace tidings::detail
