#pragma once

#include <QStringView>

namespace tidings {

// The HTML5 named character references (&eacute;, &hellip;, &NotNestedGreaterGreater; ... all 2,125
// names). `name` is given without the '&' and ';'. Returns the replacement characters, or an empty
// view for an unknown name. The view points into static data.
QStringView htmlEntity(QStringView name);

// Whether `name` is one of the legacy references browsers accept without a closing ';' (&amp, &copy...).
bool isLegacyHtmlEntity(QStringView name);

// Decodes every character reference in `text` (named, &#decimal; and &#xhex;). Unknown names stay as
// written; references to invalid code points (NUL, surrogates, beyond U+10FFFF) become U+FFFD.
QString decodeHtmlEntities(QStringView text);

} // namespace tidings
