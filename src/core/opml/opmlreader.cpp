#include "core/opml/opmlreader.h"

#include "core/feed/contentsniffer.h"
#include "core/feed/textdecoder.h"
#include "core/feed/xmlrepair.h"
#include "core/html/urls.h"

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamReader>

#include <vector>

namespace tidings {
namespace {

// The translation context of every user-visible OPML message.
struct Opml {
    Q_DECLARE_TR_FUNCTIONS(Opml)
};

// A file with thousands of bad outlines would otherwise bury the few warnings that matter.
constexpr int kMaxWarnings = 100;
// A document title is a line in a dialog; a megabyte of it is an attack on the dialog.
constexpr qsizetype kMaxTitleLength = 4096;

bool equalsIgnoringCase(QStringView a, QLatin1String b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Names without a prefix: with namespace processing off, "rdf:RDF" comes as it is written.
QStringView localName(QStringView qualified)
{
    const qsizetype colon = qualified.lastIndexOf(u':');
    return colon < 0 ? qualified : qualified.mid(colon + 1);
}

// An address as it may appear in a message: a line of reasonable length, no control characters.
QString shown(QStringView value)
{
    QString out = value.trimmed().left(200).toString();
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = QChar(0xFFFD);
    }
    return value.trimmed().size() > 200 ? out + QChar(0x2026) : out;
}

// The attributes of an outline that mean something here, matched without regard to letter case
// because exporters disagree (xmlUrl, xmlurl, XMLURL). The first non-empty value of each wins.
struct OutlineAttributes {
    QString text, title, type, xmlUrl, htmlUrl, url, category;

    explicit OutlineAttributes(const QXmlStreamAttributes &attributes)
    {
        for (const QXmlStreamAttribute &attribute : attributes) {
            const QStringView name = attribute.qualifiedName();
            QString *slot = nullptr;
            if (equalsIgnoringCase(name, QLatin1String("text")))
                slot = &text;
            else if (equalsIgnoringCase(name, QLatin1String("title")))
                slot = &title;
            else if (equalsIgnoringCase(name, QLatin1String("type")))
                slot = &type;
            else if (equalsIgnoringCase(name, QLatin1String("xmlUrl")))
                slot = &xmlUrl;
            else if (equalsIgnoringCase(name, QLatin1String("htmlUrl")))
                slot = &htmlUrl;
            else if (equalsIgnoringCase(name, QLatin1String("url")))
                slot = &url;
            else if (equalsIgnoringCase(name, QLatin1String("category")))
                slot = &category;
            if (slot && slot->trimmed().isEmpty())
                *slot = attribute.value().toString();
        }
    }

    QString name() const
    {
        const QString simplified = text.simplified();
        return simplified.isEmpty() ? title.simplified() : simplified;
    }
    QString feedAddress() const
    {
        if (!xmlUrl.trimmed().isEmpty())
            return xmlUrl;
        const QString kind = type.trimmed();
        if (equalsIgnoringCase(kind, QLatin1String("rss")) || equalsIgnoringCase(kind, QLatin1String("atom")))
            return url.trimmed().isEmpty() ? QString() : url;
        return {};
    }
};

// "feed://host/x" and "feed:https://host/x" are how browsers hand feeds to readers; what they name
// is the web address behind the prefix.
bool looksLikeCommand(QStringView address)
{
    const QStringView trimmed = address.trimmed();
    return trimmed.startsWith(u'|') || trimmed.startsWith(QLatin1String("exec:"), Qt::CaseInsensitive)
            || trimmed.startsWith(QLatin1String("filter:"), Qt::CaseInsensitive)
            || trimmed.startsWith(QLatin1String("filtercmd:"), Qt::CaseInsensitive);
}

bool hasUserInfo(QStringView url)
{
    const qsizetype start = url.indexOf(QLatin1String("://"));
    if (start < 0)
        return false;
    for (qsizetype i = start + 3; i < url.size(); ++i) {
        const QChar c = url.at(i);
        if (c == u'@')
            return true;
        if (c == u'/' || c == u'?' || c == u'#')
            return false;
    }
    return false;
}

// The first slash-separated entry of a category attribute, as folder names.
QStringList categoryPath(QStringView category)
{
    for (QStringView entry : category.split(u',')) {
        if (!entry.contains(u'/'))
            continue;
        QStringList path;
        for (QStringView segment : entry.split(u'/')) {
            const QString name = segment.toString().simplified();
            if (!name.isEmpty() && path.size() < kMaxOpmlDepth - 1)
                path.append(name);
        }
        if (!path.isEmpty())
            return path;
    }
    return {};
}

class OpmlReader
{
public:
    OpmlReader(const QByteArray &xml, OpmlDocument &document) : m_xml(xml), m_document(document)
    {
        m_xml.setNamespaceProcessing(false);
    }

    // Returns the reason when the document is not a subscription list.
    QString read()
    {
        if (!readRoot())
            return m_rootProblem;
        readContent();
        if (m_outlines == 0)
            return m_xml.hasError() ? brokenBeforeOutlines() : Opml::tr("the file has no outlines, so there is nothing to import");
        if (m_candidates == 0)
            return Opml::tr("the file has outlines, but none of them is a feed subscription");
        m_document.title = m_title.simplified();
        return {};
    }

private:
    bool readRoot();
    void readContent();
    void startOutline();
    void addSubscription(const OutlineAttributes &attributes, const QString &address);
    void reportXmlError();
    QString brokenBeforeOutlines() const
    {
        return Opml::tr("the file is not readable XML (line %1, column %2: %3)")
                .arg(m_xml.lineNumber()).arg(m_xml.columnNumber()).arg(m_xml.errorString());
    }
    void warn(const QString &message)
    {
        QList<ParseWarning> &warnings = m_document.warnings;
        if (m_warned < kMaxWarnings)
            warnings.append({m_xml.lineNumber(), m_xml.columnNumber(), message});
        else if (m_warned == kMaxWarnings)
            warnings.append({0, 0, Opml::tr("more warnings were not shown")});
        ++m_warned;
    }

    QXmlStreamReader m_xml;
    OpmlDocument &m_document;
    QString m_rootProblem;
    QString m_title;
    QStringList m_path;                 // the folders around the current outline
    std::vector<bool> m_openOutlines;   // per open outline: did it add a folder to m_path?
    QSet<QString> m_seen;
    qint64 m_outlines = 0;
    qint64 m_candidates = 0;   // outlines that are, or try to be, subscriptions
    int m_warned = 0;
    bool m_depthWarned = false;
    bool m_stopped = false;
};

bool OpmlReader::readRoot()
{
    while (!m_xml.atEnd() && m_xml.readNext() != QXmlStreamReader::StartElement) {
    }
    if (m_xml.tokenType() != QXmlStreamReader::StartElement) {
        m_rootProblem = Opml::tr("the file has no XML root element, so it is not an OPML file");
        return false;
    }
    const QStringView root = localName(m_xml.qualifiedName());
    if (equalsIgnoringCase(root, QLatin1String("opml")))
        return true;
    if (root == QLatin1String("rss") || root == QLatin1String("feed") || root == QLatin1String("RDF")
        || root == QLatin1String("channel")) {
        m_rootProblem = Opml::tr("this is a feed, not an OPML file: subscribe to its address instead");
    } else if (equalsIgnoringCase(root, QLatin1String("html"))) {
        m_rootProblem = Opml::tr("this is an HTML page, not an OPML file");
    } else {
        m_rootProblem = Opml::tr("the root element is <%1>, not <opml>, so this is not an OPML file")
                                .arg(m_xml.qualifiedName().left(80));
    }
    return false;
}

// Only the root, <head>, its <title>, <body> and outlines are ever open here: every other element is
// skipped whole, so the end of an element is the end of the innermost of those.
void OpmlReader::readContent()
{
    enum class Section { Root, Head, HeadTitle, Body };
    Section section = Section::Root;
    while (!m_stopped && !m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = localName(m_xml.qualifiedName());
            if (equalsIgnoringCase(name, QLatin1String("outline")) && section != Section::Head
                && section != Section::HeadTitle) {
                startOutline();
            } else if (section == Section::Root && equalsIgnoringCase(name, QLatin1String("head"))) {
                section = Section::Head;
            } else if (section == Section::Root && equalsIgnoringCase(name, QLatin1String("body"))) {
                section = Section::Body;
            } else if (section == Section::Head && equalsIgnoringCase(name, QLatin1String("title"))) {
                section = Section::HeadTitle;
            } else {
                m_xml.skipCurrentElement();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (!m_openOutlines.empty()) {
                if (m_openOutlines.back())
                    m_path.removeLast();
                m_openOutlines.pop_back();
            } else if (section == Section::HeadTitle) {
                section = Section::Head;
            } else if (section != Section::Root) {
                section = Section::Root;
            } else {
                return;   // the end of <opml>; whatever follows is not part of the list
            }
        } else if (token == QXmlStreamReader::Characters && section == Section::HeadTitle) {
            if (m_title.size() < kMaxTitleLength)
                m_title += m_xml.text();
        }
    }
    if (m_xml.hasError() && m_outlines > 0)
        reportXmlError();
}

void OpmlReader::startOutline()
{
    ++m_outlines;
    if (m_openOutlines.size() >= size_t(kMaxOpmlDepth)) {
        if (!m_depthWarned) {
            warn(Opml::tr("outlines nested deeper than %1 levels were ignored").arg(kMaxOpmlDepth));
            m_depthWarned = true;
        }
        m_xml.skipCurrentElement();
        return;
    }
    const OutlineAttributes attributes(m_xml.attributes());
    if (equalsIgnoringCase(attributes.type.trimmed(), QLatin1String("include"))) {
        ++m_candidates;
        ++m_document.rejected;
        warn(Opml::tr("the include outline \"%1\" was skipped: Tidings does not fetch other OPML files")
                     .arg(shown(attributes.url.isEmpty() ? attributes.name() : attributes.url)));
        m_xml.skipCurrentElement();
        return;
    }
    const QString address = attributes.feedAddress();
    if (!address.isEmpty()) {
        ++m_candidates;
        addSubscription(attributes, address);
        m_openOutlines.push_back(false);
        return;
    }
    const QString name = attributes.name();
    m_openOutlines.push_back(!name.isEmpty());
    if (!name.isEmpty())
        m_path.append(name);
}

void OpmlReader::addSubscription(const OutlineAttributes &attributes, const QString &address)
{
    if (m_document.subscriptions.size() >= kMaxOpmlSubscriptions) {
        // Past the warning cap too: this one explains why the list is cut short.
        m_document.warnings.append({m_xml.lineNumber(), m_xml.columnNumber(),
                                    Opml::tr("the file lists more than %1 subscriptions; the rest were ignored")
                                            .arg(kMaxOpmlSubscriptions)});
        m_stopped = true;
        return;
    }
    const QString name = attributes.name();
    const QString candidate = withoutFeedScheme(address);
    const QString xmlUrl = resolveUrl(candidate, QUrl(), UrlUse::FeedLink);
    if (xmlUrl.isEmpty()) {
        ++m_document.rejected;
        if (looksLikeCommand(address)) {
            warn(Opml::tr("\"%1\" was skipped: its address \"%2\" is a command, not a web address")
                         .arg(shown(name), shown(address)));
        } else {
            warn(Opml::tr("\"%1\" was skipped: its address \"%2\" is not an http or https web address")
                         .arg(shown(name), shown(address)));
        }
        return;
    }
    if (hasUserInfo(candidate)) {
        warn(Opml::tr("the user name and password in the address of \"%1\" were removed")
                     .arg(shown(name.isEmpty() ? xmlUrl : name)));
    }
    const qsizetype seen = m_seen.size();
    m_seen.insert(xmlUrl);
    if (m_seen.size() == seen) {
        ++m_document.duplicates;
        warn(Opml::tr("\"%1\" is listed more than once; the later entry was skipped").arg(shown(xmlUrl)));
        return;
    }
    OpmlSubscription subscription;
    subscription.title = name;
    subscription.xmlUrl = xmlUrl;
    if (!attributes.htmlUrl.trimmed().isEmpty()) {
        subscription.htmlUrl = resolveUrl(withoutFeedScheme(attributes.htmlUrl), QUrl(), UrlUse::FeedLink);
        if (subscription.htmlUrl.isEmpty()) {
            warn(Opml::tr("the site address \"%1\" of \"%2\" is not an http or https web address and was dropped")
                         .arg(shown(attributes.htmlUrl), shown(name.isEmpty() ? xmlUrl : name)));
        }
    }
    subscription.folderPath = m_path.isEmpty() ? categoryPath(attributes.category) : m_path;
    m_document.subscriptions.append(std::move(subscription));
}

void OpmlReader::reportXmlError()
{
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        warn(Opml::tr("the file ends early (truncated?); the outlines before the break were kept"));
    else
        warn(Opml::tr("%1; the rest of the file was ignored").arg(m_xml.errorString()));
}

OpmlDocument failure(const QString &error)
{
    OpmlDocument document;
    document.error = error;
    return document;
}

} // namespace

OpmlDocument readOpml(const QByteArray &bytes)
{
    if (bytes.size() > kMaxOpmlBytes)
        return failure(Opml::tr("the file is larger than the %1 MB limit for OPML files").arg(kMaxOpmlBytes / (1024 * 1024)));
    switch (sniffContent(bytes)) {
    case ContentKind::Empty:
        return failure(Opml::tr("the file is empty"));
    case ContentKind::Binary:
        return failure(Opml::tr("the file is binary data (%1), not an OPML file").arg(describeBinary(bytes)));
    case ContentKind::Text:
        return failure(Opml::tr("the file is plain text, not an OPML file"));
    case ContentKind::Html:
        return failure(Opml::tr("this is an HTML page, not an OPML file"));
    case ContentKind::Json:
        return failure(Opml::tr("the file is JSON, not an OPML file"));
    case ContentKind::Xml:
        break;
    }
    // decoded.utf8 may point into `bytes`, which outlives it here.
    DecodedDocument decoded = decodeXmlDocument(bytes, {});
    OpmlDocument document;
    document.warnings = std::move(decoded.warnings);
    const QByteArray xml = repairXml(decoded.utf8, document.warnings);
    const QString problem = OpmlReader(xml, document).read();
    if (!problem.isEmpty())
        return failure(problem);
    return document;
}

} // namespace tidings
