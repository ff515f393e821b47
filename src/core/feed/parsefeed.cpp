#include "core/feed/parsefeed.h"

#include "core/feed/contentsniffer.h"
#include "core/feed/htmlfieldwrap.h"
#include "core/feed/jsonfeedparser.h"
#include "core/feed/textdecoder.h"
#include "core/feed/xmlfeedreader.h"
#include "core/feed/xmlformats.h"
#include "core/feed/xmlrepair.h"
#include "core/html/htmlsanitizer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

namespace tidings {

namespace {

// User-visible sentences of this file (warnings and errors shown by the CLI and the app).
struct FeedText {
    Q_DECLARE_TR_FUNCTIONS(ParseFeed)
};

} // namespace

namespace {

// Items without an id get one derived from what identifies them best, so that the same item in the
// same document gets the same id on every parse (the store matches items by it).
QString derivedId(const Item &item)
{
    if (!item.link.isEmpty())
        return item.link;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(item.title.toUtf8());
    hash.addData(QByteArrayView("\x1f"));
    const QDateTime date = item.published.isValid() ? item.published : item.updated;
    if (date.isValid())
        hash.addData(date.toString(Qt::ISODate).toUtf8());
    hash.addData(QByteArrayView("\x1f"));
    hash.addData((item.content.isEmpty() ? item.summary : item.content).toUtf8());
    return QStringLiteral("tidings:") + QString::fromLatin1(hash.result().toHex().left(32));
}

void removeDuplicateCategories(QStringList &categories)
{
    if (categories.size() < 2)
        return;
    QSet<QString> seen;
    QStringList unique;
    for (QString &category : categories) {
        if (!seen.contains(category)) {
            seen.insert(category);
            unique.append(std::move(category));
        }
    }
    categories = std::move(unique);
}

void finishItems(ParseResult &result, const ParseOptions &options)
{
    QSet<QString> ids;
    QList<Item> &items = result.feed.items;
    QList<Item> kept;
    kept.reserve(items.size());
    int position = 0;
    for (Item &item : items) {
        ++position;
        if (item.id.isEmpty() && item.title.isEmpty() && item.link.isEmpty() && item.summary.isEmpty()
            && item.content.isEmpty() && item.enclosures.isEmpty()) {
            // Typically the start of an item cut off by a truncated download: storing it would
            // leave a blank entry that the complete item never replaces.
            result.warnings.append({0, 0, FeedText::tr("item %1 has no id, title, link or content and was ignored").arg(position)});
            continue;
        }
        if (item.id.isEmpty())
            item.id = derivedId(item);
        if (ids.contains(item.id)) {
            result.warnings.append({0, 0, FeedText::tr("item %1 repeats the id \"%2\" of an earlier item and was dropped")
                                              .arg(position).arg(item.id.left(200))});
            continue;
        }
        ids.insert(item.id);
        removeDuplicateCategories(item.categories);
        if (options.content == ContentMode::Sanitized) {
            if (!item.summary.isEmpty())
                item.summary = HtmlSanitizer::sanitize(item.summary, QUrl(item.summaryBaseUrl.isEmpty() ? item.baseUrl : item.summaryBaseUrl));
            if (!item.content.isEmpty())
                item.content = HtmlSanitizer::sanitize(item.content, QUrl(item.baseUrl));
        }
        kept.append(std::move(item));
    }
    items = std::move(kept);
}

ParseResult notAFeed(const QString &why)
{
    ParseResult result;
    result.outcome = ParseResult::Outcome::NotAFeed;
    result.error = why;
    return result;
}

struct XmlAttempt {
    ParseResult result;
    bool brokenMarkup = false;
    bool unsupported = false;   // the fast tokenizer gave up: the result means nothing
    bool wellFormed = false;    // the fast tokenizer read the whole document
};

XmlAttempt readXmlWith(XmlFeedReader::Backend backend, const QByteArray &xml, const QUrl &documentUrl,
                       const QList<ParseWarning> &warnings)
{
    XmlAttempt attempt;
    ParseResult &result = attempt.result;
    result.warnings = warnings;
    XmlFeedReader reader(xml, documentUrl, result.warnings, backend);
    if (!reader.readRootElement()) {
        result = notAFeed(FeedText::tr("not a feed: no XML root element could be read"));
        attempt.unsupported = reader.unsupported();
        return attempt;
    }
    const QStringView root = reader.name();
    const Vocabulary vocabulary = reader.vocabulary();
    if (root == QLatin1String("rss") || root == QLatin1String("channel")) {
        readRss(reader, result);
    } else if (root == QLatin1String("RDF") && (vocabulary == Vocabulary::Rdf || vocabulary == Vocabulary::Unknown
                                                || vocabulary == Vocabulary::None)) {
        readRdf(reader, result);
    } else if (root == QLatin1String("feed") && vocabulary != Vocabulary::Unknown) {
        readAtom(reader, result);
    } else if (root.compare(QLatin1String("html"), Qt::CaseInsensitive) == 0) {
        result = notAFeed(FeedText::tr("not a feed: this is an HTML page"));
        return attempt;
    } else {
        result = notAFeed(FeedText::tr("not a feed: the root element is <%1>").arg(reader.qualifiedName().left(80)));
        return attempt;
    }
    result.outcome = ParseResult::Outcome::Feed;
    attempt.brokenMarkup = reader.hitBrokenMarkup();
    attempt.unsupported = reader.unsupported();
    attempt.wellFormed = reader.readWholeDocument();
    return attempt;
}

// QXmlStreamReader was the largest cost of a refresh; FastXmlTokenizer reads the plain well-formed
// documents most feeds are with the same tokens and positions, several times faster. What it does not
// handle is read again from the start with Qt's reader, so those documents behave as they always did
// (the warnings of the abandoned attempt go with it).
XmlAttempt readXml(const QByteArray &xml, const QUrl &documentUrl, const QList<ParseWarning> &warnings)
{
    XmlAttempt attempt = readXmlWith(XmlFeedReader::Backend::Fast, xml, documentUrl, warnings);
    if (!attempt.unsupported)
        return attempt;
    return readXmlWith(XmlFeedReader::Backend::Qt, xml, documentUrl, warnings);
}

ParseResult parseXml(const QByteArray &bytes, const QUrl &documentUrl, const QByteArray &httpContentType)
{
    DecodedDocument decoded = decodeXmlDocument(bytes, httpContentType);
    QList<ParseWarning> warnings = std::move(decoded.warnings);
    // Most feeds are well-formed, and the repair pass gives those back unchanged and unwarned
    // (tst_fastxml and fuzz_xmltok check it on every document the fast tokenizer reads whole):
    // such a document is read once, as it came, and the repair pass only runs where it can help.
    XmlAttempt asItCame = readXmlWith(XmlFeedReader::Backend::Fast, decoded.utf8, documentUrl, warnings);
    if (asItCame.wellFormed)
        return std::move(asItCame.result);
    const QByteArray xml = repairXml(decoded.utf8, warnings);

    XmlAttempt best = readXml(xml, documentUrl, warnings);
    if (!best.brokenMarkup)
        return std::move(best.result);

    // Markup the repair pass could not mend; the usual cause is raw HTML in a description that is not
    // XML. Read those fields as HTML text and keep that attempt when it read at least as much.
    const QByteArray wrapped = wrapHtmlFieldsInCdata(xml);
    if (!wrapped.isEmpty()) {
        XmlAttempt attempt = readXml(wrapped, documentUrl, warnings);
        if (attempt.result.isFeed() && attempt.result.feed.items.size() >= best.result.feed.items.size()) {
            attempt.result.warnings.append({0, 0, FeedText::tr("raw HTML inside a description or content element "
                                                                 "is not well-formed XML; it was read as HTML text")});
            best = std::move(attempt);
        }
    }
    return std::move(best.result);
}

} // namespace

ParseResult parseFeed(const QByteArray &bytes, const QUrl &documentUrl, const QByteArray &httpContentType,
                      const ParseOptions &options)
{
    if (bytes.size() > kMaxFeedBytes) {
        return notAFeed(FeedText::tr("the document is larger than the %1 MB limit").arg(kMaxFeedBytes / (1024 * 1024)));
    }
    ParseResult result;
    switch (sniffContent(bytes)) {
    case ContentKind::Empty:
        return notAFeed(FeedText::tr("not a feed: the document is empty"));
    case ContentKind::Binary:
        return notAFeed(FeedText::tr("not a feed: the document is binary data (%1)").arg(describeBinary(bytes)));
    case ContentKind::Text:
        return notAFeed(FeedText::tr("not a feed: the document is plain text, neither XML nor JSON"));
    case ContentKind::Html:
        return notAFeed(FeedText::tr("not a feed: this is an HTML page"));
    case ContentKind::Json: {
        DecodedDocument decoded = decodeJsonDocument(bytes, httpContentType);
        result.warnings = std::move(decoded.warnings);
        parseJsonFeed(decoded.utf8, documentUrl, result);
        break;
    }
    case ContentKind::Xml:
        result = parseXml(bytes, documentUrl, httpContentType);
        break;
    }
    if (result.isFeed())
        finishItems(result, options);
    return result;
}

} // namespace tidings
