#pragma once

// The second byte-level stage of parsing: mends the breakage real feeds have (raw HTML in
// descriptions, HTML entities, stray '&' and '<', control characters) and removes what makes
// QXmlStreamReader slow or unsafe (DTDs with entities, tags with huge numbers of attributes:
// CVE-2026-16762, its duplicate-attribute check is quadratic).
//
// One linear pass with a small state machine over text, tags, attribute values, comments, CDATA
// sections, processing instructions and DOCTYPEs. Comments, CDATA sections and PIs are copied as they
// are, except for characters XML forbids everywhere. A well-formed document without a DOCTYPE comes
// back unchanged and unwarned. Every kind of repair yields one warning, positioned (line and column
// of the input, as warningAt() counts) at its first occurrence and carrying the total count.

#include "core/feed/feed.h"

#include <QByteArray>
#include <QList>

namespace tidings {

// Makes a UTF-8 document well-formed enough for QXmlStreamReader without changing what a correct
// document means. Returns `utf8` itself (no copy: QByteArray is implicitly shared) when nothing needs repair.
QByteArray repairXml(const QByteArray &utf8, QList<ParseWarning> &warnings);

// Limits that keep QXmlStreamReader's per-tag work small; attributes past them are dropped.
inline constexpr int kMaxAttributesPerTag = 256;
inline constexpr qsizetype kMaxTagBytes = 64 * 1024;   // attributes must start within this

} // namespace tidings
