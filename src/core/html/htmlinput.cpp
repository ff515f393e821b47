#include "core/html/htmlinput.h"
#include "core/html/htmlentities.h"

#include <QString>
#include <algorithm>
#include <cstring>

namespace tidings::detail {
namespace {

constexpr char kPrefix[] = "<html><body>";

// No article needs more; it bounds libxml2's quadratic duplicate check at 100² per tag.
constexpr int kMaxAttributes = 100;

// libxml2 reads at most this many characters into one tag or attribute name; the rest of a longer
// name starts another attribute, which the attribute count has to know.
constexpr qsizetype kLibxmlNameLength = 100;

// Numeric references to C1 controls mean windows-1252, as the HTML standard says ("&#150;" is –).
constexpr char16_t kWindows1252[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlnum(char c) { return isAlpha(c) || isDigit(c); }
bool isHexDigit(char c) { return isDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
int hexValue(char c) { return isDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10; }

// libxml2's notion of blanks and of name characters, which decide where its attributes start.
bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool isNameStart(char c) { return isAlpha(c) || c == '_' || c == ':' || c == '.'; }
bool isNameChar(char c) { return isNameStart(c) || isDigit(c) || c == '-'; }

bool equalsIgnoringCase(QByteArrayView name, const char *lower, qsizetype length)
{
    if (name.size() != length)
        return false;
    for (qsizetype i = 0; i < length; ++i) {
        if ((name[i] | 0x20) != lower[i])
            return false;
    }
    return true;
}

// The elements whose content libxml2 reads as raw text.
bool isRawTextElement(QByteArrayView name)
{
    return equalsIgnoringCase(name, "script", 6) || equalsIgnoringCase(name, "style", 5);
}

char32_t browserCodePoint(char32_t c)
{
    if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0xFFFD;
    if (c >= 0x80 && c <= 0x9F)
        return kWindows1252[c - 0x80];
    return c;
}

class Normalizer
{
public:
    Normalizer(QByteArrayView in, QByteArray &out) : m_in(in), m_out(out) {}

    void run()
    {
        const qsizetype n = m_in.size();
        qsizetype i = 0;
        while (i < n) {
            qsizetype j = i;
            while (j < n && m_in[j] != '<' && m_in[j] != '&' && m_in[j] != '\0')
                ++j;
            m_out.append(m_in.data() + i, j - i);
            if (j == n)
                break;
            if (m_in[j] == '\0')
                i = j + 1;
            else if (m_in[j] == '&')
                i = reference(j, n);
            else
                i = markup(j);
        }
    }

private:
    char at(qsizetype i) const { return i < m_in.size() ? m_in[i] : '\0'; }

    qsizetype after(qsizetype from, char c) const
    {
        const qsizetype found = m_in.indexOf(c, from);
        return found < 0 ? m_in.size() : found + 1;
    }

    // Copies [i, end) with references normalised and NULs dropped.
    void copyText(qsizetype i, qsizetype end)
    {
        while (i < end) {
            qsizetype j = i;
            while (j < end && m_in[j] != '&' && m_in[j] != '\0')
                ++j;
            m_out.append(m_in.data() + i, j - i);
            if (j == end)
                break;
            i = m_in[j] == '\0' ? j + 1 : reference(j, end);
        }
    }

    void appendCodePoint(char32_t c)
    {
        // ASCII stays a reference so that a decoded '<' or '"' cannot change how the markup
        // around it is read; anything else is plain text to libxml2.
        if (c < 0x80) {
            m_out += "&#";
            m_out += QByteArray::number(uint(c));
            m_out += ';';
        } else if (c < 0x800) {
            m_out += char(0xC0 | (c >> 6));
            m_out += char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            m_out += char(0xE0 | (c >> 12));
            m_out += char(0x80 | ((c >> 6) & 0x3F));
            m_out += char(0x80 | (c & 0x3F));
        } else {
            m_out += char(0xF0 | (c >> 18));
            m_out += char(0x80 | ((c >> 12) & 0x3F));
            m_out += char(0x80 | ((c >> 6) & 0x3F));
            m_out += char(0x80 | (c & 0x3F));
        }
    }

    void appendEntity(QStringView value)
    {
        for (qsizetype k = 0; k < value.size(); ++k) {
            char32_t c = value[k].unicode();
            if (QChar::isHighSurrogate(c) && k + 1 < value.size())
                c = QChar::surrogateToUcs4(char16_t(c), value[++k].unicode());
            appendCodePoint(c);
        }
    }

    // At m_in[i] == '&'; returns the index after what was consumed.
    qsizetype reference(qsizetype i, qsizetype end)
    {
        qsizetype j = i + 1;
        if (j < end && m_in[j] == '#') {
            ++j;
            const bool hex = j < end && (m_in[j] | 0x20) == 'x';
            if (hex)
                ++j;
            const qsizetype digits = j;
            char32_t value = 0;
            for (; j < end && (hex ? isHexDigit(m_in[j]) : isDigit(m_in[j])); ++j)
                value = std::min<char32_t>(value * (hex ? 16 : 10) + hexValue(m_in[j]), 0x110000);
            if (j == digits) {
                m_out += "&amp;";
                return i + 1;
            }
            if (j < end && m_in[j] == ';')
                ++j;
            appendCodePoint(browserCodePoint(value));
            return j;
        }
        qsizetype nameEnd = j;
        while (nameEnd < end && nameEnd - j <= 40 && isAlnum(m_in[nameEnd]))
            ++nameEnd;
        const qsizetype length = nameEnd - j;
        if (length > 0 && length <= 40) {
            char16_t buffer[40];
            std::copy(m_in.data() + j, m_in.data() + nameEnd, buffer);
            const QStringView name(buffer, length);
            if (nameEnd < end && m_in[nameEnd] == ';') {
                const QStringView value = htmlEntity(name);
                if (!value.isEmpty()) {
                    appendEntity(value);
                    return nameEnd + 1;
                }
            } else {
                // Browsers decode "&copy" without ';' too, but not before '=' or a letter in an
                // attribute ("?a=1&copy=2" stays a URL): taking the attribute rule everywhere
                // keeps URLs intact and only leaves rare text like "&copy2024" undecoded.
                for (qsizetype l = length; l > 0; --l) {
                    if (isLegacyHtmlEntity(name.first(l))) {
                        const char next = j + l < end ? m_in[j + l] : '\0';
                        if (isAlnum(next) || next == '=')
                            break;
                        appendEntity(htmlEntity(name.first(l)));
                        return j + l;
                    }
                }
            }
        }
        m_out += "&amp;";
        return i + 1;
    }

    // At m_in[i] == '<': a tag, or something browsers read as a comment, or a plain '<'.
    qsizetype markup(qsizetype i)
    {
        const char next = at(i + 1);
        if (next == '!') {
            if (at(i + 2) == '-' && at(i + 3) == '-')
                return commentEnd(i + 4);
            return after(i + 2, '>');
        }
        if (next == '?')
            return after(i + 2, '>');
        if (next == '/') {
            if (isAlpha(at(i + 2)))
                return tag(i);
            return at(i + 2) == '>' ? i + 3 : after(i + 2, '>');
        }
        if (isAlpha(next))
            return tag(i);
        m_out += "&lt;";
        return i + 1;
    }

    // After "<!--": the end of the comment as the HTML standard finds it.
    qsizetype commentEnd(qsizetype i) const
    {
        if (at(i) == '>')
            return i + 1;
        if (at(i) == '-' && at(i + 1) == '>')
            return i + 2;
        for (qsizetype k = m_in.indexOf("--", i); k >= 0; k = m_in.indexOf("--", k + 1)) {
            if (at(k + 2) == '>')
                return k + 3;
            if (at(k + 2) == '!' && at(k + 3) == '>')
                return k + 4;
        }
        return m_in.size();
    }

    // A start or end tag at m_in[i] == '<', read the way libxml2 will read it, to count the
    // attributes it would see.
    qsizetype tag(qsizetype i)
    {
        const qsizetype n = m_in.size();
        const bool endTag = m_in[i + 1] == '/';
        const qsizetype nameStart = i + (endTag ? 2 : 1);
        qsizetype j = nameStart;
        while (j < n && isNameChar(m_in[j]))
            ++j;
        const QByteArrayView name = m_in.sliced(nameStart, j - nameStart);
        qsizetype attributes = (name.size() - 1) / kLibxmlNameLength;
        bool selfClosing = false;
        while (j < n && m_in[j] != '>') {
            const char c = m_in[j];
            if (isBlank(c)) {
                ++j;
            } else if (c == '/' && at(j + 1) == '>') {
                selfClosing = true;
                ++j;
            } else if (isNameStart(c)) {
                const qsizetype attributeStart = j;
                while (j < n && isNameChar(m_in[j]))
                    ++j;
                attributes += 1 + (j - attributeStart - 1) / kLibxmlNameLength;
                while (j < n && isBlank(m_in[j]))
                    ++j;
                if (j < n && m_in[j] == '=') {
                    ++j;
                    while (j < n && isBlank(m_in[j]))
                        ++j;
                    if (j < n && (m_in[j] == '"' || m_in[j] == '\''))
                        j = after(j + 1, m_in[j]);
                    else
                        while (j < n && !isBlank(m_in[j]) && m_in[j] != '>')
                            ++j;
                }
            } else {
                // libxml2 skips what cannot start an attribute up to the next blank.
                while (j < n && !isBlank(m_in[j]) && m_in[j] != '>' && !(m_in[j] == '/' && at(j + 1) == '>'))
                    ++j;
            }
        }
        const qsizetype end = j < n ? j + 1 : n;
        if (attributes > kMaxAttributes)
            return end;
        copyText(i, end);
        if (!endTag && !selfClosing && isRawTextElement(name))
            return copyRawText(end, name);
        return end;
    }

    // Script and style content up to "</name", which is where libxml2 ends it too.
    qsizetype copyRawText(qsizetype i, QByteArrayView name)
    {
        char lowerName[8] = {};
        for (qsizetype k = 0; k < name.size(); ++k)
            lowerName[k] = char(name[k] | 0x20);
        qsizetype end = m_in.size();
        for (qsizetype k = m_in.indexOf("</", i); k >= 0; k = m_in.indexOf("</", k + 2)) {
            if (k + 2 + name.size() <= m_in.size()
                && equalsIgnoringCase(m_in.sliced(k + 2, name.size()), lowerName, name.size())) {
                end = k;
                break;
            }
        }
        while (i < end) {
            const void *found = std::memchr(m_in.data() + i, '\0', size_t(end - i));
            const qsizetype nul = found ? static_cast<const char *>(found) - m_in.data() : end;
            m_out.append(m_in.data() + i, nul - i);
            i = nul + 1;
        }
        return end;
    }

    const QByteArrayView m_in;
    QByteArray &m_out;
};

} // namespace

QByteArray prepareHtmlInput(QStringView html)
{
    const QByteArray utf8 = html.toUtf8();
    QByteArray out;
    out.reserve(sizeof kPrefix + utf8.size() + utf8.size() / 16);
    out += kPrefix;
    Normalizer(utf8, out).run();
    return out;
}

} // namespace tidings::detail
