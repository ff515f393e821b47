#include "core/html/htmltext.h"

#include <QElapsedTimer>
#include <QTest>

using namespace tidings;

class TestHtmlText : public QObject
{
    Q_OBJECT

private slots:
    void toPlainText_data();
    void toPlainText();
    void toPlainTextFastPathOnViews();
    void toPlainTextIsLinear();
    void looksLikeHtml_data();
    void looksLikeHtml();
    void toHtml_data();
    void toHtml();
};

void TestHtmlText::toPlainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plain") << u"Hello world"_qs << u"Hello world"_qs;
    QTest::newRow("plain with whitespace runs") << u"  Hello \t\n world  "_qs << u"Hello world"_qs;
    QTest::newRow("only whitespace") << u" \n\t "_qs << QString();
    QTest::newRow("nbsp is not collapsed") << u"10\u00a0km"_qs << u"10\u00a0km"_qs;
    QTest::newRow("bold") << u"<b>Bold</b> move"_qs << u"Bold move"_qs;
    QTest::newRow("inline tags join words") << u"Hel<i>lo</i>"_qs << u"Hello"_qs;
    QTest::newRow("br separates") << u"one<br>two<br/>three"_qs << u"one two three"_qs;
    QTest::newRow("paragraphs separate") << u"<p>one</p><p>two</p>"_qs << u"one two"_qs;
    QTest::newRow("list items separate") << u"<ul><li>a</li><li>b</li></ul>"_qs << u"a b"_qs;
    QTest::newRow("attributes with >") << u"<a title=\"a > b\" href='x'>link</a>"_qs << u"link"_qs;
    QTest::newRow("script dropped") << u"a<script>var x = '<b>';</script>b"_qs << u"ab"_qs;
    QTest::newRow("script upper case") << u"a<SCRIPT type=x>alert(1)</SCRIPT >b"_qs << u"ab"_qs;
    QTest::newRow("style dropped") << u"<style>p{color:red}</style>Text"_qs << u"Text"_qs;
    QTest::newRow("unclosed script drops rest") << u"a<script>alert(1)"_qs << u"a"_qs;
    QTest::newRow("script end tag look-alike") << u"<script>x='</scripty>'</script>ok"_qs << u"ok"_qs;
    QTest::newRow("comment") << u"a<!-- <b>hidden</b> -->b"_qs << u"ab"_qs;
    QTest::newRow("empty comment") << u"a<!-->b"_qs << u"ab"_qs;
    QTest::newRow("unclosed comment") << u"a<!-- b"_qs << u"a"_qs;
    QTest::newRow("doctype and pi") << u"<!DOCTYPE html><?xml x?>t"_qs << u"t"_qs;
    QTest::newRow("named entities") << u"Caf&eacute; &amp; cr&egrave;me"_qs << u"Café & crème"_qs;
    QTest::newRow("html5-only entity") << u"a&Tab;b &check;"_qs << u"a b \u2713"_qs;
    QTest::newRow("numeric entities") << u"&#39;quoted&#x27; &#8230;"_qs << u"'quoted' \u2026"_qs;
    QTest::newRow("invalid code points") << u"a&#0;b&#xD800;c"_qs << u"a\ufffdb\ufffdc"_qs;
    QTest::newRow("escaped markup becomes text") << u"&lt;b&gt;not bold&lt;/b&gt;"_qs
                                                 << u"<b>not bold</b>"_qs;
    QTest::newRow("double escaped decodes once") << u"&amp;lt;b&amp;gt;"_qs << u"&lt;b&gt;"_qs;
    QTest::newRow("literal less-than") << u"a < b and 3<4"_qs << u"a < b and 3<4"_qs;
    QTest::newRow("unclosed tag at end") << u"Title <b"_qs << u"Title"_qs;
    QTest::newRow("bare ampersand") << u"AT&T & more"_qs << u"AT&T & more"_qs;
    QTest::newRow("entity yields spaces") << u"a&#10;&#10;b&nbsp;"_qs << u"a b\u00a0"_qs;
    QTest::newRow("img with file url") << u"<img src=\"file:///etc/passwd\">Pic"_qs << u"Pic"_qs;
    QTest::newRow("end tag with spaces") << u"a</p >b"_qs << u"a b"_qs;
    QTest::newRow("non-latin") << u"<b>日本語</b>の<i>タイトル</i>"_qs << u"日本語のタイトル"_qs;
    QTest::newRow("rtl") << u"<p dir=rtl>שלום</p> עולם"_qs << u"שלום עולם"_qs;
    QTest::newRow("emoji") << u"&#x1F600; <b>👍🏽</b>"_qs << u"\U0001F600 👍🏽"_qs;
    QTest::newRow("cdata is a bogus comment") << u"<![CDATA[x]]>y"_qs << u"y"_qs;
}

void TestHtmlText::toPlainText()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(htmlToPlainText(html), expected);
}

void TestHtmlText::toPlainTextFastPathOnViews()
{
    // The fast path must return the same text as the slow path would.
    const QString title = u"A perfectly ordinary title"_qs;
    QCOMPARE(htmlToPlainText(title), title);
    QCOMPARE(htmlToPlainText(QStringView(title).mid(2, 9)), u"perfectly"_qs);
}

void TestHtmlText::toPlainTextIsLinear()
{
    // Constructs that scan ahead (unclosed tags, raw text, quotes) must not rescan per character.
    const QStringList hostile = {
        QString(200000, u'<'),
        u"<a"_qs.repeated(100000),
        u"<script>"_qs + u"</scrip"_qs.repeated(50000),
        u"<a title=\""_qs.repeated(50000),
        u"&"_qs.repeated(200000),
        u"<!--"_qs.repeated(50000),
        u"<p>x</p>"_qs.repeated(50000),
    };
    QElapsedTimer timer;
    timer.start();
    for (const QString &html : hostile)
        htmlToPlainText(html);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestHtmlText::looksLikeHtml_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("plain") << u"Just a title"_qs << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("bold tag") << u"<b>bold</b>"_qs << true;
    QTest::newRow("end tag only") << u"text</p>"_qs << true;
    QTest::newRow("self-closing br") << u"one<br/>two"_qs << true;
    QTest::newRow("br with space") << u"one<br />two"_qs << true;
    QTest::newRow("upper case tag") << u"<P>x"_qs << true;
    QTest::newRow("tag with attributes") << u"<a href=\"x\">y</a>"_qs << true;
    QTest::newRow("img") << u"<img src=file:///etc/passwd>"_qs << true;
    QTest::newRow("amp entity") << u"Tom &amp; Jerry"_qs << true;
    QTest::newRow("numeric entity") << u"It&#39;s"_qs << true;
    QTest::newRow("hex entity") << u"It&#x27;s"_qs << true;
    QTest::newRow("named entity") << u"Caf&eacute;"_qs << true;
    QTest::newRow("escaped tag") << u"&lt;b&gt;"_qs << true;
    QTest::newRow("generic type") << u"Using List<int> in C#"_qs << false;
    QTest::newRow("comparison") << u"if a < b and c > d"_qs << false;
    QTest::newRow("bare ampersand") << u"AT&T"_qs << false;
    QTest::newRow("unknown entity") << u"Q&A; today"_qs << false;
    QTest::newRow("entity without semicolon") << u"Tom &amp Jerry"_qs << false;
    QTest::newRow("unclosed tag") << u"a <b"_qs << false;
    QTest::newRow("unclosed start tag with attributes") << u"a <b class=x"_qs << false;
    QTest::newRow("arrow") << u"a <-> b"_qs << false;
    QTest::newRow("unknown element") << u"<foo>bar</foo>"_qs << false;
    QTest::newRow("email in brackets") << u"Jane <jane@example.com>"_qs << false;
}

void TestHtmlText::looksLikeHtml()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(tidings::looksLikeHtml(text), expected);
}

void TestHtmlText::toHtml_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("one line") << u"Hello"_qs << u"<p>Hello</p>"_qs;
    QTest::newRow("escaping") << u"a < b & \"c\" > d"_qs << u"<p>a &lt; b &amp; &quot;c&quot; &gt; d</p>"_qs;
    QTest::newRow("markup stays text") << u"<script>alert(1)</script>"_qs
                                       << u"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"_qs;
    QTest::newRow("single newline") << u"one\ntwo"_qs << u"<p>one<br>two</p>"_qs;
    QTest::newRow("blank line") << u"one\n\ntwo"_qs << u"<p>one</p><p>two</p>"_qs;
    QTest::newRow("many blank lines") << u"one\n\n\n\ntwo"_qs << u"<p>one</p><p>two</p>"_qs;
    QTest::newRow("whitespace-only line") << u"one\n  \t\ntwo"_qs << u"<p>one</p><p>two</p>"_qs;
    QTest::newRow("crlf") << u"one\r\ntwo\r\n\r\nthree"_qs << u"<p>one<br>two</p><p>three</p>"_qs;
    QTest::newRow("lone cr") << u"one\rtwo"_qs << u"<p>one<br>two</p>"_qs;
    QTest::newRow("leading and trailing newlines") << u"\n\none\n\n"_qs << u"<p>one</p>"_qs;
    QTest::newRow("only whitespace") << u" \n \n"_qs << QString();
    QTest::newRow("entities stay literal") << u"&amp;"_qs << u"<p>&amp;amp;</p>"_qs;
    QTest::newRow("non-latin") << u"Привет\nмир"_qs << u"<p>Привет<br>мир</p>"_qs;
}

void TestHtmlText::toHtml()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(plainTextToHtml(text), expected);
}

QTEST_APPLESS_MAIN(TestHtmlText)
#include "tst_htmltext.moc"
