#include "core/html/htmlpolicy.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace tidings::detail {
namespace {

constexpr ElementAction Keep = ElementAction::Keep;
constexpr ElementAction Drop = ElementAction::Drop;
constexpr ElementAction Unwrap = ElementAction::Unwrap;

constexpr quint32 operator|(Attr a, Attr b) { return attrBit(a) | attrBit(b); }
constexpr quint32 operator|(quint32 a, Attr b) { return a | attrBit(b); }
constexpr quint32 none = 0;
constexpr quint32 globalAttributes = Attr::Title | Attr::Lang | Attr::Dir | Attr::Style;

// Sorted by name. Elements not listed are unwrapped. Dropped elements carry active content, their
// own parsing rules (raw text, foreign content: the mXSS families) or are invisible metadata; the
// void ones among them (input, meta, link...) are unwrapped instead, because libxml2 does not know
// every HTML5 void element and would otherwise drop the siblings it wrongly nests inside them.
const ElementPolicy kElements[] = {
    {"a", Keep, false, attrBit(Attr::Href), ElementKind::Link},
    {"abbr", Keep, false, none},
    {"address", Keep, false, none},
    {"applet", Drop, false, none},
    {"article", Keep, false, none},
    {"aside", Keep, false, none},
    {"audio", Keep, false, attrBit(Attr::Src), ElementKind::Media},
    {"b", Keep, false, none},
    {"bdi", Keep, false, none},
    {"bdo", Keep, false, none},
    {"blockquote", Keep, false, attrBit(Attr::Cite)},
    {"br", Keep, true, none},
    {"canvas", Drop, false, none},
    {"caption", Keep, false, attrBit(Attr::Align)},
    {"cite", Keep, false, none},
    {"code", Keep, false, none},
    {"col", Keep, true, attrBit(Attr::Span)},
    {"colgroup", Keep, false, attrBit(Attr::Span)},
    {"datalist", Drop, false, none},
    {"dd", Keep, false, none},
    {"del", Keep, false, Attr::Cite | Attr::Datetime},
    {"details", Keep, false, attrBit(Attr::Open)},
    {"dfn", Keep, false, none},
    {"div", Keep, false, attrBit(Attr::Align)},
    {"dl", Keep, false, none},
    {"dt", Keep, false, none},
    {"em", Keep, false, none},
    {"figcaption", Keep, false, none},
    {"figure", Keep, false, none},
    {"footer", Keep, false, none},
    {"frame", Drop, false, none},
    {"frameset", Drop, false, none},
    {"h1", Keep, false, attrBit(Attr::Align)},
    {"h2", Keep, false, attrBit(Attr::Align)},
    {"h3", Keep, false, attrBit(Attr::Align)},
    {"h4", Keep, false, attrBit(Attr::Align)},
    {"h5", Keep, false, attrBit(Attr::Align)},
    {"h6", Keep, false, attrBit(Attr::Align)},
    {"head", Drop, false, none},
    {"header", Keep, false, none},
    {"hr", Keep, true, none},
    {"i", Keep, false, none},
    {"iframe", Drop, false, none},
    {"img", Keep, true, Attr::Src | Attr::Srcset | Attr::Alt | Attr::Width | Attr::Height,
     ElementKind::Image},
    {"ins", Keep, false, Attr::Cite | Attr::Datetime},
    {"kbd", Keep, false, none},
    {"li", Keep, false, attrBit(Attr::Value)},
    {"main", Keep, false, none},
    {"mark", Keep, false, none},
    {"math", Drop, false, none},
    {"nav", Keep, false, none},
    {"noembed", Drop, false, none},
    {"noframes", Drop, false, none},
    {"noscript", Drop, false, none},
    {"object", Drop, false, none},
    {"ol", Keep, false, Attr::Start | Attr::Reversed | Attr::Type, ElementKind::OrderedList},
    {"optgroup", Drop, false, none},
    {"option", Drop, false, none},
    {"p", Keep, false, attrBit(Attr::Align)},
    {"picture", Keep, false, none},
    {"plaintext", Drop, false, none},
    {"portal", Drop, false, none},
    {"pre", Keep, false, none},
    {"q", Keep, false, attrBit(Attr::Cite)},
    {"rp", Keep, false, none},
    {"rt", Keep, false, none},
    {"ruby", Keep, false, none},
    {"s", Keep, false, none},
    {"samp", Keep, false, none},
    {"script", Drop, false, none},
    {"section", Keep, false, none},
    {"select", Drop, false, none},
    {"small", Keep, false, none},
    {"source", Keep, true, Attr::Src | Attr::Srcset | Attr::Type, ElementKind::Image},
    {"span", Keep, false, none},
    {"strike", Keep, false, none},
    {"strong", Keep, false, none},
    {"style", Drop, false, none},
    {"sub", Keep, false, none},
    {"summary", Keep, false, none},
    {"sup", Keep, false, none},
    {"svg", Drop, false, none},
    {"table", Keep, false, attrBit(Attr::Align)},
    {"tbody", Keep, false, none},
    {"td", Keep, false, Attr::Colspan | Attr::Rowspan | Attr::Headers | Attr::Align},
    {"template", Drop, false, none},
    {"textarea", Drop, false, none},
    {"tfoot", Keep, false, none},
    {"th", Keep, false,
     Attr::Colspan | Attr::Rowspan | Attr::Headers | Attr::Scope | Attr::Abbr | Attr::Align},
    {"thead", Keep, false, none},
    {"time", Keep, false, attrBit(Attr::Datetime)},
    {"title", Drop, false, none},
    {"tr", Keep, false, attrBit(Attr::Align)},
    {"track", Keep, true, Attr::Src | Attr::Kind | Attr::Srclang | Attr::Label | Attr::Default,
     ElementKind::Track},
    {"u", Keep, false, none},
    {"ul", Keep, false, none},
    {"var", Keep, false, none},
    {"video", Keep, false, Attr::Src | Attr::Poster | Attr::Width | Attr::Height,
     ElementKind::Media},
    {"wbr", Keep, true, none},
    {"xmp", Drop, false, none},
};

// Indexed by Attr.
const char *const kAttributeNames[] = {
    "href", "src", "srcset", "poster", "cite", "alt", "title", "width", "height", "start",
    "reversed", "type", "value", "colspan", "rowspan", "span", "headers", "scope", "abbr",
    "datetime", "open", "kind", "srclang", "label", "default", "lang", "dir", "align", "style",
};
static_assert(std::size(kAttributeNames) == std::size_t(Attr::Count));

struct NamedAttr {
    const char *name;
    quint8 id;
};

// Sorted by name, for lookup.
const NamedAttr kAttributesByName[] = {
    {"abbr", quint8(Attr::Abbr)}, {"align", quint8(Attr::Align)}, {"alt", quint8(Attr::Alt)},
    {"cite", quint8(Attr::Cite)}, {"colspan", quint8(Attr::Colspan)},
    {"datetime", quint8(Attr::Datetime)}, {"default", quint8(Attr::Default)},
    {"dir", quint8(Attr::Dir)}, {"headers", quint8(Attr::Headers)},
    {"height", quint8(Attr::Height)}, {"href", quint8(Attr::Href)}, {"kind", quint8(Attr::Kind)},
    {"label", quint8(Attr::Label)}, {"lang", quint8(Attr::Lang)}, {"open", quint8(Attr::Open)},
    {"poster", quint8(Attr::Poster)}, {"reversed", quint8(Attr::Reversed)},
    {"rowspan", quint8(Attr::Rowspan)}, {"scope", quint8(Attr::Scope)},
    {"span", quint8(Attr::Span)}, {"src", quint8(Attr::Src)}, {"srclang", quint8(Attr::Srclang)},
    {"srcset", quint8(Attr::Srcset)}, {"start", quint8(Attr::Start)},
    {"style", quint8(Attr::Style)}, {"title", quint8(Attr::Title)}, {"type", quint8(Attr::Type)},
    {"value", quint8(Attr::Value)}, {"width", quint8(Attr::Width)},
};
static_assert(std::size(kAttributesByName) == std::size_t(Attr::Count));

const NamedAttr kLazyAttributesByName[] = {
    {"data-lazy-src", quint8(LazyAttr::DataLazySrc)},
    {"data-lazy-srcset", quint8(LazyAttr::DataLazySrcset)},
    {"data-original", quint8(LazyAttr::DataOriginal)},
    {"data-src", quint8(LazyAttr::DataSrc)},
    {"data-srcset", quint8(LazyAttr::DataSrcset)},
};

bool nameLess(const char *a, const char *b) { return std::strcmp(a, b) < 0; }

template <typename T, std::size_t N>
const T *findByName(const T (&table)[N], const char *name)
{
    const T *it = std::lower_bound(std::begin(table), std::end(table), name,
                                   [](const T &e, const char *n) { return nameLess(e.name, n); });
    return it != std::end(table) && std::strcmp(it->name, name) == 0 ? it : nullptr;
}

} // namespace

const ElementPolicy *findElement(const char *name)
{
    return findByName(kElements, name);
}

bool isAllowed(const ElementPolicy &element, Attr attribute)
{
    return ((element.attributes | globalAttributes) & attrBit(attribute)) != 0;
}

bool findAttribute(const char *name, Attr &attribute)
{
    const NamedAttr *found = findByName(kAttributesByName, name);
    if (found)
        attribute = Attr(found->id);
    return found;
}

bool findLazyAttribute(const char *name, LazyAttr &attribute)
{
    if (std::strncmp(name, "data-", 5) != 0)
        return false;
    const NamedAttr *found = findByName(kLazyAttributesByName, name);
    if (found)
        attribute = LazyAttr(found->id);
    return found;
}

const char *attributeName(Attr attribute)
{
    return kAttributeNames[int(attribute)];
}

bool isBooleanAttribute(Attr attribute)
{
    return attribute == Attr::Reversed || attribute == Attr::Open || attribute == Attr::Default;
}

} // namespace tidings::detail
