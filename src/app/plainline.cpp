#include "app/plainline.h"

namespace tidings::app {
namespace {

bool isInvisibleControl(char32_t c)
{
    // C0 and C1 controls and DEL; and the bidi embeddings, overrides and isolates, which could make
    // a hostile title reorder the text around it ("…txt.exe" shown as "…exe.txt").
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
           || c == 0x200e || c == 0x200f || c == 0xfeff;
}

} // namespace

QString plainLine(const QString &untrusted, int maxChars)
{
    QString out;
    out.reserve(qMin(untrusted.size(), qsizetype(maxChars) * 2));
    bool pendingSpace = false;
    const qsizetype n = untrusted.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = untrusted.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && untrusted.at(i + 1).isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), untrusted.at(++i).unicode());
        const bool space = c == u'\t' || c == u'\n' || c == u'\r' || c == 0x0b || c == 0x0c
                           || QChar::isSpace(c);
        if (space) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (isInvisibleControl(c) || (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
            continue;
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        if (QChar::requiresSurrogates(c)) {
            out.append(QChar(QChar::highSurrogate(c)));
            out.append(QChar(QChar::lowSurrogate(c)));
        } else {
            out.append(QChar(char16_t(c)));
        }
        if (out.size() > maxChars + 2)
            break;
    }
    if (out.size() > maxChars) {
        qsizetype cut = qMax(0, maxChars - 1);
        if (cut > 0 && out.at(cut - 1).isHighSurrogate())
            --cut;
        out.truncate(cut);
        out = out.trimmed() + QChar(0x2026);
    }
    return out;
}

} // namespace tidings::app
