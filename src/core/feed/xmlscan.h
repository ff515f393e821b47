#pragma once

// Tiny byte-level helpers for the recovery passes that look at markup before QXmlStreamReader does.

#include <QByteArrayView>

namespace tidings::xmlscan {

inline bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_' || c == '.' || c == ':' || (static_cast<unsigned char>(c) >= 0x80);
}

// When `pos` is at a comment, CDATA section, processing instruction or declaration, returns the
// position just after it (or the end of the data when it never closes); otherwise returns `pos`.
inline qsizetype skipNonElement(QByteArrayView data, qsizetype pos)
{
    const QByteArrayView rest = data.sliced(pos);
    QByteArrayView terminator;
    if (rest.startsWith("<!--"))
        terminator = "-->";
    else if (rest.startsWith("<![CDATA["))
        terminator = "]]>";
    else if (rest.startsWith("<?"))
        terminator = "?>";
    else if (rest.startsWith("<!"))
        terminator = ">";
    else
        return pos;
    const qsizetype end = data.indexOf(terminator, pos + 2);
    return end < 0 ? data.size() : end + terminator.size();
}

// The end of the tag that starts at `pos` ('<'), honouring quoted attribute values; -1 when the
// tag never closes.
inline qsizetype tagEnd(QByteArrayView data, qsizetype pos)
{
    char quote = 0;
    for (qsizetype i = pos + 1; i < data.size(); ++i) {
        const char c = data.at(i);
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i + 1;
        }
    }
    return -1;
}

} // namespace tidings::xmlscan
