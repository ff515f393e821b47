#include "profilecorpus.h"

#include "../benchhtml.h"   // Rng

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace tidings::bench {
namespace {

// English words in rough order of frequency: the text draws them with Zipf weights (rank r weighs
// 1/(r+1)), so the first ones are in nearly every item and the last in a few percent of them.
const char *const kWords[] = {
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "on", "by",
    "this", "are", "from", "at", "be", "or", "have", "an", "which", "not", "but", "they", "more", "new",
    "their", "has", "one", "all", "were", "will", "can", "about", "been", "there", "other", "when",
    "would", "into", "year", "time", "people", "also", "its", "first", "after", "two", "over", "most",
    "some", "what", "only", "data", "city", "government", "could", "than", "system", "company", "world",
    "just", "through", "market", "since", "now", "report", "many", "years", "between", "under", "where",
    "network", "research", "while", "school", "water", "energy", "state", "team", "before", "service",
    "public", "around", "software", "week", "power", "support", "local", "health", "project", "should",
    "early", "during", "program", "policy", "country", "model", "study", "build", "open", "light",
    "course", "against", "million", "percent", "music", "game", "food", "price", "office", "science",
    "history", "family", "language", "design", "library", "season", "election", "council", "court",
    "release", "version", "engine", "battery", "climate", "forest", "river", "bridge", "garden", "harbor",
    "museum", "festival", "theater", "novel", "poetry", "painting", "camera", "telescope", "satellite",
    "rocket", "orbit", "planet", "comet", "galaxy", "volcano", "glacier", "desert", "island", "mountain",
    "valley", "village", "railway", "airport", "highway", "tunnel", "stadium", "hospital", "vaccine",
    "protein", "genome", "enzyme", "bacteria", "molecule", "crystal", "magnet", "reactor", "turbine",
    "compiler", "kernel", "database", "browser", "protocol", "router", "server", "cluster", "memory",
    "cache", "storage", "encryption", "password", "firmware", "sensor", "drone", "robot", "printer",
    "keyboard", "monitor", "laptop", "tablet", "headphones", "speaker", "microphone", "guitar", "violin",
    "piano", "orchestra", "choir", "ballet", "opera", "sculpture", "portrait", "landscape", "harvest",
    "vineyard", "orchard", "wheat", "barley", "coffee", "chocolate", "cheese", "bakery", "kitchen",
    "recipe", "restaurant", "bicycle", "scooter", "tram", "ferry", "sailboat", "lighthouse", "canal",
    "reservoir", "drought", "flood", "hurricane", "earthquake", "tsunami", "wildfire", "rainfall",
    "snowfall", "heatwave", "pollen", "butterfly", "beetle", "sparrow", "falcon", "salmon", "dolphin",
    "whale", "coral", "seagrass", "mangrove", "wetland", "meadow", "prairie", "tundra", "savanna",
    "archive", "manuscript", "inscription", "excavation", "pottery", "amphora", "fossil", "dinosaur",
    "mammoth", "meteorite", "aurora", "eclipse", "equinox", "solstice", "tide", "current", "plankton",
    "algorithm", "heuristic", "benchmark", "latency", "throughput", "bandwidth", "scheduler", "allocator",
    "parser", "tokenizer", "debugger", "profiler", "linker", "assembler", "interpreter", "bytecode",
    "semaphore", "mutex", "deadlock", "checkpoint", "snapshot", "replica", "consensus", "quorum",
    "ledger", "invoice", "mortgage", "pension", "tariff", "subsidy", "auction", "dividend", "bond",
    "treaty", "embassy", "parliament", "referendum", "senate", "mayor", "governor", "minister",
    "tribunal", "verdict", "appeal", "statute", "amendment", "petition", "protest", "strike", "union",
    "marathon", "regatta", "tournament", "championship", "goalkeeper", "referee", "penalty", "stadium",
    "quartet", "sonata", "symphony", "cantata", "overture", "libretto", "chorus", "refrain", "melody",
    "harmonica", "accordion", "clarinet", "trombone", "saxophone", "cello", "harp", "xylophone",
    "origami", "calligraphy", "tapestry", "mosaic", "fresco", "lithograph", "etching", "woodcut",
    "zeppelin", "hovercraft", "monorail", "funicular", "gondola", "catamaran", "icebreaker", "submarine",
};
constexpr int kWordCount = int(std::size(kWords));

const char *const kSyllables[] = {"ka", "lo", "mir", "ven", "do", "sa", "tre", "bor", "li", "na", "gu",
                                  "vel", "ra", "mon", "ti", "zel", "pa", "dor", "qui", "sen", "ha", "bel",
                                  "ko", "ru", "fen", "ma", "dri", "sto", "we", "lin"};
const char *const kFirstNames[] = {"Anna", "Ben", "Chiara", "David", "Elif", "Farid", "Grace", "Hugo",
                                   "Ines", "Jonas", "Keiko", "Lars", "Maya", "Nikolai", "Olga", "Pablo",
                                   "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wen", "Yusuf"};

// Zipf weights over kWords, cumulative; drawn by binary search.
const std::vector<double> &cumulativeWeights()
{
    static const std::vector<double> weights = [] {
        std::vector<double> sums(kWordCount);
        double sum = 0;
        for (int i = 0; i < kWordCount; ++i)
            sums[i] = (sum += 1.0 / (i + 1));
        return sums;
    }();
    return weights;
}

const char *zipfWord(Rng &rng)
{
    const std::vector<double> &sums = cumulativeWeights();
    const double u = double(rng.next() >> 11) * (1.0 / 9007199254740992.0) * sums.back();
    const auto it = std::lower_bound(sums.begin(), sums.end(), u);
    return kWords[qMin(int(it - sums.begin()), kWordCount - 1)];
}

// One of 27,000 made-up surnames ("Kovenlo"): the rare words a search finds a handful of items for.
QByteArray name(int number)
{
    QByteArray out;
    const int n = int(std::size(kSyllables));
    out.append(kSyllables[number % n]).append(kSyllables[(number / n) % n]).append(kSyllables[(number / n / n) % n]);
    out[0] = char(out.at(0) - 'a' + 'A');
    return out;
}

void appendText(QByteArray &out, Rng &rng, int words)
{
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            out.append(' ');
        if (rng.chance(2))
            out.append(name(rng.range(0, 26999)));
        else
            out.append(zipfWord(rng));
    }
}

QString title(Rng &rng)
{
    QByteArray text;
    appendText(text, rng, rng.range(4, 9));
    text[0] = char(QChar::toUpper(char16_t(text.at(0))));
    return QString::fromUtf8(text);
}

QString articleHtml(Rng &rng, int feed, int number)
{
    // 0.5-5 KB, skewed toward the short end as most feeds are.
    const double u = double(rng.next() % 10000) / 10000.0;
    const int target = 500 + int(4500 * u * u);
    QByteArray out;
    out.reserve(target + 200);
    while (out.size() < target) {
        const int kind = rng.range(0, 9);
        if (kind == 0) {
            out.append("<h3>");
            appendText(out, rng, rng.range(3, 7));
            out.append("</h3>\n");
        } else if (kind == 1) {
            out.append("<ul>");
            for (int i = rng.range(2, 4); i > 0; --i) {
                out.append("<li>");
                appendText(out, rng, rng.range(4, 10));
                out.append("</li>");
            }
            out.append("</ul>\n");
        } else {
            out.append("<p>");
            appendText(out, rng, rng.range(15, 45));
            out.append(" <a href=\"https://site").append(QByteArray::number(feed)).append(".example/")
                .append(zipfWord(rng)).append('/').append(QByteArray::number(number)).append("\">");
            appendText(out, rng, rng.range(1, 3));
            out.append("</a>. ");
            appendText(out, rng, rng.range(10, 30));
            out.append(".</p>\n");
        }
    }
    return QString::fromUtf8(out);
}

} // namespace

QList<int> itemsPerFeed(const ProfileLayout &layout)
{
    QList<int> counts(layout.feeds, 0);
    counts[0] = layout.bigFeedItems;
    qint64 left = layout.items - layout.bigFeedItems;
    // Feeds 1-100 carry 45 % of the rest, the other 899 the remainder: busy sites and quiet blogs.
    const int busy = qMin(100, layout.feeds - 1);
    const int quiet = layout.feeds - 1 - busy;
    const qint64 busyTotal = quiet > 0 ? left * 45 / 100 : left;
    for (int f = 1; f <= busy; ++f)
        counts[f] = int(busyTotal / busy);
    for (int f = busy + 1; f < layout.feeds; ++f)
        counts[f] = int((left - busyTotal) / quiet);
    qint64 sum = 0;
    for (int c : counts)
        sum += c;
    counts[layout.feeds - 1] += int(layout.items - sum);   // the rounding
    return counts;
}

QString feedUrl(int feed)
{
    return QStringLiteral("https://site%1.example/feed.xml").arg(feed);
}

QString feedTitle(int feed)
{
    Rng rng(0x5eedull * 1000003 + quint64(feed));
    QByteArray text = QByteArray(zipfWord(rng)) + ' ' + zipfWord(rng) + ' ' + name(feed * 27 % 27000);
    text[0] = char(QChar::toUpper(char16_t(text.at(0))));
    return QString::fromUtf8(text) + QStringLiteral(" %1").arg(feed);
}

QStringList folderOf(int feed)
{
    return {QStringLiteral("Folder %1").arg(feed % 20, 2, 10, QLatin1Char('0'))};
}

Feed generateItems(int feed, int feedItems, int first, int count)
{
    Feed out;
    out.format = FeedFormat::Rss20;
    out.title = feedTitle(feed);
    out.link = QStringLiteral("https://site%1.example/").arg(feed);
    const QDateTime end(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    const qint64 span = 2 * 365 * 86400LL;
    out.items.reserve(count);
    for (int n = first; n < first + count; ++n) {
        Rng rng(quint64(feed) * 0x100000001b3ull + quint64(n) * 0x9e3779b97f4a7c15ull + 20261101);
        Item item;
        item.id = QStringLiteral("https://site%1.example/item/%2").arg(feed).arg(n);
        item.idIsPermalink = true;
        item.link = item.id;
        item.title = title(rng);
        item.authors = {Person{QString::fromLatin1(kFirstNames[rng.range(0, int(std::size(kFirstNames)) - 1)]) + u' '
                                   + QString::fromLatin1(name(rng.range(0, 999))),
                               {}, {}}};
        // Newest first, evenly over two years, a little jitter so that feeds interleave.
        const qint64 offset = qint64((n + 0.5) * double(span) / feedItems) + rng.range(-1800, 1800);
        item.published = end.addSecs(-qMax<qint64>(0, offset));
        item.content = articleHtml(rng, feed, n);
        item.categories = {QString::fromLatin1(zipfWord(rng))};
        out.items.append(std::move(item));
    }
    return out;
}

SearchTerms searchTerms()
{
    SearchTerms terms;
    terms.common = QStringLiteral("government");   // rank 58: more than half of the items
    terms.medium = QStringLiteral("lighthouse");   // rank 223: about a fifth of the items
    terms.rare = QString::fromLatin1(name(12345));
    terms.twoWords = QStringLiteral("telescope glacier");
    terms.prefix = QStringLiteral("harv");
    return terms;
}

} // namespace tidings::bench
