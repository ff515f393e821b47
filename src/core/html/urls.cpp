#include "core/html/urls.h"

namespace tidings {
namespace {

bool isHttp(const QString &scheme)
{
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

bool isSafeDataImage(const QString &url)
{
    // Only raster formats: an SVG image can carry script, text/html is a page.
    static const QLatin1String allowed[] = {
        QLatin1String("data:image/png"), QLatin1String("data:image/gif"),
        QLatin1String("data:image/jpeg"), QLatin1String("data:image/jpg"),
        QLatin1String("data:image/webp"),
    };
    for (const QLatin1String &prefix : allowed) {
        if (url.startsWith(prefix, Qt::CaseInsensitive)) {
            const QChar next = url.size() > prefix.size() ? url.at(prefix.size()) : QChar();
            if (next == u';' || next == u',')
                return true;
        }
    }
    return false;
}

// Browsers drop ASCII tab and newline anywhere in a URL and trim C0 controls and spaces around it;
// doing the same here means "java&#9;script:" cannot hide its scheme from the check below.
QString cleanReference(QStringView reference)
{
    QString cleaned;
    cleaned.reserve(reference.size());
    for (QChar c : reference) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            continue;
        cleaned.append(c);
    }
    qsizetype begin = 0;
    qsizetype end = cleaned.size();
    while (begin < end && cleaned.at(begin).unicode() <= 0x20)
        ++begin;
    while (end > begin && cleaned.at(end - 1).unicode() <= 0x20)
        --end;
    return cleaned.mid(begin, end - begin);
}

// An absolute http(s) URL made only of characters that need no encoding, with a lower-case host
// and no userinfo, escapes or dot segments, comes out of QUrl exactly as it went in. Most URLs in
// feeds are like that, and skipping QUrl for them matters: articles carry hundreds of URLs.
bool isAlreadyNormal(const QString &url)
{
    qsizetype start = 0;
    if (url.startsWith(QLatin1String("https://")))
        start = 8;
    else if (url.startsWith(QLatin1String("http://")))
        start = 7;
    else
        return false;
    bool inHost = true;
    bool hostSeen = false;
    char16_t previous = 0;
    for (qsizetype i = start; i < url.size(); ++i) {
        const char16_t c = url.at(i).unicode();
        if (inHost) {
            if (c == u'/' || c == u'?' || c == u'#') {
                inHost = false;
            } else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.') {
                hostSeen = true;
                continue;
            } else {
                return false;   // upper case, a port, userinfo, IPv6 brackets, IDN: let QUrl decide
            }
        }
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u'_' || c == u'~' || c == u'/' || c == u'?' || c == u'=' || c == u'&'
            || c == u'#' || c == u'+' || c == u',' || c == u';' || c == u':' || c == u'.';
        // "/./" and "/../" segments are what QUrl would rewrite: a '.' right after '/' goes the slow way.
        if (!plain || (c == u'.' && previous == u'/'))
            return false;
        previous = c;
    }
    return hostSeen;
}

} // namespace

QString resolveUrl(QStringView reference, const QUrl &base, UrlUse use)
{
    const QString cleaned = cleanReference(reference);
    if (cleaned.isEmpty())
        return {};

    if (cleaned.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        return use == UrlUse::Resource && isSafeDataImage(cleaned) ? cleaned : QString();
    if (isAlreadyNormal(cleaned))
        return cleaned;

    QUrl url(cleaned, QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    if (url.isRelative()) {
        if (!base.isValid() || base.isRelative())
            return {};
        url = base.resolved(url);
    }
    const QString scheme = url.scheme().toLower();
    bool allowed = isHttp(scheme);
    if (use == UrlUse::Navigation && scheme == QLatin1String("mailto"))
        allowed = true;
    if (!allowed || (isHttp(scheme) && url.host().isEmpty()))
        return {};
    // Credentials in a link are a phishing device (https://bank.example@evil.example/) and never
    // something a feed should hand to the browser.
    url.setUserInfo(QString());
    return QString::fromUtf8(url.toEncoded());
}

QUrl resolveBase(QStringView xmlBase, const QUrl &parent)
{
    const QString cleaned = cleanReference(xmlBase);
    if (cleaned.isEmpty())
        return parent;
    QUrl url(cleaned, QUrl::TolerantMode);
    if (!url.isValid())
        return parent;
    if (url.isRelative())
        return parent.isValid() ? parent.resolved(url) : QUrl();
    // A base may only be a web location: a hostile xml:base of file:/// must not make relative
    // references point at local files.
    return isHttp(url.scheme().toLower()) ? url : QUrl();
}

} // namespace tidings
