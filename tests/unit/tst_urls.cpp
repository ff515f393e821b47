#include "core/html/urls.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tidings;

namespace {

// What resolveUrl() computed before it had a string path: QUrl parses the reference, resolves it
// against the base and writes it encoded, without userinfo. The string path must match it exactly.
QString resolvedByQUrl(const QString &reference, const QUrl &base)
{
    QUrl url(reference, QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    if (url.isRelative()) {
        if (!base.isValid() || base.isRelative())
            return {};
        url = base.resolved(url);
    }
    const QString scheme = url.scheme();
    if ((scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return {};
    url.setUserInfo(QString());
    return QString::fromUtf8(url.toEncoded());
}

// Whether the string path must handle a case, or leave it to QUrl.
constexpr bool Plain = true;
constexpr bool ByQUrl = false;

} // namespace

class TestUrls : public QObject
{
    Q_OBJECT

private slots:
    void matchesQUrl_data();
    void matchesQUrl();
    void everyAsciiCharacter();
    void everyPercentEscape();
    void dotSegmentCombinations();
    void randomReferences();
    void schemesAndCleaning_data();
    void schemesAndCleaning();
};

void TestUrls::matchesQUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("plain");

    const QString post = u"https://example.com/blog/post.html?x=1#top"_qs;
    const struct {
        const char16_t *reference;
        bool plain;
    } againstPost[] = {
        // RFC 3986 §5.4.1 normal examples, adapted to an http base
        {u"g", Plain}, {u"./g", Plain}, {u"g/", Plain}, {u"/g", Plain},
        {u"//g", Plain}, {u"?y", Plain}, {u"g?y", Plain}, {u"#s", Plain},
        {u"g#s", Plain}, {u"g?y#s", Plain}, {u";x", Plain}, {u"g;x", Plain},
        {u"g;x?y#s", Plain}, {u".", Plain}, {u"./", Plain}, {u"..", Plain},
        {u"../", Plain}, {u"../g", Plain}, {u"../..", Plain}, {u"../../", Plain},
        {u"../../g", Plain},
        // §5.4.2 abnormal examples
        {u"../../../g", Plain}, {u"../../../../g", Plain}, {u"/./g", Plain},
        {u"/../g", Plain}, {u"g.", Plain}, {u".g", Plain}, {u"g..", Plain},
        {u"..g", Plain}, {u"./../g", Plain}, {u"./g/.", Plain},
        {u"g/./h", Plain}, {u"g/../h", Plain}, {u"g;x=1/./y", Plain},
        {u"g;x=1/../y", Plain}, {u"g?y/./x", Plain}, {u"g?y/../x", Plain},
        {u"g#s/./x", Plain}, {u"g#s/../x", Plain},
        // what feeds write
        {u"/2024/05/slug-of-a-post/", Plain}, {u"../archive/page-12.html", Plain},
        {u"tags/network", Plain}, {u"img/a@2x.png", Plain},
        {u"/search?q=a+b&lang=en", Plain}, {u"#fn:1", Plain}, {u"?page=2#c", Plain},
        {u"//cdn.example.net/i/x.jpg", Plain}, {u"//cdn.example.net", Plain},
        {u"//cdn.example.net?q", Plain}, {u"//cdn.example.net/a/../b", Plain},
        {u"/caf%C3%A9/men%C3%BC", Plain}, {u"a%20b", Plain}, {u"a%2Fb", Plain},
        {u"a//b", Plain}, {u"a//../b", Plain}, {u"x/a:b", Plain}, {u"./a:b", Plain},
        {u"a'b(c)*!$,;=@[]", Plain}, {u"?a?b", Plain}, {u"#a?b/c", Plain},
        {u"https://example.org/a/b?c=d#e", Plain}, {u"http://example.org", Plain},
        {u"https://example.org/a/../b/./c", Plain}, {u"https://sub.example-1.org/x", Plain},
        {u"https://a--b.example/", Plain},
        // what the string path leaves to QUrl, still compared
        {u"caf%c3%a9", ByQUrl}, {u"%41bc", ByQUrl}, {u"a%2e%2e/b", ByQUrl},
        {u"a b", ByQUrl}, {u"a|b", ByQUrl}, {u"a\\b", ByQUrl}, {u"straße", ByQUrl},
        {u"a#b#c", ByQUrl}, {u"%", ByQUrl}, {u"%zz", ByQUrl}, {u"a:b", ByQUrl},
        {u"//Host.example/x", ByQUrl}, {u"//host.example:8080/x", ByQUrl},
        {u"//user@host.example/x", ByQUrl}, {u"//127.1/x", ByQUrl}, {u"///x", ByQUrl},
        {u"//", ByQUrl}, {u"HTTPS://example.org/", ByQUrl}, {u"https://EXAMPLE.org/", ByQUrl},
        {u"https://a..b/", ByQUrl}, {u"https://-a.example/", ByQUrl},
        {u"https://xn--bcher-kva.example/", ByQUrl}, {u"https://0x7f.1/", ByQUrl},
        {u"https://u:p@example.org/", ByQUrl}, {u"https://example.org:443/", ByQUrl},
        {u"https://bücher.example/", ByQUrl}, {u"http:g", ByQUrl}, {u"http:/g", ByQUrl},
    };
    for (const auto &c : againstPost) {
        const QString reference = QString::fromUtf16(c.reference);
        QTest::addRow("%s", qPrintable(reference)) << post << reference << c.plain;
    }

    const struct {
        const char16_t *base;
        const char16_t *reference;
        bool plain;
    } otherBases[] = {
        {u"https://example.com", u"x", Plain},
        {u"https://example.com", u"../x", Plain},
        {u"https://example.com", u"?q", Plain},
        {u"https://example.com", u"#f", Plain},
        {u"https://example.com/", u"", ByQUrl},
        {u"http://example.com/a/b/", u"c", Plain},
        {u"http://example.com/a/b/", u"..", Plain},
        {u"https://u:p@example.com:8443/d/", u"x", Plain},
        {u"https://u:p@example.com:8443/d/", u"?q", Plain},
        {u"https://example.com/a%20b/c", u"d", Plain},
        {u"https://example.com/a/./b/../c", u"d", ByQUrl},
        {u"https://example.com/a/./b/../c", u"#f", ByQUrl},
        {u"https://bücher.example/a", u"b", Plain},
        {u"https://example.com/straße/x", u"y", Plain},
        {u"file:///home/user/", u"x", ByQUrl},
        {u"mailto:a@example.com", u"x", ByQUrl},
        {u"", u"x", ByQUrl},
        {u"", u"https://example.org/x", Plain},
    };
    for (const auto &c : otherBases) {
        const QString base = QString::fromUtf16(c.base);
        const QString reference = QString::fromUtf16(c.reference);
        QTest::addRow("%s + %s", qPrintable(base), qPrintable(reference)) << base << reference << c.plain;
    }
}

void TestUrls::matchesQUrl()
{
    QFETCH(QString, base);
    QFETCH(QString, reference);
    QFETCH(bool, plain);
    const QUrl baseUrl(base);
    const QString expected = resolvedByQUrl(reference, baseUrl);
    if (!reference.isEmpty())
        QCOMPARE(resolveUrl(reference, baseUrl, UrlUse::Resource), expected);
    QString written;
    const bool handled = detail::appendPlainUrl(reference, UrlBase(baseUrl), written);
    QCOMPARE(handled, plain);
    if (handled)
        QCOMPARE(written, expected);
}

void TestUrls::everyAsciiCharacter()
{
    // Whatever the string path accepts must come out as QUrl writes it, in every part of a URL.
    const QUrl base(u"https://example.com/blog/post.html?x=1"_qs);
    const QStringList patterns = {u"a%1b"_qs, u"/a%1b"_qs, u"x?a%1b"_qs, u"x#a%1b"_qs, u"?a%1b"_qs,
                                  u"#a%1b"_qs, u"//h.example/a%1b"_qs, u"https://h.example/a%1b"_qs,
                                  u"https://h.example/x?a%1b"_qs, u"%1"_qs};
    int handled = 0;
    for (const QString &pattern : patterns) {
        for (char16_t c = 0x21; c < 0x7f; ++c) {
            const QString reference = pattern.arg(QChar(c));
            QString plain;
            if (!detail::appendPlainUrl(reference, UrlBase(base), plain))
                continue;
            ++handled;
            QCOMPARE(plain, resolvedByQUrl(reference, base));
        }
    }
    QVERIFY(handled > 700);
}

void TestUrls::everyPercentEscape()
{
    const QUrl base(u"https://example.com/blog/post.html"_qs);
    int handled = 0;
    for (const QString &pattern : {u"a%1b"_qs, u"x?a%1b"_qs, u"x#a%1b"_qs, u"https://h.example/%1"_qs}) {
        for (int byte = 0; byte < 256; ++byte) {
            for (const bool upper : {true, false}) {
                QString escape = u"%%1"_qs.arg(byte, 2, 16, QLatin1Char('0'));
                if (upper)
                    escape = escape.toUpper();
                const QString reference = pattern.arg(escape);
                QString plain;
                if (!detail::appendPlainUrl(reference, UrlBase(base), plain))
                    continue;
                ++handled;
                QCOMPARE(plain, resolvedByQUrl(reference, base));
            }
        }
    }
    QVERIFY(handled > 600);
}

void TestUrls::dotSegmentCombinations()
{
    // Every path of up to four segments from {a, ., .., empty}, relative and root-relative, against
    // bases with and without a directory.
    const QStringList segments = {u"a"_qs, u"."_qs, u".."_qs, QString()};
    QStringList paths = {QString()};
    QStringList all;
    for (int length = 1; length <= 4; ++length) {
        QStringList longer;
        for (const QString &p : paths) {
            for (const QString &s : segments)
                longer.append(p.isEmpty() && length == 1 ? s : p + u'/' + s);
        }
        paths = longer;
        all += longer;
    }
    int compared = 0;
    for (const QString &baseText : {u"https://example.com/x/y/z"_qs, u"https://example.com"_qs,
                                    u"https://example.com/"_qs}) {
        const QUrl base(baseText);
        for (const QString &p : std::as_const(all)) {
            for (const QString &reference : {p, u'/' + p, u"//h.example/"_qs + p, p + u"?q"_qs}) {
                QString plain;
                if (reference.isEmpty() || !detail::appendPlainUrl(reference, UrlBase(base), plain))
                    continue;
                ++compared;
                QVERIFY2(plain == resolvedByQUrl(reference, base),
                         qPrintable(baseText + u" + "_qs + reference + u": "_qs + plain + u" != "_qs
                                    + resolvedByQUrl(reference, base)));
            }
        }
    }
    QVERIFY(compared > 1000);
}

void TestUrls::randomReferences()
{
    // Pieces of URLs strung together at random, against bases of several shapes: whatever either
    // path makes of them, resolveUrl() must say what QUrl says.
    const QStringList pieces = {u"/"_qs, u"."_qs, u".."_qs, u"a"_qs, u"b-c"_qs, u"%41"_qs, u"%2F"_qs,
                                u"%c3%a9"_qs, u"%"_qs, u"?"_qs, u"#"_qs, u":"_qs, u"@"_qs, u"//"_qs,
                                u"h.example"_qs, u"x.1"_qs, u"~"_qs, u"="_qs, u"&"_qs, u"["_qs, u" "_qs,
                                u"|"_qs, u"é"_qs, u"http:"_qs, u"https://"_qs, u"H"_qs, u";"_qs};
    const QStringList bases = {u"https://example.com/blog/post.html?x=1#f"_qs, u"http://example.com"_qs,
                               u"https://example.com/a/b/"_qs, u"https://u@example.com:8080/a%20b/c?q"_qs};
    QRandomGenerator random(20261125);
    int plain = 0;
    for (int round = 0; round < 20000; ++round) {
        QString reference;
        for (int k = random.bounded(1, 7); k > 0; --k)
            reference += pieces.at(random.bounded(pieces.size()));
        const QUrl base(bases.at(random.bounded(bases.size())));
        QString written;
        if (detail::appendPlainUrl(reference, UrlBase(base), written)) {
            ++plain;
            QVERIFY2(written == resolvedByQUrl(reference, base),
                     qPrintable(base.toString() + u" + "_qs + reference + u": "_qs + written));
        }
        const QString resolved = resolveUrl(reference, base, UrlUse::Resource);
        const QString trimmed = reference.trimmed();
        const QString expected = trimmed.isEmpty() ? QString() : resolvedByQUrl(trimmed, base);
        QVERIFY2(resolved == expected,
                 qPrintable(base.toString() + u" + "_qs + reference + u": "_qs + resolved));
    }
    QVERIFY(plain > 2000);
}

void TestUrls::schemesAndCleaning_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("use");
    QTest::addColumn<QString>("expected");
    const int nav = int(UrlUse::Navigation), res = int(UrlUse::Resource), feed = int(UrlUse::FeedLink);
    QTest::newRow("tab in scheme") << u"java\tscript:alert(1)"_qs << nav << QString();
    QTest::newRow("newline in relative") << u"a\nb/c"_qs << res << u"https://example.com/blog/ab/c"_qs;
    QTest::newRow("padding") << u"  \u0001/x  "_qs << nav << u"https://example.com/x"_qs;
    QTest::newRow("mailto link") << u"mailto:a@example.com"_qs << nav << u"mailto:a@example.com"_qs;
    QTest::newRow("mailto resource") << u"mailto:a@example.com"_qs << res << QString();
    QTest::newRow("mailto feed link") << u"mailto:a@example.com"_qs << feed << QString();
    QTest::newRow("data image") << u"data:image/png;base64,AA=="_qs << res
                                << u"data:image/png;base64,AA=="_qs;
    QTest::newRow("data image as link") << u"data:image/png;base64,AA=="_qs << nav << QString();
    QTest::newRow("data svg") << u"data:image/svg+xml,<svg/>"_qs << res << QString();
    QTest::newRow("javascript") << u"javascript:alert(1)"_qs << nav << QString();
    QTest::newRow("file") << u"file:///etc/passwd"_qs << res << QString();
    QTest::newRow("userinfo dropped") << u"https://bank.example@evil.example/"_qs << nav
                                      << u"https://evil.example/"_qs;
    QTest::newRow("empty") << QString() << nav << QString();
    QTest::newRow("blank") << u" \t "_qs << nav << QString();
}

void TestUrls::schemesAndCleaning()
{
    QFETCH(QString, reference);
    QFETCH(int, use);
    QFETCH(QString, expected);
    const QUrl base(u"https://example.com/blog/post.html"_qs);
    QCOMPARE(resolveUrl(reference, base, UrlUse(use)), expected);
    QString appended = u"prefix"_qs;
    QCOMPARE(appendResolvedUrl(reference, UrlBase(base), UrlUse(use), appended), !expected.isEmpty());
    QCOMPARE(appended, u"prefix"_qs + expected);
}

QTEST_APPLESS_MAIN(TestUrls)
#include "tst_urls.moc"
