// FastXmlTokenizer against QXmlStreamReader, token by token: on every document of the test data
// (as parseXml hands it over: decoded and repaired, and with HTML fields wrapped in CDATA) and on
// hand-written rows for each construct, the fast tokenizer either gives up or reports exactly what
// Qt reports. It must accept most real feeds, or it would not save anything.

#include "../support/xmltokdiff.h"
#include "core/feed/feedjson.h"
#include "core/feed/htmlfieldwrap.h"
#include "core/feed/parsefeed.h"
#include "core/feed/textdecoder.h"
#include "core/feed/xmlfeedreader.h"
#include "core/feed/xmlformats.h"
#include "core/feed/xmlrepair.h"

#include <QDirIterator>
#include <QMap>
#include <QTest>

using namespace tidings;
using xmltokdiff::compare;
using xmltokdiff::Outcome;
using xmltokdiff::Sabotage;

class TestFastXml : public QObject
{
    Q_OBJECT

private slots:
    void corpus();
    void readersAgree();
    void constructs_data();
    void constructs();
    void bailsOut_data();
    void bailsOut();
    void blockBoundaries();
    void rawDataIsCopied();
    void comparisonCanFail();
};

void TestFastXml::corpus()
{
    struct Counts {
        int accepted = 0;
        int unsupported = 0;
    };
    QMap<QString, Counts> counts;        // by directory
    QMap<QString, int> reasons;
    QStringList mismatches;
    QStringList repaired;   // read whole by the fast tokenizer, yet changed by the repair pass
    const QStringList roots = {QStringLiteral(TIDINGS_TEST_DATA), QStringLiteral(TIDINGS_TEST_DATA "/../fuzz")};
    int documents = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String(".json")) || path.endsWith(QLatin1String(".cpp"))
                || path.endsWith(QLatin1String(".txt")) || path.endsWith(QLatin1String(".md"))
                || path.endsWith(QLatin1String(".args")))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QList<ParseWarning> warnings;
            const DecodedDocument decoded = decodeXmlDocument(bytes, {});
            const QByteArray mended = repairXml(decoded.utf8, warnings);
            const QByteArray wrapped = wrapHtmlFieldsInCdata(mended);
            const QString directory = QFileInfo(path).dir().dirName();
            // parseXml reads a document the fast tokenizer reads whole without the repair pass.
            if (compare(decoded.utf8).accepted && (mended != decoded.utf8 || !warnings.isEmpty()))
                repaired.append(path);
            const struct {
                const char *kind;
                QByteArray xml;
            } inputs[] = {{"repaired", mended}, {"wrapped", wrapped}, {"raw", bytes}};
            for (const auto &input : inputs) {
                if (input.xml.isEmpty())
                    continue;
                ++documents;
                const Outcome outcome = compare(input.xml);
                if (!outcome.mismatch.isEmpty())
                    mismatches.append(path + u' ' + QLatin1String(input.kind) + QLatin1String(": ") + outcome.mismatch);
                // The figures that matter: documents as parseXml reads them.
                if (qstrcmp(input.kind, "raw") == 0)
                    continue;
                Counts &c = counts[directory];
                if (outcome.accepted) {
                    ++c.accepted;
                } else {
                    ++c.unsupported;
                    ++reasons[outcome.unsupportedReason];
                    if (directory == QLatin1String("feeds")) {
                        qInfo("falls back: %s (%s): %s", qPrintable(QFileInfo(path).fileName()), input.kind,
                              qPrintable(outcome.unsupportedReason));
                    }
                }
            }
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        qInfo("%-10s accepted %4d, unsupported %4d", qPrintable(it.key()), it->accepted, it->unsupported);
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        qInfo("unsupported: %4d %s", it.value(), qPrintable(it.key()));
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.mid(0, 20).join(u'\n')));
    QVERIFY2(repaired.isEmpty(), qPrintable(repaired.mid(0, 20).join(u'\n')));
    QVERIFY(documents > 300);
    const Counts feeds = counts.value(QStringLiteral("feeds"));
    QVERIFY2(feeds.accepted >= 4 * feeds.unsupported,
             qPrintable(QStringLiteral("%1 accepted, %2 not").arg(feeds.accepted).arg(feeds.unsupported)));
}

namespace {

QList<QByteArray> corpusDocuments()
{
    QList<QByteArray> documents;
    const QStringList roots = {QStringLiteral(TIDINGS_TEST_DATA "/feeds"), QStringLiteral(TIDINGS_TEST_DATA "/bad")};
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.fileName().endsWith(QLatin1String(".json")) || file.fileName().endsWith(QLatin1String(".args"))
                || file.fileName().endsWith(QLatin1String(".md")) || !file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            QList<ParseWarning> warnings;
            const QByteArray repaired = repairXml(decodeXmlDocument(bytes, {}).utf8, warnings);
            documents.append(repaired);
            const QByteArray wrapped = wrapHtmlFieldsInCdata(repaired);
            if (!wrapped.isEmpty())
                documents.append(wrapped);
        }
    }
    return documents;
}

// What parseXml's readXmlWith does, as text: the feed and warnings as the CLI prints them, or the root.
QByteArray readWith(XmlFeedReader::Backend backend, const QByteArray &xml, bool *unsupported)
{
    ParseResult result;
    XmlFeedReader reader(xml, QUrl(QStringLiteral("https://example.org/feed.xml")), result.warnings, backend);
    QByteArray out;
    if (reader.readRootElement()) {
        const QStringView root = reader.name();
        out = root.toUtf8() + ' ' + QByteArray::number(int(reader.vocabulary())) + '\n';
        if (root == QLatin1String("rss") || root == QLatin1String("channel"))
            readRss(reader, result);
        else if (root == QLatin1String("RDF"))
            readRdf(reader, result);
        else if (root == QLatin1String("feed"))
            readAtom(reader, result);
        out += feedToJson(result.feed, result.warnings);
        out += "\nbroken markup: " + QByteArray::number(reader.hitBrokenMarkup());
    }
    *unsupported = reader.unsupported();
    return out;
}

} // namespace

void TestFastXml::readersAgree()
{
    // The whole reading (items, fields, warnings with their positions) through XmlFeedReader with
    // either backend, wherever the fast one does not give up.
    int compared = 0;
    int unsupported = 0;
    for (const QByteArray &xml : corpusDocuments()) {
        bool fastUnsupported = false;
        bool qtUnsupported = false;
        const QByteArray fast = readWith(XmlFeedReader::Backend::Fast, xml, &fastUnsupported);
        const QByteArray qt = readWith(XmlFeedReader::Backend::Qt, xml, &qtUnsupported);
        QVERIFY(!qtUnsupported);
        if (fastUnsupported) {
            ++unsupported;
            continue;
        }
        ++compared;
        QCOMPARE(fast, qt);
    }
    qInfo("read alike: %d documents; fast tokenizer gave up on %d", compared, unsupported);
    QVERIFY(compared > 100);
}

void TestFastXml::constructs_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("minimal") << QByteArray("<a/>");
    QTest::newRow("declaration") << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone='yes' ?>\n<a>x</a>\n");
    QTest::newRow("declaration, lower-case encoding") << QByteArray("<?xml version='1.0' encoding='utf-8'?><a/>");
    QTest::newRow("prolog and epilog") << QByteArray("\n<!-- c -->\r\n<?xml-stylesheet href=\"s\"?> <a/>\n<!--e--> <?p d?>\n\n");
    QTest::newRow("PI first") << QByteArray("<?p d?><a/>");
    QTest::newRow("attributes") << QByteArray("<a x=\"1\" y = '2' p:z=\"&quot;'\" w='\"&apos;' e=\"\" xmlns=\"u\" xmlns:p=\"v\"/>");
    QTest::newRow("attribute normalization")
        << QByteArray("<a x=\"a\tb\nc\r\nd\re  f\" y=\"&#9;&#10;&#13;&#32;\" z=\"&lt;&gt;&amp;>\"/>");
    QTest::newRow("nested") << QByteArray("<a:b><c><d/><d></d></c>\n  <e>t</e  >\n</a:b>");
    QTest::newRow("text references") << QByteArray("<a>&lt;p&gt; &amp;amp; &#65;&#x42;&#x1F600;&#0065;&#xe9;</a>");
    QTest::newRow("whitespace text") << QByteArray("<a>\n  <b> \t </b>\r\n <c>&#32;</c><d> &#x20; </d></a>");
    QTest::newRow("line ends") << QByteArray("<a>1\r\n2\r3\n4\n\r5\r\r6</a>\r\n");
    QTest::newRow("CR at the very end") << QByteArray("<a>\r\r</a>\r\r");
    QTest::newRow("CR LF at the very end") << QByteArray("<a/>\r\n");
    QTest::newRow("UTF-8") << QByteArray("<a t=\"\xc3\xa9\xf0\x9f\x98\x80\">\xc3\xa9t\xc3\xa9 \xe2\x82\xac\xf0\x9f\x98\x80\n\xf0\x9f\x98\x80<b/>\xef\xbf\xbd</a>");
    QTest::newRow("U+FEFF starting runs") << QByteArray("<a b=\"\xef\xbb\xbfx\" c='&amp;\xef\xbb\xbf'>\xef\xbb\xbf<![CDATA[\xef\xbb\xbf]]>&#65;\xef\xbb\xbf<!--\xef\xbb\xbf--></a>");
    QTest::newRow("CDATA") << QByteArray("<a><![CDATA[<p>&amp;]] ]>\r\n]]><![CDATA[]]><![CDATA[  ]]>t<![CDATA[x]]>  </a>");
    QTest::newRow("comments") << QByteArray("<a>x<!---->y<!-- - a->b <c> & -->z<!--\r\n--></a>");
    QTest::newRow("processing instructions") << QByteArray("<a><?t?>x<?t  d ?? d?><?t-2 \r\n?></a>");
    QTest::newRow("greater-than and brackets in text") << QByteArray("<a>a > b ] ]] ]>] ]]</a>");
    QTest::newRow("C1 and DEL") << QByteArray("<a>\x7f\xc2\x85\xc2\x9f</a>");
    QTest::newRow("long text") << "<a>" + QByteArray(100000, 'x') + "&amp;" + QByteArray(100000, 'y') + "</a>";
    QTest::newRow("long line of elements") << "<a>" + QByteArray("<b c=\"\xc3\xa9\">\xf0\x9f\x98\x80</b>").repeated(5000) + "</a>";
}

void TestFastXml::constructs()
{
    QFETCH(QByteArray, xml);
    const Outcome outcome = compare(xml);
    QVERIFY2(outcome.mismatch.isEmpty(), qPrintable(outcome.mismatch));
    QVERIFY2(outcome.accepted, qPrintable(outcome.unsupportedReason));
}

void TestFastXml::bailsOut_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray("") << "too short";
    QTest::newRow("three characters") << QByteArray("<a>") << "too short";
    QTest::newRow("short, non-ASCII") << QByteArray("\xc3\xa9\xc3\xa9") << "too short";
    QTest::newRow("whitespace only") << QByteArray(" \n\r\n\t ") << "no root element";
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF<a/>") << "byte order mark";
    QTest::newRow("declaration not first") << QByteArray(" <?xml version=\"1.0\"?><a/>") << "unusual processing instruction";
    QTest::newRow("declaration cut short") << QByteArray("<?xml") << "XML declaration";
    QTest::newRow("declaration cut shorter") << QByteArray("<?xm") << "XML declaration";
    QTest::newRow("PI that could be a declaration") << QByteArray("<?xml-stylesheet href=\"s\"?><a/>") << "XML declaration";
    QTest::newRow("declaration in capitals") << QByteArray("<?XML version=\"1.0\"?><a/>") << "XML declaration";
    QTest::newRow("NUL first (UTF-16 to Qt)") << QByteArray("\0<a/>  ", 7) << "text outside the root element";
    QTest::newRow("declaration version") << QByteArray("<?xml version=\"1.1\"?><a/>") << "XML declaration";
    QTest::newRow("declaration encoding") << QByteArray("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><a/>") << "XML declaration";
    QTest::newRow("declaration order") << QByteArray("<?xml encoding=\"utf-8\" version=\"1.0\"?><a/>") << "XML declaration";
    QTest::newRow("DOCTYPE") << QByteArray("<!DOCTYPE a><a/>") << "DOCTYPE";
    QTest::newRow("declaration in element") << QByteArray("<a><!ELEMENT a ANY></a>") << "declaration inside";
    QTest::newRow("entity") << QByteArray("<a>&nbsp;</a>") << "entity reference";
    QTest::newRow("entity in attribute") << QByteArray("<a b=\"&copy;\"/>") << "entity reference";
    QTest::newRow("bare ampersand") << QByteArray("<a>a & b</a>") << "entity reference";
    QTest::newRow("upper-case X") << QByteArray("<a>&#X41;</a>") << "unusual character reference";
    QTest::newRow("huge reference") << QByteArray("<a>&#123456789012;</a>") << "unusual character reference";
    QTest::newRow("reference to NUL") << QByteArray("<a>&#0;</a>") << "forbids";
    QTest::newRow("reference to surrogate") << QByteArray("<a>&#xD800;</a>") << "forbids";
    QTest::newRow("reference to FFFE") << QByteArray("<a>&#xFFFE;</a>") << "forbids";
    QTest::newRow("control character") << QByteArray("<a>\x01</a>") << "control character";
    QTest::newRow("NUL") << QByteArray("<a>x\0y</a>", 11) << "control character";
    QTest::newRow("invalid UTF-8") << QByteArray("<a>\xc3(</a>") << "invalid UTF-8";
    QTest::newRow("overlong UTF-8") << QByteArray("<a>\xc0\xaf</a>") << "invalid UTF-8";
    QTest::newRow("encoded surrogate") << QByteArray("<a>\xed\xa0\x80</a>") << "invalid UTF-8";
    QTest::newRow("U+FFFE") << QByteArray("<a>\xef\xbf\xbe</a>") << "invalid UTF-8";
    QTest::newRow("]]> in text") << QByteArray("<a>x]]>y</a>") << "\"]]>\" in text";
    QTest::newRow("-- in comment") << QByteArray("<a><!-- a -- b --></a>") << "\"--\" in a comment";
    QTest::newRow("---> ends comment") << QByteArray("<a><!-- a ---></a>") << "\"--\" in a comment";
    QTest::newRow("duplicate attribute") << QByteArray("<a x=\"1\" x=\"2\"/>") << "duplicate attribute";
    QTest::newRow("no space between attributes") << QByteArray("<a x=\"1\"y=\"2\"/>") << "malformed start tag";
    QTest::newRow("unquoted attribute") << QByteArray("<a x=1/>") << "malformed start tag";
    QTest::newRow("attribute without value") << QByteArray("<a x/>") << "malformed start tag";
    QTest::newRow("< in attribute") << QByteArray("<a x=\"<\"/>") << "'<' in an attribute value";
    QTest::newRow("non-ASCII name") << QByteArray("<a\xc3\xa9/>") << "unusual name";
    QTest::newRow("name starting with a digit") << QByteArray("<r><1a/></r>") << "unusual name";
    QTest::newRow("two colons") << QByteArray("<a:b:c/>") << "unusual name";
    QTest::newRow("leading colon") << QByteArray("<r><:a/></r>") << "unusual name";
    QTest::newRow("trailing colon") << QByteArray("<a:/>") << "unusual name";
    QTest::newRow("mismatched end tag") << QByteArray("<a></b>") << "mismatched end tag";
    QTest::newRow("end tag with attribute") << QByteArray("<a></a x>") << "malformed end tag";
    QTest::newRow("premature end in text") << QByteArray("<a>text") << "premature end of document";
    QTest::newRow("premature end in tag") << QByteArray("<a x=\"1") << "premature end of document";
    QTest::newRow("premature end in element") << QByteArray("<a><b></b>") << "premature end of document";
    QTest::newRow("premature end in comment") << QByteArray("<a><!-- x") << "premature end of document";
    QTest::newRow("text before the root") << QByteArray("x<a/>") << "text outside the root element";
    QTest::newRow("text after the root") << QByteArray("<a/>x") << "text outside the root element";
    QTest::newRow("second root") << QByteArray("<a/><b/>") << "second root element";
    QTest::newRow("end tag after the root") << QByteArray("<a/></a>") << "end tag outside the root element";
    QTest::newRow("PI named xml") << QByteArray("<a><?XML x?></a>") << "unusual processing instruction";
    QTest::newRow("PI without space") << QByteArray("<a><?t\"x\"?></a>") << "unusual processing instruction";
    // Past the repair pass's limits (it drops the rest of such a tag's attributes).
    QByteArray many = "<a";
    for (int i = 0; i < kMaxAttributesPerTag + 1; ++i)
        many += " a" + QByteArray::number(i) + "=\"\"";
    QTest::newRow("257 attributes") << many + "/>" << "very many attributes";
    QTest::newRow("a tag over 64 KB") << "<a x=\"" + QByteArray(kMaxTagBytes, 'x') + "\" y=\"\"/>" << "very many attributes";
}

void TestFastXml::bailsOut()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, reason);
    const Outcome outcome = compare(xml);
    QVERIFY2(outcome.mismatch.isEmpty(), qPrintable(outcome.mismatch));
    QVERIFY(!outcome.accepted);
    QVERIFY2(outcome.unsupportedReason.contains(reason), qPrintable(outcome.unsupportedReason));
}

void TestFastXml::blockBoundaries()
{
    // QXmlStreamReader reads its device in blocks: line ends, multi-byte characters, references and
    // tags split between two blocks must come out as they do within one.
    const QByteArray markers[] = {"\r\n", "\r", "\r\r", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "&amp;", "&#x1F600;",
                                  "<b/>", "<b x=\"1\r\n2\"></b>", "<!--c\r\n-->", "<![CDATA[\r\n]]>", "]]"};
    int documents = 0;
    for (const qsizetype block : {qsizetype(4096), qsizetype(8192), qsizetype(16384), qsizetype(65536)}) {
        for (qsizetype offset = block - 12; offset <= block + 4; ++offset) {
            for (const QByteArray &marker : markers) {
                const QByteArray head = "<a>\n" + QByteArray(offset - 4, 'x');
                const QByteArray xml = head + marker + "y\n</a>\r";
                const Outcome outcome = compare(xml);
                QVERIFY2(outcome.mismatch.isEmpty(), qPrintable(QStringLiteral("offset %1, marker %2: %3")
                                                                   .arg(offset).arg(xmltokdiff::quoted(QString::fromUtf8(marker)), outcome.mismatch)));
                QVERIFY2(outcome.accepted, qPrintable(outcome.unsupportedReason));
                ++documents;
            }
        }
    }
    QVERIFY(documents > 800);
}

void TestFastXml::rawDataIsCopied()
{
    // Without the NUL a QByteArray normally ends with, the scan would run past the end.
    const char bytes[] = {'<', 'a', '>', 'x', 'y'};
    FastXmlTokenizer tokenizer(QByteArray::fromRawData(bytes, sizeof bytes));
    while (!tokenizer.atEnd())
        tokenizer.readNext();
    QVERIFY(tokenizer.unsupported());
    QCOMPARE(tokenizer.unsupportedReason(), "premature end of document");
}

void TestFastXml::comparisonCanFail()
{
    // The comparison itself is checked: a wrong column or attribute value on the fast side is caught.
    const QByteArray xml("<a x=\"1 2\">\n<b/></a>");
    QVERIFY(compare(xml).accepted);
    QVERIFY(compare(xml, Sabotage::Column).mismatch.contains(QLatin1String("position")));
    QVERIFY(compare(xml, Sabotage::AttributeValue).mismatch.contains(QLatin1String("attribute")));
}

QTEST_GUILESS_MAIN(TestFastXml)
#include "tst_fastxml.moc"
