#include "core/html/htmlsanitizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace tidings;

namespace {

// Sanitizer builds run the time-bounded tests several times slower.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kSlowdown = 6;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr int kSlowdown = 6;
#else
constexpr int kSlowdown = 1;
#endif
#else
constexpr int kSlowdown = 1;
#endif

QUrl defaultBase()
{
    return QUrl(u"https://example.com/blog/post.html"_qs);
}

QString dataPath(const QString &name)
{
    return QStringLiteral(TIDINGS_TEST_DATA "/sanitizer/") + name;
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

struct Case {
    QString name;
    int family = 0;   // the item in threats.md §6 it belongs to; 0 for general parser tricks
    QString html;
    QUrl base;
    QString expected;
};

// Cases live in tests/data/sanitizer/*.json, one object per line: name, family, html, base
// (optional), expected.
QList<Case> loadCases(const QString &file)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readFile(dataPath(file)).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("%s: %s", qPrintable(file), qPrintable(error.errorString()));
    QList<Case> cases;
    for (const QJsonValue &row : document.array()) {
        const QJsonObject o = row.toObject();
        cases.append({o.value(u"name").toString(), o.value(u"family").toInt(),
                      o.value(u"html").toString(),
                      o.contains(u"base") ? QUrl(o.value(u"base").toString()) : defaultBase(),
                      o.value(u"expected").toString()});
    }
    return cases;
}

// The allow-list restated independently of htmlpolicy.cpp, so that a mistake there shows here.
const QHash<QString, QSet<QString>> &allowedAttributes()
{
    static const QHash<QString, QSet<QString>> table = [] {
        const char *const spec[] = {
            "a href rel", "abbr", "address", "article", "aside", "audio src controls preload", "b",
            "bdi", "bdo", "blockquote cite", "br", "caption align", "cite", "code", "col span",
            "colgroup span", "dd", "del cite datetime", "details open", "dfn", "div align", "dl", "dt",
            "em", "figcaption", "figure", "footer", "h1 align", "h2 align", "h3 align", "h4 align",
            "h5 align", "h6 align", "header", "hr", "i", "img src srcset alt width height",
            "ins cite datetime", "kbd", "li value", "main", "mark", "nav", "ol start reversed type",
            "p align", "picture", "pre", "q cite", "rp", "rt", "ruby", "s", "samp", "section", "small",
            "source src srcset type", "span", "strike", "strong", "sub", "summary", "sup",
            "table align", "tbody", "td colspan rowspan headers align",
            "th colspan rowspan headers scope abbr align", "tfoot", "thead", "time datetime",
            "tr align", "track src kind srclang label default", "u", "ul", "var",
            "video src poster width height controls preload", "wbr"};
        QHash<QString, QSet<QString>> t;
        for (const char *line : spec) {
            QStringList words = QString::fromLatin1(line).split(u' ');
            const QString element = words.takeFirst();
            QSet<QString> attributes(words.begin(), words.end());
            attributes << u"title"_qs << u"lang"_qs << u"dir"_qs << u"style"_qs;
            t.insert(element, attributes);
        }
        return t;
    }();
    return table;
}

bool isResourceUrl(const QString &url)
{
    // Canonical output: lower-case scheme and type, no blanks or controls.
    static const QRegularExpression dataImage(u"^data:image/(png|gif|jpeg|jpg|webp)[;,][^\\x00-\\x20\\x7f]*$"_qs);
    return url.startsWith(u"http://") || url.startsWith(u"https://") || dataImage.match(url).hasMatch();
}

bool isNavigationUrl(const QString &url)
{
    return url.startsWith(u"http://") || url.startsWith(u"https://") || url.startsWith(u"mailto:");
}

QString decodeOutputEntities(QString value)
{
    return value.replace(u"&quot;"_qs, u"\""_qs).replace(u"&lt;"_qs, u"<"_qs)
        .replace(u"&gt;"_qs, u">"_qs).replace(u"&amp;"_qs, u"&"_qs);
}

QString checkAttribute(const QString &element, const QString &name, const QString &rawValue,
                       bool hasValue)
{
    if (!allowedAttributes().value(element).contains(name))
        return u"attribute %1 on <%2>"_qs.arg(name, element);
    static const QSet<QString> booleans = {u"open"_qs, u"reversed"_qs, u"default"_qs, u"controls"_qs};
    if (booleans.contains(name) != !hasValue)
        return u"boolean form of %1"_qs.arg(name);
    const QString value = decodeOutputEntities(rawValue);
    for (const QChar c : value) {
        if (c.unicode() < 0x20 && (name == u"href" || name == u"src" || name == u"srcset"))
            return u"control character in %1"_qs.arg(name);
    }
    if (name == u"href" || name == u"cite")
        return isNavigationUrl(value) ? QString() : u"%1=%2"_qs.arg(name, value);
    if (name == u"src" || name == u"poster")
        return isResourceUrl(value) ? QString() : u"%1=%2"_qs.arg(name, value);
    if (name == u"srcset") {
        static const QRegularExpression descriptor(u"^(\\d+w|\\d*\\.?\\d+x)$"_qs);
        for (const QString &candidate : value.split(u", "_qs)) {
            const QStringList parts = candidate.split(u' ');
            if (parts.size() > 2 || !isResourceUrl(parts.first())
                || (parts.size() == 2 && !descriptor.match(parts.at(1)).hasMatch()))
                return u"srcset candidate %1"_qs.arg(candidate);
        }
    }
    if (name == u"style") {
        static const QRegularExpression style(
            u"^(?:text-align|font-weight|font-style|text-decoration|text-decoration-line): [a-z0-9-]+"
            "(?:; (?:text-align|font-weight|font-style|text-decoration|text-decoration-line): [a-z0-9-]+)*$"_qs);
        if (!style.match(value).hasMatch())
            return u"style=%1"_qs.arg(value);
    }
    if (name == u"rel" && value != u"noopener noreferrer")
        return u"rel=%1"_qs.arg(value);
    if (name == u"preload" && value != u"none")
        return u"preload=%1"_qs.arg(value);
    return {};
}

bool isLowerAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

// Scans sanitizer output strictly: every '<' starts an allowed, well-nested tag in our own
// canonical form, every '&' is one of the four references we write, every attribute is allowed
// with a vetted value. Returns what is wrong, or an empty string.
QString allowListViolation(const QString &html)
{
    static const QSet<QString> voids = {u"br"_qs, u"col"_qs, u"hr"_qs, u"img"_qs, u"source"_qs,
                                        u"track"_qs, u"wbr"_qs};
    const auto at = [&](qsizetype i) { return i < html.size() ? html.at(i) : QChar(); };
    const auto readName = [&](qsizetype &i) {
        const qsizetype start = i;
        while (isLowerAlnum(at(i)))
            ++i;
        return html.mid(start, i - start);
    };
    QStringList open;
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c == u'>')
            return u"raw '>' at %1"_qs.arg(i);
        if (c == u'&') {
            const QStringView rest = QStringView(html).mid(i, 6);
            bool known = false;
            for (const auto reference : {u"&amp;", u"&lt;", u"&gt;", u"&quot;"}) {
                if (rest.startsWith(QStringView(reference))) {
                    i += QStringView(reference).size();
                    known = true;
                    break;
                }
            }
            if (!known)
                return u"unexpected reference at %1"_qs.arg(i);
            continue;
        }
        if (c != u'<') {
            ++i;
            continue;
        }
        const bool closing = at(i + 1) == u'/';
        i += closing ? 2 : 1;
        const QString element = readName(i);
        if (element.isEmpty() || !element.front().isLetter())
            return u"raw '<' at %1"_qs.arg(i);
        if (!allowedAttributes().contains(element))
            return u"element <%1>"_qs.arg(element);
        if (closing) {
            if (open.isEmpty() || open.takeLast() != element)
                return u"misnested </%1>"_qs.arg(element);
        } else {
            QSet<QString> seen;
            while (at(i) == u' ') {
                ++i;
                const QString name = readName(i);
                QString value;
                const bool hasValue = at(i) == u'=';
                if (hasValue) {
                    if (at(i + 1) != u'"')
                        return u"unquoted %1"_qs.arg(name);
                    const qsizetype close = html.indexOf(u'"', i + 2);
                    if (close < 0)
                        return u"unterminated %1"_qs.arg(name);
                    value = html.mid(i + 2, close - i - 2);
                    if (value.contains(u'<') || value.contains(u'>'))
                        return u"raw '<' or '>' in %1"_qs.arg(name);
                    i = close + 1;
                }
                const QString problem = checkAttribute(element, name, value, hasValue);
                if (!problem.isEmpty())
                    return problem;
                if (seen.contains(name))
                    return u"duplicate %1"_qs.arg(name);
                seen.insert(name);
            }
            if (element == u"a" && !seen.contains(u"href"_qs))
                return u"<a> without href"_qs;
            if (!voids.contains(element))
                open.append(element);
        }
        if (at(i) != u'>')
            return u"malformed tag <%1>"_qs.arg(element);
        ++i;
    }
    return open.isEmpty() ? QString() : u"unclosed <%1>"_qs.arg(open.last());
}

QString repeatedTags(const QStringList &cycle, int count, bool closing)
{
    QString out;
    for (int k = 0; k < count; ++k) {
        const QString &name = cycle.at((closing ? count - 1 - k : k) % cycle.size());
        out += (closing ? u"</"_qs : u"<"_qs) + name + u'>';
    }
    return out;
}

} // namespace

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void hostile_data();
    void hostile();
    void benign_data();
    void benign();
    void articles_data();
    void articles();
    void coversEveryThreatFamily();
    void outputStaysInAllowList_data();
    void outputStaysInAllowList();
    void randomMixesStayInAllowList();
    void outputIsStable();
    void deepNesting_data();
    void deepNesting();
    void hugeInput_data();
    void hugeInput();
    void pathologicalInputIsFast_data();
    void pathologicalInputIsFast();
    void linearTime_data();
    void linearTime();
    void emptyInput();
    void concurrentUse();
    void checkerRejectsBadMarkup_data();
    void checkerRejectsBadMarkup();
};

void addCaseRows(const QList<Case> &cases)
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QString>("expected");
    for (const Case &c : cases)
        QTest::newRow(qPrintable(c.name)) << c.html << c.base << c.expected;
}

void TestHtmlSanitizer::hostile_data()
{
    addCaseRows(loadCases(u"hostile.json"_qs));
}

void compareWithExpected()
{
    QFETCH(QString, html);
    QFETCH(QUrl, base);
    QFETCH(QString, expected);
    QCOMPARE(HtmlSanitizer::sanitize(html, base), expected);
}

void TestHtmlSanitizer::hostile()
{
    compareWithExpected();
}

void TestHtmlSanitizer::benign_data()
{
    addCaseRows(loadCases(u"benign.json"_qs));
}

void TestHtmlSanitizer::benign()
{
    compareWithExpected();
}

void TestHtmlSanitizer::articles_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    for (const char *name : {"article-news", "article-wordpress"}) {
        const QString stem = QString::fromLatin1(name);
        QTest::newRow(name) << readFile(dataPath(stem + u".html"_qs))
                            << readFile(dataPath(stem + u".expected.html"_qs));
    }
}

void TestHtmlSanitizer::articles()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(HtmlSanitizer::sanitize(html, defaultBase()), expected);
}

void TestHtmlSanitizer::coversEveryThreatFamily()
{
    // Items 26 (huge input) and 27 (deep nesting) are generated by the tests below.
    QSet<int> covered = {26, 27};
    for (const Case &c : loadCases(u"hostile.json"_qs))
        covered.insert(c.family);
    for (int family = 15; family <= 28; ++family)
        QVERIFY2(covered.contains(family), qPrintable(QString::number(family)));
    QVERIFY(loadCases(u"hostile.json"_qs).size() >= 100);
    QVERIFY(loadCases(u"benign.json"_qs).size() >= 40);
}

void TestHtmlSanitizer::outputStaysInAllowList_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QUrl>("base");
    for (const QString &file : {u"hostile.json"_qs, u"benign.json"_qs}) {
        for (const Case &c : loadCases(file))
            QTest::newRow(qPrintable(file + u": "_qs + c.name)) << c.html << c.base;
    }
    for (const char *name : {"article-news", "article-wordpress"})
        QTest::newRow(name) << readFile(dataPath(QString::fromLatin1(name) + u".html"_qs)) << defaultBase();
}

void TestHtmlSanitizer::outputStaysInAllowList()
{
    QFETCH(QString, html);
    QFETCH(QUrl, base);
    const QString sanitized = HtmlSanitizer::sanitize(html, base);
    const QString problem = allowListViolation(sanitized);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + u" in "_qs + sanitized));
}

void TestHtmlSanitizer::randomMixesStayInAllowList()
{
    // Pieces of every case spliced at random points, so that tags, attribute values, references
    // and comments get cut in the middle.
    QStringList pieces;
    for (const QString &file : {u"hostile.json"_qs, u"benign.json"_qs}) {
        for (const Case &c : loadCases(file))
            pieces.append(c.html);
    }
    QRandomGenerator random(20260325);
    for (int round = 0; round < 3000; ++round) {
        QString html;
        for (int k = random.bounded(1, 5); k > 0; --k) {
            const QString &piece = pieces.at(random.bounded(pieces.size()));
            const qsizetype from = random.bounded(piece.size() + 1);
            html += piece.mid(from, random.bounded(piece.size() - from + 1));
        }
        const QString sanitized = HtmlSanitizer::sanitize(html, defaultBase());
        const QString problem = allowListViolation(sanitized);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + u" in "_qs + sanitized + u" from "_qs + html));
    }
}

void TestHtmlSanitizer::outputIsStable()
{
    // What we write reads back as itself: nothing in it is re-interpreted by a second parse.
    for (const QString &file : {u"hostile.json"_qs, u"benign.json"_qs}) {
        for (const Case &c : loadCases(file))
            QCOMPARE(HtmlSanitizer::sanitize(c.expected, defaultBase()), c.expected);
    }
}

void TestHtmlSanitizer::deepNesting_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    const int n = 100000;
    const QString div = u"<div>"_qs, b = u"<b>"_qs;
    const QString divs = repeatedTags({u"div"_qs}, 100, false) + u'x' + repeatedTags({u"div"_qs}, 100, true);
    QTest::newRow("100 000 open divs") << div.repeated(n) + u'x' << divs;
    QTest::newRow("100 000 closed divs") << div.repeated(n) + u'x' + u"</div>"_qs.repeated(n) << divs;
    QTest::newRow("100 000 open b")
        << b.repeated(n) + u'x' << repeatedTags({u"b"_qs}, 100, false) + u'x' + repeatedTags({u"b"_qs}, 100, true);
    const QStringList cycle = {u"div"_qs, u"span"_qs, u"em"_qs};
    QTest::newRow("100 000 mixed")
        << u"<div><span><em>"_qs.repeated(n / 3) + u'x'
        << repeatedTags(cycle, 100, false) + u'x' + repeatedTags(cycle, 100, true);
    QTest::newRow("100 000 unknown elements") << u"<x-y>"_qs.repeated(n) + u'x' << u"x"_qs;
    QTest::newRow("100 000 svg") << u"<svg>"_qs.repeated(n) + u'x' << QString();
    QTest::newRow("100 000 links")
        << u"<a href=/x>"_qs.repeated(n)
        << u"<a href=\"https://example.com/x\" rel=\"noopener noreferrer\"></a>"_qs.repeated(n);
}

void TestHtmlSanitizer::deepNesting()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QElapsedTimer timer;
    timer.start();
    const QString sanitized = HtmlSanitizer::sanitize(html, defaultBase());
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(sanitized, expected);
    QVERIFY2(elapsed < 1000 * kSlowdown, qPrintable(u"%1 ms"_qs.arg(elapsed)));
}

void TestHtmlSanitizer::hugeInput_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("expectedUnit");
    QTest::newRow("3 MB article")
        << u"<p>Hello <b>world</b> &amp; caf&eacute; <a href=\"/x\" onclick=\"y()\">link</a></p>\n"_qs
        << u"<p>Hello <b>world</b> &amp; café <a href=\"https://example.com/x\" rel=\"noopener noreferrer\">link</a></p>\n"_qs;
    QTest::newRow("3 MB of payloads")
        << u"<script>alert(1)</script><img src=x onerror=alert(1)><iframe src=//evil></iframe>"_qs
        << u"<img src=\"https://example.com/blog/x\">"_qs;
    QTest::newRow("3 MB text") << u"Lorem ipsum dolor sit amet, \u00e9l\u00e8ve < > & "_qs
                               << u"Lorem ipsum dolor sit amet, \u00e9l\u00e8ve &lt; &gt; &amp; "_qs;
}

void TestHtmlSanitizer::hugeInput()
{
    QFETCH(QString, unit);
    QFETCH(QString, expectedUnit);
    const int count = int(3 * 1024 * 1024 / unit.toUtf8().size()) + 1;
    QElapsedTimer timer;
    timer.start();
    const QString sanitized = HtmlSanitizer::sanitize(unit.repeated(count), defaultBase());
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(sanitized, expectedUnit.repeated(count));
    QVERIFY2(elapsed < 2000 * kSlowdown, qPrintable(u"%1 ms"_qs.arg(elapsed)));
}

void TestHtmlSanitizer::pathologicalInputIsFast_data()
{
    QTest::addColumn<QString>("html");
    QStringList manyAttributes;
    for (int k = 0; k < 100000; ++k)
        manyAttributes << u"a%1=1"_qs.arg(k);
    QTest::newRow("100 000 attributes") << u"<div "_qs + manyAttributes.join(u' ') + u">x"_qs;
    QTest::newRow("100 000 valueless attributes") << u"<div "_qs + u"a "_qs.repeated(100000) + u">x"_qs;
    QTest::newRow("attributes after a bogus quote") << u"<div =\" "_qs + manyAttributes.join(u' ') + u"\">x"_qs;
    QTest::newRow("one huge attribute name") << u"<div a"_qs + QString(1000000, u'b') + u">x"_qs;
    QTest::newRow("3 MB of ampersands") << QString(3000000, u'&');
    QTest::newRow("3 MB of less-than") << QString(3000000, u'<');
    QTest::newRow("unclosed comments") << u"<!--"_qs.repeated(300000);
    QTest::newRow("unclosed raw text") << u"<script>"_qs + u"</scrip"_qs.repeated(300000);
    QTest::newRow("300 000 stray end tags") << u"</p>"_qs.repeated(300000);
    QTest::newRow("nested tables") << u"<table><tr><td>"_qs.repeated(50000);
    QTest::newRow("100 000 images") << u"<img src=a.png>"_qs.repeated(100000);
    QTest::newRow("huge srcset") << u"<img srcset=\""_qs + u"a.png 1x,"_qs.repeated(100000) + u"\">"_qs;
    QTest::newRow("huge style") << u"<p style=\""_qs + u"a:b;"_qs.repeated(200000) + u"\">"_qs;
    QTest::newRow("2 MB alt") << u"<img src=a.png alt=\""_qs + QString(2000000, u'x') + u"\">"_qs;
    QTest::newRow("2 MB href") << u"<a href=\"/"_qs + QString(2000000, u'x') + u"\">x</a>"_qs;
    QTest::newRow("2 MB unquoted value") << u"<img src=a.png alt="_qs + QString(2000000, u'x') + u'>';
    QTest::newRow("2 MB value with references") << u"<img src=a.png alt=\""_qs + u"&amp;&#x41;"_qs.repeated(200000) + u"\">"_qs;
    QTest::newRow("unterminated quoted value") << u"<img src=a.png alt=\""_qs + u"x>"_qs.repeated(1000000);
    QTest::newRow("3 MB of &#") << u"&#"_qs.repeated(1500000);
    QTest::newRow("long reference names") << (u'&' + QString(40, u'a')).repeated(70000);
    QTest::newRow("300 000 empty comments") << u"<!-->"_qs.repeated(300000);
    QTest::newRow("300 000 bogus comments") << u"</ x>"_qs.repeated(300000);
    QTest::newRow("script escapes") << u"<script><!--"_qs + u"<script>-</script>-"_qs.repeated(100000);
    QTest::newRow("300 000 self-closed svg") << u"<svg/>"_qs.repeated(300000);
}

void TestHtmlSanitizer::pathologicalInputIsFast()
{
    QFETCH(QString, html);
    QElapsedTimer timer;
    timer.start();
    const QString sanitized = HtmlSanitizer::sanitize(html, defaultBase());
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < 2000 * kSlowdown, qPrintable(u"%1 ms"_qs.arg(elapsed)));
    QVERIFY(allowListViolation(sanitized).isEmpty());
}

void TestHtmlSanitizer::linearTime_data()
{
    QTest::addColumn<QString>("unit");
    QTest::newRow("text without tags") << u"Lorem ipsum dolor sit amet, consectetur adipiscing elit. "_qs;
    QTest::newRow("text with references") << u"caf&eacute; &amp; cr&egrave;me &#8212; &copy2026 "_qs;
    QTest::newRow("tags") << u"<p>a <b>b</b> <a href=\"/x\">c</a></p>"_qs;
    QTest::newRow("unclosed tags") << u"<b><i><div><li><td>x"_qs;
    QTest::newRow("attributes") << u"<img src=a.png alt=\"x\" class=y data-x=z onerror=w>"_qs;
}

void TestHtmlSanitizer::linearTime()
{
    // 10 MB against 1 MB: ten times the input may take ten times as long, and a lot of slack for
    // a shared machine, but not the hundred times a quadratic step would need.
    QFETCH(QString, unit);
    const auto timed = [&](qsizetype bytes) {
        const QString html = unit.repeated(bytes / unit.size());
        QElapsedTimer timer;
        timer.start();
        const QString sanitized = HtmlSanitizer::sanitize(html, defaultBase());
        const qint64 elapsed = timer.elapsed();
        return sanitized.isEmpty() ? -1 : elapsed;
    };
    const qint64 small = timed(1000000);
    const qint64 large = timed(10000000);
    QVERIFY(small >= 0 && large >= 0);
    QVERIFY2(large < 30 * small + 100 * kSlowdown, qPrintable(u"1 MB: %1 ms, 10 MB: %2 ms"_qs.arg(small).arg(large)));
    QVERIFY2(large < 5000 * kSlowdown, qPrintable(u"10 MB: %1 ms"_qs.arg(large)));
}

void TestHtmlSanitizer::emptyInput()
{
    QCOMPARE(HtmlSanitizer::sanitize(QStringView(), defaultBase()), QString());
    QCOMPARE(HtmlSanitizer::sanitize(u" \n", QUrl()), u" \n"_qs);
}

void TestHtmlSanitizer::concurrentUse()
{
    // Feeds are parsed on a thread pool: the sanitizer's lookup tables and per-call state must allow that.
    const QList<Case> cases = loadCases(u"hostile.json"_qs) + loadCases(u"benign.json"_qs);
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&cases, &mismatches] {
            for (int round = 0; round < 5; ++round) {
                for (const Case &c : cases) {
                    if (HtmlSanitizer::sanitize(c.html, c.base) != c.expected)
                        ++mismatches;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

void TestHtmlSanitizer::checkerRejectsBadMarkup_data()
{
    // Positive controls: the property check above would notice each of these.
    QTest::addColumn<QString>("html");
    QTest::newRow("script") << u"<script>x</script>"_qs;
    QTest::newRow("handler") << u"<img src=\"https://a/\" onerror=\"x\">"_qs;
    QTest::newRow("javascript href") << u"<a href=\"javascript:x\">x</a>"_qs;
    QTest::newRow("svg data image") << u"<img src=\"data:image/svg+xml,x\">"_qs;
    QTest::newRow("upper-case data image") << u"<img src=\"DATA:image/png,x\">"_qs;
    QTest::newRow("blank in data image") << u"<img src=\"data:image/png,x y\">"_qs;
    QTest::newRow("bad srcset") << u"<img srcset=\"https://a/ 1x, javascript:x 2x\">"_qs;
    QTest::newRow("style url") << u"<p style=\"background: url(x)\">x</p>"_qs;
    QTest::newRow("raw less-than") << u"a < b"_qs;
    QTest::newRow("other reference") << u"&nbsp;"_qs;
    QTest::newRow("misnested") << u"<b><i>x</b></i>"_qs;
    QTest::newRow("unclosed") << u"<div>x"_qs;
    QTest::newRow("unquoted value") << u"<p dir=rtl>x</p>"_qs;
}

void TestHtmlSanitizer::checkerRejectsBadMarkup()
{
    QFETCH(QString, html);
    QVERIFY(!allowListViolation(html).isEmpty());
}

QTEST_APPLESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
