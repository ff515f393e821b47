#pragma once

// The repair pass's state machine, shared by xmlrepair.cpp (text, comments, CDATA, DOCTYPE, output)
// and xmlrepairtags.cpp (tags, attributes, references). Not part of the library's interface.

#include "core/feed/feed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <array>
#include <cstring>
#include <vector>

namespace tidings::detail {

enum Repair {
    Junk, Doctype, BareAmpersand, HtmlEntity, UnknownEntity, BadReference, BadCharacter, StrayLessThan,
    CdataEnd, VoidElement, UnclosedElement, StrayEndTag, UnquotedValue, MissingValue, DuplicateAttribute,
    ExcessAttribute, BadAttributeName, MalformedTag, RepairCount
};

struct ByteSet {
    bool has[256];
};

// Bytes that end a fast scan: the characters XML forbids (C0 controls but tab, LF and CR), 0xEF
// (the lead byte of U+FFFE and U+FFFF), and what ends or needs care in the current state.
constexpr ByteSet specials(const char *extra)
{
    ByteSet set{};
    for (int c = 0; c < 0x20; ++c)
        set.has[c] = c != '\t' && c != '\n' && c != '\r';
    set.has[0xEF] = true;
    for (const char *p = extra; *p; ++p)
        set.has[static_cast<unsigned char>(*p)] = true;
    return set;
}

// Non-ASCII bytes count as name characters: a loose approximation of XML's name rules.
constexpr ByteSet nameChars(const char *ascii)
{
    ByteSet set{};
    for (const char *p = ascii; *p; ++p)
        set.has[static_cast<unsigned char>(*p)] = true;
    for (int c = 0x80; c < 0x100; ++c)
        set.has[c] = true;
    return set;
}

inline constexpr ByteSet kText = specials("<&]");
inline constexpr ByteSet kValue = specials("<&\"'");
inline constexpr ByteSet kComment = specials("-");
inline constexpr ByteSet kCdata = specials("]");
inline constexpr ByteSet kPi = specials("?");
inline constexpr ByteSet kNameStart = nameChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_:");
inline constexpr ByteSet kNameChar = nameChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_:0123456789.-");
constexpr ByteSet attributeNameEnd()
{
    ByteSet set = specials(" \t\r\n=>/<\"'");
    set.has[0xEF] = false;   // a name character like any other non-ASCII byte
    return set;
}
inline constexpr ByteSet kAttributeNameEnd = attributeNameEnd();

inline bool isSpace(uchar c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Deeper elements are counted, not tracked: only void-element closing needs to know which is which.
inline constexpr qsizetype kMaxTrackedDepth = 4096;
// How far down the open elements an end tag looks for its start tag.
inline constexpr qsizetype kMaxEndTagSearch = 64;

// Collects edits (ranges of the input and their replacements) instead of writing output as it goes,
// so that a clean document costs no copy, and so that a void element can be closed once a later end
// tag shows it was left open.
class Repairer
{
public:
    // Without `implyClosings`, a start tag never closes the elements before it (closeImpliedBy).
    Repairer(const QByteArray &in, bool implyClosings)
        : m_in(in), m_data(in.constData()), m_size(in.size()), m_implyClosings(implyClosings)
    {
    }

    QByteArray run(QList<ParseWarning> &warnings);
    // After run(): an end tag matched no innermost element, or elements were left open at the end.
    bool structureBroken() const;
    // After run(): how many start tags closed elements before them.
    qsizetype impliedClosings() const { return m_impliedClosings; }

private:
    struct Edit {
        qsizetype begin, end;   // the input range replaced
        qsizetype from, length; // the replacement in m_pool
    };
    struct Open {
        qsizetype name, nameLength;
        qsizetype close;   // offset of the start tag's '>'
        bool isVoid;
    };

    uchar byte(qsizetype k) const { return k < m_size ? uchar(m_data[k]) : 0; }
    bool at(qsizetype k, QByteArrayView s) const
    {
        return m_size - k >= s.size() && std::memcmp(m_data + k, s.data(), size_t(s.size())) == 0;
    }
    void note(Repair kind, qsizetype offset, qsizetype count = 1)
    {
        if (m_count[kind] == 0 || offset < m_first[kind])
            m_first[kind] = offset;
        m_count[kind] += count;
    }
    void replace(qsizetype begin, qsizetype end, QByteArrayView with)
    {
        if (!m_edits.empty() && begin < m_edits.back().begin)
            m_unsorted = true;
        m_edits.push_back({begin, end, m_pool.size(), with.size()});
        m_pool.append(with);
    }
    // Keeps line breaks of removed text so that later positions keep their line numbers.
    void removeKeepingLines(qsizetype begin, qsizetype end)
    {
        QByteArray lines;
        for (qsizetype k = begin; k < end; ++k) {
            if (m_data[k] == '\n' || m_data[k] == '\r')
                lines.append(m_data[k]);
        }
        replace(begin, end, lines);
    }
    void strayLessThan()
    {
        replace(m_pos, m_pos + 1, "&lt;");
        note(StrayLessThan, m_pos);
        ++m_pos;
    }
    qsizetype badCharacter(qsizetype k)
    {
        if (m_data[k] != '\xEF') {
            replace(k, k + 1, {});
            note(BadCharacter, k);
            return k + 1;
        }
        if (byte(k + 1) == 0xBF && (byte(k + 2) == 0xBE || byte(k + 2) == 0xBF)) {
            replace(k, k + 3, {});
            note(BadCharacter, k);
            return k + 3;
        }
        return k + 1;
    }
    // Comments, CDATA sections and PIs: only characters XML forbids are touched.
    qsizetype skipSection(qsizetype k, QByteArrayView terminator, const ByteSet &set)
    {
        while (k < m_size) {
            if (!set.has[uchar(m_data[k])]) {
                ++k;
            } else if (m_data[k] == terminator.front()) {
                if (at(k, terminator))
                    return k + terminator.size();
                ++k;
            } else {
                k = badCharacter(k);
            }
        }
        return m_size;
    }
    qsizetype bareAmpersand(qsizetype k)
    {
        replace(k, k + 1, "&amp;");
        note(BareAmpersand, k);
        return k + 1;
    }

    void leading();
    void markup();
    void doctype();
    void startTag();
    void closeImpliedBy(QByteArrayView name, qsizetype at);
    void endTag();
    qsizetype reference(qsizetype k);
    qsizetype quotedValue(qsizetype open);
    qsizetype unquotedValue(qsizetype k, bool keep);
    void closeVoid(const Open &open)
    {
        replace(open.close, open.close, "/");
        note(VoidElement, open.name - 1);
    }
    void report(QList<ParseWarning> &warnings) const;
    QByteArray output();

    const QByteArray &m_in;
    const char *m_data;
    const qsizetype m_size;
    const bool m_implyClosings;
    qsizetype m_pos = 0;
    std::vector<Edit> m_edits;
    QByteArray m_pool;
    bool m_unsorted = false;
    std::vector<Open> m_open;
    qsizetype m_untracked = 0;
    qsizetype m_impliedClosings = 0;
    std::vector<QByteArrayView> m_attributeNames;
    std::array<qsizetype, RepairCount> m_count{};
    std::array<qsizetype, RepairCount> m_first{};
};

} // namespace tidings::detail
