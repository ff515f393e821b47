#pragma once

#include "core/feed/feed.h"

#include <QByteArray>
#include <QJsonDocument>
#include <optional>

namespace tidings {

struct RecoveredJson {
    QJsonDocument document;
    std::optional<ParseWarning> warning;   // set when the JSON was broken and something was recovered
    QString error;                          // set when nothing could be read: "invalid JSON at line L, column C: ..."
};

// Parses a JSON Feed document. A truncated or broken one yields the items of the top-level "items"
// array that were complete before the break (and the members before that array), with a warning that
// gives the line and column of the break.
RecoveredJson readJsonFeedDocument(const QByteArray &utf8);

} // namespace tidings
