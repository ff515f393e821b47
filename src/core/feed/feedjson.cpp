#include "core/feed/feedjson.h"

#include "core/feed/jsonwriter.h"

namespace tidings {
namespace {

void writePeople(JsonWriter &json, const QList<Person> &people)
{
    json.beginArray();
    for (const Person &person : people) {
        json.beginObject();
        json.key("name");
        json.nullableString(person.name);
        json.key("email");
        json.nullableString(person.email);
        json.key("uri");
        json.nullableString(person.uri);
        json.endObject();
    }
    json.endArray();
}

void writeItem(JsonWriter &json, const Item &item)
{
    json.beginObject();
    json.key("id");
    json.nullableString(item.id);
    json.key("title");
    json.nullableString(item.title);
    json.key("link");
    json.nullableString(item.link);
    json.key("published");
    json.date(item.published);
    json.key("updated");
    json.date(item.updated);
    json.key("authors");
    writePeople(json, item.authors);
    json.key("summary");
    json.nullableString(item.summary);
    json.key("content");
    json.nullableString(item.content);
    json.key("categories");
    json.beginArray();
    for (const QString &category : item.categories)
        json.string(category);
    json.endArray();
    json.key("enclosures");
    json.beginArray();
    for (const Enclosure &enclosure : item.enclosures) {
        json.beginObject();
        json.key("url");
        json.nullableString(enclosure.url);
        json.key("type");
        json.nullableString(enclosure.type);
        json.key("length");
        if (enclosure.length)
            json.number(*enclosure.length);
        else
            json.null();
        json.endObject();
    }
    json.endArray();
    json.key("thumbnail");
    json.nullableString(item.thumbnail);
    json.key("comments");
    json.nullableString(item.comments);
    json.endObject();
}

} // namespace

QByteArray feedToJson(const Feed &feed, const QList<ParseWarning> &warnings)
{
    JsonWriter json;
    json.beginObject();
    json.key("format");
    json.string(formatName(feed.format));
    json.key("title");
    json.nullableString(feed.title);
    json.key("link");
    json.nullableString(feed.link);
    json.key("self");
    json.nullableString(feed.self);
    json.key("description");
    json.nullableString(feed.description);
    json.key("language");
    json.nullableString(feed.language);
    json.key("updated");
    json.date(feed.updated);
    json.key("image");
    json.nullableString(feed.image);
    json.key("authors");
    writePeople(json, feed.authors);
    json.key("items");
    json.beginArray();
    for (const Item &item : feed.items)
        writeItem(json, item);
    json.endArray();
    json.key("warnings");
    json.beginArray();
    for (const ParseWarning &warning : warnings)
        json.string(warning.toString());
    json.endArray();
    json.endObject();
    QByteArray out = json.take();
    out += '\n';
    return out;
}

} // namespace tidings
