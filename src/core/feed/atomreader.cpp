// Atom 1.0 (RFC 4287) and its predecessor Atom 0.3.

#include "core/feed/extensions.h"
#include "core/feed/feeddraft.h"
#include "core/feed/textfields.h"
#include "core/feed/xmlfeedreader.h"
#include "core/feed/xmlformats.h"
#include "core/html/htmltext.h"
#include "core/html/urls.h"

namespace tidings {
namespace {

bool isAtom(const XmlFeedReader &reader, QLatin1String name)
{
    if (reader.name() != name)
        return false;
    const Vocabulary v = reader.vocabulary();
    // Atom without its namespace declaration still reads as Atom.
    return v == Vocabulary::Atom10 || v == Vocabulary::Atom03 || v == Vocabulary::None;
}

enum class Want { Text, Html };

// Atom text constructs: type text|html|xhtml in 1.0; a MIME type plus mode xml|escaped|base64 in 0.3.
// Returns an empty string for content that is not text (out-of-line content, images...).
QString readTextConstruct(XmlFeedReader &reader, Want want)
{
    const QString type = reader.attribute(QLatin1String("type")).trimmed().toString().toLower();
    const QString mode = reader.attribute(QLatin1String("mode")).trimmed().toString().toLower();
    if (!reader.attribute(QLatin1String("src")).isEmpty()) {
        reader.skipElement();
        return {};
    }

    enum class Kind { Text, Html, Xhtml, Other } kind = Kind::Text;
    if (type.isEmpty() || type == QLatin1String("text") || type == QLatin1String("text/plain"))
        kind = Kind::Text;
    else if (type == QLatin1String("html") || type == QLatin1String("text/html"))
        kind = Kind::Html;
    else if (type == QLatin1String("xhtml") || type == QLatin1String("application/xhtml+xml"))
        kind = Kind::Xhtml;
    else if (type.startsWith(QLatin1String("text/")))
        kind = Kind::Text;
    else
        kind = Kind::Other;

    if (kind == Kind::Other) {
        reader.skipElement();
        return {};
    }

    QString text;
    if (mode == QLatin1String("base64")) {
        const QByteArray decoded = QByteArray::fromBase64(reader.readText().toLatin1());
        text = QString::fromUtf8(decoded);
    } else if (kind == Kind::Xhtml || (kind == Kind::Html && mode != QLatin1String("escaped")
                                        && mode.isEmpty() == false)) {
        // XHTML, or Atom 0.3 mode="xml" HTML: the markup is inline XML.
        text = reader.readMarkup(XmlFeedReader::TextIs::Text, XmlFeedReader::Wrapper::Unwrap);
        kind = Kind::Html;
    } else if (kind == Kind::Html) {
        text = reader.readMarkup(XmlFeedReader::TextIs::Html);
    } else {
        text = reader.readText();
    }

    if (want == Want::Text)
        return kind == Kind::Html ? htmlToPlainText(text) : text.simplified();
    const QString trimmed = text.trimmed();
    if (kind == Kind::Html)
        return trimmed;
    return trimmed.isEmpty() ? QString() : plainTextToHtml(trimmed);
}

Person readPerson(XmlFeedReader &reader)
{
    Person person;
    const int depth = reader.depth();
    while (reader.readNextChild(depth)) {
        if (isAtom(reader, QLatin1String("name"))) {
            person.name = plainTextField(reader.readText());
        } else if (isAtom(reader, QLatin1String("email"))) {
            person.email = reader.readText().trimmed();
        } else if (isAtom(reader, QLatin1String("uri")) || isAtom(reader, QLatin1String("url"))) {
            const QUrl base = reader.base();
            person.uri = resolveUrl(reader.readText(), base, UrlUse::FeedLink);
        }
    }
    return person;
}

struct AtomLink {
    QString rel;
    QString type;
    QString href;
    std::optional<qint64> length;
};

AtomLink readLink(XmlFeedReader &reader)
{
    AtomLink link;
    link.rel = reader.attribute(QLatin1String("rel")).trimmed().toString();
    if (link.rel.isEmpty())
        link.rel = QStringLiteral("alternate");
    link.type = reader.attribute(QLatin1String("type")).trimmed().toString().toLower();
    link.href = resolveUrl(reader.attribute(QLatin1String("href")), reader.base(), UrlUse::FeedLink);
    bool ok = false;
    const qint64 length = reader.attribute(QLatin1String("length")).trimmed().toLongLong(&ok);
    if (ok && length > 0)
        link.length = length;
    return link;
}

// An HTML alternate beats any other alternate; the first of each kind wins.
void offerAlternate(QString &current, bool &currentIsHtml, const AtomLink &link)
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
        if (isAtom(m_reader, QLatin1String("entry"))) {
            readEntry();
        } else if (isAtom(m_reader, QLatin1String("title"))) {
            m_feed.title = readTextConstruct(m_reader, Want::Text);
        } else if (isAtom(m_reader, QLatin1String("subtitle")) || isAtom(m_reader, QLatin1String("tagline"))) {
            m_feed.description = readTextConstruct(m_reader, Want::Text);
        } else if (isAtom(m_reader, QLatin1String("link"))) {
            const AtomLink link = readLink(m_reader);
            if (link.rel == QLatin1String("alternate"))
                offerAlternate(m_feed.link, linkIsHtml, link);
            else if (link.rel == QLatin1String("self") && feed.self.isEmpty())
                feed.self = link.href;
        } else if (isAtom(m_reader, QLatin1String("updated")) || isAtom(m_reader, QLatin1String("modified"))) {
            m_feed.updated = m_reader.readDate();
        } else if (isAtom(m_reader, QLatin1String("author"))) {
            const Person person = readPerson(m_reader);
            if (!person.isEmpty())
                m_feed.authors.append(person);
        } else if (isAtom(m_reader, QLatin1String("rights")) || isAtom(m_reader, QLatin1String("copyright"))) {
            m_feed.rights = readTextConstruct(m_reader, Want::Text);
        } else if (isAtom(m_reader, QLatin1String("logo"))) {
            const QUrl base = m_reader.base();
            m_feed.logo = resolveUrl(m_reader.readText(), base, UrlUse::FeedLink);
        } else if (isAtom(m_reader, QLatin1String("icon"))) {
            const QUrl base = m_reader.base();
            m_feed.icon = resolveUrl(m_reader.readText(), base, UrlUse::FeedLink);
        } else if (isAtom(m_reader, QLatin1String("generator"))) {
            feed.generator = plainTextField(m_reader.readText());
        } else {
            readFeedExtension(m_reader, m_feed, feed);
        }
    }
    m_reader.finish();

    finishFeed(std::move(m_feed), feed);
    feed.items.reserve(m_entries.size());
    for (ItemDraft &draft : m_entries)
        feed.items.append(finishItem(std::move(draft), feed.link, m_reader.documentUrl(), feed.authors));
}

void AtomReader::readSource(QList<Person> &authors)
{
    const int depth = m_reader.depth();
    while (m_reader.readNextChild(depth)) {
        if (isAtom(m_reader, QLatin1String("author"))) {
            const Person person = readPerson(m_reader);
            if (!person.isEmpty())
                authors.append(person);
        }
    }
}

void AtomReader::readEntry()
{
    ItemDraft draft;
    draft.line = m_reader.lineNumber();
    draft.column = m_reader.columnNumber();
    draft.item.language = m_reader.language();
    if (m_reader.hasExplicitBase())
        draft.explicitBase = m_reader.base();
    QList<Person> sourceAuthors;
    bool linkIsHtml = false;

    const int depth = m_reader.depth();
    while (m_reader.readNextChild(depth)) {
        if (isAtom(m_reader, QLatin1String("id"))) {
            draft.item.id = m_reader.readText().trimmed();
        } else if (isAtom(m_reader, QLatin1String("title"))) {
            draft.title = readTextConstruct(m_reader, Want::Text);
        } else if (isAtom(m_reader, QLatin1String("link"))) {
            const AtomLink link = readLink(m_reader);
            if (link.href.isEmpty())
                continue;
            if (link.rel == QLatin1String("alternate")) {
                offerAlternate(draft.link, linkIsHtml, link);
            } else if (link.rel == QLatin1String("enclosure")) {
                addEnclosure(draft.item.enclosures, Enclosure{link.href, link.type, link.length});
            } else if (link.rel == QLatin1String("replies")) {
                if (link.type.contains(QLatin1String("html")) && draft.item.comments.isEmpty())
                    draft.item.comments = link.href;
                else if (draft.item.commentsFeed.isEmpty())
                    draft.item.commentsFeed = link.href;
            }
        } else if (isAtom(m_reader, QLatin1String("published")) || isAtom(m_reader, QLatin1String("issued"))) {
            draft.published = m_reader.readDate();
        } else if (isAtom(m_reader, QLatin1String("updated")) || isAtom(m_reader, QLatin1String("modified"))) {
            draft.updated = m_reader.readDate();
        } else if (isAtom(m_reader, QLatin1String("created"))) {
            draft.created = m_reader.readDate();
        } else if (isAtom(m_reader, QLatin1String("author"))) {
            const Person person = readPerson(m_reader);
            if (!person.isEmpty())
                draft.authors.append(person);
        } else if (isAtom(m_reader, QLatin1String("summary"))) {
            if (m_reader.hasExplicitBase())
                draft.explicitBase = m_reader.base();
            draft.description = readTextConstruct(m_reader, Want::Html);
        } else if (isAtom(m_reader, QLatin1String("content"))) {
            if (m_reader.hasExplicitBase())
                draft.explicitBase = m_reader.base();
            draft.item.content = readTextConstruct(m_reader, Want::Html);
        } else if (isAtom(m_reader, QLatin1String("category"))) {
            QString category = plainTextField(m_reader.attribute(QLatin1String("label")).toString());
            if (category.isEmpty())
                category = plainTextField(m_reader.attribute(QLatin1String("term")).toString());
            if (!category.isEmpty())
                draft.item.categories.append(category);
        } else if (isAtom(m_reader, QLatin1String("source"))) {
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
