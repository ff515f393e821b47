#pragma once

// Reads an OPML subscription list (1.0 or 2.0, as real readers export them) into an OpmlDocument.
// Pure: bytes in, values out. The bytes go through the feed parser's first stages (decodeXmlDocument,
// repairXml), so the broken files real exports produce (bare '&', HTML entities, junk before the
// root, a wrong encoding label) are read with warnings instead of refused.
//
// The rules, in the order they apply to an <outline>:
//  - More than kMaxOpmlDepth outlines deep: ignored with its contents (one warning).
//  - type="include" (OPML 2.0: "read another OPML file from url"): never fetched, skipped with a
//    warning. A file must not make the reader go and get more files.
//  - A feed address makes it a subscription: xmlUrl, in any letter case (xmlurl, XMLURL), else `url`
//    when type is "rss" or "atom" (a type="link" url is a web page, not a feed). `feed:` addresses
//    are rewritten: feed://host/x -> http://host/x, feed:https://host/x -> https://host/x.
//    Anything that is then not an absolute http(s) URL (file:, javascript:, data:, "|command",
//    exec:, filter:...) is skipped with a warning that names it: other readers have run such
//    addresses as shell commands (newsboat PR #3400, Liferea CVE-2023-1350). A site address
//    (htmlUrl) that is not http(s) is dropped, the subscription kept.
//  - Its name is `text`, else `title`, with whitespace simplified.
//  - Without a feed address it is a folder named like that; its outlines go into it. An unnamed
//    one adds no level. So an outline without an address and without children leaves no trace.
//  - Outlines inside a subscription belong to the subscription's folder, as if they were its
//    siblings: that is what a broken export that never closes <outline> tags means.
//  - `category` ("/Tech/News,/Later", comma separated) gives the folder path of a subscription
//    that is in no folder: the first entry with a slash, split at the slashes. Entries without a
//    slash are tags (OPML 2.0), which Tidings has no place for. Inside a folder the folder wins,
//    because nesting is what the exporting reader showed its user.
//  - A subscription whose xmlUrl (normalized: lower-case scheme and host, surrounding whitespace
//    removed) was already listed is dropped and counted in `duplicates`, so an importer needs to
//    compare only against what it already has.
//  - After kMaxOpmlSubscriptions subscriptions the rest of the file is ignored, with a warning.
// Elements other than head, title and outline, and unknown attributes, are ignored.
// Not a subscription list (empty, binary, an HTML page, a feed, another XML root, no outlines, or
// outlines without a single feed address) sets `error` and returns nothing else.

#include "core/opml/opml.h"

#include <QByteArray>

namespace tidings {

OpmlDocument readOpml(const QByteArray &bytes);

} // namespace tidings
