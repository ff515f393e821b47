#include "core/feed/datetokens.h"

namespace tidings::dates {
namespace {

bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }

bool isWordChar(QChar c)
{
    // Decomposed accents (NFD text) are combining marks, which start at U+0300.
    return c.isLetter() || (c.unicode() >= 0x300 && c.isMark());
}

bool isBlank(QChar c)
{
    // A byte order mark or zero-width space left over from a badly decoded feed is not content.
    return c.isSpace() || c.unicode() == 0xFEFF || c.unicode() == 0x200B;
}

} // namespace

bool tokenize(QStringView text, Tokens &tokens)
{
    tokens.count = 0;
    const qsizetype n = text.size();
    bool spaced = false;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (isBlank(c)) {
            spaced = true;
            ++i;
            continue;
        }
        if (c == u'(') {
            // Comments nest (RFC 5322); an unclosed one runs to the end, as in text cut short.
            int depth = 0;
            do {
                depth += text[i] == u'(' ? 1 : text[i] == u')' ? -1 : 0;
                ++i;
            } while (i < n && depth > 0);
            spaced = true;
            continue;
        }
        if (tokens.count == kMaxTokens)
            return false;
        Token &t = tokens.at[tokens.count++];
        t = Token{TokenKind::Other, spaced, 0, qint16(i), 0, 0, WordInfo{WordKind::Unknown, 0}};
        spaced = false;
        qsizetype end = i + 1;
        if (isDigit(c)) {
            qint64 value = c.unicode() - u'0';
            for (; end < n && isDigit(text[end]); ++end) {
                if (end - i < 18)
                    value = value * 10 + (text[end].unicode() - u'0');
            }
            t.kind = TokenKind::Number;
            t.value = value;
        } else if (c.isLetter()) {
            // Inner dots stay in the word, so "a.m." and "μ.μ." read as one word.
            while (end < n && (isWordChar(text[end])
                               || (text[end] == u'.' && end + 1 < n && text[end + 1].isLetter())))
                ++end;
            t.kind = TokenKind::Word;
            t.word = classifyWord(text.sliced(i, end - i));
        } else if (c == u'+' || c == u'-' || c.unicode() == 0x2212) {
            t.kind = TokenKind::Sign;
            t.ch = c == u'+' ? u'+' : u'-';
        } else {
            const bool separator = c == u':' || c == u'.' || c == u'/' || c == u',' || c == u';';
            t.kind = separator ? TokenKind::Separator : TokenKind::Other;
            t.ch = c.unicode();
        }
        t.length = qint16(end - i);
        // The dot closing an abbreviation ("márc.", "Sept.") belongs to the word, so that
        // "2026-márc.-04" keeps its shape of three fields with dashes.
        if (t.kind == TokenKind::Word && end < n && text[end] == u'.')
            ++end;
        i = end;
    }
    return true;
}

} // namespace tidings::dates
