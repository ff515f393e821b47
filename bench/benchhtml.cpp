#include "benchhtml.h"

namespace tidings::bench {
namespace {

const char *const kWords[] = {
    "network", "latency", "packet", "router", "switch", "fiber", "optical", "bandwidth", "cluster",
    "throughput", "protocol", "congestion", "window", "buffer", "queue", "kernel", "driver", "interface",
    "silicon", "photonics", "accelerator", "model", "training", "inference", "memory", "cache", "storage",
    "the", "a", "of", "and", "to", "in", "for", "with", "on", "that", "is", "was", "by", "from", "as",
    "at", "this", "which", "but", "not", "more", "than", "over", "under", "between", "after", "before",
    "company", "engineers", "researchers", "vendor", "customers", "operators", "datacenter", "rack",
    "tail", "jitter", "budget", "design", "release", "version", "benchmark", "measured", "reported",
    "announced", "shipped", "deployed", "rolled", "scaled", "halved", "doubled", "replaced", "tested",
    "quarter", "year", "month", "week", "million", "billion", "percent", "faster", "cheaper", "smaller",
    "open", "source", "standard", "draft", "specification", "working", "group", "proposal", "review",
    "mesh", "topology", "spine", "leaf", "ethernet", "infiniband", "transceiver", "laser", "lane", "link",
};

const char *const kForeign[] = {
    "Die Größe der Übertragung hängt von der Qualität des Netzes ab, schreibt die Zeitschrift „c’t“.",
    "Le débit réel dépend de la qualité du réseau et de la latence — à Zürich comme à São Paulo.",
    "Скорость передачи данных зависит от качества сети и задержки.",
    "ネットワークの品質によって転送速度が大きく変わります。",
    "Η ταχύτητα μεταφοράς εξαρτάται από την ποιότητα του δικτύου.",
    "数据传输速度取决于网络质量和延迟。",
    "El ancho de banda se duplicó en el último año, según la compañía española.",
    "Emoji are text too: 🚀 launch, 📡 uplink, ✅ passed.",
};

const char *const kEntities[] = {"&amp;", "&mdash;", "&hellip;", "&nbsp;", "&copy;", "&#8217;",
                                 "&#x2019;", "&quot;", "&lt;", "&gt;", "&eacute;", "&rarr;"};

const char *const kAbsoluteHosts[] = {"https://en.wikipedia.org/wiki/", "https://github.com/example/",
                                      "https://arxiv.org/abs/", "https://www.ietf.org/rfc/"};

const char *const kCodeLines[] = {
    "for (int i = 0; i &lt; count; ++i) {\n",
    "    total += values[i] &amp; mask;\n",
    "}\n",
    "if (queue.size() &gt; limit &amp;&amp; !draining)\n",
    "    return std::make_unique&lt;Packet&gt;(header, payload);\n",
    "$ ip -s link show dev eth0 | grep -A1 &quot;RX:&quot;\n",
    "const rate = bytes / (end - start); // &lt;- bytes per ms\n",
    "def send(sock, data):\n    return sock.sendall(data)\n",
};

void appendWord(QByteArray &out, Rng &rng) { out.append(rng.pick(kWords)); }

void appendSentence(QByteArray &out, Rng &rng, int itemNumber)
{
    const int words = rng.range(6, 18);
    const qsizetype first = out.size();
    for (int w = 0; w < words; ++w) {
        if (w > 0)
            out.append(' ');
        const int roll = rng.range(0, 99);
        if (roll < 4) {   // a link, mostly relative: the resolver's work
            const int kind = rng.range(0, 3);
            out.append("<a href=\"");
            if (kind == 0)
                out.append("/20").append(QByteArray::number(rng.range(19, 26))).append('/')
                    .append(slug(rng, rng.range(1, 9999))).append('/');
            else if (kind == 1)
                out.append("../archive/page-").append(QByteArray::number(rng.range(1, 400))).append(".html");
            else if (kind == 2)
                out.append("tags/").append(rng.pick(kWords));
            else
                out.append(rng.pick(kAbsoluteHosts)).append(rng.pick(kWords));
            out.append("\">");
            appendWords(out, rng, rng.range(1, 4));
            out.append("</a>");
        } else if (roll < 7) {
            out.append("<strong>");
            appendWord(out, rng);
            out.append("</strong>");
        } else if (roll < 10) {
            out.append("<em>");
            appendWord(out, rng);
            out.append("</em>");
        } else if (roll < 12) {
            out.append("<code>");
            appendWord(out, rng);
            out.append("_").append(QByteArray::number(itemNumber % 97)).append("()</code>");
        } else if (roll < 15) {
            out.append(rng.pick(kEntities));
        } else {
            appendWord(out, rng);
        }
    }
    if (out.at(first) >= 'a' && out.at(first) <= 'z')
        out[first] = char(out.at(first) - 'a' + 'A');
    out.append(". ");
}

void appendParagraph(QByteArray &out, Rng &rng, int itemNumber)
{
    out.append(rng.chance(10) ? "<p class=\"lead\">" : "<p>");
    if (rng.chance(12)) {
        out.append(rng.pick(kForeign)).append(' ');
    }
    const int sentences = rng.range(2, 6);
    for (int s = 0; s < sentences; ++s)
        appendSentence(out, rng, itemNumber);
    out.append("</p>\n");
}

void appendFigure(QByteArray &out, Rng &rng, int itemNumber)
{
    const QByteArray name = slug(rng, itemNumber);
    const QByteArray year = QByteArray::number(rng.range(2019, 2026));
    if (rng.chance(15)) {   // lazy-loaded image with a placeholder: the sanitizer promotes data-src
        out.append("<p><img src=\"data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\" "
                   "data-src=\"/images/").append(year).append('/').append(name).append(".webp\" data-srcset=\"/images/")
            .append(year).append('/').append(name).append("-640.webp 640w, /images/").append(year).append('/')
            .append(name).append("-1280.webp 1280w\" alt=\"\" class=\"lazyload\"></p>\n");
        return;
    }
    out.append("<figure class=\"wp-block-image size-large\"><img src=\"/images/").append(year).append('/')
        .append(name).append(".jpg\" srcset=\"/images/").append(year).append('/').append(name)
        .append("-480w.jpg 480w, /images/").append(year).append('/').append(name).append("-960w.jpg 960w, ")
        .append("https://cdn.example.net/img/").append(name).append("-1920w.jpg 1920w\" ")
        .append("sizes=\"(max-width: 600px) 480px, 960px\" alt=\"");
    appendWords(out, rng, rng.range(3, 8));
    out.append("\" width=\"960\" height=\"540\" loading=\"lazy\" decoding=\"async\"><figcaption>");
    appendWords(out, rng, rng.range(5, 14));
    out.append(" (Image: ").append(rng.pick(kWords)).append(" &copy; 2026)</figcaption></figure>\n");
}

void appendList(QByteArray &out, Rng &rng, int itemNumber)
{
    const bool ordered = rng.chance(30);
    out.append(ordered ? "<ol>\n" : "<ul>\n");
    const int entries = rng.range(3, 7);
    for (int i = 0; i < entries; ++i) {
        out.append("<li>");
        appendSentence(out, rng, itemNumber);
        out.append("</li>\n");
    }
    out.append(ordered ? "</ol>\n" : "</ul>\n");
}

void appendTable(QByteArray &out, Rng &rng)
{
    out.append("<table class=\"comparison\">\n<thead><tr><th>Metric</th><th>Before</th><th>After</th>"
               "<th>Change</th></tr></thead>\n<tbody>\n");
    const int rows = rng.range(3, 8);
    for (int r = 0; r < rows; ++r) {
        const int before = rng.range(10, 9000);
        const int after = rng.range(10, 9000);
        out.append("<tr><td>");
        appendWords(out, rng, 2);
        out.append("</td><td>").append(QByteArray::number(before)).append(" µs</td><td>")
            .append(QByteArray::number(after)).append(" µs</td><td style=\"text-align:right\">")
            .append(QByteArray::number((after - before) * 100 / before)).append("&nbsp;%</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
}

void appendCode(QByteArray &out, Rng &rng)
{
    out.append("<pre><code class=\"language-cpp\">");
    const int lines = rng.range(3, 12);
    for (int i = 0; i < lines; ++i)
        out.append(rng.pick(kCodeLines));
    out.append("</code></pre>\n");
}

void appendQuote(QByteArray &out, Rng &rng, int itemNumber)
{
    out.append("<blockquote cite=\"").append(rng.pick(kAbsoluteHosts)).append(rng.pick(kWords)).append("\"><p>");
    appendSentence(out, rng, itemNumber);
    appendSentence(out, rng, itemNumber);
    out.append("</p></blockquote>\n");
}

// What real feeds also carry and a sanitizer must remove.
void appendJunk(QByteArray &out, Rng &rng, int itemNumber)
{
    switch (rng.range(0, 2)) {
    case 0:
        out.append("<p><iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/v")
            .append(QByteArray::number(itemNumber)).append("\" frameborder=\"0\" allowfullscreen></iframe></p>\n");
        break;
    case 1:
        out.append("<img src=\"https://pixel.example.com/t.gif?id=").append(QByteArray::number(itemNumber))
            .append("\" width=\"1\" height=\"1\" alt=\"\" style=\"display:none\">\n");
        break;
    default:
        out.append("<div class=\"share\" onclick=\"share(").append(QByteArray::number(itemNumber))
            .append(")\"><a href=\"javascript:void(0)\">Share</a></div>\n");
        break;
    }
}

} // namespace

void appendWords(QByteArray &out, Rng &rng, int count)
{
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            out.append(' ');
        appendWord(out, rng);
    }
}

QByteArray headline(Rng &rng)
{
    QByteArray title;
    const int words = rng.range(4, 10);
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            title.append(' ');
        QByteArray word(rng.pick(kWords));
        word[0] = char(word[0] - 'a' + 'A');
        title.append(word);
    }
    if (rng.chance(10))
        title.append(" & More");   // escaped by the feed writers: titles with entities are common
    return title;
}

QByteArray slug(Rng &rng, int number)
{
    QByteArray s;
    const int words = rng.range(2, 5);
    for (int i = 0; i < words; ++i)
        s.append(rng.pick(kWords)).append('-');
    return s.append(QByteArray::number(number));
}

void appendArticleHtml(QByteArray &out, Rng &rng, int targetBytes, int itemNumber)
{
    const qsizetype start = out.size();
    appendParagraph(out, rng, itemNumber);
    while (out.size() - start < targetBytes) {
        const int roll = rng.range(0, 99);
        if (roll < 52) {
            appendParagraph(out, rng, itemNumber);
        } else if (roll < 58) {
            out.append(roll < 55 ? "<h2>" : "<h3>").append(headline(rng)).append(roll < 55 ? "</h2>\n" : "</h3>\n");
        } else if (roll < 68) {
            appendList(out, rng, itemNumber);
        } else if (roll < 78) {
            appendFigure(out, rng, itemNumber);
        } else if (roll < 85) {
            appendCode(out, rng);
        } else if (roll < 91) {
            appendTable(out, rng);
        } else if (roll < 97) {
            appendQuote(out, rng, itemNumber);
        } else if (roll < 98) {
            appendJunk(out, rng, itemNumber);
        } else {
            out.append("<hr>\n");
        }
    }
}

void appendXmlEscaped(QByteArray &out, const QByteArray &text)
{
    const char *p = text.constData();
    const char *const end = p + text.size();
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '&' && *p != '<' && *p != '>')
            ++p;
        out.append(run, p - run);
        if (p == end)
            break;
        out.append(*p == '&' ? "&amp;" : *p == '<' ? "&lt;" : "&gt;");
        ++p;
    }
}

} // namespace tidings::bench
