#pragma once

// The one place that decides what markup from a feed may reach the article view (threats.md §0.2).
// An allow-list over our own streaming tokenizer (htmltokenizer.h), which reads UTF-16 as the HTML
// standard's tokenizer does wherever that decides what is markup: tags and attributes, comments,
// character references, and where the raw text of script, style, title, textarea and the like
// really ends. Only elements and attributes named in htmlpolicy.cpp are written back, by our own
// serializer, with every text and attribute value escaped. That rebuilt output is why parsing
// differences and mXSS tricks (markup hidden in raw-text or foreign content) cannot come through:
// nothing we write can be re-read as anything but the elements we wrote. No tree is built: a
// stack of open elements (htmlstructure.h) closes what the input leaves open, as the standard's
// tree builder closes paragraphs, list items, table parts, headings and links; safety does not
// depend on it.
//
// The policy, in prose:
// - Kept: text formatting, headings, paragraphs and sectioning elements, lists, tables, figures,
//   pictures, images, audio and video with their sources and tracks, pre/code, blockquote,
//   details/summary, ruby. Everything else is unwrapped (font, center, form, button, label,
//   custom elements: tag dropped, text kept), except what is dropped with its content: script,
//   style, noscript (raw text, as browsers with scripting read it), template, iframe, frameset,
//   object, applet, portal, canvas, svg, math (nested ones of the same name counted), textarea,
//   select/option/datalist, head, title, noembed, noframes, xmp, plaintext (the rest of the input).
// - Attributes: only the listed ones per element (legacy align on blocks and table parts among
//   them), plus title, lang, dir and a reduced style on all; no on*, class, id, name or data-*. URLs go through resolveUrl(): links and cite as
//   navigation (http, https, mailto), images and media as resources (http, https, raster data:
//   images); relative URLs resolve against `base`, or are dropped when it is not usable. A link
//   whose href is dropped is unwrapped; an image, source or track without a usable URL is
//   dropped. Links get rel="noopener noreferrer"; audio and video get controls and
//   preload="none".
// - style keeps only keyword declarations of text-align, font-weight, font-style and
//   text-decoration(-line), rewritten as "property: keyword": no URL, function or box geometry
//   can survive, so nothing can load or escape the article box.
// - Lazy loading: an img or source whose src is missing, unusable or a data: placeholder takes the
//   first usable of data-src, data-lazy-src, data-original; a missing or unusable srcset takes
//   data-srcset or data-lazy-srcset. Lazy-loading markup usually repeats the image inside
//   <noscript>, which is dropped, so the image appears once.
// - An img whose width and height are both at most one pixel is a tracking pixel and is dropped.
// - Comments, processing instructions, doctype and CDATA sections are dropped, and so is a tag the
//   input ends in the middle of, as browsers drop it; elements deeper than 100 kept levels are
//   unwrapped, and so are tags with over 100 attributes; of repeated attributes the first counts.

#include <QString>
#include <QStringView>
#include <QUrl>

namespace tidings {

class HtmlSanitizer {
public:
    // Tokenizes `html` (a fragment, as feeds carry it) and re-serializes only what the allow-list
    // keeps, with every URL resolved against `base` (may be invalid/empty: relative URLs are then
    // dropped). Output is a well-formed HTML fragment. Linear in the input; thread-safe.
    static QString sanitize(QStringView html, const QUrl &base);
};

} // namespace tidings
