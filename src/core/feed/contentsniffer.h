#pragma once

#include <QByteArray>
#include <QString>

namespace tidings {

enum class ContentKind {
    Empty,      // nothing but whitespace
    Binary,     // an image, an archive, compressed data...
    Text,       // text without any markup: neither XML nor JSON
    Html,       // an HTML page (a feed link that leads to a web page)
    Json,
    Xml,
};

// Decides from the first bytes what kind of document this is, the way a browser sniffs a response.
ContentKind sniffContent(const QByteArray &bytes);

// For binary data: what it looks like ("a PNG image", "gzip-compressed data"...), for error messages.
QString describeBinary(const QByteArray &bytes);

} // namespace tidings
