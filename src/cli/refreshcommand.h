#pragma once

#include <QStringList>

namespace tidings::cli {

struct Session;

// `refresh [--jobs N] [--feed ID]`: one line per feed, a total line; exit 0 when every feed is fine,
// 1 when some failed, 2 on bad usage.
int runRefresh(Session &session, const QStringList &arguments);

} // namespace tidings::cli
