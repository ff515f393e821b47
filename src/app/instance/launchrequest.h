#pragma once

// What a launch of `tidings` asks the running window to do, read from its command line (or from a
// macOS file-open event, or from a second launch over the instance socket): feeds to offer in Add
// Feed, OPML files to import, or nothing but "come to the front". Pure: no files are read, no window
// is touched, so every accepted and refused form is unit-tested (tst_launchrequest).
//
// The same parser reads what a peer sends over the socket: the second process is the same user,
// but the socket is input, so nothing it says is taken without passing through here again.

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace tidings::app {

struct LaunchRequest {
    QStringList feedUrls;    // http(s) addresses, feed: forms already unwrapped
    QStringList opmlFiles;   // absolute, cleaned local paths
    int ignored = 0;         // arguments that were neither (junk, other schemes, too long)

    bool isEmpty() const { return feedUrls.isEmpty() && opmlFiles.isEmpty(); }
    bool operator==(const LaunchRequest &other) const
    {
        return feedUrls == other.feedUrls && opmlFiles == other.opmlFiles && ignored == other.ignored;
    }
};

// Limits on what one launch may ask for: a desktop passes a handful of arguments; anything far
// beyond is not a person's request and must not open a thousand dialogs.
inline constexpr int kMaxLaunchArgumentLength = 8 * 1024;
inline constexpr int kMaxLaunchItems = 32;

// One argument each: "http(s)://…", "feed://host/x", "feed:https://host/x" and "feed:host/x" are
// feeds; "file:///x.opml" and any argument without a scheme are local files (relative ones resolved
// against `workingDirectory`), which are offered to the OPML import (it says when a file is not a
// subscription list). A bare host ("example.com") is a file name too: on a command line a name
// without a scheme names a file, and a desktop always passes full URLs.
LaunchRequest launchRequestFromArguments(const QStringList &arguments, const QString &workingDirectory);

// The same for one URL of a QFileOpenEvent (macOS hands over feed: links and files this way).
LaunchRequest launchRequestFromUrl(const QString &urlOrPath, const QString &workingDirectory);

// Appends `other`'s items (within the limits).
void merge(LaunchRequest &into, const LaunchRequest &other);

} // namespace tidings::app

Q_DECLARE_METATYPE(tidings::app::LaunchRequest)
