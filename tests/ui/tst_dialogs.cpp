// The Add Feed dialog driven like a person would (typing, clicking) against a loopback web site,
// and the OPML import/export the main window calls, on real stores in temporary folders.

#include "app/dialogs/addfeeddialog.h"
#include "app/dialogs/feedaddress.h"
#include "app/dialogs/opmlexport.h"
#include "app/dialogs/opmlimport.h"
#include "app/dialogs/opmlsummarydialog.h"

#include "core/store/store.h"

#include "../support/scriptedhttpserver.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tidings;
using tidings::app::AddFeedDialog;

class TstDialogs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void feedAddress_data();
    void feedAddress();

    void directFeedSubscribes();
    void pageWithTwoFeedsOffersBoth();
    void hostileTitlesArePlainText();
    void deadServerIsAnInlineError();
    void pageWithoutFeedsIsAnInlineError();
    void alreadySubscribedIsSaidInline();
    void cancelWhileProbingAddsNothing();

    void importGivesSummaryAndRows();
    void importTwiceAddsNothing();
    void importHostileFileShowsReasonsAsText();
    void importNotOpmlFails();
    void exportThenImportRoundTrips();

private:
    struct Parts {
        QLineEdit *url;
        QComboBox *folder;
        QLineEdit *title;
        QLabel *message;
        QTreeWidget *candidates;
        QProgressBar *busy;
        QPushButton *add;
        QPushButton *cancel;
    };
    static Parts parts(AddFeedDialog &dialog);
    static void typeAndAdd(AddFeedDialog &dialog, const QString &address);
    static QSet<QString> rows(const Store &store);   // "folder/path|url"
    static QString opml(const char *name) { return QStringLiteral(TIDINGS_TEST_DATA "/opml/") + QLatin1String(name); }

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<Store> m_store;
};

namespace {

const QByteArray kFeed = "<rss version=\"2.0\"><channel><title>Loop News</title><link>http://127.0.0.1/</link>"
                         "<item><guid>1</guid><title>One</title></item></channel></rss>";
const QByteArray kAtom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Loop comments</title>"
                         "<id>urn:x</id><updated>2024-01-01T00:00:00Z</updated></feed>";
const QString kHostile = QStringLiteral("<img src=x onerror=alert(1)>");

// For looking at the dialogs: with TIDINGS_UI_SCREENSHOTS=<folder>, each state the tests reach is
// saved there as <name>.png (offscreen rendering, the default style).
void screenshot(QWidget &widget, const char *name)
{
    const QString folder = qEnvironmentVariable("TIDINGS_UI_SCREENSHOTS");
    if (!folder.isEmpty())
        widget.grab().save(folder + u'/' + QLatin1String(name) + QLatin1String(".png"));
}

} // namespace

void TstDialogs::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    m_server->respond("/feed.xml", 200, kFeed, {{"Content-Type", "application/rss+xml"}});
    m_server->respond("/comments.atom", 200, kAtom, {{"Content-Type", "application/atom+xml"}});
    m_server->respond("/blog/", 200,
                      "<!DOCTYPE html><html><head><title>Blog</title>"
                      "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Posts\" href=\"../feed.xml\">"
                      "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"&lt;img src=x onerror=alert(1)&gt;\" "
                      "href=\"/comments.atom\">"
                      "</head><body>Hello</body></html>",
                      {{"Content-Type", "text/html; charset=utf-8"}});
    m_profile = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    QCOMPARE(m_store->open(m_profile->path()), QString());
}

void TstDialogs::cleanup()
{
    m_store.reset();
    m_profile.reset();
    m_server.reset();
}

TstDialogs::Parts TstDialogs::parts(AddFeedDialog &dialog)
{
    Parts p{dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit")),
            dialog.findChild<QComboBox *>(QStringLiteral("folderCombo")),
            dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit")),
            dialog.findChild<QLabel *>(QStringLiteral("messageLabel")),
            dialog.findChild<QTreeWidget *>(QStringLiteral("candidateList")),
            dialog.findChild<QProgressBar *>(QStringLiteral("busyBar")),
            dialog.findChild<QPushButton *>(QStringLiteral("addButton")),
            dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Cancel)};
    return p;
}

void TstDialogs::typeAndAdd(AddFeedDialog &dialog, const QString &address)
{
    const Parts p = parts(dialog);
    p.url->clear();
    QTest::keyClicks(p.url, address);
    QVERIFY(p.add->isEnabled());
    QTest::mouseClick(p.add, Qt::LeftButton);
}

QSet<QString> TstDialogs::rows(const Store &store)
{
    QSet<QString> set;
    for (const FeedRow &feed : store.feeds().rows)
        set.insert(feed.folderPath.join(u'/') + u'|' + feed.url);
    return set;
}

void TstDialogs::feedAddress_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");   // empty: refused
    QTest::newRow("https") << "https://example.org/feed.xml" << "https://example.org/feed.xml";
    QTest::newRow("feed://") << "feed://example.org/rss" << "http://example.org/rss";
    QTest::newRow("feed:https") << " feed:https://example.org/rss " << "https://example.org/rss";
    QTest::newRow("bare host") << "example.org" << "https://example.org";
    QTest::newRow("bare host and path") << "example.org/blog/" << "https://example.org/blog/";
    QTest::newRow("host and port") << "localhost:8080/feed" << "https://localhost:8080/feed";
    QTest::newRow("empty") << "  " << "";
    QTest::newRow("file") << "file:///etc/passwd" << "";
    QTest::newRow("javascript") << "javascript:alert(1)" << "";
    QTest::newRow("mailto") << "mailto:someone@example.org" << "";
    QTest::newRow("ftp") << "ftp://example.org/feed" << "";
    QTest::newRow("command") << "|rm -rf ~" << "";
}

void TstDialogs::feedAddress()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    const app::FeedAddress address = app::feedAddressFromInput(typed);
    QCOMPARE(address.ok(), !expected.isEmpty());
    if (address.ok())
        QCOMPARE(address.url.toString(), expected);
    else
        QVERIFY(!address.error.isEmpty());
}

void TstDialogs::directFeedSubscribes()
{
    AddFeedDialog dialog(*m_store);
    dialog.show();
    const Parts p = parts(dialog);
    QCOMPARE(p.folder->currentText(), QStringLiteral("No folder"));
    // A new folder is typed into the combo, nested as on the command line.
    p.folder->setFocus();
    p.folder->lineEdit()->selectAll();
    QTest::keyClicks(p.folder, QStringLiteral("Local/Loop"));
    QTest::keyClicks(p.title, QStringLiteral("My loop"));
    const QString url = m_server->url(QStringLiteral("/feed.xml")).toString();
    typeAndAdd(dialog, QStringLiteral("feed:") + url);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
    QVERIFY(!dialog.isVisible());

    const QList<FeedRow> feeds = m_store->feeds().rows;
    QCOMPARE(feeds.size(), 1);
    QCOMPARE(feeds.first().url, url);
    QCOMPARE(feeds.first().folderPath, QStringList({QStringLiteral("Local"), QStringLiteral("Loop")}));
    QCOMPARE(feeds.first().title, QStringLiteral("My loop"));
    QCOMPARE(dialog.addedFeedIds(), QList<qint64>{feeds.first().id});

    // The folder is offered the next time, and choosing it puts the feed there without a new folder.
    AddFeedDialog again(*m_store);
    const Parts q = parts(again);
    QCOMPARE(q.folder->count(), 3);   // no folder, Local, Local/Loop
    QCOMPARE(q.folder->itemText(2), QStringLiteral("Local/Loop"));
}

void TstDialogs::pageWithTwoFeedsOffersBoth()
{
    AddFeedDialog dialog(*m_store);
    dialog.show();
    const Parts p = parts(dialog);
    typeAndAdd(dialog, m_server->url(QStringLiteral("/blog/")).toString());
    QTRY_VERIFY_WITH_TIMEOUT(p.candidates->isVisible(), 10000);
    QCOMPARE(p.candidates->topLevelItemCount(), 2);
    QTreeWidgetItem *posts = p.candidates->topLevelItem(0);
    QTreeWidgetItem *comments = p.candidates->topLevelItem(1);
    QCOMPARE(posts->text(0), QStringLiteral("Posts"));
    QCOMPARE(posts->text(1), QStringLiteral("RSS"));
    QCOMPARE(posts->text(2), m_server->url(QStringLiteral("/feed.xml")).toString());
    QCOMPARE(comments->text(1), QStringLiteral("Atom"));
    QCOMPARE(posts->checkState(0), Qt::Checked);   // the page's first feed is preselected
    QCOMPARE(comments->checkState(0), Qt::Unchecked);
    QVERIFY(dialog.isVisible());
    screenshot(dialog, "addfeed-candidates");

    posts->setCheckState(0, Qt::Unchecked);
    QVERIFY(!p.add->isEnabled());   // nothing chosen, nothing to add
    comments->setCheckState(0, Qt::Checked);
    QVERIFY(p.add->isEnabled());
    QTest::mouseClick(p.add, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
    QCOMPARE(rows(*m_store), QSet<QString>{u'|' + m_server->url(QStringLiteral("/comments.atom")).toString()});
    QCOMPARE(dialog.addedFeedIds().size(), 1);
}

void TstDialogs::hostileTitlesArePlainText()
{
    // In the candidate list: an item view draws the title as the characters it is.
    AddFeedDialog dialog(*m_store);
    dialog.show();
    const Parts p = parts(dialog);
    typeAndAdd(dialog, m_server->url(QStringLiteral("/blog/")).toString());
    QTRY_VERIFY_WITH_TIMEOUT(p.candidates->isVisible(), 10000);
    QCOMPARE(p.candidates->topLevelItem(1)->text(0), kHostile);

    // In the inline message: a page offering one feed, already subscribed, whose title is markup.
    m_server->respond("/evil/", 200,
                      "<!DOCTYPE html><html><head><link rel=\"alternate\" type=\"application/rss+xml\" "
                      "title=\"&lt;img src=x onerror=alert(1)&gt;\" href=\"/feed.xml\"></head><body></body></html>",
                      {{"Content-Type", "text/html"}});
    m_store->addFeed(m_server->url(QStringLiteral("/feed.xml")).toString(), std::nullopt, QString());
    m_store->waitForIdle();
    AddFeedDialog second(*m_store);
    second.show();
    const Parts q = parts(second);
    typeAndAdd(second, m_server->url(QStringLiteral("/evil/")).toString());
    QTRY_VERIFY_WITH_TIMEOUT(q.message->isVisible(), 10000);
    QVERIFY2(q.message->text().contains(kHostile), qPrintable(q.message->text()));
    QCOMPARE(q.message->textFormat(), Qt::PlainText);
    QVERIFY(second.isVisible());
}

void TstDialogs::deadServerIsAnInlineError()
{
    const QString url = m_server->url(QStringLiteral("/feed.xml")).toString();
    m_server->close();   // nothing listens on the port any more: the connection is refused
    AddFeedDialog dialog(*m_store);
    dialog.show();
    const Parts p = parts(dialog);
    typeAndAdd(dialog, url);
    QTRY_VERIFY_WITH_TIMEOUT(p.message->isVisible(), 10000);
    QCOMPARE(p.message->textFormat(), Qt::PlainText);
    QVERIFY(!p.message->text().isEmpty());
    qInfo("%s", qPrintable(p.message->text()));
    screenshot(dialog, "addfeed-error");
    QVERIFY(dialog.isVisible());
    QCOMPARE(p.url->text(), url);
    QVERIFY(p.url->isEnabled());
    QVERIFY(!p.busy->isVisible());
    QVERIFY(m_store->feeds().rows.isEmpty());
    QVERIFY(dialog.addedFeedIds().isEmpty());
}

void TstDialogs::pageWithoutFeedsIsAnInlineError()
{
    // A site without /feed.xml: the common paths the probe tries find nothing either.
    m_server = std::make_unique<ScriptedHttpServer>();
    m_server->respond("/plain/", 200, "<!DOCTYPE html><html><head><title>No feeds</title></head><body>x</body></html>",
                      {{"Content-Type", "text/html"}});
    AddFeedDialog dialog(*m_store);
    dialog.show();
    const Parts p = parts(dialog);
    const QString url = m_server->url(QStringLiteral("/plain/")).toString();
    typeAndAdd(dialog, url);
    QTRY_VERIFY_WITH_TIMEOUT(p.message->isVisible(), 10000);
    qInfo("%s", qPrintable(p.message->text()));
    QVERIFY(p.message->text().startsWith(QLatin1String("No feed was found on ")));
    QCOMPARE(p.message->textFormat(), Qt::PlainText);
    QVERIFY(dialog.isVisible());
    QCOMPARE(p.url->text(), url);
    QVERIFY(m_store->feeds().rows.isEmpty());

    // Changing the address takes the stale message away.
    QTest::keyClick(p.url, Qt::Key_Backspace);
    QVERIFY(!p.message->isVisible());
}

void TstDialogs::alreadySubscribedIsSaidInline()
{
    const QString url = m_server->url(QStringLiteral("/feed.xml")).toString();
    m_store->addFeed(url, std::nullopt, QString());
    m_store->waitForIdle();
    AddFeedDialog dialog(*m_store);
    dialog.show();
    dialog.setUrl(url);
    const Parts p = parts(dialog);
    QCOMPARE(p.url->text(), url);
    QTest::mouseClick(p.add, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(p.message->isVisible(), 10000);
    QVERIFY2(p.message->text().contains(QLatin1String("already subscribed")), qPrintable(p.message->text()));
    QCOMPARE(p.message->textFormat(), Qt::PlainText);
    QVERIFY(m_server->requests().isEmpty());   // known without asking the network
    QVERIFY(dialog.isVisible());
    QCOMPARE(m_store->feeds().rows.size(), 1);
    QVERIFY(dialog.addedFeedIds().isEmpty());

    // Found through a page that offers just that feed: said the same way, after the probe.
    m_server->respond("/one/", 200,
                      "<!DOCTYPE html><html><head><link rel=\"alternate\" type=\"application/rss+xml\" "
                      "title=\"Posts\" href=\"/feed.xml\"></head><body></body></html>",
                      {{"Content-Type", "text/html"}});
    typeAndAdd(dialog, m_server->url(QStringLiteral("/one/")).toString());
    QTRY_VERIFY_WITH_TIMEOUT(p.message->isVisible() && p.add->isEnabled(), 10000);
    QVERIFY2(p.message->text().contains(QLatin1String("already subscribed")), qPrintable(p.message->text()));
    QCOMPARE(m_store->feeds().rows.size(), 1);
}

void TstDialogs::cancelWhileProbingAddsNothing()
{
    m_server->respond("/slow.xml", 200, kFeed, {{"Content-Type", "application/rss+xml"}}, 1500);
    AddFeedDialog dialog(*m_store);
    dialog.show();
    const Parts p = parts(dialog);
    typeAndAdd(dialog, m_server->url(QStringLiteral("/slow.xml")).toString());
    QVERIFY(p.busy->isVisible());
    QVERIFY(!p.add->isEnabled());
    QVERIFY(!p.url->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1, 5000);
    QVERIFY(p.cancel->isEnabled());
    QTest::mouseClick(p.cancel, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
    QTest::qWait(2500);   // past the server's answer: it must not be acted on
    m_store->waitForIdle();
    QVERIFY(m_store->feeds().rows.isEmpty());
    QVERIFY(m_store->folders().rows.isEmpty());
    QVERIFY(dialog.addedFeedIds().isEmpty());
}

void TstDialogs::importGivesSummaryAndRows()
{
    const OpmlImportSummary summary = app::importOpmlFile(*m_store, opml("nested-folders.opml"));
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.added, 9);
    QCOMPARE(summary.foldersCreated, 4);
    QCOMPARE(summary.alreadySubscribed, 0);
    const QSet<QString> feeds = rows(*m_store);
    QCOMPARE(feeds.size(), 9);
    QVERIFY(feeds.contains(QStringLiteral("Reading/Tech/Programming|https://blog.rust-lang.org/feed.xml")));

    app::OpmlSummaryDialog dialog(QStringLiteral("nested-folders.opml"), summary);
    QVERIFY2(dialog.countsText().contains(QLatin1String("Feeds added: 9")), qPrintable(dialog.countsText()));
    QVERIFY(dialog.countsText().contains(QLatin1String("Folders created: 4")));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("countsLabel"))->textFormat(), Qt::PlainText);
}

void TstDialogs::importTwiceAddsNothing()
{
    QCOMPARE(app::importOpmlFile(*m_store, opml("nested-folders.opml")).added, 9);
    const OpmlImportSummary again = app::importOpmlFile(*m_store, opml("nested-folders.opml"));
    QVERIFY(again.ok());
    QCOMPARE(again.added, 0);
    QCOMPARE(again.alreadySubscribed, 9);
    QCOMPARE(again.foldersCreated, 0);
    QCOMPARE(rows(*m_store).size(), 9);
}

void TstDialogs::importHostileFileShowsReasonsAsText()
{
    const OpmlImportSummary summary = app::importOpmlFile(*m_store, opml("hostile.opml"));
    QVERIFY(summary.ok());
    QCOMPARE(summary.added, 2);
    QCOMPARE(summary.rejected, 12);
    QSet<QString> expected{QStringLiteral("|https://example.com/fine.xml"),
                           QStringLiteral("|https://example.com/markup-title.xml")};
    QCOMPARE(rows(*m_store), expected);
    bool markupTitle = false;
    for (const FeedRow &feed : m_store->feeds().rows)
        markupTitle = markupTitle || feed.title == kHostile;
    QVERIFY(markupTitle);

    app::OpmlSummaryDialog dialog(QStringLiteral("hostile.opml"), summary);
    const QString skipped = dialog.skippedText();
    QVERIFY2(skipped.contains(QLatin1String("\"|rm -rf ~\" is a command, not a web address")), qPrintable(skipped));
    QVERIFY(skipped.contains(QLatin1String("javascript:alert(1)")));
    QCOMPARE(skipped.count(u'\n') + 1, summary.warnings.size());
    QVERIFY(dialog.countsText().contains(QLatin1String("Entries skipped: 12")));
    screenshot(dialog, "opml-summary");
}

void TstDialogs::importNotOpmlFails()
{
    for (const char *name : {"not-opml-html.html", "not-opml-rss.xml", "no-feeds.opml", "does-not-exist.opml"}) {
        const OpmlImportSummary summary = app::importOpmlFile(*m_store, opml(name));
        QVERIFY2(!summary.ok(), name);
        QVERIFY(!summary.error.isEmpty());
        QCOMPARE(summary.added, 0);
    }
    QVERIFY(m_store->feeds().rows.isEmpty());
}

void TstDialogs::exportThenImportRoundTrips()
{
    QVERIFY(app::importOpmlFile(*m_store, opml("nested-folders.opml")).ok());
    m_store->renameFeed(m_store->feeds().rows.first().id, kHostile);
    m_store->waitForIdle();
    const QString path = m_profile->filePath(QStringLiteral("out.opml"));
    const app::OpmlExportResult exported = app::exportOpmlFile(*m_store, path);
    QVERIFY2(exported.ok(), qPrintable(exported.error));
    QCOMPARE(exported.feeds, 9);

    QTemporaryDir otherProfile;
    Store other;
    QCOMPARE(other.open(otherProfile.path()), QString());
    const OpmlImportSummary imported = app::importOpmlFile(other, path);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.added, 9);
    QCOMPARE(rows(other), rows(*m_store));
    QSet<QString> titles, otherTitles;
    for (const FeedRow &feed : m_store->feeds().rows)
        titles.insert(feed.url + u'|' + feed.title);
    for (const FeedRow &feed : other.feeds().rows)
        otherTitles.insert(feed.url + u'|' + feed.title);
    QCOMPARE(otherTitles, titles);

    // A folder that cannot be written to is an error, and nothing is left behind.
    const app::OpmlExportResult failed = app::exportOpmlFile(*m_store, m_profile->filePath(QStringLiteral("no/such/dir/x.opml")));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.feeds, 0);
}

QTEST_MAIN(TstDialogs)
#include "tst_dialogs.moc"
