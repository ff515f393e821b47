#pragma once

// The first byte-level stage of parsing: finds out how a document's bytes are encoded and turns them
// into UTF-8 that QXmlStreamReader (or the JSON reader) can take as it is.
//
// Precedence, first match wins:
//   1. a byte order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE);
//   2. UTF-16/32 without a BOM, recognised by the NUL bytes around the first ASCII characters;
//   3. the XML declaration's encoding (XML only);
//   4. the HTTP Content-Type charset;
//   5. UTF-8.
// The declaration beats HTTP because the author wrote it next to the bytes, while charsets in headers
// are often server defaults (text/xml was us-ascii by default under RFC 3023). Then the choice is
// checked against the bytes: a single-byte label on bytes that are valid UTF-8 and not pure ASCII is
// read as UTF-8 (real text in windows-1252 or KOI8 is practically never valid UTF-8), and invalid UTF-8
// is recovered byte by byte through windows-1252 (or the other source's single-byte charset).
// Following the WHATWG Encoding Standard, as browsers do, iso-8859-1, latin1 and us-ascii are read as
// windows-1252, iso-8859-9 as windows-1254 and iso-8859-11 as windows-874: these are supersets whose
// extra characters (curly quotes, euro sign) are what 0x80..0x9F mean in real documents.

#include "core/feed/feed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace tidings {

struct DecodedDocument {
    QByteArray utf8;      // the document as UTF-8, no BOM, ready for QXmlStreamReader. The XML declaration
                          // (<?xml ...?>) is removed (its newlines kept, so line numbers still match),
                          // except when it starts valid UTF-8 input and says UTF-8 or nothing: then the
                          // input itself is returned, shared, not copied
    QString encoding;     // the encoding it was read as, canonical lower-case name ("utf-8", "windows-1252", "shift_jis")
    QList<ParseWarning> warnings;   // e.g. "invalid UTF-8 at line 3, column 7: read as windows-1252"
};

// `httpContentType` is the raw Content-Type header value (may be empty), e.g. "text/xml; charset=ISO-8859-1".
DecodedDocument decodeXmlDocument(const QByteArray &bytes, QByteArrayView httpContentType);

// Same detection for JSON Feed documents (BOM, HTTP charset, else UTF-8; invalid UTF-8 recovered), no declaration handling.
DecodedDocument decodeJsonDocument(const QByteArray &bytes, QByteArrayView httpContentType);

// A warning positioned at byte `offset` of `utf8`, counted as QXmlStreamReader counts: 1-based lines
// broken by LF, CR LF or a lone CR, and 1-based columns in UTF-16 code units.
ParseWarning warningAt(QByteArrayView utf8, qsizetype offset, const QString &message);

} // namespace tidings
