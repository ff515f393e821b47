// Attribute values under the sanitizer policy: every value is rebuilt from what was understood of
// it (a resolved URL, a number, a keyword), never copied through, except for plain text attributes
// such as alt and title, which the serializer escapes.

#include "core/html/htmlpolicy.h"
#include "core/html/urls.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace tidings::detail {
namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

char16_t toLower(QChar c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c.unicode() | 0x20) : c.unicode();
}

QStringView trimmed(QStringView v)
{
    while (!v.isEmpty() && isSpace(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isSpace(v.back()))
        v.chop(1);
    return v;
}

bool equalsIgnoringCase(QStringView a, const char *b)
{
    const std::size_t n = std::strlen(b);
    if (std::size_t(a.size()) != n)
        return false;
    for (std::size_t i = 0; i < n; ++i) {
        if (toLower(a[qsizetype(i)]) != char16_t(b[i]))
            return false;
    }
    return true;
}

void appendLatin1(const char *text, QString &out)
{
    out.append(QLatin1String(text));
}

// Without QString::number's allocation: width, height and the like are on most images.
void appendNumber(qint64 number, QString &out)
{
    char16_t digits[24];
    char16_t *p = std::end(digits);
    const bool negative = number < 0;
    quint64 n = negative ? quint64(0) - quint64(number) : quint64(number);
    do {
        *--p = char16_t(u'0' + n % 10);
        n /= 10;
    } while (n);
    if (negative)
        *--p = u'-';
    out.append(QStringView(p, std::end(digits)));
}

bool appendUrl(QStringView value, const UrlBase &base, UrlUse use, QString &out)
{
    return appendResolvedUrl(value, base, use, out);
}

// HTML's rules for parsing integers: leading whitespace, an optional sign, digits, and whatever
// follows ignored. The result is clamped to [min, max], as browsers clamp colspan and rowspan.
bool appendInteger(QStringView value, qint64 min, qint64 max, QString &out)
{
    qsizetype i = 0;
    while (i < value.size() && isSpace(value[i]))
        ++i;
    bool negative = false;
    if (i < value.size() && (value[i] == u'-' || value[i] == u'+'))
        negative = value[i++] == u'-';
    if (i >= value.size() || !isDigit(value[i]))
        return false;
    qint64 number = 0;
    for (; i < value.size() && isDigit(value[i]); ++i)
        number = std::min<qint64>(number * 10 + (value[i].unicode() - u'0'), qint64(1) << 40);
    appendNumber(std::clamp(negative ? -number : number, min, max), out);
    return true;
}

// HTML's rules for parsing dimension values ("300", "300px", "50%"); absurd sizes are dropped
// rather than clamped, so the image keeps its own proportions.
bool parseDimension(QStringView value, qint64 &number, bool &percent)
{
    constexpr qint64 largest = 10000;
    qsizetype i = 0;
    while (i < value.size() && isSpace(value[i]))
        ++i;
    number = 0;
    const qsizetype digits = i;
    for (; i < value.size() && isDigit(value[i]); ++i) {
        number = number * 10 + (value[i].unicode() - u'0');
        if (number > largest)
            return false;
    }
    if (i == digits)
        return false;
    if (i < value.size() && value[i] == u'.') {
        ++i;
        while (i < value.size() && isDigit(value[i]))
            ++i;
    }
    percent = i < value.size() && value[i] == u'%';
    return true;
}

bool appendDimension(QStringView value, QString &out)
{
    qint64 number;
    bool percent;
    if (!parseDimension(value, number, percent))
        return false;
    appendNumber(number, out);
    if (percent)
        out += u'%';
    return true;
}

template <std::size_t N>
bool appendKeyword(QStringView value, const char *const (&keywords)[N], QString &out)
{
    value = trimmed(value);
    for (const char *keyword : keywords) {
        if (equalsIgnoringCase(value, keyword)) {
            appendLatin1(keyword, out);
            return true;
        }
    }
    return false;
}

bool appendLanguageTag(QStringView value, QString &out)
{
    value = trimmed(value);
    const bool valid = !value.isEmpty() && value.size() <= 35
                       && std::all_of(value.begin(), value.end(), [](QChar c) {
                              return isDigit(c) || c == u'-' || (toLower(c) >= u'a' && toLower(c) <= u'z');
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

bool appendStyle(QStringView value, QString &out)
{
    const qsizetype start = out.size();
    while (!value.isEmpty()) {
        qsizetype end = value.indexOf(u';');
        if (end < 0)
            end = value.size();
        const QStringView declaration = value.first(end);
        value = value.sliced(std::min(end + 1, value.size()));

        const qsizetype colon = declaration.indexOf(u':');
        if (colon < 0)
            continue;
        const QStringView property = trimmed(declaration.first(colon));
        const QStringView keyword = trimmed(declaration.sliced(colon + 1));
        for (const CssProperty &p : kCssProperties) {
            if (!equalsIgnoringCase(property, p.name))
                continue;
            const auto *found = std::find_if(p.keywords, p.keywords + p.count,
                                             [&](const char *k) { return equalsIgnoringCase(keyword, k); });
            if (found == p.keywords + p.count)
                break;
            if (out.size() > start)
                out += u"; ";
            appendLatin1(p.name, out);
            out += u": ";
            appendLatin1(*found, out);
            break;
        }
    }
    return out.size() > start;
}

// A srcset descriptor: nothing, a width ("640w") or a pixel density ("2x", "1.5x").
bool isValidDescriptor(QStringView d)
{
    if (d.isEmpty())
        return true;
    if (d.size() < 2 || d.size() > 12)
        return false;
    const QChar unit = d.back();
    const QStringView number = d.first(d.size() - 1);
    if (unit == u'w')
        return std::all_of(number.begin(), number.end(), isDigit);
    if (unit != u'x')
        return false;
    int dots = 0;
    int digits = 0;
    for (QChar c : number) {
        dots += c == u'.';
        digits += isDigit(c);
    }
    return dots <= 1 && digits > 0 && dots + digits == number.size();
}

} // namespace

bool isTrackingPixel(QStringView width, QStringView height)
{
    const auto atMostOnePixel = [](QStringView value) {
        qint64 number;
        bool percent;
        return value.data() && parseDimension(value, number, percent) && !percent && number <= 1;
    };
    return atMostOnePixel(width) && atMostOnePixel(height);
}

bool vetAttribute(Attr attribute, const ElementPolicy &element, QStringView value,
                  const UrlBase &base, QString &out)
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
            const QStringView type = trimmed(value);
            const bool valid = type.size() == 1 && QStringView(u"1aAiI").contains(type[0]);
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
bool vetSrcset(QStringView value, const UrlBase &base, QString &out)
{
    const qsizetype start = out.size();
    qsizetype i = 0;
    const qsizetype n = value.size();
    while (i < n) {
        while (i < n && (isSpace(value[i]) || value[i] == u','))
            ++i;
        if (i >= n)
            break;
        const qsizetype urlStart = i;
        while (i < n && !isSpace(value[i]))
            ++i;
        QStringView url = value.sliced(urlStart, i - urlStart);
        QStringView descriptor;
        if (url.endsWith(u',')) {
            while (url.endsWith(u','))
                url.chop(1);
        } else {
            const qsizetype comma = value.indexOf(u',', i);
            const qsizetype end = comma < 0 ? n : comma;
            descriptor = trimmed(value.sliced(i, end - i));
            i = end;
        }
        if (!isValidDescriptor(descriptor))
            continue;
        const qsizetype before = out.size();
        if (before > start)
            out += u", ";
        if (!appendUrl(url, base, UrlUse::Resource, out)) {
            out.truncate(before);
            continue;
        }
        if (!descriptor.isEmpty()) {
            out += u' ';
            out += descriptor;
        }
    }
    return out.size() > start;
}

} // namespace tidings::detail
