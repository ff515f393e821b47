#pragma once

// Finding the feeds of a web site for `add`. The scan of a page is pure (bytes and a URL in,
// candidates out) and lives here; probing candidate URLs over the network is FeedProbe's job.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QUrl>

namespace tidings {

struct FeedCandidate {
    enum class Source {
        Document,    // the address given was a feed itself
        LinkTag,     // announced by <link rel="alternate" type="..."> in the page's <head>
        CommonPath,  // not announced, but /feed, /rss... answered with a feed
    };
    QUrl url;
    QString title;       // plain text: the link's title, or the feed's own title when probed
    QByteArray type;     // declared MIME type (lower case, no parameters); empty when not declared
    Source source = Source::LinkTag;
};

// The feeds a page announces: <link> elements in <head> whose rel has the token "alternate" (or
// "feed") and whose type is RSS, Atom, JSON Feed or JSON. hrefs resolve against <base href> or
// `pageUrl`; anything that is not http(s) afterwards (javascript:, file:, data:...) is dropped, as
// are repeats. Document order, except that plain application/json links (often a CMS's API, not a
// feed) come last. One linear pass over the bytes; stops at <body> or </head>; never fails.
QList<FeedCandidate> findFeedLinks(QByteArrayView html, const QUrl &pageUrl);

// The usual feed locations to probe when a page announces none: /feed, /rss, /atom.xml,
// /index.xml, /feed.json, /rss.xml, /feed.xml under the page's directory (when it is not the
// root) and under the site root, in that order.
QList<QUrl> commonFeedUrls(const QUrl &pageUrl);

} // namespace tidings
