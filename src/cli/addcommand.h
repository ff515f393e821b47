#pragma once

#include <QStringList>

namespace tidings::cli {

struct Session;

// `add URL [--folder NAME] [--title T]`: subscribes to a feed, or to the feed a web page announces
// (autodiscovery), and fetches it once. Returns the process exit code.
int runAdd(Session &session, const QStringList &arguments);

} // namespace tidings::cli
