#pragma once

namespace tidings {

class XmlFeedReader;
struct Feed;
struct FeedDraft;
struct ItemDraft;

// Elements from the vocabularies any XML format may carry: content, Dublin Core and DC terms, Media
// RSS, iTunes, wfw, slash, sy, and atom:link/atom dates inside RSS. Each returns false, without
// moving the reader, when the current element is not one it reads.
bool readItemExtension(XmlFeedReader &reader, ItemDraft &draft);
bool readFeedExtension(XmlFeedReader &reader, FeedDraft &draft, Feed &feed);

} // namespace tidings
