// libFuzzer target: the HTML sanitizer, with a property check. Whatever goes in, what comes out must
// contain no element, attribute or URL scheme outside the allow-list (checked by a deliberately
// simple scanner of our own output, which is canonical: quoted, escaped, lower-case).

#include "core/html/htmlsanitizer.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace {

const QSet<QString> &allowedElements()
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        for (const char *name : {"a", "abbr", "address", "article", "aside", "audio", "b", "bdi", "bdo", "blockquote",
                                 "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn",
                                 "div", "dl", "dt", "em", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4",
                                 "h5", "h6", "header", "hr", "i", "img", "ins", "kbd", "li", "main", "mark", "nav",
                                 "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section",
                                 "small", "source", "span", "strike", "strong", "sub", "summary", "sup", "table",
                                 "tbody", "td", "tfoot", "th", "thead", "time", "tr", "track", "u", "ul", "var",
                                 "video", "wbr"})
            set.insert(QString::fromLatin1(name));
        return set;
    }();
    return names;
}

bool forbiddenAttribute(const QString &name)
{
    return name.startsWith(QLatin1String("on")) || name == QLatin1String("srcdoc") || name == QLatin1String("formaction")
        || name == QLatin1String("action") || name == QLatin1String("background") || name.contains(u':')
        || name == QLatin1String("class") || name == QLatin1String("id");
}

// A kept style is a few "property: keyword" declarations: nothing that can load or position.
bool safeStyle(const QString &value)
{
    static const QRegularExpression forbidden(QStringLiteral("[()\\/@]|url|expression|position|behavior|&"),
                                              QRegularExpression::CaseInsensitiveOption);
    return !forbidden.match(value).hasMatch();
}

bool allowedUrl(const QString &value)
{
    // Canonical URLs carry no blank or control: each would read differently to the next parser.
    if (std::any_of(value.begin(), value.end(), [](QChar c) { return c.unicode() <= 0x20 || c.unicode() == 0x7F; }))
        return false;
    return value.startsWith(QLatin1String("http://")) || value.startsWith(QLatin1String("https://"))
        || value.startsWith(QLatin1String("mailto:")) || value.startsWith(QLatin1String("data:image/png"))
        || value.startsWith(QLatin1String("data:image/gif")) || value.startsWith(QLatin1String("data:image/jpeg"))
        || value.startsWith(QLatin1String("data:image/jpg")) || value.startsWith(QLatin1String("data:image/webp"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString out = tidings::HtmlSanitizer::sanitize(html, QUrl(QStringLiteral("https://fuzz.example/a/b.html")));

    static const QRegularExpression tag(QStringLiteral("<(/?)([^\\s>/]+)([^>]*)>"));
    static const QRegularExpression attribute(QStringLiteral("([^\\s=]+)=\"([^\"]*)\""));
    for (auto it = tag.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!allowedElements().contains(m.captured(2)))
            __builtin_trap();
        for (auto a = attribute.globalMatch(m.captured(3)); a.hasNext();) {
            const QRegularExpressionMatch am = a.next();
            const QString name = am.captured(1);
            if (forbiddenAttribute(name))
                __builtin_trap();
            if (name == QLatin1String("style") && !safeStyle(am.captured(2)))
                __builtin_trap();
            if (name == QLatin1String("srcset")) {
                // Candidates are "URL [descriptor]" joined by ", ": every URL must be an allowed one
                // (a path may well contain "javascript:" as text; the scheme is what matters).
                static const QRegularExpression separator(QStringLiteral(",\\s+"));
                for (const QString &candidate : am.captured(2).split(separator, Qt::SkipEmptyParts)) {
                    if (!allowedUrl(candidate.trimmed().section(u' ', 0, 0)))
                        __builtin_trap();
                }
            }
            if ((name == QLatin1String("href") || name == QLatin1String("src") || name == QLatin1String("poster")
                 || name == QLatin1String("cite"))
                && !allowedUrl(am.captured(2)))
                __builtin_trap();
        }
    }
    return 0;
}
