#include "core/feed/xmlrepair.h"
#include "core/feed/xmlrepair_p.h"
#include "core/html/htmlentities.h"

#include <algorithm>

namespace tidings::detail {
namespace {

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
            || (c >= 0x10000 && c <= 0x10FFFF);
}

// Feeds carry raw HTML in descriptions; these never have content, so `<br>` means `<br/>`.
// (<link> and <image> are not here: they are RSS elements with content.)
bool isVoidElement(QByteArrayView name)
{
    static constexpr const char *kVoid[] = {"br", "hr", "img", "wbr", "source", "track", "area",
                                            "col", "param", "embed", "input"};
    if (name.size() < 2 || name.size() > 6)
        return false;
    for (const char *v : kVoid) {
        if (name.compare(v, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// RSS and Atom elements that hold only text. Not <description> (it often holds raw HTML) and not
// <author> (text in RSS, but Atom's holds <name>, <email> and <uri>).
bool isTextOnlyFeedElement(QByteArrayView name)
{
    static constexpr const char *kNames[] = {
        "title", "link", "guid", "pubDate", "category", "comments", "language", "copyright",
        "managingEditor", "webMaster", "lastBuildDate", "generator", "docs", "ttl", "url", "width",
        "height", "name", "id", "updated", "published", "email", "uri",
    };
    for (const char *n : kNames) {
        if (name == n)
            return true;
    }
    return false;
}

bool isRepeatingFeedElement(QByteArrayView name)
{
    return name == "item" || name == "entry";
}

} // namespace

// Feed structure that broken markup leaves implicit: a new <item> or <entry> ends the one before it,
// and a feed element cannot start inside a text-only one (<title>, <link>...), so a start tag there
// means an end tag was forgotten. Closing them here reads hand-written feeds as their authors meant.
void Repairer::closeImpliedBy(QByteArrayView name, qsizetype at)
{
    const bool repeating = isRepeatingFeedElement(name);
    if (!repeating && !isTextOnlyFeedElement(name) && name != "channel")
        return;
    const qsizetype depth = qsizetype(m_open.size());
    auto openName = [this](qsizetype i) { return QByteArrayView(m_data + m_open[i].name, m_open[i].nameLength); };
    qsizetype closeFrom = depth;
    if (repeating) {
        for (qsizetype i = depth - 1; i >= 0 && i >= depth - kMaxEndTagSearch; --i) {
            if (openName(i) == name) {
                closeFrom = i;
                break;
            }
        }
    }
    if (closeFrom == depth && depth > 0 && isTextOnlyFeedElement(openName(depth - 1)))
        closeFrom = depth - 1;
    if (closeFrom == depth)
        return;
    ++m_impliedClosings;
    QByteArray closing;
    for (qsizetype x = depth - 1; x >= closeFrom; --x) {
        if (m_open[x].isVoid) {
            closeVoid(m_open[x]);
        } else {
            closing += "</" + openName(x).toByteArray() + '>';
            note(UnclosedElement, m_open[x].name - 1);
        }
    }
    replace(at, at, closing);
    m_open.resize(closeFrom);
}

void Repairer::startTag()
{
    const qsizetype start = m_pos;
    qsizetype k = m_pos + 1;
    while (k < m_size && kNameChar.has[uchar(m_data[k])])
        ++k;
    const QByteArrayView name(m_data + m_pos + 1, k - m_pos - 1);
    if (k < m_size && !isSpace(uchar(m_data[k])) && m_data[k] != '>' && m_data[k] != '/') {
        strayLessThan();
        return;
    }
    if (m_untracked == 0 && m_implyClosings)
        closeImpliedBy(name, start);
    const bool isVoid = isVoidElement(name);
    m_attributeNames.clear();
    qsizetype close = -1;
    bool selfClosed = false;
    for (;;) {
        const qsizetype gap = k;
        while (k < m_size && isSpace(uchar(m_data[k])))
            ++k;
        if (k >= m_size) {   // unterminated at the end: nothing after it to save
            m_pos = m_size;
            return;
        }
        const char c = m_data[k];
        if (c == '>') {
            close = k++;
            break;
        }
        if (c == '/') {
            qsizetype m = k + 1;
            while (m < m_size && isSpace(uchar(m_data[m])))
                ++m;
            if (byte(m) == '>') {
                if (m > k + 1) {
                    replace(k + 1, m, {});
                    note(MalformedTag, k);
                }
                selfClosed = true;
                k = m + 1;
                break;
            }
            replace(k, k + 1, {});
            note(MalformedTag, k);
            ++k;
            continue;
        }
        if (c == '<') {   // "<a href='x'<b>": the tag was never closed
            replace(k, k, isVoid ? "/>" : ">");
            note(MalformedTag, k);
            selfClosed = isVoid;
            break;
        }
        if (c == '"' || c == '\'') {   // a value without a name
            const void *quote = std::memchr(m_data + k + 1, c, size_t(m_size - k - 1));
            if (!quote) {
                m_pos = m_size;
                return;
            }
            const qsizetype end = static_cast<const char *>(quote) - m_data + 1;
            replace(gap, end, {});
            note(MalformedTag, k);
            k = end;
            continue;
        }

        const qsizetype nameStart = k;
        while (k < m_size && !kAttributeNameEnd.has[uchar(m_data[k])])
            ++k;
        if (k == nameStart && m_data[k] != '=')
            ++k;   // a forbidden character: dropped below with the rest of this non-attribute
        const QByteArrayView attribute(m_data + nameStart, k - nameStart);
        bool valid = !attribute.isEmpty() && kNameStart.has[uchar(attribute.front())];
        for (qsizetype m = 1; valid && m < attribute.size(); ++m)
            valid = kNameChar.has[uchar(attribute[m])];
        Repair dropped = RepairCount;
        if (!valid)
            dropped = attribute.isEmpty() ? MalformedTag : BadAttributeName;
        else if (m_attributeNames.size() >= size_t(kMaxAttributesPerTag) || nameStart - start > kMaxTagBytes)
            dropped = ExcessAttribute;
        else if (std::find(m_attributeNames.begin(), m_attributeNames.end(), attribute) != m_attributeNames.end())
            dropped = DuplicateAttribute;
        const bool keep = dropped == RepairCount;
        if (keep && gap == nameStart) {   // <a x="1"y="2">
            replace(nameStart, nameStart, " ");
            note(MalformedTag, nameStart);
        }

        qsizetype v = k;
        while (v < m_size && isSpace(uchar(m_data[v])))
            ++v;
        if (byte(v) == '=') {
            ++v;
            while (v < m_size && isSpace(uchar(m_data[v])))
                ++v;
            if (v >= m_size) {
                m_pos = m_size;
                return;
            }
            if (m_data[v] == '"' || m_data[v] == '\'') {
                const void *quote = keep ? nullptr : std::memchr(m_data + v + 1, m_data[v], size_t(m_size - v - 1));
                const qsizetype closing = keep ? quotedValue(v) : quote ? static_cast<const char *>(quote) - m_data : -1;
                if (closing < 0) {
                    m_pos = m_size;
                    return;
                }
                k = closing + 1;
            } else {
                k = unquotedValue(v, keep);
            }
        } else if (keep) {   // <input disabled>: HTML's boolean attributes mean an empty value
            replace(k, k, "=\"\"");
            note(MissingValue, nameStart);
        }
        if (keep) {
            m_attributeNames.push_back(attribute);
        } else {
            replace(gap, k, {});
            note(dropped, nameStart);
        }
    }
    if (!selfClosed) {
        if (qsizetype(m_open.size()) >= kMaxTrackedDepth)
            ++m_untracked;
        else
            m_open.push_back({start + 1, name.size(), close, isVoid && close >= 0});
    }
    m_pos = k;
}

void Repairer::endTag()
{
    qsizetype k = m_pos + 2;
    if (!kNameStart.has[byte(k)]) {
        strayLessThan();
        return;
    }
    while (k < m_size && kNameChar.has[uchar(m_data[k])])
        ++k;
    const QByteArrayView name(m_data + m_pos + 2, k - m_pos - 2);
    while (k < m_size && isSpace(uchar(m_data[k])))
        ++k;
    if (byte(k) != '>') {
        strayLessThan();
        return;
    }
    if (m_untracked > 0) {
        --m_untracked;
        m_pos = k + 1;
        return;
    }
    // In a well-formed document the innermost open element always matches. Otherwise the elements
    // above the match were left open: void ones are closed where they start, others here. An end tag
    // without a match (</titel>, or </i> after <b><i></b>) is dropped.
    const qsizetype depth = qsizetype(m_open.size());
    qsizetype match = depth - 1;
    for (; match >= 0 && match >= depth - kMaxEndTagSearch; --match) {
        if (QByteArrayView(m_data + m_open[match].name, m_open[match].nameLength) == name)
            break;
    }
    if (match >= 0 && match >= depth - kMaxEndTagSearch) {
        for (qsizetype x = depth - 1; x > match; --x) {
            const Open &open = m_open[x];
            if (open.isVoid) {
                closeVoid(open);
            } else {
                replace(m_pos, m_pos, "</" + QByteArrayView(m_data + open.name, open.nameLength).toByteArray() + '>');
                note(UnclosedElement, open.name - 1);
            }
        }
        m_open.resize(match);
    } else {   // closes nothing: dropped, as HTML parsers do
        replace(m_pos, k + 1, {});
        note(StrayEndTag, m_pos);
    }
    m_pos = k + 1;
}

// At '&', in text or an attribute value. Returns where scanning goes on.
qsizetype Repairer::reference(qsizetype k)
{
    const qsizetype j = k + 1;
    if (byte(j) == '#') {
        const bool hex = byte(j + 1) == 'x' || byte(j + 1) == 'X';
        const qsizetype digits = j + 1 + (hex ? 1 : 0);
        qsizetype m = digits;
        char32_t value = 0;
        for (; m < m_size; ++m) {
            const uchar c = uchar(m_data[m]);
            int digit = -1;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
                digit = (c | 0x20) - 'a' + 10;
            if (digit < 0)
                break;
            value = std::min<char32_t>(value * (hex ? 16 : 10) + char32_t(digit), 0x110000);
        }
        if (m == digits || byte(m) != ';')
            return bareAmpersand(k);
        if (!isXmlChar(value)) {
            replace(k, m + 1, "\xEF\xBF\xBD");
            note(BadReference, k);
        } else if (byte(j + 1) == 'X') {   // HTML allows &#X41;, XML only the lower-case x
            replace(j + 1, j + 2, "x");
            note(HtmlEntity, k);
        }
        return m + 1;
    }
    if (!kNameStart.has[byte(j)])
        return bareAmpersand(k);
    qsizetype m = j;
    while (m < m_size && m - j <= 64 && kNameChar.has[uchar(m_data[m])])
        ++m;
    if (byte(m) != ';' || m - j > 64)
        return bareAmpersand(k);
    const QByteArrayView name(m_data + j, m - j);
    if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos")
        return m + 1;
    char16_t key[65];
    bool ascii = true;
    for (qsizetype x = 0; x < name.size(); ++x) {
        ascii = ascii && uchar(name[x]) < 0x80;
        key[x] = char16_t(uchar(name[x]));
    }
    const QStringView characters = ascii ? htmlEntity(QStringView(key, name.size())) : QStringView();
    if (characters.isEmpty()) {
        replace(k, k + 1, "&amp;");
        note(UnknownEntity, k);
        return m + 1;
    }
    // Markup characters must stay characters, whatever the context (text, either quote).
    QByteArray replacement;
    for (char c : characters.toUtf8()) {
        if (uchar(c) < 0x20 || c == '<' || c == '>' || c == '&' || c == '"' || c == '\'')
            replacement += "&#" + QByteArray::number(int(c)) + ';';
        else
            replacement += c;
    }
    replace(k, m + 1, replacement);
    note(HtmlEntity, k);
    return m + 1;
}

// Returns the offset of the closing quote, or -1 when there is none.
qsizetype Repairer::quotedValue(qsizetype open)
{
    // An unterminated value would swallow the rest of the document: leave that to the parser's error.
    const void *found = std::memchr(m_data + open + 1, m_data[open], size_t(m_size - open - 1));
    if (!found)
        return -1;
    const qsizetype closing = static_cast<const char *>(found) - m_data;
    const char quote = m_data[open];
    qsizetype k = open + 1;
    while (k < closing) {
        if (!kValue.has[uchar(m_data[k])]) {
            ++k;
        } else if (m_data[k] == quote) {
            return k;
        } else if (m_data[k] == '"' || m_data[k] == '\'') {
            ++k;
        } else if (m_data[k] == '<') {
            replace(k, k + 1, "&lt;");
            note(StrayLessThan, k);
            ++k;
        } else if (m_data[k] == '&') {
            k = reference(k);
        } else {
            k = badCharacter(k);
        }
    }
    return closing;
}

// HTML's unquoted values run to whitespace or '>'. Returns the offset after the value.
qsizetype Repairer::unquotedValue(qsizetype k, bool keep)
{
    if (keep) {
        replace(k, k, "\"");
        note(UnquotedValue, k);
    }
    while (k < m_size && !isSpace(uchar(m_data[k])) && m_data[k] != '>') {
        if (!keep || !kValue.has[uchar(m_data[k])] || m_data[k] == '\'') {
            ++k;
        } else if (m_data[k] == '"' || m_data[k] == '<') {
            replace(k, k + 1, m_data[k] == '"' ? "&quot;" : "&lt;");
            ++k;
        } else if (m_data[k] == '&') {
            k = reference(k);
        } else {
            k = badCharacter(k);
        }
    }
    if (keep)
        replace(k, k, "\"");
    return k;
}
} // namespace tidings::detail
