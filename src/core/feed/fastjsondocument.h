#pragma once

// A JSON reader for the plain, valid JSON Feed documents most feeds are, many times faster than
// QJsonDocument::fromJson (whose per-character work made JSON Feeds cost as much CPU as all XML feeds
// together). It validates the whole document first and keeps only the shape: every string stays
// where it is in the bytes and becomes a QString only when asked for. On what it accepts it answers
// exactly what QJsonDocument would: same types, strings, numbers (Qt converts them), and the last of
// duplicate keys. Anything else - invalid UTF-8, a lone surrogate escape, a U+FEFF or noncharacter
// inside a string, any syntax RFC 8259 does not allow (Qt allows some), nesting deeper than
// kMaxDepth, a top level that is not an object - makes it unsupported(): the caller then parses with
// QJsonDocument, so unusual and broken documents behave exactly as before.
// tests/unit/tst_fastjson.cpp and tests/fuzz/fuzz_jsontok.cpp compare the two.

#include <QByteArray>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>
#include <QVariant>
#include <vector>

namespace tidings {

class FastJsonDocument;
class FastJsonObject;
class FastJsonArray;

// A value inside a FastJsonDocument (which must outlive it), with the part of QJsonValue's API that
// the JSON Feed reader uses.
class FastJsonValue
{
public:
    FastJsonValue() = default;
    QJsonValue::Type type() const;
    bool isUndefined() const { return type() == QJsonValue::Undefined; }
    bool isNull() const { return type() == QJsonValue::Null; }
    bool isString() const { return type() == QJsonValue::String; }
    bool isDouble() const { return type() == QJsonValue::Double; }
    bool isArray() const { return type() == QJsonValue::Array; }
    bool isObject() const { return type() == QJsonValue::Object; }
    // As QJsonValue's: an empty string, 0, an empty array or object for a value of another type.
    QString toString() const;
    double toDouble() const;
    QVariant toVariant() const;   // numbers only (qlonglong or double, as Qt stores them); else null
    FastJsonArray toArray() const;
    FastJsonObject toObject() const;

private:
    friend class FastJsonDocument;
    friend class FastJsonObject;
    friend class FastJsonArray;
    FastJsonValue(const FastJsonDocument *document, int node) : m_document(document), m_node(node) { }
    const FastJsonDocument *m_document = nullptr;
    int m_node = -1;
};

class FastJsonArray
{
public:
    FastJsonArray() = default;
    qsizetype size() const { return m_count; }
    FastJsonValue at(qsizetype i) const;

private:
    friend class FastJsonValue;
    friend class FastJsonDocument;
    const FastJsonDocument *m_document = nullptr;
    int m_first = 0;   // in FastJsonDocument::m_children
    int m_count = 0;
};

class FastJsonObject
{
public:
    FastJsonObject() = default;
    // The member's value (the last one, as in QJsonObject, when a key repeats); undefined if none.
    // Keys are ASCII.
    FastJsonValue value(QLatin1String key) const;

private:
    friend class FastJsonValue;
    friend class FastJsonDocument;
    const FastJsonDocument *m_document = nullptr;
    int m_first = 0;
    int m_count = 0;
};

class FastJsonDocument
{
public:
    // More nesting than this is left to Qt (whose limit is 1024).
    static constexpr int kMaxDepth = 512;

    explicit FastJsonDocument(const QByteArray &utf8);
    FastJsonDocument(const FastJsonDocument &) = delete;   // values point into it
    FastJsonDocument &operator=(const FastJsonDocument &) = delete;

    bool unsupported() const { return m_reason != nullptr; }
    // Why it gave up (a short English phrase for tests and statistics); null when supported.
    const char *unsupportedReason() const { return m_reason; }
    // The top-level object; empty when unsupported().
    FastJsonObject object() const;

private:
    friend class FastJsonValue;
    friend class FastJsonObject;
    friend class FastJsonArray;

    enum Flag : quint8 { Escaped = 1, KeyEscaped = 2 };
    struct Node {
        quint8 type;         // QJsonValue::Type
        quint8 flags;
        int keyOffset;       // object members: the key's bytes, or its index in m_keys when KeyEscaped
        int keyLength;
        int offset;          // String: its bytes between the quotes; Double: index in m_numbers;
        int length;          // Bool: offset is 0 or 1; Array, Object: first child in m_children, count
    };

    bool parse();
    bool fail(const char *reason);
    bool scanString(int &offset, int &length, bool &escaped);
    bool scanNumber();
    void skipWhitespace();
    QString decode(int offset, int length, bool escaped) const;
    bool keyEquals(const Node &node, QLatin1String key) const;

    QByteArray m_data;   // keeps the bytes alive (shared, not copied)
    const char *m_begin = nullptr;
    const char *m_end = nullptr;
    const char *m_pos = nullptr;
    const char *m_reason = nullptr;
    std::vector<Node> m_nodes;          // in document order; the root is node 0
    std::vector<int> m_children;        // each container's children, contiguous
    std::vector<QJsonValue> m_numbers;  // converted as Qt converts them
    std::vector<QString> m_keys;        // keys that had escapes, decoded
};

} // namespace tidings
