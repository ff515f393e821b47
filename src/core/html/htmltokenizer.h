#pragma once

// The HTML standard's tokenizer (WHATWG HTML §13.2.5) for the sanitizer, over UTF-16 as it is. It
// follows the states that decide where markup starts and ends, which is what safety rests on:
// tags and attributes (quoted, unquoted, '/' between them, a tag cut off by the end of input is
// dropped), comments as browsers end them ("<!-->", "--!>"), bogus comments ("<!x>", "<?x>",
// "</ x>"), doctype, CDATA only inside svg and math, character references (the full named set,
// the legacy names without ';' with the attribute exception, numeric ones with the windows-1252
// remap) and, on request after a start tag, the raw text, RCDATA, script data and PLAINTEXT states
// that find the real end of style, script, title, textarea and the like. Everything dropped is
// skipped without copying; text and attribute values are views of the input wherever no reference
// has to be decoded.

#include <QString>
#include <QStringView>
#include <QtCore/qalgorithms.h>

#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define TIDINGS_HTML_SSE2 1
#endif

namespace tidings::detail {

// How the content after a start tag is read (the tree builder's choice in the standard).
enum class TextMode : quint8 { Data, RawText, RcData, ScriptData, PlainText };

struct HtmlAttribute {
    QStringView name;       // as written: compare ignoring ASCII case
    QStringView rawValue;   // as written, between the quotes
    bool hasReferences;     // '&' or NUL in the value: decodeAttributeValue() gives the real value
};

class HtmlTokenizer
{
public:
    enum class Token : quint8 { Text, StartTag, EndTag, End };

    // Attributes kept per tag; attributeCount() still counts every one, in linear time.
    static constexpr int kMaxAttributes = 100;

    explicit HtmlTokenizer(QStringView input);

    Token next();

    // Token::Text: characters, references decoded. May contain NUL and controls, unless
    // textIsPlain(): then it has none of them and nothing to escape either.
    QStringView text() const { return m_text; }
    bool textIsPlain() const { return m_textIsPlain; }
    // Start and end tags. The name as written: compare ignoring ASCII case.
    QStringView tagName() const { return m_tagName; }
    bool selfClosing() const { return m_selfClosing; }
    qsizetype attributeCount() const { return m_attributeCount; }
    const HtmlAttribute *attributes() const { return m_attributes; }
    int keptAttributes() const { return m_keptAttributes; }

    // After a start tag whose content the standard does not read as markup: skips to the start of
    // the end tag named `lowerName` (which next() then returns), or to the end of input.
    void skipText(TextMode mode, const char *lowerName);
    // Inside svg and math "<![CDATA[" opens a CDATA section; elsewhere it is a bogus comment.
    void setForeignContent(bool foreign) { m_foreign = foreign; }
    // Inside dropped elements text is neither decoded nor returned.
    void setDiscardText(bool discard) { m_discardText = discard; }

private:
    bool markup(Token &token);
    bool tag(bool endTag, const char16_t *name, Token &token);
    const char16_t *declarationEnd(const char16_t *p) const;
    const char16_t *scriptEnd(const char16_t *p) const;

    const char16_t *m_p;
    const char16_t *m_end;
    QStringView m_text;
    QStringView m_tagName;
    qsizetype m_attributeCount = 0;
    int m_keptAttributes = 0;
    bool m_textIsPlain = false;
    bool m_selfClosing = false;
    bool m_foreign = false;
    bool m_discardText = false;
    char16_t m_reference[2] = {};
    HtmlAttribute m_attributes[kMaxAttributes];
};

// An attribute value with its references decoded as the standard does in attributes ("&copy=" in
// a URL stays as written), NUL as U+FFFD; appended to `out`.
void appendDecodedAttributeValue(QStringView raw, QString &out);

// Bulk scans, eight UTF-16 code units at a time where SSE2 is there.

// The first of the characters `Cs`, or `end`.
template <char16_t... Cs>
inline const char16_t *findAny(const char16_t *p, const char16_t *end)
{
#ifdef TIDINGS_HTML_SSE2
    for (; end - p >= 8; p += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        __m128i hit = _mm_setzero_si128();
        ((hit = _mm_or_si128(hit, _mm_cmpeq_epi16(v, _mm_set1_epi16(short(Cs))))), ...);
        const int mask = _mm_movemask_epi8(hit);
        if (mask)
            return p + qCountTrailingZeroBits(uint(mask)) / 2;
    }
#endif
    for (; p < end; ++p) {
        if (((*p == Cs) || ...))
            return p;
    }
    return end;
}

inline const char16_t *findChar(const char16_t *p, const char16_t *end, char16_t c)
{
    const qsizetype found = QStringView(p, end).indexOf(QChar(c));
    return found < 0 ? end : p + found;
}

inline bool isControl(char16_t c)
{
    return c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r';
}

// The first character an HTML writer cannot copy as it is: '&', '<', '>', (in attribute values)
// '"', and C0 controls other than tab and line breaks.
template <bool Attribute>
inline const char16_t *findSpecial(const char16_t *p, const char16_t *end)
{
#ifdef TIDINGS_HTML_SSE2
    const __m128i amp = _mm_set1_epi16('&');
    const __m128i lt = _mm_set1_epi16('<');
    const __m128i gt = _mm_set1_epi16('>');
    const __m128i quot = _mm_set1_epi16('"');
    const __m128i tab = _mm_set1_epi16('\t');
    const __m128i lf = _mm_set1_epi16('\n');
    const __m128i cr = _mm_set1_epi16('\r');
    const __m128i bias = _mm_set1_epi16(short(0x8000));
    const __m128i space = _mm_set1_epi16(short(0x8020));
    for (; end - p >= 8; p += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        // unsigned v < 0x20, as a signed comparison of both sides shifted by 0x8000
        __m128i hit = _mm_cmplt_epi16(_mm_xor_si128(v, bias), space);
        const __m128i breaks = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(v, tab), _mm_cmpeq_epi16(v, lf)),
                                            _mm_cmpeq_epi16(v, cr));
        hit = _mm_andnot_si128(breaks, hit);
        hit = _mm_or_si128(hit, _mm_or_si128(_mm_cmpeq_epi16(v, amp), _mm_cmpeq_epi16(v, lt)));
        hit = _mm_or_si128(hit, _mm_cmpeq_epi16(v, gt));
        if (Attribute)
            hit = _mm_or_si128(hit, _mm_cmpeq_epi16(v, quot));
        const int mask = _mm_movemask_epi8(hit);
        if (mask)
            return p + qCountTrailingZeroBits(uint(mask)) / 2;
    }
#endif
    for (; p < end; ++p) {
        const char16_t c = *p;
        if (isControl(c) || c == u'&' || c == u'<' || c == u'>' || (Attribute && c == u'"'))
            return p;
    }
    return end;
}

} // namespace tidings::detail
