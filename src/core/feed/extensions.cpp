#include "core/feed/extensions.h"

#include "core/feed/atomconstructs.h"

#include "core/feed/feeddraft.h"
#include "core/feed/textfields.h"
#include "core/feed/xmlfeedreader.h"
#include "core/html/htmltext.h"
#include "core/html/urls.h"

namespace tidings {
namespace {

std::optional<qint64> positiveLength(QStringView text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

bool isImage(XmlFeedReader &reader, const QString &type)
{
    return type.startsWith(QLatin1String("image/"))
        || reader.attribute(QLatin1String("medium")) == QLatin1String("image");
}

// Media RSS descriptions are plain text unless type="html".
QString mediaText(XmlFeedReader &reader)
{
    const bool html = reader.attribute(QLatin1String("type")) == QLatin1String("html");
    const QString text = reader.readText();
    return html ? text.trimmed() : plainTextToHtml(text.trimmed());
}

void readMediaContent(XmlFeedReader &reader, ItemDraft &draft)
{
    PendingEnclosure enclosure;
    enclosure.url = reader.attributeUrl(QLatin1String("url"));
    enclosure.type = reader.attribute(QLatin1String("type")).trimmed().toString().toLower();
    enclosure.length = positiveLength(reader.attribute(QLatin1String("fileSize")));
    if (enclosure.url.isEmpty())
        return;
    if (isImage(reader, enclosure.type) && draft.mediaImage.isEmpty())
        draft.mediaImage = enclosure.url;
    if (!draft.item.durationSeconds) {
        if (const auto seconds = parseDuration(reader.attribute(QLatin1String("duration"))))
            draft.item.durationSeconds = seconds;
    }
    draft.enclosures.append(std::move(enclosure));
    // media:content may carry its own title, description and thumbnail.
    const int depth = reader.depth();
    while (reader.readNextChild(depth))
        readItemExtension(reader, draft);
}

bool readMedia(XmlFeedReader &reader, ItemDraft &draft)
{
    const QStringView name = reader.name();
    if (name == QLatin1String("content")) {
        readMediaContent(reader, draft);
    } else if (name == QLatin1String("group")) {
        const int depth = reader.depth();
        while (reader.readNextChild(depth))
            readItemExtension(reader, draft);
    } else if (name == QLatin1String("thumbnail")) {
        if (draft.mediaThumbnail.isEmpty())
            draft.mediaThumbnail = reader.attributeUrl(QLatin1String("url"));
    } else if (name == QLatin1String("title")) {
        if (draft.mediaTitle.isEmpty())
            draft.mediaTitle = plainTextField(reader.readText());
    } else if (name == QLatin1String("description")) {
        if (draft.mediaDescription.isEmpty())
            draft.mediaDescription = mediaText(reader);
    } else {
        return false;
    }
    return true;
}

bool readItunes(XmlFeedReader &reader, ItemDraft &draft)
{
    const QStringView name = reader.name();
    if (name == QLatin1String("author")) {
        const QString author = plainTextField(reader.readText());
        if (!author.isEmpty())
            draft.itunesAuthors.append(Person{author, {}, {}});
    } else if (name == QLatin1String("image")) {
        draft.itunesImage = reader.attributeUrl(QLatin1String("href"));
    } else if (name == QLatin1String("summary")) {
        draft.itunesSummary = htmlField(reader.readText());
    } else if (name == QLatin1String("subtitle")) {
        draft.itunesSubtitle = htmlField(reader.readText());
    } else if (name == QLatin1String("duration")) {
        draft.item.durationSeconds = parseDuration(reader.readText());
    } else {
        return false;
    }
    return true;
}

bool readDublinCore(XmlFeedReader &reader, ItemDraft &draft)
{
    const QStringView name = reader.name();
    if (name == QLatin1String("creator") || name == QLatin1String("contributor")) {
        const bool creator = name == QLatin1String("creator");
        const Person person = parsePersonText(plainTextField(reader.readText()));
        if (creator && !person.isEmpty())
            draft.dcCreators.append(person);
    } else if (name == QLatin1String("date")) {
        draft.dcDate = reader.readDate();
    } else if (name == QLatin1String("subject")) {
        const QString subject = plainTextField(reader.readText());
        if (!subject.isEmpty())
            draft.item.categories.append(subject);
    } else if (name == QLatin1String("title")) {
        draft.dcTitle = plainTextField(reader.readText());
    } else if (name == QLatin1String("description")) {
        draft.dcDescription = htmlField(reader.readText());
    } else if (name == QLatin1String("language")) {
        draft.item.language = reader.readText().trimmed();
    } else {
        return false;
    }
    return true;
}

bool readDcTerms(XmlFeedReader &reader, ItemDraft &draft)
{
    const QStringView name = reader.name();
    if (name == QLatin1String("modified"))
        draft.updated = reader.readDate();
    else if (name == QLatin1String("issued"))
        draft.issued = reader.readDate();
    else if (name == QLatin1String("created"))
        draft.created = reader.readDate();
    else if (name == QLatin1String("date"))
        draft.dcDate = reader.readDate();
    else
        return readDublinCore(reader, draft);
    return true;
}

// atom:link inside an RSS item.
void readAtomLink(XmlFeedReader &reader, ItemDraft &draft)
{
    const QStringView rel = reader.attribute(QLatin1String("rel"));
    const UrlRef href = reader.attributeUrl(QLatin1String("href"));
    if (href.isEmpty())
        return;
    if (rel.isEmpty() || rel == QLatin1String("alternate")) {
        if (draft.alternateLink.isEmpty())
            draft.alternateLink = href;
    } else if (rel == QLatin1String("enclosure")) {
        draft.enclosures.append({href, reader.attribute(QLatin1String("type")).trimmed().toString().toLower(),
                                 positiveLength(reader.attribute(QLatin1String("length")))});
    } else if (rel == QLatin1String("replies")) {
        const QStringView type = reader.attribute(QLatin1String("type"));
        if (type.contains(QLatin1String("html")) && draft.comments.isEmpty())
            draft.comments = href;
        else if (draft.commentsFeed.isEmpty())
            draft.commentsFeed = href;
    }
}

// Atom elements an RSS item borrows: its id, author, summary or content when RSS gave none.
bool readAtomInRss(XmlFeedReader &reader, ItemDraft &draft)
{
    const QStringView name = reader.name();
    if (name == QLatin1String("link")) {
        readAtomLink(reader, draft);
    } else if (name == QLatin1String("updated")) {
        draft.updated = reader.readDate();
    } else if (name == QLatin1String("published")) {
        draft.published = reader.readDate();
    } else if (name == QLatin1String("id")) {
        const QString id = reader.readText().trimmed();
        if (draft.item.id.isEmpty())
            draft.item.id = id;
    } else if (name == QLatin1String("author")) {
        const Person person = readAtomPerson(reader);
        if (!person.isEmpty())
            draft.authors.append(person);
    } else if (name == QLatin1String("summary")) {
        const QUrl base = reader.explicitBase();
        const QString summary = readAtomTextConstruct(reader, AtomText::Html);
        if (draft.description.isEmpty()) {
            draft.description = summary;
            draft.summaryBase = base;
        }
    } else if (name == QLatin1String("content")) {
        const QUrl base = reader.explicitBase();
        const QString content = readAtomTextConstruct(reader, AtomText::Html);
        if (draft.item.content.isEmpty()) {
            draft.item.content = content;
            draft.contentBase = base;
        }
    } else {
        return false;
    }
    return true;
}

} // namespace

bool readItemExtension(XmlFeedReader &reader, ItemDraft &draft)
{
    switch (reader.vocabulary()) {
    case Vocabulary::Content:
        if (reader.name() == QLatin1String("encoded")) {
            draft.contentBase = reader.explicitBase();
            draft.item.content = reader.readMarkup(XmlFeedReader::TextIs::Html).trimmed();
            return true;
        }
        return false;
    case Vocabulary::Dc:
        return readDublinCore(reader, draft);
    case Vocabulary::DcTerms:
        return readDcTerms(reader, draft);
    case Vocabulary::Media:
        return readMedia(reader, draft);
    case Vocabulary::Itunes:
        return readItunes(reader, draft);
    case Vocabulary::Wfw:
        if (reader.name().compare(QLatin1String("commentRss"), Qt::CaseInsensitive) == 0) {
            draft.commentsFeed = reader.readUrl();
            return true;
        }
        return false;
    case Vocabulary::Slash:
        if (reader.name() == QLatin1String("comments")) {
            bool ok = false;
            const int count = reader.readText().trimmed().toInt(&ok);
            if (ok && count >= 0)
                draft.item.commentCount = count;
            return true;
        }
        return false;
    case Vocabulary::Atom10:
        return readAtomInRss(reader, draft);
    default:
        return false;
    }
}

bool readFeedExtension(XmlFeedReader &reader, FeedDraft &draft, Feed &feed)
{
    const QStringView name = reader.name();
    switch (reader.vocabulary()) {
    case Vocabulary::Atom10:
        if (name == QLatin1String("link")) {
            const QStringView rel = reader.attribute(QLatin1String("rel"));
            const UrlRef href = reader.attributeUrl(QLatin1String("href"));
            if (rel == QLatin1String("self") && draft.self.isEmpty())
                draft.self = href;
            else if ((rel.isEmpty() || rel == QLatin1String("alternate")) && draft.alternateLink.isEmpty())
                draft.alternateLink = href;
            return true;
        }
        if (name == QLatin1String("updated")) {
            draft.updated = reader.readDate();
            return true;
        }
        return false;
    case Vocabulary::Dc:
    case Vocabulary::DcTerms:
        if (name == QLatin1String("creator")) {
            const Person person = parsePersonText(plainTextField(reader.readText()));
            if (!person.isEmpty())
                draft.dcCreators.append(person);
        } else if (name == QLatin1String("date") || name == QLatin1String("modified")) {
            draft.dcDate = reader.readDate();
        } else if (name == QLatin1String("title")) {
            draft.dcTitle = plainTextField(reader.readText());
        } else if (name == QLatin1String("description")) {
            draft.dcDescription = plainTextField(reader.readText());
        } else if (name == QLatin1String("language")) {
            draft.dcLanguage = reader.readText().trimmed();
        } else if (name == QLatin1String("rights")) {
            draft.dcRights = plainTextField(reader.readText());
        } else {
            return false;
        }
        return true;
    case Vocabulary::Itunes:
        if (name == QLatin1String("author")) {
            const QString author = plainTextField(reader.readText());
            if (!author.isEmpty())
                draft.itunesAuthors.append(Person{author, {}, {}});
        } else if (name == QLatin1String("image")) {
            draft.itunesImage = reader.attributeUrl(QLatin1String("href"));
        } else if (name == QLatin1String("summary")) {
            draft.itunesSummary = plainTextField(reader.readText());
        } else if (name == QLatin1String("subtitle")) {
            draft.itunesSubtitle = plainTextField(reader.readText());
        } else {
            return false;
        }
        return true;
    case Vocabulary::Sy:
        if (name == QLatin1String("updatePeriod")) {
            feed.hints.syPeriod = reader.readText().trimmed().toLower();
        } else if (name == QLatin1String("updateFrequency")) {
            bool ok = false;
            const int frequency = reader.readText().trimmed().toInt(&ok);
            feed.hints.syFrequency = ok && frequency > 0 ? frequency : 0;
        } else {
            return false;
        }
        return true;
    default:
        return false;
    }
}

} // namespace tidings
