#include "core/feed/feeddraft.h"

#include "core/html/urls.h"


namespace tidings {
namespace {

const QString &firstNonEmpty(std::initializer_list<const QString *> candidates)
{
    for (const QString *candidate : candidates) {
        if (!candidate->isEmpty())
            return *candidate;
    }
    static const QString empty;
    return empty;
}

QDateTime firstValid(std::initializer_list<const QDateTime *> candidates)
{
    for (const QDateTime *candidate : candidates) {
        if (candidate->isValid())
            return *candidate;
    }
    return {};
}

const QList<Person> &firstNonEmpty(std::initializer_list<const QList<Person> *> candidates)
{
    for (const QList<Person> *candidate : candidates) {
        if (!candidate->isEmpty())
            return *candidate;
    }
    static const QList<Person> empty;
    return empty;
}

bool looksLikeEmail(QStringView text)
{
    const qsizetype at = text.indexOf(u'@');
    return at > 0 && at < text.size() - 1 && !text.contains(u' ');
}

// The MIME type a file name implies, for enclosures that do not state one (Media RSS often gives
// only medium="image"). Only unambiguous, common media extensions.
QString typeFromExtension(const QString &url)
{
    struct Entry {
        QLatin1String extension;
        QLatin1String type;
    };
    static const Entry entries[] = {
        {QLatin1String(".jpg"), QLatin1String("image/jpeg")}, {QLatin1String(".jpeg"), QLatin1String("image/jpeg")},
        {QLatin1String(".png"), QLatin1String("image/png")}, {QLatin1String(".gif"), QLatin1String("image/gif")},
        {QLatin1String(".webp"), QLatin1String("image/webp")}, {QLatin1String(".avif"), QLatin1String("image/avif")},
        {QLatin1String(".svg"), QLatin1String("image/svg+xml")}, {QLatin1String(".mp3"), QLatin1String("audio/mpeg")},
        {QLatin1String(".m4a"), QLatin1String("audio/mp4")}, {QLatin1String(".aac"), QLatin1String("audio/aac")},
        {QLatin1String(".ogg"), QLatin1String("audio/ogg")}, {QLatin1String(".oga"), QLatin1String("audio/ogg")},
        {QLatin1String(".opus"), QLatin1String("audio/opus")}, {QLatin1String(".flac"), QLatin1String("audio/flac")},
        {QLatin1String(".wav"), QLatin1String("audio/wav")}, {QLatin1String(".mp4"), QLatin1String("video/mp4")},
        {QLatin1String(".m4v"), QLatin1String("video/mp4")}, {QLatin1String(".webm"), QLatin1String("video/webm")},
        {QLatin1String(".mov"), QLatin1String("video/quicktime")}, {QLatin1String(".pdf"), QLatin1String("application/pdf")},
    };
    QStringView path = url;
    const qsizetype cut = path.indexOf(QLatin1String("?"));
    if (cut >= 0)
        path = path.left(cut);
    const qsizetype hash = path.indexOf(u'#');
    if (hash >= 0)
        path = path.left(hash);
    for (const Entry &entry : entries) {
        if (path.endsWith(entry.extension, Qt::CaseInsensitive))
            return entry.type;
    }
    return {};
}

} // namespace

Person parsePersonText(QStringView text)
{
    Person person;
    QStringView rest = text.trimmed();
    if (rest.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        rest = rest.mid(7);
    // "email (Name)": the RSS 2.0 convention for <author> and <managingEditor>.
    const qsizetype open = rest.indexOf(u'(');
    if (open > 0 && rest.endsWith(u')')) {
        const QStringView before = rest.left(open).trimmed();
        const QStringView inside = rest.mid(open + 1, rest.size() - open - 2).trimmed();
        if (looksLikeEmail(before)) {
            person.email = before.toString();
            person.name = inside.toString();
            return person;
        }
    }
    // "Name <email>": what mail clients write, and what some generators copy.
    const qsizetype lt = rest.lastIndexOf(u'<');
    if (lt >= 0 && rest.endsWith(u'>')) {
        const QStringView inside = rest.mid(lt + 1, rest.size() - lt - 2).trimmed();
        if (looksLikeEmail(inside)) {
            person.email = inside.toString();
            person.name = rest.left(lt).trimmed().toString();
            return person;
        }
    }
    if (looksLikeEmail(rest))
        person.email = rest.toString();
    else
        person.name = rest.toString();
    return person;
}

void addEnclosure(QList<Enclosure> &enclosures, Enclosure enclosure)
{
    if (enclosure.url.isEmpty())
        return;
    if (enclosure.type.isEmpty())
        enclosure.type = typeFromExtension(enclosure.url);
    for (Enclosure &existing : enclosures) {
        if (existing.url == enclosure.url) {
            // The same file named twice (enclosure and media:content): keep what either one knew.
            if (existing.type.isEmpty())
                existing.type = enclosure.type;
            if (!existing.length)
                existing.length = enclosure.length;
            return;
        }
    }
    enclosures.append(std::move(enclosure));
}

std::optional<int> parseDuration(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    int total = 0;
    int fields = 0;
    for (QStringView part : text.split(u':')) {
        bool ok = false;
        // Fractions of a second ("59:30.5") are dropped, not rejected.
        const qsizetype dot = part.indexOf(u'.');
        const int value = (dot >= 0 ? part.left(dot) : part).toInt(&ok);
        if (!ok || value < 0 || ++fields > 3 || total > 10'000'000)
            return std::nullopt;
        total = total * 60 + value;
    }
    return total;
}

namespace {

// The first base that can anchor a relative reference.
QUrl firstBase(std::initializer_list<QUrl> bases)
{
    for (const QUrl &base : bases) {
        if (base.isValid() && !base.isRelative())
            return base;
    }
    return {};
}

QString resolve(const UrlRef &ref, const QUrl &fallback)
{
    if (ref.isEmpty())
        return {};
    return resolveUrl(ref.reference, ref.explicitBase.isValid() ? ref.explicitBase : fallback, UrlUse::FeedLink);
}

// The first candidate that resolves to an acceptable URL: a javascript: link falls back to the guid.
QString resolveFirst(std::initializer_list<const UrlRef *> candidates, const QUrl &fallback)
{
    for (const UrlRef *candidate : candidates) {
        QString url = resolve(*candidate, fallback);
        if (!url.isEmpty())
            return url;
    }
    return {};
}

QString baseString(const QUrl &explicitBase, const QUrl &fallback)
{
    const QUrl &base = explicitBase.isValid() ? explicitBase : fallback;
    return base.isValid() ? base.toString(QUrl::FullyEncoded) : QString();
}

} // namespace

Item finishItem(ItemDraft &&draft, const QString &feedLink, const QUrl &documentUrl,
                const QList<Person> &inheritedAuthors)
{
    Item item = std::move(draft.item);
    item.title = firstNonEmpty({&draft.title, &draft.dcTitle, &draft.mediaTitle});
    item.summary = firstNonEmpty({&draft.description, &draft.dcDescription, &draft.itunesSummary,
                                  &draft.mediaDescription, &draft.itunesSubtitle});
    item.published = firstValid({&draft.published, &draft.issued, &draft.created, &draft.dcDate});
    item.updated = firstValid({&draft.updated, &draft.dcDate});
    item.authors = firstNonEmpty({&draft.authors, &draft.dcCreators, &draft.itunesAuthors, &inheritedAuthors});

    const QUrl feedBase = firstBase({QUrl(feedLink), documentUrl});
    item.link = resolveFirst({&draft.link, &draft.alternateLink, &draft.guidLink}, feedBase);
    const QUrl itemBase = firstBase({QUrl(item.link), feedBase});
    item.thumbnail = resolveFirst({&draft.mediaThumbnail, &draft.mediaImage, &draft.itunesImage}, itemBase);
    item.comments = resolve(draft.comments, itemBase);
    item.commentsFeed = resolve(draft.commentsFeed, itemBase);
    for (PendingEnclosure &pending : draft.enclosures)
        addEnclosure(item.enclosures, Enclosure{resolve(pending.url, itemBase), std::move(pending.type), pending.length});

    item.baseUrl = baseString(draft.contentBase, itemBase);
    const QString summaryBase = baseString(draft.summaryBase, itemBase);
    if (summaryBase != item.baseUrl)
        item.summaryBaseUrl = summaryBase;
    return item;
}

void finishFeed(FeedDraft &&draft, Feed &feed, const QUrl &documentUrl)
{
    feed.title = firstNonEmpty({&draft.title, &draft.dcTitle});
    feed.description = firstNonEmpty({&draft.description, &draft.dcDescription, &draft.itunesSubtitle,
                                      &draft.itunesSummary});
    feed.link = resolveFirst({&draft.link, &draft.alternateLink}, documentUrl);
    const QUrl feedBase = firstBase({QUrl(feed.link), documentUrl});
    feed.self = resolve(draft.self, feedBase);
    feed.image = resolveFirst({&draft.image, &draft.logo, &draft.itunesImage, &draft.icon}, feedBase);
    feed.icon = resolve(draft.icon, feedBase);
    feed.updated = firstValid({&draft.lastBuildDate, &draft.updated, &draft.dcDate, &draft.pubDate});
    feed.authors = firstNonEmpty({&draft.authors, &draft.managingEditors, &draft.dcCreators, &draft.itunesAuthors});
    feed.rights = firstNonEmpty({&draft.rights, &draft.dcRights});
    feed.language = firstNonEmpty({&draft.language, &draft.dcLanguage, &draft.xmlLanguage});
}

} // namespace tidings
