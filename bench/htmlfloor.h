#pragma once

// What sanitizing the corpus's item HTML costs, against the floor of the design: libxml2's HTML
// parser alone, with callbacks that do nothing, over the same HTML. The gap between the two is what
// HtmlSanitizer itself (input preparation, policy, URL resolution, serialization) adds.

#include "benchcorpus.h"

namespace tidings::bench {

struct HtmlFloor {
    qint64 fragments = 0;       // non-empty summaries and contents
    qint64 bytes = 0;           // their size in UTF-8
    double sanitizeSeconds = 0; // HtmlSanitizer::sanitize over all of them, best run
    double libxmlSeconds = 0;   // htmlParseDocument with no-op SAX callbacks, best run
};

HtmlFloor measureHtmlFloor(const Corpus &corpus, int repetitions);

} // namespace tidings::bench
