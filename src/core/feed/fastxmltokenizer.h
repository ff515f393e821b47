#pragma once

// A pull tokenizer over whole UTF-8 documents for the plain, well-formed XML real feeds are made of,
// several times faster than QXmlStreamReader (whose per-character work was the largest cost of a
// refresh). On what it accepts it is token for token what QXmlStreamReader reports with namespace
// processing off: same token types, names, prefixes, attributes, text, isWhitespace(), isCDATA()
// and positions (except StartDocument's, which nothing reads). Anything else - a DOCTYPE, an entity
// other than the five predefined ones, a character XML forbids, invalid UTF-8, markup that is not
// well-formed, content after the root - ends reading with unsupported(): the caller then reads the
// document again with QXmlStreamReader, so unusual documents behave exactly as before.
// tests/unit/tst_fastxml.cpp and tests/fuzz/fuzz_xmltok.cpp compare the two.

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringView>
#include <QXmlStreamReader>
#include <vector>

namespace tidings {

class FastXmlTokenizer
{
public:
    using TokenType = QXmlStreamReader::TokenType;

    // `utf8` must stay alive and unchanged while the tokenizer reads it.
    explicit FastXmlTokenizer(const QByteArray &utf8);

    // The next token; Invalid once unsupported() (and then forever).
    TokenType readNext();
    TokenType tokenType() const { return m_token; }
    bool atEnd() const { return m_token == QXmlStreamReader::EndDocument || m_unsupported; }
    bool unsupported() const { return m_unsupported; }
    // Why reading stopped (a short English phrase for tests and statistics); null while supported.
    const char *unsupportedReason() const { return m_reason; }

    // Of a StartElement or EndElement.
    QStringView qualifiedName() const { return view(m_nameOffset, m_nameLength); }
    QStringView prefix() const { return view(m_nameOffset, m_prefixLength); }
    QStringView name() const { return localName(m_nameOffset, m_nameLength, m_prefixLength); }

    // Of a StartElement, in document order.
    int attributeCount() const { return int(m_attributes.size()); }
    QStringView attributeQualifiedName(int i) const { return view(m_attributes[i].nameOffset, m_attributes[i].nameLength); }
    QStringView attributePrefix(int i) const { return view(m_attributes[i].nameOffset, m_attributes[i].prefixLength); }
    QStringView attributeName(int i) const
    {
        const Attribute &a = m_attributes[i];
        return localName(a.nameOffset, a.nameLength, a.prefixLength);
    }
    QStringView attributeValue(int i) const { return view(m_attributes[i].valueOffset, m_attributes[i].valueLength); }

    // Of Characters (references resolved, line ends normalized) and Comment tokens.
    QStringView text() const { return view(0, m_textLength); }
    bool isWhitespace() const { return m_whitespace; }
    bool isCDATA() const { return m_cdata; }

    // Where QXmlStreamReader would be after the current token: lines from 1, columns from 0 in UTF-16
    // units. Counted only when asked, from where the last question left off.
    qint64 lineNumber() const;
    qint64 columnNumber() const;
    // The same for a place kept from an earlier token, so that a caller pays for counting only
    // when it reports something there. Cheapest when places are asked for in document order.
    const char *place() const { return m_tokenEnd ? m_tokenEnd : m_begin; }
    qint64 lineNumberAt(const char *place) const;
    qint64 columnNumberAt(const char *place) const;

private:
    struct Attribute {
        int nameOffset;
        int nameLength;
        int prefixLength;   // 0: no prefix
        int valueOffset;
        int valueLength;
        const char *rawName;    // for the duplicate check
    };

    QStringView view(int offset, int length) const
    {
        return QStringView(m_buffer.constData() + offset, length);
    }
    QStringView localName(int offset, int length, int prefixLength) const
    {
        return prefixLength ? view(offset + prefixLength + 1, length - prefixLength - 1) : view(offset, length);
    }

    TokenType bail(const char *reason);
    TokenType readProlog();
    TokenType readMarkup();
    TokenType readStartTag();
    TokenType readEndTag();
    TokenType readText();
    TokenType readComment();
    TokenType readCdata();
    TokenType readProcessingInstruction();
    bool readDeclaration();

    // Parsing helpers; each returns false (with bail() called) when it meets what it does not handle.
    bool readName(int &length, int &prefixLength);
    bool appendReference();
    bool appendRun(const char *from, const char *to);
    bool readCharacterData(const char *terminator, int terminatorLength, bool attributeValue);
    char16_t *reserve(qsizetype units);
    void skipWhitespace();
    bool isValidUtf8() const;

    const char *m_begin;
    const char *m_end;
    const char *m_pos;
    QByteArray m_data;   // keeps the bytes alive (shared, not copied)

    TokenType m_token = QXmlStreamReader::NoToken;
    bool m_unsupported = false;
    const char *m_reason = nullptr;

    QString m_buffer;    // the current token's names, values and text
    int m_used = 0;
    // ConvertInitialBom: a U+FEFF at the start of a run is text, not a byte order mark to drop.
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom};

    int m_nameOffset = 0;
    int m_nameLength = 0;
    int m_prefixLength = 0;
    std::vector<Attribute> m_attributes;
    int m_textLength = 0;
    bool m_whitespace = false;
    bool m_cdata = false;

    struct OpenElement {
        const char *name;
        int length;
    };
    std::vector<OpenElement> m_open;
    bool m_rootSeen = false;
    bool m_pendingEnd = false;      // an empty-element tag still owes its EndElement

    const char *m_tokenEnd = nullptr;   // where positions are counted up to for the current token
    // Position cache: the line and column at m_countedTo.
    mutable const char *m_countedTo;
    mutable qint64 m_line = 1;
    mutable qint64 m_column = 0;
    void countTo(const char *to) const;
};

} // namespace tidings
