#include "core/feed/xmlrepair.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QXmlStreamReader>

using namespace tidings;

namespace {

QStringList messages(const QList<ParseWarning> &warnings)
{
    QStringList out;
    for (const ParseWarning &w : warnings)
        out.append(w.toString());
    return out;
}

// Reads the whole document as the feed parser does (no namespace processing); returns the error, if
// any, and the length of all text.
QString readAll(const QByteArray &xml, qint64 *textLength = nullptr)
{
    QXmlStreamReader reader(xml);
    reader.setNamespaceProcessing(false);
    qint64 length = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::Characters)
            length += reader.text().size();
    }
    if (textLength)
        *textLength = length;
    return reader.hasError() ? reader.errorString() : QString();
}

QByteArray manyAttributes(int count)
{
    QByteArray tag = "<r";
    for (int i = 0; i < count; ++i)
        tag += " a" + QByteArray::number(i) + "=\"\"";
    return tag + "/>";
}

// A well-formed feed with everything the repair pass must leave alone.
const QByteArray kCleanFeed =
    "<?xml-stylesheet type=\"text/xsl\" href=\"s.xsl?a=1&amp;b=2\"?>\n"
    "<!-- a comment with & and < and <br> and &nbsp; -->\n"
    "<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
    "  <channel>\n"
    "    <title>Caf&#233; &amp; Bar &lt;3 &#x1F600; &quot;q&quot; &apos;a&apos; &gt;</title>\n"
    "    <link>https://example.org/?a=1&amp;b=2</link>\n"
    "    <image><url>https://example.org/i.png</url><link>https://example.org/</link></image>\n"
    "    <item>\n"
    "      <title>Caf&#xE9; — “quoted”</title>\n"
    "      <description><![CDATA[<p>Raw & <b>HTML</b> with &nbsp; and <br> ]] > ]]></description>\n"
    "      <source url='https://other.example/feed'>Other</source>\n"
    "      <content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">&lt;p&gt;x&lt;/p&gt;</content:encoded>\n"
    "      <media:content url=\"https://example.org/v.mp4\" type=\"video/mp4\" width=\"640\"/>\n"
    "      <x:br xmlns:x=\"urn:x\">not void</x:br><br></br><img src=\"a.png\"></img><hr\n"
    "        class=\"y\" />\n"
    "      <dc:creator>A. Writer</dc:creator>\n"
    "      <guid isPermaLink=\"false\">tag:example.org,2024:1</guid>\n"
    "      <empty a=\"\" b='\"' c=\"'\"/>\n"
    "    </item>\n"
    "  </channel>\n"
    "</rss>\n";

} // namespace

class TestXmlRepair : public QObject
{
    Q_OBJECT

private slots:
    void repairs_data();
    void repairs();
    void cleanDocumentIsShared();
    void billionLaughs();
    void quadraticBlowup();
    void manyAttributesAreFast();
    void oversizedTag();
    void deepNesting();
    void mutatedDocumentsDoNotCrash();
};

void TestXmlRepair::repairs_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QStringList>("warnings");
    QTest::addColumn<bool>("wellFormed");

    const auto row = [](const char *name, const QByteArray &in, const QByteArray &out,
                        const QStringList &warnings = {}, bool wellFormed = true) {
        QTest::newRow(name) << in << out << warnings << wellFormed;
    };
    const auto w = [](const char *text) { return QString::fromUtf8(text); };

    row("clean feed", kCleanFeed, kCleanFeed);
    row("empty", QByteArray(), QByteArray(), {}, false);
    row("no markup", "just text & more", "just text & more", {}, false);
    row("leading whitespace kept", " \n\t<rss/>", " \n\t<rss/>");
    row("leading junk", "Notice: x\n <rss/>", "\n<rss/>",
        {w("line 1, column 1: text before the first tag removed (1 in total)")});
    row("whitespace before a declaration", "\xEF\xBB\xBF \n<?xml version=\"1.0\"?><rss/>",
        "<?xml version=\"1.0\"?><rss/>");
    row("junk before a declaration", "junk<?xml version=\"1.0\"?><rss/>", "<?xml version=\"1.0\"?><rss/>",
        {w("line 1, column 1: text before the first tag removed (1 in total)")});
    row("external DOCTYPE removed quietly",
        "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"\n"
        " \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss>&eacute;</rss>",
        "\n\n<rss>é</rss>",
        {w("line 3, column 6: HTML entities replaced by their characters (1 in total)")});
    row("lower-case doctype in content", "<d><!doctype html><p>x</p></d>", "<d><p>x</p></d>");
    row("internal subset with entities",
        "<!DOCTYPE r [\n  <!ENTITY a \"x>]\">\n  <!-- ] > -->\n  <!ENTITY b SYSTEM \"file:///etc/passwd\">\n]>\n"
        "<r>&a;&b;</r>",
        "\n\n\n\n\n<r>&amp;a;&amp;b;</r>",
        {w("line 2, column 3: entity declarations in the DTD were ignored (2 in total)"),
         w("line 6, column 4: undeclared entities kept as text (2 in total)")});
    row("bare ampersands", "<t a=\"x&y\">AT&T & co &#; &#x; &#12 &1; &amp</t>",
        "<t a=\"x&amp;y\">AT&amp;T &amp; co &amp;#; &amp;#x; &amp;#12 &amp;1; &amp;amp</t>",
        {w("line 1, column 8: bare '&' escaped (8 in total)")});
    row("HTML entities", "<t>&eacute;&nbsp;&hellip;&rsquo;&LT;&QUOT;&NewLine;&amp;&lt;&#X41;</t>",
        "<t>é\xC2\xA0…’&#60;&#34;&#10;&amp;&lt;&#x41;</t>",
        {w("line 1, column 4: HTML entities replaced by their characters (8 in total)")});
    row("HTML entities in attributes", "<a t='&apos;&rsquo;&quot;' u=\"&QUOT;&apos;&amp;&nbsp;\"/>",
        "<a t='&apos;’&quot;' u=\"&#34;&apos;&amp;\xC2\xA0\"/>",
        {w("line 1, column 13: HTML entities replaced by their characters (3 in total)")});
    row("unknown entities", "<t>&bogus; &foo-bar.baz;</t>", "<t>&amp;bogus; &amp;foo-bar.baz;</t>",
        {w("line 1, column 4: undeclared entities kept as text (2 in total)")});
    row("invalid character references",
        "<t>&#0;&#x1;&#9;&#xD800;&#x110000;&#xFFFE;&#xffff;&#99999999999;&#65;&#x1F600;</t>",
        "<t>\xEF\xBF\xBD\xEF\xBF\xBD&#9;\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD&#65;&#x1F600;</t>",
        {w("line 1, column 4: references to characters XML forbids replaced by U+FFFD (7 in total)")});
    row("forbidden characters", QByteArray("<t a=\"\x02\">a\x01" "b\0c\tok\x0B\xEF\xBF\xBE\xEF\xBF\xBF" "d\xEF\xBC\x81</t>", 32),
        "<t a=\"\">abc\tokd\xEF\xBC\x81</t>",
        {w("line 1, column 7: characters XML forbids removed (6 in total)")});
    row("forbidden characters in comments and CDATA", "<t><!--a\x01-->\x0C<![CDATA[b\x1F]]><?pi c\x7\?></t>",
        "<t><!--a--><![CDATA[b]]><?pi c?></t>",
        {w("line 1, column 9: characters XML forbids removed (4 in total)")});
    row("stray less-than", "<t a=\"1<2\">a < b, 1<2, <=, <-, <</t>",
        "<t a=\"1&lt;2\">a &lt; b, 1&lt;2, &lt;=, &lt;-, &lt;</t>",
        {w("line 1, column 8: '<' starting no tag escaped (6 in total)")});
    row("conditional comments", "<t><![if !IE]>x<![endif]></t>", "<t>&lt;![if !IE]>x&lt;![endif]></t>",
        {w("line 1, column 4: '<' starting no tag escaped (2 in total)")});
    row("CDATA end in text", "<t>a]]>b]]c]></t>", "<t>a]]&gt;b]]c]></t>",
        {w("line 1, column 5: ']]>' outside CDATA escaped (1 in total)")});
    row("CDATA and comments untouched", "<t><![CDATA[a & b < c &nbsp; <br> ]]><!-- & < <img> &x; --></t>",
        "<t><![CDATA[a & b < c &nbsp; <br> ]]><!-- & < <img> &x; --></t>");
    row("void elements", "<d><p>a<br>b<IMG src=\"x\">c<hr/><wbr></p>\n<embed src=\"e\"></d>",
        "<d><p>a<br/>b<IMG src=\"x\"/>c<hr/><wbr/></p>\n<embed src=\"e\"/></d>",
        {w("line 1, column 8: HTML void elements closed (4 in total)")});
    row("void element at the end", "<d><br>", "<d><br/>",
        {w("line 1, column 4: HTML void elements closed (1 in total)")}, false);
    row("void element names with content kept", "<item><source url=\"u\">T</source><br>x</br><col></col></item>",
        "<item><source url=\"u\">T</source><br>x</br><col></col></item>");
    row("link and image are not void", "<d><link rel=\"x\"><image>i</image></d>",
        "<d><link rel=\"x\"><image>i</image></link></d>",
        {w("line 1, column 4: unclosed elements closed (1 in total)")});
    row("unclosed elements", "<r><item><title>x<b>y</item><p>z</p></r>",
        "<r><item><title>x<b>y</b></title></item><p>z</p></r>",
        {w("line 1, column 10: unclosed elements closed (2 in total)")});
    // A feed element cannot start inside <title>: the forgotten </title> is implied by <link>.
    row("misspelled end tag", "<item><title>x</titel><link>l</link></item>",
        "<item><title>x</title><link>l</link></item>",
        {w("line 1, column 7: unclosed elements closed (1 in total)"),
         w("line 1, column 15: end tags closing no element dropped (1 in total)")});
    row("item never closed", "<channel><item><title>a</title><item><title>b</title></item></channel>",
        "<channel><item><title>a</title></item><item><title>b</title></item></channel>",
        {w("line 1, column 10: unclosed elements closed (1 in total)")});
    // Implied closings are for broken structure only: where every end tag matches, a start tag that
    // would imply one (<item> inside an extension of an <item>, <title> inside <comments>) is correct XML.
    row("well-formed nesting kept",
        "<channel><item><title>a</title><x><item><title>b</title></item></x>"
        "<comments><title>c</title></comments></item></channel>",
        "<channel><item><title>a</title><x><item><title>b</title></item></x>"
        "<comments><title>c</title></comments></item></channel>");
    row("well-formed nesting kept while entities are replaced", "<item><x><item>&nbsp;</item></x></item>",
        "<item><x><item>\xC2\xA0</item></x></item>",
        {w("line 1, column 16: HTML entities replaced by their characters (1 in total)")});
    row("atom author holds elements", "<entry><author><name>a</name><email>e</email></author></entry>",
        "<entry><author><name>a</name><email>e</email></author></entry>", {});
    row("misnested", "<p><b><i>x</b></i></p>", "<p><b><i>x</i></b></p>",
        {w("line 1, column 7: unclosed elements closed (1 in total)"),
         w("line 1, column 15: end tags closing no element dropped (1 in total)")});
    row("end tag after the root", "<a>x</a></b>", "<a>x</a>",
        {w("line 1, column 9: end tags closing no element dropped (1 in total)")});
    row("unquoted values", "<r><a href=foo.html title=a\"b<c data-x=&amp;&nbsp;>x</a><i v=>y</i></r>",
        "<r><a href=\"foo.html\" title=\"a&quot;b&lt;c\" data-x=\"&amp;\xC2\xA0\">x</a><i v=\"\">y</i></r>",
        {w("line 1, column 12: attribute values quoted (4 in total)"),
         w("line 1, column 45: HTML entities replaced by their characters (1 in total)")});
    row("unquoted value ending the tag", "<d><img src=a.png/></d>", "<d><img src=\"a.png/\"/></d>",
        {w("line 1, column 4: HTML void elements closed (1 in total)"),
         w("line 1, column 13: attribute values quoted (1 in total)")});
    row("attributes without values", "<d><input disabled type=\"checkbox\" checked></d>",
        "<d><input disabled=\"\" type=\"checkbox\" checked=\"\"/></d>",
        {w("line 1, column 4: HTML void elements closed (1 in total)"),
         w("line 1, column 11: attributes without a value given an empty one (2 in total)")});
    row("duplicate attributes", "<a x=\"1\" y='2' x=\"3\" y=4 x>t</a>", "<a x=\"1\" y='2'>t</a>",
        {w("line 1, column 16: duplicate attributes dropped (3 in total)")});
    row("invalid attribute names", "<a @click=\"x\" v-on:y=\"z\" 1c=2 [p]>t</a>", "<a v-on:y=\"z\">t</a>",
        {w("line 1, column 4: attributes with invalid names dropped (3 in total)")});
    row("malformed tags", "<a x=\"1\"y=\"2\" / z=\"3\" \"junk\"><br / ><b c='d'<i>x</i></b></a>",
        "<a x=\"1\" y=\"2\"  z=\"3\"><br /><b c='d'><i>x</i></b></a>",
        {w("line 1, column 9: malformed tags mended (5 in total)")});
    row("unterminated value is left", "<a x=\"1>text</a>", "<a x=\"1>text</a>", {}, false);
    row("unterminated tag is left", "<r><a x=\"1\"", "<r><a x=\"1\"", {}, false);
    row("positions count lines and UTF-16 columns", "<r>\r\n😀é&x\n&y</r>", "<r>\r\n😀é&amp;x\n&amp;y</r>",
        {w("line 2, column 4: bare '&' escaped (2 in total)")});
}

void TestXmlRepair::repairs()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, output);
    QFETCH(QStringList, warnings);
    QFETCH(bool, wellFormed);

    QList<ParseWarning> found;
    const QByteArray repaired = repairXml(input, found);
    QCOMPARE(repaired, output);
    QCOMPARE(messages(found), warnings);
    if (wellFormed)
        QCOMPARE(readAll(repaired), QString());

    // A second pass finds nothing left to mend.
    QList<ParseWarning> again;
    QCOMPARE(repairXml(repaired, again), repaired);
    if (wellFormed)
        QCOMPARE(messages(again), QStringList());
}

void TestXmlRepair::cleanDocumentIsShared()
{
    QList<ParseWarning> warnings;
    const QByteArray repaired = repairXml(kCleanFeed, warnings);
    QCOMPARE(repaired.constData(), kCleanFeed.constData());
    QVERIFY(warnings.isEmpty());
}

void TestXmlRepair::billionLaughs()
{
    QByteArray doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        doc += " <!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int j = 0; j < 10; ++j)
            doc += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ';';
        doc += "\">\n";
    }
    doc += "]>\n<lolz>&lol9;</lolz>";
    QVERIFY(!readAll(doc).isEmpty());   // positive control: QXmlStreamReader refuses it

    QList<ParseWarning> warnings;
    const QByteArray repaired = repairXml(doc, warnings);
    QCOMPARE(repaired, "<?xml version=\"1.0\"?>\n" + QByteArray(12, '\n') + "<lolz>&amp;lol9;</lolz>");
    QCOMPARE(messages(warnings),
             (QStringList{QStringLiteral("line 3, column 2: entity declarations in the DTD were ignored (10 in total)"),
                          QStringLiteral("line 14, column 7: undeclared entities kept as text (1 in total)")}));
    QCOMPARE(readAll(repaired), QString());
}

void TestXmlRepair::quadraticBlowup()
{
    const auto blowup = [](int entityBytes, int references) {
        QByteArray doc = "<!DOCTYPE r [<!ENTITY a \"" + QByteArray(entityBytes, 'x') + "\">]><r>";
        for (int i = 0; i < references; ++i)
            doc += "&a;";
        return doc + "</r>";
    };
    // Positive control, small enough to run: each expansion is under the per-entity limit.
    qint64 expanded = 0;
    QCOMPARE(readAll(blowup(1000, 1000), &expanded), QString());
    QCOMPARE(expanded, 1000 * 1000);

    const QByteArray doc = blowup(4000, 250000);   // threats.md section 6, item 2: 754 KB
    QElapsedTimer timer;
    timer.start();
    QList<ParseWarning> warnings;
    const QByteArray repaired = repairXml(doc, warnings);
    qint64 text = 0;
    QCOMPARE(readAll(repaired, &text), QString());
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(text, 250000 * 3);   // "&a;" as text
    QCOMPARE(messages(warnings),
             (QStringList{QStringLiteral("line 1, column 14: entity declarations in the DTD were ignored (1 in total)"),
                          QStringLiteral("line 1, column 4033: undeclared entities kept as text (250000 in total)")}));
}

void TestXmlRepair::manyAttributesAreFast()
{
    const QByteArray doc = manyAttributes(100000);
    QElapsedTimer timer;
    timer.start();
    QList<ParseWarning> warnings;
    const QByteArray repaired = repairXml(doc, warnings);
    QCOMPARE(readAll(repaired), QString());
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(repaired, manyAttributes(kMaxAttributesPerTag));
    QCOMPARE(messages(warnings),
             QStringList{QStringLiteral("line 1, column 1942: attributes beyond a tag's first 256 or 64 KB "
                                        "dropped (99744 in total)")});
}

void TestXmlRepair::oversizedTag()
{
    const QByteArray big(70 * 1024, 'v');
    QList<ParseWarning> warnings;
    const QByteArray repaired = repairXml("<r a=\"" + big + "\" b=\"1\" a=\"2\"/>", warnings);
    QCOMPARE(repaired, "<r a=\"" + big + "\"/>");
    QCOMPARE(messages(warnings),
             QStringList{QStringLiteral("line 1, column 71689: attributes beyond a tag's first 256 or 64 KB "
                                        "dropped (2 in total)")});
}

void TestXmlRepair::deepNesting()
{
    // Deeper than the tracked depth: elements are counted, and void elements there are left alone.
    QByteArray doc;
    for (int i = 0; i < 5000; ++i)
        doc += "<d>";
    doc += "<br/>";
    for (int i = 0; i < 5000; ++i)
        doc += "</d>";
    QList<ParseWarning> warnings;
    QCOMPARE(repairXml(doc, warnings).constData(), doc.constData());
    QVERIFY(warnings.isEmpty());
}

void TestXmlRepair::mutatedDocumentsDoNotCrash()
{
    // Cheap fuzzing for the sanitizer build: random bytes from the alphabet that matters, spliced in.
    QRandomGenerator random(20240607);
    static const char alphabet[] = "<>&;#x/!?[]-\"'= \n\x01\xEF\xBF\xBE" "abDOCTYPECDATAENTITYbr";
    for (int round = 0; round < 2000; ++round) {
        QByteArray doc = kCleanFeed;
        const int edits = 1 + int(random.bounded(8));
        for (int e = 0; e < edits; ++e) {
            const int at = int(random.bounded(doc.size() + 1));
            const int length = int(random.bounded(6));
            QByteArray insert;
            for (int k = 0; k < length; ++k)
                insert += alphabet[random.bounded(int(sizeof(alphabet) - 1))];
            doc.replace(at, int(random.bounded(4)), insert);
        }
        if (random.bounded(4) == 0)
            doc.truncate(int(random.bounded(doc.size() + 1)));
        QList<ParseWarning> warnings;
        const QByteArray repaired = repairXml(doc, warnings);
        QVERIFY(!repaired.isNull() || doc.isNull());
        for (const ParseWarning &w : warnings)
            QVERIFY(w.line >= 1 && w.column >= 1);
    }
}

QTEST_APPLESS_MAIN(TestXmlRepair)
#include "tst_xmlrepair.moc"
