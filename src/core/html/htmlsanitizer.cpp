#include "core/html/htmlsanitizer.h"
#include "core/html/htmlpolicy.h"
#include "core/html/htmlstructure.h"
#include "core/html/htmltokenizer.h"
#include "core/html/urls.h"

#include <initializer_list>

namespace tidings {
namespace {

using detail::Attr;
using detail::Content;
using detail::ElementAction;
using detail::ElementKind;
using detail::ElementPolicy;
using detail::HtmlTokenizer;
using detail::LazyAttr;

constexpr int kLazyCount = int(LazyAttr::Count);

// One pass over the tokens: kept elements are written as they start, dropped ones are skipped
// with everything inside them, text is escaped on its way through.
class Sanitizer
{
public:
    Sanitizer(QStringView html, const QUrl &base)
        : m_tokenizer(html), m_out(html.size()), m_open(m_out), m_base(base)
    {
    }

    QString run()
    {
        for (;;) {
            switch (m_tokenizer.next()) {
            case HtmlTokenizer::Token::Text:
                if (m_tokenizer.textIsPlain())
                    m_out.append(m_tokenizer.text());
                else
                    m_out.appendText(m_tokenizer.text());
                break;
            case HtmlTokenizer::Token::StartTag:
                startTag();
                break;
            case HtmlTokenizer::Token::EndTag:
                endTag();
                break;
            case HtmlTokenizer::Token::End:
                m_open.closeAll();
                return m_out.finish();
            }
        }
    }

private:
    void startTag()
    {
        const ElementPolicy *element = detail::findElement(m_tokenizer.tagName());
        if (m_dropped) {
            // Only the nesting of the dropped element itself matters (<svg><svg></svg>x</svg>),
            // and where raw text inside it ends.
            if (element == m_dropped && !isSelfClosedForeign(*element))
                ++m_droppedDepth;
            if (element && m_dropped->content != Content::Foreign)
                m_tokenizer.skipText(detail::textMode(element->content), element->name);
            return;
        }
        if (!element || element->action == ElementAction::Unwrap)
            return;
        if (element->action == ElementAction::Drop) {
            // Nothing to drop in <svg/> and <math/>: in foreign content the '/' counts.
            if (element->isVoid || isSelfClosedForeign(*element))
                return;
            m_dropped = element;
            m_droppedDepth = 1;
            m_tokenizer.setDiscardText(true);
            m_tokenizer.setForeignContent(element->content == Content::Foreign);
            m_tokenizer.skipText(detail::textMode(element->content), element->name);
            return;
        }
        if (m_tokenizer.attributeCount() > HtmlTokenizer::kMaxAttributes)
            return;   // no article needs that many: it is an attack on something
        m_open.closeImplied(*element);
        if (!element->isVoid && m_open.isFull())
            return;
        if (!writeStartTag(*element))
            return;
        if (!element->isVoid)
            m_open.push(*element);
    }

    void endTag()
    {
        const ElementPolicy *element = detail::findElement(m_tokenizer.tagName());
        if (m_dropped) {
            if (element == m_dropped && --m_droppedDepth == 0) {
                m_dropped = nullptr;
                m_tokenizer.setDiscardText(false);
                m_tokenizer.setForeignContent(false);
            }
            return;
        }
        if (element && element->action == ElementAction::Keep && !element->isVoid)
            m_open.close(*element);
    }

    bool isSelfClosedForeign(const ElementPolicy &element) const
    {
        return element.content == Content::Foreign && m_tokenizer.selfClosing();
    }

    // The attribute values a start tag keeps: views of the input, or of m_decoded for values with
    // references, which are decoded only for attributes the policy will look at. Entries count
    // only where their bit is set (no initialization per tag); a missing value is a null view.
    struct Values {
        struct Slot {
            const char16_t *data;
            qsizetype size;
            QStringView view() const { return QStringView(data, size); }
        };
        Slot own[int(Attr::Count)];
        Slot lazy[kLazyCount];
        quint32 present = 0;       // bits of Attr
        quint32 lazyPresent = 0;   // bits of LazyAttr

        QStringView get(Attr a) const
        {
            return present & detail::attrBit(a) ? own[int(a)].view() : QStringView();
        }
        QStringView get(LazyAttr a) const
        {
            return lazyPresent & (1u << int(a)) ? lazy[int(a)].view() : QStringView();
        }
    };

    void collectValues(const ElementPolicy &element, Values &values)
    {
        struct Decoded {
            Values::Slot *target;
            qsizetype offset;
        };
        Decoded decoded[int(Attr::Count) + kLazyCount];
        int decodedCount = 0;
        const bool lazyLoads = element.kind == ElementKind::Image;
        for (int k = 0; k < m_tokenizer.keptAttributes(); ++k) {
            const detail::HtmlAttribute &attribute = m_tokenizer.attributes()[k];
            const int id = detail::findAttribute(attribute.name);
            Values::Slot *target;
            if (id >= detail::kLazy) {
                // The first of repeated attributes counts, as in browsers.
                const quint32 bit = 1u << (id - detail::kLazy);
                if (!lazyLoads || (values.lazyPresent & bit))
                    continue;
                values.lazyPresent |= bit;
                target = &values.lazy[id - detail::kLazy];
            } else if (id >= 0) {
                const quint32 bit = 1u << id;
                if ((values.present & bit) || !detail::isAllowed(element, Attr(id)))
                    continue;
                values.present |= bit;
                target = &values.own[id];
            } else {
                continue;
            }
            if (!attribute.hasReferences) {
                *target = {attribute.rawValue.utf16(), attribute.rawValue.size()};
                continue;
            }
            if (decodedCount == 0 && !m_decoded.isEmpty())
                m_decoded.resize(0);
            const qsizetype offset = m_decoded.size();
            detail::appendDecodedAttributeValue(attribute.rawValue, m_decoded);
            decoded[decodedCount++] = {target, offset};
            target->size = m_decoded.size() - offset;
        }
        if (decodedCount == 0)
            return;
        // Pointers into m_decoded only now that it has stopped growing; the extra character keeps
        // an empty value from being null, which would mean absent.
        m_decoded.append(u' ');
        for (int i = 0; i < decodedCount; ++i)
            decoded[i].target->data = QStringView(m_decoded).utf16() + decoded[i].offset;
    }

    static bool isDataUrl(QStringView url)
    {
        return url.size() >= 5 && (url[0].unicode() | 0x20) == u'd' && (url[1].unicode() | 0x20) == u'a'
               && (url[2].unicode() | 0x20) == u't' && (url[3].unicode() | 0x20) == u'a' && url[4] == u':';
    }

    // Vets `own` onto m_value, falling back to the first usable lazy-loading value when `own` is
    // missing, unusable or only a data: placeholder; what is kept starts at `mark`.
    bool vetWithFallback(Attr attribute, const ElementPolicy &element, QStringView own,
                         std::initializer_list<QStringView> fallbacks, qsizetype mark)
    {
        const bool ownUsable = own.data() && detail::vetAttribute(attribute, element, own, m_base, m_value);
        if (ownUsable && !isDataUrl(QStringView(m_value).sliced(mark)))
            return true;
        for (const QStringView fallback : fallbacks) {
            const qsizetype fallbackMark = m_value.size();
            if (fallback.data() && detail::vetAttribute(attribute, element, fallback, m_base, m_value)) {
                m_value.remove(mark, fallbackMark - mark);
                return true;
            }
        }
        return ownUsable;
    }

    bool writeStartTag(const ElementPolicy &element)
    {
        Values values;
        collectValues(element, values);
        const bool lazyLoads = element.kind == ElementKind::Image;
        if (lazyLoads && detail::isTrackingPixel(values.get(Attr::Width), values.get(Attr::Height)))
            return false;

        const qsizetype start = m_out.size();
        m_out.append(u'<');
        m_out.appendLatin1(element.latin1Name());
        quint32 pending = values.present;
        if (lazyLoads)   // src and srcset may come from lazy-loading attributes alone
            pending |= (detail::attrBit(Attr::Src) | detail::attrBit(Attr::Srcset)) & element.attributes;
        if (!m_value.isEmpty())
            m_value.resize(0);
        bool hasUrl = false;
        // Attributes in the order of Attr, whatever the order they were written in.
        while (pending) {
            const Attr attribute = Attr(qCountTrailingZeroBits(pending));
            pending &= pending - 1;
            const QStringView value = values.get(attribute);
            const qsizetype mark = m_value.size();
            bool usable;
            if (lazyLoads && attribute == Attr::Src) {
                usable = vetWithFallback(attribute, element, value,
                                         {values.get(LazyAttr::DataSrc), values.get(LazyAttr::DataLazySrc),
                                          values.get(LazyAttr::DataOriginal)},
                                         mark);
            } else if (lazyLoads && attribute == Attr::Srcset) {
                usable = vetWithFallback(attribute, element, value,
                                         {values.get(LazyAttr::DataSrcset),
                                          values.get(LazyAttr::DataLazySrcset)},
                                         mark);
            } else {
                usable = detail::vetAttribute(attribute, element, value, m_base, m_value);
            }
            if (!usable)
                continue;
            m_out.append(u' ');
            m_out.appendLatin1(detail::attributeName(attribute));
            if (!detail::isBooleanAttribute(attribute)) {
                m_out.append(u'=');
                m_out.append(u'"');
                m_out.appendAttributeValue(QStringView(m_value).sliced(mark));
                m_out.append(u'"');
            }
            hasUrl = hasUrl || attribute == Attr::Href || attribute == Attr::Src || attribute == Attr::Srcset;
        }

        const bool needsUrl = element.kind == ElementKind::Link || element.kind == ElementKind::Image
                              || element.kind == ElementKind::Track;
        if (needsUrl && !hasUrl) {
            m_out.truncate(start);
            return false;
        }
        if (element.kind == ElementKind::Link)
            m_out.appendLatin1(QLatin1StringView(" rel=\"noopener noreferrer\""));
        else if (element.kind == ElementKind::Media)
            m_out.appendLatin1(QLatin1StringView(" controls preload=\"none\""));
        m_out.append(u'>');
        return true;
    }

    HtmlTokenizer m_tokenizer;
    detail::HtmlWriter m_out;
    detail::OpenElements m_open;
    UrlBase m_base;
    const ElementPolicy *m_dropped = nullptr;   // the outermost dropped element we are in
    qsizetype m_droppedDepth = 0;               // how many of it are open
    QString m_decoded;                          // scratch buffers, reused by every tag
    QString m_value;
};

} // namespace

QString HtmlSanitizer::sanitize(QStringView html, const QUrl &base)
{
    if (html.isEmpty())
        return {};
    return Sanitizer(html, base).run();
}

} // namespace tidings
