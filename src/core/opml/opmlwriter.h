#pragma once

// Writes a subscription list as OPML 2.0 in UTF-8: folders as nested outlines with `text` and
// `title`, feeds as <outline type="rss" text title xmlUrl htmlUrl/>. Every value is escaped by
// QXmlStreamWriter; characters XML cannot carry at all (most C0 controls) are left out.
//
// The output is a function of the arguments only (no clock: dateCreated is written when the caller
// passes a valid one), and it keeps the order of `subscriptions`: consecutive subscriptions in the
// same folder share one folder outline, and a folder that comes back after others is opened again.
// So readOpml(writeOpml(t, s)) gives back t and s exactly, for every list readOpml() can produce
// (titles and names with simplified whitespace, no empty folder names, normalized http(s)
// addresses, each once, folder paths shorter than kMaxOpmlDepth). A caller exporting a store sorts
// by folder to get each folder once.

#include "core/opml/opml.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tidings {

QByteArray writeOpml(const QString &title, const QList<OpmlSubscription> &subscriptions,
                     const QDateTime &dateCreated = QDateTime());

} // namespace tidings
