// bench_parse: parse throughput of tidings::parseFeed over a generated mixed corpus, beside the ceiling
// (QXmlStreamReader tokenizing the same bytes and collecting their text; QJsonDocument for JSON Feed),
// and the peak memory of one large document. Timings are CPU time of this process, best of N runs.
// See docs/performance.md; bench/run-parse-bench.sh runs it together with the feedparser peer.

#include "benchcorpus.h"
#include "htmlfloor.h"

#include "core/feed/parsefeed.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <sys/resource.h>

using namespace tidings;
using namespace tidings::bench;

namespace {

constexpr double kMB = 1024.0 * 1024.0;   // sizes and rates are in MiB, like kMaxFeedBytes

struct Options {
    double sizeMB = 60;
    int repetitions = 5;
    quint64 seed = 20260304;
    QString writeCorpus;
    double memoryMB = 0;   // > 0: the memory check instead of the throughput run
    bool json = false;
    QStringList modes = {QStringLiteral("ceiling"), QStringLiteral("sanitized"), QStringLiteral("raw")};
};

double cpuSeconds()
{
    timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

qint64 peakRssBytes()
{
    rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;   // kilobytes on Linux
}

qint64 currentRssBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_parse: %s\n", qPrintable(message));
    std::exit(2);
}

// --- the ceiling: what reading the same bytes costs with no feed logic at all ---------------------

qsizetype tokenizeXml(const QByteArray &bytes)
{
    QXmlStreamReader reader(bytes);
    QStringList texts;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::Characters)
            texts.append(reader.text().toString());
    }
    if (reader.hasError())
        fail(QStringLiteral("the ceiling reader failed on the corpus: %1").arg(reader.errorString()));
    return texts.size();
}

void collectJson(const QJsonValue &value, QStringList &texts)
{
    if (value.isString()) {
        texts.append(value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            collectJson(element, texts);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            texts.append(it.key());
            collectJson(it.value(), texts);
        }
    }
}

qsizetype tokenizeJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        fail(QStringLiteral("the ceiling reader failed on the corpus: %1").arg(error.errorString()));
    QStringList texts;
    collectJson(document.object(), texts);
    return texts.size();
}

// --- the throughput run --------------------------------------------------------------------------

struct ModeResult {
    QString name;
    QString label;
    double best = 1e300;
    QList<double> runs;
    double bestByFormat[4] = {1e300, 1e300, 1e300, 1e300};
    double bestXml = 1e300;    // the XML documents only (what the feedparser peer can read)
    qint64 itemsParsed = -1;   // what parseFeed returned in the last run (-1 for the ceiling)
    qint64 warnings = 0;
    qint64 notFeeds = 0;
};

volatile qint64 g_sink = 0;   // keeps the optimizer from dropping the work

void runOnce(const Corpus &corpus, ModeResult &mode)
{
    double byFormat[4] = {0, 0, 0, 0};
    qint64 items = 0, warnings = 0, notFeeds = 0;
    ParseOptions options;
    options.content = mode.name == QLatin1String("raw") ? ContentMode::Raw : ContentMode::Sanitized;
    const bool ceiling = mode.name == QLatin1String("ceiling");
    for (const CorpusDocument &doc : corpus.documents) {
        const double start = cpuSeconds();
        if (ceiling) {
            g_sink += doc.format == CorpusFormat::Json11 ? tokenizeJson(doc.bytes) : tokenizeXml(doc.bytes);
        } else {
            const ParseResult result = parseFeed(doc.bytes, doc.documentUrl, QByteArray(), options);
            items += result.feed.items.size();
            warnings += result.warnings.size();
            notFeeds += result.isFeed() ? 0 : 1;
            g_sink += result.feed.items.size();
        }   // the result is freed inside the timed region, as the ceiling's strings are
        byFormat[int(doc.format)] += cpuSeconds() - start;
    }
    double total = 0;
    for (int f = 0; f < 4; ++f) {
        total += byFormat[f];
        mode.bestByFormat[f] = std::min(mode.bestByFormat[f], byFormat[f]);
    }
    mode.runs.append(total);
    mode.bestXml = std::min(mode.bestXml, total - byFormat[int(CorpusFormat::Json11)]);
    mode.best = std::min(mode.best, total);
    if (!ceiling) {
        mode.itemsParsed = items;
        mode.warnings = warnings;
        mode.notFeeds = notFeeds;
    }
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

int runThroughput(const Options &options)
{
    const Corpus corpus = generateCorpus(qint64(options.sizeMB * kMB), options.seed);
    qint64 formatBytes[4] = {0, 0, 0, 0}, formatItems[4] = {0, 0, 0, 0};
    int formatDocs[4] = {0, 0, 0, 0};
    for (const CorpusDocument &doc : corpus.documents) {
        formatBytes[int(doc.format)] += doc.bytes.size();
        formatItems[int(doc.format)] += doc.items;
        ++formatDocs[int(doc.format)];
    }

    QList<ModeResult> modes;
    for (const QString &name : options.modes) {
        if (name == QLatin1String("html"))
            continue;   // measured apart, below
        ModeResult mode;
        mode.name = name;
        mode.label = name == QLatin1String("ceiling") ? QStringLiteral("ceiling: QXmlStreamReader/QJsonDocument + text")
                   : name == QLatin1String("raw")     ? QStringLiteral("parseFeed, ContentMode::Raw")
                                                      : QStringLiteral("parseFeed, sanitized (default)");
        modes.append(mode);
    }
    // Interleaved, so that a burst of load from the other users of the machine hits every mode alike.
    for (int r = 0; r < options.repetitions; ++r) {
        for (ModeResult &mode : modes)
            runOnce(corpus, mode);
    }

    HtmlFloor floor;
    if (options.modes.contains(QLatin1String("html")))
        floor = measureHtmlFloor(corpus, options.repetitions);

    const double mb = double(corpus.bytes) / kMB;
    const ModeResult *ceiling = nullptr, *sanitized = nullptr;
    for (const ModeResult &mode : std::as_const(modes)) {
        if (mode.name == QLatin1String("ceiling"))
            ceiling = &mode;
        if (mode.name == QLatin1String("sanitized"))
            sanitized = &mode;
    }

    if (options.json) {
        QJsonObject out;
        out.insert(QLatin1String("corpus"), QJsonObject{
            {QLatin1String("documents"), corpus.documents.size()}, {QLatin1String("items"), corpus.items},
            {QLatin1String("bytes"), corpus.bytes}, {QLatin1String("megabytes"), mb},
            {QLatin1String("hash"), QString::number(corpus.hash, 16)},
            {QLatin1String("seed"), QString::number(options.seed)},
            {QLatin1String("repetitions"), options.repetitions}});
        for (const ModeResult &mode : std::as_const(modes)) {
            QJsonObject m{{QLatin1String("bestSeconds"), mode.best}, {QLatin1String("medianSeconds"), median(mode.runs)},
                          {QLatin1String("mbPerSecond"), mb / mode.best},
                          {QLatin1String("itemsPerSecond"), double(corpus.items) / mode.best}};
            if (mode.itemsParsed >= 0) {
                m.insert(QLatin1String("itemsParsed"), mode.itemsParsed);
                m.insert(QLatin1String("warnings"), mode.warnings);
                m.insert(QLatin1String("notFeeds"), mode.notFeeds);
            }
            QJsonObject byFormat;
            for (int f = 0; f < 4; ++f) {
                if (formatDocs[f])
                    byFormat.insert(formatLabel(CorpusFormat(f)), formatBytes[f] / kMB / mode.bestByFormat[f]);
            }
            m.insert(QLatin1String("mbPerSecondByFormat"), byFormat);
            const qint64 xmlBytes = corpus.bytes - formatBytes[int(CorpusFormat::Json11)];
            const qint64 xmlItems = corpus.items - formatItems[int(CorpusFormat::Json11)];
            m.insert(QLatin1String("xml"), QJsonObject{{QLatin1String("megabytes"), xmlBytes / kMB},
                                                       {QLatin1String("mbPerSecond"), xmlBytes / kMB / mode.bestXml},
                                                       {QLatin1String("itemsPerSecond"), xmlItems / mode.bestXml}});
            out.insert(mode.name, m);
        }
        if (ceiling && sanitized)
            out.insert(QLatin1String("ratioSanitizedToCeiling"), ceiling->best / sanitized->best);
        if (floor.fragments > 0) {
            out.insert(QLatin1String("html"), QJsonObject{
                {QLatin1String("fragments"), floor.fragments}, {QLatin1String("megabytes"), floor.bytes / kMB},
                {QLatin1String("sanitizeMbPerSecond"), floor.bytes / kMB / floor.sanitizeSeconds},
                {QLatin1String("libxmlMbPerSecond"), floor.bytes / kMB / floor.libxmlSeconds}});
        }
        std::printf("%s", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    } else {
        std::printf("corpus: %lld documents, %lld items, %.2f MB (MB = 2^20 bytes), seed %llu, hash %016llx\n",
                    qlonglong(corpus.documents.size()), qlonglong(corpus.items), mb,
                    qulonglong(options.seed), qulonglong(corpus.hash));
        for (int f = 0; f < 4; ++f)
            std::printf("  %-14s %3d documents %6lld items %8.2f MB\n", qPrintable(formatLabel(CorpusFormat(f))),
                        formatDocs[f], qlonglong(formatItems[f]), formatBytes[f] / kMB);
        std::printf("\nCPU time (CLOCK_PROCESS_CPUTIME_ID), best of %d interleaved runs\n", options.repetitions);
        std::printf("%-48s %8s %10s %8s %8s\n", "", "MB/s", "items/s", "best s", "median s");
        for (const ModeResult &mode : std::as_const(modes))
            std::printf("%-48s %8.1f %10.0f %8.3f %8.3f\n", qPrintable(mode.label), mb / mode.best,
                        double(corpus.items) / mode.best, mode.best, median(mode.runs));
        std::printf("\nMB/s by format       ");
        for (int f = 0; f < 4; ++f)
            std::printf(" %14s", qPrintable(formatLabel(CorpusFormat(f))));
        std::printf("\n");
        for (const ModeResult &mode : std::as_const(modes)) {
            std::printf("%-20s ", qPrintable(mode.name));
            for (int f = 0; f < 4; ++f)
                std::printf(" %14.1f", formatDocs[f] ? formatBytes[f] / kMB / mode.bestByFormat[f] : 0.0);
            std::printf("\n");
        }
        if (ceiling && sanitized)
            std::printf("\nsanitized / ceiling: %.2f (target >= 0.67)\n", ceiling->best / sanitized->best);
        if (floor.fragments > 0) {
            std::printf("\nitem HTML: %lld fragments, %.2f MB of UTF-8\n", qlonglong(floor.fragments), floor.bytes / kMB);
            std::printf("  HtmlSanitizer::sanitize                      %8.1f MB/s\n",
                        floor.bytes / kMB / floor.sanitizeSeconds);
            std::printf("  libxml2 htmlParseDocument, no-op callbacks   %8.1f MB/s (the floor of the design)\n",
                        floor.bytes / kMB / floor.libxmlSeconds);
        }
    }
    for (const ModeResult &mode : std::as_const(modes)) {
        if (mode.itemsParsed >= 0 && (mode.itemsParsed != corpus.items || mode.notFeeds)) {
            std::fprintf(stderr, "bench_parse: warning: %s read %lld of %lld items (%lld documents not a feed)\n",
                         qPrintable(mode.name), qlonglong(mode.itemsParsed), qlonglong(corpus.items),
                         qlonglong(mode.notFeeds));
        }
        if (mode.warnings)
            std::fprintf(stderr, "bench_parse: note: %s gave %lld parse warnings on the corpus\n",
                         qPrintable(mode.name), qlonglong(mode.warnings));
    }
    return 0;
}

// --- the memory check ----------------------------------------------------------------------------

int runMemory(const Options &options)
{
    int items = 0;
    const QByteArray document = generateLargeRss(qint64(options.memoryMB * kMB), options.seed, &items);
    // Start the peak afresh where the kernel allows it (Linux >= 4.0), so that only parsing counts.
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
    clearRefs.close();
    const qint64 baselinePeak = peakRssBytes();
    const qint64 baselineCurrent = currentRssBytes();

    ParseOptions parseOptions;
    const bool raw = options.modes == QStringList{QStringLiteral("raw")};
    parseOptions.content = raw ? ContentMode::Raw : ContentMode::Sanitized;
    const double start = cpuSeconds();
    const ParseResult result = parseFeed(document, QUrl(QStringLiteral("https://site-0.example.org/feed.xml")),
                                         QByteArray(), parseOptions);
    const double seconds = cpuSeconds() - start;
    const qint64 peak = peakRssBytes();
    const qint64 held = currentRssBytes();
    // The peak can only be attributed to parsing if it was not already above the current RSS.
    const qint64 baseline = std::max(baselinePeak, baselineCurrent);
    const double multiple = double(peak - baseline) / double(document.size());

    if (options.json) {
        const QJsonObject out{{QLatin1String("memory"), QJsonObject{
            {QLatin1String("documentMB"), document.size() / kMB}, {QLatin1String("items"), items},
            {QLatin1String("content"), raw ? QLatin1String("raw") : QLatin1String("sanitized")},
            {QLatin1String("itemsParsed"), result.feed.items.size()},
            {QLatin1String("baselineMB"), baseline / kMB}, {QLatin1String("baselineCurrentMB"), baselineCurrent / kMB},
            {QLatin1String("peakMB"), peak / kMB}, {QLatin1String("heldAfterMB"), held / kMB},
            {QLatin1String("peakMultiple"), multiple}, {QLatin1String("parseSeconds"), seconds},
            {QLatin1String("mbPerSecond"), document.size() / kMB / seconds}}}};
        std::printf("%s", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    } else {
        std::printf("one RSS 2.0 document of %.1f MB, %d items (%lld parsed, %lld warnings), %s\n",
                    document.size() / kMB, items, qlonglong(result.feed.items.size()),
                    qlonglong(result.warnings.size()), raw ? "ContentMode::Raw" : "sanitized");
        std::printf("RSS before parsing: peak %.1f MB, current %.1f MB\n", baselinePeak / kMB, baselineCurrent / kMB);
        std::printf("peak RSS while parsing: %.1f MB, i.e. +%.1f MB = %.2f x the document (target <= 3)\n",
                    peak / kMB, (peak - baseline) / kMB, multiple);
        std::printf("RSS with the result held: +%.1f MB; parse CPU time %.2f s (%.1f MB/s)\n",
                    (held - baselineCurrent) / kMB, seconds, document.size() / kMB / seconds);
    }
    if (!result.isFeed() || result.feed.items.size() != items)
        std::fprintf(stderr, "bench_parse: warning: parsed %lld of %d items (%s)\n",
                     qlonglong(result.feed.items.size()), items, qPrintable(result.error));
    return 0;
}

// --- writing the corpus for the peer --------------------------------------------------------------

int writeCorpus(const Options &options)
{
    const Corpus corpus = generateCorpus(qint64(options.sizeMB * kMB), options.seed);
    QDir dir;
    if (!dir.mkpath(options.writeCorpus))
        fail(QStringLiteral("cannot create %1").arg(options.writeCorpus));
    QByteArray manifest = "# corpus hash " + QByteArray::number(corpus.hash, 16) + " seed "
        + QByteArray::number(options.seed) + "\n# file\tformat\titems\tbytes\tdocument-url\n";
    for (const CorpusDocument &doc : corpus.documents) {
        QFile file(options.writeCorpus + QLatin1Char('/') + doc.fileName);
        if (!file.open(QIODevice::WriteOnly) || file.write(doc.bytes) != doc.bytes.size())
            fail(QStringLiteral("cannot write %1").arg(file.fileName()));
        manifest += doc.fileName.toUtf8() + '\t' + formatLabel(doc.format).toUtf8() + '\t'
            + QByteArray::number(doc.items) + '\t' + QByteArray::number(doc.bytes.size()) + '\t'
            + doc.documentUrl.toEncoded() + '\n';
    }
    QFile file(options.writeCorpus + QStringLiteral("/manifest.tsv"));
    if (!file.open(QIODevice::WriteOnly) || file.write(manifest) != manifest.size())
        fail(QStringLiteral("cannot write %1").arg(file.fileName()));
    std::printf("wrote %lld documents, %lld items, %.2f MB (hash %016llx) to %s\n",
                qlonglong(corpus.documents.size()), qlonglong(corpus.items), corpus.bytes / kMB,
                qulonglong(corpus.hash), qPrintable(options.writeCorpus));
    return 0;
}

const char kUsage[] =
    "usage: bench_parse [--size MB] [--reps N] [--seed N] [--modes ceiling,sanitized,raw,html] [--json]\n"
    "       bench_parse --write-corpus DIR [--size MB] [--seed N]\n"
    "       bench_parse --memory MB [--modes raw] [--seed N] [--json]\n"
    "  --size MB           corpus size (default 60; MB = 2^20 bytes)\n"
    "  --reps N            repetitions per mode, interleaved; the best CPU time counts (default 5)\n"
    "  --modes LIST        which measurements to run (default ceiling,sanitized,raw; one mode is handy for\n"
    "                      profiling); html adds the sanitizer alone against libxml2's bare HTML parser;\n"
    "                      with --memory, raw parses in ContentMode::Raw\n"
    "  --write-corpus DIR  write the corpus as files plus manifest.tsv (for bench/feedparser_peer.py) and exit\n"
    "  --memory MB         parse one RSS document of that size and report the peak RSS it adds\n"
    "  --json              machine-readable output (bench/run-parse-bench.sh reads it)\n";

Options parseArguments(int argc, char **argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        const auto value = [&]() -> QByteArray {
            if (i + 1 >= argc)
                fail(QStringLiteral("%1 needs a value").arg(QString::fromLocal8Bit(arg)));
            return argv[++i];
        };
        bool ok = true;
        if (arg == "--size") {
            options.sizeMB = value().toDouble(&ok);
            ok = ok && options.sizeMB > 0;
        } else if (arg == "--reps") {
            options.repetitions = value().toInt(&ok);
            ok = ok && options.repetitions > 0;
        } else if (arg == "--seed") {
            options.seed = value().toULongLong(&ok);
        } else if (arg == "--modes") {
            options.modes = QString::fromLocal8Bit(value()).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &mode : std::as_const(options.modes))
                ok = ok && (mode == QLatin1String("ceiling") || mode == QLatin1String("sanitized")
                            || mode == QLatin1String("raw") || mode == QLatin1String("html"));
        } else if (arg == "--write-corpus") {
            options.writeCorpus = QString::fromLocal8Bit(value());
        } else if (arg == "--memory") {
            options.memoryMB = value().toDouble(&ok);
            ok = ok && options.memoryMB > 0 && options.memoryMB * kMB <= double(kMaxFeedBytes);
        } else if (arg == "--json") {
            options.json = true;
        } else if (arg == "--help" || arg == "-h") {
            std::printf("%s", kUsage);
            std::exit(0);
        } else {
            std::fprintf(stderr, "bench_parse: unknown argument %s\n%s", argv[i], kUsage);
            std::exit(2);
        }
        if (!ok)
            fail(QStringLiteral("bad value for %1 (see --help)").arg(QString::fromLocal8Bit(arg)));
    }
    return options;
}

} // namespace

int main(int argc, char **argv)
{
#ifndef NDEBUG
    std::fprintf(stderr, "bench_parse: warning: built without NDEBUG; use the Release preset for figures\n");
#endif
    const Options options = parseArguments(argc, argv);
    if (!options.writeCorpus.isEmpty())
        return writeCorpus(options);
    if (options.memoryMB > 0)
        return runMemory(options);
    return runThroughput(options);
}
