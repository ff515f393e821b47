#pragma once

// URL handling shared by the feed parsers and the HTML sanitizer, so that a link in an <item> and a
// link inside its content are resolved and vetted the same way.

#include <QString>
#include <QStringView>
#include <QUrl>

namespace tidings {

// What a URL is going to be used for; each use has its own allow-list of schemes.
enum class UrlUse {
    Navigation,   // links a person follows (item link, <a href>): http, https, mailto
    Resource,     // something loaded into the page (img, audio, video, poster): http, https, and
                  // data: images in png/gif/jpeg/webp
    FeedLink,     // feed, site, comments, enclosure and image URLs stored on items: http, https
};

// Resolves `reference` (as written in a document: may be relative, padded with whitespace or contain
// tabs and newlines, which browsers ignore) against `base`, and returns the absolute URL in its
// encoded form, or an empty string when the result is not absolute or its scheme is not allowed
// for `use`. An empty reference gives an empty string.
QString resolveUrl(QStringView reference, const QUrl &base, UrlUse use);

// The base to use for a document-relative reference: `xmlBase` resolved against `parent` when present.
QUrl resolveBase(QStringView xmlBase, const QUrl &parent);

} // namespace tidings
