#pragma once

#include <QByteArray>
#include <QStringView>

namespace tidings::detail {

// The UTF-8 document handed to libxml2's HTML parser for a fragment. libxml2 parses HTML 4, so
// this pass settles what it gets wrong or too slowly, the HTML5 way:
// - character references: the full HTML5 named set (libxml2 knows HTML 4's), numeric references to
//   invalid or windows-1252 code points, legacy names without ';' only where browsers decode them,
//   and any other '&' escaped, so that libxml2 never decodes "&lang=" in a URL or loses a ';';
// - comments, "<!...>" and "<?...>" removed (conditional comments, CDATA), NUL bytes removed
//   (libxml2 stops at the first one);
// - tags with more attributes than any article needs removed, as libxml2's duplicate-attribute
//   check is quadratic (100 000 attributes take ten seconds);
// - a leading "<html><body>", so that leading text is not wrapped in an implied <p>.
// Script and style content is copied as is (minus NULs), as libxml2 treats it as raw text too.
QByteArray prepareHtmlInput(QStringView html);

} // namespace tidings::detail
