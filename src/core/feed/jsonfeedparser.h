#pragma once

#include "core/feed/feed.h"

#include <QByteArray>
#include <QUrl>

namespace tidings {

enum class JsonBackend {
    Fast,   // FastJsonDocument, and QJsonDocument for what it does not take: what parseFeed uses
    Qt,     // QJsonDocument only: tests compare the two
};

// Parses a JSON Feed document already decoded to UTF-8. Fills result.feed and result.warnings and sets
// result.outcome (Feed, or NotAFeed with result.error set to one clear sentence, e.g. "not a JSON Feed:
// the JSON has no \"items\" array"). `documentUrl` may be invalid (then relative URLs that cannot be
// resolved are dropped).
void parseJsonFeed(const QByteArray &utf8, const QUrl &documentUrl, ParseResult &result,
                   JsonBackend backend = JsonBackend::Fast);

// More items than this are dropped with a warning: beyond it a "feed" is an attack or an archive dump.
inline constexpr qsizetype kMaxJsonFeedItems = 100000;

} // namespace tidings
