#pragma once

#include <QStringView>

namespace tidings {

// The XML vocabularies the feed parsers understand. Elements are matched by vocabulary and local
// name, never by prefix, because publishers pick prefixes freely (and some forget to declare them).
enum class Vocabulary : quint8 {
    None,       // no namespace (RSS 0.9x/2.0 core elements)
    Unknown,    // a namespace we do not read
    Rss090,     // http://my.netscape.com/rdf/simple/0.9/
    Rss10,      // http://purl.org/rss/1.0/
    Rdf,
    Atom10,
    Atom03,
    Content,    // content:encoded
    Dc,
    DcTerms,
    Media,
    Itunes,
    GooglePlay,
    Wfw,
    Slash,
    Sy,
    Xhtml,
    Xml,        // the reserved xml: prefix (xml:base, xml:lang)
    Xmlns,      // namespace declarations seen as attributes
};

// The vocabulary a namespace URI names (tolerating the variants found in the wild: trailing slashes,
// http vs https, odd capitalisation of the iTunes DTD URL).
Vocabulary vocabularyForUri(QStringView uri);

// The vocabulary a prefix conventionally stands for, used when a document uses a prefix it never
// declared (a fatal error for a strict XML parser, and common in real feeds).
Vocabulary vocabularyForConventionalPrefix(QStringView prefix);

} // namespace tidings
