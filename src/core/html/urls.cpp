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

} // namespace

QString resolveUrl(QStringView reference, const QUrl &base, UrlUse use)
{
    const QString cleaned = cleanReference(reference);
    if (cleaned.isEmpty())
        return {};

    if (cleaned.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        return use == UrlUse::Resource && isSafeDataImage(cleaned) ? cleaned : QString();

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
