#pragma once

// How the HTML columns (items.summary, items.content) are kept: text, or a zstd frame of the UTF-8
// text stored as a BLOB. Article HTML is most of a profile's bytes and compresses about threefold;
// compressing it on the parse threads also spares the single writer thread most of the bytes it
// would otherwise convert and write. Short values stay text, where a frame would not be smaller.
// Readers tell the two apart by the value's type. Internal to core/store.

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace tidings::store {

// `utf8` is the column's text; a null QVariant for empty text. Without `compress` (no full-text
// index, so the LIKE fallback must see the text) the value is always text.
QVariant packHtml(const QByteArray &utf8, bool compress);
QString unpackHtml(const QVariant &value);

// Text that survives a round trip through UTF-8 unchanged: unpaired surrogates (possible in JSON
// Feed "\ud800" escapes) become what QString::toUtf8() makes of them. Everything stored is normalized so, because the search
// index must later be able to recompute exactly what it indexed from what was stored.
QString wellFormed(const QString &text);

} // namespace tidings::store
