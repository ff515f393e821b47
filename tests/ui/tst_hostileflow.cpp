// Hostile content end to end (threats.md §6 items 15-24 and 28): one RSS feed from a loopback
// server carries every payload of tests/support/hostilepayloads.h, one item each, with a markup
// title. The feed is subscribed in a real profile and refreshed by the real core; the real main
// window then shows each item as a reader would choose it, with the feed's remote images off and
// then on. Nothing may run, load what the row forbids, or navigate; titles stay text in the list,
// the page and the refresh's notification.
// The positive control takes the same served bytes through parse (without the sanitizer) and a
// store of its own, then loads what was stored on a permissive page: the scripts do run and the
// URLs are requested, so a green guard cannot mean a payload lost on the way or a blind harness.

#include "../support/hostilepayloads.h"
#include "../support/scriptedhttpserver.h"
#include "../support/webenginehelpers.h"
#include "../unit/tst_storehelpers.h"

#include "app/appsettings.h"
#include "app/article/articlescheme.h"
#include "app/article/articleview.h"
#include "app/mainwindow.h"
#include "app/models/itemlistmodel.h"
#include "app/models/subscriptionmodel.h"
#include "app/tray/notificationtext.h"
#include "app/tray/traycontroller.h"
#include "core/feed/parsefeed.h"

#include <QAction>
#include <QApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace tidings;
using namespace tidings::app;
using namespace storetest;
using namespace hostile;

namespace {

constexpr int kSettleMs = 500;   // for meta refreshes, late subresources and the like to happen

// Markup in a title, written so that it reaches the store as literal text: escaped twice in the
// XML, as publishers who escape their own titles do (an escaped-once tag is stripped by the parser).
QString hostileTitle(const QString &rowName, const ScriptedHttpServer &assets)
{
    return QStringLiteral("<b>%1</b><img src=\"%2\">").arg(rowName, assets.url(QStringLiteral("/title.png")).toString());
}

QString guidOf(int row)
{
    return QStringLiteral("urn:hostile:%1").arg(row);
}

// One item per payload. Even rows carry it in <description> (the view shows the summary when there
// is no content), odd rows in content:encoded beside a harmless description.
QByteArray hostileFeed(const ScriptedHttpServer &assets, const QUrl &site)
{
    const QList<Payload> rows = payloads();
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                                 "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                                 "<channel><title>Hostile</title><link>%1</link>").arg(site.toString());
    for (int i = 0; i < rows.size(); ++i) {
        const QString payload = withServer(rows.at(i).html, assets);
        const QString body = i % 2 == 0
            ? QStringLiteral("<description><![CDATA[%1]]></description>").arg(payload)
            : QStringLiteral("<description>teaser</description><content:encoded><![CDATA[%1]]></content:encoded>").arg(payload);
        xml += QStringLiteral("<item><title>%1</title><link>%2</link><guid isPermaLink=\"false\">%3</guid>"
                              "<pubDate>Mon, 02 Nov 2026 10:%4:00 GMT</pubDate>%5</item>")
                   .arg(hostileTitle(QString::fromLatin1(rows.at(i).name), assets).toHtmlEscaped().toHtmlEscaped(),
                        assets.url(QStringLiteral("/post/%1").arg(i)).toString(), guidOf(i))
                   .arg(10 + i)
                   .arg(body);
    }
    return (xml + QStringLiteral("</channel></rss>")).toUtf8();
}

int rowNamed(const char *name)
{
    const QList<Payload> rows = payloads();
    for (int i = 0; i < rows.size(); ++i)
        if (qstrcmp(rows.at(i).name, name) == 0)
            return i;
    return -1;
}

// The stored items of `feedId`, by guid.
QHash<QString, ItemRow> itemsByGuid(const Store &store, qint64 feedId)
{
    ItemFilter filter;
    filter.feedId = feedId;
    QHash<QString, ItemRow> byGuid;
    for (const ItemRow &item : store.items(filter).rows)
        byGuid.insert(item.guid, item);
    return byGuid;
}

} // namespace

class TstHostileFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void imagesOff_data() { addPayloadRows(); }
    void imagesOff() { showRow(false); }
    void imagesOn_data() { addPayloadRows(); }
    void imagesOn() { showRow(true); }
    // Last: a permissive page asks the asset server for more than its payload (a favicon), even
    // after it is gone, which must not be counted against a guarded row.
    void positiveControl_data() { addPayloadRows(); }
    void positiveControl();

private:
    void openWindow(bool images);
    void showRow(bool images);
    // The requests for `path` (every request when empty) after the first `from` ones.
    int hitsSince(qsizetype from, const QByteArray &path = {}) const;

    ScriptedHttpServer m_feedServer;
    ScriptedHttpServer m_assets;
    QByteArray m_rss;
    QTemporaryDir m_profile;
    Store m_store;
    qint64 m_feedId = 0;
    QHash<QString, ItemRow> m_items;   // as the refresh stored them, by guid
    std::unique_ptr<MainWindow> m_window;
    bool m_windowImages = false;
    QTemporaryDir m_rawProfile;
    QHash<QString, ItemRow> m_rawItems;   // parsed without the sanitizer, stored, read back
};

void TstHostileFlow::initTestCase()
{
    scriptServer(m_assets);
    m_rss = hostileFeed(m_assets, m_feedServer.url(QStringLiteral("/")));
    m_feedServer.respond("/feed.xml", 200, m_rss, {{"Content-Type", "application/rss+xml; charset=utf-8"}});
    const QUrl feedUrl = m_feedServer.url(QStringLiteral("/feed.xml"));

    // The guarded chain: subscribed, then refreshed through the window's own service and action.
    QVERIFY(m_profile.isValid());
    QCOMPARE(m_store.open(m_profile.path()), QString());
    m_feedId = addFeed(m_store, feedUrl.toString());
    QVERIFY(m_feedId > 0);
    {
        AppSettings settings(m_profile.path());   // announced even though the window has the focus
        settings.setNotifyNewItems(true);
        settings.setQuietWhileFocused(false);
    }
    openWindow(false);
    QSignalSpy finished(&m_window->refreshService(), &RefreshService::finished);
    QList<NotificationText> announced;
    const QMetaObject::Connection announcing = connect(&m_window->tray(), &TrayController::announced, this,
                                                       [&announced](const NotificationText &text) { announced.append(text); });
    m_window->action(QStringLiteral("refreshAllAction"))->trigger();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().value<RefreshSummary>().newItems, int(payloads().size()));
    // The notification of this refresh: the titles' markup as characters, entities for a server
    // that reads markup, and no feed text in the summary.
    QTRY_COMPARE(announced.size(), 1);
    disconnect(announcing);
    const NotificationText &text = announced.first();
    QCOMPARE(text.items, int(payloads().size()));
    QVERIFY2(text.body.contains(hostileTitle(QString::fromLatin1(payloads().first().name), m_assets)), qPrintable(text.body));
    const QString markup = NotificationTexts::escapedForMarkup(text.body);
    QVERIFY(!markup.contains(u'<') && !markup.contains(u'>') && !text.summary.contains(u'<'));
    m_items = itemsByGuid(m_store, m_feedId);
    QCOMPARE(m_items.size(), payloads().size());
    QCOMPARE(hitsSince(0), 0);   // storing fetched nothing the items name

    // The control chain: the same served bytes, parsed as the document has them, stored, read back.
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(feedUrl)));
    QSignalSpy downloaded(reply.get(), &QNetworkReply::finished);
    QVERIFY(downloaded.wait(10000));
    const QByteArray served = reply->readAll();
    QCOMPARE(served, m_rss);
    const ParseResult raw = parseFeed(served, feedUrl, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                                      ParseOptions{ContentMode::Raw});
    QVERIFY(raw.isFeed());
    QVERIFY(m_rawProfile.isValid());
    Store rawStore;
    QCOMPARE(rawStore.open(m_rawProfile.path()), QString());
    const qint64 rawFeed = addFeed(rawStore, feedUrl.toString());
    QVERIFY(storeFeed(rawStore, rawFeed, raw.feed).ok);
    m_rawItems = itemsByGuid(rawStore, rawFeed);
    QCOMPARE(m_rawItems.size(), payloads().size());
}

void TstHostileFlow::cleanupTestCase()
{
    m_window.reset();
    m_store.waitForIdle();
}

int TstHostileFlow::hitsSince(qsizetype from, const QByteArray &path) const
{
    int count = 0;
    const QList<ScriptedHttpServer::Request> &requests = m_assets.requests();
    for (qsizetype i = from; i < requests.size(); ++i)
        count += path.isEmpty() || requests.at(i).path == path;
    return count;
}

// The feed's own images choice (Feed Properties), then a window opened on the profile with the feed
// selected: the window reads the choice when it opens.
void TstHostileFlow::openWindow(bool images)
{
    if (m_window && m_windowImages == images)
        return;
    m_window.reset();
    FeedOptions options;
    options.url = m_feedServer.url(QStringLiteral("/feed.xml")).toString();
    options.loadImages = images;
    QVERIFY(sync(m_store, [&](Completion done) { m_store.setFeedOptions(m_feedId, options, done); }).ok);
    m_window = std::make_unique<MainWindow>(m_store, m_profile.path());
    m_windowImages = images;
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectSubscription(m_window->subscriptionModel()->feedIndex(m_feedId));
}

void TstHostileFlow::positiveControl()
{
    QFETCH(bool, script);
    QFETCH(QByteArray, hitPath);
    const ItemRow stored = m_rawItems.value(guidOf(rowNamed(QTest::currentDataTag())));
    const QString html = stored.content.isEmpty() ? stored.summary : stored.content;
    QVERIFY(!html.isEmpty());
    const qsizetype from = m_assets.requests().size();
    webtest::PermissivePage control;
    QVERIFY(control.setHtml(controlDocument(html), m_assets.url(QStringLiteral("/"))));
    if (script)
        QTRY_COMPARE_WITH_TIMEOUT(control.page()->title(), kPwnedTitle, 10000);
    if (!hitPath.isEmpty())
        QTRY_VERIFY2_WITH_TIMEOUT(hitsSince(from, hitPath) > 0, "the stored payload did not request its URL", 10000);
}

void TstHostileFlow::showRow(bool images)
{
    QFETCH(QByteArray, hitPath);
    QFETCH(RemoteOn, remoteOn);
    openWindow(images);
    MainWindow &window = *m_window;
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    const ItemRow stored = m_items.value(guidOf(rowNamed(QTest::currentDataTag())));
    QVERIFY(stored.id > 0);

    // The list: the title's markup is its text, and no tooltip offers feed text as rich text.
    QCOMPARE(stored.title, hostileTitle(name, m_assets));
    QTRY_VERIFY(window.itemModel()->rowOf(stored.id) >= 0);
    const QModelIndex index = window.itemModel()->index(window.itemModel()->rowOf(stored.id), ItemListModel::TitleColumn);
    QCOMPARE(index.data().toString(), stored.title);
    QVERIFY(!index.data(Qt::ToolTipRole).isValid());

    // Chosen in the list with the mouse, as a reader does.
    const qsizetype from = m_assets.requests().size();
    QSignalSpy loaded(window.articleView(), &ArticleView::loadFinished);
    auto *list = window.findChild<QTreeView *>(QStringLiteral("itemsView"));
    QVERIFY(list);
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QTRY_COMPARE(window.currentItemId(), stored.id);
    QVERIFY(!loaded.isEmpty() || loaded.wait(30000));
    QVERIFY(loaded.first().first().toBool());
    QWebEnginePage *page = window.articleView()->findChild<QWebEngineView *>()->page();
    const QUrl own = page->url();
    QCOMPARE(own.scheme(), QStringLiteral("tidings"));
    QTest::qWait(kSettleMs);

    // No script ran: the title is the item's, the DOM unmarked; the heading is the title as text.
    QCOMPARE(page->title(), stored.title);
    QCOMPARE(webtest::run(page, QStringLiteral("document.documentElement.hasAttribute('data-pwned')")).toBool(), false);
    QCOMPARE(webtest::run(page, QStringLiteral("document.querySelector('h1.title').textContent")).toString(), stored.title);
    QCOMPARE(webtest::run(page, QStringLiteral("document.querySelectorAll('h1.title img, h1.title b').length")).toInt(), 0);
    // No navigation, no second load.
    QCOMPARE(page->url(), own);
    QCOMPARE(loaded.size(), 1);

    // Nothing requested with images off. With them on, only images: never the row's script, frame,
    // style sheet or font, and never the title's image.
    QCOMPARE(hitsSince(from, "/title.png"), 0);
    if (!images) {
        QVERIFY2(hitsSince(from) == 0, qPrintable(QStringLiteral("%1 request(s), first %2").arg(hitsSince(from))
                                                      .arg(QString::fromLatin1(m_assets.requests().value(from).path))));
        return;
    }
    if (remoteOn == RemoteOn::Unchecked)
        return;
    if (remoteOn == RemoteOn::Blocked)
        QCOMPARE(hitsSince(from, hitPath), 0);
    // An image or poster the sanitizer kept does load: the feed's choice reached the view. (A
    // <picture> whose <img> was dropped shows nothing, so asks for nothing.)
    const QString html = stored.content + stored.summary;
    const QString url = m_assets.url(QString::fromLatin1(hitPath)).toString();
    if (remoteOn == RemoteOn::Allowed
        && (html.contains(QStringLiteral("<img src=\"") + url) || html.contains(QStringLiteral("<img srcset=\"") + url)
            || html.contains(QStringLiteral("poster=\"") + url)))
        QTRY_COMPARE_WITH_TIMEOUT(hitsSince(from, hitPath), 1, 5000);
    for (qsizetype i = from; i < m_assets.requests().size(); ++i)
        QVERIFY2(m_assets.requests().at(i).path.endsWith(".png"), m_assets.requests().at(i).path.constData());
}

int main(int argc, char **argv)
{
    registerArticleScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TstHostileFlow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hostileflow.moc"
