#pragma once

#include "core/feed/feed.h"

#include <QByteArray>

namespace tidings {

// The normalized JSON of `tidings-cli parse` (see docs/cli-contract.md): one UTF-8 object, every key
// always present, null for a missing scalar and [] for an empty list, keys in the contract's order.
QByteArray feedToJson(const Feed &feed, const QList<ParseWarning> &warnings);

} // namespace tidings
