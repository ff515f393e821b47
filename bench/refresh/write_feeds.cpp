// bench_feeds: writes the refresh benchmark's feed set (benchcorpus.h, generateFeedDocument) as files
// for a web server, with the subscription lists for both readers: an OPML file for tidings-cli import
// and a urls file for newsboat. bench/run-refresh-bench.sh runs it; see docs/performance.md.

#include "../benchcorpus.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

using namespace tidings::bench;

namespace {

const char kUsage[] =
    "usage: bench_feeds --out DIR --feeds N [--seed N] [--url-base URL]... [--lists N,N...]\n"
    "  --out DIR       writes DIR/feeds/NNNN.{rss,atom,rdf,json} and DIR/manifest.tsv\n"
    "                  (file, format, items, bytes); DIR must not hold an older set\n"
    "  --feeds N       how many feeds (feed n is the same bytes for every N)\n"
    "  --seed N        default 20260304, the parse corpus's\n"
    "  --url-base URL  where DIR/feeds is served, e.g. http://127.0.0.1:8080/ (repeat it to spread the\n"
    "                  feeds over several hosts, feed n on base n mod count); writes the subscription\n"
    "                  lists DIR/subscriptions-L.opml (ten folders) and DIR/urls-L (newsboat's) of the\n"
    "                  first L feeds\n"
    "  --lists N,N...  the list lengths L (default: N alone)\n";

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_feeds: %s\n", qPrintable(message));
    std::exit(2);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

QByteArray xmlAttribute(const QString &text)
{
    QString out = text.toHtmlEscaped();   // & < > "
    return out.toUtf8();
}

} // namespace

int main(int argc, char **argv)
{
    QString out;
    int feeds = 0;
    quint64 seed = 20260304;
    QStringList bases;
    QList<int> lists;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (i + 1 >= argc) {
            std::fprintf(stderr, "bench_feeds: %s needs a value\n%s", argv[i], kUsage);
            return 2;
        }
        const QString value = QString::fromLocal8Bit(argv[++i]);
        bool ok = true;
        if (arg == "--out")
            out = value;
        else if (arg == "--feeds")
            feeds = value.toInt(&ok);
        else if (arg == "--seed")
            seed = value.toULongLong(&ok);
        else if (arg == "--url-base")
            bases.append(value.endsWith(u'/') ? value : value + u'/');
        else if (arg == "--lists") {
            for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
                lists.append(part.toInt(&ok));
                if (!ok || lists.last() < 1)
                    break;
            }
        }
        else {
            std::fprintf(stderr, "bench_feeds: unknown argument %s\n%s", arg.constData(), kUsage);
            return 2;
        }
        if (!ok)
            fail(QStringLiteral("bad value for %1").arg(QString::fromLocal8Bit(arg)));
    }
    if (out.isEmpty() || feeds < 1)
        fail(QStringLiteral("--out and --feeds are required (see --help)"));
    if (lists.isEmpty())
        lists.append(feeds);
    for (const int length : std::as_const(lists)) {
        if (length > feeds)
            fail(QStringLiteral("a list of %1 feeds needs --feeds %1 or more").arg(length));
    }

    const QDir dir(out);
    if (!dir.mkpath(QStringLiteral("feeds")))
        fail(QStringLiteral("cannot create %1/feeds").arg(out));

    QByteArray manifest("file\tformat\titems\tbytes\n");
    QList<QByteArray> outlines;   // one per feed
    QList<QByteArray> urls;
    qint64 totalBytes = 0, totalItems = 0;
    for (int n = 0; n < feeds; ++n) {
        const CorpusDocument doc = generateFeedDocument(n, seed);
        writeFile(dir.filePath(QStringLiteral("feeds/") + doc.fileName), doc.bytes);
        manifest.append(doc.fileName.toUtf8()).append('\t').append(formatLabel(doc.format).toUtf8()).append('\t')
            .append(QByteArray::number(doc.items)).append('\t').append(QByteArray::number(doc.bytes.size()))
            .append('\n');
        totalBytes += doc.bytes.size();
        totalItems += doc.items;
        if (!bases.isEmpty()) {
            const QString url = bases.at(n % bases.size()) + doc.fileName;
            urls.append(url.toUtf8());
            outlines.append("    <outline type=\"rss\" text=\"Feed " + QByteArray::number(n) + "\" xmlUrl=\""
                            + xmlAttribute(url) + "\" htmlUrl=\"https://site-" + QByteArray::number(n)
                            + ".example.org/\"/>\n");
        }
    }
    writeFile(dir.filePath(QStringLiteral("manifest.tsv")), manifest);
    for (const int length : std::as_const(lists)) {
        if (bases.isEmpty())
            break;
        constexpr int kFolders = 10;   // feed n in folder n mod 10, as a real list has folders
        QByteArray opml("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n"
                        "<head><title>tidings refresh benchmark</title></head>\n<body>\n");
        for (int f = 0; f < kFolders && f < length; ++f) {
            opml.append("  <outline text=\"Topic ").append(QByteArray::number(f + 1)).append("\">\n");
            for (int n = f; n < length; n += kFolders)
                opml.append(outlines.at(n));
            opml.append("  </outline>\n");
        }
        opml.append("</body>\n</opml>\n");
        QByteArray list;
        for (int n = 0; n < length; ++n)
            list.append(urls.at(n)).append('\n');
        writeFile(dir.filePath(QStringLiteral("subscriptions-%1.opml").arg(length)), opml);
        writeFile(dir.filePath(QStringLiteral("urls-%1").arg(length)), list);
    }
    std::fprintf(stderr, "bench_feeds: %d feeds, %lld items, %.1f MiB in %s/feeds\n", feeds,
                 static_cast<long long>(totalItems), double(totalBytes) / (1024.0 * 1024.0), qPrintable(out));
    return 0;
}
