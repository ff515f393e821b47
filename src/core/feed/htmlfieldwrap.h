#pragma once

#include <QByteArray>

namespace tidings {

// Publishers paste raw HTML into <description> and friends, and HTML is rarely well-formed XML
// (`<p>one<p>two`, `<img src=x>`). When a document fails to parse because of that, this wraps the
// content of every HTML-carrying element (description, content:encoded, Atom summary/content that is
// not xhtml) that holds raw markup in a CDATA section, so the HTML is read as the text it is meant to
// be. Returns an empty array when no element needed it.
QByteArray wrapHtmlFieldsInCdata(const QByteArray &xml);

} // namespace tidings
