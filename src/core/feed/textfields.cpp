#include "core/feed/textfields.h"

#include "core/html/htmltext.h"

namespace tidings {

namespace {

bool isXmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

} // namespace

QString collapseWhitespace(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        if (isXmlSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        // Controls have no place in a text field (JSON Feed can carry them, XML cannot), and on a
        // terminal they are escape sequences.
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
            continue;
        if (pendingSpace) {
            out += u' ';
            pendingSpace = false;
        }
        out += c;
    }
    return out;
}

QString plainTextField(const QString &text)
{
    if (looksLikeHtml(text))
        return htmlToPlainText(text);
    return collapseWhitespace(text);
}

QString htmlField(const QString &text)
{
    if (looksLikeHtml(text))
        return text.trimmed();
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QString() : plainTextToHtml(trimmed);
}

} // namespace tidings
