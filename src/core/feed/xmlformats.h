#pragma once

namespace tidings {

class XmlFeedReader;
struct ParseResult;

// One reader per XML family. Each starts on the root element and fills result.feed (items not yet
// sanitized: parseFeed finishes them) and result.warnings.
void readRss(XmlFeedReader &reader, ParseResult &result);   // <rss> 0.91–2.0 (and a bare <channel>)
void readRdf(XmlFeedReader &reader, ParseResult &result);   // <rdf:RDF>: RSS 0.90 and 1.0
void readAtom(XmlFeedReader &reader, ParseResult &result);  // <feed>: Atom 0.3 and 1.0

} // namespace tidings
