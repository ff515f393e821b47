#pragma once

// The allow-list behind HtmlSanitizer: which elements survive, which attributes they may carry and
// what values those may take. Kept apart from the parser plumbing so that the policy reads as one
// table; see htmlsanitizer.h for the rules in prose.

#include "core/html/htmltokenizer.h"

#include <QString>
#include <QStringView>

namespace tidings {
class UrlBase;
}

namespace tidings::detail {

enum class ElementAction : quint8 {
    Keep,     // written out, with the attributes the policy allows
    Unwrap,   // the tag goes, its content stays (font, center, form, unknown elements)
    Drop,     // the tag and everything inside it go (script, iframe, svg...)
};

// The attributes that may be written, in the order they are written.
enum class Attr : quint8 {
    Href, Src, Srcset, Poster, Cite, Alt, Title, Width, Height, Start, Reversed, Type, Value,
    Colspan, Rowspan, Span, Headers, Scope, Abbr, Datetime, Open, Kind, Srclang, Label, Default,
    Lang, Dir, Align, Style,
    Count
};

// Lazy-loading attributes: read as a fallback for src/srcset, never written under their own name.
enum class LazyAttr : quint8 { DataSrc, DataLazySrc, DataOriginal, DataSrcset, DataLazySrcset, Count };

// Elements with rules beyond their attribute list.
enum class ElementKind : quint8 {
    Plain,
    Link,          // <a>: needs an href, gets rel="noopener noreferrer"
    Image,         // <img>, <source>: need src or srcset, may take them from lazy-loading attributes
    Track,         // needs a src
    Media,         // <audio>, <video>: controls forced on, nothing preloaded
    OrderedList,   // type="a" and type="A" differ
};

// How a kept element takes part in the end tags the structure implies (htmlstructure.cpp).
enum class Group : quint8 {
    Other, Paragraph, ListItem, DefinitionItem, Cell, Row, RowGroup, Table, Heading, Anchor, List,
};

enum ElementFlag : quint8 {
    ClosesParagraph = 1,   // its start tag closes an open <p> (blocks, as in the HTML standard)
    StopsItemSearch = 2,   // an open <li>, <dd> or <dt> below it stays open (special elements)
    ScopeBoundary = 4,     // end tags do not close through it: table, td, th, caption
};

// How the content of a dropped element is read: as markup, as the standard's raw text states, or
// as foreign (svg, math) content.
enum class Content : quint8 { Markup, RawText, RcData, ScriptData, PlainText, Foreign };

struct ElementPolicy {
    const char *name;
    ElementAction action;
    bool isVoid;            // written without an end tag
    quint32 attributes;     // bit (1 << Attr) for each attribute allowed besides the global ones
    ElementKind kind;
    Group group;
    quint8 flags;           // ElementFlag bits
    Content content;
    quint8 nameLength;

    QLatin1StringView latin1Name() const { return QLatin1StringView(name, nameLength); }
};

constexpr quint32 attrBit(Attr a) { return quint32(1) << unsigned(a); }

// Policy for an element name as written (ASCII case ignored); null for names not in the table,
// which are unwrapped.
const ElementPolicy *findElement(QStringView name);

bool isAllowed(const ElementPolicy &element, Attr attribute);

// An attribute name as written (ASCII case ignored): one of Attr, or kLazy + a LazyAttr, or -1.
constexpr int kLazy = 64;
int findAttribute(QStringView name);
QLatin1StringView attributeName(Attr attribute);
bool isBooleanAttribute(Attr attribute);

TextMode textMode(Content content);

// Appends the value to write for `attribute` on `element` (unescaped) to `out`, or returns false
// when the attribute must be dropped: a URL that does not resolve to an allowed scheme, a number
// that is not one, a keyword outside its list, a style with no declaration left.
bool vetAttribute(Attr attribute, const ElementPolicy &element, QStringView value,
                  const UrlBase &base, QString &out);

// Whether width and height (raw attribute values; null when absent) make an image a 1×1 tracking
// pixel, which is dropped: it shows nothing, and loading it only tells the sender that the
// article was read.
bool isTrackingPixel(QStringView width, QStringView height);

// The same for a srcset list: each candidate's URL resolved as an image, bad candidates dropped.
bool vetSrcset(QStringView value, const UrlBase &base, QString &out);

} // namespace tidings::detail
