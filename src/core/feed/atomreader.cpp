// Atom 1.0 (RFC 4287) and its predecessor Atom 0.3.

#include "core/feed/atomconstructs.h"
#include "core/feed/extensions.h"
#include "core/feed/feeddraft.h"
#include "core/feed/textfields.h"
#include "core/feed/xmlfeedreader.h"
#include "core/feed/xmlformats.h"
#include "core/html/htmltext.h"
#include "core/html/urls.h"

namespace tidings {
namespace {

struct AtomLink {
    QString rel;
    QString type;
    UrlRef href;
    std::optional<qint64> length;
};

AtomLink readLink(XmlFeedReader &reader)
{
    AtomLink link;
    link.rel = reader.attribute(QLatin1String("rel")).trimmed().toString();
    if (link.rel.isEmpty())
        link.rel = QStringLiteral("alternate");
    link.type = reader.attribute(QLatin1String("type")).trimmed().toString().toLower();
    link.href = reader.attributeUrl(QLatin1String("href"));
    bool ok = false;
    const qint64 length = reader.attribute(QLatin1String("length")).trimmed().toLongLong(&ok);
    if (ok && length > 0)
        link.length = length;
    return link;
}

// An HTML alternate beats any other alternate; the first of each kind wins.
void offerAlternate(UrlRef &current, bool &currentIsHtml, const AtomLink &link)
{
    const bool html = link.type.isEmpty() || link.type.contains(QLatin1String("html"));
    if (current.isEmpty() || (html && !currentIsHtml)) {
        current = link.href;
        currentIsHtml = html;
    }
}

class AtomReader
{
public:
    AtomReader(XmlFeedReader &reader, ParseResult &result) : m_reader(reader), m_result(result) {}
    void readFeed();

private:
    void readEntry();
    void readSource(QList<Person> &authors);

    XmlFeedReader &m_reader;
    ParseResult &m_result;
    FeedDraft m_feed;
    QList<ItemDraft> m_entries;
};

void AtomReader::readFeed()
{
    Feed &feed = m_result.feed;
    m_feed.xmlLanguage = m_reader.language();
    bool linkIsHtml = false;
    const int depth = m_reader.depth();
    while (m_reader.readNextChild(depth)) {
        if (isAtomElement(m_reader, QLatin1String("entry"))) {
            readEntry();
        } else if (isAtomElement(m_reader, QLatin1String("title"))) {
            m_feed.title = readAtomTextConstruct(m_reader, AtomText::Text);
        } else if (isAtomElement(m_reader, QLatin1String("subtitle")) || isAtomElement(m_reader, QLatin1String("tagline"))) {
            m_feed.description = readAtomTextConstruct(m_reader, AtomText::Text);
        } else if (isAtomElement(m_reader, QLatin1String("link"))) {
            const AtomLink link = readLink(m_reader);
            if (link.rel == QLatin1String("alternate"))
                offerAlternate(m_feed.link, linkIsHtml, link);
            else if (link.rel == QLatin1String("self") && m_feed.self.isEmpty())
                m_feed.self = link.href;
        } else if (isAtomElement(m_reader, QLatin1String("updated")) || isAtomElement(m_reader, QLatin1String("modified"))) {
            m_feed.updated = m_reader.readDate();
        } else if (isAtomElement(m_reader, QLatin1String("author"))) {
            const Person person = readAtomPerson(m_reader);
            if (!person.isEmpty())
                m_feed.authors.append(person);
        } else if (isAtomElement(m_reader, QLatin1String("rights")) || isAtomElement(m_reader, QLatin1String("copyright"))) {
            m_feed.rights = readAtomTextConstruct(m_reader, AtomText::Text);
        } else if (isAtomElement(m_reader, QLatin1String("logo"))) {
            m_feed.logo = m_reader.readUrl();
        } else if (isAtomElement(m_reader, QLatin1String("icon"))) {
            m_feed.icon = m_reader.readUrl();
        } else if (isAtomElement(m_reader, QLatin1String("generator"))) {
            feed.generator = plainTextField(m_reader.readText());
        } else {
            readFeedExtension(m_reader, m_feed, feed);
        }
    }
    m_reader.finish();

    finishFeed(std::move(m_feed), feed, m_reader.documentUrl());
    feed.items.reserve(m_entries.size());
    for (ItemDraft &draft : m_entries)
        feed.items.append(finishItem(std::move(draft), feed.link, m_reader.documentUrl(), feed.authors));
}

void AtomReader::readSource(QList<Person> &authors)
{
    const int depth = m_reader.depth();
    while (m_reader.readNextChild(depth)) {
        if (isAtomElement(m_reader, QLatin1String("author"))) {
            const Person person = readAtomPerson(m_reader);
            if (!person.isEmpty())
                authors.append(person);
        }
    }
}

void AtomReader::readEntry()
{
    ItemDraft draft;
    draft.item.language = m_reader.language();
    QList<Person> sourceAuthors;
    bool linkIsHtml = false;

    const int depth = m_reader.depth();
    while (m_reader.readNextChild(depth)) {
        if (isAtomElement(m_reader, QLatin1String("id"))) {
            draft.item.id = m_reader.readText().trimmed();
        } else if (isAtomElement(m_reader, QLatin1String("title"))) {
            draft.title = readAtomTextConstruct(m_reader, AtomText::Text);
        } else if (isAtomElement(m_reader, QLatin1String("link"))) {
            const AtomLink link = readLink(m_reader);
            if (link.href.isEmpty())
                continue;
            if (link.rel == QLatin1String("alternate")) {
                offerAlternate(draft.link, linkIsHtml, link);
            } else if (link.rel == QLatin1String("enclosure")) {
                draft.enclosures.append({link.href, link.type, link.length});
            } else if (link.rel == QLatin1String("replies")) {
                if (link.type.contains(QLatin1String("html")) && draft.comments.isEmpty())
                    draft.comments = link.href;
                else if (draft.commentsFeed.isEmpty())
                    draft.commentsFeed = link.href;
            }
        } else if (isAtomElement(m_reader, QLatin1String("published")) || isAtomElement(m_reader, QLatin1String("issued"))) {
            draft.published = m_reader.readDate();
        } else if (isAtomElement(m_reader, QLatin1String("updated")) || isAtomElement(m_reader, QLatin1String("modified"))) {
            draft.updated = m_reader.readDate();
        } else if (isAtomElement(m_reader, QLatin1String("created"))) {
            draft.created = m_reader.readDate();
        } else if (isAtomElement(m_reader, QLatin1String("author"))) {
            const Person person = readAtomPerson(m_reader);
            if (!person.isEmpty())
                draft.authors.append(person);
        } else if (isAtomElement(m_reader, QLatin1String("summary"))) {
            draft.summaryBase = m_reader.explicitBase();
            draft.description = readAtomTextConstruct(m_reader, AtomText::Html);
        } else if (isAtomElement(m_reader, QLatin1String("content"))) {
            draft.contentBase = m_reader.explicitBase();
            draft.item.content = readAtomTextConstruct(m_reader, AtomText::Html);
        } else if (isAtomElement(m_reader, QLatin1String("category"))) {
            QString category = plainTextField(m_reader.attribute(QLatin1String("label")).toString());
            if (category.isEmpty())
                category = plainTextField(m_reader.attribute(QLatin1String("term")).toString());
            if (!category.isEmpty())
                draft.item.categories.append(category);
        } else if (isAtomElement(m_reader, QLatin1String("source"))) {
            readSource(sourceAuthors);
        } else {
            readItemExtension(m_reader, draft);
        }
    }
    if (draft.authors.isEmpty())
        draft.authors = sourceAuthors;
    m_entries.append(std::move(draft));
}

} // namespace

void readAtom(XmlFeedReader &reader, ParseResult &result)
{
    const bool atom03 = reader.vocabulary() == Vocabulary::Atom03
        || reader.attribute(QLatin1String("version")).trimmed() == QLatin1String("0.3");
    result.feed.format = atom03 ? FeedFormat::Atom03 : FeedFormat::Atom10;
    AtomReader(reader, result).readFeed();
}

} // namespace tidings
