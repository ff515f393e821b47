#pragma once

#include <QStringList>

namespace tidings::cli {

// `tidings-cli parse FILE|URL|- [--base URL] [--raw]`: prints the normalized JSON of one document.
// Returns the process exit code (0 parsed, 2 not a feed, unreadable or bad usage).
int runParse(const QStringList &arguments);

} // namespace tidings::cli
