#pragma once

#include <QStringList>

namespace tidings::cli {

struct Session;

// `import FILE.opml` and `export FILE.opml|-`. Each returns the process exit code.
int runImport(Session &session, const QStringList &arguments);
int runExport(Session &session, const QStringList &arguments);

} // namespace tidings::cli
