#include "core/html/htmlentities.h"
#include "core/html/htmlentities_data.h"

#include <QString>
#include <algorithm>
#include <cstring>

namespace tidings {
namespace {

const detail::HtmlEntity *findEntity(QStringView name)
{
    if (name.isEmpty() || name.size() > 40)
        return nullptr;
    char key[41];
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        if (c > 0x7f)
            return nullptr;
        key[i] = char(c);
    }
    key[name.size()] = '\0';
    const auto *begin = detail::kHtmlEntities;
    const auto *end = detail::kHtmlEntities + detail::kHtmlEntityCount;
    const auto *it = std::lower_bound(begin, end, key, [](const detail::HtmlEntity &e, const char *k) {
        return std::strcmp(e.name, k) < 0;
    });
    return it != end && std::strcmp(it->name, key) == 0 ? it : nullptr;
}

bool isValidCodePoint(char32_t c)
{
    return c != 0 && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF);
}

void appendCodePoint(QString &out, char32_t c)
{
    if (!isValidCodePoint(c))
        c = 0xFFFD;
    if (c > 0xFFFF) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

// Parses a reference starting at text[pos] == '&'. On success appends the decoded text and returns
// the number of characters consumed; returns 0 when this is not a reference to decode.
qsizetype decodeOne(QStringView text, qsizetype pos, QString &out)
{
    qsizetype i = pos + 1;
    if (i < text.size() && text.at(i) == u'#') {
        ++i;
        bool hex = false;
        if (i < text.size() && (text.at(i) == u'x' || text.at(i) == u'X')) {
            hex = true;
            ++i;
        }
        const qsizetype digitsStart = i;
        char32_t value = 0;
        bool overflow = false;
        while (i < text.size()) {
            const char16_t c = text.at(i).unicode();
            int digit = -1;
            if (c >= u'0' && c <= u'9')
                digit = c - u'0';
            else if (hex && c >= u'a' && c <= u'f')
                digit = c - u'a' + 10;
            else if (hex && c >= u'A' && c <= u'F')
                digit = c - u'A' + 10;
            if (digit < 0)
                break;
            value = value * (hex ? 16 : 10) + char32_t(digit);
            if (value > 0x10FFFF)
                overflow = true, value = 0x110000;
            ++i;
        }
        if (i == digitsStart)
            return 0;
        if (i < text.size() && text.at(i) == u';')
            ++i;
        appendCodePoint(out, overflow ? 0xFFFD : value);
        return i - pos;
    }
    const qsizetype nameStart = i;
    while (i < text.size() && isAsciiAlnum(text.at(i)) && i - nameStart < 40)
        ++i;
    if (i == nameStart)
        return 0;
    const QStringView name = text.mid(nameStart, i - nameStart);
    if (i < text.size() && text.at(i) == u';') {
        const QStringView value = htmlEntity(name);
        if (!value.isEmpty()) {
            out.append(value);
            return i + 1 - pos;
        }
        return 0;
    }
    // Without ';' only the legacy names count, and the longest legacy prefix wins (&copy2020).
    for (qsizetype len = name.size(); len > 0; --len) {
        const QStringView prefix = name.left(len);
        if (isLegacyHtmlEntity(prefix)) {
            out.append(htmlEntity(prefix));
            return 1 + len;
        }
    }
    return 0;
}

} // namespace

QStringView htmlEntity(QStringView name)
{
    const detail::HtmlEntity *e = findEntity(name);
    return e ? QStringView(e->value, e->length) : QStringView();
}

bool isLegacyHtmlEntity(QStringView name)
{
    const detail::HtmlEntity *e = findEntity(name);
    return e && e->legacy;
}

QString decodeHtmlEntities(QStringView text)
{
    const qsizetype first = text.indexOf(u'&');
    if (first < 0)
        return text.toString();
    QString out;
    out.reserve(text.size());
    out.append(text.left(first));
    for (qsizetype i = first; i < text.size();) {
        const QChar c = text.at(i);
        if (c == u'&') {
            const qsizetype used = decodeOne(text, i, out);
            if (used > 0) {
                i += used;
                continue;
            }
        }
        out.append(c);
        ++i;
    }
    return out;
}

} // namespace tidings
