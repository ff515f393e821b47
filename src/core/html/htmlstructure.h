#pragma once

// The output side of the sanitizer: a writer that escapes whatever it is given, and the stack of
// open elements, which closes elements the way an HTML parser would where the input leaves them
// open. Nothing here decides safety (every name written comes from the policy table, every text
// and value is escaped); it keeps the output well nested and readable.

#include "core/html/htmlpolicy.h"

#include <QString>
#include <QStringView>

#include <cstring>

namespace tidings::detail {

// The sanitized fragment, written straight into a QString's buffer: text runs are copied in one
// go, nothing is allocated per tag.
class HtmlWriter
{
public:
    explicit HtmlWriter(qsizetype sizeHint);

    qsizetype size() const { return m_p - m_begin; }
    void truncate(qsizetype size) { m_p = m_begin + size; }

    void append(char16_t c)
    {
        reserve(1);
        *m_p++ = c;
    }
    void append(QStringView s)
    {
        reserve(s.size());
        std::memcpy(m_p, s.utf16(), std::size_t(s.size()) * sizeof(char16_t));
        m_p += s.size();
    }
    void appendLatin1(QLatin1StringView s)
    {
        reserve(s.size());
        for (char c : s)
            *m_p++ = char16_t(uchar(c));
    }
    // Text: '&', '<' and '>' escaped, C0 controls other than tab and line breaks left out.
    void appendText(QStringView text) { appendEscaped<false>(text); }
    // The same, and '"', for a value written between double quotes.
    void appendAttributeValue(QStringView value) { appendEscaped<true>(value); }

    QString finish();

private:
    template <bool Attribute>
    void appendEscaped(QStringView text);
    void reserve(qsizetype n)
    {
        if (m_end - m_p < n)
            grow(n);
    }
    void grow(qsizetype n);

    QString m_buffer;
    char16_t *m_begin = nullptr;
    char16_t *m_p = nullptr;
    char16_t *m_end = nullptr;
};

// The kept elements that are open, innermost last, at most kMaxDepth of them.
class OpenElements
{
public:
    // Deeper kept elements are unwrapped: no article nests this deep, and the view's own layout
    // engine should not be the one to find out where its limits are.
    static constexpr int kMaxDepth = 100;

    explicit OpenElements(HtmlWriter &out) : m_out(out) {}

    // Closes what the start tag of `element` ends by itself: an open <p> before a block, the
    // previous <li>, <dd>/<dt>, cell, row or row group, a heading before a heading, a link
    // before a link.
    void closeImplied(const ElementPolicy &element);
    bool isFull() const { return m_size == kMaxDepth; }
    void push(const ElementPolicy &element) { m_stack[m_size++] = &element; }
    // An end tag: closes the innermost open `element` and everything opened after it, unless a
    // table or cell lies in between (or none is open): then it is ignored.
    void close(const ElementPolicy &element);
    void closeAll() { closeTo(0); }

private:
    void closeTo(int size);
    // The innermost open element of `group`, searching outwards no further than an element with
    // one of the `stopFlags` or of a group in `stopGroups` (bits of 1 << Group); -1 if none.
    int find(Group group, quint8 stopFlags, quint32 stopGroups) const;

    HtmlWriter &m_out;
    const ElementPolicy *m_stack[kMaxDepth];
    int m_size = 0;
};

} // namespace tidings::detail
