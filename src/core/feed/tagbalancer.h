#pragma once

#include <QByteArray>

namespace tidings {

// The last resort for hand-written feeds whose tags do not nest (`<title>x</titel>`, an <item> never
// closed before the next one): rewrites the element structure the way a forgiving reader would
// understand it. An end tag closes every element opened after its start tag; an end tag with no
// start tag is dropped; a feed element (<title>, <link>, <item>...) starting while a text-only feed
// element is open closes that one first; a new <item> or <entry> closes the previous one; whatever is
// open at the end is closed. Text, comments and CDATA pass through untouched.
// Returns an empty array when the structure was already balanced.
QByteArray balanceTags(const QByteArray &xml);

} // namespace tidings
