#include "core/html/htmlsanitizer.h"
#include "core/html/htmlinput.h"
#include "core/html/htmlpolicy.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <climits>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <string>
#include <vector>

namespace tidings {
namespace {

using detail::Attr;
using detail::ElementAction;
using detail::ElementKind;
using detail::ElementPolicy;
using detail::LazyAttr;

// Deeper kept elements are unwrapped: no article nests this deep, and the view's own layout
// engine should not be the one to find out where its limits are.
constexpr int kMaxDepth = 100;

// Writes the sanitized fragment while libxml2 reports elements and text, so no tree is ever built.
class Serializer
{
public:
    Serializer(const QUrl &base, qsizetype sizeHint) : m_base(base)
    {
        m_out.reserve(std::size_t(sizeHint + sizeHint / 8));
        m_open.reserve(64);
    }

    void startElement(const char *name, const char **attributes)
    {
        const ElementPolicy *element = findElement(name);
        ElementAction action = element ? element->action : ElementAction::Unwrap;
        if (m_dropping > 0) {
            action = ElementAction::Unwrap;   // inside a dropped element already
        } else if (action == ElementAction::Drop) {
            ++m_dropping;
        } else if (action == ElementAction::Keep) {
            if ((!element->isVoid && m_depth >= kMaxDepth) || !writeStartTag(*element, attributes))
                action = ElementAction::Unwrap;
            else if (!element->isVoid)
                ++m_depth;
        }
        m_open.push_back({element, action});
    }

    void endElement()
    {
        if (m_open.empty())
            return;
        const Open open = m_open.back();
        m_open.pop_back();
        if (open.action == ElementAction::Drop) {
            --m_dropping;
        } else if (open.action == ElementAction::Keep && !open.element->isVoid) {
            --m_depth;
            m_out += "</";
            m_out += open.element->name;
            m_out += '>';
        }
    }

    void characters(const char *text, int length)
    {
        if (m_dropping == 0)
            appendEscaped(QByteArrayView(text, length), m_out, false);
    }

    const std::string &finish()
    {
        while (!m_open.empty())
            endElement();
        return m_out;
    }

private:
    struct Open {
        const ElementPolicy *element;
        ElementAction action;
    };

    static void appendEscaped(QByteArrayView text, std::string &out, bool attribute)
    {
        qsizetype run = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (static_cast<unsigned char>(text[i]) > '>')   // all we escape sorts at or below '>'
                continue;
            const char *entity = nullptr;
            switch (text[i]) {
            case '&': entity = "&amp;"; break;
            case '<': entity = "&lt;"; break;
            case '>': entity = "&gt;"; break;
            case '"': entity = attribute ? "&quot;" : nullptr; break;
            default: break;
            }
            if (entity) {
                out.append(text.data() + run, std::size_t(i - run));
                out += entity;
                run = i + 1;
            }
        }
        out.append(text.data() + run, std::size_t(text.size() - run));
    }

    static bool isDataUrl(QByteArrayView url)
    {
        return url.size() >= 5 && qstrnicmp(url.data(), "data:", 5) == 0;
    }

    void appendAttribute(Attr attribute, QByteArrayView value)
    {
        m_attributes += ' ';
        m_attributes += detail::attributeName(attribute);
        if (detail::isBooleanAttribute(attribute))
            return;
        m_attributes += "=\"";
        appendEscaped(value, m_attributes, true);
        m_attributes += '"';
    }

    // libxml2 reports names interned in its dictionary, so one pointer is one name for the whole
    // parse; the cached policy is still checked by name, in case a libxml2 build does otherwise.
    const ElementPolicy *findElement(const char *name)
    {
        CachedElement &cached = m_elements[(quintptr(name) >> 4) % std::size(m_elements)];
        if (cached.name == name && cached.policy && std::strcmp(cached.policy->name, name) == 0)
            return cached.policy;
        cached = {name, detail::findElement(name)};
        return cached.policy;
    }

    bool findAttribute(const char *name, Attr &attribute)
    {
        CachedAttribute &cached = m_attributeNames[(quintptr(name) >> 4) % std::size(m_attributeNames)];
        if (cached.name == name && std::strcmp(detail::attributeName(cached.attribute), name) == 0) {
            attribute = cached.attribute;
            return true;
        }
        if (!detail::findAttribute(name, attribute))
            return false;
        cached = {name, attribute};
        return true;
    }

    // Vets `own` into m_value, falling back to the first usable lazy-loading value when `own` is
    // missing, unusable or only a data: placeholder. A missing value has a null data pointer.
    bool vetWithFallback(Attr attribute, const ElementPolicy &element, QByteArrayView own,
                         std::initializer_list<QByteArrayView> fallbacks)
    {
        m_value.resize(0);
        const bool ownUsable = own.data() && detail::vetAttribute(attribute, element, own, m_base, m_value);
        if (ownUsable && !isDataUrl(m_value))
            return true;
        for (const QByteArrayView fallback : fallbacks) {
            m_fallback.resize(0);
            if (fallback.data() && detail::vetAttribute(attribute, element, fallback, m_base, m_fallback)) {
                m_value.swap(m_fallback);
                return true;
            }
        }
        return ownUsable;
    }

    bool writeStartTag(const ElementPolicy &element, const char **attributes)
    {
        QByteArrayView values[int(Attr::Count)] = {};
        QByteArrayView lazy[int(LazyAttr::Count)] = {};
        for (int k = 0; attributes && attributes[k]; k += 2) {
            // A valueless attribute gets an empty, non-null value: null means absent.
            const char *value = attributes[k + 1] ? attributes[k + 1] : "";
            Attr attribute;
            LazyAttr lazyAttribute;
            if (findAttribute(attributes[k], attribute)) {
                if (detail::isAllowed(element, attribute) && !values[int(attribute)].data())
                    values[int(attribute)] = QByteArrayView(value, qsizetype(std::strlen(value)));
            } else if (detail::findLazyAttribute(attributes[k], lazyAttribute)) {
                if (!lazy[int(lazyAttribute)].data())
                    lazy[int(lazyAttribute)] = QByteArrayView(value, qsizetype(std::strlen(value)));
            }
        }

        const bool lazyLoads = element.kind == ElementKind::Image;
        if (lazyLoads && detail::isTrackingPixel(values[int(Attr::Width)], values[int(Attr::Height)]))
            return false;
        bool hasUrl = false;
        m_attributes.clear();
        for (int i = 0; i < int(Attr::Count); ++i) {
            const Attr attribute = Attr(i);
            bool usable = false;
            if (lazyLoads && attribute == Attr::Src) {
                usable = vetWithFallback(attribute, element, values[i],
                                         {lazy[int(LazyAttr::DataSrc)], lazy[int(LazyAttr::DataLazySrc)],
                                          lazy[int(LazyAttr::DataOriginal)]});
            } else if (lazyLoads && attribute == Attr::Srcset) {
                usable = vetWithFallback(attribute, element, values[i],
                                         {lazy[int(LazyAttr::DataSrcset)], lazy[int(LazyAttr::DataLazySrcset)]});
            } else if (values[i].data()) {
                m_value.resize(0);
                usable = detail::vetAttribute(attribute, element, values[i], m_base, m_value);
            }
            if (!usable)
                continue;
            appendAttribute(attribute, m_value);
            hasUrl = hasUrl || attribute == Attr::Href || attribute == Attr::Src || attribute == Attr::Srcset;
        }

        const bool needsUrl = element.kind == ElementKind::Link || element.kind == ElementKind::Image
                              || element.kind == ElementKind::Track;
        if (needsUrl && !hasUrl)
            return false;
        if (element.kind == ElementKind::Link)
            m_attributes += " rel=\"noopener noreferrer\"";
        else if (element.kind == ElementKind::Media)
            m_attributes += " controls preload=\"none\"";
        m_out += '<';
        m_out += element.name;
        m_out += m_attributes;
        m_out += '>';
        return true;
    }

    struct CachedElement {
        const char *name;
        const ElementPolicy *policy;
    };
    struct CachedAttribute {
        const char *name;
        Attr attribute;
    };

    const QUrl &m_base;
    std::string m_out;
    std::string m_attributes;  // scratch buffers, reused so that tags cost no allocations
    QByteArray m_value;
    QByteArray m_fallback;
    std::vector<Open> m_open;
    int m_dropping = 0;        // open dropped elements: while > 0 nothing is written
    int m_depth = 0;           // open kept elements
    CachedElement m_elements[64] = {};
    CachedAttribute m_attributeNames[32] = {};
};

Serializer &serializer(void *context)
{
    return *static_cast<Serializer *>(context);
}

void onStartElement(void *context, const xmlChar *name, const xmlChar **attributes)
{
    serializer(context).startElement(reinterpret_cast<const char *>(name),
                                     reinterpret_cast<const char **>(attributes));
}

void onEndElement(void *context, const xmlChar *)
{
    serializer(context).endElement();
}

void onCharacters(void *context, const xmlChar *text, int length)
{
    serializer(context).characters(reinterpret_cast<const char *>(text), length);
}

// Script and style content; only ever inside a dropped element, and never wanted elsewhere.
void onRawText(void *, const xmlChar *, int) {}

} // namespace

QString HtmlSanitizer::sanitize(QStringView html, const QUrl &base)
{
    // libxml2's one-time global set-up is not thread-safe; parsers run on a pool.
    static const bool initialized = (xmlInitParser(), true);
    Q_UNUSED(initialized);

    if (html.isEmpty())
        return {};
    const QByteArray input = detail::prepareHtmlInput(html);
    if (input.size() > INT_MAX)
        return {};   // libxml2 takes an int size; feeds are capped far below this anyway

    Serializer out(base, input.size());
    htmlParserCtxtPtr context = htmlCreateMemoryParserCtxt(input.constData(), int(input.size()));
    if (!context)
        return {};
    htmlSAXHandler handler;
    std::memset(&handler, 0, sizeof handler);
    handler.startElement = onStartElement;
    handler.endElement = onEndElement;
    handler.characters = onCharacters;
    handler.ignorableWhitespace = onCharacters;   // whitespace is content in an article
    handler.cdataBlock = onRawText;
    *context->sax = handler;
    context->userData = &out;
    // Never HTML_PARSE_HUGE: its limits are part of the defence. The input is valid UTF-8:
    // declaring it as the enum (not a named handler, which adds a conversion pass over the whole
    // input) makes libxml2 read it natively instead of guessing latin-1, and HTML_PARSE_IGNORE_ENC
    // keeps a <meta charset> inside the content from switching to another encoding.
    htmlCtxtUseOptions(context, HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                                    | HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC);
    xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8);
    htmlParseDocument(context);
    htmlFreeParserCtxt(context);
    const std::string &sanitized = out.finish();
    return QString::fromUtf8(sanitized.data(), qsizetype(sanitized.size()));
}

} // namespace tidings
