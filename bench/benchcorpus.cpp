#include "benchcorpus.h"

#include "benchhtml.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

namespace tidings::bench {
namespace {

const char *const kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char *const kAuthors[] = {"Daniel Okafor", "Mira Lindqvist", "José Álvarez", "Anna Kowalczyk",
                                "Kenji Watanabe", "Priya Raman", "Olúwáṣeun Adébáyọ̀", "Tom Baker"};
const char *const kCategories[] = {"News", "Networking", "Hardware", "Research", "Opinion", "AI",
                                   "Datacenter", "Standards", "Open Source", "Security"};

struct Zone {
    int minutes;        // offset from UTC
    const char *rfc822; // how RFC 822 dates in the wild write it
};
const Zone kZones[] = {{0, "GMT"}, {0, "+0000"}, {60, "+0100"}, {-300, "-0500"}, {-300, "EST"},
                       {330, "+0530"}, {-420, "PDT"}, {540, "+0900"}};

// The refresh feed set's skew (see generateFeedDocument): exponents on a uniform [0, 1) draw. Chosen so
// that 1000 feeds come to about 43 items and 240 KB per feed, the corpus the reference figures
// (newsboat, the CPU floor) were taken on.
constexpr double kSkewItems = 2.4;
constexpr double kSkewHtml = 4.7;

// Seconds since the epoch of the newest item; items go back in time from there.
constexpr qint64 kNewest = 1772640644;   // 2026-03-04T16:10:44Z

struct ItemData {
    QByteArray title;
    QByteArray link;
    QByteArray author;
    QByteArray categories[3];
    int categoryCount = 0;
    qint64 published = 0;   // epoch seconds
    Zone zone;
    QByteArray summary;     // short HTML; may be empty
    QByteArray html;        // the article
};

void civil(qint64 epochSeconds, int minutesOffset, QDate *date, int *h, int *m, int *s)
{
    const qint64 local = epochSeconds + qint64(minutesOffset) * 60;
    const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    const qint64 rest = local - days * 86400;
    *date = QDate(1970, 1, 1).addDays(days);
    *h = int(rest / 3600);
    *m = int(rest / 60 % 60);
    *s = int(rest % 60);
}

QByteArray rfc822(qint64 epochSeconds, const Zone &zone)
{
    QDate d;
    int h, m, s;
    civil(epochSeconds, zone.minutes, &d, &h, &m, &s);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s, %02d %s %04d %02d:%02d:%02d %s", kDays[d.dayOfWeek() - 1],
                  d.day(), kMonths[d.month() - 1], d.year(), h, m, s, zone.rfc822);
    return buffer;
}

QByteArray rfc3339(qint64 epochSeconds, const Zone &zone)
{
    QDate d;
    int h, m, s;
    civil(epochSeconds, zone.minutes, &d, &h, &m, &s);
    char buffer[64];
    if (zone.minutes == 0) {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year(), d.month(), d.day(), h, m, s);
    } else {
        const int offset = zone.minutes < 0 ? -zone.minutes : zone.minutes;
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", d.year(), d.month(),
                      d.day(), h, m, s, zone.minutes < 0 ? '-' : '+', offset / 60, offset % 60);
    }
    return buffer;
}

QByteArray siteOf(int documentNumber)
{
    return "https://site-" + QByteArray::number(documentNumber) + ".example.org/";
}

// How large the article HTML of an item is: uniform over 1-20 KB (the parse corpus), or skewed toward
// the small end like real subscriptions (the refresh benchmark's feed set).
enum class HtmlSize { Uniform, Skewed };

// A number in [0, 1) from the next 53 bits of the generator.
double unit(Rng &rng)
{
    return double(rng.next() >> 11) * (1.0 / 9007199254740992.0);
}

ItemData makeItem(Rng &rng, int documentNumber, int itemNumber, qint64 *clock, HtmlSize size = HtmlSize::Uniform)
{
    ItemData item;
    item.title = headline(rng);
    *clock -= rng.range(600, 86400);
    item.published = *clock;
    item.zone = rng.pick(kZones);
    item.link = siteOf(documentNumber) + "20" + QByteArray::number(rng.range(19, 26)) + "/"
        + slug(rng, itemNumber) + "/";
    item.author = rng.pick(kAuthors);
    item.categoryCount = rng.range(1, 3);
    for (int c = 0; c < item.categoryCount; ++c)
        item.categories[c] = rng.pick(kCategories);
    if (rng.chance(70)) {
        item.summary = "<p>";
        appendWords(item.summary, rng, rng.range(20, 50));
        item.summary.append(" &hellip;</p>");
    }
    const int htmlBytes = size == HtmlSize::Uniform ? rng.range(1024, 20 * 1024)
                                                    : 1024 + int(19 * 1024 * std::pow(unit(rng), kSkewHtml));
    appendArticleHtml(item.html, rng, htmlBytes, itemNumber);
    return item;
}

QByteArray escaped(const QByteArray &text)
{
    QByteArray out;
    appendXmlEscaped(out, text);
    return out;
}

void appendRssItem(QByteArray &out, const ItemData &item)
{
    out.append("<item>\n<title>").append(escaped(item.title)).append("</title>\n<link>").append(item.link)
        .append("</link>\n<guid isPermaLink=\"true\">").append(item.link).append("</guid>\n<pubDate>")
        .append(rfc822(item.published, item.zone)).append("</pubDate>\n<dc:creator><![CDATA[")
        .append(item.author).append("]]></dc:creator>\n");
    for (int c = 0; c < item.categoryCount; ++c)
        out.append("<category>").append(item.categories[c]).append("</category>\n");
    if (!item.summary.isEmpty())
        out.append("<description>").append(escaped(item.summary)).append("</description>\n");
    out.append("<content:encoded><![CDATA[").append(item.html).append("]]></content:encoded>\n</item>\n");
}

const char kRssHead[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n";

void appendRssChannel(QByteArray &out, Rng &rng, int documentNumber)
{
    const QByteArray site = siteOf(documentNumber);
    out.append("<title>").append(escaped(headline(rng))).append("</title>\n<link>").append(site)
        .append("</link>\n<description>");
    appendWords(out, rng, 12);
    out.append("</description>\n<language>en-us</language>\n<lastBuildDate>")
        .append(rfc822(kNewest, kZones[2])).append("</lastBuildDate>\n<atom:link href=\"").append(site)
        .append("feed.xml\" rel=\"self\" type=\"application/rss+xml\"/>\n");
}

QByteArray writeRss(Rng &rng, int documentNumber, int items, HtmlSize size = HtmlSize::Uniform)
{
    QByteArray out(kRssHead);
    appendRssChannel(out, rng, documentNumber);
    qint64 clock = kNewest;
    for (int i = 0; i < items; ++i)
        appendRssItem(out, makeItem(rng, documentNumber, i, &clock, size));
    out.append("</channel>\n</rss>\n");
    return out;
}

QByteArray writeAtom(Rng &rng, int documentNumber, int items, HtmlSize size = HtmlSize::Uniform)
{
    const QByteArray site = siteOf(documentNumber);
    QByteArray out("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                   "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n<title type=\"text\">");
    out.append(escaped(headline(rng))).append("</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"")
        .append(site).append("\"/>\n<link rel=\"self\" href=\"").append(site).append("atom.xml\"/>\n<id>")
        .append(site).append("</id>\n<updated>").append(rfc3339(kNewest, kZones[0]))
        .append("</updated>\n<author><name>Editorial team</name></author>\n");
    qint64 clock = kNewest;
    for (int i = 0; i < items; ++i) {
        const ItemData item = makeItem(rng, documentNumber, i, &clock, size);
        out.append("<entry>\n<title type=\"html\">").append(escaped(escaped(item.title)))
            .append("</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"").append(item.link)
            .append("\"/>\n<id>tag:site-").append(QByteArray::number(documentNumber)).append(".example.org,2026:")
            .append(QByteArray::number(i)).append("</id>\n<published>").append(rfc3339(item.published, item.zone))
            .append("</published>\n<updated>").append(rfc3339(item.published + 3600, item.zone))
            .append("</updated>\n<author><name>").append(item.author).append("</name></author>\n");
        for (int c = 0; c < item.categoryCount; ++c)
            out.append("<category term=\"").append(item.categories[c]).append("\"/>\n");
        if (!item.summary.isEmpty())
            out.append("<summary type=\"html\">").append(escaped(item.summary)).append("</summary>\n");
        // Half the entries carry their own xml:base, as Atom generators do, relative to the document.
        out.append(i % 2 ? "<content type=\"html\" xml:base=\"" + item.link.mid(site.size() - 1) + "\">"
                         : QByteArray("<content type=\"html\">"));
        appendXmlEscaped(out, item.html);
        out.append("</content>\n</entry>\n");
    }
    out.append("</feed>\n");
    return out;
}

QByteArray writeRdf(Rng &rng, int documentNumber, int items, HtmlSize size = HtmlSize::Uniform)
{
    const QByteArray site = siteOf(documentNumber);
    QList<ItemData> data;
    qint64 clock = kNewest;
    for (int i = 0; i < items; ++i)
        data.append(makeItem(rng, documentNumber, i, &clock, size));
    QByteArray out("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                   "xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                   "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel rdf:about=\"");
    out.append(site).append("index.rdf\">\n<title>").append(escaped(headline(rng))).append("</title>\n<link>")
        .append(site).append("</link>\n<description>");
    appendWords(out, rng, 10);
    out.append("</description>\n<dc:date>").append(rfc3339(kNewest, kZones[2])).append("</dc:date>\n<items>\n<rdf:Seq>\n");
    for (const ItemData &item : std::as_const(data))
        out.append("<rdf:li rdf:resource=\"").append(item.link).append("\"/>\n");
    out.append("</rdf:Seq>\n</items>\n</channel>\n");
    for (const ItemData &item : std::as_const(data)) {
        out.append("<item rdf:about=\"").append(item.link).append("\">\n<title>").append(escaped(item.title))
            .append("</title>\n<link>").append(item.link).append("</link>\n<dc:date>")
            .append(rfc3339(item.published, item.zone)).append("</dc:date>\n<dc:creator>").append(item.author)
            .append("</dc:creator>\n<dc:subject>").append(item.categories[0]).append("</dc:subject>\n");
        if (!item.summary.isEmpty())
            out.append("<description>").append(escaped(item.summary)).append("</description>\n");
        out.append("<content:encoded>");
        appendXmlEscaped(out, item.html);
        out.append("</content:encoded>\n</item>\n");
    }
    out.append("</rdf:RDF>\n");
    return out;
}

QByteArray writeJson(Rng &rng, int documentNumber, int items, HtmlSize size = HtmlSize::Uniform)
{
    const QByteArray site = siteOf(documentNumber);
    QJsonObject feed;
    feed.insert(QLatin1String("version"), QLatin1String("https://jsonfeed.org/version/1.1"));
    feed.insert(QLatin1String("title"), QString::fromUtf8(headline(rng)));
    feed.insert(QLatin1String("home_page_url"), QString::fromUtf8(site));
    feed.insert(QLatin1String("feed_url"), QString::fromUtf8(site + "feed.json"));
    feed.insert(QLatin1String("language"), QLatin1String("en"));
    QJsonArray list;
    qint64 clock = kNewest;
    for (int i = 0; i < items; ++i) {
        const ItemData item = makeItem(rng, documentNumber, i, &clock, size);
        QJsonObject entry;
        entry.insert(QLatin1String("id"), QString::fromUtf8(item.link));
        entry.insert(QLatin1String("url"), QString::fromUtf8(item.link));
        entry.insert(QLatin1String("title"), QString::fromUtf8(item.title));
        entry.insert(QLatin1String("content_html"), QString::fromUtf8(item.html));
        if (!item.summary.isEmpty())
            entry.insert(QLatin1String("summary"), QString::fromUtf8(item.summary));
        entry.insert(QLatin1String("date_published"), QString::fromLatin1(rfc3339(item.published, item.zone)));
        entry.insert(QLatin1String("authors"),
                     QJsonArray{QJsonObject{{QLatin1String("name"), QString::fromUtf8(item.author)}}});
        QJsonArray tags;
        for (int c = 0; c < item.categoryCount; ++c)
            tags.append(QString::fromUtf8(item.categories[c]));
        entry.insert(QLatin1String("tags"), tags);
        list.append(entry);
    }
    feed.insert(QLatin1String("items"), list);
    return QJsonDocument(feed).toJson(QJsonDocument::Indented);
}

quint64 fnv1a(quint64 hash, const QByteArray &bytes)
{
    for (const char c : bytes) {
        hash ^= quint8(c);
        hash *= 0x100000001b3ull;
    }
    return hash;
}

} // namespace

QString formatLabel(CorpusFormat format)
{
    switch (format) {
    case CorpusFormat::Rss20: return QStringLiteral("RSS 2.0");
    case CorpusFormat::Atom10: return QStringLiteral("Atom 1.0");
    case CorpusFormat::Rdf: return QStringLiteral("RSS 1.0");
    case CorpusFormat::Json11: return QStringLiteral("JSON Feed 1.1");
    }
    return {};
}

Corpus generateCorpus(qint64 targetBytes, quint64 seed)
{
    Rng rng(seed);
    Corpus corpus;
    corpus.hash = 0xcbf29ce484222325ull;
    int number = 0;
    while (corpus.bytes < targetBytes) {
        CorpusDocument doc;
        const int roll = rng.range(0, 99);   // RSS 2.0 40 %, Atom 25 %, RDF 15 %, JSON Feed 20 %
        doc.format = roll < 40 ? CorpusFormat::Rss20 : roll < 65 ? CorpusFormat::Atom10
                   : roll < 80 ? CorpusFormat::Rdf : CorpusFormat::Json11;
        doc.items = rng.range(20, 100);
        const QByteArray site = siteOf(number);
        switch (doc.format) {
        case CorpusFormat::Rss20:
            doc.bytes = writeRss(rng, number, doc.items);
            doc.fileName = QStringLiteral("%1-rss20.xml").arg(number, 3, 10, QLatin1Char('0'));
            doc.documentUrl = QUrl(QString::fromLatin1(site + "feed.xml"));
            break;
        case CorpusFormat::Atom10:
            doc.bytes = writeAtom(rng, number, doc.items);
            doc.fileName = QStringLiteral("%1-atom10.xml").arg(number, 3, 10, QLatin1Char('0'));
            doc.documentUrl = QUrl(QString::fromLatin1(site + "atom.xml"));
            break;
        case CorpusFormat::Rdf:
            doc.bytes = writeRdf(rng, number, doc.items);
            doc.fileName = QStringLiteral("%1-rss10.rdf").arg(number, 3, 10, QLatin1Char('0'));
            doc.documentUrl = QUrl(QString::fromLatin1(site + "index.rdf"));
            break;
        case CorpusFormat::Json11:
            doc.bytes = writeJson(rng, number, doc.items);
            doc.fileName = QStringLiteral("%1-json11.json").arg(number, 3, 10, QLatin1Char('0'));
            doc.documentUrl = QUrl(QString::fromLatin1(site + "feed.json"));
            break;
        }
        corpus.bytes += doc.bytes.size();
        corpus.items += doc.items;
        corpus.hash = fnv1a(corpus.hash, doc.bytes);
        corpus.documents.append(std::move(doc));
        ++number;
    }
    return corpus;
}

CorpusDocument generateFeedDocument(int number, quint64 seed)
{
    // Each feed draws from its own generator: feed n is the same bytes whatever the size of the set.
    Rng rng(seed ^ (0x9e3779b97f4a7c15ull * quint64(number + 1)));
    CorpusDocument doc;
    const int roll = rng.range(0, 99);   // the parse corpus's mix: RSS 2.0 40 %, Atom 25 %, RDF 15 %, JSON 20 %
    doc.format = roll < 40 ? CorpusFormat::Rss20 : roll < 65 ? CorpusFormat::Atom10
               : roll < 80 ? CorpusFormat::Rdf : CorpusFormat::Json11;
    doc.items = qMin(100, 20 + int(81 * std::pow(unit(rng), kSkewItems)));
    const QString stem = QStringLiteral("%1").arg(number, 4, 10, QLatin1Char('0'));
    const QByteArray site = siteOf(number);
    switch (doc.format) {
    case CorpusFormat::Rss20:
        doc.bytes = writeRss(rng, number, doc.items, HtmlSize::Skewed);
        doc.fileName = stem + QLatin1String(".rss");
        doc.documentUrl = QUrl(QString::fromLatin1(site + "feed.xml"));
        break;
    case CorpusFormat::Atom10:
        doc.bytes = writeAtom(rng, number, doc.items, HtmlSize::Skewed);
        doc.fileName = stem + QLatin1String(".atom");
        doc.documentUrl = QUrl(QString::fromLatin1(site + "atom.xml"));
        break;
    case CorpusFormat::Rdf:
        doc.bytes = writeRdf(rng, number, doc.items, HtmlSize::Skewed);
        doc.fileName = stem + QLatin1String(".rdf");
        doc.documentUrl = QUrl(QString::fromLatin1(site + "index.rdf"));
        break;
    case CorpusFormat::Json11:
        doc.bytes = writeJson(rng, number, doc.items, HtmlSize::Skewed);
        doc.fileName = stem + QLatin1String(".json");
        doc.documentUrl = QUrl(QString::fromLatin1(site + "feed.json"));
        break;
    }
    return doc;
}

QByteArray generateLargeRss(qint64 targetBytes, quint64 seed, int *itemCount)
{
    Rng rng(seed);
    QByteArray out;
    out.reserve(targetBytes + 256 * 1024);   // one allocation: the peak stays at the document size
    out.append(kRssHead);
    appendRssChannel(out, rng, 0);
    qint64 clock = kNewest;
    int items = 0;
    while (out.size() < targetBytes) {
        appendRssItem(out, makeItem(rng, 0, items, &clock));
        ++items;
    }
    out.append("</channel>\n</rss>\n");
    *itemCount = items;
    return out;
}

} // namespace tidings::bench
