#pragma once

// Single-byte character sets as data, so that they decode the same on every platform: Qt guarantees
// only UTF-8/16/32 and Latin-1, and builds without ICU (Windows, macOS) have no windows-1252.

#include <QByteArrayView>

namespace tidings::detail {

struct SingleByteCharset {
    const char *name;       // canonical lower-case name ("windows-1252"), as DecodedDocument::encoding
    char16_t high[128];     // the code points of bytes 0x80..0xFF; U+FFFD where the charset has none
};                          // (bytes 0x00..0x7F are ASCII in all of them)

// The built-in tables, sorted by name.
extern const SingleByteCharset kSingleByteCharsets[];
extern const int kSingleByteCharsetCount;

// The table for a canonical name, or nullptr.
const SingleByteCharset *findSingleByteCharset(QByteArrayView canonicalName);

} // namespace tidings::detail
