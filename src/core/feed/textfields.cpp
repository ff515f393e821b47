#include "core/feed/textfields.h"

#include "core/html/htmltext.h"

namespace tidings {

QString plainTextField(const QString &text)
{
    if (looksLikeHtml(text))
        return htmlToPlainText(text);
    return text.simplified();
}

QString htmlField(const QString &text)
{
    if (looksLikeHtml(text))
        return text.trimmed();
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QString() : plainTextToHtml(trimmed);
}

} // namespace tidings
