#include "core/opml/opmlwriter.h"

#include <QLocale>
#include <QXmlStreamWriter>

namespace tidings {
namespace {

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
            || (c >= 0x10000 && c <= 0x10FFFF);
}

// QXmlStreamWriter escapes markup but writes a control character or a lone surrogate as it is,
// which no XML reader accepts: one bad title would make the whole export unreadable.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
        } else if (!c.isSurrogate() && isXmlChar(c.unicode())) {
            out.append(c);
        }
    }
    return out.size() == text.size() ? text : out;
}

void writeFolderStart(QXmlStreamWriter &xml, const QString &name)
{
    xml.writeStartElement(QStringLiteral("outline"));
    xml.writeAttribute(QStringLiteral("text"), xmlSafe(name));
    xml.writeAttribute(QStringLiteral("title"), xmlSafe(name));
}

void writeFeed(QXmlStreamWriter &xml, const OpmlSubscription &subscription)
{
    xml.writeEmptyElement(QStringLiteral("outline"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
    xml.writeAttribute(QStringLiteral("text"), xmlSafe(subscription.title));
    xml.writeAttribute(QStringLiteral("title"), xmlSafe(subscription.title));
    xml.writeAttribute(QStringLiteral("xmlUrl"), xmlSafe(subscription.xmlUrl));
    if (!subscription.htmlUrl.isEmpty())
        xml.writeAttribute(QStringLiteral("htmlUrl"), xmlSafe(subscription.htmlUrl));
}

// An unnamed folder would be read back as no folder at all, so it is not written as one.
QStringList namedFolders(const QStringList &path)
{
    QStringList named;
    for (const QString &name : path) {
        if (!name.trimmed().isEmpty())
            named.append(name);
    }
    return named;
}

} // namespace

QByteArray writeOpml(const QString &title, const QList<OpmlSubscription> &subscriptions,
                     const QDateTime &dateCreated)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), xmlSafe(title));
    if (dateCreated.isValid()) {
        // RFC 822 with the day name, as OPML 2.0 asks; Qt::RFC2822Date leaves the day name out.
        xml.writeTextElement(QStringLiteral("dateCreated"),
                             QLocale::c().toString(dateCreated.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("body"));

    QStringList open;
    for (const OpmlSubscription &subscription : subscriptions) {
        const QStringList path = namedFolders(subscription.folderPath);
        qsizetype common = 0;
        while (common < open.size() && common < path.size() && open.at(common) == path.at(common))
            ++common;
        while (open.size() > common) {
            xml.writeEndElement();
            open.removeLast();
        }
        for (qsizetype i = common; i < path.size(); ++i) {
            writeFolderStart(xml, path.at(i));
            open.append(path.at(i));
        }
        writeFeed(xml, subscription);
    }
    xml.writeEndDocument();   // closes the open folders, <body> and <opml>
    return out;
}

} // namespace tidings
