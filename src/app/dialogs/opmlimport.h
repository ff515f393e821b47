#pragma once

// Importing an OPML subscription list from the desktop app: the same reading, mapping and single
// store transaction as `tidings-cli import` (core/service/opmltransfer.h), then a summary.
// The file-choosing part and the doing part are separate so tests drive the real import.

#include "core/service/opmltransfer.h"

#include <QString>

class QWidget;

namespace tidings {
class Store;
}

namespace tidings::app {

// Reads `path` and imports every subscription in it in one store job: all of them or, when the
// store fails, none. Waits for the writer in a local event loop that takes no user input, so the
// windows keep painting but nothing can start a second import meanwhile. A file that cannot be read
// or is not a subscription list sets `error` and imports nothing.
OpmlImportSummary importOpmlFile(tidings::Store &store, const QString &path);

// Asks for a file (QFileDialog), imports it with importOpmlFile() and shows the summary (or the
// failure). Returns the number of feeds added: 0 when cancelled or failed.
int importOpmlInteractively(tidings::Store &store, QWidget *parent);

} // namespace tidings::app
