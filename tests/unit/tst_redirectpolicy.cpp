// judgeRedirect() and isLocalNetworkHost(): which redirect hops a fetch follows (pure; the
// end-to-end refusals are in tst_fetcher.cpp).

#include "core/net/redirectpolicy.h"

#include <QTest>

using namespace tidings;

class TstRedirectPolicy : public QObject
{
    Q_OBJECT

private slots:
    void judge_data();
    void judge();
    void localHosts_data();
    void localHosts();
};

void TstRedirectPolicy::judge_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<RedirectVerdict>("verdict");
    const auto row = [](const char *name, const char *from, const char *to, RedirectVerdict verdict) {
        QTest::newRow(name) << QString::fromLatin1(from) << QString::fromLatin1(to) << verdict;
    };
    row("http to https", "http://example.org/f", "https://example.org/f", RedirectVerdict::Follow);
    row("other host", "https://example.org/f", "https://feeds.example.net/f", RedirectVerdict::Follow);
    row("https to http", "https://example.org/f", "http://example.org/f", RedirectVerdict::Downgrade);
    row("file", "https://example.org/f", "file:///etc/passwd", RedirectVerdict::NotWeb);
    row("ftp", "http://example.org/f", "ftp://example.org/f", RedirectVerdict::NotWeb);
    row("javascript", "http://example.org/f", "javascript:alert(1)", RedirectVerdict::NotWeb);
    row("no host", "http://example.org/f", "http:///f", RedirectVerdict::NotWeb);
    row("public to loopback", "https://example.org/f", "https://127.0.0.1:8080/admin", RedirectVerdict::IntoLocalNetwork);
    row("public to localhost", "https://example.org/f", "https://localhost/admin", RedirectVerdict::IntoLocalNetwork);
    row("public to router", "http://example.org/f", "http://192.168.1.1/", RedirectVerdict::IntoLocalNetwork);
    row("public to IPv6 loopback", "http://example.org/f", "http://[::1]/", RedirectVerdict::IntoLocalNetwork);
    row("public to mapped IPv4", "http://example.org/f", "http://[::ffff:10.0.0.1]/", RedirectVerdict::IntoLocalNetwork);
    row("local to local", "http://127.0.0.1:1234/a", "http://127.0.0.1:1234/b", RedirectVerdict::Follow);
    row("intranet to intranet", "http://10.1.2.3/a", "http://10.1.2.4/b", RedirectVerdict::Follow);
    row("local to public", "http://192.168.0.2/a", "https://example.org/b", RedirectVerdict::Follow);
}

void TstRedirectPolicy::judge()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(RedirectVerdict, verdict);
    QCOMPARE(judgeRedirect(QUrl(from), QUrl(to)), verdict);
}

void TstRedirectPolicy::localHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("local");
    const auto row = [](const char *host, bool local) { QTest::newRow(host) << QString::fromLatin1(host) << local; };
    row("localhost", true);
    row("LOCALHOST", true);
    row("app.localhost", true);
    row("127.0.0.1", true);
    row("127.8.9.10", true);
    row("0.0.0.0", true);
    row("10.0.0.1", true);
    row("172.16.0.1", true);
    row("172.31.255.255", true);
    row("172.32.0.1", false);
    row("192.168.10.1", true);
    row("169.254.169.254", true);   // cloud metadata
    row("100.64.0.1", true);
    row("::1", true);
    row("localhost.", true);
    row("::", true);
    row("[::1]", true);
    row("0.0.0.0", true);
    row("fe80::1", true);
    row("fd00::1", true);
    row("8.8.8.8", false);
    row("2001:4860:4860::8888", false);
    row("example.org", false);
    row("localhost.example.org", false);
}

void TstRedirectPolicy::localHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, local);
    QCOMPARE(isLocalNetworkHost(host), local);
}

QTEST_GUILESS_MAIN(TstRedirectPolicy)
#include "tst_redirectpolicy.moc"
