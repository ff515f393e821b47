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

// A base URL split once into the pieces relative references are merged with, for callers that
// resolve many references against one base (an article's links and images). Not thread-safe: the
// pieces are computed on first use.
class UrlBase
{
public:
    explicit UrlBase(const QUrl &url) : m_url(url) {}
    const QUrl &url() const { return m_url; }

private:
    friend struct UrlBaseAccess;
    void split() const;

    QUrl m_url;
    mutable bool m_split = false;
    mutable QString m_encoded;        // scheme://authority/path?query of a plain http(s) base, else empty
    mutable qsizetype m_scheme = 0;   // length of "https:"
    mutable qsizetype m_path = 0;     // where the path starts
    mutable qsizetype m_query = 0;    // where '?' or the end is
};

// Resolves `reference` (as written in a document: may be relative, padded with whitespace or contain
// tabs and newlines, which browsers ignore) against `base`, and returns the absolute URL in its
// encoded form, or an empty string when the result is not absolute or its scheme is not allowed
// for `use`. An empty reference gives an empty string.
QString resolveUrl(QStringView reference, const QUrl &base, UrlUse use);

// The same, appending the result to `out`; false (and `out` unchanged) when resolveUrl() would give
// an empty string.
bool appendResolvedUrl(QStringView reference, const UrlBase &base, UrlUse use, QString &out);

// The base to use for a document-relative reference: `xmlBase` resolved against `parent` when present.
QUrl resolveBase(QStringView xmlBase, const QUrl &parent);

namespace detail {
// The string-only path of appendResolvedUrl(), for tests: appends and returns true when `reference`
// (already cleaned) is an absolute http(s) URL or a relative reference that it can resolve exactly
// as QUrl would; false when QUrl has to decide.
bool appendPlainUrl(QStringView reference, const UrlBase &base, QString &out);
} // namespace detail

// The web address inside a feed: URL, as browsers and OPML files write them: "feed://host/x" is
// http://host/x and "feed:https://host/x" is https://host/x. Anything else comes back trimmed.
QString withoutFeedScheme(QStringView address);

} // namespace tidings
