#pragma once

#include "core/feed/feed.h"

namespace tidings {

class XmlFeedReader;

// An element in Atom's vocabulary (Atom 1.0, 0.3, or Atom without its namespace declaration).
bool isAtomElement(const XmlFeedReader &reader, QLatin1String name);

enum class AtomText { Text, Html };

// Reads an Atom text construct (type text|html|xhtml in 1.0; a MIME type plus mode xml|escaped|base64
// in 0.3) as plain text or as HTML. Empty for content that is not text (out-of-line, images...).
QString readAtomTextConstruct(XmlFeedReader &reader, AtomText want);

// <author>/<contributor>: name, email and uri (url in 0.3).
Person readAtomPerson(XmlFeedReader &reader);

} // namespace tidings
