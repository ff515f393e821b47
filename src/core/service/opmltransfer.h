#pragma once

// Between OPML files and the store: the glue the command line's import/export and the desktop
// app's dialogs share, so both read, import and write subscription lists the same way. The parsing
// and writing themselves are tidings_feed's (readOpml, writeOpml); the store's job is one
// importSubscriptions() transaction. This file only maps one onto the other and touches the disk.

#include "core/opml/opml.h"
#include "core/store/store.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tidings {

// What reading an OPML file gave: the document, or why the file itself could not be read.
struct OpmlFile {
    OpmlDocument document;
    QString fileError;   // the file could not be opened or read (QFile's sentence); document is empty

    // The file was read and is a subscription list (document.error is empty).
    bool ok() const { return fileError.isEmpty() && document.ok(); }
};

// Reads at most kMaxOpmlBytes + 1 bytes, so that readOpml() sees an oversized file and refuses it.
OpmlFile readOpmlFile(const QString &path);

// The subscriptions of a document as Store::importSubscriptions takes them, in document order.
QList<NewSubscription> newSubscriptions(const OpmlDocument &document);

// What one import did, from the document (what the file held and what the reader dropped) and the
// store's answer to importSubscriptions().
struct OpmlImportSummary {
    int added = 0;                  // new feeds
    int alreadySubscribed = 0;      // feeds the store had already
    int foldersCreated = 0;
    int duplicates = 0;             // entries repeating an address listed earlier in the file
    int rejected = 0;               // entries skipped: address not http(s), or type="include"
    QList<ParseWarning> warnings;   // what the reader repaired or skipped, and why (plain text)
    QString error;                  // one translated sentence when nothing was imported

    bool ok() const { return error.isEmpty(); }
};

OpmlImportSummary summarizeOpmlImport(const OpmlDocument &document, const WriteResult &result);

// The feeds of a store, as feeds() lists them, as OPML outlines: name, address, site and folder.
// feeds() orders by folder path, so writeOpml() writes each folder once. Folders without feeds are
// not exported: OPML has no way to tell an empty folder from a note (see opml.h).
QList<OpmlSubscription> opmlSubscriptions(const QList<FeedRow> &feeds);

// A whole export file: the outlines above under the title "Tidings subscriptions".
QByteArray opmlExport(const QList<FeedRow> &feeds);

// Writes `bytes` aside and renames the file into place, so an interrupted export never leaves half a
// file. Returns an empty string, or QSaveFile's sentence.
QString saveOpmlFile(const QString &path, const QByteArray &bytes);

} // namespace tidings
