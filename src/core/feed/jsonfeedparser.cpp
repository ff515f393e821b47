#include "core/feed/jsonfeedparser.h"

#include <QCoreApplication>
#include "core/feed/textfields.h"

#include "core/feed/dateparser.h"
#include "core/feed/fastjsondocument.h"
#include "core/feed/jsonfeedrecovery.h"
#include "core/html/htmltext.h"
#include "core/html/urls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QVariant>

#include <cmath>
#include <limits>
#include <optional>

namespace tidings {

namespace {

// User-visible sentences of this file (warnings and errors shown by the CLI and the app).
struct FeedText {
    Q_DECLARE_TR_FUNCTIONS(JsonFeed)
};

} // namespace

namespace {

QString elided(const QString &value)
{
    // Warnings are single lines of bounded size, whatever a value holds.
    qsizetype keep = 79;
    if (value.size() > 80 && value.at(keep - 1).isHighSurrogate())
        --keep;   // never split an emoji into half a character
    QString text = value.size() > 80 ? value.left(keep) + QChar(0x2026) : value;
    for (QChar &c : text) {
        if (c.unicode() < 0x20)
            c = u' ';
    }
    return QChar(u'"') + text + QChar(u'"');
}

template <typename Value>
QString typeName(const Value &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return FeedText::tr("a boolean");
    case QJsonValue::Double: return FeedText::tr("a number");
    case QJsonValue::String: return FeedText::tr("a string");
    case QJsonValue::Array: return FeedText::tr("an array");
    case QJsonValue::Object: return FeedText::tr("an object");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("undefined");
}

// JSON has one number type; a number used as text should read as people wrote it ("42", not "42.0").
template <typename Value>
QString numberText(const Value &value)
{
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return QString::number(variant.toLongLong());
    const double number = value.toDouble();
    if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 1e21)
        return QString::number(number, 'f', 0);
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

// The reader works on either representation of the document: FastJsonDocument's views for the
// documents it accepts, QJsonDocument's for the others (see parseJsonFeed).
struct QtJson {
    using Value = QJsonValue;
    using Object = QJsonObject;
    using Array = QJsonArray;
};
struct FastJson {
    using Value = FastJsonValue;
    using Object = FastJsonObject;
    using Array = FastJsonArray;
};

enum class Lines { Join, Keep };

// JSON Feed text fields are plain text by the spec, but publishers do put markup and entities in them.
QString plainText(const QString &text, Lines lines)
{
    const QString plain = looksLikeHtml(text) ? htmlToPlainText(text) : text;
    return lines == Lines::Join ? collapseWhitespace(plain) : plain.trimmed();
}

template <typename Json>
class JsonFeedReader
{
    using Value = typename Json::Value;
    using Object = typename Json::Object;
    using Array = typename Json::Array;

public:
    JsonFeedReader(const QUrl &documentUrl, ParseResult &result)
        : m_documentUrl(documentUrl), m_result(result) { }

    void readFeed(const Object &root, FeedFormat format, const Array &items);

private:
    void warn(const QString &where, const QString &message)
    {
        m_result.warnings.append({0, 0, where + QStringLiteral(": ") + message});
    }
    void warnNotObject(const QString &what, const Value &value)
    {
        m_result.warnings.append(
                {0, 0, FeedText::tr("%1 is %2, not an object; ignored").arg(what, typeName(value))});
    }
    std::optional<QString> string(const Object &object, QLatin1String key, const QString &where);
    QString url(const Object &object, QLatin1String key, const QUrl &base, const QString &where)
    {
        return resolve(string(object, key, where).value_or(QString()), key, base, where);
    }
    QString resolve(const QString &reference, QLatin1String key, const QUrl &base, const QString &where);
    QDateTime date(const Object &object, QLatin1String key, const QString &where);
    QList<Person> authors(const Object &object, const QString &where);
    std::optional<Person> person(const Value &value, const QString &where);
    void readItem(const Object &object, const QString &where);
    void readAttachments(const Value &value, Item &item, const QString &where);

    QUrl m_documentUrl;
    QUrl m_feedBase;   // item and image URLs resolve against the site, then the document
    ParseResult &m_result;
};

template <typename Json>
std::optional<QString> JsonFeedReader<Json>::string(const Object &object, QLatin1String key,
                                              const QString &where)
{
    const Value value = object.value(key);
    if (value.isString())
        return value.toString();
    if (!value.isUndefined() && !value.isNull())
        //: %1 is a JSON Feed field name: keep the quotes, do not translate it.
        warn(where, FeedText::tr("\"%1\" is %2, not a string; ignored").arg(key, typeName(value)));
    return std::nullopt;
}

template <typename Json>
QString JsonFeedReader<Json>::resolve(const QString &text, QLatin1String key, const QUrl &base,
                                const QString &where)
{
    const QString reference = text.trimmed();
    if (reference.isEmpty())
        return {};
    const QString resolved = resolveUrl(reference, base, UrlUse::FeedLink);
    if (resolved.isEmpty()) {
        const bool relative = QUrl(reference, QUrl::TolerantMode).isRelative();
        // One statement per message: lupdate drops a translator comment placed inside ?:.
        if (relative && (!base.isValid() || base.isRelative())) {
            //: %1 is a JSON Feed field name (keep it as it is), %2 its value.
            warn(where, FeedText::tr("relative \"%1\" %2 has no base URL to resolve against; dropped")
                                .arg(key, elided(reference)));
        } else {
            //: %1 is a JSON Feed field name (keep it as it is), %2 its value.
            warn(where, FeedText::tr("\"%1\" %2 is not an http(s) URL; dropped").arg(key, elided(reference)));
        }
    }
    return resolved;
}

template <typename Json>
QDateTime JsonFeedReader<Json>::date(const Object &object, QLatin1String key, const QString &where)
{
    const QString text = string(object, key, where).value_or(QString()).trimmed();
    if (text.isEmpty())
        return {};
    const std::optional<ParsedDate> parsed = parseDate(text);
    if (!parsed) {
        warn(where, FeedText::tr("unparseable %1 %2").arg(key, elided(text)));
        return {};
    }
    if (parsed->zoneAssumed)
        //: %1 is a JSON Feed field name (keep it as it is), %2 its value.
        warn(where, FeedText::tr("%1 %2 has no time zone; UTC assumed").arg(key, elided(text)));
    return parsed->utc;
}

template <typename Json>
std::optional<Person> JsonFeedReader<Json>::person(const Value &value, const QString &where)
{
    if (!value.isObject()) {
        warnNotObject(where, value);
        return std::nullopt;
    }
    const Object object = value.toObject();
    Person person;
    person.name = plainText(string(object, QLatin1String("name"), where).value_or(QString()), Lines::Join);
    // The spec has no email field; a mailto: url is how publishers give one.
    const QString link = string(object, QLatin1String("url"), where).value_or(QString()).trimmed();
    if (link.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
        const QUrl mailto(link, QUrl::TolerantMode);
        person.email = mailto.path(QUrl::FullyDecoded).trimmed();
    } else {
        person.uri = resolve(link, QLatin1String("url"), m_feedBase, where);
    }
    if (person.isEmpty())
        return std::nullopt;
    return person;
}

// 1.1 has an "authors" array; 1.0 had one "author" object, which 1.1 readers are still asked to accept.
template <typename Json>
QList<Person> JsonFeedReader<Json>::authors(const Object &object, const QString &where)
{
    QList<Person> people;
    const Value list = object.value(QLatin1String("authors"));
    if (list.isArray()) {
        const Array array = list.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto p = person(array.at(i), FeedText::tr("%1: author %2").arg(where).arg(i + 1)))
                people.append(*p);
        }
    } else if (!list.isUndefined() && !list.isNull()) {
        //: "authors" is a JSON Feed field name: keep it as it is.
        warn(where, FeedText::tr("\"authors\" is %1, not an array; ignored").arg(typeName(list)));
    }
    const Value single = object.value(QLatin1String("author"));
    if (people.isEmpty() && !single.isUndefined() && !single.isNull()) {
        if (auto p = person(single, FeedText::tr("%1: author").arg(where)))
            people.append(*p);
    }
    return people;
}

template <typename Json>
void JsonFeedReader<Json>::readFeed(const Object &root, FeedFormat format, const Array &items)
{
    const QString where = FeedText::tr("feed");
    Feed &feed = m_result.feed;
    feed.format = format;
    feed.title = plainText(string(root, QLatin1String("title"), where).value_or(QString()), Lines::Join);
    feed.link = url(root, QLatin1String("home_page_url"), m_documentUrl, where);
    feed.self = url(root, QLatin1String("feed_url"), m_documentUrl, where);
    m_feedBase = feed.link.isEmpty() ? m_documentUrl : QUrl::fromEncoded(feed.link.toUtf8());
    feed.description =
            plainText(string(root, QLatin1String("description"), where).value_or(QString()), Lines::Keep);
    feed.image = url(root, QLatin1String("icon"), m_feedBase, where);
    feed.icon = url(root, QLatin1String("favicon"), m_feedBase, where);
    feed.language = string(root, QLatin1String("language"), where).value_or(QString()).trimmed();
    feed.authors = authors(root, where);

    const qsizetype count = qMin(items.size(), kMaxJsonFeedItems);
    if (items.size() > count) {
        warn(where, FeedText::tr("%1 items; only the first %2 were read").arg(items.size()).arg(count));
    }
    feed.items.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const Value value = items.at(i);
        const QString itemWhere = FeedText::tr("item %1").arg(i + 1);
        if (value.isObject())
            readItem(value.toObject(), itemWhere);
        else
            warnNotObject(itemWhere, value);
    }
}

template <typename Json>
void JsonFeedReader<Json>::readItem(const Object &object, const QString &where)
{
    const Feed &feed = m_result.feed;
    Item item;
    const Value id = object.value(QLatin1String("id"));
    if (id.isString())
        item.id = id.toString().trimmed();
    else if (id.isDouble())   // the spec asks readers to coerce ids given as numbers
        item.id = numberText(id);
    else if (!id.isUndefined() && !id.isNull())
        //: "id" is a JSON Feed field name: keep it as it is.
        warn(where, FeedText::tr("\"id\" is %1, not a string; ignored").arg(typeName(id)));

    item.title = plainText(string(object, QLatin1String("title"), where).value_or(QString()), Lines::Join);
    item.link = url(object, QLatin1String("url"), m_feedBase, where);
    const QString external = url(object, QLatin1String("external_url"), m_feedBase, where);
    if (item.link.isEmpty())
        item.link = external;

    const QString html = string(object, QLatin1String("content_html"), where).value_or(QString());
    const QString text = string(object, QLatin1String("content_text"), where).value_or(QString());
    if (!html.trimmed().isEmpty())
        item.content = html;
    else if (!text.trimmed().isEmpty())
        item.content = plainTextToHtml(text.trimmed());
    const QString summary = string(object, QLatin1String("summary"), where).value_or(QString()).trimmed();
    if (!summary.isEmpty())
        item.summary = plainTextToHtml(summary);

    item.thumbnail = url(object, QLatin1String("image"), m_feedBase, where);
    if (item.thumbnail.isEmpty())
        item.thumbnail = url(object, QLatin1String("banner_image"), m_feedBase, where);
    item.published = date(object, QLatin1String("date_published"), where);
    item.updated = date(object, QLatin1String("date_modified"), where);

    item.authors = authors(object, where);
    if (item.authors.isEmpty())
        item.authors = feed.authors;

    const Value tags = object.value(QLatin1String("tags"));
    if (tags.isArray()) {
        const Array array = tags.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const Value tag = array.at(i);
            if (!tag.isString()) {
                warn(where, FeedText::tr("tag %1 is %2, not a string; ignored").arg(i + 1).arg(typeName(tag)));
                continue;
            }
            const QString category = plainText(tag.toString(), Lines::Join);
            if (!category.isEmpty())
                item.categories.append(category);
        }
    } else if (!tags.isUndefined() && !tags.isNull()) {
        //: "tags" is a JSON Feed field name: keep it as it is.
        warn(where, FeedText::tr("\"tags\" is %1, not an array; ignored").arg(typeName(tags)));
    }

    item.language = string(object, QLatin1String("language"), where).value_or(QString()).trimmed();
    if (item.language.isEmpty())
        item.language = feed.language;
    readAttachments(object.value(QLatin1String("attachments")), item, where);

    if (!item.link.isEmpty())
        item.baseUrl = item.link;
    else if (!feed.link.isEmpty())
        item.baseUrl = feed.link;
    else if (m_documentUrl.isValid())
        item.baseUrl = QString::fromUtf8(m_documentUrl.toEncoded());
    m_result.feed.items.append(std::move(item));
}

template <typename Json>
void JsonFeedReader<Json>::readAttachments(const Value &value, Item &item, const QString &where)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isArray()) {
        //: "attachments" is a JSON Feed field name: keep it as it is.
        warn(where, FeedText::tr("\"attachments\" is %1, not an array; ignored").arg(typeName(value)));
        return;
    }
    const Array array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString attachmentWhere = FeedText::tr("%1: attachment %2").arg(where).arg(i + 1);
        if (!array.at(i).isObject()) {
            warnNotObject(attachmentWhere, array.at(i));
            continue;
        }
        const Object object = array.at(i).toObject();
        // One warning per dropped attachment: either here, or resolve() saying why its URL is unusable.
        const Value reference = object.value(QLatin1String("url"));
        if (reference.toString().trimmed().isEmpty()) {
            const bool wrongType = !reference.isString() && !reference.isUndefined() && !reference.isNull();
            if (wrongType) {
                //: "url" is a JSON Feed field name: keep it as it is.
                warn(attachmentWhere, FeedText::tr("\"url\" is %1, not a string; ignored").arg(typeName(reference)));
            } else {
                warn(attachmentWhere, FeedText::tr("has no \"url\"; ignored"));
            }
            continue;
        }
        Enclosure enclosure;
        enclosure.url = resolve(reference.toString(), QLatin1String("url"), m_feedBase, attachmentWhere);
        if (enclosure.url.isEmpty())
            continue;
        enclosure.type =
                string(object, QLatin1String("mime_type"), attachmentWhere).value_or(QString()).trimmed().toLower();
        const Value size = object.value(QLatin1String("size_in_bytes"));
        if (size.isDouble()) {
            const double bytes = size.toDouble();
            // 2^63 is exact as a double; anything at or above it does not fit a qint64.
            if (bytes >= 1 && bytes < 9223372036854775808.0)
                enclosure.length = static_cast<qint64>(bytes);
        } else if (!size.isUndefined() && !size.isNull()) {
            warn(attachmentWhere,
                 //: "size_in_bytes" is a JSON Feed field name: keep it as it is.
                 FeedText::tr("\"size_in_bytes\" is %1, not a number; ignored").arg(typeName(size)));
        }
        const Value duration = object.value(QLatin1String("duration_in_seconds"));
        if (duration.isDouble()) {
            const double seconds = std::round(duration.toDouble());
            if (!item.durationSeconds && seconds >= 1)
                item.durationSeconds = static_cast<int>(qMin(seconds, double(std::numeric_limits<int>::max())));
        } else if (!duration.isUndefined() && !duration.isNull()) {
            //: "duration_in_seconds" is a JSON Feed field name: keep it as it is.
            warn(attachmentWhere, FeedText::tr("\"duration_in_seconds\" is %1, not a number; ignored")
                                          .arg(typeName(duration)));
        }
        item.enclosures.append(enclosure);
    }
}

template <typename Value>
std::optional<FeedFormat> versionFormat(const Value &version)
{
    QString text = version.toString().trimmed().toLower();
    for (QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (text.startsWith(scheme))
            text.remove(0, scheme.size());
    }
    while (text.endsWith(u'/'))
        text.chop(1);
    if (text == QLatin1String("jsonfeed.org/version/1"))
        return FeedFormat::Json10;
    if (text == QLatin1String("jsonfeed.org/version/1.1"))
        return FeedFormat::Json11;
    return std::nullopt;
}

// The top-level object, as either representation.
template <typename Json>
void readRoot(const typename Json::Object &root, const QUrl &documentUrl, ParseResult &result)
{
    const typename Json::Value version = root.value(QLatin1String("version"));
    const typename Json::Value items = root.value(QLatin1String("items"));
    std::optional<FeedFormat> format = versionFormat(version);
    // A document that names a JSON Feed version is one even with its items missing; anything else
    // without items is some other JSON (an API response, a manifest).
    if (!items.isArray() && !format) {
        result.outcome = ParseResult::Outcome::NotAFeed;
        result.error = items.isUndefined()
                ? FeedText::tr("not a JSON Feed: the JSON has no \"items\" array")
                : FeedText::tr("not a JSON Feed: \"items\" is %1, not an array").arg(typeName(items));
        return;
    }
    if (!format) {
        result.warnings.append({0, 0, version.isUndefined()
                ? FeedText::tr("feed: no \"version\"; read as JSON Feed 1.1")
                : FeedText::tr("feed: unknown \"version\" %1; read as JSON Feed 1.1")
                          .arg(version.isString() ? elided(version.toString()) : typeName(version))});
        format = FeedFormat::Json11;
    }
    if (!items.isArray()) {
        result.warnings.append({0, 0, items.isUndefined()
                ? FeedText::tr("feed: no \"items\" array; read as a feed without items")
                : FeedText::tr("feed: \"items\" is %1, not an array; ignored").arg(typeName(items))});
    }
    JsonFeedReader<Json>(documentUrl, result).readFeed(root, *format, items.toArray());
    result.outcome = ParseResult::Outcome::Feed;
}

} // namespace

void parseJsonFeed(const QByteArray &utf8, const QUrl &documentUrl, ParseResult &result, JsonBackend backend)
{
    // QJsonDocument::fromJson was most of the cost of a JSON Feed; FastJsonDocument reads the valid
    // documents most feeds are with the same values, many times faster. What it does not take goes to
    // Qt, with its recovery of broken documents and its error positions, as it always did.
    if (backend == JsonBackend::Fast) {
        const FastJsonDocument fast(utf8);
        if (!fast.unsupported()) {
            readRoot<FastJson>(fast.object(), documentUrl, result);
            return;
        }
    }
    const RecoveredJson json = readJsonFeedDocument(utf8);
    if (!json.error.isEmpty()) {
        result.outcome = ParseResult::Outcome::NotAFeed;
        result.error = json.error;
        return;
    }
    if (json.warning)
        result.warnings.append(*json.warning);
    const QJsonDocument &document = json.document;
    if (!document.isObject()) {
        result.outcome = ParseResult::Outcome::NotAFeed;
        result.error = document.isArray()
                ? FeedText::tr("not a JSON Feed: the top level of the JSON is an array, not an object")
                : FeedText::tr("not a JSON Feed: the top level of the JSON is not an object");
        return;
    }
    readRoot<QtJson>(document.object(), documentUrl, result);
}

} // namespace tidings
