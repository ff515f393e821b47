#pragma once

#include <QString>

namespace tidings {

// A field that is text by definition (a title, a name, a category) but that publishers fill with
// HTML or entity-escaped HTML surprisingly often: tags removed and entities decoded when it looks
// like markup, whitespace runs collapsed, trimmed.
QString plainTextField(const QString &text);

// Runs of XML whitespace (space, tab, CR, LF) collapsed to one space, other control characters
// (C0 and C1) dropped, and trimmed. Unlike QString::simplified() it keeps no-break and ideographic
// spaces, which are content.
QString collapseWhitespace(QStringView text);

// A field that is HTML by convention (an RSS <description>) but is sometimes plain text: escaped into
// HTML paragraphs when it carries no markup, so "a < b" survives and line breaks stay visible.
QString htmlField(const QString &text);

} // namespace tidings
