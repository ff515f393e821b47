#include "core/html/htmltext.h"
#include "core/html/htmlentities.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace tidings {
namespace {

// HTML collapses ASCII whitespace only; U+00A0 is how authors ask for a space that stays.
bool isHtmlSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiAlpha(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(char16_t c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isAsciiAlnum(char16_t c)
{
    return isAsciiAlpha(c) || isDigit(c);
}

enum class CharClass : unsigned char { Other, Space, Ampersand };

constexpr std::array<CharClass, 128> kCharClasses = [] {
    std::array<CharClass, 128> classes{};
    for (char c : {' ', '\t', '\n', '\r', '\f'})
        classes[size_t(c)] = CharClass::Space;
    classes[size_t('&')] = CharClass::Ampersand;
    return classes;
}();

// The output of htmlToPlainText(), written through a pointer into a buffer sized for the worst
// case: removing tags, collapsing whitespace and decoding references only ever shrink the text,
// and the one space added stands for at least one character or tag removed. Calling
// QString::append() per word cost more than the rest of the conversion.
class PlainTextWriter
{
public:
    explicit PlainTextWriter(qsizetype capacity)
        : m_text(capacity, Qt::Uninitialized)
        , m_begin(reinterpret_cast<char16_t *>(m_text.data()))
        , m_out(m_begin)
    {
    }
    PlainTextWriter(const PlainTextWriter &) = delete;
    PlainTextWriter &operator=(const PlainTextWriter &) = delete;

    // Appends `text` with whitespace runs collapsed. A pending space survives between "a <b>b</b>"
    // while leading and trailing whitespace never reach the output. With `decodeReferences`, the
    // first '&' hands the rest of the run to decodeHtmlEntities() (most text has none, and this way
    // it is read once).
    void appendCollapsed(QStringView text, bool decodeReferences)
    {
        // Never taken when the reasoning above holds; cheap insurance if it one day does not.
        if (m_out - m_begin + text.size() + 1 > m_text.size())
            grow(text.size() + 1);
        const char16_t *const begin = text.utf16();
        const char16_t *p = begin;
        const char16_t *const end = p + text.size();
        char16_t *out = m_out;
        for (; p < end; ++p) {
            const char16_t c = *p;
            if (c < 0x80) {
                const CharClass kind = kCharClasses[c];
                if (kind == CharClass::Space) {
                    m_pendingSpace = true;
                    continue;
                }
                if (kind == CharClass::Ampersand && decodeReferences) {
                    m_out = out;
                    appendCollapsed(decodeHtmlEntities(text.sliced(p - begin)), false);
                    return;
                }
            }
            if (m_pendingSpace && out != m_begin)
                *out++ = u' ';
            m_pendingSpace = false;
            *out++ = c;
        }
        m_out = out;
    }

    void breakWords() { m_pendingSpace = true; }

    QString take()
    {
        m_text.truncate(m_out - m_begin);
        return std::move(m_text);
    }

private:
    void grow(qsizetype more)
    {
        const qsizetype used = m_out - m_begin;
        m_text.resize(used + more + m_text.size());
        m_begin = reinterpret_cast<char16_t *>(m_text.data());
        m_out = m_begin + used;
    }

    QString m_text;
    char16_t *m_begin;
    char16_t *m_out;
    bool m_pendingSpace = false;
};

bool needsCollapsing(QStringView text)
{
    if (text.isEmpty())
        return false;
    if (isHtmlSpace(text.front().unicode()) || isHtmlSpace(text.back().unicode()))
        return true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c != u' ' && isHtmlSpace(c))
            return true;
        if (c == u' ' && text.at(i + 1) == u' ')   // never the last character: checked above
            return true;
    }
    return false;
}

// Tag names read into a small lower-case ASCII buffer; anything longer is no name we look for.
struct TagName {
    char text[16] = {};
    bool operator==(const char *other) const { return std::strcmp(text, other) == 0; }
};

qsizetype readTagName(QStringView html, qsizetype pos, TagName &name)
{
    constexpr qsizetype capacity = sizeof name.text - 1;
    qsizetype i = pos;
    while (i < html.size()) {
        const char16_t c = html.at(i).unicode();
        if (isHtmlSpace(c) || c == u'/' || c == u'>')
            break;
        ++i;
    }
    if (i - pos > capacity)
        return i;   // stays empty: no name we look for is that long
    for (qsizetype k = pos; k < i; ++k) {
        const char16_t c = html.at(k).unicode();
        name.text[k - pos] = c < 0x80 ? char(isAsciiAlpha(c) ? c | 0x20 : c) : '?';
    }
    return i;
}

bool inSortedList(const char *const *begin, const char *const *end, const TagName &name)
{
    return std::binary_search(begin, end, name.text,
                              [](const char *a, const char *b) { return std::strcmp(a, b) < 0; });
}

enum TagFlag {
    BreaksWords = 1,    // separates words when rendered: "a<br>b" reads "a b", not "ab"
    DropsContent = 2,   // its content is not text a reader should see
};

// Looked up once per tag of every article the search index gets, so by first letter and then
// among the few names that share it, rather than by binary search over strcmp.
int tagFlags(const TagName &name)
{
    struct Entry {
        const char *name;
        int flags;
    };
    static const Entry entries[] = {   // sorted
        {"address", BreaksWords}, {"article", BreaksWords}, {"aside", BreaksWords},
        {"blockquote", BreaksWords}, {"br", BreaksWords}, {"caption", BreaksWords}, {"dd", BreaksWords},
        {"details", BreaksWords}, {"div", BreaksWords}, {"dl", BreaksWords}, {"dt", BreaksWords},
        {"figcaption", BreaksWords}, {"figure", BreaksWords}, {"footer", BreaksWords}, {"h1", BreaksWords},
        {"h2", BreaksWords}, {"h3", BreaksWords}, {"h4", BreaksWords}, {"h5", BreaksWords},
        {"h6", BreaksWords}, {"header", BreaksWords}, {"hr", BreaksWords}, {"iframe", DropsContent},
        {"li", BreaksWords}, {"main", BreaksWords}, {"nav", BreaksWords}, {"noembed", DropsContent},
        {"noframes", DropsContent}, {"noscript", DropsContent}, {"ol", BreaksWords}, {"p", BreaksWords},
        {"pre", BreaksWords}, {"script", DropsContent}, {"section", BreaksWords}, {"style", DropsContent},
        {"summary", BreaksWords}, {"table", BreaksWords}, {"td", BreaksWords}, {"template", DropsContent},
        {"th", BreaksWords}, {"tr", BreaksWords}, {"ul", BreaksWords}};
    struct Range {
        unsigned char begin = 0;
        unsigned char end = 0;
    };
    static const auto byLetter = [] {
        std::array<Range, 26> ranges{};
        for (unsigned char i = 0; i < std::size(entries); ++i) {
            Range &range = ranges[size_t(entries[i].name[0] - 'a')];
            if (range.begin == range.end)
                range.begin = i;
            range.end = i + 1;
        }
        return ranges;
    }();
    const char first = name.text[0];
    if (first < 'a' || first > 'z')
        return 0;
    const Range range = byLetter[size_t(first - 'a')];
    for (unsigned char i = range.begin; i < range.end; ++i) {
        if (std::strcmp(entries[i].name, name.text) == 0)
            return entries[i].flags;
    }
    return 0;
}

// Known element names, so that "List<int>" or "a <b" in a title is not mistaken for markup.
bool isKnownElement(const TagName &name)
{
    static const char *const names[] = {
        "a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b",
        "base", "bdi", "bdo", "big", "blink", "blockquote", "body", "br", "button", "canvas",
        "caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn",
        "dialog", "div", "dl", "dt", "em", "embed", "figcaption", "figure", "font", "footer",
        "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "li", "link", "main", "mark",
        "marquee", "math", "meta", "nav", "noscript", "object", "ol", "option", "p", "picture",
        "pre", "q", "rp", "rt", "ruby", "s", "samp", "script", "section", "select", "small",
        "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table",
        "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "tt",
        "u", "ul", "var", "video", "wbr"};
    return inSortedList(std::begin(names), std::end(names), name);
}

// Whether html[i] starts an attribute value: the last non-space character before it is '='.
bool followsEquals(QStringView html, qsizetype begin, qsizetype i)
{
    while (i > begin && isHtmlSpace(html.at(i - 1).unicode()))
        --i;
    return i > begin && html.at(i - 1) == u'=';
}

// Index just past the '>' closing the tag whose attributes start at `pos`, honouring quoted
// values so that alt="a > b" does not end it; -1 when the input ends inside the tag.
qsizetype skipTag(QStringView html, qsizetype pos)
{
    char16_t quote = 0;
    for (qsizetype i = pos; i < html.size(); ++i) {
        const char16_t c = html.at(i).unicode();
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == u'>') {
            return i + 1;
        } else if ((c == u'"' || c == u'\'') && followsEquals(html, pos, i)) {
            quote = c;
        }
    }
    return -1;
}

qsizetype skipPast(QStringView html, qsizetype pos, char16_t terminator)
{
    const qsizetype at = html.indexOf(QChar(terminator), pos);
    return at < 0 ? -1 : at + 1;
}

qsizetype skipPast(QStringView html, qsizetype pos, QStringView terminator)
{
    const qsizetype at = html.indexOf(terminator, pos);
    return at < 0 ? -1 : at + terminator.size();
}

// Index past "</name ...>" closing a raw-text element, matched case-insensitively as browsers do.
qsizetype skipRawText(QStringView html, qsizetype pos, const TagName &name)
{
    const QString closing = QLatin1String("</") + QLatin1String(name.text);
    for (qsizetype at = html.indexOf(closing, pos, Qt::CaseInsensitive); at >= 0;
         at = html.indexOf(closing, at + 1, Qt::CaseInsensitive)) {
        const qsizetype after = at + closing.size();
        if (after == html.size())
            return -1;
        const char16_t c = html.at(after).unicode();
        if (isHtmlSpace(c) || c == u'/' || c == u'>')
            return skipTag(html, after);
    }
    return -1;
}

// A tag, comment or similar construct starting at html[pos] == '<'. Returns the index after it, or
// `pos` when the '<' is just text ("a < b"), or -1 when it runs to the end of the input.
qsizetype skipMarkup(QStringView html, qsizetype pos, bool &breaksWords)
{
    const auto at = [&](qsizetype i) { return i < html.size() ? html.at(i).unicode() : u'\0'; };
    const char16_t next = at(pos + 1);
    TagName name;
    if (isAsciiAlpha(next)) {
        const qsizetype end = skipTag(html, readTagName(html, pos + 1, name));
        const int flags = tagFlags(name);
        breaksWords = flags & BreaksWords;
        if (end >= 0 && (flags & DropsContent))
            return skipRawText(html, end, name);
        return end;
    }
    if (next == u'/') {
        if (isAsciiAlpha(at(pos + 2))) {
            readTagName(html, pos + 2, name);
            breaksWords = tagFlags(name) & BreaksWords;
        }
        return skipPast(html, pos + 2, u'>');
    }
    if (next == u'!') {
        if (at(pos + 2) == u'-' && at(pos + 3) == u'-') {
            if (at(pos + 4) == u'>')
                return pos + 5;
            if (at(pos + 4) == u'-' && at(pos + 5) == u'>')
                return pos + 6;
            return skipPast(html, pos + 4, u"-->");
        }
        return skipPast(html, pos + 2, u'>');
    }
    if (next == u'?')
        return skipPast(html, pos + 2, u'>');
    return pos;
}

void appendText(PlainTextWriter &out, QStringView text)
{
    out.appendCollapsed(text, true);
}

bool isCharacterReference(QStringView text, qsizetype pos)
{
    qsizetype i = pos + 1;
    if (i < text.size() && text.at(i) == u'#') {
        ++i;
        const bool hex = i < text.size() && (text.at(i) == u'x' || text.at(i) == u'X');
        if (hex)
            ++i;
        const qsizetype digits = i;
        while (i < text.size() && (hex ? isHexDigit(text.at(i).unicode()) : isDigit(text.at(i).unicode())))
            ++i;
        return i > digits && i < text.size() && text.at(i) == u';';
    }
    const qsizetype nameStart = i;
    while (i < text.size() && i - nameStart <= 40 && isAsciiAlnum(text.at(i).unicode()))
        ++i;
    return i > nameStart && i < text.size() && text.at(i) == u';'
           && !htmlEntity(text.mid(nameStart, i - nameStart)).isEmpty();
}

bool isTag(QStringView text, qsizetype pos)
{
    qsizetype i = pos + 1;
    const bool closing = i < text.size() && text.at(i) == u'/';
    if (closing)
        ++i;
    if (i >= text.size() || !isAsciiAlpha(text.at(i).unicode()))
        return false;
    TagName name;
    i = readTagName(text, i, name);
    if (!isKnownElement(name) || i >= text.size())
        return false;
    if (text.at(i) == u'>')
        return true;
    if (closing) {
        while (i < text.size() && isHtmlSpace(text.at(i).unicode()))
            ++i;
        return i < text.size() && text.at(i) == u'>';
    }
    if (text.at(i) == u'/')
        return i + 1 < text.size() && text.at(i + 1) == u'>';
    return skipTag(text, i) >= 0;
}

} // namespace

QString htmlToPlainText(QStringView html)
{
    if (!html.contains(u'<') && !html.contains(u'&') && !needsCollapsing(html))
        return html.toString();

    PlainTextWriter out(html.size());
    qsizetype textStart = 0;
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype lt = html.indexOf(u'<', i);
        if (lt < 0)
            break;
        bool breaksWords = false;
        const qsizetype end = skipMarkup(html, lt, breaksWords);
        if (end == lt) {
            i = lt + 1;
            continue;
        }
        appendText(out, html.mid(textStart, lt - textStart));
        if (end < 0)
            return out.take();
        if (breaksWords)
            out.breakWords();
        i = textStart = end;
    }
    appendText(out, html.mid(textStart));
    return out.take();
}

bool looksLikeHtml(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'<' && isTag(text, i))
            return true;
        if (c == u'&' && isCharacterReference(text, i))
            return true;
    }
    return false;
}

QString plainTextToHtml(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8 + 16);
    bool inParagraph = false;
    qsizetype i = 0;
    while (i < text.size()) {
        // One line at a time; "\r\n" and a lone "\r" end lines too.
        qsizetype end = i;
        while (end < text.size() && text.at(end) != u'\n' && text.at(end) != u'\r')
            ++end;
        const QStringView line = text.mid(i, end - i);
        i = end;
        if (i < text.size())
            i += (text.at(i) == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') ? 2 : 1;

        const bool blank = std::all_of(line.begin(), line.end(),
                                       [](QChar c) { return isHtmlSpace(c.unicode()); });
        if (blank) {
            if (inParagraph)
                out.append(QLatin1String("</p>"));
            inParagraph = false;
            continue;
        }
        out.append(inParagraph ? QLatin1String("<br>") : QLatin1String("<p>"));
        inParagraph = true;
        for (const QChar c : line) {
            switch (c.unicode()) {
            case u'&': out.append(QLatin1String("&amp;")); break;
            case u'<': out.append(QLatin1String("&lt;")); break;
            case u'>': out.append(QLatin1String("&gt;")); break;
            case u'"': out.append(QLatin1String("&quot;")); break;
            default: out.append(c);
            }
        }
    }
    if (inParagraph)
        out.append(QLatin1String("</p>"));
    return out;
}

} // namespace tidings
