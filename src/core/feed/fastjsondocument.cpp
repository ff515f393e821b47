#include "core/feed/fastjsondocument.h"

#include "core/feed/utf8sequence.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtAlgorithms>
#include <QtEndian>

#include <cstring>
#include <limits>

namespace tidings {

namespace {

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

constexpr quint64 kOnes = 0x0101010101010101ULL;
constexpr quint64 kHigh = 0x8080808080808080ULL;

// Eight bytes as a number, the first in the lowest bits on any machine.
inline quint64 word(const char *p)
{
    return qFromLittleEndian<quint64>(p);
}

// The high bit of each byte equal to `c`, or above a byte equal to it (the borrow runs upwards):
// exact for the first one, which is all that is asked.
inline quint64 bytesEqual(quint64 w, char c)
{
    const quint64 v = w ^ (kOnes * uchar(c));
    return (v - kOnes) & ~v & kHigh;
}

// The index of the first of eight bytes that ends plain string content - '"', '\\', a control
// character (RFC 8259 wants them escaped) or a non-ASCII byte (validated one sequence at a time) -
// or 8.
inline int firstSpecialByte(quint64 w)
{
    const quint64 below0x20 = (w - kOnes * 0x20) & ~w & kHigh;
    const quint64 special = (bytesEqual(w, '"') | bytesEqual(w, '\\') | below0x20 | w) & kHigh;
    return special ? int(qCountTrailingZeroBits(special) / 8) : 8;
}

// U+FEFF (which QJsonDocument drops at the start of a string) and the noncharacters (which some Qt
// versions' UTF-8 decoders refused): not worth being sure of, so Qt reads them.
inline bool isDoubtful(uint cp)
{
    return cp == 0xFEFF || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

// The length of the valid UTF-8 sequence at `p` (non-ASCII lead byte), 0 when it is not one or
// encodes a doubtful character.
inline int utf8SequenceLength(const uchar *p)
{
    return detail::utf8SequenceLength(p, isDoubtful);
}

// The four hex digits at `p`, or -1. Stops at the terminating NUL like at any other non-digit.
inline int hex4(const char *p)
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

} // namespace

FastJsonDocument::FastJsonDocument(const QByteArray &utf8)
    : m_data(detail::nulTerminated(utf8))
{
    m_begin = m_data.constData();
    m_end = m_begin + m_data.size();
    m_pos = m_begin;
    if (!parse()) {
        m_nodes.clear();
        m_children.clear();
    }
}

bool FastJsonDocument::fail(const char *reason)
{
    m_reason = reason;
    return false;
}

void FastJsonDocument::skipWhitespace()
{
    while (isSpace(*m_pos))
        ++m_pos;
}

bool FastJsonDocument::parse()
{
    if (m_data.size() >= std::numeric_limits<int>::max() / 2)
        return fail("document too large");
    if (m_end - m_begin >= 3 && std::memcmp(m_begin, "\xEF\xBB\xBF", 3) == 0)
        m_pos += 3;   // as Qt does
    skipWhitespace();
    if (*m_pos != '{')
        return fail("top level is not an object");

    // A loop with a stack rather than recursion; children are collected in `pending` and moved to
    // m_children, contiguous, when their container closes.
    struct Frame {
        int node;
        int firstPending;
        bool object;
    };
    std::vector<Frame> stack;
    std::vector<int> pending;
    m_nodes.push_back({quint8(QJsonValue::Object), 0, 0, 0, 0, 0});
    stack.push_back({0, 0, true});
    ++m_pos;
    bool afterValue = false;
    for (;;) {
        skipWhitespace();
        const bool inObject = stack.back().object;
        const char closer = inObject ? '}' : ']';
        if (*m_pos == closer && (afterValue || int(pending.size()) == stack.back().firstPending)) {
            const Frame frame = stack.back();
            stack.pop_back();
            Node &container = m_nodes[size_t(frame.node)];
            container.offset = int(m_children.size());
            container.length = int(pending.size()) - frame.firstPending;
            m_children.insert(m_children.end(), pending.begin() + frame.firstPending, pending.end());
            pending.resize(size_t(frame.firstPending));
            ++m_pos;
            if (stack.empty())
                break;
            afterValue = true;
            continue;
        }
        if (afterValue) {
            if (*m_pos != ',')
                return fail(m_pos == m_end ? "premature end of document" : "expected ',' or the end of a container");
            ++m_pos;
            skipWhitespace();
        }

        Node node{quint8(QJsonValue::Undefined), 0, 0, 0, 0, 0};
        bool escaped = false;
        if (inObject) {
            if (*m_pos != '"')
                return fail(m_pos == m_end ? "premature end of document" : "expected a key");
            if (!scanString(node.keyOffset, node.keyLength, escaped))
                return false;
            if (escaped) {
                m_keys.push_back(decode(node.keyOffset, node.keyLength, true));
                node.keyOffset = int(m_keys.size() - 1);
                node.flags |= KeyEscaped;
            }
            skipWhitespace();
            if (*m_pos != ':')
                return fail("expected ':'");
            ++m_pos;
            skipWhitespace();
        }
        const int index = int(m_nodes.size());
        pending.push_back(index);
        const char c = *m_pos;
        if (c == '{' || c == '[') {
            if (stack.size() >= size_t(kMaxDepth))
                return fail("deep nesting");
            node.type = quint8(c == '{' ? QJsonValue::Object : QJsonValue::Array);
            m_nodes.push_back(node);
            stack.push_back({index, int(pending.size()), c == '{'});
            ++m_pos;
            afterValue = false;
            continue;
        }
        if (c == '"') {
            if (!scanString(node.offset, node.length, escaped))
                return false;
            node.type = quint8(QJsonValue::String);
            if (escaped)
                node.flags |= Escaped;
        } else if (c == '-' || isDigit(c)) {
            if (!scanNumber())
                return false;
            node.type = quint8(QJsonValue::Double);
            node.offset = int(m_numbers.size() - 1);
        } else {
            const qsizetype left = m_end - m_pos;
            if (left >= 4 && std::memcmp(m_pos, "true", 4) == 0) {
                node.type = quint8(QJsonValue::Bool);
                node.offset = 1;
                m_pos += 4;
            } else if (left >= 5 && std::memcmp(m_pos, "false", 5) == 0) {
                node.type = quint8(QJsonValue::Bool);
                m_pos += 5;
            } else if (left >= 4 && std::memcmp(m_pos, "null", 4) == 0) {
                node.type = quint8(QJsonValue::Null);
                m_pos += 4;
            } else {
                return fail(m_pos == m_end ? "premature end of document" : "expected a value");
            }
        }
        m_nodes.push_back(node);
        afterValue = true;
    }
    skipWhitespace();
    if (m_pos != m_end)
        return fail("content after the top-level object");
    return true;
}

bool FastJsonDocument::scanString(int &offset, int &length, bool &escaped)
{
    const char *p = m_pos + 1;
    const char *const start = p;
    escaped = false;
    for (;;) {
        // Eight bytes at a time up to the next one that is not plain ASCII.
        while (m_end - p >= 8) {
            const int plain = firstSpecialByte(word(p));
            p += plain;
            if (plain < 8)
                break;
        }
        const auto c = static_cast<uchar>(*p);
        if (c == '"')
            break;
        if (c == '\\') {
            escaped = true;
            switch (p[1]) {
            case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
                p += 2;
                continue;
            case 'u':
                break;
            default:
                return fail("unusual escape sequence");   // Qt takes "\q" for "q"
            }
            const int unit = hex4(p + 2);
            if (unit < 0)
                return fail("unusual escape sequence");
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                const int low = p[6] == '\\' && p[7] == 'u' ? hex4(p + 8) : -1;
                if (low < 0xDC00 || low > 0xDFFF)
                    return fail("lone surrogate escape");
                const uint cp = 0x10000 + ((uint(unit) - 0xD800) << 10) + (uint(low) - 0xDC00);
                if (isDoubtful(cp))
                    return fail("U+FEFF or a noncharacter in a string");
                p += 12;
                continue;
            }
            if (unit >= 0xDC00 && unit <= 0xDFFF)
                return fail("lone surrogate escape");
            if (isDoubtful(uint(unit)))
                return fail("U+FEFF or a noncharacter in a string");
            p += 6;
            continue;
        }
        if (c < 0x20) {
            // Qt takes raw control characters in strings; RFC 8259 does not.
            return fail(p == m_end ? "premature end of document" : "control character in a string");
        }
        if (c < 0x80) {
            ++p;
            continue;
        }
        const int sequence = utf8SequenceLength(reinterpret_cast<const uchar *>(p));
        if (sequence == 0)
            return fail("invalid UTF-8, U+FEFF or a noncharacter in a string");
        p += sequence;
    }
    offset = int(start - m_begin);
    length = int(p - start);
    m_pos = p + 1;
    return true;
}

bool FastJsonDocument::scanNumber()
{
    const char *const start = m_pos;
    const char *p = m_pos;
    if (*p == '-')
        ++p;
    const char *const digits = p;
    if (*p == '0') {
        ++p;
    } else if (isDigit(*p)) {
        while (isDigit(*p))
            ++p;
    } else {
        return fail("malformed number");
    }
    const qsizetype integerDigits = p - digits;
    bool integral = true;
    if (*p == '.') {
        ++p;
        if (!isDigit(*p))
            return fail("malformed number");   // Qt takes "1."
        while (isDigit(*p))
            ++p;
        integral = false;
    }
    if (*p == 'e' || *p == 'E') {
        ++p;
        if (*p == '+' || *p == '-')
            ++p;
        if (!isDigit(*p))
            return fail("malformed number");
        while (isDigit(*p))
            ++p;
        integral = false;
    }
    m_pos = p;
    if (integral && integerDigits <= 18) {
        qint64 value = 0;
        for (const char *d = digits; d < p; ++d)
            value = value * 10 + (*d - '0');
        m_numbers.emplace_back(*start == '-' ? -value : value);
        return true;
    }
    // Qt turns integral doubles into integers ("1.0", "1e2") and refuses what overflows a double:
    // its own conversion decides, exactly. Rare in feeds (sizes, durations, ids).
    QJsonParseError error;
    const QJsonDocument single = QJsonDocument::fromJson('[' + QByteArray(start, p - start) + ']', &error);
    if (error.error != QJsonParseError::NoError)
        return fail("number Qt does not convert");
    m_numbers.push_back(single.array().at(0));
    return true;
}

QString FastJsonDocument::decode(int offset, int length, bool escaped) const
{
    if (length == 0)
        return QStringLiteral("");   // empty, not null: as QJsonValue's
    const char *p = m_begin + offset;
    const char *const end = p + length;
    if (!escaped)
        return QString::fromUtf8(p, length);   // valid UTF-8 without U+FEFF: nothing for it to drop

    // Runs between escapes are short in HTML content (\" and \n every few dozen bytes), too short
    // for a call to Qt's decoder each: ASCII is widened here, and the sequences validated by
    // scanString() are decoded here.
    QString out(length, Qt::Uninitialized);   // never more UTF-16 units than UTF-8 bytes
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    char16_t *const begin = o;
    while (p < end) {
        if (end - p >= 8) {
            const quint64 w = word(p);
            const quint64 special = (bytesEqual(w, '\\') | w) & kHigh;
            const int plain = special ? int(qCountTrailingZeroBits(special) / 8) : 8;
            for (int i = 0; i < 8; ++i)   // all eight: the extra ones are overwritten
                o[i] = char16_t(uchar(p[i]));
            p += plain;
            o += plain;
            if (plain == 8)
                continue;
        }
        const auto c = uchar(*p);
        if (c == '\\') {
            const char kind = p[1];
            p += 2;
            switch (kind) {
            case 'b': *o++ = 0x08; break;
            case 'f': *o++ = 0x0C; break;
            case 'n': *o++ = 0x0A; break;
            case 'r': *o++ = 0x0D; break;
            case 't': *o++ = 0x09; break;
            case 'u':
                *o++ = char16_t(hex4(p));   // a surrogate pair comes out as its two units
                p += 4;
                break;
            default: *o++ = char16_t(kind); break;   // '"', '\\', '/'
            }
        } else if (c < 0x80) {
            *o++ = c;
            ++p;
        } else if (c < 0xE0) {
            *o++ = char16_t(((c & 0x1F) << 6) | (uchar(p[1]) & 0x3F));
            p += 2;
        } else if (c < 0xF0) {
            *o++ = char16_t(((c & 0x0F) << 12) | ((uchar(p[1]) & 0x3F) << 6) | (uchar(p[2]) & 0x3F));
            p += 3;
        } else {
            const uint cp = (uint(c & 0x07) << 18) | (uint(uchar(p[1]) & 0x3F) << 12)
                    | (uint(uchar(p[2]) & 0x3F) << 6) | uint(uchar(p[3]) & 0x3F);
            *o++ = QChar::highSurrogate(cp);
            *o++ = QChar::lowSurrogate(cp);
            p += 4;
        }
    }
    out.truncate(o - begin);
    return out;
}

bool FastJsonDocument::keyEquals(const Node &node, QLatin1String key) const
{
    if (node.flags & KeyEscaped)
        return m_keys[size_t(node.keyOffset)] == key;
    return node.keyLength == key.size() && std::memcmp(m_begin + node.keyOffset, key.data(), size_t(node.keyLength)) == 0;
}

FastJsonObject FastJsonDocument::object() const
{
    return m_nodes.empty() ? FastJsonObject() : FastJsonValue(this, 0).toObject();
}

QJsonValue::Type FastJsonValue::type() const
{
    return m_node < 0 ? QJsonValue::Undefined : QJsonValue::Type(m_document->m_nodes[size_t(m_node)].type);
}

QString FastJsonValue::toString() const
{
    if (!isString())
        return QString();
    const FastJsonDocument::Node &node = m_document->m_nodes[size_t(m_node)];
    return m_document->decode(node.offset, node.length, node.flags & FastJsonDocument::Escaped);
}

double FastJsonValue::toDouble() const
{
    return isDouble() ? m_document->m_numbers[size_t(m_document->m_nodes[size_t(m_node)].offset)].toDouble() : 0;
}

QVariant FastJsonValue::toVariant() const
{
    return isDouble() ? m_document->m_numbers[size_t(m_document->m_nodes[size_t(m_node)].offset)].toVariant() : QVariant();
}

FastJsonArray FastJsonValue::toArray() const
{
    FastJsonArray array;
    if (isArray()) {
        const FastJsonDocument::Node &node = m_document->m_nodes[size_t(m_node)];
        array.m_document = m_document;
        array.m_first = node.offset;
        array.m_count = node.length;
    }
    return array;
}

FastJsonObject FastJsonValue::toObject() const
{
    FastJsonObject object;
    if (isObject()) {
        const FastJsonDocument::Node &node = m_document->m_nodes[size_t(m_node)];
        object.m_document = m_document;
        object.m_first = node.offset;
        object.m_count = node.length;
    }
    return object;
}

FastJsonValue FastJsonArray::at(qsizetype i) const
{
    if (i < 0 || i >= m_count)
        return FastJsonValue();
    return FastJsonValue(m_document, m_document->m_children[size_t(m_first + i)]);
}

FastJsonValue FastJsonObject::value(QLatin1String key) const
{
    // From the end: the last of duplicate keys wins, as in QJsonObject.
    for (int i = m_count - 1; i >= 0; --i) {
        const int child = m_document->m_children[size_t(m_first + i)];
        if (m_document->keyEquals(m_document->m_nodes[size_t(child)], key))
            return FastJsonValue(m_document, child);
    }
    return FastJsonValue();
}

} // namespace tidings
