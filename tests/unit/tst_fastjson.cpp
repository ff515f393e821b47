// FastJsonDocument against QJsonDocument: on every document of the test data and the fuzz seeds (as
// they come and as parseFeed hands them over, decoded), on truncated and corrupted copies of the JSON
// Feeds, and on hand-written rows for each construct, parseJsonFeed gives the same ParseResult with
// either backend, and the values read are Qt's. The fast reader must take the valid feeds, or it
// would not save anything, and give up on everything it is not sure of.

#include "../support/jsonfeeddiff.h"
#include "core/feed/fastjsondocument.h"
#include "core/feed/textdecoder.h"
#include "core/i18n/translations.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

#include <cstring>

using namespace tidings;
using jsonfeeddiff::compare;
using jsonfeeddiff::Outcome;
using jsonfeeddiff::Sabotage;

class TestFastJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tidings::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)); }
    void corpus();
    void damagedFeeds();
    void values_data();
    void values();
    void documents_data();
    void documents();
    void depth();
    void stringBoundaries();
    void rawDataIsCopied();
    void comparisonCanFail();
};

namespace {

QList<QString> dataFiles()
{
    QList<QString> paths;
    const QStringList roots = {QStringLiteral(TIDINGS_TEST_DATA), QStringLiteral(TIDINGS_TEST_DATA "/../fuzz")};
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths.append(it.next());
    }
    return paths;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isJsonFeed(const QString &path)
{
    return path.contains(QLatin1String("/feeds/json-")) && path.endsWith(QLatin1String(".json"))
            && !path.endsWith(QLatin1String(".expected.json"));
}

// The value at `path` in both documents, deeply: type, string (null or not), number as Qt keeps it.
QString differ(const FastJsonValue &fast, const QJsonValue &qt, const QString &path)
{
    if (fast.type() != qt.type())
        return QStringLiteral("%1: type %2, Qt %3").arg(path).arg(int(fast.type())).arg(int(qt.type()));
    const QString a = fast.toString();
    const QString b = qt.toString();
    if (a != b || a.isNull() != b.isNull()) {
        return QStringLiteral("%1: string %2, Qt %3").arg(path, jsonfeeddiff::text(a.left(80)),
                                                             jsonfeeddiff::text(b.left(80)));
    }
    if (qt.isDouble()) {
        const QVariant x = fast.toVariant();
        const QVariant y = qt.toVariant();
        const double a = fast.toDouble();
        const double b = qt.toDouble();
        if (x.typeId() != y.typeId() || x != y || std::memcmp(&a, &b, sizeof a) != 0) {
            return QStringLiteral("%1: number %2 (%3), Qt %4 (%5)").arg(path, x.toString(), QLatin1String(x.typeName()),
                                                                       y.toString(), QLatin1String(y.typeName()));
        }
    }
    if (qt.isArray()) {
        const FastJsonArray x = fast.toArray();
        const QJsonArray y = qt.toArray();
        if (x.size() != y.size())
            return QStringLiteral("%1: %2 elements, Qt %3").arg(path).arg(x.size()).arg(y.size());
        for (qsizetype i = 0; i < y.size(); ++i) {
            const QString d = differ(x.at(i), y.at(i), path + QStringLiteral("[%1]").arg(i));
            if (!d.isEmpty())
                return d;
        }
    }
    if (qt.isObject()) {
        const FastJsonObject x = fast.toObject();
        const QJsonObject y = qt.toObject();
        for (auto it = y.begin(); it != y.end(); ++it) {
            const QByteArray key = it.key().toLatin1();
            const QString d = differ(x.value(QLatin1String(key)), it.value(), path + u'.' + it.key());
            if (!d.isEmpty())
                return d;
        }
        if (!x.value(QLatin1String("no such key")).isUndefined())
            return path + QLatin1String(": a missing key is not undefined");
    }
    return {};
}

// A 1.1 feed with `value` in every field the reader takes, to compare the whole reading.
QByteArray feedAround(const QByteArray &value)
{
    return R"({"version":"https://jsonfeed.org/version/1.1","title":)" + value + R"(,"home_page_url":"https://example.org/",)"
            R"("items":[{"id":)" + value + R"(,"title":)" + value + R"(,"content_html":)" + value
            + R"(,"summary":)" + value + R"(,"url":)" + value + R"(,"tags":[)" + value + R"(],"language":)" + value
            + R"(,"date_published":)" + value + R"(,"authors":[{"name":)" + value + R"(}],)"
            R"("attachments":[{"url":"a.mp3","size_in_bytes":)" + value + R"(,"duration_in_seconds":)" + value
            + R"(}]},)" + value + R"(]})";
}

} // namespace

void TestFastJson::corpus()
{
    QMap<QString, int> reasons;
    QStringList mismatches;
    int documents = 0;
    int feedsAccepted = 0;
    int feedsTotal = 0;
    for (const QString &path : dataFiles()) {
        const QByteArray bytes = readFile(path);
        const QByteArray decoded = decodeJsonDocument(bytes, {}).utf8;
        for (const bool asParseFeedDoes : {false, true}) {
            const QByteArray &input = asParseFeedDoes ? decoded : bytes;
            ++documents;
            const Outcome outcome = compare(input);
            if (!outcome.mismatch.isEmpty())
                mismatches.append(path + QLatin1String(": ") + outcome.mismatch);
            if (!outcome.accepted)
                ++reasons[outcome.unsupportedReason];
            if (isJsonFeed(path) && asParseFeedDoes) {
                ++feedsTotal;
                feedsAccepted += outcome.accepted;
                if (!outcome.accepted)
                    qInfo("falls back: %s: %s", qPrintable(QFileInfo(path).fileName()), qPrintable(outcome.unsupportedReason));
            }
        }
    }
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        qInfo("unsupported: %4d %s", it.value(), qPrintable(it.key()));
    qInfo("JSON Feeds of tests/data/feeds: %d of %d read by FastJsonDocument", feedsAccepted, feedsTotal);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.mid(0, 10).join(u'\n')));
    QVERIFY(documents > 400);
    QVERIFY(feedsTotal >= 20);
    // Only the truncated one and the one with trailing garbage are for Qt's recovery.
    QCOMPARE(feedsAccepted, feedsTotal - 2);
}

void TestFastJson::damagedFeeds()
{
    // Truncated and corrupted copies of every JSON Feed: the fast reader gives up exactly where it
    // must (Qt recovers or reports), and where the damage leaves valid JSON it reads the same.
    const char replacements[] = {'"', '\\', '}', ']', ',', ':', '\0', '\x80', ' ', '0', 'x', '\t'};
    int compared = 0;
    int accepted = 0;
    for (const QString &path : dataFiles()) {
        if (!isJsonFeed(path))
            continue;
        const QByteArray bytes = decodeJsonDocument(readFile(path), {}).utf8;
        const qsizetype step = qMax<qsizetype>(1, bytes.size() / 97);
        for (qsizetype at = 0; at < bytes.size(); at += step) {
            QList<QByteArray> variants{bytes.left(at)};
            for (char c : replacements) {
                QByteArray damaged = bytes;
                damaged[at] = c;
                variants.append(damaged);
            }
            for (const QByteArray &variant : std::as_const(variants)) {
                const Outcome outcome = compare(variant);
                QVERIFY2(outcome.mismatch.isEmpty(),
                         qPrintable(QStringLiteral("%1 at %2: %3").arg(QFileInfo(path).fileName()).arg(at).arg(outcome.mismatch)));
                ++compared;
                accepted += outcome.accepted;
            }
        }
    }
    qInfo("damaged copies: %d compared, %d read by FastJsonDocument", compared, accepted);
    QVERIFY(compared > 20000);
    QVERIFY(accepted > 1000);
}

void TestFastJson::values_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("reason");   // empty: the fast reader takes it
    const QString taken;
    QTest::newRow("plain") << QByteArray(R"("text")") << taken;
    QTest::newRow("empty string") << QByteArray(R"("")") << taken;
    QTest::newRow("short escapes") << QByteArray(R"("\"\\\/\b\f\n\r\t")") << taken;
    QTest::newRow("escaped NUL") << QByteArray(R"("a\u0000b")") << taken;
    QTest::newRow("BMP escapes") << QByteArray(R"("\u00e9\u20AC\u0041\uFFFD\u007f")") << taken;
    QTest::newRow("surrogate pair") << QByteArray(R"("\uD83D\uDE00")") << taken;
    QTest::newRow("surrogate pair, lower case") << QByteArray(R"("x\ud83d\ude00y\uDBFF\uDFFD")") << taken;
    QTest::newRow("UTF-8") << QByteArray("\"\xc2\x80\xc3\xa9\xdf\xbf\xe0\xa0\x80\xe2\x82\xac\xef\xbf\xbd\xf0\x9f\x98\x80\xf4\x8f\xbf\xbd\x7f\"") << taken;
    QTest::newRow("UTF-8 and escapes") << QByteArray("\"\xf0\x9f\x98\x80\\n\xc3\xa9\\\"\\u00e9\xe2\x82\xac\"") << taken;
    QTest::newRow("markup") << QByteArray(R"("<p class=\"x\">a &amp; b<\/p>\n<a href=\"/r\">r</a>")") << taken;
    QTest::newRow("whitespace string") << QByteArray(R"("  \t \n ")") << taken;
    QTest::newRow("url") << QByteArray(R"("https://example.org/a b?c=\u00e9")") << taken;
    QTest::newRow("date") << QByteArray(R"("2026-11-26T10:00:00+01:00")") << taken;
    QTest::newRow("true") << QByteArray("true") << taken;
    QTest::newRow("false") << QByteArray("false") << taken;
    QTest::newRow("null") << QByteArray("null") << taken;
    QTest::newRow("empty array") << QByteArray("[]") << taken;
    QTest::newRow("empty object") << QByteArray("{}") << taken;
    QTest::newRow("nested") << QByteArray(R"({"a":[1,{"b":[]},"c"],"d":{}})") << taken;
    QTest::newRow("duplicate keys") << QByteArray(R"({"a":1,"b":2,"a":"x","url":"u1","url":"u2"})") << taken;
    QTest::newRow("duplicate keys, other types") << QByteArray(R"({"a":{"b":1},"a":[2],"a":null})") << taken;
    QTest::newRow("escaped keys") << QByteArray(R"({"\u0061":1,"a\u0062":2,"\"":3,"name":0,"n\u0061me":"N"})") << taken;
    for (const char *number : {"0", "-0", "1", "-1", "42", "123456789012345678", "-123456789012345678",
                               "1234567890123456789", "9223372036854775807", "-9223372036854775808",
                               "9223372036854775808", "-9223372036854775809", "12345678901234567890",
                               "100000000000000000000000", "0.0", "-0.0", "1.0", "1.5", "-1.5e-3", "1e2", "1E+2",
                               "1e-2", "0.1", "0.30000000000000004", "2.5e300", "1.7976931348623157e308",
                               "4.9e-324", "2.2250738585072014e-308", "123.456e7", "1e18", "1e19", "3600.4",
                               "3600.5", "1e0", "0e0", "-0e-0", "1.00000000000000011102230246251565404236316680908203125",
                               "9007199254740993", "9007199254740993.0"}) {
        QTest::newRow(number) << QByteArray(number) << taken;
    }
    QTest::newRow("long string with escapes")
        << '"' + QByteArray("abc\\n\\\"\xc3\xa9\\u00e9 ").repeated(20000) + '"' << taken;

    QTest::newRow("lone high surrogate") << QByteArray(R"("\uD83D")") << "lone surrogate";
    QTest::newRow("lone high surrogate, then text") << QByteArray(R"("\uD83Dx")") << "lone surrogate";
    QTest::newRow("high surrogate, then BMP") << QByteArray(R"("\uD83D\u0041")") << "lone surrogate";
    QTest::newRow("two high surrogates") << QByteArray(R"("\uD83D\uD83D")") << "lone surrogate";
    QTest::newRow("lone low surrogate") << QByteArray(R"("\uDE00x")") << "lone surrogate";
    QTest::newRow("unknown escape") << QByteArray(R"("\q")") << "escape";
    QTest::newRow("short \\u") << QByteArray(R"("\u12")") << "escape";
    QTest::newRow("bad hex") << QByteArray(R"("\u12G4")") << "escape";
    QTest::newRow("escaped U+FEFF") << QByteArray(R"("\uFEFFx")") << "noncharacter";
    QTest::newRow("escaped U+FFFE") << QByteArray(R"("\uFFFE")") << "noncharacter";
    QTest::newRow("escaped U+1FFFF") << QByteArray(R"("\uD83F\uDFFF")") << "noncharacter";
    QTest::newRow("raw tab") << QByteArray("\"a\tb\"") << "control character";
    QTest::newRow("raw NUL") << QByteArray("\"a\0b\"", 5) << "control character";
    QTest::newRow("raw U+FEFF") << QByteArray("\"\xef\xbb\xbfx\"") << "U+FEFF";
    QTest::newRow("raw U+FEFF inside") << QByteArray("\"x\xef\xbb\xbfy\"") << "U+FEFF";
    QTest::newRow("raw U+FFFE") << QByteArray("\"\xef\xbf\xbe\"") << "U+FEFF";
    QTest::newRow("raw U+FDD0") << QByteArray("\"\xef\xb7\x90\"") << "U+FEFF";
    QTest::newRow("raw U+10FFFF") << QByteArray("\"\xf4\x8f\xbf\xbf\"") << "U+FEFF";
    QTest::newRow("overlong") << QByteArray("\"\xc0\xaf\"") << "invalid UTF-8";
    QTest::newRow("encoded surrogate") << QByteArray("\"\xed\xa0\x80\"") << "invalid UTF-8";
    QTest::newRow("beyond U+10FFFF") << QByteArray("\"\xf4\x90\x80\x80\"") << "invalid UTF-8";
    QTest::newRow("truncated sequence") << QByteArray("\"\xe2\x82\"") << "invalid UTF-8";
    QTest::newRow("stray continuation") << QByteArray("\"\x80\"") << "invalid UTF-8";
    QTest::newRow("Latin-1 byte") << QByteArray("\"caf\xe9\"") << "invalid UTF-8";
    QTest::newRow("leading zero") << QByteArray("01") << "expected ','";
    QTest::newRow("no fraction digits") << QByteArray("1.") << "malformed number";
    QTest::newRow("no integer digits") << QByteArray(".5") << "expected a value";
    QTest::newRow("plus sign") << QByteArray("+1") << "expected a value";
    QTest::newRow("minus alone") << QByteArray("-") << "malformed number";
    QTest::newRow("no exponent digits") << QByteArray("1e") << "malformed number";
    QTest::newRow("no exponent digits after sign") << QByteArray("1e+") << "malformed number";
    QTest::newRow("hexadecimal") << QByteArray("0x10") << "expected ','";
    QTest::newRow("overflow") << QByteArray("1e400") << "number Qt does not convert";
    QTest::newRow("negative overflow") << QByteArray("-1e400") << "number Qt does not convert";
    QTest::newRow("underflow") << QByteArray("1e-400") << "number Qt does not convert";
    QTest::newRow("NaN") << QByteArray("NaN") << "expected a value";
    QTest::newRow("Infinity") << QByteArray("Infinity") << "expected a value";
    QTest::newRow("tru") << QByteArray("tru") << "expected a value";
    QTest::newRow("True") << QByteArray("True") << "expected a value";
    QTest::newRow("nulls") << QByteArray("nulls") << "expected ','";
    QTest::newRow("single quotes") << QByteArray("'x'") << "expected a value";
    QTest::newRow("trailing comma in array") << QByteArray("[1,]") << "expected a value";
    QTest::newRow("trailing comma in object") << QByteArray(R"({"a":1,})") << "expected a key";
    QTest::newRow("missing comma") << QByteArray("[1 2]") << "expected ','";
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << "expected ':'";
    QTest::newRow("unquoted key") << QByteArray("{a:1}") << "expected a key";
    QTest::newRow("comment") << QByteArray("/* c */ 1") << "expected a value";
}

void TestFastJson::values()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, reason);
    // The value alone, compared with what QJsonDocument makes of it.
    const QByteArray single = "{\"a\":" + value + '}';
    const FastJsonDocument fast(single);
    if (reason.isEmpty()) {
        QVERIFY2(!fast.unsupported(), fast.unsupportedReason());
        QJsonParseError error;
        const QJsonDocument qt = QJsonDocument::fromJson(single, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QString difference = differ(fast.object().value(QLatin1String("a")), qt.object().value(QLatin1String("a")),
                                          QStringLiteral("a"));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    } else {
        QVERIFY(fast.unsupported());
        QVERIFY2(QString::fromLatin1(fast.unsupportedReason()).contains(reason), fast.unsupportedReason());
    }
    // And in every field of a feed, through the whole reader.
    const Outcome outcome = compare(feedAround(value));
    QVERIFY2(outcome.mismatch.isEmpty(), qPrintable(outcome.mismatch));
    QCOMPARE(outcome.accepted, reason.isEmpty());
}

void TestFastJson::documents_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");   // empty: the fast reader takes it
    const QByteArray feed(R"({"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"1","content_text":"x"}]})");
    const QString taken;
    QTest::newRow("feed") << feed << taken;
    QTest::newRow("whitespace everywhere")
        << QByteArray(" \t\r\n{ \"version\" \t:\r\n \"https://jsonfeed.org/version/1\" , \"items\" : [ { \"id\" : 1 } , { } ] } \n\r\t ")
        << taken;
    QTest::newRow("BOM") << "\xef\xbb\xbf" + feed << taken;
    QTest::newRow("BOM, then whitespace") << "\xef\xbb\xbf \n" + feed << taken;
    QTest::newRow("no items") << QByteArray(R"({"version":"https://jsonfeed.org/version/1.1"})") << taken;
    QTest::newRow("items not an array") << QByteArray(R"({"version":"https://jsonfeed.org/version/1.1","items":{}})") << taken;
    QTest::newRow("not a feed") << QByteArray(R"({"name":"x","data":[1,2,3]})") << taken;
    QTest::newRow("empty object") << QByteArray("{}") << taken;
    QTest::newRow("items of every type") << QByteArray(R"({"items":[1,"x",null,true,[],{},{"id":2}]})") << taken;
    QTest::newRow("duplicate items arrays") << QByteArray(R"({"items":[{"id":"a"}],"title":"x","items":[{"id":"b"},{"id":"c"}]})") << taken;
    QTest::newRow("duplicate version") << QByteArray(R"({"version":"x","items":[],"version":"https://jsonfeed.org/version/1"})") << taken;

    QTest::newRow("empty") << QByteArray() << "top level is not an object";
    QTest::newRow("whitespace only") << QByteArray(" \n\t") << "top level is not an object";
    QTest::newRow("top-level array") << QByteArray("[{}]") << "top level is not an object";
    QTest::newRow("top-level string") << QByteArray("\"x\"") << "top level is not an object";
    QTest::newRow("top-level number") << QByteArray("1") << "top level is not an object";
    QTest::newRow("BOM after whitespace") << " \xef\xbb\xbf" + feed << "top level is not an object";
    QTest::newRow("two BOMs") << "\xef\xbb\xbf\xef\xbb\xbf" + feed << "top level is not an object";
    QTest::newRow("UTF-16 BOM") << "\xff\xfe" + feed << "top level is not an object";
    QTest::newRow("garbage after") << feed + "x" << "content after";
    QTest::newRow("second object") << feed + " {}" << "content after";
    QTest::newRow("NUL after") << feed + QByteArray(1, '\0') << "content after";
    QTest::newRow("form feed after") << feed + "\f" << "content after";
    QTest::newRow("vertical tab inside") << QByteArray("{\v}") << "expected a key";
    QTest::newRow("non-breaking space inside") << QByteArray("{\xc2\xa0}") << "expected a key";
    QTest::newRow("truncated") << feed.left(feed.size() - 1) << "premature end";
    QTest::newRow("truncated in a string") << feed.left(40) << "premature end";
    QTest::newRow("truncated after a key") << QByteArray(R"({"items")") << "expected ':'";
    QTest::newRow("truncated after a colon") << QByteArray(R"({"items":)") << "premature end";
    QTest::newRow("truncated in an escape") << QByteArray(R"({"a":"\u00)") << "escape";
    QTest::newRow("truncated in a pair") << QByteArray(R"({"a":"\uD83D\uDE)") << "lone surrogate";
    QTest::newRow("truncated in a literal") << QByteArray(R"({"a":tr)") << "expected a value";
    QTest::newRow("truncated in a number") << QByteArray(R"({"a":-)") << "malformed number";
    QTest::newRow("unclosed array") << QByteArray(R"({"items":[{}})") << "expected ','";
    QTest::newRow("mismatched brackets") << QByteArray(R"({"items":[}])") << "expected a value";
    QTest::newRow("item with trailing comma") << QByteArray(R"({"items":[{"id":"1",},{"id":"2"}]})") << "expected a key";
}

void TestFastJson::documents()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const Outcome outcome = compare(json);
    QVERIFY2(outcome.mismatch.isEmpty(), qPrintable(outcome.mismatch));
    if (reason.isEmpty()) {
        QVERIFY2(outcome.accepted, qPrintable(outcome.unsupportedReason));
    } else {
        QVERIFY(!outcome.accepted);
        QVERIFY2(outcome.unsupportedReason.contains(reason), qPrintable(outcome.unsupportedReason));
    }
}

void TestFastJson::depth()
{
    // Qt takes 1024 levels and refuses more; the fast reader leaves anything past 512 to it.
    for (const int levels : {4, 100, FastJsonDocument::kMaxDepth, FastJsonDocument::kMaxDepth + 1, 1024, 1025, 5000}) {
        const QByteArray json = R"({"items":[{"id":"x","tags":)" + QByteArray(levels - 3, '[')
                + QByteArray(levels - 3, ']') + "}]}";
        const Outcome outcome = compare(json);
        QVERIFY2(outcome.mismatch.isEmpty(), qPrintable(outcome.mismatch));
        QCOMPARE(outcome.accepted, levels <= FastJsonDocument::kMaxDepth);
        if (!outcome.accepted)
            QCOMPARE(outcome.unsupportedReason, QStringLiteral("deep nesting"));
    }
}

void TestFastJson::stringBoundaries()
{
    // Strings are scanned eight bytes at a time: every special byte at every offset within a word.
    const QByteArray markers[] = {"\\\"", "\\\\", "\\n", "\\u00e9", "\\uD83D\\uDE00", "\xc3\xa9", "\xe2\x82\xac",
                                  "\xf0\x9f\x98\x80", "\x7f", "/", "\t", "\xc3", "\xef\xbb\xbf", "\\q"};
    int documents = 0;
    for (int offset = 0; offset < 20; ++offset) {
        for (const QByteArray &marker : markers) {
            for (const QByteArray &tail : {QByteArray("yz"), QByteArray(), QByteArray("0123456789abcdef")}) {
                const QByteArray value = '"' + QByteArray(offset, 'x') + marker + tail + '"';
                const QByteArray json = "{\"items\":[{\"id\":" + value + ",\"title\":" + value + "}]}";
                const Outcome outcome = compare(json);
                QVERIFY2(outcome.mismatch.isEmpty(), qPrintable(QStringLiteral("offset %1, marker %2: %3")
                                                                   .arg(offset).arg(QString::fromLatin1(marker.toHex()), outcome.mismatch)));
                const bool taken = marker != "\t" && marker != "\xc3" && marker != "\xef\xbb\xbf" && marker != "\\q";
                QCOMPARE(outcome.accepted, taken);
                ++documents;
            }
        }
    }
    QVERIFY(documents > 800);
}

void TestFastJson::rawDataIsCopied()
{
    // Without the NUL a QByteArray normally ends with, the scan would run past the end.
    const char bytes[] = {'{', '"', 'a', '"', ':', '"', 'x', 'y'};
    const FastJsonDocument fast(QByteArray::fromRawData(bytes, sizeof bytes));
    QVERIFY(fast.unsupported());
    QCOMPARE(fast.unsupportedReason(), "premature end of document");
    const char whole[] = {'{', '"', 'a', '"', ':', 't', 'r', 'u', 'e', '}'};
    const FastJsonDocument complete(QByteArray::fromRawData(whole, sizeof whole));
    QVERIFY(!complete.unsupported());
    QCOMPARE(complete.object().value(QLatin1String("a")).type(), QJsonValue::Bool);
}

void TestFastJson::comparisonCanFail()
{
    // The comparison itself is checked: a changed field, warning or null string on the fast side is caught.
    const QByteArray json(R"({"version":"1","language":"de","items":[{"id":"1","content_text":"x"}]})");
    QVERIFY(compare(json).accepted);
    QVERIFY(compare(json).mismatch.isEmpty());
    QVERIFY(compare(json, Sabotage::ItemLanguage).mismatch.contains(QLatin1String("language")));
    QVERIFY(compare(json, Sabotage::WarningText).mismatch.contains(QLatin1String("warning")));
    QVERIFY(compare(json, Sabotage::NullString).mismatch.contains(QLatin1String("rights")));
}

QTEST_GUILESS_MAIN(TestFastJson)
#include "tst_fastjson.moc"
