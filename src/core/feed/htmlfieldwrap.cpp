#include "core/feed/htmlfieldwrap.h"

#include "core/feed/xmlscan.h"

namespace tidings {
namespace {

// Whether the start tag `tag` opens an element whose text is HTML.
bool carriesHtml(QByteArrayView qualifiedName, QByteArrayView tag)
{
    const qsizetype colon = qualifiedName.indexOf(':');
    const QByteArrayView local = colon >= 0 ? qualifiedName.sliced(colon + 1) : qualifiedName;
    const QByteArrayView prefix = colon >= 0 ? qualifiedName.first(colon) : QByteArrayView();
    if (local == "description" || local == "encoded")
        return true;
    if (local == "summary" || local == "content") {
        if (!prefix.isEmpty() && prefix != "atom")
            return false;
        // xhtml content is XML by definition; text content with child elements is broken either way.
        return !tag.contains("xhtml");
    }
    return false;
}

} // namespace

QByteArray wrapHtmlFieldsInCdata(const QByteArray &xml)
{
    const QByteArrayView data(xml);
    QByteArray out;
    qsizetype copied = 0;
    qsizetype pos = 0;
    while ((pos = data.indexOf('<', pos)) >= 0) {
        const qsizetype skipped = xmlscan::skipNonElement(data, pos);
        if (skipped != pos) {
            pos = skipped;
            continue;
        }
        qsizetype nameEnd = pos + 1;
        while (nameEnd < data.size() && xmlscan::isNameChar(data.at(nameEnd)))
            ++nameEnd;
        const qsizetype end = nameEnd > pos + 1 ? xmlscan::tagEnd(data, pos) : -1;
        if (end < 0) {
            ++pos;
            continue;
        }
        const QByteArrayView name = data.sliced(pos + 1, nameEnd - pos - 1);
        const QByteArrayView tag = data.sliced(pos, end - pos);
        if (data.at(end - 2) == '/' || !carriesHtml(name, tag)) {
            pos = end;
            continue;
        }
        const QByteArray closing = "</" + name.toByteArray() + '>';
        const qsizetype close = data.indexOf(closing, end);
        if (close < 0) {
            pos = end;
            continue;
        }
        const QByteArrayView inner = data.sliced(end, close - end);
        if (inner.contains('<') && !inner.contains("<![CDATA[")) {
            out.append(data.sliced(copied, end - copied));
            out.append("<![CDATA[");
            QByteArray text = inner.toByteArray();
            text.replace("]]>", "]]]]><![CDATA[>");
            out.append(text);
            out.append("]]>");
            copied = close;
        }
        pos = close + closing.size();
    }
    if (copied == 0)
        return {};
    out.append(data.sliced(copied));
    return out;
}

} // namespace tidings
