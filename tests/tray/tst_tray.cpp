// The tray icon and the new-items notification, end to end: the real main window on Xvfb (xcb;
// offscreen has no tray), a private session bus (dbus-run-session) on which support/fakehost plays
// the tray host and the notification server, real feeds from a loopback server, a real profile.
// What fakehost prints is what a desktop would have been asked to show. tests/CMakeLists.txt runs
// it as `xvfb-run -a dbus-run-session -- tst_tray`. Screenshots of the badge icon (1x, 2x) and of
// Preferences' tray group go to $TIDINGS_SCREENSHOTS when set.

#include "app/appsettings.h"
#include "app/article/articlescheme.h"
#include "app/dialogs/preferencesdialog.h"
#include "app/mainwindow.h"
#include "app/models/itemlistmodel.h"
#include "app/models/subscriptionmodel.h"
#include "app/tray/notificationtext.h"
#include "app/tray/traycontroller.h"
#include "app/tray/trayicon.h"
#include "app/tray/unreadbadge.h"

#include "../support/scriptedhttpserver.h"
#include "../unit/tst_storehelpers.h"

#include <QAction>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#include <QDBusMessage>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QWindow>

using namespace tidings;
using namespace tidings::app;
using namespace storetest;

namespace {

struct Entry {
    QString title;   // raw XML text content of <title type="text">: entities are the test's to write
};

// An Atom feed: type="text" titles are plain text by the spec, so "&lt;b&gt;" is stored as "<b>".
QByteArray atom(const QString &feedTitleXml, const QString &key, const QStringList &entryTitlesXml)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                                 "<title type=\"text\">%1</title><id>urn:feed:%2</id><updated>2026-03-04T10:00:00Z</updated>")
                      .arg(feedTitleXml, key);
    for (int n = 0; n < entryTitlesXml.size(); ++n) {
        xml += QStringLiteral("<entry><title type=\"text\">%1</title><id>urn:%2:%3</id>"
                              "<link href=\"https://example.org/%2/%3\"/><updated>2026-03-04T10:%4:00Z</updated>"
                              "<content type=\"html\">&lt;p&gt;body&lt;/p&gt;</content></entry>")
                   .arg(entryTitlesXml.at(n), key)
                   .arg(n)
                   .arg(10 + n, 2, 10, QLatin1Char('0'));
    }
    return (xml + QStringLiteral("</feed>")).toUtf8();
}

QStringList stories(const QString &name, int count)
{
    QStringList titles;
    for (int n = 1; n <= count; ++n)
        titles.append(QStringLiteral("Story %1 of %2").arg(n).arg(name));
    return titles;
}

QString unescapeField(const QString &field)
{
    QString out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) != u'\\' || i + 1 == field.size()) {
            out += field.at(i);
            continue;
        }
        const QChar next = field.at(++i);
        if (next == u'n')
            out += u'\n';
        else if (next == u't')
            out += u'\t';
        else if (next == u'\\')
            out += u'\\';
        else   // \uXXXX: a control character arrived; kept visible as the escape
            out += u'\\' + QString(next);
    }
    return out;
}

// Calls fakehost's notification server as a desktop would act: Click(id, action), Close(id, reason).
void tellServer(const QString &method, uint id, const QVariant &argument)
{
    QDBusMessage message = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), method);
    message << id << argument;
    QDBusConnection::sessionBus().call(message);
}

void click(uint id)
{
    tellServer(QStringLiteral("Click"), id, QStringLiteral("default"));
}

struct Notify {
    uint id = 0;
    QString app;
    QString summary;
    QString body;
    QString actions;
    uint replaces = 0;
};

} // namespace

class TstTray : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void trayRegistersAndShowsTheUnreadCount();
    void unreadCountOnTheIconIsAnOption();
    void startMinimizedIsOnlyTheIcon();
    void refreshSendsOneGroupedNotification();
    void hostileTitlesArriveEscaped();
    void refreshWithoutNewItemsSendsNothing();
    void optedOutFeedsAreNotCounted();
    void onlyChosenFeedsInOptInMode();
    void quietWhileTheWindowIsFocused();
    void clickOpensTheWindowOnTheItems();
    void unseenNotificationsAddUp();
    void hugeAnnouncementsOpenTheFeedOrUnread();
    void closeAndMinimizeToTrayThenQuit();
    void preferencesTrayGroupScreenshot();

private:
    QList<Notify> notifies();
    QStringList lines(const QByteArray &kind);
    void refresh(MainWindow &window);
    void settle() { QTest::qWait(400); }   // time for a notification that should not come
    // The loopback server answers `path` with an Atom feed of `count` stories.
    void serveAtom(const QByteArray &path, const QString &title, const QString &key, int count)
    {
        m_server->respond(path, 200, atom(title, key, stories(title, count)), {{"Content-Type", "application/atom+xml"}});
    }
    MainWindow *newWindow();

    QProcess m_host;
    QByteArray m_output;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<MainWindow> m_window;
};

void TstTray::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run under dbus-run-session");
    connect(&m_host, &QProcess::readyReadStandardOutput, this, [this] { m_output += m_host.readAllStandardOutput(); });
    m_host.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_host.start(QStringLiteral(TIDINGS_FAKEHOST), {});
    QVERIFY(m_host.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(m_output.contains("READY\t"), 10000);
    QVERIFY2(m_output.contains("READY\t1"), m_output.constData());
    // The D-Bus tray is chosen when the watcher reports a host, which fakehost does.
    QVERIFY(QSystemTrayIcon::isSystemTrayAvailable());
}

void TstTray::cleanupTestCase()
{
    m_host.terminate();
    m_host.waitForFinished(5000);
}

void TstTray::init()
{
    m_output.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    QCOMPARE(m_store->open(m_dir->path()), QString());
    m_server = std::make_unique<ScriptedHttpServer>();
    AppSettings settings(m_dir->path());
    settings.setRefreshAtStart(false);
    settings.setShowTrayIcon(true);
    settings.setQuietWhileFocused(false);
}

void TstTray::cleanup()
{
    m_window.reset();
    m_server.reset();
    m_store.reset();
    m_dir.reset();
}

MainWindow *TstTray::newWindow()
{
    m_window = std::make_unique<MainWindow>(*m_store, m_dir->path());
    return m_window.get();
}

QStringList TstTray::lines(const QByteArray &kind)
{
    QStringList out;
    for (const QByteArray &line : m_output.split('\n')) {
        if (line.startsWith(kind + '\t'))
            out.append(QString::fromUtf8(line));
    }
    return out;
}

QList<Notify> TstTray::notifies()
{
    QList<Notify> out;
    for (const QString &line : lines("NOTIFY")) {
        const QStringList fields = line.split(u'\t');
        if (fields.size() < 7)
            continue;
        out.append({fields.at(1).toUInt(), unescapeField(fields.at(2)), unescapeField(fields.at(4)),
                    unescapeField(fields.at(5)), unescapeField(fields.at(6)), fields.at(3).toUInt()});
    }
    return out;
}

void TstTray::refresh(MainWindow &window)
{
    QSignalSpy finished(&window.refreshService(), &RefreshService::finished);
    QSignalSpy announced(&window.tray(), &TrayController::announced);
    window.action(QStringLiteral("refreshAllAction"))->trigger();
    QVERIFY(finished.wait(20000));
    QTRY_COMPARE(announced.size(), 1);
}

void TstTray::trayRegistersAndShowsTheUnreadCount()
{
    addFeed(*m_store, m_server->url(QStringLiteral("/a.xml")).toString());
    serveAtom("/a.xml", QStringLiteral("Alpha"), QStringLiteral("a"), 3);
    MainWindow &window = *newWindow();
    window.showAtStart();
    QVERIFY(window.tray().trayShown());
    QTRY_COMPARE_WITH_TIMEOUT(lines("REGISTER").size(), 1, 10000);
    // Qt registers its item under a bus connection of its own, in this process.
    const QString service = lines("REGISTER").first().section(u'\t', 1);
    const QDBusReply<uint> pid = QDBusConnection::sessionBus().interface()->servicePid(service);
    QVERIFY2(pid.isValid(), qPrintable(service));
    QCOMPARE(qint64(pid.value()), QCoreApplication::applicationPid());
    QCOMPARE(window.tray().trayIcon()->systemTrayIcon()->toolTip(), NotificationTexts::toolTip(0));

    refresh(window);
    QTRY_COMPARE(window.tray().trayIcon()->unreadCount(), 3);
    QSystemTrayIcon *icon = window.tray().trayIcon()->systemTrayIcon();
    QCOMPARE(icon->toolTip(), QStringLiteral("Tidings\n3 unread item(s)"));
    // The icon shown is the badge drawing, not the plain app icon.
    const QImage shown = icon->icon().pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32);
    const QImage badge = UnreadBadge::image(window.windowIcon(), 3, 32, 1.0).convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(shown, badge);

    // The menu: Show/Hide, Refresh All, Pause Automatic Refresh (the window's own checkable
    // action), Mark All Read, Quit; a click toggles the window. The middle three are the window's
    // own actions, so their enabled state, keys and check mark stay one thing.
    QList<QAction *> entries;
    for (QAction *action : icon->contextMenu()->actions()) {
        if (!action->isSeparator())
            entries.append(action);
    }
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.at(0)->text().remove(u'&'), QStringLiteral("Hide Tidings"));
    QCOMPARE(entries.at(1), window.action(QStringLiteral("refreshAllAction")));
    QCOMPARE(entries.at(2), window.action(QStringLiteral("actionPauseRefresh")));
    QCOMPARE(entries.at(3), window.action(QStringLiteral("markAllReadAction")));
    QCOMPARE(entries.at(4)->text().remove(u'&'), QStringLiteral("Quit"));
    QVERIFY(entries.at(2)->isCheckable());
    // Mark All Read from the tray: the count on the icon and in the tooltip follows.
    entries.at(3)->trigger();
    QTRY_COMPARE(window.tray().trayIcon()->unreadCount(), 0);
    QCOMPARE(icon->toolTip(), NotificationTexts::toolTip(0));
    emit icon->activated(QSystemTrayIcon::Trigger);
    QTRY_VERIFY(!window.isVisible());
    QCOMPARE(icon->contextMenu()->actions().first()->text().remove(u'&'), QStringLiteral("Show Tidings"));
    emit icon->activated(QSystemTrayIcon::Trigger);
    QTRY_VERIFY(window.isVisible());

    const QString folder = qEnvironmentVariable("TIDINGS_SCREENSHOTS");
    if (!folder.isEmpty()) {
        for (int unread : {3, 42, 1234}) {
            for (qreal ratio : {1.0, 2.0}) {
                UnreadBadge::image(window.windowIcon(), unread, 22, ratio)
                    .scaled(QSize(176, 176) * ratio, Qt::KeepAspectRatio, Qt::FastTransformation)
                    .save(folder + QStringLiteral("/tray-badge-%1-%2x.png").arg(unread).arg(ratio));
                UnreadBadge::image(window.windowIcon(), unread, 22, ratio)
                    .save(folder + QStringLiteral("/tray-badge-%1-%2x-actual.png").arg(unread).arg(ratio));
            }
        }
    }
}

// "Show unread count" off: the plain app icon, and the count still in the tooltip; on again (as
// Preferences applies it), the badge.
void TstTray::unreadCountOnTheIconIsAnOption()
{
    addFeed(*m_store, m_server->url(QStringLiteral("/a.xml")).toString());
    serveAtom("/a.xml", QStringLiteral("Alpha"), QStringLiteral("a"), 3);
    AppSettings(m_dir->path()).setShowUnreadOnIcon(false);
    MainWindow &window = *newWindow();
    window.showAtStart();
    refresh(window);
    QTRY_COMPARE(window.tray().trayIcon()->unreadCount(), 3);
    QSystemTrayIcon *icon = window.tray().trayIcon()->systemTrayIcon();
    const auto shown = [icon] {
        return icon->icon().pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32);
    };
    const QImage plain = window.windowIcon().pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32);
    const QImage badge = UnreadBadge::image(window.windowIcon(), 3, 32, 1.0).convertToFormat(QImage::Format_ARGB32);
    QVERIFY(plain != badge);
    QCOMPARE(shown(), plain);
    QCOMPARE(icon->toolTip(), QStringLiteral("Tidings\n3 unread item(s)"));

    AppSettings(m_dir->path()).setShowUnreadOnIcon(true);
    window.tray().applySettings();
    QCOMPARE(shown(), badge);
    QCOMPARE(icon->toolTip(), QStringLiteral("Tidings\n3 unread item(s)"));
}

// "Start minimized" with a tray: only the icon, no window (not even a minimized one in the
// taskbar); a click on the icon brings it up.
void TstTray::startMinimizedIsOnlyTheIcon()
{
    AppSettings(m_dir->path()).setStartMinimized(true);
    MainWindow &window = *newWindow();
    window.showAtStart();
    QVERIFY(window.tray().trayShown());
    QTest::qWait(200);
    QVERIFY(!window.isVisible());
    QSystemTrayIcon *icon = window.tray().trayIcon()->systemTrayIcon();
    QCOMPARE(icon->contextMenu()->actions().first()->text().remove(u'&'), QStringLiteral("Show Tidings"));
    emit icon->activated(QSystemTrayIcon::Trigger);
    QTRY_VERIFY(window.isVisible());
    QVERIFY(!window.isMinimized());
    QCOMPARE(icon->contextMenu()->actions().first()->text().remove(u'&'), QStringLiteral("Hide Tidings"));
}

void TstTray::refreshSendsOneGroupedNotification()
{
    addFeed(*m_store, m_server->url(QStringLiteral("/a.xml")).toString());
    addFeed(*m_store, m_server->url(QStringLiteral("/b.xml")).toString());
    serveAtom("/a.xml", QStringLiteral("Alpha"), QStringLiteral("a"), 3);
    serveAtom("/b.xml", QStringLiteral("Beta"), QStringLiteral("b"), 4);
    MainWindow &window = *newWindow();
    window.show();
    refresh(window);
    QTRY_COMPARE(notifies().size(), 1);
    settle();
    const QList<Notify> sent = notifies();
    QCOMPARE(sent.size(), 1);   // one for the whole refresh, never one per item or feed
    const Notify &n = sent.first();
    QCOMPARE(n.app, QStringLiteral("tst_tray"));
    QCOMPARE(n.summary, QStringLiteral("7 new item(s) in 2 feed(s)"));
    const QStringList body = n.body.split(u'\n');
    QCOMPARE(body.size(), NotificationTexts::kMaxTitles + 1);
    for (const QString &line : body.mid(0, NotificationTexts::kMaxTitles))
        QVERIFY2(QRegularExpression(QStringLiteral("^(Alpha|Beta): Story \\d of (Alpha|Beta)$")).match(line).hasMatch(),
                 qPrintable(line));
    QCOMPARE(body.last(), QStringLiteral("and 3 more"));
    QCOMPARE(n.actions, QStringLiteral("default,Show"));
}

void TstTray::hostileTitlesArriveEscaped()
{
    addFeed(*m_store, m_server->url(QStringLiteral("/evil.xml")).toString());
    const QString pixel = m_server->url(QStringLiteral("/pixel.png")).toString();
    const QStringList titles = {
        QStringLiteral("&lt;b&gt;x&lt;/b&gt;"),
        QStringLiteral("&lt;a href=\"%1\"&gt;click&lt;/a&gt; &amp; more").arg(m_server->url(QStringLiteral("/click")).toString()),
        QStringLiteral("&lt;img src=%1&gt;").arg(pixel),
        // C1 control (CSI), a bidi override and a newline: none may reach the server as such.
        QStringLiteral("Bell\u009b[31m red &#10;second line \u202Egnp.exe"),
    };
    m_server->respond("/evil.xml", 200, atom(QStringLiteral("&lt;i&gt;Evil&lt;/i&gt; feed"), QStringLiteral("e"), titles),
                      {{"Content-Type", "application/atom+xml"}});
    MainWindow &window = *newWindow();
    window.show();
    refresh(window);
    QTRY_COMPARE(notifies().size(), 1);
    const Notify n = notifies().first();
    // The titles were stored as the feed wrote them (plain text with markup characters in it) ...
    ItemFilter all;
    const QList<ItemRow> stored = m_store->items(all).rows;
    QCOMPARE(stored.size(), 4);
    QVERIFY(std::any_of(stored.cbegin(), stored.cend(), [](const ItemRow &r) { return r.title == QStringLiteral("<b>x</b>"); }));
    // ... and arrive as text: every markup character an entity (fakehost says it reads body markup).
    QCOMPARE(n.summary, QStringLiteral("4 new item(s)"));
    const QString feed = QStringLiteral("&lt;i&gt;Evil&lt;/i&gt; feed: ");
    QVERIFY2(n.body.contains(feed + QStringLiteral("&lt;b&gt;x&lt;/b&gt;")), qPrintable(n.body));
    QVERIFY2(n.body.contains(feed + QStringLiteral("&lt;a href=&quot;%1&quot;&gt;click&lt;/a&gt; &amp; more")
                                        .arg(m_server->url(QStringLiteral("/click")).toString())),
             qPrintable(n.body));
    QVERIFY2(n.body.contains(feed + QStringLiteral("&lt;img src=%1&gt;").arg(pixel)), qPrintable(n.body));
    QVERIFY2(n.body.contains(feed + QStringLiteral("Bell[31m red second line gnp.exe")), qPrintable(n.body));
    for (const QChar c : n.body)
        QVERIFY2(c != u'<' && c != u'>' && c.unicode() != 0x9b && c.unicode() != 0x202e, qPrintable(n.body));
    QVERIFY(!n.body.contains(u'\\'));   // fakehost escapes control characters it receives: none came
    for (const auto &request : m_server->requests())
        QVERIFY(request.path != "/pixel.png" && request.path != "/click");
}

void TstTray::refreshWithoutNewItemsSendsNothing()
{
    addFeed(*m_store, m_server->url(QStringLiteral("/a.xml")).toString());
    serveAtom("/a.xml", QStringLiteral("Alpha"), QStringLiteral("a"), 2);
    MainWindow &window = *newWindow();
    window.show();
    refresh(window);
    QTRY_COMPARE(notifies().size(), 1);
    // The same document again (no 304, no ETag: fetched, parsed, every item known).
    refresh(window);
    settle();
    QCOMPARE(notifies().size(), 1);
}

void TstTray::optedOutFeedsAreNotCounted()
{
    const qint64 a = addFeed(*m_store, m_server->url(QStringLiteral("/a.xml")).toString());
    addFeed(*m_store, m_server->url(QStringLiteral("/b.xml")).toString());
    FeedOptions quiet;
    quiet.url = m_server->url(QStringLiteral("/a.xml")).toString();
    quiet.notify = false;
    QVERIFY(sync(*m_store, [&](Completion done) { m_store->setFeedOptions(a, quiet, done); }).ok);
    serveAtom("/a.xml", QStringLiteral("Alpha"), QStringLiteral("a"), 5);
    serveAtom("/b.xml", QStringLiteral("Beta"), QStringLiteral("b"), 2);
    MainWindow &window = *newWindow();
    window.show();
    refresh(window);
    QTRY_COMPARE(notifies().size(), 1);
    const Notify n = notifies().first();
    QCOMPARE(n.summary, QStringLiteral("2 new item(s)"));
    QCOMPARE(n.body, QStringLiteral("Beta: Story 1 of Beta\nBeta: Story 2 of Beta"));
}

void TstTray::onlyChosenFeedsInOptInMode()
{
    addFeed(*m_store, m_server->url(QStringLiteral("/a.xml")).toString());
    const qint64 b = addFeed(*m_store, m_server->url(QStringLiteral("/b.xml")).toString());
    {
        AppSettings settings(m_dir->path());
        settings.setNotifyScope(NotifyScope::ChosenFeeds);
    }
    serveAtom("/a.xml", QStringLiteral("Alpha"), QStringLiteral("a"), 5);
    serveAtom("/b.xml", QStringLiteral("Beta"), QStringLiteral("b"), 1);
    MainWindow &window = *newWindow();
    window.show();
    // Nothing chosen yet: nothing announced.
    refresh(window);
    settle();
    QCOMPARE(notifies().size(), 0);
    AppSettings(m_dir->path()).setNotifyChosen(b, true);
    serveAtom("/a.xml", QStringLiteral("Alpha"), QStringLiteral("a"), 7);
    serveAtom("/b.xml", QStringLiteral("Beta"), QStringLiteral("b"), 2);
    // The window's settings object reads the same file.
    window.tray().applySettings();
    refresh(window);
    QTRY_COMPARE(notifies().size(), 1);
    QCOMPARE(notifies().first().summary, QStringLiteral("1 new item(s)"));
    QCOMPARE(notifies().first().body, QStringLiteral("Beta: Story 2 of Beta"));
}

void TstTray::quietWhileTheWindowIsFocused()
{
    addFeed(*m_store, m_server->url(QStringLiteral("/a.xml")).toString());
    serveAtom("/a.xml", QStringLiteral("Alpha"), QStringLiteral("a"), 2);
    AppSettings(m_dir->path()).setQuietWhileFocused(true);
    MainWindow &window = *newWindow();
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    refresh(window);
    settle();
    QCOMPARE(notifies().size(), 0);
    // A dialog of the app in front (Preferences, Add Feed): the reader is still here.
    serveAtom("/a.xml", QStringLiteral("Alpha"), QStringLiteral("a"), 3);
    {
        QDialog dialog(&window);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        refresh(window);
        settle();
        QCOMPARE(notifies().size(), 0);
    }
    // The same refresh with the window in the tray is announced (the test can see one).
    serveAtom("/a.xml", QStringLiteral("Alpha"), QStringLiteral("a"), 4);
    window.hide();
    QTRY_VERIFY(!window.isActiveWindow());
    refresh(window);
    QTRY_COMPARE(notifies().size(), 1);
    QCOMPARE(notifies().first().summary, QStringLiteral("1 new item(s)"));
}

void TstTray::clickOpensTheWindowOnTheItems()
{
    const qint64 a = addFeed(*m_store, m_server->url(QStringLiteral("/a.xml")).toString());
    const qint64 b = addFeed(*m_store, m_server->url(QStringLiteral("/b.xml")).toString());
    // An item of a that is unread but older than this refresh: in Unread, not among the new ones.
    const WriteResult older = storeFeed(*m_store, a, makeFeed(0, 1));
    QCOMPARE(older.ids.size(), 1);
    const qint64 a0 = older.ids.first();
    serveAtom("/a.xml", QStringLiteral("Alpha"), QStringLiteral("a"), 1);
    serveAtom("/b.xml", QStringLiteral("Beta"), QStringLiteral("b"), 1);
    MainWindow &window = *newWindow();
    window.show();
    refresh(window);
    QTRY_COMPARE(notifies().size(), 1);
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("subscriptionsView"));
    auto *list = window.findChild<QTreeView *>(QStringLiteral("itemsView"));
    auto *title = window.findChild<QLabel *>(QStringLiteral("itemSetTitle"));
    QVERIFY(tree && list && title);
    const auto idOf = [this](const QString &itemTitle) {
        for (const ItemSummary &item : m_store->itemSummaries({}).rows) {
            if (item.title == itemTitle)
                return item.id;
        }
        return qint64(0);
    };
    const auto listed = [list] {   // what the list shows, top to bottom
        QList<qint64> ids;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            ids.append(list->model()->index(row, 0).data(ItemListModel::ItemIdRole).toLongLong());
        return ids;
    };
    const qint64 a1 = idOf(QStringLiteral("Story 1 of Alpha"));
    const qint64 b1 = idOf(QStringLiteral("Story 1 of Beta"));
    QVERIFY(a1 > 0 && b1 > 0);

    // Two feeds: exactly their new items, under a title, with no subscription current.
    window.hide();
    click(notifies().first().id);
    QTRY_VERIFY(window.isVisible());
    const auto listedSet = [&listed] {
        const QList<qint64> ids = listed();
        return QSet<qint64>(ids.cbegin(), ids.cend());
    };
    QTRY_COMPARE(listedSet(), (QSet<qint64>{a1, b1}));   // not a0
    QVERIFY(window.showsNewItems());
    QVERIFY(!tree->currentIndex().isValid());
    QVERIFY(title->isVisible());
    QVERIFY2(title->text().startsWith(QLatin1String("2 ")), qPrintable(title->text()));

    // One feed, which has an older unread item: only the new ones, newest first, the newest shown.
    // A click on some other program's notification (another id) does nothing.
    sync(*m_store, [&](Completion done) { m_store->markRead(ItemSelection::items({a1, b1}), false, done); });
    serveAtom("/b.xml", QStringLiteral("Beta"), QStringLiteral("b"), 3);
    refresh(window);
    QTRY_COMPARE(notifies().size(), 2);
    const qint64 b2 = idOf(QStringLiteral("Story 2 of Beta"));
    const qint64 b3 = idOf(QStringLiteral("Story 3 of Beta"));
    QVERIFY(b2 > 0 && b3 > 0);
    window.hide();
    click(notifies().last().id + 100);
    QTest::qWait(300);
    QVERIFY(!window.isVisible());
    click(notifies().last().id);
    QTRY_VERIFY(window.isVisible());
    QTRY_COMPARE(listed(), (QList<qint64>{b3, b2}));   // not b1, unread in the same feed
    QVERIFY(!tree->currentIndex().isValid());
    QVERIFY2(title->text().startsWith(QLatin1String("2 ")), qPrintable(title->text()));
    QCOMPARE(list->currentIndex().row(), 0);
    QTRY_COMPARE(window.currentItemId(), b3);
    const QString folder = qEnvironmentVariable("TIDINGS_SCREENSHOTS");
    if (!folder.isEmpty()) {
        QTest::qWait(1000);   // the article's first paint
        window.grab().save(folder + QStringLiteral("/new-items-click.png"));
    }

    // A list like any other: Mark Feed Read marks these items, not the feed or everything.
    window.action(QStringLiteral("markSelectionReadAction"))->trigger();
    QTRY_VERIFY(m_store->item(b2).rows.value(0).read);
    QVERIFY(m_store->item(b3).rows.value(0).read);
    m_store->waitForIdle();
    QVERIFY(!m_store->item(b1).rows.value(0).read);
    QVERIFY(!m_store->item(a1).rows.value(0).read);
    QVERIFY(!m_store->item(a0).rows.value(0).read);
    QCOMPARE(listed(), (QList<qint64>{b3, b2}));

    // Choosing a subscription returns to the usual lists.
    window.selectSubscription(window.subscriptionModel()->feedIndex(b));
    QTRY_COMPARE(listed(), (QList<qint64>{b3, b2, b1}));
    QVERIFY(!window.showsNewItems());
    QVERIFY(title->isHidden());
}

// A notification replaces the one before, so while the reader has not seen that one (no click, not
// dismissed, the app not brought up) the new one announces both refreshes' items.
void TstTray::unseenNotificationsAddUp()
{
    addFeed(*m_store, m_server->url(QStringLiteral("/a.xml")).toString());
    addFeed(*m_store, m_server->url(QStringLiteral("/b.xml")).toString());
    serveAtom("/a.xml", QStringLiteral("Alpha"), QStringLiteral("a"), 2);
    serveAtom("/b.xml", QStringLiteral("Beta"), QStringLiteral("b"), 0);
    MainWindow &window = *newWindow();   // hidden: the reader is away
    QVERIFY(!QApplication::activeWindow());
    auto *list = window.findChild<QTreeView *>(QStringLiteral("itemsView"));
    QVERIFY(list);
    const auto listedTitles = [this, list] {
        QStringList titles;
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const qint64 id = list->model()->index(row, 0).data(ItemListModel::ItemIdRole).toLongLong();
            titles.append(m_store->item(id).rows.value(0).title);
        }
        titles.sort();
        return titles;
    };

    refresh(window);
    QTRY_COMPARE(notifies().size(), 1);
    QCOMPARE(notifies().last().summary, QStringLiteral("2 new item(s)"));
    QCOMPARE(notifies().last().replaces, 0u);

    serveAtom("/b.xml", QStringLiteral("Beta"), QStringLiteral("b"), 1);
    refresh(window);
    QTRY_COMPARE(notifies().size(), 2);
    const Notify both = notifies().last();
    QCOMPARE(both.replaces, notifies().first().id);
    QCOMPARE(both.summary, QStringLiteral("3 new item(s) in 2 feed(s)"));
    QCOMPARE(both.body, QStringLiteral("Beta: Story 1 of Beta\nAlpha: Story 1 of Alpha\nAlpha: Story 2 of Alpha"));

    // The click lists all three; having seen them, the next notification is about its own items.
    click(both.id);
    QTRY_VERIFY(window.isVisible());
    QTRY_COMPARE(listedTitles(), (QStringList{QStringLiteral("Story 1 of Alpha"), QStringLiteral("Story 1 of Beta"),
                                              QStringLiteral("Story 2 of Alpha")}));
    window.hide();
    QTRY_VERIFY(!QApplication::activeWindow());
    serveAtom("/b.xml", QStringLiteral("Beta"), QStringLiteral("b"), 2);
    refresh(window);
    QTRY_COMPARE(notifies().size(), 3);
    QCOMPARE(notifies().last().summary, QStringLiteral("1 new item(s)"));

    // Expired, it waits in the desktop's list, unseen: it still adds up. Dismissed, it was seen.
    tellServer(QStringLiteral("Close"), notifies().last().id, 1u);
    serveAtom("/a.xml", QStringLiteral("Alpha"), QStringLiteral("a"), 3);
    refresh(window);
    QTRY_COMPARE(notifies().size(), 4);
    QCOMPARE(notifies().last().summary, QStringLiteral("2 new item(s) in 2 feed(s)"));
    tellServer(QStringLiteral("Close"), notifies().last().id, 2u);
    QTest::qWait(200);   // the signal's way back over the bus
    serveAtom("/a.xml", QStringLiteral("Alpha"), QStringLiteral("a"), 4);
    refresh(window);
    QTRY_COMPARE(notifies().size(), 5);
    QCOMPARE(notifies().last().summary, QStringLiteral("1 new item(s)"));
    QCOMPARE(notifies().last().body, QStringLiteral("Alpha: Story 4 of Alpha"));
}

// Past TrayController::kMaxItemsListed new items (a first refresh after an import brings about
// everything) a click does not list them by id: it opens their feed, or Unread when they are
// from several.
void TstTray::hugeAnnouncementsOpenTheFeedOrUnread()
{
    const int many = TrayController::kMaxItemsListed + 1;
    const qint64 a = addFeed(*m_store, m_server->url(QStringLiteral("/a.xml")).toString());
    addFeed(*m_store, m_server->url(QStringLiteral("/b.xml")).toString());
    serveAtom("/a.xml", QStringLiteral("Alpha"), QStringLiteral("a"), many);
    serveAtom("/b.xml", QStringLiteral("Beta"), QStringLiteral("b"), 0);
    MainWindow &window = *newWindow();
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("subscriptionsView"));
    QVERIFY(tree);

    refresh(window);
    QTRY_COMPARE(notifies().size(), 1);
    QCOMPARE(notifies().last().summary, QStringLiteral("%1 new item(s)").arg(many));
    click(notifies().last().id);
    QTRY_VERIFY(window.isVisible());
    QTRY_COMPARE(tree->currentIndex().data(SubscriptionModel::FeedIdRole).toLongLong(), a);
    QVERIFY(!window.showsNewItems());

    // Unseen, the next announcement adds up: many items of two feeds.
    window.hide();
    QTRY_VERIFY(!QApplication::activeWindow());
    serveAtom("/a.xml", QStringLiteral("Alpha"), QStringLiteral("a"), many + 1);
    serveAtom("/b.xml", QStringLiteral("Beta"), QStringLiteral("b"), many);
    refresh(window);
    QTRY_COMPARE(notifies().size(), 2);
    QCOMPARE(notifies().last().summary, QStringLiteral("%1 new item(s) in 2 feed(s)").arg(many + 1));
    click(notifies().last().id);
    QTRY_VERIFY(window.isVisible());
    QTRY_COMPARE(tree->currentIndex().data(SubscriptionModel::SmartEntryRole).toInt(), int(SmartEntry::Unread));
    QVERIFY(!window.showsNewItems());
}

void TstTray::closeAndMinimizeToTrayThenQuit()
{
    {
        AppSettings settings(m_dir->path());
        settings.setCloseToTray(true);
        settings.setMinimizeToTray(true);
    }
    MainWindow &window = *newWindow();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy lastClosed(qApp, &QGuiApplication::lastWindowClosed);
    // The window manager's close button: into the tray, the app still there.
    window.windowHandle()->close();
    QTRY_VERIFY(!window.isVisible());
    QCOMPARE(lastClosed.size(), 0);
    window.tray().showWindow();
    QTRY_VERIFY(window.isVisible());
    window.showMinimized();
    QTRY_VERIFY(!window.isVisible());
    window.tray().showWindow();
    QTRY_VERIFY(window.isVisible());
    QVERIFY(!window.isMinimized());
    // The tray's Quit really closes it (File → Quit does the same: a close that is not spontaneous).
    // The event loop ends by itself: a quit while the window is in the tray is a quit too.
    window.hide();
    QAction *quit = window.tray().trayIcon()->menu()->findChild<QAction *>(QStringLiteral("trayQuitAction"));
    QVERIFY(quit);
    QTimer::singleShot(0, quit, &QAction::trigger);
    QTimer failsafe;
    failsafe.setSingleShot(true);
    connect(&failsafe, &QTimer::timeout, qApp, [] { QCoreApplication::exit(42); });
    failsafe.start(10000);
    QCOMPARE(QApplication::exec(), 0);
    QVERIFY(!window.isVisible());
}

void TstTray::preferencesTrayGroupScreenshot()
{
    MainWindow &window = *newWindow();
    AppSettings settings(m_dir->path());
    PreferencesDialog dialog(settings, {}, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *group = dialog.findChild<QGroupBox *>(QStringLiteral("trayGroup"));
    QVERIFY(group && group->isVisible());
    const QString folder = qEnvironmentVariable("TIDINGS_SCREENSHOTS");
    if (!folder.isEmpty()) {
        dialog.grab().save(folder + QStringLiteral("/preferences-tray-%1x.png").arg(dialog.devicePixelRatioF()));
        group->grab().save(folder + QStringLiteral("/preferences-tray-group-%1x.png").arg(dialog.devicePixelRatioF()));
    }
}

int main(int argc, char **argv)
{
    registerArticleScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TstTray test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tray.moc"
