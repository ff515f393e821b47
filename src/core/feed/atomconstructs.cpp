// Atom's text constructs and person constructs, shared by the Atom reader and by RSS items that
// borrow Atom elements.

#include "core/feed/atomconstructs.h"

#include "core/feed/textfields.h"
#include "core/feed/xmlfeedreader.h"
#include "core/html/htmltext.h"
#include "core/html/urls.h"

namespace tidings {

bool isAtomElement(const XmlFeedReader &reader, QLatin1String name)
{
    if (reader.name() != name)
        return false;
    const Vocabulary v = reader.vocabulary();
    // Atom without its namespace declaration still reads as Atom.
    return v == Vocabulary::Atom10 || v == Vocabulary::Atom03 || v == Vocabulary::None;
}

// Atom text constructs: type text|html|xhtml in 1.0; a MIME type plus mode xml|escaped|base64 in 0.3.
// Returns an empty string for content that is not text (out-of-line content, images...).
QString readAtomTextConstruct(XmlFeedReader &reader, AtomText want)
{
    const QString type = reader.attribute(QLatin1String("type")).trimmed().toString().toLower();
    const QString mode = reader.attribute(QLatin1String("mode")).trimmed().toString().toLower();
    if (!reader.attribute(QLatin1String("src")).isEmpty()) {
        reader.skipElement();
        return {};
    }

    enum class Kind { Text, Html, Xhtml, Other } kind = Kind::Text;
    if (type.isEmpty() || type == QLatin1String("text") || type == QLatin1String("text/plain"))
        kind = Kind::Text;
    else if (type == QLatin1String("html") || type == QLatin1String("text/html"))
        kind = Kind::Html;
    else if (type == QLatin1String("xhtml") || type == QLatin1String("application/xhtml+xml"))
        kind = Kind::Xhtml;
    else if (type.startsWith(QLatin1String("text/")))
        kind = Kind::Text;
    else
        kind = Kind::Other;

    if (kind == Kind::Other) {
        reader.skipElement();
        return {};
    }

    QString text;
    if (mode == QLatin1String("base64")) {
        const QByteArray decoded = QByteArray::fromBase64(reader.readText().toLatin1());
        text = QString::fromUtf8(decoded);
    } else if (kind == Kind::Xhtml || (kind == Kind::Html && mode != QLatin1String("escaped")
                                        && mode.isEmpty() == false)) {
        // XHTML, or Atom 0.3 mode="xml" HTML: the markup is inline XML.
        text = reader.readMarkup(XmlFeedReader::TextIs::Text, XmlFeedReader::Wrapper::Unwrap);
        kind = Kind::Html;
    } else if (kind == Kind::Html) {
        text = reader.readMarkup(XmlFeedReader::TextIs::Html);
    } else {
        text = reader.readText();
    }

    if (want == AtomText::Text)
        return kind == Kind::Html ? htmlToPlainText(text) : collapseWhitespace(text);
    const QString trimmed = text.trimmed();
    if (kind == Kind::Html)
        return trimmed;
    return trimmed.isEmpty() ? QString() : plainTextToHtml(trimmed);
}

Person readAtomPerson(XmlFeedReader &reader)
{
    Person person;
    const int depth = reader.depth();
    while (reader.readNextChild(depth)) {
        if (isAtomElement(reader, QLatin1String("name"))) {
            person.name = plainTextField(reader.readText());
        } else if (isAtomElement(reader, QLatin1String("email"))) {
            person.email = reader.readText().trimmed();
        } else if (isAtomElement(reader, QLatin1String("uri")) || isAtomElement(reader, QLatin1String("url"))) {
            const QUrl base = reader.base();
            person.uri = resolveUrl(reader.readText(), base, UrlUse::FeedLink);
        }
    }
    return person;
}

} // namespace tidings
