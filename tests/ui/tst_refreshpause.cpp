// The window's automatic refresh: "Pause Automatic Refresh" (a checkable action kept across
// starts, shown in the status bar), going offline and back as the system's network information
// reports it, and the scheduler's batches reaching the real refresh service, on a loopback server
// and a real profile.

#include "app/appsettings.h"
#include "app/article/articlescheme.h"
#include "app/mainwindow.h"
#include "app/refreshscheduler.h"

#include "core/service/refreshservice.h"
#include "core/store/store.h"

#include "../support/scriptedhttpserver.h"
#include "../unit/tst_storehelpers.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QNetworkInformation>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tidings;
using namespace tidings::app;
using namespace storetest;

class TstRefreshPause : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pauseIsKeptAndShown();
    void pausedSkipsTheRefreshAtStart();
    void offlineWaitsAndOnlineRefreshes();
    void dueFeedsComeInBatches();

private:
    QByteArray feedBody() const
    {
        return "<rss version=\"2.0\"><channel><title>T</title><item><guid>1</guid><title>A</title></item></channel></rss>";
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TstRefreshPause::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    QCOMPARE(m_store->open(m_dir->path()), QString());
    AppSettings settings(m_dir->path());
    settings.setRefreshAtStart(false);
    settings.setRefreshIntervalMinutes(60);
}

void TstRefreshPause::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TstRefreshPause::pauseIsKeptAndShown()
{
    {
        MainWindow window(*m_store, m_dir->path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *pause = window.action(QStringLiteral("actionPauseRefresh"));
        QVERIFY(pause);
        QVERIFY(pause->isCheckable());
        QVERIFY(!pause->isChecked());
        auto *feedMenu = window.findChild<QMenu *>(QStringLiteral("feedMenu"));
        QVERIFY(feedMenu->actions().contains(pause));
        auto *status = window.findChild<QLabel *>(QStringLiteral("refreshScheduleStatus"));
        QVERIFY(status->isHidden());
        QVERIFY(window.automaticRefreshTimer().isActive());

        pause->trigger();
        QCOMPARE(window.refreshScheduler().state(), RefreshScheduler::State::Paused);
        QVERIFY(!window.automaticRefreshTimer().isActive());
        QVERIFY(status->isVisible());
        QCOMPARE(status->text(), QStringLiteral("Automatic refresh paused"));
        if (!qEnvironmentVariableIsEmpty("TIDINGS_SCREENSHOTS"))
            window.grab().save(qEnvironmentVariable("TIDINGS_SCREENSHOTS") + QStringLiteral("/refresh-paused.png"));
        window.close();
    }
    // The next start remembers.
    MainWindow again(*m_store, m_dir->path());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QAction *pause = again.action(QStringLiteral("actionPauseRefresh"));
    QVERIFY(pause->isChecked());
    QVERIFY(!again.automaticRefreshTimer().isActive());
    auto *status = again.findChild<QLabel *>(QStringLiteral("refreshScheduleStatus"));
    QCOMPARE(status->text(), QStringLiteral("Automatic refresh paused"));
    // Resuming: the timer runs again and one check follows shortly.
    pause->trigger();
    QVERIFY(again.automaticRefreshTimer().isActive());
    QVERIFY(again.refreshScheduler().catchUpTimer().isActive());
    QVERIFY(status->isHidden());
    QVERIFY(!AppSettings(m_dir->path()).automaticRefreshPaused());
}

void TstRefreshPause::pausedSkipsTheRefreshAtStart()
{
    ScriptedHttpServer server;
    server.respond("/news.xml", 200, feedBody(), {{"Content-Type", "application/rss+xml"}});
    addFeed(*m_store, server.url(QStringLiteral("/news.xml")).toString());
    {
        AppSettings settings(m_dir->path());
        settings.setRefreshAtStart(true);
        settings.setAutomaticRefreshPaused(true);
    }
    MainWindow window(*m_store, m_dir->path());
    window.show();
    QTest::qWait(1800);   // the refresh at start would run after a second
    QCOMPARE(server.requests().size(), 0);
}

// What the window does with QNetworkInformation's reachability (here Qt's glib backend, which
// ships with libqt6network6; its signal is emitted as the backend would): disconnected stops the
// automatic refresh and says so; back online, what fell due is fetched shortly after.
void TstRefreshPause::offlineWaitsAndOnlineRefreshes()
{
    ScriptedHttpServer server;
    server.respond("/news.xml", 200, feedBody(), {{"Content-Type", "application/rss+xml"}});
    addFeed(*m_store, server.url(QStringLiteral("/news.xml")).toString());
    MainWindow window(*m_store, m_dir->path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QNetworkInformation *info = QNetworkInformation::instance();
    QVERIFY2(info, "no network information backend was loaded");
    QCOMPARE(window.refreshScheduler().state(), RefreshScheduler::State::Running);
    RefreshScheduler::Policy policy = window.refreshScheduler().policy();
    policy.resumeDelayMs = 100;
    window.refreshScheduler().setPolicy(policy);

    emit info->reachabilityChanged(QNetworkInformation::Reachability::Disconnected);
    QCOMPARE(window.refreshScheduler().state(), RefreshScheduler::State::Offline);
    QVERIFY(!window.automaticRefreshTimer().isActive());
    auto *status = window.findChild<QLabel *>(QStringLiteral("refreshScheduleStatus"));
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Offline"));
    // A network the system calls local only may still reach feeds (a proxy, an intranet).
    emit info->reachabilityChanged(QNetworkInformation::Reachability::Local);
    QCOMPARE(window.refreshScheduler().state(), RefreshScheduler::State::Running);
    emit info->reachabilityChanged(QNetworkInformation::Reachability::Disconnected);
    QTest::qWait(300);
    QCOMPARE(server.requests().size(), 0);

    QSignalSpy finished(&window.refreshService(), &RefreshService::finished);
    emit info->reachabilityChanged(QNetworkInformation::Reachability::Online);
    QCOMPARE(window.refreshScheduler().state(), RefreshScheduler::State::Running);
    QVERIFY(window.automaticRefreshTimer().isActive());
    QVERIFY(status->isHidden());
    QVERIFY(finished.wait(10000));
    QCOMPARE(server.requests().size(), 1);   // the feed never fetched was due
}

void TstRefreshPause::dueFeedsComeInBatches()
{
    ScriptedHttpServer server;
    for (int i = 0; i < 3; ++i) {
        const QByteArray path = "/f" + QByteArray::number(i) + ".xml";
        server.respond(path, 200, feedBody(), {{"Content-Type", "application/rss+xml"}});
        addFeed(*m_store, server.url(QString::fromLatin1(path)).toString());
    }
    MainWindow window(*m_store, m_dir->path());
    RefreshScheduler &scheduler = window.refreshScheduler();
    RefreshScheduler::Policy policy = scheduler.policy();
    policy.batchSize = 2;
    scheduler.setPolicy(policy);
    QSignalSpy finished(&window.refreshService(), &RefreshService::finished);

    // What the timer does after a wake: a batch, then the next one once it finished.
    scheduler.catchUp();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().first().value<RefreshSummary>().feeds, 2);
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(scheduler.catchUpTimer().isActive());
    QCOMPARE(scheduler.catchUpTimer().interval(), policy.batchGapMs);

    scheduler.catchUp();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().first().value<RefreshSummary>().feeds, 1);
    QCOMPARE(server.requests().size(), 3);
    QVERIFY(!scheduler.catchUpTimer().isActive());   // that batch was not full: all done
}

int main(int argc, char **argv)
{
    registerArticleScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TstRefreshPause test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_refreshpause.moc"
