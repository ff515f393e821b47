#include "core/html/htmlpolicy.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace tidings::detail {
namespace {

constexpr ElementAction Keep = ElementAction::Keep;
constexpr ElementAction Drop = ElementAction::Drop;

constexpr quint32 operator|(Attr a, Attr b) { return attrBit(a) | attrBit(b); }
constexpr quint32 operator|(quint32 a, Attr b) { return a | attrBit(b); }
constexpr quint32 none = 0;
constexpr quint32 globalAttributes = Attr::Title | Attr::Lang | Attr::Dir | Attr::Style;

constexpr quint8 Block = ClosesParagraph | StopsItemSearch;
constexpr quint8 Boundary = StopsItemSearch | ScopeBoundary;

constexpr quint8 length(const char *name)
{
    quint8 n = 0;
    while (name[n])
        ++n;
    return n;
}

constexpr ElementPolicy keep(const char *name, quint32 attributes = none,
                             ElementKind kind = ElementKind::Plain, Group group = Group::Other,
                             quint8 flags = 0)
{
    return {name, Keep, false, attributes, kind, group, flags, Content::Markup, length(name)};
}

constexpr ElementPolicy keepVoid(const char *name, quint32 attributes = none,
                                 ElementKind kind = ElementKind::Plain, Group group = Group::Other,
                                 quint8 flags = 0)
{
    return {name, Keep, true, attributes, kind, group, flags, Content::Markup, length(name)};
}

constexpr ElementPolicy drop(const char *name, Content content = Content::Markup)
{
    return {name, Drop, false, none, ElementKind::Plain, Group::Other, 0, content, length(name)};
}

// Sorted by name. Elements not listed are unwrapped. Dropped elements carry active content, their
// own parsing rules (raw text, foreign content: the mXSS families) or are invisible metadata; the
// void ones among them (input, meta, link, embed, frame...) are simply not listed: unwrapping a
// void element drops it. The flags follow the HTML standard's tree builder where it closes elements
// on its own (see htmlstructure.cpp).
const ElementPolicy kElements[] = {
    keep("a", attrBit(Attr::Href), ElementKind::Link, Group::Anchor),
    keep("abbr"),
    keep("address", none, ElementKind::Plain, Group::Other, ClosesParagraph),
    drop("applet"),
    keep("article", none, ElementKind::Plain, Group::Other, Block),
    keep("aside", none, ElementKind::Plain, Group::Other, Block),
    keep("audio", attrBit(Attr::Src), ElementKind::Media),
    keep("b"),
    keep("bdi"),
    keep("bdo"),
    keep("blockquote", attrBit(Attr::Cite), ElementKind::Plain, Group::Other, Block),
    keepVoid("br"),
    drop("canvas"),
    keep("caption", attrBit(Attr::Align), ElementKind::Plain, Group::Other, Boundary),
    keep("cite"),
    keep("code"),
    keepVoid("col", attrBit(Attr::Span)),
    keep("colgroup", attrBit(Attr::Span), ElementKind::Plain, Group::Other, StopsItemSearch),
    drop("datalist"),
    keep("dd", none, ElementKind::Plain, Group::DefinitionItem, Block),
    keep("del", Attr::Cite | Attr::Datetime),
    keep("details", attrBit(Attr::Open), ElementKind::Plain, Group::Other, Block),
    keep("dfn"),
    keep("div", attrBit(Attr::Align), ElementKind::Plain, Group::Other, ClosesParagraph),
    keep("dl", none, ElementKind::Plain, Group::Other, Block),
    keep("dt", none, ElementKind::Plain, Group::DefinitionItem, Block),
    keep("em"),
    keep("figcaption", none, ElementKind::Plain, Group::Other, Block),
    keep("figure", none, ElementKind::Plain, Group::Other, Block),
    keep("footer", none, ElementKind::Plain, Group::Other, Block),
    drop("frameset"),
    keep("h1", attrBit(Attr::Align), ElementKind::Plain, Group::Heading, Block),
    keep("h2", attrBit(Attr::Align), ElementKind::Plain, Group::Heading, Block),
    keep("h3", attrBit(Attr::Align), ElementKind::Plain, Group::Heading, Block),
    keep("h4", attrBit(Attr::Align), ElementKind::Plain, Group::Heading, Block),
    keep("h5", attrBit(Attr::Align), ElementKind::Plain, Group::Heading, Block),
    keep("h6", attrBit(Attr::Align), ElementKind::Plain, Group::Heading, Block),
    drop("head"),
    keep("header", none, ElementKind::Plain, Group::Other, Block),
    keepVoid("hr", none, ElementKind::Plain, Group::Other, ClosesParagraph),
    keep("i"),
    drop("iframe", Content::RawText),
    keepVoid("img", Attr::Src | Attr::Srcset | Attr::Alt | Attr::Width | Attr::Height,
             ElementKind::Image),
    keep("ins", Attr::Cite | Attr::Datetime),
    keep("kbd"),
    keep("li", attrBit(Attr::Value), ElementKind::Plain, Group::ListItem, Block),
    keep("main", none, ElementKind::Plain, Group::Other, Block),
    keep("mark"),
    drop("math", Content::Foreign),
    keep("nav", none, ElementKind::Plain, Group::Other, Block),
    drop("noembed", Content::RawText),
    drop("noframes", Content::RawText),
    drop("noscript", Content::RawText),
    drop("object"),
    keep("ol", Attr::Start | Attr::Reversed | Attr::Type, ElementKind::OrderedList, Group::List,
         Block),
    drop("optgroup"),
    drop("option"),
    keep("p", attrBit(Attr::Align), ElementKind::Plain, Group::Paragraph, ClosesParagraph),
    keep("picture"),
    drop("plaintext", Content::PlainText),
    drop("portal"),
    keep("pre", none, ElementKind::Plain, Group::Other, Block),
    keep("q", attrBit(Attr::Cite)),
    keep("rp"),
    keep("rt"),
    keep("ruby"),
    keep("s"),
    keep("samp"),
    drop("script", Content::ScriptData),
    keep("section", none, ElementKind::Plain, Group::Other, Block),
    drop("select"),
    keep("small"),
    keepVoid("source", Attr::Src | Attr::Srcset | Attr::Type, ElementKind::Image),
    keep("span"),
    keep("strike"),
    keep("strong"),
    drop("style", Content::RawText),
    keep("sub"),
    keep("summary", none, ElementKind::Plain, Group::Other, Block),
    keep("sup"),
    drop("svg", Content::Foreign),
    keep("table", attrBit(Attr::Align), ElementKind::Plain, Group::Table, Block | ScopeBoundary),
    keep("tbody", none, ElementKind::Plain, Group::RowGroup, StopsItemSearch),
    keep("td", Attr::Colspan | Attr::Rowspan | Attr::Headers | Attr::Align, ElementKind::Plain,
         Group::Cell, Boundary),
    drop("template"),
    drop("textarea", Content::RcData),
    keep("tfoot", none, ElementKind::Plain, Group::RowGroup, StopsItemSearch),
    keep("th", Attr::Colspan | Attr::Rowspan | Attr::Headers | Attr::Scope | Attr::Abbr | Attr::Align,
         ElementKind::Plain, Group::Cell, Boundary),
    keep("thead", none, ElementKind::Plain, Group::RowGroup, StopsItemSearch),
    keep("time", attrBit(Attr::Datetime)),
    drop("title", Content::RcData),
    keep("tr", attrBit(Attr::Align), ElementKind::Plain, Group::Row, StopsItemSearch),
    keepVoid("track", Attr::Src | Attr::Kind | Attr::Srclang | Attr::Label | Attr::Default,
             ElementKind::Track),
    keep("u"),
    keep("ul", none, ElementKind::Plain, Group::List, Block),
    keep("var"),
    keep("video", Attr::Src | Attr::Poster | Attr::Width | Attr::Height, ElementKind::Media),
    keepVoid("wbr"),
    drop("xmp", Content::RawText),
};

// Indexed by Attr.
const char *const kAttributeNames[] = {
    "href", "src", "srcset", "poster", "cite", "alt", "title", "width", "height", "start",
    "reversed", "type", "value", "colspan", "rowspan", "span", "headers", "scope", "abbr",
    "datetime", "open", "kind", "srclang", "label", "default", "lang", "dir", "align", "style",
};
static_assert(std::size(kAttributeNames) == std::size_t(Attr::Count));

// Names by hash, built once from the tables above: every tag and attribute of an article is looked
// up, so this is on the hot path. A name of up to 16 characters is packed, lower-cased, into two
// words, and one comparison of those decides a probe. Names are ASCII letters, digits and '-';
// anything else cannot be in a table.
template <int Slots>
class NameTable
{
    static_assert((Slots & (Slots - 1)) == 0);

public:
    void insert(const char *name, int value)
    {
        Key key;
        const bool packed = pack(QLatin1StringView(name), key);
        Q_ASSERT(packed);
        Q_UNUSED(packed);
        quint32 slot = key.hash() & (Slots - 1);
        while (m_entries[slot].value >= 0)
            slot = (slot + 1) & (Slots - 1);
        m_entries[slot] = {key, value};
    }

    int find(QStringView name) const
    {
        Key key;
        if (!pack(name, key))
            return -1;
        for (quint32 slot = key.hash() & (Slots - 1);; slot = (slot + 1) & (Slots - 1)) {
            const Entry &e = m_entries[slot];
            if (e.value < 0 || e.key == key)
                return e.value;
        }
    }

private:
    struct Key {
        quint64 low = 0;
        quint64 high = 0;
        quint32 hash() const
        {
            return quint32((low * 0x9E3779B97F4A7C15ull + high * 0xC2B2AE3D27D4EB4Full) >> 40);
        }
        bool operator==(const Key &other) const { return low == other.low && high == other.high; }
    };
    struct Entry {
        Key key;
        int value = -1;
    };

    // ASCII to the lower-case name character, 0 for what cannot be in a name.
    struct Lower {
        char table[128] = {};
        constexpr Lower()
        {
            for (int c = 'a'; c <= 'z'; ++c)
                table[c] = table[c - 'a' + 'A'] = char(c);
            for (int c = '0'; c <= '9'; ++c)
                table[c] = char(c);
            table[int('-')] = '-';
        }
    };

    static quint16 code(QChar c) { return c.unicode(); }
    static quint16 code(char c) { return uchar(c); }

    template <typename Char>
    static bool packWord(const Char *name, qsizetype length, quint64 &word)
    {
        static constexpr Lower lower;
        for (qsizetype i = 0; i < length; ++i) {
            const quint16 c = code(name[i]);
            if (c >= 128 || !lower.table[c])
                return false;
            word |= quint64(quint8(lower.table[c])) << (8 * i);
        }
        return true;
    }

    template <typename View>
    static bool pack(View name, Key &key)
    {
        const qsizetype length = name.size();
        if (length == 0 || length > 16)
            return false;
        const auto *data = name.data();
        return packWord(data, std::min<qsizetype>(length, 8), key.low)
               && (length <= 8 || packWord(data + 8, length - 8, key.high));
    }

    Entry m_entries[Slots];
};

const NameTable<512> &elementTable()
{
    static const NameTable<512> table = [] {
        NameTable<512> t;
        for (std::size_t i = 0; i < std::size(kElements); ++i)
            t.insert(kElements[i].name, int(i));
        return t;
    }();
    return table;
}

const NameTable<128> &attributeTable()
{
    static const NameTable<128> table = [] {
        NameTable<128> t;
        for (int i = 0; i < int(Attr::Count); ++i)
            t.insert(kAttributeNames[i], i);
        const char *const lazy[] = {"data-src", "data-lazy-src", "data-original", "data-srcset",
                                    "data-lazy-srcset"};
        static_assert(std::size(lazy) == std::size_t(LazyAttr::Count));
        for (int i = 0; i < int(LazyAttr::Count); ++i)
            t.insert(lazy[i], kLazy + i);
        return t;
    }();
    return table;
}

} // namespace

const ElementPolicy *findElement(QStringView name)
{
    const int index = elementTable().find(name);
    return index < 0 ? nullptr : &kElements[index];
}

bool isAllowed(const ElementPolicy &element, Attr attribute)
{
    return ((element.attributes | globalAttributes) & attrBit(attribute)) != 0;
}

int findAttribute(QStringView name)
{
    return attributeTable().find(name);
}

QLatin1StringView attributeName(Attr attribute)
{
    return QLatin1StringView(kAttributeNames[int(attribute)]);
}

bool isBooleanAttribute(Attr attribute)
{
    return attribute == Attr::Reversed || attribute == Attr::Open || attribute == Attr::Default;
}

TextMode textMode(Content content)
{
    switch (content) {
    case Content::RawText: return TextMode::RawText;
    case Content::RcData: return TextMode::RcData;
    case Content::ScriptData: return TextMode::ScriptData;
    case Content::PlainText: return TextMode::PlainText;
    case Content::Markup:
    case Content::Foreign:
        break;
    }
    return TextMode::Data;
}

} // namespace tidings::detail
