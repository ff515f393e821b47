#pragma once

// The allow-list behind HtmlSanitizer: which elements survive, which attributes they may carry and
// what values those may take. Kept apart from the parser plumbing so that the policy reads as one
// table; see htmlsanitizer.h for the rules in prose.

#include <QByteArray>
#include <QByteArrayView>
#include <QUrl>

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

struct ElementPolicy {
    const char *name;
    ElementAction action;
    bool isVoid;            // written without an end tag
    quint32 attributes;     // bit (1 << Attr) for each attribute allowed besides the global ones
    ElementKind kind = ElementKind::Plain;
};

constexpr quint32 attrBit(Attr a) { return quint32(1) << unsigned(a); }

// Policy for a lower-case element name as libxml2 reports it; null for names not in the table,
// which are unwrapped.
const ElementPolicy *findElement(const char *name);

bool isAllowed(const ElementPolicy &element, Attr attribute);

// Attribute lookup by lower-case name; false when the name is not one we write or read.
bool findAttribute(const char *name, Attr &attribute);
bool findLazyAttribute(const char *name, LazyAttr &attribute);
const char *attributeName(Attr attribute);
bool isBooleanAttribute(Attr attribute);

// Appends the value to write for `attribute` on `element` (unescaped UTF-8) to `out`, or returns
// false when the attribute must be dropped: a URL that does not resolve to an allowed scheme, a
// number that is not one, a keyword outside its list, a style with no declaration left.
bool vetAttribute(Attr attribute, const ElementPolicy &element, QByteArrayView value,
                  const QUrl &base, QByteArray &out);

// Whether width and height (raw attribute values) make an image a 1×1 tracking pixel, which is
// dropped: it shows nothing, and loading it only tells the sender that the article was read.
bool isTrackingPixel(QByteArrayView width, QByteArrayView height);

// The same for a srcset list: each candidate's URL resolved as an image, bad candidates dropped.
bool vetSrcset(QByteArrayView value, const QUrl &base, QByteArray &out);

} // namespace tidings::detail
