// The bad-document suite (threats.md §6, items 1-14): broken and hostile inputs through the real
// `tidings-cli parse` (exit code, the stderr line, stdout), and through parseFeed() in-process where time
// and memory are easier to see. Every row name or comment says what is expected and why.
// Small inputs live in tests/data/bad/; big ones are generated once into a temporary folder.
//
// The contract (docs/cli-contract.md): exit 0 = a feed (recoveries listed in "warnings"), stdout one JSON
// object, stderr empty; exit 2 = not a feed / unreadable, stdout empty, ONE stderr line naming the input.

#include "core/feed/parsefeed.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <malloc.h>
#include <sys/resource.h>

using namespace tidings;
using namespace Qt::StringLiterals;

namespace {

QString bad(const char *name) { return QStringLiteral(TIDINGS_TEST_DATA "/bad/") + QLatin1StringView(name); }

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Run {
    int exitCode = -1;
    bool finished = false;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    qint64 wallMs = 0;
    qint64 cpuMs = 0;   // user + system time of the child: what "fast" means on a busy, shared machine
    QJsonObject json;   // stdout parsed, on exit 0
    QStringList titles; // item titles, on exit 0
};

// CPU time (user + system) of this process or of its finished children, in ms.
qint64 cpuMs(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

// Waits in the event loop, so that a loopback server in this thread can answer the CLI.
Run runCli(const QStringList &arguments, const QByteArray &input = {})
{
    Run run;
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Every Qt logging category on: whatever Qt logs must still stay off stdout.
    environment.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    environment.remove(u"TIDINGS_DEBUG"_s);
    for (const char *proxy : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        environment.remove(QString::fromLatin1(proxy));
    cli.setProcessEnvironment(environment);
    QSignalSpy finished(&cli, &QProcess::finished);
    const qint64 cpuBefore = cpuMs(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    cli.start(QStringLiteral(TIDINGS_CLI), arguments);
    if (!cli.waitForStarted())
        return run;
    cli.write(input);
    cli.closeWriteChannel();
    run.finished = !finished.isEmpty() || finished.wait(180000);
    run.wallMs = timer.elapsed();
    if (!run.finished) {
        cli.kill();
        cli.waitForFinished();
        return run;
    }
    run.cpuMs = cpuMs(RUSAGE_CHILDREN) - cpuBefore;
    run.crashed = cli.exitStatus() != QProcess::NormalExit;
    run.exitCode = cli.exitCode();
    run.out = cli.readAllStandardOutput();
    run.err = cli.readAllStandardError();
    if (run.exitCode == 0 && run.out.startsWith('{')) {
        run.json = QJsonDocument::fromJson(run.out).object();
        for (const QJsonValue &item : run.json.value("items"_L1).toArray())
            run.titles << item.toObject().value("title"_L1).toString();
    }
    return run;
}

// "Fast" = under 2 s of CPU in the child (robust on a busy shared machine); the wall-clock bound catches
// waiting, e.g. on a network fetch of a DTD, which costs no CPU.
bool isFast(const Run &run)
{
    return run.finished && run.cpuMs < 2000 && run.wallMs < 10000;
}

Run runParse(const QString &input, const QByteArray &stdinBytes = {})
{
    return runCli({u"parse"_s, input}, stdinBytes);
}

QString describe(const Run &run)
{
    return u"exit %1%2, %3 ms wall, %4 ms cpu; stderr: %5; stdout (%6 bytes): %7"_s.arg(run.exitCode)
        .arg(run.crashed ? " (crashed)"_L1 : run.finished ? ""_L1 : " (timed out)"_L1)
        .arg(run.wallMs).arg(run.cpuMs).arg(QString::fromUtf8(run.err.left(300)).trimmed()).arg(run.out.size())
        .arg(QString::fromUtf8(run.out.left(200)).simplified());
}

// Qt debug noise would be lines like "qt.network.ssl: ..." or "QObject::connect: ..." on stdout.
bool hasNoise(const QByteArray &stdoutBytes)
{
    static const QRegularExpression noise(u"^(qt\\.|QDEBUG|Debug:|Warning:|QObject::|QSocket|QNetwork)"_s,
                                          QRegularExpression::MultilineOption);
    return noise.match(QString::fromUtf8(stdoutBytes.left(1 << 20))).hasMatch();
}

// Exit 2, nothing on stdout, exactly one stderr line that names `input` and matches `reason`.
void verifyError(const Run &run, const QString &input, const QString &reason)
{
    QVERIFY2(run.finished && !run.crashed && run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.out.isEmpty(), qPrintable(u"stdout must be empty on errors; "_s + describe(run)));
    QVERIFY2(run.err.endsWith('\n') && run.err.count('\n') == 1, qPrintable(u"stderr must be one line; "_s + describe(run)));
    const QString line = QString::fromUtf8(run.err).trimmed();
    QVERIFY2(line.contains(input), qPrintable(u"the message must name %1: %2"_s.arg(input, line)));
    QVERIFY2(QRegularExpression(reason, QRegularExpression::CaseInsensitiveOption).match(line).hasMatch(),
             qPrintable(u"expected /%1/ in: %2"_s.arg(reason, line)));
}

// Exit 0, stderr empty, stdout exactly one JSON object (valid UTF-8) without noise around it.
void verifyFeed(const Run &run)
{
    QVERIFY2(run.finished && !run.crashed && run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.err.isEmpty(), qPrintable(u"stderr must be empty on success; "_s + describe(run)));
    QVERIFY2(!hasNoise(run.out), qPrintable(describe(run)));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(),
             qPrintable(u"stdout is not one JSON object: "_s + error.errorString()));
}

QString warningsOf(const Run &run)
{
    return QString::fromUtf8(QJsonDocument(run.json.value("warnings"_L1).toArray()).toJson(QJsonDocument::Compact));
}

bool anyWarningMatches(const Run &run, const QString &pattern)
{
    const QRegularExpression expression(pattern, QRegularExpression::CaseInsensitiveOption);
    const QJsonArray warnings = run.json.value("warnings"_L1).toArray();
    return std::any_of(warnings.begin(), warnings.end(),
                       [&](const QJsonValue &warning) { return expression.match(warning.toString()).hasMatch(); });
}

// For guards where refusing the document (exit 2) and reading it with the threat neutralised (exit 0, the
// neutralisation warned) are both right; `reason` is what the message or the warning must say.
void verifyFeedOrError(const Run &run, const QString &input, const QString &reason)
{
    if (run.exitCode == 2) {
        verifyError(run, input, reason);
        return;
    }
    verifyFeed(run);
    QVERIFY2(anyWarningMatches(run, reason), qPrintable(u"no warning /%1/ in %2"_s.arg(reason, warningsOf(run))));
}

qint64 peakKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

struct Measured {
    ParseResult result;
    qint64 ms = 0;         // CPU time of the parse
    qint64 growthKb = 0;   // peak resident memory during the parse, above the footprint before it
};

// Linux lets a process reset its memory high-water mark (5 > /proc/self/clear_refs), so each measurement
// starts from the current footprint whatever ran before it.
template<typename Work>
qint64 peakGrowthKb(Work work)
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
    clear.close();
    const qint64 before = peakKb();
    work();
    return peakKb() - before;
}

Measured parseMeasured(const QByteArray &bytes)
{
    Measured measured;
    const qint64 before = cpuMs(RUSAGE_SELF);
    measured.growthKb = peakGrowthKb([&] { measured.result = parseFeed(bytes, QUrl(u"https://example.org/feed.xml"_s)); });
    measured.ms = cpuMs(RUSAGE_SELF) - before;
    return measured;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;   // ASan's shadow memory and quarantine inflate every memory figure
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

const QByteArray kRssHead = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
                            "<title>Generated</title><link>https://example.org/</link>\n"_ba;
const QByteArray kRssTail = "</channel></rss>\n"_ba;

QByteArray item(const QByteArray &title, const QByteArray &extra = {})
{
    return "<item><title>" + title + "</title><link>https://example.org/" + QByteArray(title).replace(' ', '-') + "</link>"
        + extra + "</item>\n";
}

// A 4 KB internal entity referenced 200 000 times (800 KB): 800 MB of text if a parser expands it.
const QByteArray kBlowUpText = "blow-up "_ba.repeated(512);

} // namespace

class TstBadDocs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void notAFeed_data();
    void notAFeed();
    void recovered_data();
    void recovered();
    void nulBytes();
    void undeclaredPrefixes();
    void externalEntity();
    void billionLaughs();
    void recursiveEntities_data();
    void recursiveEntities();
    void quadraticBlowUp();
    void deepNesting();
    void manyAttributes();
    void bigFeed();
    void stdinInput();
    void imageServedOverHttp();
    void usage_data();
    void usage();
    void versionAndHelp_data();
    void versionAndHelp();

private:
    QString generate(const char *name, const QList<QByteArray> &parts, int repeatMiddle = 1);

    QTemporaryDir m_tmp;
    QString m_big;          // ~50 MB RSS 2.0
    int m_bigItems = 0;
    QString m_tooLarge;     // 1 MB over kMaxFeedBytes
    QString m_quadratic;
    QString m_deep;
    QString m_attributes;
};

// Writes parts[0], then parts[1] `repeatMiddle` times, then the rest, streaming; returns the path or "".
QString TstBadDocs::generate(const char *name, const QList<QByteArray> &parts, int repeatMiddle)
{
    QFile file(m_tmp.filePath(QString::fromLatin1(name)));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        for (int n = 0; n < (i == 1 ? repeatMiddle : 1); ++n) {
            if (file.write(parts.at(i)) != parts.at(i).size())
                return {};
        }
    }
    return file.fileName();
}

void TstBadDocs::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(TIDINGS_CLI)), TIDINGS_CLI " is not built");
    QVERIFY(m_tmp.isValid());
    // glibc raises its mmap threshold (up to 32 MB) each time a big block is freed, so what earlier cases
    // allocated would change the memory figures below (2.8x alone, 4.3x after the rest); a fixed threshold
    // gives every measurement the allocator state of a fresh process.
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    // Positive control for every memory bound below: touching 64 MB must show, or the bounds prove nothing.
    const qint64 probeKb = peakGrowthKb([] { QByteArray block(64 << 20, 'x'); QVERIFY(block.count('y') == 0); });
    QVERIFY2(probeKb > 60 * 1024, qPrintable(u"the memory probe saw %1 KB for 64 MB"_s.arg(probeKb)));

    // 50 MB of ~1 KB items, each different (title, link, guid), with CDATA HTML as real feeds have.
    m_big = m_tmp.filePath(u"big.rss"_s);
    QFile big(m_big);
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(kRssHead);
    const QByteArray body = "<description><![CDATA[<p>" + "Lorem ipsum dolor sit amet, "_ba.repeated(30)
        + "</p>]]></description><pubDate>Wed, 04 Mar 2026 17:10:44 +0100</pubDate>";
    QByteArray chunk;
    while (big.size() + chunk.size() < 50ll * 1024 * 1024) {
        const QByteArray n = QByteArray::number(++m_bigItems);
        chunk += "<item><title>Item " + n + "</title><link>https://example.org/items/" + n + "</link><guid>big-" + n
            + "</guid>" + body + "</item>\n";
        if (chunk.size() > (1 << 20)) {
            big.write(chunk);
            chunk.clear();
        }
    }
    big.write(chunk + kRssTail);
    big.close();

    // A 1 MiB item repeated until the document is 1 MiB past the cap.
    const QByteArray filler = item("filler", "<description>" + QByteArray(1 << 20, 'x') + "</description>");
    m_tooLarge = generate("too-large.rss", {kRssHead, filler, kRssTail}, int(kMaxFeedBytes >> 20) + 1);
    QVERIFY(QFileInfo(m_tooLarge).size() > kMaxFeedBytes);

    m_quadratic = generate("quadratic.rss",
                           {"<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"" + kBlowUpText + "\">]>\n"
                            "<rss version=\"2.0\"><channel><title>Quadratic</title><link>https://example.org/</link>\n"
                            "<item><title>Blow-up</title><link>https://example.org/1</link><description>",
                            "&a; ", "</description></item>\n" + kRssTail},
                           200000);
    QVERIFY(!m_quadratic.isEmpty());

    // 100 000 nested elements inside a description (raw, unescaped markup), between two plain items.
    m_deep = generate("deep.rss",
                      {kRssHead + item("Before") + "<item><title>Deep</title><link>https://example.org/deep</link><description>",
                       "<div>", "bottom" + "</div>"_ba.repeated(100000) + "</description></item>\n" + item("After") + kRssTail},
                      100000);
    QVERIFY(!m_deep.isEmpty());

    // 100 000 attributes (~1.2 MB) on one item element, after a plain item.
    QByteArray attributes;
    for (int i = 0; i < 100000; ++i)
        attributes += " a" + QByteArray::number(i) + "=\"v\"";
    m_attributes = generate("attributes.rss", {kRssHead + item("Before") + "<item" + attributes
                                               + "><title>Attributes</title><link>https://example.org/a</link></item>\n" + kRssTail});
    QVERIFY(!m_attributes.isEmpty());
}

// Documents that cannot be read as a feed: exit 2, one stderr line "tidings-cli: INPUT: reason".
void TstBadDocs::notAFeed_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");   // regular expression, case-insensitive
    QTest::newRow("empty file: exit 2, 'empty'") << bad("empty.xml") << u"not a feed.*empty"_s;
    QTest::newRow("whitespace only: exit 2, 'empty'") << bad("whitespace.xml") << u"not a feed.*empty"_s;
    QTest::newRow("PNG bytes: exit 2, 'PNG image'") << bad("png-bytes.rss") << u"not a feed.*PNG"_s;
    QTest::newRow("gzip bytes: exit 2, 'gzip'") << bad("gzip-bytes.rss") << u"not a feed.*gzip"_s;
    QTest::newRow("random bytes with NULs: exit 2, 'binary'") << bad("random-nul.bin") << u"not a feed.*binary"_s;
    QTest::newRow("JPEG image as .rss: exit 2, 'JPEG image'") << bad("image-as-feed.rss") << u"not a feed.*JPEG image"_s;
    QTest::newRow("HTML page: exit 2, 'HTML page'") << bad("html-page.html") << u"not a feed.*HTML page"_s;
    QTest::newRow("XHTML page, <?xml first: exit 2, 'HTML page'") << bad("xhtml-page.xml") << u"not a feed.*HTML page"_s;
    QTest::newRow("plain text: exit 2, 'plain text'") << bad("plain.txt") << u"not a feed.*plain text"_s;
    QTest::newRow("over the 64 MB cap: exit 2, 'larger than the limit'") << m_tooLarge << u"larger than the 64 MB limit"_s;
    QTest::newRow("missing file: exit 2, 'No such file'") << bad("no-such-file.rss") << u"no such file|not found"_s;
    QTest::newRow("directory: exit 2, 'directory'") << QStringLiteral(TIDINGS_TEST_DATA "/bad") << u"directory"_s;
}

void TstBadDocs::notAFeed()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);
    const Run run = runParse(input);
    qInfo("%s", qPrintable(describe(run)));
    verifyError(run, input, reason);
}

// Broken feeds that must still be read: exit 0, the items before the break kept, each repair a warning.
// `titles` is a regular expression over the item titles joined by newlines; no title may keep a C0 control.
void TstBadDocs::recovered_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("titles");
    QTest::addColumn<QString>("warning");   // some warning must match (case-insensitive); empty = none required
    QTest::addColumn<QString>("format");    // empty = any
    QTest::newRow("truncated mid-item: exit 0, items 1-2 kept, warning 'truncated'") << bad("truncated.rss")
        << u"^Complete item 1\nComplete item 2(\nCut item 3)?$"_s << u"truncat"_s << QString();
    QTest::newRow("two root elements: exit 0, first root's item kept, warning 'after the end of the root'")
        << bad("two-roots.rss") << u"^First root item$"_s << u"after the end of the root|extra content"_s << QString();
    QTest::newRow("invalid UTF-8 in a title: exit 0, U+FFFD or windows-1252, warning 'UTF-8'") << bad("invalid-utf8.rss")
        << u"^Caf(\u00e9|\ufffd) cr(\u00e8|\ufffd)me .+ end\nSecond item$"_s << u"utf-?8"_s << QString();
    QTest::newRow("C0 controls in a title: exit 0, removed, text kept, warning 'characters XML forbids'")
        << bad("c0-controls.rss") << u"^one.?two.?three.?four.?five.? end\nSecond item$"_s << u"forbid|control"_s << QString();
    QTest::newRow("&#0; &#xD800; &#x110000; (threats 6.12): exit 0, each U+FFFD, warning") << bad("numeric-refs.rss")
        << u"^a\ufffdb\ufffdc\ufffdd\nSecond item$"_s << u"U\\+FFFD|reference|code point"_s << QString();
    QTest::newRow("external parameter entity %p; (threats 6.4): exit 0, nothing loaded, warning 'entity'")
        << bad("xxe-parameter.rss") << u"^Still readable$"_s << u"entit"_s << QString();
    QTest::newRow("Netscape 0.91 DOCTYPE, external DTD (threats 6.4): exit 0, rss0.91, DTD not fetched")
        << bad("netscape-091.rss") << u"^Old school$"_s << QString() << u"rss0.91"_s;
    QTest::newRow("positive control, a valid feed: exit 0, no warning")
        << bad("valid.rss") << u"^One\nTwo$"_s << QString() << u"rss2.0"_s;
}

void TstBadDocs::recovered()
{
    QFETCH(QString, input);
    QFETCH(QString, titles);
    QFETCH(QString, warning);
    QFETCH(QString, format);
    const Run run = runParse(input);
    verifyFeed(run);
    const QString joined = run.titles.join(u'\n');
    QVERIFY2(QRegularExpression(titles).match(joined).hasMatch(), qPrintable(u"titles /%1/ expected: %2"_s.arg(titles, joined)));
    QVERIFY2(std::none_of(joined.begin(), joined.end(), [](QChar c) { return c.unicode() < 0x20 && c != u'\n'; }),
             qPrintable(joined));
    QVERIFY2(!run.out.contains("root:"), "file content leaked into the output");
    if (!warning.isEmpty())
        QVERIFY2(anyWarningMatches(run, warning), qPrintable(u"no warning /%1/ in %2"_s.arg(warning, warningsOf(run))));
    else if (input == bad("valid.rss"))
        QCOMPARE(warningsOf(run), u"[]"_s);
    if (!format.isEmpty())
        QCOMPARE(run.json.value("format"_L1).toString(), format);
}

// NUL bytes in a title and a description of an `<?xml` document are control characters like the others
// (issue 2, Recovery): stripped, no truncation at the NUL ("after" survives), both items kept, warned.
void TstBadDocs::nulBytes()
{
    const Run run = runParse(bad("nul-bytes.rss"));
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    if (run.exitCode != 0)
        return;   // nothing more to check until the parser is fixed
    verifyFeed(run);
    QCOMPARE(run.titles.size(), 2);
    const QString title = run.titles.first();
    QVERIFY2(title.startsWith("before"_L1) && title.endsWith("after"_L1) && !title.contains(QChar(0)), qPrintable(title));
    QVERIFY2(anyWarningMatches(run, u"control|character|NUL"_s), qPrintable(warningsOf(run)));
}

// media:thumbnail and dc:creator without xmlns declarations (threats 6.14): read as the well-known
// namespaces, item kept with its author and thumbnail, the recovery warned (issue 2: every recovery a warning).
void TstBadDocs::undeclaredPrefixes()
{
    const Run run = runParse(bad("undeclared-prefix.rss"));
    verifyFeed(run);
    QCOMPARE(run.titles, QStringList{u"Prefixed item"_s});
    const QJsonObject item = run.json.value("items"_L1).toArray().first().toObject();
    QCOMPARE(item.value("authors"_L1).toArray().first().toObject().value("name"_L1).toString(), u"Jane Doe"_s);
    QCOMPARE(item.value("thumbnail"_L1).toString(), u"https://example.org/thumb.jpg"_s);
    QVERIFY2(anyWarningMatches(run, u"prefix|namespace"_s), qPrintable(warningsOf(run)));
}

// XXE (threats 6.3): external entities (file:///etc/passwd; an http DTD and entity on a loopback server)
// are never loaded. Exit 0 with the entity dropped or exit 2 naming the entities; never "root:", no connection.
void TstBadDocs::externalEntity()
{
    const QString fileInput = bad("xxe-system.rss");
    Run run = runParse(fileInput);
    qInfo("file XXE: %s", qPrintable(describe(run)));
    QVERIFY2(!run.out.contains("root:") && !run.err.contains("root:"), "the content of /etc/passwd leaked");
    verifyFeedOrError(run, fileInput, u"entit|DTD"_s);

    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QSignalSpy connections(&server, &QTcpServer::newConnection);
    const QByteArray origin = "http://127.0.0.1:" + QByteArray::number(server.serverPort());
    const QString httpInput = generate("xxe-http.rss", {"<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"" + origin
                                                        + "/rss.dtd\" [\n<!ENTITY xxe SYSTEM \"" + origin + "/xxe\">\n]>\n"
                                                        + "<rss version=\"2.0\"><channel><title>XXE &xxe;</title>"
                                                        + item("Remote &xxe; entity") + kRssTail});
    run = runParse(httpInput);
    qInfo("http XXE: %s", qPrintable(describe(run)));
    QCOMPARE(connections.count(), 0);
    verifyFeedOrError(run, httpInput, u"entit|DTD"_s);
}

// Billion laughs (10 levels x 10 references in the internal subset, used in titles): < 2 s, small memory, and
// exit 2 with one line or a feed whose text holds no expansion.
void TstBadDocs::billionLaughs()
{
    const QString input = bad("billion-laughs.rss");
    const Run run = runParse(input);
    qInfo("CLI: %s", qPrintable(describe(run)));
    QVERIFY2(isFast(run), qPrintable(describe(run)));
    QVERIFY2(!run.out.contains("lollol"), "the entities were expanded");
    verifyFeedOrError(run, input, u"entit|DTD"_s);

    const Measured measured = parseMeasured(readFile(input));
    qInfo("in-process: %lld ms cpu, peak memory growth %lld KB", measured.ms, measured.growthKb);
    QVERIFY2(measured.ms < 2000, qPrintable(QString::number(measured.ms)));
    QVERIFY2(measured.growthKb < 32 * 1024, qPrintable(QString::number(measured.growthKb)));
    QVERIFY(!measured.result.feed.title.contains("lollol"_L1));
    for (const Item &item : measured.result.feed.items)
        QVERIFY(!item.title.contains("lollol"_L1));
}

// Recursive entities (threats 6.5): self-referencing, mutually referencing, and referenced inside an
// attribute value. Qt alone fails on them ("Self-referencing entity detected", positive control below);
// we must end fast with one clear line, or read the feed with the declarations ignored and warned, and
// never with an expansion of the entity in the text.
void TstBadDocs::recursiveEntities_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("title");   // the item title when the document is read
    QTest::newRow("self: &self; = a&self;b") << bad("recursive-self.rss") << u"Self-recursive"_s;
    QTest::newRow("mutual: &ping; <-> &pong;") << bad("recursive-mutual.rss") << u"Mutually recursive"_s;
    QTest::newRow("in an attribute value") << bad("recursive-attribute.rss") << u"Recursive in an attribute"_s;
}

void TstBadDocs::recursiveEntities()
{
    QFETCH(QString, input);
    QFETCH(QString, title);
    {
        QXmlStreamReader control(readFile(input));
        while (!control.atEnd())
            control.readNext();
        QVERIFY2(control.hasError(), "positive control: Qt itself must refuse this document");
    }
    const Run run = runParse(input);
    qInfo("%s", qPrintable(describe(run)));
    QVERIFY2(isFast(run), qPrintable(describe(run)));
    verifyFeedOrError(run, input, u"entit|DTD"_s);
    QVERIFY2(!run.out.contains("pong ping") && !run.out.contains("aab") && !run.out.contains("xxx"),
             "an entity was expanded");
    if (run.exitCode == 0)
        QVERIFY2(run.titles.size() == 1 && run.titles.first().startsWith(title), qPrintable(run.titles.join(u'|')));
}

// Quadratic blow-up (one 4 KB entity x 200 000 references, 800 KB; 800 MB if expanded): < 2 s, no expansion in
// the output, small memory. Exit 2 ("entities not allowed") or a feed without the expansion.
void TstBadDocs::quadraticBlowUp()
{
    const Run run = runParse(m_quadratic);
    qInfo("CLI: %s", qPrintable(describe(run)));
    QVERIFY2(isFast(run), qPrintable(describe(run)));
    QVERIFY2(run.out.size() < 2 * 1024 * 1024 && run.out.count("blow-up") <= 1024, "the entity was expanded");
    verifyFeedOrError(run, m_quadratic, u"entit|DTD"_s);

    const Measured measured = parseMeasured(readFile(m_quadratic));
    qInfo("in-process: %lld ms cpu, peak memory growth %lld KB", measured.ms, measured.growthKb);
    QVERIFY2(measured.ms < 2000, qPrintable(QString::number(measured.ms)));
    QVERIFY2(measured.growthKb < (kSanitized ? 128 : 64) * 1024, qPrintable(QString::number(measured.growthKb)));
    for (const Item &item : measured.result.feed.items)
        QVERIFY(item.summary.count("blow-up"_L1) + item.content.count("blow-up"_L1) <= 1024);
}

// 100 000 nested elements inside a description: no stack overflow, < 2 s; exit 0 with the item before kept
// and the depth cap warned, or exit 2 with one clear line.
void TstBadDocs::deepNesting()
{
    const Run run = runParse(m_deep);
    qInfo("%s", qPrintable(describe(run)));
    QVERIFY2(!run.crashed && isFast(run), qPrintable(describe(run)));
    verifyFeedOrError(run, m_deep, u"nest|deep|depth"_s);
    if (run.exitCode == 0)
        QVERIFY2(run.titles.contains("Before"_L1), qPrintable(run.titles.join(u'|')));
}

// 100 000 attributes on one <item> (~1.2 MB; Qt's duplicate check is quadratic, CVE-2026-16762): < 2 s;
// exit 0 with the items kept and the dropped attributes warned, or exit 2 with one clear line.
void TstBadDocs::manyAttributes()
{
    const Run run = runParse(m_attributes);
    qInfo("%s", qPrintable(describe(run)));
    QVERIFY2(!run.crashed && isFast(run), qPrintable(describe(run)));
    verifyFeedOrError(run, m_attributes, u"attribute"_s);
    if (run.exitCode == 0)
        QVERIFY2(run.titles.contains("Before"_L1), qPrintable(run.titles.join(u'|')));
}

// A 50 MB RSS document: exit 0 with every item; in-process, peak memory growth under 4x the document.
void TstBadDocs::bigFeed()
{
    {
        const Run run = runParse(m_big);
        qInfo("CLI: exit %d, %lld ms wall, %lld ms cpu, %lld bytes of JSON", run.exitCode, run.wallMs, run.cpuMs,
              qint64(run.out.size()));
        verifyFeed(run);
        QCOMPARE(run.titles.size(), m_bigItems);
        QCOMPARE(run.titles.first(), u"Item 1"_s);
        QCOMPARE(run.titles.last(), u"Item %1"_s.arg(m_bigItems));
    }
    const QByteArray bytes = readFile(m_big);
    const Measured measured = parseMeasured(bytes);
    QVERIFY(measured.result.isFeed());
    QCOMPARE(measured.result.feed.items.size(), m_bigItems);
    const double ratio = measured.growthKb * 1024.0 / double(bytes.size());
    qInfo("in-process: %.1f MB, %d items, %lld ms cpu, peak memory growth %.1f MB = %.2fx the document%s",
          bytes.size() / 1048576.0, m_bigItems, measured.ms, measured.growthKb / 1024.0, ratio,
          kSanitized ? " (ASan build: inflated)" : "");
    QVERIFY2(ratio < (kSanitized ? 10.0 : 4.0), qPrintable(QString::number(ratio)));
}

// "-" reads standard input: a valid feed parses; an HTML page is exit 2 with a line naming "-".
void TstBadDocs::stdinInput()
{
    Run run = runParse(u"-"_s, readFile(bad("valid.rss")));
    verifyFeed(run);
    QCOMPARE(run.titles, (QStringList{u"One"_s, u"Two"_s}));

    run = runParse(u"-"_s, readFile(bad("html-page.html")));
    verifyError(run, u"-"_s, u"(: -:|stdin|standard input).*HTML page"_s);
}

// An image served with a feed Content-Type: the bytes decide; exit 2 with a line naming the URL.
void TstBadDocs::imageServedOverHttp()
{
    const QByteArray body = readFile(bad("image-as-feed.rss"));
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&server, body] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, body] {
            const QByteArray request = socket->property("request").toByteArray() + socket->readAll();
            socket->setProperty("request", request);
            if (!request.contains("\r\n\r\n"))
                return;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml; charset=utf-8\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    });
    const QString url = u"http://127.0.0.1:%1/feed.rss"_s.arg(server.serverPort());
    const Run run = runParse(url);
    verifyError(run, url, u"not a feed.*JPEG image"_s);
}

// Usage errors: exit 2, stdout empty, one stderr line naming what was wrong.
void TstBadDocs::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::addColumn<QString>("reason");
    const QString valid = bad("valid.rss");
    QTest::newRow("unknown verb: exit 2, 'unknown verb'") << QStringList{u"frobnicate"_s} << u"frobnicate"_s << u"unknown verb"_s;
    QTest::newRow("parse without a file: exit 2, 'expected exactly one'")
        << QStringList{u"parse"_s} << u"parse"_s << u"expected exactly one"_s;
    QTest::newRow("parse with two files: exit 2, 'expected exactly one'")
        << QStringList{u"parse"_s, valid, valid} << u"parse"_s << u"expected exactly one"_s;
    QTest::newRow("unknown parse option: exit 2, 'unknown option'")
        << QStringList{u"parse"_s, u"--bogus"_s, valid} << u"bogus"_s << u"unknown option"_s;
    QTest::newRow("unknown global option: exit 2, 'unknown option'") << QStringList{u"--bogus"_s} << u"--bogus"_s << u"unknown option"_s;
    QTest::newRow("no verb at all: exit 2, one usage line") << QStringList{} << u"tidings-cli"_s << u"usage"_s;
}

void TstBadDocs::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    QFETCH(QString, reason);
    const Run run = runCli(arguments);
    QVERIFY2(run.err.count('\n') == 1, qPrintable(describe(run)));
    if (run.err.count('\n') != 1)
        return;   // only after the expected failure above
    verifyError(run, named, reason);
}

// --version and --help: exit 0, the text on stdout (nothing else there), stderr empty.
void TstBadDocs::versionAndHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--version: exit 0, 'tidings-cli X.Y'") << QStringList{u"--version"_s} << u"^tidings-cli \\d+\\.\\d+\\S*\\n$"_s;
    QTest::newRow("--help: exit 0, 'Usage: tidings-cli'") << QStringList{u"--help"_s} << u"^Usage: tidings-cli .*\\bparse\\b"_s;
    QTest::newRow("parse --help: exit 0, 'Usage: tidings-cli parse'") << QStringList{u"parse"_s, u"--help"_s} << u"^Usage: \\S*tidings-cli parse .*--raw"_s;
}

void TstBadDocs::versionAndHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run run = runCli(arguments);
    QVERIFY2(run.finished && !run.crashed && run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.err.isEmpty() && !hasNoise(run.out), qPrintable(describe(run)));
    const QRegularExpression pattern(expected, QRegularExpression::DotMatchesEverythingOption);
    QVERIFY2(pattern.match(QString::fromUtf8(run.out)).hasMatch(), qPrintable(describe(run)));
}

QTEST_GUILESS_MAIN(TstBadDocs)
#include "tst_baddocs.moc"
