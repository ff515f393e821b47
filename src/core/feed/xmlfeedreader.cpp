#include "core/feed/xmlfeedreader.h"

#include <QCoreApplication>

#include "core/feed/dateparser.h"
#include "core/html/urls.h"

namespace tidings {

namespace {

// User-visible sentences of this file (warnings and errors shown by the CLI and the app).
struct FeedText {
    Q_DECLARE_TR_FUNCTIONS(XmlFeedReader)
};

} // namespace

namespace {

// Deeper than any feed structure; only nested markup in content gets here, and stopping there keeps
// every item read so far.
constexpr int kMaxDepth = 512;

bool isVoidElement(QStringView name)
{
    static const QLatin1String names[] = {
        QLatin1String("br"), QLatin1String("img"), QLatin1String("hr"), QLatin1String("wbr"),
        QLatin1String("source"), QLatin1String("track"), QLatin1String("area"), QLatin1String("col"),
        QLatin1String("param"), QLatin1String("embed"), QLatin1String("input"), QLatin1String("meta"),
        QLatin1String("link"), QLatin1String("base"),
    };
    for (const QLatin1String &n : names) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void appendEscaped(QString &out, QStringView text, bool attribute)
{
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"':
            if (attribute) {
                out += QLatin1String("&quot;");
                break;
            }
            Q_FALLTHROUGH();
        default: out += c;
        }
    }
}

} // namespace

XmlFeedReader::XmlFeedReader(const QByteArray &utf8, const QUrl &documentUrl,
                             QList<ParseWarning> &warnings, Backend backend)
    : m_documentUrl(documentUrl), m_warnings(warnings)
{
    if (backend == Backend::Fast) {
        m_fast = std::make_unique<FastXmlTokenizer>(utf8);
        return;
    }
    m_input.setData(utf8);
    m_input.open(QIODevice::ReadOnly);
    m_xml = std::make_unique<QXmlStreamReader>(&m_input);
    // Prefixes are resolved here instead, so an undeclared one is a fallback, not a fatal error.
    m_xml->setNamespaceProcessing(false);
}

QXmlStreamReader::TokenType XmlFeedReader::next()
{
    if (m_stopped)
        return QXmlStreamReader::Invalid;
    const QXmlStreamReader::TokenType token = readToken();
    if (token == QXmlStreamReader::StartElement) {
        if (++m_depth > kMaxDepth) {
            warn(FeedText::tr("elements nested deeper than %1 levels; the rest of the document was ignored")
                     .arg(kMaxDepth));
            m_stopped = true;
            return QXmlStreamReader::Invalid;
        }
        enterElement();
    } else if (token == QXmlStreamReader::EndElement) {
        leaveElement();
        --m_depth;
    }
    return token;
}

void XmlFeedReader::enterElement()
{
    forEachAttribute([this](QStringView prefix, QStringView name, QStringView value) {
        if (prefix.isEmpty()) {
            if (name == QLatin1String("xmlns"))
                m_namespaces.push_back({m_depth, QString(), vocabularyForUri(value)});
        } else if (prefix == QLatin1String("xmlns")) {
            m_namespaces.push_back({m_depth, name.toString(), vocabularyForUri(value)});
        } else if (prefix == QLatin1String("xml")) {
            if (name == QLatin1String("base"))
                m_bases.push_back({m_depth, resolveBase(value, base())});
            else if (name == QLatin1String("lang"))
                m_languages.push_back({m_depth, value.trimmed().toString()});
        }
        return true;
    });
    m_vocabulary = resolvePrefix(prefix());
}

void XmlFeedReader::leaveElement()
{
    while (!m_namespaces.empty() && m_namespaces.back().depth == m_depth)
        m_namespaces.pop_back();
    while (!m_bases.empty() && m_bases.back().depth == m_depth)
        m_bases.pop_back();
    while (!m_languages.empty() && m_languages.back().depth == m_depth)
        m_languages.pop_back();
}

Vocabulary XmlFeedReader::resolvePrefix(QStringView prefix)
{
    for (auto it = m_namespaces.rbegin(); it != m_namespaces.rend(); ++it) {
        if (it->prefix == prefix)
            return it->vocabulary;
    }
    if (prefix.isEmpty())
        return Vocabulary::None;
    const Vocabulary conventional = vocabularyForConventionalPrefix(prefix);
    if (conventional != Vocabulary::Xml && conventional != Vocabulary::Xmlns
        && !m_undeclaredPrefixes.contains(prefix)) {
        m_undeclaredPrefixes.append(prefix.toString());
        warn(conventional == Vocabulary::Unknown
                 ? FeedText::tr("namespace prefix \"%1\" is not declared; its elements were ignored").arg(prefix)
                 : FeedText::tr("namespace prefix \"%1\" is not declared; read as the usual namespace").arg(prefix));
    }
    return conventional;
}

bool XmlFeedReader::readRootElement()
{
    while (!atEnd()) {
        const QXmlStreamReader::TokenType token = next();
        if (token == QXmlStreamReader::StartElement)
            return true;
        if (token == QXmlStreamReader::Invalid)
            return false;
    }
    return false;
}

bool XmlFeedReader::readNextChild(int parentDepth)
{
    while (!atEnd() && !m_stopped) {
        const QXmlStreamReader::TokenType token = next();
        if (token == QXmlStreamReader::StartElement) {
            if (m_depth == parentDepth + 1)
                return true;
            // A grandchild the caller did not read: skipped with the rest of its parent.
        } else if (token == QXmlStreamReader::EndElement) {
            if (m_depth < parentDepth)
                return false;
        } else if (token == QXmlStreamReader::Invalid) {
            return false;
        }
    }
    return false;
}

void XmlFeedReader::skipElement()
{
    const int depth = m_depth;
    while (m_depth >= depth && !atEnd() && !m_stopped) {
        if (next() == QXmlStreamReader::Invalid)
            return;
    }
}

QStringView XmlFeedReader::attribute(QLatin1String localName) const
{
    QStringView found;
    forEachAttribute([&](QStringView prefix, QStringView name, QStringView value) {
        if (name == localName && prefix != QLatin1String("xmlns")) {
            found = value;
            return false;
        }
        return true;
    });
    return found;
}

QUrl XmlFeedReader::base() const
{
    return m_bases.empty() ? m_documentUrl : m_bases.back().base;
}

bool XmlFeedReader::hasExplicitBase() const
{
    return !m_bases.empty();
}

QString XmlFeedReader::language() const
{
    return m_languages.empty() ? QString() : m_languages.back().language;
}

QString XmlFeedReader::readText()
{
    QString text;
    const int depth = m_depth;
    while (!atEnd() && !m_stopped) {
        const QXmlStreamReader::TokenType token = next();
        if (token == QXmlStreamReader::Characters || token == QXmlStreamReader::EntityReference)
            text += this->text();
        else if (token == QXmlStreamReader::EndElement && m_depth < depth)
            break;
        else if (token == QXmlStreamReader::Invalid)
            break;
    }
    return text;
}

QString XmlFeedReader::readMarkup(TextIs textIs, Wrapper wrapper)
{
    QString html;
    const int depth = m_depth;
    int wrapperDepth = -1;      // the depth of the unwrapped <div>, once found
    bool onlyWhitespaceSoFar = true;
    while (!atEnd() && !m_stopped) {
        const QXmlStreamReader::TokenType token = next();
        if (token == QXmlStreamReader::Invalid)
            break;
        if (token == QXmlStreamReader::EndElement) {
            if (m_depth < depth)
                break;
            if (m_depth + 1 == wrapperDepth)
                continue;
            if (!isVoidElement(name())) {
                html += QLatin1String("</");
                html += name();
                html += u'>';
            }
        } else if (token == QXmlStreamReader::StartElement) {
            if (wrapper == Wrapper::Unwrap && wrapperDepth < 0 && m_depth == depth + 1 && onlyWhitespaceSoFar
                && name() == QLatin1String("div")) {
                wrapperDepth = m_depth;
                html.clear();
                continue;
            }
            onlyWhitespaceSoFar = false;
            html += u'<';
            html += name();
            forEachAttribute([&html](QStringView prefix, QStringView name, QStringView value) {
                if (prefix == QLatin1String("xmlns") || (prefix.isEmpty() && name == QLatin1String("xmlns")))
                    return true;
                html += u' ';
                html += name;
                html += QLatin1String("=\"");
                appendEscaped(html, value, true);
                html += u'"';
                return true;
            });
            html += u'>';
        } else if (token == QXmlStreamReader::Characters || token == QXmlStreamReader::EntityReference) {
            if (onlyWhitespaceSoFar && !isWhitespace())
                onlyWhitespaceSoFar = false;
            if (textIs == TextIs::Html)
                html += text();
            else
                appendEscaped(html, text(), false);
        }
    }
    // Appending leaves up to half the capacity unused; items of a big feed are kept a while.
    if (html.capacity() - html.size() > 4096)
        html.squeeze();
    return html;
}

QDateTime XmlFeedReader::readDate()
{
    const Place at = place();
    const QString text = readText().trimmed();
    if (text.isEmpty())
        return {};
    const std::optional<ParsedDate> date = parseDate(text);
    if (!date) {
        warnAt(at, FeedText::tr("unparseable date \"%1\"").arg(text.left(80)));
        return {};
    }
    if (date->zoneAssumed)
        warnAt(at, FeedText::tr("date \"%1\" has no usable time zone; read as UTC").arg(text.left(80)));
    return date->utc;
}

XmlFeedReader::Place XmlFeedReader::place() const
{
    if (m_fast)
        return {m_fast->place(), 0, 0};
    return {nullptr, lineNumber(), columnNumber()};
}

void XmlFeedReader::warnAt(const Place &place, const QString &message)
{
    if (place.fast)
        warnAt(m_fast->lineNumberAt(place.fast), m_fast->columnNumberAt(place.fast) + 1, message);
    else
        warnAt(place.line, place.column, message);
}

void XmlFeedReader::warn(const QString &message)
{
    warnAt(lineNumber(), columnNumber(), message);
}

void XmlFeedReader::warnAt(qint64 line, qint64 column, const QString &message)
{
    // A pathological document could otherwise produce one warning per element.
    constexpr int kMaxWarnings = 100;
    if (m_warnings.size() < kMaxWarnings)
        m_warnings.append({line, column, message});
    else if (m_warnings.size() == kMaxWarnings)
        m_warnings.append({0, 0, FeedText::tr("more warnings were suppressed")});
}

void XmlFeedReader::finish()
{
    if (!hasError() && !m_stopped && m_depth == 0) {
        // Whatever follows the root: a second root element (two documents glued together) is
        // reported, not read.
        while (!atEnd()) {
            const QXmlStreamReader::TokenType token = readToken();
            if (token == QXmlStreamReader::StartElement || (token == QXmlStreamReader::Characters && !isWhitespace())) {
                warn(FeedText::tr("content after the end of the root element was ignored"));
                return;
            }
        }
    }
    if (!hasError())
        return;
    if (m_xml->error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        warn(FeedText::tr("the document ends early (truncated?); what was read up to the break was kept"));
    } else if (m_depth == 0 && m_xml->errorString().contains(QLatin1String("Extra content"))) {
        warn(FeedText::tr("content after the end of the root element was ignored"));
    } else {
        //: %1 is Qt's description of the XML error.
        warn(FeedText::tr("%1; the rest of the document was ignored").arg(m_xml->errorString()));
    }
}

} // namespace tidings
