// The main window driven as a person drives it: a real profile (SQLite file in a temporary folder),
// real feeds from a loopback server, the real article view (WebEngine, offscreen), keys typed into
// the window. Screenshots of the wide and classic layouts go to $TIDINGS_SCREENSHOTS when set.

#include "app/appsettings.h"
#include "app/article/articlescheme.h"
#include "app/article/articleview.h"
#include "app/mainwindow.h"
#include "app/models/itemlistmodel.h"
#include "app/models/subscriptionmodel.h"

#include "../support/scriptedhttpserver.h"
#include "../support/webenginehelpers.h"
#include "../unit/tst_storehelpers.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QTest>
#include <QTreeView>

using namespace tidings;
using namespace tidings::app;
using namespace storetest;

namespace {

QByteArray rssWithItems(const QString &title, int first, int count)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>"
                     + title.toUtf8() + "</title><link>https://example.org/</link>";
    for (int n = first; n < first + count; ++n) {
        const QByteArray number = QByteArray::number(n);
        xml += "<item><title>Story " + number + " of " + title.toHtmlEscaped().toUtf8() + "</title><link>https://example.org/"
               + number + "</link><guid>urn:story:" + title.toUtf8() + ":" + number
               + "</guid><pubDate>Mon, 02 Nov 2026 10:" + QByteArray::number(10 + n % 50)
               + ":00 GMT</pubDate><description><![CDATA[<p>Body of story " + number
               + " with <b>bold</b> words.</p>]]></description></item>";
    }
    return xml + "</channel></rss>";
}

// Keys go where a person's keys go: to the widget with the focus.
void press(QWidget &window, Qt::Key key)
{
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target && target->window() == &window ? target : &window, key);
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("TIDINGS_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QTest::qWait(1200);   // WebEngine paints asynchronously
    widget.grab().save(folder + u'/' + name + QStringLiteral(".png"));
}

} // namespace

class TstMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstRunShowsWelcome();
    void readingWithTheKeyboard();
    void refreshShowsProgressAndNewItems();
    void refreshesAtStartAndOnSchedule();
    void layoutAndSplittersPersist();
    void windowDroppedMidRefreshAndMidMark();
    void markFeedReadCanBeUndone_data();
    void markFeedReadCanBeUndone();

private:
    qint64 addStoredFeed(const QString &title, int items);
    void waitForIdle() { m_store->waitForIdle(); QCoreApplication::processEvents(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TstMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    QCOMPARE(m_store->open(m_dir->path()), QString());
}

void TstMainWindow::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TstMainWindow::addStoredFeed(const QString &title, int items)
{
    const qint64 feed = addFeed(*m_store, QStringLiteral("https://example.org/%1.xml").arg(title));
    Feed parsed = makeFeed(feed * 100, items, QStringLiteral(" of ") + title);
    parsed.title = title;
    storeFeed(*m_store, feed, parsed);
    return feed;
}

void TstMainWindow::firstRunShowsWelcome()
{
    MainWindow window(*m_store, m_dir->path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(window.articleView(), &ArticleView::loadFinished);
    QVERIFY(loaded.wait(20000) || !loaded.isEmpty());
    QSignalSpy addRequested(window.articleView(), &ArticleView::addFeedRequested);
    QCOMPARE(window.itemModel()->rowCount(), 0);
    saveScreenshot(window, QStringLiteral("welcome"));
}

void TstMainWindow::readingWithTheKeyboard()
{
    const qint64 first = addStoredFeed(QStringLiteral("Alpha"), 3);
    addStoredFeed(QStringLiteral("Beta"), 2);
    MainWindow window(*m_store, m_dir->path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.itemModel()->rowCount(), 5);   // "All" is selected first

    // j shows the first item and marks it read in the store.
    QSignalSpy loaded(window.articleView(), &ArticleView::loadFinished);
    press(window, Qt::Key_J);
    QTRY_VERIFY(window.currentItemId() != 0);
    const qint64 shown = window.currentItemId();
    QCOMPARE(shown, window.itemModel()->index(0, 0).data(ItemListModel::ItemIdRole).toLongLong());   // the top one
    // Nothing else was marked read on the way (opening the window, focusing the list).
    ItemFilter unreadNow;
    unreadNow.unreadOnly = true;
    QTRY_COMPARE(m_store->items(unreadNow).rows.size(), 4);
    QTRY_VERIFY(m_store->item(shown).rows.value(0).read);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    // What the article pane shows is that item: its title and its sanitized text.
    const ItemRow item = m_store->item(shown).rows.value(0);
    auto *web = window.articleView()->findChild<QWebEngineView *>();
    QVERIFY(web);
    QTRY_VERIFY_WITH_TIMEOUT(webtest::plainText(web->page()).contains(item.title), 10000);
    QVERIFY(webtest::plainText(web->page()).contains(QStringLiteral("with some text & more")));
    saveScreenshot(window, QStringLiteral("reading-wide"));

    // k at the top stays; j moves on; m toggles read back; s stars.
    press(window, Qt::Key_J);
    QTRY_VERIFY(window.currentItemId() != shown);
    const qint64 second = window.currentItemId();
    QTRY_VERIFY(m_store->item(second).rows.value(0).read);
    press(window, Qt::Key_M);
    QTRY_VERIFY(!m_store->item(second).rows.value(0).read);
    press(window, Qt::Key_S);
    QTRY_VERIFY(m_store->item(second).rows.value(0).starred);
    press(window, Qt::Key_K);
    QTRY_COMPARE(window.currentItemId(), shown);

    // Selecting a feed lists its items only.
    window.selectSubscription(window.subscriptionModel()->feedIndex(first));
    QTRY_COMPARE(window.itemModel()->rowCount(), 3);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(window.itemModel()->index(row, 0).data(ItemListModel::FeedIdRole).toLongLong(), first);

    // n walks the unread ones, across feeds, until none is left.
    for (int i = 0; i < 5; ++i)
        press(window, Qt::Key_N);
    waitForIdle();
    ItemFilter unread;
    unread.unreadOnly = true;
    QTRY_COMPARE(m_store->items(unread).rows.size(), 0);
}

void TstMainWindow::refreshShowsProgressAndNewItems()
{
    ScriptedHttpServer server;
    server.respond("/news.xml", 200, rssWithItems(QStringLiteral("News"), 1, 4),
                   {{"Content-Type", "application/rss+xml"}});
    addFeed(*m_store, server.url(QStringLiteral("/news.xml")).toString());
    MainWindow window(*m_store, m_dir->path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window.refreshService(), &RefreshService::finished);
    window.action(QStringLiteral("refreshAllAction"))->trigger();
    QVERIFY(finished.wait(20000));
    const auto summary = finished.first().first().value<RefreshSummary>();
    QCOMPARE(summary.newItems, 4);
    QTRY_COMPARE(window.itemModel()->rowCount(), 4);
    // The feed's title came from the document and the counts follow.
    QTRY_VERIFY(!window.subscriptionModel()->match(window.subscriptionModel()->index(0, 0), Qt::DisplayRole,
                                                   QStringLiteral("News"), 1, Qt::MatchRecursive).isEmpty());
}

void TstMainWindow::refreshesAtStartAndOnSchedule()
{
    ScriptedHttpServer server;
    server.respond("/news.xml", 200, rssWithItems(QStringLiteral("News"), 1, 3),
                   {{"Content-Type", "application/rss+xml"}});
    addFeed(*m_store, server.url(QStringLiteral("/news.xml")).toString());
    {
        AppSettings settings(m_dir->path());
        settings.setRefreshAtStart(true);
        settings.setRefreshIntervalMinutes(30);
    }
    MainWindow window(*m_store, m_dir->path());
    QSignalSpy finished(&window.refreshService(), &RefreshService::finished);
    window.show();
    // Without anyone asking: the refresh at start.
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<RefreshSummary>().newItems, 3);
    QTRY_COMPARE(window.itemModel()->rowCount(), 3);
    // And a timer that asks the core for due feeds a few times per interval.
    const QTimer &timer = window.automaticRefreshTimer();
    QVERIFY(timer.isActive());
    QCOMPARE(timer.interval(), 5 * 60 * 1000);
    // Just refreshed: nothing is due, so a scheduled check fetches nothing and changes nothing shown.
    const qsizetype requests = server.requests().size();
    window.refreshDue();
    QTest::qWait(300);
    QCOMPARE(server.requests().size(), requests);
}

void TstMainWindow::layoutAndSplittersPersist()
{
    addStoredFeed(QStringLiteral("Alpha"), 2);
    QList<int> sizesBefore;
    {
        MainWindow window(*m_store, m_dir->path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.action(QStringLiteral("classicLayoutAction"))->trigger();
        auto *reading = window.findChild<QSplitter *>(QStringLiteral("readingSplitter"));
        QCOMPARE(reading->orientation(), Qt::Vertical);
        reading->setSizes({200, 500});
        sizesBefore = reading->sizes();
        saveScreenshot(window, QStringLiteral("reading-classic"));
        window.close();
    }
    MainWindow again(*m_store, m_dir->path());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    auto *reading = again.findChild<QSplitter *>(QStringLiteral("readingSplitter"));
    QCOMPARE(reading->orientation(), Qt::Vertical);
    QVERIFY(again.action(QStringLiteral("classicLayoutAction"))->isChecked());
    QCOMPARE(reading->sizes(), sizesBefore);
}

// Quitting while a refresh fetches and a mark is queued (the tray's Quit gives no closeEvent): the
// window goes first, the service's cancellation and the mark's completion must not reach it.
void TstMainWindow::windowDroppedMidRefreshAndMidMark()
{
    ScriptedHttpServer server;
    for (int i = 0; i < 6; ++i) {
        const QByteArray path = "/slow" + QByteArray::number(i) + ".xml";
        server.on(path, [](const ScriptedHttpServer::Request &, QTcpSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 100000\r\n\r\n<rss");
        });
        addFeed(*m_store, server.url(QString::fromLatin1(path)).toString());
    }
    addStoredFeed(QStringLiteral("Alpha"), 200);
    auto window = std::make_unique<MainWindow>(*m_store, m_dir->path());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->action(QStringLiteral("refreshAllAction"))->trigger();
    QTRY_VERIFY(server.requests().size() >= 2);
    QVERIFY(window->refreshService().isRunning());
    window->action(QStringLiteral("markAllReadAction"))->trigger();
    window.reset();
    m_store->waitForIdle();   // delivers the mark's completion: to no one
    QCoreApplication::processEvents();
    ItemFilter unread;
    unread.unreadOnly = true;
    QCOMPARE(m_store->items(unread).rows.size(), 0);   // the mark itself was written
}

void TstMainWindow::markFeedReadCanBeUndone_data()
{
    QTest::addColumn<int>("items");
    QTest::addColumn<bool>("showOne");
    QTest::newRow("3 items") << 3 << false;
    // More than the store marks one by one: its set-based statements, with an article shown that
    // the window selects again after each reload.
    QTest::newRow("500 items, one shown") << 500 << true;
}

void TstMainWindow::markFeedReadCanBeUndone()
{
    QFETCH(int, items);
    QFETCH(bool, showOne);
    addStoredFeed(QStringLiteral("Alpha"), items);
    MainWindow window(*m_store, m_dir->path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.itemModel()->rowCount() > 0, true);
    ItemFilter unread;
    unread.unreadOnly = true;
    unread.limit = items + 1;
    int unreadBefore = items;
    if (showOne) {
        auto *list = window.findChild<QTreeView *>(QStringLiteral("itemsView"));
        list->selectionModel()->setCurrentIndex(window.itemModel()->index(0, ItemListModel::TitleColumn),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        --unreadBefore;   // shown means read
        QTRY_COMPARE(m_store->items(unread).rows.size(), unreadBefore);
    }
    window.action(QStringLiteral("markAllReadAction"))->trigger();
    QTRY_COMPARE(m_store->items(unread).rows.size(), 0);
    // Everything marked: no place name in the sentence (no catalogue here, so the "(s)" stays).
    const QString undoKeys = window.action(QStringLiteral("undoMarkReadAction"))->shortcut().toString(QKeySequence::NativeText);
    QTRY_COMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Marked %1 item(s) read. Undo with %2.").arg(unreadBefore).arg(undoKeys));
    window.action(QStringLiteral("undoMarkReadAction"))->trigger();
    QTRY_COMPARE(m_store->items(unread).rows.size(), unreadBefore);
    QTRY_COMPARE(m_store->itemCounts({}).unread, unreadBefore);
    QTest::qWait(200);   // the window's reload after the undo
}

int main(int argc, char **argv)
{
    registerArticleScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TstMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
