// RSS 0.90–2.0 and RDF Site Summary: one vocabulary with several spellings, so one reader.

#include "core/feed/extensions.h"
#include "core/feed/feeddraft.h"
#include "core/feed/textfields.h"
#include "core/feed/xmlfeedreader.h"
#include "core/feed/xmlformats.h"

namespace tidings {
namespace {

// RSS core elements are unprefixed, in RSS 1.0's or 0.90's namespace, or (in the odd feed that
// declares its own default namespace) in an unknown one.
bool isCore(const XmlFeedReader &reader, QLatin1String name)
{
    if (reader.name() != name)
        return false;
    switch (reader.vocabulary()) {
    case Vocabulary::None:
    case Vocabulary::Rss10:
    case Vocabulary::Rss090:
        return true;
    case Vocabulary::Unknown:
        return !reader.qualifiedName().contains(u':');
    default:
        return false;
    }
}

FeedFormat rssFormat(QStringView version)
{
    version = version.trimmed();
    if (version.startsWith(QLatin1String("2.")) || version == QLatin1String("2"))
        return FeedFormat::Rss20;
    if (version == QLatin1String("0.91"))
        return FeedFormat::Rss091;
    if (version == QLatin1String("0.92"))
        return FeedFormat::Rss092;
    if (version == QLatin1String("0.93"))
        return FeedFormat::Rss093;
    if (version == QLatin1String("0.94"))
        return FeedFormat::Rss094;
    if (version == QLatin1String("0.90") || version == QLatin1String("0.9"))
        return FeedFormat::Rss090;
    return FeedFormat::Rss;
}

class RssReader
{
public:
    RssReader(XmlFeedReader &reader, ParseResult &result) : m_reader(reader), m_result(result) {}

    void readChannel();
    void readItem();
    void readImage();
    void finish();

private:
    XmlFeedReader &m_reader;
    ParseResult &m_result;
    FeedDraft m_feed;
    QList<ItemDraft> m_items;
};

void RssReader::readChannel()
{
    m_feed.xmlLanguage = m_reader.language();
    const int depth = m_reader.depth();
    Feed &feed = m_result.feed;
    while (m_reader.readNextChild(depth)) {
        if (isCore(m_reader, QLatin1String("item"))) {
            readItem();
        } else if (isCore(m_reader, QLatin1String("title"))) {
            m_feed.title = plainTextField(m_reader.readText());
        } else if (isCore(m_reader, QLatin1String("link"))) {
            if (m_feed.link.isEmpty())
                m_feed.link = m_reader.readUrl();
        } else if (isCore(m_reader, QLatin1String("description"))) {
            m_feed.description = plainTextField(m_reader.readText());
        } else if (isCore(m_reader, QLatin1String("language"))) {
            m_feed.language = m_reader.readText().trimmed();
        } else if (isCore(m_reader, QLatin1String("copyright"))) {
            m_feed.rights = plainTextField(m_reader.readText());
        } else if (isCore(m_reader, QLatin1String("managingEditor"))) {
            const Person person = parsePersonText(plainTextField(m_reader.readText()));
            if (!person.isEmpty())
                m_feed.managingEditors.append(person);
        } else if (isCore(m_reader, QLatin1String("pubDate"))) {
            m_feed.pubDate = m_reader.readDate();
        } else if (isCore(m_reader, QLatin1String("lastBuildDate"))) {
            m_feed.lastBuildDate = m_reader.readDate();
        } else if (isCore(m_reader, QLatin1String("generator"))) {
            feed.generator = plainTextField(m_reader.readText());
        } else if (isCore(m_reader, QLatin1String("ttl"))) {
            bool ok = false;
            const int ttl = m_reader.readText().trimmed().toInt(&ok);
            feed.hints.ttlMinutes = ok && ttl > 0 ? ttl : 0;
        } else if (isCore(m_reader, QLatin1String("image"))) {
            readImage();
        } else {
            readFeedExtension(m_reader, m_feed, feed);
        }
    }
}

void RssReader::readImage()
{
    // RSS 1.0 names the image with rdf:resource on the channel and describes it in a sibling <image>.
    const int depth = m_reader.depth();
    while (m_reader.readNextChild(depth)) {
        if (isCore(m_reader, QLatin1String("url")) && m_feed.image.isEmpty())
            m_feed.image = m_reader.readUrl();
    }
}

void RssReader::readItem()
{
    ItemDraft draft;
    draft.item.language = m_reader.language();
    // RDF items carry their identity as rdf:about.
    const QString about = m_reader.attribute(QLatin1String("about")).trimmed().toString();
    if (!about.isEmpty())
        draft.item.id = about;

    const int depth = m_reader.depth();
    while (m_reader.readNextChild(depth)) {
        if (isCore(m_reader, QLatin1String("title"))) {
            draft.title = plainTextField(m_reader.readText());
        } else if (isCore(m_reader, QLatin1String("link"))) {
            if (draft.link.isEmpty())
                draft.link = m_reader.readUrl();
        } else if (isCore(m_reader, QLatin1String("description"))) {
            draft.summaryBase = m_reader.explicitBase();
            draft.description = htmlField(m_reader.readMarkup(XmlFeedReader::TextIs::Html));
        } else if (isCore(m_reader, QLatin1String("guid"))) {
            const bool permalink =
                m_reader.attribute(QLatin1String("isPermaLink")).trimmed().compare(QLatin1String("false"), Qt::CaseInsensitive) != 0;
            const UrlRef guid = m_reader.readUrl();
            if (!guid.isEmpty()) {
                draft.item.id = guid.reference;
                draft.item.idIsPermalink = permalink;
                if (permalink)
                    draft.guidLink = guid;
            }
        } else if (isCore(m_reader, QLatin1String("pubDate"))) {
            draft.published = m_reader.readDate();
        } else if (isCore(m_reader, QLatin1String("author"))) {
            const Person person = parsePersonText(plainTextField(m_reader.readText()));
            if (!person.isEmpty())
                draft.authors.append(person);
        } else if (isCore(m_reader, QLatin1String("category"))) {
            const QString category = plainTextField(m_reader.readText());
            if (!category.isEmpty())
                draft.item.categories.append(category);
        } else if (isCore(m_reader, QLatin1String("comments"))) {
            draft.comments = m_reader.readUrl();
        } else if (isCore(m_reader, QLatin1String("enclosure"))) {
            PendingEnclosure enclosure;
            enclosure.url = m_reader.attributeUrl(QLatin1String("url"));
            enclosure.type = m_reader.attribute(QLatin1String("type")).trimmed().toString().toLower();
            bool ok = false;
            const qint64 length = m_reader.attribute(QLatin1String("length")).trimmed().toLongLong(&ok);
            if (ok && length > 0)
                enclosure.length = length;
            draft.enclosures.append(std::move(enclosure));
        } else {
            readItemExtension(m_reader, draft);
        }
    }
    m_items.append(std::move(draft));
}

void RssReader::finish()
{
    Feed &feed = m_result.feed;
    finishFeed(std::move(m_feed), feed, m_reader.documentUrl());
    feed.items.reserve(m_items.size());
    for (ItemDraft &draft : m_items)
        feed.items.append(finishItem(std::move(draft), feed.link, m_reader.documentUrl()));
}

} // namespace

void readRss(XmlFeedReader &reader, ParseResult &result)
{
    RssReader rss(reader, result);
    if (reader.name() == QLatin1String("channel")) {
        result.feed.format = FeedFormat::Rss;
        rss.readChannel();
    } else {
        result.feed.format = rssFormat(reader.attribute(QLatin1String("version")));
        const int depth = reader.depth();
        while (reader.readNextChild(depth)) {
            if (isCore(reader, QLatin1String("channel")))
                rss.readChannel();
            else if (isCore(reader, QLatin1String("item")))   // items outside the channel, as some 0.9x feeds have
                rss.readItem();
            else if (isCore(reader, QLatin1String("image")))
                rss.readImage();
        }
    }
    reader.finish();
    rss.finish();
}

void readRdf(XmlFeedReader &reader, ParseResult &result)
{
    RssReader rss(reader, result);
    result.feed.format = FeedFormat::Rss10;
    const int depth = reader.depth();
    while (reader.readNextChild(depth)) {
        if (reader.vocabulary() == Vocabulary::Rss090)
            result.feed.format = FeedFormat::Rss090;
        if (isCore(reader, QLatin1String("channel")))
            rss.readChannel();
        else if (isCore(reader, QLatin1String("item")))
            rss.readItem();
        else if (isCore(reader, QLatin1String("image")))
            rss.readImage();
    }
    reader.finish();
    rss.finish();
}

} // namespace tidings
