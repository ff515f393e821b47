#include "core/net/feeddiscovery.h"

#include "core/html/htmlentities.h"
#include "core/html/urls.h"

#include <QSet>

#include <algorithm>

namespace tidings {
namespace {

constexpr int kMaxCandidates = 32;
constexpr int kMaxTitleChars = 200;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_';
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

bool startsWithNoCase(QByteArrayView text, qsizetype at, QByteArrayView prefix)
{
    if (at + prefix.size() > text.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (lower(text[at + i]) != prefix[i])
            return false;
    }
    return true;
}

// Where the end tag `</name` starts at or after `from`, or the end of the text. Used to skip the
// raw text of <script>, <style> and <title>, which may contain "<link" in strings.
qsizetype findEndTag(QByteArrayView text, qsizetype from, QByteArrayView name)
{
    for (qsizetype at = text.indexOf('<', from); at >= 0; at = text.indexOf('<', at + 1)) {
        if (at + 1 < text.size() && text[at + 1] == '/' && startsWithNoCase(text, at + 2, name))
            return at;
    }
    return text.size();
}

struct Tag {
    QByteArray name;   // lower case
    bool closing = false;
    QByteArray rel, type, href, title;
    qsizetype end = 0;  // just past the '>'
};

// Reads the tag starting at `at` (the '<'); keeps only the attributes discovery needs.
Tag readTag(QByteArrayView text, qsizetype at)
{
    Tag tag;
    qsizetype i = at + 1;
    if (i < text.size() && text[i] == '/') {
        tag.closing = true;
        ++i;
    }
    while (i < text.size() && isNameChar(text[i]))
        tag.name += lower(text[i++]);
    while (i < text.size() && text[i] != '>') {
        if (isSpace(text[i]) || text[i] == '/') {
            ++i;
            continue;
        }
        QByteArray name;
        while (i < text.size() && !isSpace(text[i]) && text[i] != '=' && text[i] != '>' && text[i] != '/')
            name += lower(text[i++]);
        if (name.isEmpty()) {   // a stray '=' or similar: step over it
            ++i;
            continue;
        }
        while (i < text.size() && isSpace(text[i]))
            ++i;
        QByteArrayView value;
        if (i < text.size() && text[i] == '=') {
            ++i;
            while (i < text.size() && isSpace(text[i]))
                ++i;
            if (i < text.size() && (text[i] == '"' || text[i] == '\'')) {
                const char quote = text[i++];
                qsizetype close = text.indexOf(quote, i);
                if (close < 0)
                    close = text.size();
                value = text.sliced(i, close - i);
                i = qMin(close + 1, text.size());
            } else {
                const qsizetype start = i;
                while (i < text.size() && !isSpace(text[i]) && text[i] != '>')
                    ++i;
                value = text.sliced(start, i - start);
            }
        }
        if (name == "rel")
            tag.rel = value.toByteArray();
        else if (name == "type")
            tag.type = value.toByteArray();
        else if (name == "href")
            tag.href = value.toByteArray();
        else if (name == "title")
            tag.title = value.toByteArray();
    }
    tag.end = qMin(i + 1, text.size());
    return tag;
}

QString attributeText(const QByteArray &raw)
{
    return decodeHtmlEntities(QString::fromUtf8(raw));
}

bool hasFeedRel(const QByteArray &rel)
{
    const QList<QByteArray> tokens = rel.toLower().simplified().split(' ');
    return tokens.contains("alternate") || tokens.contains("feed");
}

// The MIME type without parameters, or empty when it is not a feed type.
QByteArray feedType(const QByteArray &declared)
{
    QByteArray type = declared.toLower();
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    type = type.trimmed();
    static const QByteArray kTypes[] = {"application/rss+xml", "application/atom+xml", "application/feed+json",
                                        "application/json"};
    for (const QByteArray &known : kTypes) {
        if (type == known)
            return type;
    }
    return {};
}

} // namespace

QList<FeedCandidate> findFeedLinks(QByteArrayView html, const QUrl &pageUrl)
{
    QList<FeedCandidate> found;
    QSet<QUrl> seen;
    QUrl base = pageUrl;
    bool baseSeen = false;
    qsizetype pos = 0;
    while (pos < html.size() && found.size() < kMaxCandidates) {
        const qsizetype at = html.indexOf('<', pos);
        if (at < 0)
            break;
        if (startsWithNoCase(html, at, "<!--")) {
            const qsizetype close = html.indexOf("-->", at + 4);
            pos = close < 0 ? html.size() : close + 3;
            continue;
        }
        if (at + 1 < html.size() && (html[at + 1] == '!' || html[at + 1] == '?')) {
            const qsizetype close = html.indexOf('>', at);
            pos = close < 0 ? html.size() : close + 1;
            continue;
        }
        const Tag tag = readTag(html, at);
        pos = qMax(tag.end, at + 1);
        if (tag.name.isEmpty())
            continue;
        if ((tag.closing && tag.name == "head") || (!tag.closing && tag.name == "body"))
            break;
        if (tag.closing)
            continue;
        if (tag.name == "script" || tag.name == "style" || tag.name == "title" || tag.name == "template") {
            pos = findEndTag(html, pos, tag.name);
        } else if (tag.name == "base" && !baseSeen && !tag.href.isEmpty()) {
            // Only the first <base> counts, as in browsers; a hostile one cannot leave http(s).
            baseSeen = true;
            const QString resolved = resolveUrl(attributeText(tag.href), pageUrl, UrlUse::FeedLink);
            if (!resolved.isEmpty())
                base = QUrl(resolved);
        } else if (tag.name == "link" && hasFeedRel(tag.rel)) {
            const QByteArray type = feedType(tag.type);
            if (type.isEmpty())
                continue;
            const QString resolved = resolveUrl(attributeText(tag.href), base, UrlUse::FeedLink);
            if (resolved.isEmpty())
                continue;
            const QUrl url(resolved);
            if (seen.contains(url))
                continue;
            seen.insert(url);
            FeedCandidate candidate;
            candidate.url = url;
            candidate.title = attributeText(tag.title).simplified().left(kMaxTitleChars);
            candidate.type = type;
            found.append(candidate);
        }
    }
    std::stable_partition(found.begin(), found.end(),
                          [](const FeedCandidate &c) { return c.type != "application/json"; });
    return found;
}

QList<QUrl> commonFeedUrls(const QUrl &pageUrl)
{
    static const char *const kPaths[] = {"feed", "rss", "atom.xml", "index.xml", "feed.json", "rss.xml", "feed.xml"};
    QList<QUrl> urls;
    if (pageUrl.scheme() != QLatin1String("http") && pageUrl.scheme() != QLatin1String("https"))
        return urls;
    QString directory = pageUrl.path();
    directory.truncate(directory.lastIndexOf(u'/') + 1);
    QStringList directories;
    if (!directory.isEmpty() && directory != QLatin1String("/"))
        directories.append(directory);
    directories.append(QStringLiteral("/"));
    for (const QString &dir : directories) {
        for (const char *path : kPaths) {
            QUrl url = pageUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
            url.setPath(dir + QLatin1String(path));
            if (!urls.contains(url))
                urls.append(url);
        }
    }
    return urls;
}

} // namespace tidings
