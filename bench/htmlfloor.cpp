#include "htmlfloor.h"

#include "core/feed/parsefeed.h"
#include "core/html/htmlsanitizer.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <vector>

namespace tidings::bench {
namespace {

double cpuSeconds()
{
    timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

void noElement(void *, const xmlChar *, const xmlChar **) {}
void noEnd(void *, const xmlChar *) {}
void noText(void *, const xmlChar *, int) {}

struct Fragment {
    QString html;
    QByteArray utf8;
    QUrl base;
};

// The parser set up as HtmlSanitizer sets it up (options, UTF-8 input), minus everything it does.
void parseWithLibxml(const QByteArray &utf8)
{
    htmlParserCtxtPtr context = htmlCreateMemoryParserCtxt(utf8.constData(), int(utf8.size()));
    if (!context)
        return;
    htmlSAXHandler handler;
    std::memset(&handler, 0, sizeof handler);
    handler.startElement = noElement;
    handler.endElement = noEnd;
    handler.characters = noText;
    handler.ignorableWhitespace = noText;
    handler.cdataBlock = noText;
    *context->sax = handler;
    htmlCtxtUseOptions(context, HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                                    | HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC);
    xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8);
    htmlParseDocument(context);
    htmlFreeParserCtxt(context);
}

} // namespace

HtmlFloor measureHtmlFloor(const Corpus &corpus, int repetitions)
{
    static const bool initialized = (xmlInitParser(), true);
    Q_UNUSED(initialized);

    std::vector<Fragment> fragments;
    ParseOptions raw;
    raw.content = ContentMode::Raw;
    for (const CorpusDocument &doc : corpus.documents) {
        const ParseResult result = parseFeed(doc.bytes, doc.documentUrl, QByteArray(), raw);
        for (const Item &item : result.feed.items) {
            const QUrl base(item.baseUrl);
            for (const QString *html : {&item.summary, &item.content}) {
                if (!html->isEmpty())
                    fragments.push_back({*html, html->toUtf8(), base});
            }
        }
    }

    HtmlFloor floor;
    floor.fragments = qint64(fragments.size());
    for (const Fragment &fragment : fragments)
        floor.bytes += fragment.utf8.size();
    floor.sanitizeSeconds = floor.libxmlSeconds = 1e300;
    qint64 sink = 0;
    for (int r = 0; r < repetitions; ++r) {
        double start = cpuSeconds();
        for (const Fragment &fragment : fragments)
            sink += HtmlSanitizer::sanitize(fragment.html, fragment.base).size();
        floor.sanitizeSeconds = std::min(floor.sanitizeSeconds, cpuSeconds() - start);
        start = cpuSeconds();
        for (const Fragment &fragment : fragments)
            parseWithLibxml(fragment.utf8);
        floor.libxmlSeconds = std::min(floor.libxmlSeconds, cpuSeconds() - start);
    }
    if (sink == 0)
        floor.fragments = 0;   // nothing came out of the sanitizer: report nothing rather than nonsense
    return floor;
}

} // namespace tidings::bench
