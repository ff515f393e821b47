#pragma once

#include "core/feed/feed.h"

#include <QByteArray>
#include <QUrl>

namespace tidings {

enum class ContentMode {
    Sanitized,  // summary and content go through HtmlSanitizer, URLs resolved: what the article view gets
    Raw,        // summary and content exactly as the document had them
};

struct ParseOptions {
    ContentMode content = ContentMode::Sanitized;
};

// The one entry point: sniffs the format (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.x), decodes the
// text, recovers from the breakage real feeds have, and returns normalized values.
// `documentUrl` is where the bytes came from (the last resort for relative URLs); `httpContentType`
// the Content-Type header, if any (its charset takes part in encoding detection).
// Pure: no network, files, settings or clock. Safe on hostile input: bounded in size, depth and work.
ParseResult parseFeed(const QByteArray &bytes, const QUrl &documentUrl = {},
                      const QByteArray &httpContentType = {}, const ParseOptions &options = {});

// Documents larger than this are refused before any parsing.
inline constexpr qint64 kMaxFeedBytes = 64ll * 1024 * 1024;

} // namespace tidings
