#pragma once

#include "core/feed/fastxmltokenizer.h"
#include "core/feed/feed.h"
#include "core/feed/feeddraft.h"
#include "core/feed/xmlnamespaces.h"

#include <QBuffer>
#include <QDateTime>
#include <QUrl>
#include <QXmlStreamReader>
#include <memory>
#include <vector>

namespace tidings {

// An XML tokenizer with what every XML feed format needs on top: namespace resolution that survives
// undeclared prefixes, the xml:base and xml:lang in scope, text and markup collection without
// recursion, bounded depth, and warnings with positions.
class XmlFeedReader
{
public:
    enum class Backend {
        Fast,   // FastXmlTokenizer: plain well-formed documents only; see unsupported()
        Qt,     // QXmlStreamReader: every document, and the errors of broken ones
    };
    XmlFeedReader(const QByteArray &utf8, const QUrl &documentUrl, QList<ParseWarning> &warnings,
                  Backend backend = Backend::Qt);

    // The fast backend met something it does not handle and stopped (as if the document ended there):
    // whatever was read is to be thrown away and the document read again with Backend::Qt.
    bool unsupported() const { return m_fast && m_fast->unsupported(); }
    // The fast backend read every token of the document, up to its end: it was well-formed.
    bool readWholeDocument() const { return m_fast && m_fast->atEnd() && !m_fast->unsupported(); }

    // The nesting level of the current element (the root is 1).
    int depth() const { return m_depth; }
    // Moves to the next child element of the element at `parentDepth`, skipping whatever is left of
    // the previous child and anything else; returns false when the parent ends (or the document does).
    // Usage: `const int depth = reader.depth(); while (reader.readNextChild(depth)) { ... }`
    bool readNextChild(int parentDepth);
    // Moves to the document's root element; false when there is none.
    bool readRootElement();

    Vocabulary vocabulary() const { return m_vocabulary; }
    QStringView name() const { return m_fast ? m_fast->name() : m_xml->name(); }
    QString qualifiedName() const { return (m_fast ? m_fast->qualifiedName() : m_xml->qualifiedName()).toString(); }
    bool is(Vocabulary vocabulary, QLatin1String localName) const
    {
        return m_vocabulary == vocabulary && name() == localName;
    }

    // An attribute of the current start element by local name (prefixes ignored: feeds use rdf:about,
    // about and RDF:about alike). Null view when absent.
    QStringView attribute(QLatin1String localName) const;

    // The base URL in scope (xml:base resolved against the document URL) and whether any xml:base set it.
    QUrl base() const;
    bool hasExplicitBase() const;
    QUrl explicitBase() const { return hasExplicitBase() ? base() : QUrl(); }
    // A reference to resolve later, with the xml:base in scope now.
    UrlRef urlRef(QStringView reference) const { return {reference.trimmed().toString(), explicitBase()}; }
    UrlRef attributeUrl(QLatin1String localName) const { return urlRef(attribute(localName)); }
    UrlRef readUrl()
    {
        const QUrl base = explicitBase();   // before reading: the end tag pops this element's xml:base
        return {readText().trimmed(), base};
    }
    QString language() const;

    // The text of the current element and all its descendants; leaves the reader on its end tag.
    QString readText();
    enum class TextIs {
        Html,   // text nodes are HTML source (escaped HTML or CDATA in <description>): copied as they are
        Text,   // text nodes are text (XHTML content): escaped
    };
    enum class Wrapper { Keep, Unwrap };
    // The current element's content as HTML: text nodes per `text`, child elements serialized (XHTML
    // content, and the raw HTML publishers put unescaped into <description>). With Wrapper::Unwrap a
    // single wrapping <div> is dropped, as Atom requires for type="xhtml".
    QString readMarkup(TextIs text, Wrapper wrapper = Wrapper::Keep);
    void skipElement();

    // A date from the current element's text; invalid (with a warning) when it cannot be read.
    QDateTime readDate();

    // A place in the document to report something at later. Only the Qt backend knows its line and
    // column for free; the fast one counts them when a warning needs them (most documents have none).
    struct Place {
        const char *fast = nullptr;
        qint64 line = 0;
        qint64 column = 0;
    };
    Place place() const;

    void warn(const QString &message);
    void warnAt(const Place &place, const QString &message);
    void warnAt(qint64 line, qint64 column, const QString &message);
    qint64 lineNumber() const { return m_fast ? m_fast->lineNumber() : m_xml->lineNumber(); }
    qint64 columnNumber() const { return (m_fast ? m_fast->columnNumber() : m_xml->columnNumber()) + 1; }

    // Records why reading stopped early, if it did (a truncated body, a mismatched tag...).
    void finish();
    bool stoppedEarly() const { return m_stopped || hasError(); }
    // Reading stopped at markup that is not well-formed (as opposed to a document that just ends).
    bool hitBrokenMarkup() const { return !m_fast && m_xml->error() == QXmlStreamReader::NotWellFormedError; }

    const QUrl &documentUrl() const { return m_documentUrl; }

private:
    // What an element declared, kept until that element ends. Declarations are rare, so the stacks
    // stay short and lookups walk them from the top.
    struct NamespaceDecl {
        int depth;
        QString prefix;             // empty: the default namespace
        Vocabulary vocabulary;
    };
    struct BaseDecl {
        int depth;
        QUrl base;
    };
    struct LanguageDecl {
        int depth;
        QString language;
    };

    QXmlStreamReader::TokenType next();
    // The backend, token by token. The fast one never has an error: it stops as unsupported instead.
    QXmlStreamReader::TokenType readToken() { return m_fast ? m_fast->readNext() : m_xml->readNext(); }
    bool atEnd() const { return m_fast ? m_fast->atEnd() : m_xml->atEnd(); }
    bool hasError() const { return !m_fast && m_xml->hasError(); }
    QStringView prefix() const { return m_fast ? m_fast->prefix() : m_xml->prefix(); }
    QStringView text() const { return m_fast ? m_fast->text() : m_xml->text(); }
    bool isWhitespace() const { return m_fast ? m_fast->isWhitespace() : m_xml->isWhitespace(); }
    // Calls f(prefix, name, value) for each attribute of the current start element.
    template<typename F>
    void forEachAttribute(F f) const
    {
        if (m_fast) {
            for (int i = 0, n = m_fast->attributeCount(); i < n; ++i) {
                if (!f(m_fast->attributePrefix(i), m_fast->attributeName(i), m_fast->attributeValue(i)))
                    return;
            }
            return;
        }
        // attributes() returns a reference-counted copy; the views stay valid until the next token.
        const QXmlStreamAttributes &attributes = m_xml->attributes();
        for (const QXmlStreamAttribute &attribute : attributes) {
            if (!f(attribute.prefix(), attribute.name(), attribute.value()))
                return;
        }
    }
    void enterElement();
    void leaveElement();
    Vocabulary resolvePrefix(QStringView prefix);

    QBuffer m_input;        // read in chunks: a whole-document QString would double the memory
    std::unique_ptr<QXmlStreamReader> m_xml;    // one of the two
    std::unique_ptr<FastXmlTokenizer> m_fast;
    QUrl m_documentUrl;
    QList<ParseWarning> &m_warnings;
    std::vector<NamespaceDecl> m_namespaces;
    std::vector<BaseDecl> m_bases;
    std::vector<LanguageDecl> m_languages;
    QStringList m_undeclaredPrefixes;   // already warned about
    Vocabulary m_vocabulary = Vocabulary::None;
    int m_depth = 0;
    bool m_stopped = false;
};

} // namespace tidings
