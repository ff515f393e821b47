#pragma once

// A small streaming JSON writer for the command-line contract's output. Not QJsonDocument:
// QJsonObject sorts its keys, and the contract's order (format first, items before warnings; id
// first in every row) keeps the output readable and the diffs of golden files small. Output is
// indented by two spaces, UTF-8, with the escapes JSON requires.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tidings {

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
    void boolean(bool value)
    {
        separate();
        m_out += value ? "true" : "false";
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

} // namespace tidings
