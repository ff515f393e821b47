#pragma once

// Exporting the subscriptions as OPML from the desktop app: the same file `tidings-cli export`
// writes (core/service/opmltransfer.h). The file-choosing part and the doing part are separate so
// tests drive the real export.

#include <QString>

class QWidget;

namespace tidings {
class Store;
}

namespace tidings::app {

struct OpmlExportResult {
    int feeds = 0;    // subscriptions written
    QString error;    // one sentence when nothing was written; an existing file is then left as it was

    bool ok() const { return error.isEmpty(); }
};

// Writes every subscription, with its folder, to `path` (aside first, then renamed into place).
OpmlExportResult exportOpmlFile(const tidings::Store &store, const QString &path);

// Asks where to save (QFileDialog), then writes the file; a failure is shown. False when cancelled
// or failed.
bool exportOpmlInteractively(tidings::Store &store, QWidget *parent);

} // namespace tidings::app
