#pragma once

// Character sets as data. Single-byte ones are tables, so that they decode the same on every
// platform: Qt guarantees only UTF-8/16/32 and Latin-1, and builds without ICU (Windows, macOS) have
// no windows-1252. Also the label names and the ICU converters for the multi-byte ones.

#include <QByteArray>
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

// The canonical name for an encoding label ("ISO_8859-1:1987" -> "windows-1252", "sjis" ->
// "shift_jis"), mostly after the WHATWG Encoding Standard's labels; empty when unknown. The view
// points to static, NUL-terminated data.
QByteArrayView canonicalEncodingName(QByteArrayView label);

// The ICU converters (through QStringDecoder) for a multi-byte encoding's canonical name, best first;
// both null for other names.
struct IcuConverters {
    const char *names[2];
};
IcuConverters icuConverters(QByteArrayView canonicalName);

// Writes `c` as UTF-8 at `out` (up to 3 bytes); returns the end.
char *appendUtf8(char *out, char16_t c);

QByteArray decodeSingleByte(QByteArrayView bytes, const SingleByteCharset &charset);

} // namespace tidings::detail
