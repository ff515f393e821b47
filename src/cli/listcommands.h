#pragma once

#include <QStringList>

namespace tidings::cli {

struct Session;

// `feeds [--json]`, `items [--feed ID] [--unread] [--starred] [--search TEXT] [--limit N] [--json]`
// and `mark-read (--feed ID | --item ID | --all)`. Each returns the process exit code.
int runFeeds(Session &session, const QStringList &arguments);
int runItems(Session &session, const QStringList &arguments);
int runMarkRead(Session &session, const QStringList &arguments);

} // namespace tidings::cli
