#pragma once

// What people type into "Add Feed" as a web address to probe: a full http(s) URL, a `feed:` link
// (feed://host/x, feed:https://host/x) or a bare host name with or without a path. Pure, so it can
// be tested without a dialog.

#include <QString>
#include <QUrl>

namespace tidings::app {

struct FeedAddress {
    QUrl url;        // absolute http(s) with a host when ok()
    QString error;   // one translated sentence when the text is not a web address

    bool ok() const { return error.isEmpty(); }
};

// A text without a scheme gets https://: sites that still serve only http redirect to https rarely
// the other way round, and a guess must not downgrade a connection the user never asked to be plain.
FeedAddress feedAddressFromInput(const QString &text);

} // namespace tidings::app
