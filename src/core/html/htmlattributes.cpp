// Attribute values under the sanitizer policy: every value is rebuilt from what was understood of
// it (a resolved URL, a number, a keyword), never copied through, except for plain text attributes
// such as alt and title, which the serializer escapes.

#include "core/html/htmlpolicy.h"
#include "core/html/urls.h"

#include <QString>
#include <algorithm>
#include <cstring>
#include <iterator>

namespace tidings::detail {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

char toLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c | 0x20) : c;
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isSpace(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isSpace(v.back()))
        v.chop(1);
    return v;
}

bool equalsIgnoringCase(QByteArrayView a, const char *b)
{
    const std::size_t n = std::strlen(b);
    if (std::size_t(a.size()) != n)
        return false;
    for (std::size_t i = 0; i < n; ++i) {
        if (toLower(a[i]) != b[i])
            return false;
    }
    return true;
}

bool appendUrl(QByteArrayView value, const QUrl &base, UrlUse use, QByteArray &out)
{
    const QString resolved = resolveUrl(QString::fromUtf8(value), base, use);
    if (resolved.isEmpty())
        return false;
    out += resolved.toUtf8();
    return true;
}

// HTML's rules for parsing integers: leading whitespace, an optional sign, digits, and whatever
// follows ignored. The result is clamped to [min, max], as browsers clamp colspan and rowspan.
bool appendInteger(QByteArrayView value, qint64 min, qint64 max, QByteArray &out)
{
    qsizetype i = 0;
    while (i < value.size() && isSpace(value[i]))
        ++i;
    bool negative = false;
    if (i < value.size() && (value[i] == '-' || value[i] == '+'))
        negative = value[i++] == '-';
    if (i >= value.size() || !isDigit(value[i]))
        return false;
    qint64 number = 0;
    for (; i < value.size() && isDigit(value[i]); ++i)
        number = std::min<qint64>(number * 10 + (value[i] - '0'), qint64(1) << 40);
    out += QByteArray::number(std::clamp(negative ? -number : number, min, max));
    return true;
}

// HTML's rules for parsing dimension values ("300", "300px", "50%"); absurd sizes are dropped
// rather than clamped, so the image keeps its own proportions.
bool appendDimension(QByteArrayView value, QByteArray &out)
{
    constexpr qint64 largest = 10000;
    qsizetype i = 0;
    while (i < value.size() && isSpace(value[i]))
        ++i;
    qint64 number = 0;
    const qsizetype digits = i;
    for (; i < value.size() && isDigit(value[i]); ++i) {
        number = number * 10 + (value[i] - '0');
        if (number > largest)
            return false;
    }
    if (i == digits)
        return false;
    if (i < value.size() && value[i] == '.') {
        ++i;
        while (i < value.size() && isDigit(value[i]))
            ++i;
    }
    out += QByteArray::number(number);
    if (i < value.size() && value[i] == '%')
        out += '%';
    return true;
}

template <std::size_t N>
bool appendKeyword(QByteArrayView value, const char *const (&keywords)[N], QByteArray &out)
{
    value = trimmed(value);
    for (const char *keyword : keywords) {
        if (equalsIgnoringCase(value, keyword)) {
            out += keyword;
            return true;
        }
    }
    return false;
}

bool appendLanguageTag(QByteArrayView value, QByteArray &out)
{
    value = trimmed(value);
    const bool valid = !value.isEmpty() && value.size() <= 35
                       && std::all_of(value.begin(), value.end(), [](char c) {
                              return isDigit(c) || c == '-' || (toLower(c) >= 'a' && toLower(c) <= 'z');
                          });
    if (valid)
        out += value;
    return valid;
}

struct CssProperty {
    const char *name;
    const char *const *keywords;
    std::size_t count;
};

const char *const kTextAlign[] = {"left", "right", "center", "justify", "start", "end"};
const char *const kFontWeight[] = {"normal", "bold", "bolder", "lighter", "100", "200", "300",
                                   "400", "500", "600", "700", "800", "900"};
const char *const kFontStyle[] = {"normal", "italic", "oblique"};
const char *const kTextDecoration[] = {"none", "underline", "overline", "line-through"};

// Keyword-valued properties only: no value can hold a URL (the "platypus" and tracking-image
// families), a function (expression(), url()) or a length that moves the box (position, margin).
const CssProperty kCssProperties[] = {
    {"font-style", kFontStyle, std::size(kFontStyle)},
    {"font-weight", kFontWeight, std::size(kFontWeight)},
    {"text-align", kTextAlign, std::size(kTextAlign)},
    {"text-decoration", kTextDecoration, std::size(kTextDecoration)},
    {"text-decoration-line", kTextDecoration, std::size(kTextDecoration)},
};

bool appendStyle(QByteArrayView value, QByteArray &out)
{
    const qsizetype start = out.size();
    while (!value.isEmpty()) {
        qsizetype end = value.indexOf(';');
        if (end < 0)
            end = value.size();
        const QByteArrayView declaration = value.first(end);
        value = value.sliced(std::min(end + 1, value.size()));

        const qsizetype colon = declaration.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArrayView property = trimmed(declaration.first(colon));
        const QByteArrayView keyword = trimmed(declaration.sliced(colon + 1));
        for (const CssProperty &p : kCssProperties) {
            if (!equalsIgnoringCase(property, p.name))
                continue;
            const auto *found = std::find_if(p.keywords, p.keywords + p.count,
                                             [&](const char *k) { return equalsIgnoringCase(keyword, k); });
            if (found == p.keywords + p.count)
                break;
            if (out.size() > start)
                out += "; ";
            out += p.name;
            out += ": ";
            out += *found;
            break;
        }
    }
    return out.size() > start;
}

// A srcset descriptor: nothing, a width ("640w") or a pixel density ("2x", "1.5x").
bool isValidDescriptor(QByteArrayView d)
{
    if (d.isEmpty())
        return true;
    if (d.size() < 2 || d.size() > 12)
        return false;
    const char unit = d.back();
    const QByteArrayView number = d.first(d.size() - 1);
    if (unit == 'w')
        return std::all_of(number.begin(), number.end(), isDigit);
    if (unit != 'x')
        return false;
    int dots = 0;
    int digits = 0;
    for (char c : number) {
        dots += c == '.';
        digits += isDigit(c);
    }
    return dots <= 1 && digits > 0 && dots + digits == number.size();
}

} // namespace

bool isTrackingPixel(QByteArrayView width, QByteArrayView height)
{
    const auto atMostOnePixel = [](QByteArrayView value) {
        QByteArray parsed;
        return value.data() && appendDimension(value, parsed) && !parsed.endsWith('%')
               && parsed.toInt() <= 1;
    };
    return atMostOnePixel(width) && atMostOnePixel(height);
}

bool vetAttribute(Attr attribute, const ElementPolicy &element, QByteArrayView value,
                  const QUrl &base, QByteArray &out)
{
    static const char *const kDir[] = {"ltr", "rtl", "auto"};
    static const char *const kAlign[] = {"left", "center", "right", "justify"};
    static const char *const kScope[] = {"row", "col", "rowgroup", "colgroup"};
    static const char *const kKind[] = {"subtitles", "captions", "descriptions", "chapters",
                                        "metadata"};
    switch (attribute) {
    case Attr::Href:
    case Attr::Cite:
        return appendUrl(value, base, UrlUse::Navigation, out);
    case Attr::Src:
    case Attr::Poster:
        return appendUrl(value, base, UrlUse::Resource, out);
    case Attr::Srcset:
        return vetSrcset(value, base, out);
    case Attr::Width:
    case Attr::Height:
        return appendDimension(value, out);
    case Attr::Start:
    case Attr::Value:
        return appendInteger(value, -2147483647, 2147483647, out);
    case Attr::Colspan:
    case Attr::Span:
        return appendInteger(value, 1, 1000, out);
    case Attr::Rowspan:
        return appendInteger(value, 0, 65534, out);
    case Attr::Type:
        if (element.kind == ElementKind::OrderedList) {
            // The list style letters are case-sensitive: "a" and "A" differ.
            const QByteArrayView type = trimmed(value);
            const bool valid = type.size() == 1 && std::strchr("1aAiI", type[0]);
            if (valid)
                out += type;
            return valid;
        }
        out += value;   // a MIME type on <source>, only ever text
        return true;
    case Attr::Dir:
        return appendKeyword(value, kDir, out);
    case Attr::Align:
        return appendKeyword(value, kAlign, out);
    case Attr::Scope:
        return appendKeyword(value, kScope, out);
    case Attr::Kind:
        return appendKeyword(value, kKind, out);
    case Attr::Lang:
    case Attr::Srclang:
        return appendLanguageTag(value, out);
    case Attr::Style:
        return appendStyle(value, out);
    case Attr::Reversed:
    case Attr::Open:
    case Attr::Default:
        return true;
    case Attr::Alt:
    case Attr::Title:
    case Attr::Headers:
    case Attr::Abbr:
    case Attr::Datetime:
    case Attr::Label:
        out += value;
        return true;
    case Attr::Count:
        break;
    }
    return false;
}

// The HTML srcset grammar, simplified: a URL is a run of non-space characters (data: URLs keep
// their commas), trailing commas end a candidate without descriptors, otherwise the descriptor runs
// to the next comma.
bool vetSrcset(QByteArrayView value, const QUrl &base, QByteArray &out)
{
    const qsizetype start = out.size();
    qsizetype i = 0;
    const qsizetype n = value.size();
    while (i < n) {
        while (i < n && (isSpace(value[i]) || value[i] == ','))
            ++i;
        if (i >= n)
            break;
        const qsizetype urlStart = i;
        while (i < n && !isSpace(value[i]))
            ++i;
        QByteArrayView url = value.sliced(urlStart, i - urlStart);
        QByteArrayView descriptor;
        if (url.endsWith(',')) {
            while (url.endsWith(','))
                url.chop(1);
        } else {
            const qsizetype comma = value.indexOf(',', i);
            const qsizetype end = comma < 0 ? n : comma;
            descriptor = trimmed(value.sliced(i, end - i));
            i = end;
        }
        if (!isValidDescriptor(descriptor))
            continue;
        const qsizetype before = out.size();
        if (before > start)
            out += ", ";
        if (!appendUrl(url, base, UrlUse::Resource, out)) {
            out.truncate(before);
            continue;
        }
        if (!descriptor.isEmpty()) {
            out += ' ';
            out += descriptor;
        }
    }
    return out.size() > start;
}

} // namespace tidings::detail
