#pragma once

// Conversions between HTML and plain text for the places that must never render markup: titles,
// author names, categories, list snippets and notification text. Cheap enough for every title.

#include <QString>
#include <QStringView>

namespace tidings {

// Plain text from an HTML string (for titles, author names, categories, notification text): tags
// removed (contents of script/style dropped), entities decoded (the full HTML5 set), whitespace runs
// collapsed to one space, trimmed. Must be cheap: titles are parsed millions of times; a fast path when
// the text has no '<' and no '&'.
QString htmlToPlainText(QStringView html);

// Whether a plain-text field (an RSS <title>, a description) looks like it carries HTML markup or
// entity-escaped markup: a tag like <b>, </p>, <br/>, or an entity like &amp; &#39; &eacute;.
bool looksLikeHtml(QStringView text);

// HTML from plain text: & < > " escaped; blank-line separated blocks become <p>…</p>; single newlines <br>.
QString plainTextToHtml(QStringView text);

} // namespace tidings
