#include "core/feed/fastxmltokenizer.h"

#include "core/feed/utf8sequence.h"
#include "core/feed/xmlrepair.h"

#include <cstring>

namespace tidings {

namespace {

using uchar = unsigned char;

// Bytes character data can run over without a second look: everything but markup, references,
// carriage returns, ']' (of a "]]>") and control characters (including the terminating NUL). UTF-8
// sequences were validated beforehand (isValidUtf8).
struct PlainTable {
    bool plain[256];
    constexpr PlainTable() : plain()
    {
        for (int c = 0; c < 256; ++c)
            plain[c] = c >= 0x20 || c == '\t' || c == '\n';
        plain[int('<')] = plain[int('&')] = plain[int(']')] = false;
    }
};
constexpr PlainTable kPlain;

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

inline bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

inline bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// The length of the valid UTF-8 sequence of an XML character at `p` (non-ASCII lead byte), 0 when
// it is not one: XML forbids U+FFFE and U+FFFF, and allows every astral character.
inline int utf8SequenceLength(const uchar *p)
{
    return detail::utf8SequenceLength(p, [](uint cp) { return cp == 0xFFFE || cp == 0xFFFF; });
}

} // namespace

FastXmlTokenizer::FastXmlTokenizer(const QByteArray &utf8)
    : m_data(detail::nulTerminated(utf8))
{
    m_begin = m_data.constData();
    m_end = m_begin + m_data.size();
    m_pos = m_begin;
    m_countedTo = m_begin;
}

QXmlStreamReader::TokenType FastXmlTokenizer::bail(const char *reason)
{
    m_unsupported = true;
    m_reason = reason;
    m_token = QXmlStreamReader::Invalid;
    return m_token;
}

char16_t *FastXmlTokenizer::reserve(qsizetype units)
{
    if (m_used + units > m_buffer.size())
        m_buffer.resize(std::max<qsizetype>(m_used + units, m_buffer.size() * 2));
    return reinterpret_cast<char16_t *>(m_buffer.data()) + m_used;
}

bool FastXmlTokenizer::isValidUtf8() const
{
    const uchar *p = reinterpret_cast<const uchar *>(m_begin);
    const uchar *end = reinterpret_cast<const uchar *>(m_end);
    while (p < end) {
        // ASCII eight bytes at a time: most of any feed.
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int length = utf8SequenceLength(p);
        if (length == 0 || length > end - p)
            return false;
        p += length;
    }
    return true;
}

void FastXmlTokenizer::skipWhitespace()
{
    while (isSpace(*m_pos))
        ++m_pos;
}

QXmlStreamReader::TokenType FastXmlTokenizer::readNext()
{
    if (m_unsupported)
        return QXmlStreamReader::Invalid;
    m_used = 0;
    m_attributes.clear();
    m_textLength = 0;
    m_whitespace = false;
    m_cdata = false;
    if (!m_pendingEnd) {
        m_nameLength = 0;
        m_prefixLength = 0;
    } else {
        // The EndElement of an empty-element tag: same name, same position, no attributes.
        m_pendingEnd = false;
        m_open.pop_back();
        m_token = QXmlStreamReader::EndElement;
        m_used = m_nameLength;
        return m_token;
    }
    switch (m_token) {
    case QXmlStreamReader::NoToken:
        if (m_end - m_begin >= 3 && std::memcmp(m_begin, "\xEF\xBB\xBF", 3) == 0)
            return bail("byte order mark");
        // QXmlStreamReader reports no StartDocument, only an error, for fewer than four characters.
        if (m_end - m_begin < 16) {
            int units = 0;
            for (const char *p = m_begin; p < m_end; ++p) {
                if ((uchar(*p) & 0xC0) != 0x80)
                    units += uchar(*p) >= 0xF0 ? 2 : 1;
            }
            if (units < 4)
                return bail("document too short");
        }
        // QXmlStreamReader decodes ahead of the tokens it reports and fails on a bad sequence before
        // reporting what precedes it; a whole-document check keeps the reported prefix the same.
        if (!isValidUtf8())
            return bail("invalid UTF-8 or a character XML forbids");
        // Qt reports no StartDocument either when the start makes it guess UTF-16 or UTF-32 (NUL
        // bytes), or when there is nothing but whitespace.
        skipWhitespace();
        if (m_pos == m_end)
            return bail("no root element");
        if (m_pos[0] != '<' || !(isNameStart(m_pos[1]) || m_pos[1] == '?' || m_pos[1] == '!'))
            return bail("text outside the root element");
        m_pos = m_begin;
        if (QByteArrayView(m_begin, 3).compare("<?x", Qt::CaseInsensitive) == 0) {
            // Qt reads a declaration whole (or what may start one) before it reports StartDocument.
            if (std::memcmp(m_begin, "<?xml", 5) != 0 || !isSpace(m_begin[5]))
                return bail("XML declaration");
            if (!readDeclaration())
                return QXmlStreamReader::Invalid;
        }
        m_tokenEnd = m_pos;
        return m_token = QXmlStreamReader::StartDocument;
    case QXmlStreamReader::EndDocument:
        return bail("read past the end");
    default:
        break;
    }
    if (m_open.empty())
        return readProlog();
    if (m_pos == m_end)
        return bail("premature end of document");
    if (*m_pos == '<')
        return readMarkup();
    return readText();
}

bool FastXmlTokenizer::readDeclaration()
{
    // <?xml version="1.0" encoding="UTF-8" standalone="yes"?>, each part in that order, encoding and
    // standalone optional.
    const char *p = m_begin + 5;
    auto pseudoAttribute = [&p](const char *name, QByteArrayView &value) {
        const char *q = p;
        if (!isSpace(*q))
            return false;
        while (isSpace(*q))
            ++q;
        const size_t length = std::strlen(name);
        if (std::strncmp(q, name, length) != 0)
            return false;
        q += length;
        while (isSpace(*q))
            ++q;
        if (*q++ != '=')
            return false;
        while (isSpace(*q))
            ++q;
        const char quote = *q++;
        if (quote != '"' && quote != '\'')
            return false;
        const char *start = q;
        while (*q && *q != quote && *q != '<' && *q != '>')
            ++q;
        if (*q != quote)
            return false;
        value = QByteArrayView(start, q - start);
        p = q + 1;
        return true;
    };
    QByteArrayView version;
    QByteArrayView encoding;
    QByteArrayView standalone;
    if (!pseudoAttribute("version", version) || version != "1.0")
        return bail("XML declaration"), false;
    if (pseudoAttribute("encoding", encoding) && encoding.compare("utf-8", Qt::CaseInsensitive) != 0)
        return bail("XML declaration"), false;
    if (pseudoAttribute("standalone", standalone) && standalone != "yes" && standalone != "no")
        return bail("XML declaration"), false;
    while (isSpace(*p))
        ++p;
    if (p[0] != '?' || p[1] != '>')
        return bail("XML declaration"), false;
    m_pos = p + 2;
    return true;
}

QXmlStreamReader::TokenType FastXmlTokenizer::readProlog()
{
    // Before and after the root: whitespace (never reported), comments and processing instructions.
    skipWhitespace();
    if (m_pos == m_end) {
        if (!m_rootSeen)
            return bail("no root element");
        m_tokenEnd = m_pos;
        return m_token = QXmlStreamReader::EndDocument;
    }
    if (*m_pos != '<')
        return bail("text outside the root element");
    if (m_pos[1] == '!') {
        if (m_pos[2] == '-' && m_pos[3] == '-')
            return readComment();
        return bail("DOCTYPE or other declaration");
    }
    if (m_pos[1] == '?')
        return readProcessingInstruction();
    if (m_pos[1] == '/')
        return bail("end tag outside the root element");
    if (m_rootSeen)
        return bail("second root element");
    return readStartTag();
}

QXmlStreamReader::TokenType FastXmlTokenizer::readMarkup()
{
    switch (m_pos[1]) {
    case '/':
        return readEndTag();
    case '?':
        return readProcessingInstruction();
    case '!':
        if (m_pos[2] == '-' && m_pos[3] == '-')
            return readComment();
        if (std::strncmp(m_pos + 2, "[CDATA[", 7) == 0)
            return readCdata();
        return bail("declaration inside an element");
    default:
        return readStartTag();
    }
}

bool FastXmlTokenizer::readName(int &length, int &prefixLength)
{
    // ASCII names with at most one colon inside: what feeds use. Qt's checks of other characters and
    // of colons are not reproduced; such names make the caller fall back.
    const char *start = m_pos;
    if (!isNameStart(*m_pos))
        return bail("unusual name"), false;
    ++m_pos;
    prefixLength = 0;
    for (;;) {
        while (isNameChar(*m_pos))
            ++m_pos;
        if (*m_pos != ':')
            break;
        if (prefixLength || !isNameStart(m_pos[1]))
            return bail("unusual name"), false;
        prefixLength = int(m_pos - start);
        ++m_pos;
    }
    if (static_cast<uchar>(*m_pos) >= 0x80)
        return bail("unusual name"), false;
    length = int(m_pos - start);
    char16_t *out = reserve(length);
    for (int i = 0; i < length; ++i)
        out[i] = char16_t(uchar(start[i]));
    m_used += length;
    return true;
}

QXmlStreamReader::TokenType FastXmlTokenizer::readStartTag()
{
    ++m_pos;
    const char *rawName = m_pos;
    m_nameOffset = m_used;
    if (!readName(m_nameLength, m_prefixLength))
        return QXmlStreamReader::Invalid;
    for (;;) {
        const char *beforeSpace = m_pos;
        skipWhitespace();
        if (*m_pos == '>') {
            ++m_pos;
            break;
        }
        if (m_pos[0] == '/' && m_pos[1] == '>') {
            m_pos += 2;
            m_pendingEnd = true;
            break;
        }
        if (m_pos == beforeSpace)
            return bail("malformed start tag");
        // The repair pass drops attributes past these limits (xmlrepair.h), and this check for
        // duplicates is quadratic too: such a tag goes to the repair pass and Qt.
        if (m_attributes.size() >= size_t(kMaxAttributesPerTag) || m_pos - rawName > kMaxTagBytes - 1)
            return bail("a tag with very many attributes");
        Attribute attribute;
        attribute.rawName = m_pos;
        attribute.nameOffset = m_used;
        if (!readName(attribute.nameLength, attribute.prefixLength))
            return QXmlStreamReader::Invalid;
        for (const Attribute &other : m_attributes) {
            if (other.nameLength == attribute.nameLength
                && std::memcmp(other.rawName, attribute.rawName, size_t(other.nameLength)) == 0) {
                return bail("duplicate attribute");
            }
        }
        skipWhitespace();
        if (*m_pos != '=')
            return bail("malformed start tag");
        ++m_pos;
        skipWhitespace();
        const char quote = *m_pos;
        if (quote != '"' && quote != '\'')
            return bail("malformed start tag");
        ++m_pos;
        attribute.valueOffset = m_used;
        if (!readCharacterData(quote == '"' ? "\"" : "'", 1, true))
            return QXmlStreamReader::Invalid;
        attribute.valueLength = m_used - attribute.valueOffset;
        ++m_pos;   // the closing quote
        m_attributes.push_back(attribute);
    }
    m_open.push_back({rawName, m_nameLength});
    m_rootSeen = true;
    m_tokenEnd = m_pos;
    return m_token = QXmlStreamReader::StartElement;
}

QXmlStreamReader::TokenType FastXmlTokenizer::readEndTag()
{
    m_pos += 2;
    const char *rawName = m_pos;
    m_nameOffset = m_used;
    if (!readName(m_nameLength, m_prefixLength))
        return QXmlStreamReader::Invalid;
    const OpenElement &open = m_open.back();
    if (open.length != m_nameLength || std::memcmp(open.name, rawName, size_t(m_nameLength)) != 0)
        return bail("mismatched end tag");
    skipWhitespace();
    if (*m_pos != '>')
        return bail("malformed end tag");
    ++m_pos;
    m_open.pop_back();
    m_tokenEnd = m_pos;
    return m_token = QXmlStreamReader::EndElement;
}

bool FastXmlTokenizer::appendRun(const char *from, const char *to)
{
    if (from == to)
        return true;
    char16_t *out = reserve(to - from);
    QChar *end = m_decoder.appendToBuffer(reinterpret_cast<QChar *>(out), QByteArrayView(from, to - from));
    m_used += int(reinterpret_cast<char16_t *>(end) - out);
    return true;
}

bool FastXmlTokenizer::appendReference()
{
    // At '&': the five predefined entities and character references to XML characters.
    const char *p = m_pos + 1;
    uint value = 0;
    if (*p == '#') {
        ++p;
        const char *digits;
        if (*p == 'x') {
            digits = ++p;
            for (; p - digits < 8; ++p) {
                const char c = *p;
                if (c >= '0' && c <= '9')
                    value = value * 16 + uint(c - '0');
                else if (c >= 'a' && c <= 'f')
                    value = value * 16 + uint(c - 'a' + 10);
                else if (c >= 'A' && c <= 'F')
                    value = value * 16 + uint(c - 'A' + 10);
                else
                    break;
            }
        } else {
            digits = p;
            for (; p - digits < 8 && *p >= '0' && *p <= '9'; ++p)
                value = value * 10 + uint(*p - '0');
        }
        if (p == digits || *p != ';')
            return bail("unusual character reference"), false;
        const bool xmlChar = value == 0x9 || value == 0xA || value == 0xD || (value >= 0x20 && value <= 0xD7FF)
            || (value >= 0xE000 && value <= 0xFFFD) || (value >= 0x10000 && value <= 0x10FFFF);
        if (!xmlChar)
            return bail("reference to a character XML forbids"), false;
        char16_t *out = reserve(2);
        if (value >= 0x10000) {
            out[0] = char16_t(0xD800 + ((value - 0x10000) >> 10));
            out[1] = char16_t(0xDC00 + ((value - 0x10000) & 0x3FF));
            m_used += 2;
        } else {
            out[0] = char16_t(value);
            m_used += 1;
        }
    } else {
        char16_t c;
        if (std::strncmp(p, "amp;", 4) == 0)
            c = u'&', p += 3;
        else if (std::strncmp(p, "lt;", 3) == 0)
            c = u'<', p += 2;
        else if (std::strncmp(p, "gt;", 3) == 0)
            c = u'>', p += 2;
        else if (std::strncmp(p, "quot;", 5) == 0)
            c = u'"', p += 4;
        else if (std::strncmp(p, "apos;", 5) == 0)
            c = u'\'', p += 4;
        else
            return bail("entity reference"), false;
        *reserve(1) = c;
        ++m_used;
    }
    m_pos = p + 1;
    return true;
}

// Character data up to `terminator`, which is left at m_pos: text (terminator "<"), attribute values
// (the quote), CDATA sections ("]]>"), comments ("--"), PIs ("?>"). Line ends become '\n' (a space in
// attribute values, with tabs and newlines); references are resolved in text and attribute values.
bool FastXmlTokenizer::readCharacterData(const char *terminator, int terminatorLength, bool attributeValue)
{
    const bool references = terminator[0] == '<' || attributeValue;
    const char *run = m_pos;
    for (;;) {
        const char *scan = m_pos;
        const char *p = scan;
        while (kPlain.plain[uchar(*p)])
            ++p;
        if (attributeValue) {
            // Whitespace is a space in attribute values: '\t' and '\n' are plain above, so look again.
            for (const char *q = scan; q < p; ++q) {
                if (*q == '\t' || *q == '\n' || *q == terminator[0] || *q == '<') {
                    p = q;
                    break;
                }
            }
        } else if (terminator[0] != '<') {
            const char *hit = static_cast<const char *>(std::memchr(scan, terminator[0], size_t(p - scan)));
            if (hit)
                p = hit;
        }
        m_pos = p;
        const char c = *p;
        if (c == terminator[0] && std::strncmp(p, terminator, size_t(terminatorLength)) == 0) {
            appendRun(run, p);
            if (terminator[0] == '-' && p[2] != '>')
                return bail("\"--\" in a comment"), false;
            return true;
        }
        if (p == m_end)
            return bail("premature end of document"), false;
        switch (c) {
        case '&':
            if (!references) {
                ++m_pos;
                continue;
            }
            appendRun(run, p);
            if (!appendReference())
                return false;
            run = m_pos;
            continue;
        case '\r':
            appendRun(run, p);
            *reserve(1) = attributeValue ? u' ' : u'\n';
            ++m_used;
            m_pos = p + (p[1] == '\n' ? 2 : 1);
            run = m_pos;
            continue;
        case '\t':
        case '\n':
            // Only attribute values stop here.
            appendRun(run, p);
            *reserve(1) = u' ';
            ++m_used;
            m_pos = p + 1;
            run = m_pos;
            continue;
        case '<':
            if (attributeValue)
                return bail("'<' in an attribute value"), false;
            ++m_pos;   // inside comments, CDATA sections and PIs
            continue;
        case ']':
            if (terminator[0] == '<' && p[1] == ']' && p[2] == '>')
                return bail("\"]]>\" in text"), false;
            ++m_pos;
            continue;
        default:
            break;
        }
        if (c == terminator[0] || c == '-' || c == '?' || c == '"' || c == '\'' || c == ']') {
            ++m_pos;   // the terminator's first character without the rest, or a quote that is not ours
            continue;
        }
        return bail("a control character XML forbids"), false;
    }
}

QXmlStreamReader::TokenType FastXmlTokenizer::readText()
{
    const char *start = m_pos;
    if (!readCharacterData("<", 1, false))
        return QXmlStreamReader::Invalid;
    m_textLength = m_used;
    // Whitespace only: literal whitespace characters, no references (Qt counts "&#32;" as text).
    bool whitespace = true;
    for (const char *p = start; p < m_pos; ++p) {
        if (!isSpace(*p)) {
            whitespace = false;
            break;
        }
    }
    m_whitespace = whitespace;
    // QXmlStreamReader has read the '<' that ends the text when it reports it.
    m_tokenEnd = m_pos + 1;
    return m_token = QXmlStreamReader::Characters;
}

QXmlStreamReader::TokenType FastXmlTokenizer::readComment()
{
    m_pos += 4;
    if (!readCharacterData("--", 2, false))
        return QXmlStreamReader::Invalid;
    m_textLength = m_used;
    m_pos += 3;
    m_tokenEnd = m_pos;
    return m_token = QXmlStreamReader::Comment;
}

QXmlStreamReader::TokenType FastXmlTokenizer::readCdata()
{
    m_pos += 9;
    if (!readCharacterData("]]>", 3, false))
        return QXmlStreamReader::Invalid;
    m_textLength = m_used;
    m_cdata = true;
    m_pos += 3;
    m_tokenEnd = m_pos;
    return m_token = QXmlStreamReader::Characters;
}

QXmlStreamReader::TokenType FastXmlTokenizer::readProcessingInstruction()
{
    m_pos += 2;
    const char *target = m_pos;
    int length = 0;
    int prefixLength = 0;
    if (!readName(length, prefixLength))
        return QXmlStreamReader::Invalid;
    if (prefixLength || (length == 3 && QByteArrayView(target, 3).compare("xml", Qt::CaseInsensitive) == 0))
        return bail("unusual processing instruction");
    if (!(m_pos[0] == '?' && m_pos[1] == '>')) {
        if (!isSpace(*m_pos))
            return bail("unusual processing instruction");
        if (!readCharacterData("?>", 2, false))
            return QXmlStreamReader::Invalid;
    }
    // Qt reports the target and data separately; text() is empty, and nothing here reads the rest.
    m_used = 0;
    m_pos += 2;
    m_tokenEnd = m_pos;
    return m_token = QXmlStreamReader::ProcessingInstruction;
}

void FastXmlTokenizer::countTo(const char *to) const
{
    // Lines end at "\n", "\r\n" and a lone '\r', except a '\r' that ends the document, which Qt
    // counts as a column (it never learns whether a '\n' follows); columns count UTF-16 units from
    // the line's start.
    const char *p = m_countedTo;
    if (to < p) {
        p = m_begin;
        m_line = 1;
        m_column = 0;
    }
    qint64 column = m_column;
    for (; p < to; ++p) {
        const uchar c = uchar(*p);
        if (c == '\n' || (c == '\r' && p[1] != '\n' && p + 1 != m_end)) {
            ++m_line;
            column = 0;
        } else if ((c & 0xC0) != 0x80) {
            column += c >= 0xF0 ? 2 : 1;
        }
    }
    m_column = column;
    m_countedTo = to;
}

qint64 FastXmlTokenizer::lineNumber() const
{
    return lineNumberAt(place());
}

qint64 FastXmlTokenizer::columnNumber() const
{
    return columnNumberAt(place());
}

qint64 FastXmlTokenizer::lineNumberAt(const char *place) const
{
    countTo(place);
    return m_line;
}

qint64 FastXmlTokenizer::columnNumberAt(const char *place) const
{
    countTo(place);
    return m_column;
}

} // namespace tidings
