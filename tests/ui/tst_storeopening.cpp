// Opening the profile at launch (app/storeopening.h): a search index rebuild or a schema upgrade
// after an update runs off the GUI thread and, when it takes long, a window says what is happening;
// a quick open shows nothing. Real profiles on disk. A screenshot of the window goes to
// $TIDINGS_SCREENSHOTS when set.

#include "app/storeopening.h"

#include "../unit/tst_storehelpers.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>

using namespace tidings;
using namespace storetest;

class TstStoreOpening : public QObject
{
    Q_OBJECT

private slots:
    void indexRebuildShowsItsProgress();
    void upgradeSaysSo();
    void quickOpenShowsNothing();
    void errorsComeBack();

private:
    // Opens `profile` through openStoreShowingProgress, noting every text the window shows.
    QString open(Store &store, const QString &profile, std::chrono::milliseconds showAfter);

    QStringList m_seen;
    int m_progressSeen = 0;   // the highest value the bar showed
    QImage m_shot;
};

namespace {

QDialog *openingDialog()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String("storeOpeningDialog") && widget->isVisible())
            return qobject_cast<QDialog *>(widget);
    }
    return nullptr;
}

QString databaseIn(const QTemporaryDir &dir)
{
    return dir.filePath(Store::databaseFileName());
}

} // namespace

QString TstStoreOpening::open(Store &store, const QString &profile, std::chrono::milliseconds showAfter)
{
    m_seen.clear();
    m_progressSeen = 0;
    m_shot = {};
    QTimer watch;
    watch.setInterval(10);
    connect(&watch, &QTimer::timeout, this, [this] {
        QDialog *dialog = openingDialog();
        if (!dialog)
            return;
        const QString text = dialog->findChild<QLabel *>(QStringLiteral("storeOpeningLabel"))->text();
        const int value = dialog->findChild<QProgressBar *>(QStringLiteral("storeOpeningProgress"))->value();
        if (m_seen.isEmpty() || m_seen.last() != text)
            m_seen.append(text);
        if (value > m_progressSeen && value < 1000) {
            m_progressSeen = value;
            m_shot = dialog->grab().toImage();
        }
    });
    watch.start();
    return app::openStoreShowingProgress(store, profile, showAfter);
}

void TstStoreOpening::indexRebuildShowsItsProgress()
{
    QTemporaryDir dir;
    {
        Store store;
        QCOMPARE(store.open(dir.path()), QString());
        const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed"));
        // Long articles, so that indexing them takes long enough to be watched.
        QString words;
        for (int n = 0; n < 400; ++n)
            words += QStringLiteral(" word%1").arg(n);
        for (int batch = 0; batch < 8; ++batch) {
            Feed articles = makeFeed(batch * 1000, 1000);
            for (Item &item : articles.items)
                item.content = QStringLiteral("<p>%1</p>").arg(item.title + words);
            QVERIFY(storeFeed(store, feed, articles).ok);
        }
    }
    QVERIFY(markSearchIndexStale(databaseIn(dir)));

    Store store;
    QCOMPARE(open(store, dir.path(), std::chrono::milliseconds(0)), QString());
    QVERIFY(store.isOpen());
    QVERIFY(!openingDialog());   // gone once the window can come
    QVERIFY2(!m_seen.isEmpty(), "no progress window during the rebuild");
    QVERIFY2(m_seen.last().startsWith(QLatin1String("Rebuilding the search index: ")), qPrintable(m_seen.last()));
    QVERIFY2(m_seen.last().endsWith(QLatin1String("of 8,000 item(s).")), qPrintable(m_seen.last()));
    QVERIFY2(m_progressSeen > 0, "the bar never moved");
    // The index is whole again: the last item stored is found.
    QCOMPARE(foundBy(store, QStringLiteral("7999"), &ItemRow::title), QStringList{QStringLiteral("Item 7999")});

    const QString folder = qEnvironmentVariable("TIDINGS_SCREENSHOTS");
    if (!folder.isEmpty() && !m_shot.isNull())
        m_shot.save(folder + QStringLiteral("/store-opening.png"));
}

void TstStoreOpening::upgradeSaysSo()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(QStringLiteral(TIDINGS_TEST_DATA "/store/v3.sqlite"), databaseIn(dir)));
    QFile::setPermissions(databaseIn(dir), QFile::ReadOwner | QFile::WriteOwner);
    // The fixture's 12 items doubled 12 times (49,152): an upgrade long enough to be watched.
    const QString columns = QStringLiteral("link, title, authors, published, updated, summary, content, enclosures,"
                                           " categories, thumbnail, read, starred, first_seen, content_hash");
    QStringList doublings;
    for (int round = 1; round <= 12; ++round) {
        doublings.append(QStringLiteral("INSERT INTO items(feed_id, guid, %1) SELECT feed_id, guid || '+%2', %1 FROM items")
                             .arg(columns).arg(round));
    }
    {
        const Peek peek(databaseIn(dir));
        for (const QString &sql : std::as_const(doublings))
            QVERIFY2(peek.exec(sql), qPrintable(sql));
    }
    QVERIFY(markSearchIndexStale(databaseIn(dir)));
    Store store;
    QCOMPARE(open(store, dir.path(), std::chrono::milliseconds(0)), QString());
    QVERIFY(store.isOpen());
    QVERIFY(!m_seen.isEmpty());
    QVERIFY2(m_seen.first().startsWith(QLatin1String("Upgrading the database")), qPrintable(m_seen.join(u'|')));
    QVERIFY2(m_seen.last().endsWith(QLatin1String("of 49,152 item(s).")), qPrintable(m_seen.join(u'|')));
    QCOMPARE(store.itemSummaries({}).rows.size(), 49152);
    QVERIFY(QFile::exists(dir.filePath(Store::databaseFileName() + QStringLiteral(".bak-v3"))));
}

void TstStoreOpening::quickOpenShowsNothing()
{
    QTemporaryDir dir;
    {
        Store store;
        QCOMPARE(store.open(dir.path()), QString());
        QVERIFY(storeFeed(store, addFeed(store, QStringLiteral("https://example.org/feed")), makeFeed(0, 50)).ok);
    }
    Store store;
    QCOMPARE(open(store, dir.path(), std::chrono::milliseconds(400)), QString());
    QVERIFY(store.isOpen());
    QVERIFY2(m_seen.isEmpty(), qPrintable(m_seen.join(u'|')));
    QCOMPARE(store.itemSummaries({}).rows.size(), 50);
}

void TstStoreOpening::errorsComeBack()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a-file"));
    QFile blocker(file);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Store store;
    const QString error = open(store, file + QStringLiteral("/profile"), std::chrono::milliseconds(0));
    QVERIFY2(error.contains(QLatin1String("cannot be created")), qPrintable(error));
    QVERIFY(!store.isOpen());
    QVERIFY(!openingDialog());
}

QTEST_MAIN(TstStoreOpening)
#include "tst_storeopening.moc"
