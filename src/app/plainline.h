#pragma once

// Untrusted text (feed and item titles, authors: threats.md §5) made fit for one line of a list,
// notification or tooltip.

#include <QString>

namespace tidings::app {

// Control characters (C0, C1, DEL), bidi embeddings, overrides and isolates, direction marks and
// byte-order marks removed, whitespace runs (newlines too) made one space, trimmed, and cut to
// `maxChars` with an ellipsis (never between the halves of a surrogate pair). Reads no further than
// it needs: a megabyte-long title costs no more than a short one.
QString plainLine(const QString &untrusted, int maxChars);

} // namespace tidings::app
