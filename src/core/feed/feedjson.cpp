#include "core/feed/feedjson.h"

namespace tidings {
namespace {

// A small writer instead of QJsonDocument: QJsonObject sorts its keys, and the contract's order
// (format first, items before warnings) makes the output readable and diffs of golden files small.
class JsonWriter
{
public:
    QByteArray take() { return std::move(m_out); }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    void key(const char *name)
    {
        separate();
        m_out += '"';
        m_out += name;
        m_out += "\": ";
        m_afterKey = true;
    }

    void string(const QString &value)
    {
        if (value.isNull()) {
            null();
            return;
        }
        separate();
        appendString(value);
    }
    void nullableString(const QString &value)
    {
        if (value.isEmpty())
            null();
        else
            string(value);
    }
    void date(const QDateTime &value)
    {
        if (!value.isValid()) {
            null();
            return;
        }
        separate();
        m_out += '"';
        m_out += value.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toLatin1();
        m_out += '"';
    }
    void number(qint64 value)
    {
        separate();
        m_out += QByteArray::number(value);
    }
    void null()
    {
        separate();
        m_out += "null";
    }

private:
    void open(char bracket)
    {
        separate();
        m_out += bracket;
        m_empty.append(true);
    }
    void close(char bracket)
    {
        const bool empty = m_empty.takeLast();
        if (!empty) {
            m_out += '\n';
            indent();
        }
        m_out += bracket;
    }
    // Before a value or a key: a comma after a sibling, then a newline and indentation; nothing
    // after a key, whose value follows on the same line.
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_empty.isEmpty())
            return;
        if (!m_empty.last())
            m_out += ',';
        m_empty.last() = false;
        m_out += '\n';
        indent();
    }
    void indent() { m_out.append(m_empty.size() * 2, ' '); }

    void appendString(const QString &value)
    {
        m_out += '"';
        const QByteArray utf8 = value.toUtf8();
        for (const char ch : utf8) {
            const auto c = static_cast<unsigned char>(ch);
            switch (c) {
            case '"': m_out += "\\\""; break;
            case '\\': m_out += "\\\\"; break;
            case '\n': m_out += "\\n"; break;
            case '\r': m_out += "\\r"; break;
            case '\t': m_out += "\\t"; break;
            case '\b': m_out += "\\b"; break;
            case '\f': m_out += "\\f"; break;
            default:
                if (c < 0x20) {
                    static const char hex[] = "0123456789abcdef";
                    m_out += "\\u00";
                    m_out += hex[c >> 4];
                    m_out += hex[c & 15];
                } else {
                    m_out += ch;
                }
            }
        }
        m_out += '"';
    }

    QByteArray m_out;
    QList<bool> m_empty;    // per open container: nothing written into it yet
    bool m_afterKey = false;
};

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
