#include "core/html/htmltokenizer.h"
#include "core/html/htmlentities_data.h"

#include <algorithm>
#include <memory>

namespace tidings::detail {
namespace {

bool isAlpha(char16_t c) { return ((c | 0x20) >= u'a' && (c | 0x20) <= u'z'); }
bool isDigit(char16_t c) { return c >= u'0' && c <= u'9'; }
bool isAlnum(char16_t c) { return isAlpha(c) || isDigit(c); }
// The standard's whitespace inside tags; CR counts because its input stream turns CR into LF.
bool isSpace(char16_t c) { return c == u' ' || c == u'\n' || c == u'\t' || c == u'\f' || c == u'\r'; }

// Numeric references to C1 controls mean windows-1252, as the HTML standard says ("&#150;" is –).
constexpr char16_t kWindows1252[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

// The named references by hash: a binary search of 2,231 names costs more than the rest of a
// typical reference. Built once; reads are thread-safe.
class EntityTable
{
public:
    static const EntityTable &instance()
    {
        static const EntityTable table;
        return table;
    }

    const HtmlEntity *find(const char16_t *name, qsizetype length) const
    {
        if (length <= 0 || length > kLongestName)
            return nullptr;
        for (quint32 slot = hash(name, length) & kMask;; slot = (slot + 1) & kMask) {
            const quint16 index = m_slots[slot];
            if (index == kEmpty)
                return nullptr;
            const HtmlEntity &e = kHtmlEntities[index];
            if (m_lengths[index] == length && std::equal(name, name + length, e.name))
                return &e;
        }
    }

    int longestLegacyName() const { return m_longestLegacy; }

private:
    static constexpr int kLongestName = 32;
    static constexpr quint32 kMask = 8191;
    static constexpr quint16 kEmpty = 0xffff;

    static quint32 hash(const char16_t *name, qsizetype length)
    {
        quint32 h = 2166136261u;
        for (qsizetype i = 0; i < length; ++i)
            h = (h ^ name[i]) * 16777619u;
        return h ^ (h >> 15);
    }

    EntityTable()
    {
        std::fill(std::begin(m_slots), std::end(m_slots), kEmpty);
        m_lengths = std::make_unique<quint8[]>(kHtmlEntityCount);
        for (std::size_t i = 0; i < kHtmlEntityCount; ++i) {
            const HtmlEntity &e = kHtmlEntities[i];
            char16_t name[kLongestName];
            const int length = int(std::strlen(e.name));
            std::copy(e.name, e.name + length, name);
            m_lengths[i] = quint8(length);
            if (e.legacy)
                m_longestLegacy = std::max(m_longestLegacy, length);
            quint32 slot = hash(name, length) & kMask;
            while (m_slots[slot] != kEmpty)
                slot = (slot + 1) & kMask;
            m_slots[slot] = quint16(i);
        }
    }

    quint16 m_slots[kMask + 1];
    std::unique_ptr<quint8[]> m_lengths;
    int m_longestLegacy = 0;
};

QStringView entityValue(const HtmlEntity &e)
{
    return QStringView(e.value, e.length);
}

// A character reference at p[0] == '&', as the standard's character reference state reads it.
// Returns how many characters it takes (0: none, the '&' is just text) and sets `value`, which may
// point into `buffer`.
qsizetype decodeReference(const char16_t *p, const char16_t *end, bool inAttribute,
                          char16_t (&buffer)[2], QStringView &value)
{
    const char16_t *q = p + 1;
    if (q < end && *q == u'#') {
        ++q;
        const bool hex = q < end && (*q | 0x20) == u'x';
        if (hex)
            ++q;
        const char16_t *digits = q;
        char32_t code = 0;
        for (; q < end; ++q) {
            int digit;
            if (isDigit(*q))
                digit = *q - u'0';
            else if (hex && (*q | 0x20) >= u'a' && (*q | 0x20) <= u'f')
                digit = (*q | 0x20) - u'a' + 10;
            else
                break;
            code = std::min<char32_t>(code * (hex ? 16 : 10) + char32_t(digit), 0x110000);
        }
        if (q == digits)
            return 0;   // "&#" and "&#x" without digits stay as they are
        if (q < end && *q == u';')
            ++q;
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            code = 0xFFFD;
        else if (code >= 0x80 && code <= 0x9F)
            code = kWindows1252[code - 0x80];
        if (code > 0xFFFF) {
            buffer[0] = QChar::highSurrogate(code);
            buffer[1] = QChar::lowSurrogate(code);
            value = QStringView(buffer, 2);
        } else {
            buffer[0] = char16_t(code);
            value = QStringView(buffer, 1);
        }
        return q - p;
    }

    const char16_t *name = q;
    while (q < end && q - name <= 32 && isAlnum(*q))
        ++q;
    const qsizetype length = q - name;
    if (length == 0)
        return 0;
    const EntityTable &table = EntityTable::instance();
    if (q < end && *q == u';') {
        if (const HtmlEntity *e = table.find(name, length)) {
            value = entityValue(*e);
            return length + 2;
        }
    }
    // Without ';' only the legacy names count, the longest that fits ("&copy2024" is ©2024) —
    // except in attribute values before '=' or a letter or digit, for URLs like "?a=1&copy=2".
    for (qsizetype l = std::min<qsizetype>(length, table.longestLegacyName()); l >= 2; --l) {
        const HtmlEntity *e = table.find(name, l);
        if (!e || !e->legacy)
            continue;
        if (inAttribute && name + l < end && (isAlnum(name[l]) || name[l] == u'='))
            return 0;
        value = entityValue(*e);
        return l + 1;
    }
    return 0;
}

bool equalsLower(const char16_t *p, const char16_t *end, const char *lower, qsizetype length)
{
    if (end - p < length)
        return false;
    for (qsizetype i = 0; i < length; ++i) {
        const char16_t c = p[i];
        if ((c >= u'A' && c <= u'Z' ? c | 0x20 : c) != char16_t(lower[i]))
            return false;
    }
    return true;
}

// Just after the next `c`, or the end of input.
const char16_t *after(const char16_t *p, const char16_t *end, char16_t c)
{
    p = findChar(p, end, c);
    return p == end ? end : p + 1;
}

// "</name" followed by what ends a tag name: where an appropriate end tag starts.
bool isEndTag(const char16_t *p, const char16_t *end, const char *lower, qsizetype length)
{
    return end - p > 2 + length && p[1] == u'/' && equalsLower(p + 2, end, lower, length)
           && (isSpace(p[2 + length]) || p[2 + length] == u'/' || p[2 + length] == u'>');
}

} // namespace

HtmlTokenizer::HtmlTokenizer(QStringView input)
    : m_p(input.utf16()), m_end(input.utf16() + input.size())
{
    if (m_p < m_end && *m_p == 0xFEFF)
        ++m_p;   // a byte order mark that survived decoding is not content
}

HtmlTokenizer::Token HtmlTokenizer::next()
{
    Token token;
    while (m_p < m_end) {
        if (*m_p == u'<') {
            if (markup(token))
                return token;
            continue;
        }
        if (m_discardText) {
            m_p = findChar(m_p, m_end, u'<');
            continue;
        }
        if (*m_p == u'&') {
            const qsizetype used = decodeReference(m_p, m_end, false, m_reference, m_text);
            if (used == 0)
                m_text = QStringView(m_p, 1);
            m_p += std::max<qsizetype>(used, 1);
            m_textIsPlain = false;
            return Token::Text;
        }
        // One scan finds both the end of the text and whatever the writer would have to escape.
        const char16_t *stop = findSpecial<false>(m_p, m_end);
        m_textIsPlain = stop > m_p;
        if (stop == m_p)
            ++stop;   // '>' or a control character, on its own
        m_text = QStringView(m_p, stop);
        m_p = stop;
        return Token::Text;
    }
    return Token::End;
}

// At '<': a tag, something skipped (comment, doctype, bogus comment), or a '<' that is text.
bool HtmlTokenizer::markup(Token &token)
{
    const char16_t *p = m_p + 1;
    if (p < m_end) {
        if (isAlpha(*p))
            return tag(false, p, token);
        if (*p == u'!') {
            m_p = declarationEnd(p + 1);
            return false;
        }
        if (*p == u'?') {
            m_p = after(p, m_end, u'>');
            return false;
        }
        if (*p == u'/' && p + 1 < m_end) {
            if (isAlpha(p[1]))
                return tag(true, p + 1, token);
            m_p = after(p + 1, m_end, u'>');   // "</>" and "</ x>"
            return false;
        }
    }
    // Not markup: the '<' (or "</" at the very end) is text.
    const char16_t *textEnd = p < m_end && *p == u'/' ? p + 1 : p;
    m_text = QStringView(m_p, textEnd);
    m_textIsPlain = false;
    m_p = textEnd;
    if (m_discardText)
        return false;
    token = Token::Text;
    return true;
}

// After "<!": a comment, doctype, CDATA section or bogus comment; returns where it ends.
const char16_t *HtmlTokenizer::declarationEnd(const char16_t *p) const
{
    if (m_end - p >= 2 && p[0] == u'-' && p[1] == u'-') {
        p += 2;
        // "<!-->" and "<!--->" end at once.
        if (p < m_end && *p == u'>')
            return p + 1;
        if (m_end - p >= 2 && p[0] == u'-' && p[1] == u'>')
            return p + 2;
        // Otherwise at "--" followed by more dashes and '>' or "!>".
        while (p < m_end) {
            const char16_t *dash = findChar(p, m_end, u'-');
            if (m_end - dash < 2)
                return m_end;
            if (dash[1] != u'-') {
                p = dash + 1;
                continue;
            }
            p = dash + 2;
            while (p < m_end && *p == u'-')
                ++p;
            if (p < m_end && *p == u'>')
                return p + 1;
            if (m_end - p >= 2 && p[0] == u'!' && p[1] == u'>')
                return p + 2;
        }
        return m_end;
    }
    if (m_foreign && m_end - p >= 7 && QStringView(p, 7) == u"[CDATA[") {
        const qsizetype close = QStringView(p + 7, m_end).indexOf(u"]]>");
        return close < 0 ? m_end : p + 7 + close + 3;
    }
    // Doctype and bogus comments end at the first '>', even inside quotes.
    return after(p, m_end, u'>');
}

// A start or end tag whose name starts at `name`. A tag the input ends in is dropped.
bool HtmlTokenizer::tag(bool endTag, const char16_t *name, Token &token)
{
    const char16_t *p = name;
    while (p < m_end && !isSpace(*p) && *p != u'/' && *p != u'>')
        ++p;
    m_tagName = QStringView(name, p);
    m_selfClosing = false;
    m_attributeCount = 0;
    m_keptAttributes = 0;
    for (;;) {
        while (p < m_end && isSpace(*p))
            ++p;
        if (p == m_end)
            break;
        if (*p == u'>') {
            m_p = p + 1;
            token = endTag ? Token::EndTag : Token::StartTag;
            return true;
        }
        if (*p == u'/') {
            // The self-closing flag counts only right before '>'; elsewhere '/' is skipped.
            if (++p < m_end && *p == u'>')
                m_selfClosing = true;
            continue;
        }
        // An attribute name: its first character may be '=' (as in `<div =x>`), later ones not.
        const char16_t *nameStart = p++;
        while (p < m_end && !isSpace(*p) && *p != u'/' && *p != u'>' && *p != u'=')
            ++p;
        const QStringView attributeName(nameStart, p);
        while (p < m_end && isSpace(*p))
            ++p;
        QStringView value(p, qsizetype(0));   // empty, not null: the attribute is there
        bool references = false;
        if (p < m_end && *p == u'=') {
            ++p;
            while (p < m_end && isSpace(*p))
                ++p;
            if (p == m_end)
                break;
            if (*p == u'"' || *p == u'\'') {
                const char16_t quote = *p++;
                const char16_t *valueStart = p;
                p = quote == u'"' ? findAny<u'"', u'&', 0>(p, m_end) : findAny<u'\'', u'&', 0>(p, m_end);
                if (p < m_end && *p != quote) {
                    references = true;
                    p = findChar(p, m_end, quote);
                }
                if (p == m_end)
                    break;
                value = QStringView(valueStart, p);
                ++p;
            } else {
                const char16_t *valueStart = p;
                while (p < m_end && !isSpace(*p) && *p != u'>') {
                    references = references || *p == u'&' || *p == 0;
                    ++p;
                }
                value = QStringView(valueStart, p);
            }
        }
        ++m_attributeCount;
        if (m_keptAttributes < kMaxAttributes)
            m_attributes[m_keptAttributes++] = {attributeName, value, references};
    }
    m_p = m_end;
    return false;
}

void HtmlTokenizer::skipText(TextMode mode, const char *lowerName)
{
    const qsizetype length = qsizetype(std::strlen(lowerName));
    switch (mode) {
    case TextMode::Data:
        return;
    case TextMode::PlainText:
        m_p = m_end;
        return;
    case TextMode::ScriptData:
        m_p = scriptEnd(m_p);
        return;
    case TextMode::RawText:
    case TextMode::RcData:
        for (const char16_t *p = m_p;; ++p) {
            p = findChar(p, m_end, u'<');
            if (p == m_end || isEndTag(p, m_end, lowerName, length)) {
                m_p = p;
                return;
            }
        }
    }
}

// Where script content ends, through the standard's script data states: inside "<!--" a
// "<script" starts a stretch in which "</script>" does not end the script.
const char16_t *HtmlTokenizer::scriptEnd(const char16_t *p) const
{
    enum class State { Data, Escaped, DoubleEscaped } state = State::Data;
    // After "--": more dashes, then '>' back to script data.
    const auto afterDashes = [&](const char16_t *q) {
        while (q < m_end && *q == u'-')
            ++q;
        if (q < m_end && *q == u'>') {
            state = State::Data;
            ++q;
        }
        return q;
    };
    const auto scriptName = [&](const char16_t *q) {
        return equalsLower(q, m_end, "script", 6) && m_end - q > 6
               && (isSpace(q[6]) || q[6] == u'/' || q[6] == u'>');
    };
    while (p < m_end) {
        if (state == State::Data) {
            p = findChar(p, m_end, u'<');
            if (p == m_end || isEndTag(p, m_end, "script", 6))
                return p;
            if (m_end - p >= 4 && p[1] == u'!' && p[2] == u'-' && p[3] == u'-') {
                state = State::Escaped;
                p = afterDashes(p + 4);
            } else {
                ++p;
            }
            continue;
        }
        p = findAny<u'-', u'<'>(p, m_end);
        if (p == m_end)
            return p;
        if (*p == u'-') {
            p = m_end - p >= 2 && p[1] == u'-' ? afterDashes(p + 2) : p + 1;
            continue;
        }
        if (state == State::Escaped) {
            if (isEndTag(p, m_end, "script", 6))
                return p;
            if (scriptName(p + 1)) {
                state = State::DoubleEscaped;
                p += 7;
                continue;
            }
        } else if (m_end - p > 1 && p[1] == u'/' && scriptName(p + 2)) {
            state = State::Escaped;
            p += 8;
            continue;
        }
        ++p;
    }
    return p;
}

void appendDecodedAttributeValue(QStringView raw, QString &out)
{
    const char16_t *p = raw.utf16();
    const char16_t *end = p + raw.size();
    while (p < end) {
        const char16_t *stop = findAny<u'&', 0>(p, end);
        out.append(QStringView(p, stop));
        if (stop == end)
            break;
        if (*stop == 0) {
            out.append(QChar(0xFFFD));
            p = stop + 1;
            continue;
        }
        char16_t buffer[2];
        QStringView value;
        const qsizetype used = decodeReference(stop, end, true, buffer, value);
        if (used == 0) {
            out.append(u'&');
            p = stop + 1;
        } else {
            out.append(value);
            p = stop + used;
        }
    }
}

} // namespace tidings::detail
