// The subscriptions pane's model on a real Store: the tree and its counts, the filters its nodes
// select, counts refreshed in place, untrusted titles kept out of rich text, and feeds moved
// between folders by drag and drop.

#include "app/models/subscriptionmodel.h"

#include "../unit/tst_storehelpers.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QFont>
#include <QIcon>
#include <QImage>
#include <QMimeData>
#include <QSignalSpy>

using namespace tidings;
using namespace tidings::app;
using namespace storetest;

class TestSubscriptionModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void smartEntriesThenFoldersThenFeeds();
    void rolesAndFilters();
    void filtersSelectTheNodesItems();
    void updateCountsKeepsRowsAndSelection();
    void troubledFeedsShowWhyAsPlainText();
    void favicons();
    void dragFeedIntoAnotherFolder();
    void dragFolderIntoAnotherFolder();
    void failedMoveIsReported();

private:
    SubscriptionModel &model() { return *m_model; }
    QModelIndex child(const QModelIndex &parent, const QString &title) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SubscriptionModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_tech = 0;
    qint64 m_qt = 0;
    qint64 m_news = 0;
    qint64 m_feedA = 0;   // Tech, 5 items
    qint64 m_feedB = 0;   // Tech/Qt, 3 items
    qint64 m_feedC = 0;   // top level, 2 items
};

namespace {

QDateTime fixedToday()
{
    return QDateTime(QDate(2024, 1, 1), QTime(0, 3), Qt::UTC);
}

qint64 addFolder(Store &store, const QStringList &path)
{
    return sync(store, [&](Completion done) { store.addFolder(path, done); }).id;
}

void rename(Store &store, qint64 feed, const QString &title)
{
    sync(store, [&](Completion done) { store.renameFeed(feed, title, done); });
}

} // namespace

void TestSubscriptionModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    QCOMPARE(m_store->open(m_dir->path()), QString());
    Store &store = *m_store;
    m_qt = addFolder(store, {QStringLiteral("Tech"), QStringLiteral("Qt")});
    m_tech = store.folders().rows.at(0).id;
    m_news = addFolder(store, {QStringLiteral("News")});
    m_feedA = addFeed(store, QStringLiteral("https://example.org/a.xml"), m_tech);
    m_feedB = addFeed(store, QStringLiteral("https://example.org/b.xml"), m_qt);
    m_feedC = addFeed(store, QStringLiteral("https://example.org/c.xml"));
    rename(store, m_feedA, QStringLiteral("Alpha"));
    rename(store, m_feedB, QStringLiteral("Beta"));
    rename(store, m_feedC, QStringLiteral("Gamma"));
    storeFeed(store, m_feedA, makeFeed(0, 5));     // 00:00..00:04
    storeFeed(store, m_feedB, makeFeed(10, 3));    // 00:10..00:12
    storeFeed(store, m_feedC, makeFeed(20, 2));    // 00:20..00:21

    m_model = std::make_unique<SubscriptionModel>(store, nullptr, fixedToday);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->reload();
}

void TestSubscriptionModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    m_dir.reset();
}

QModelIndex TestSubscriptionModel::child(const QModelIndex &parent, const QString &title) const
{
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        if (index.data().toString() == title)
            return index;
    }
    return {};
}

void TestSubscriptionModel::smartEntriesThenFoldersThenFeeds()
{
    QCOMPARE(model().columnCount(), 2);
    QStringList top;
    for (int row = 0; row < model().rowCount(); ++row)
        top.append(model().index(row, 0).data().toString());
    QCOMPARE(top, (QStringList{QStringLiteral("All items"), QStringLiteral("Unread"), QStringLiteral("Starred"),
                               QStringLiteral("Today"), QStringLiteral("News"), QStringLiteral("Tech"),
                               QStringLiteral("Gamma")}));
    const QModelIndex tech = model().folderIndex(m_tech);
    QCOMPARE(tech.row(), 5);
    QCOMPARE(model().rowCount(tech), 2);
    QCOMPARE(model().index(0, 0, tech).data().toString(), QStringLiteral("Qt"));    // subfolders first
    QCOMPARE(model().index(1, 0, tech).data().toString(), QStringLiteral("Alpha"));
    QCOMPARE(model().feedIndex(m_feedB).parent(), model().folderIndex(m_qt));
    QCOMPARE(model().rowCount(model().folderIndex(m_news)), 0);

    // Counts: column 1 and the role.
    auto count = [&](const QModelIndex &index) {
        return model().index(index.row(), SubscriptionModel::UnreadColumn, index.parent()).data();
    };
    QCOMPARE(count(model().smartIndex(SmartEntry::All)).toInt(), 10);
    QCOMPARE(count(model().smartIndex(SmartEntry::Unread)).toInt(), 10);
    QVERIFY(!count(model().smartIndex(SmartEntry::Starred)).isValid());   // zero shows nothing
    QCOMPARE(count(model().smartIndex(SmartEntry::Today)).toInt(), 7);    // dated 00:03 or later
    QCOMPARE(count(tech).toInt(), 8);
    QCOMPARE(count(model().folderIndex(m_qt)).toInt(), 3);
    QVERIFY(!count(model().folderIndex(m_news)).isValid());
    QCOMPARE(model().feedIndex(m_feedC).data(SubscriptionModel::UnreadCountRole).toInt(), 2);
    QVERIFY(tech.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model().folderIndex(m_news).data(Qt::FontRole).value<QFont>().bold());
}

void TestSubscriptionModel::rolesAndFilters()
{
    const QModelIndex feed = model().feedIndex(m_feedA);
    QCOMPARE(feed.data(SubscriptionModel::NodeKindRole).toInt(), int(NodeKind::Feed));
    QCOMPARE(feed.data(SubscriptionModel::FeedIdRole).toLongLong(), m_feedA);
    QCOMPARE(feed.data(SubscriptionModel::FolderIdRole).toLongLong(), m_tech);
    QCOMPARE(feed.data(SubscriptionModel::FeedStatusRole).toInt(), int(FeedStatus::Ok));
    QVERIFY(!feed.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model().flags(feed) & Qt::ItemIsDragEnabled);
    const QModelIndex folder = model().folderIndex(m_qt);
    QCOMPARE(folder.data(SubscriptionModel::NodeKindRole).toInt(), int(NodeKind::Folder));
    QCOMPARE(folder.data(SubscriptionModel::FolderIdRole).toLongLong(), m_qt);
    QVERIFY(!folder.data(SubscriptionModel::FeedIdRole).isValid());
    QVERIFY(model().flags(folder) & Qt::ItemIsDropEnabled);
    const QModelIndex today = model().smartIndex(SmartEntry::Today);
    QCOMPARE(today.data(SubscriptionModel::NodeKindRole).toInt(), int(NodeKind::Smart));
    QCOMPARE(today.data(SubscriptionModel::SmartEntryRole).toInt(), int(SmartEntry::Today));

    ItemFilter filter = feed.data(SubscriptionModel::FilterRole).value<ItemFilter>();
    QCOMPARE(filter.feedId, std::optional<qint64>(m_feedA));
    filter = model().folderIndex(m_tech).data(SubscriptionModel::FilterRole).value<ItemFilter>();
    QCOMPARE(QSet<qint64>(filter.feedIds.cbegin(), filter.feedIds.cend()), (QSet<qint64>{m_feedA, m_feedB}));
    filter = model().folderIndex(m_news).data(SubscriptionModel::FilterRole).value<ItemFilter>();
    QCOMPARE(filter.feedIds, QList<qint64>{0});
    QVERIFY(model().filterFor(model().smartIndex(SmartEntry::Unread)).unreadOnly);
    QVERIFY(model().filterFor(model().smartIndex(SmartEntry::Starred)).starredOnly);
    QCOMPARE(model().filterFor(today).since, fixedToday());
    QVERIFY(model().filterFor(model().smartIndex(SmartEntry::All)).feedIds.isEmpty());
}

void TestSubscriptionModel::filtersSelectTheNodesItems()
{
    auto items = [&](const QModelIndex &index) { return m_store->itemSummaries(model().filterFor(index)).rows.size(); };
    QCOMPARE(items(model().smartIndex(SmartEntry::All)), 10);
    QCOMPARE(items(model().folderIndex(m_tech)), 8);
    QCOMPARE(items(model().folderIndex(m_qt)), 3);
    QCOMPARE(items(model().folderIndex(m_news)), 0);
    QCOMPARE(items(model().feedIndex(m_feedC)), 2);
    QCOMPARE(items(model().smartIndex(SmartEntry::Today)), 7);
    // Every count the tree shows is what its filter's unread items number.
    for (const QModelIndex &index : {model().folderIndex(m_tech), model().feedIndex(m_feedA),
                                     model().smartIndex(SmartEntry::Today)}) {
        ItemFilter filter = model().filterFor(index);
        filter.unreadOnly = true;
        QCOMPARE(int(m_store->itemSummaries(filter).rows.size()), index.data(SubscriptionModel::UnreadCountRole).toInt());
    }
}

void TestSubscriptionModel::updateCountsKeepsRowsAndSelection()
{
    const QPersistentModelIndex feed = model().feedIndex(m_feedB);
    const QPersistentModelIndex folder = model().folderIndex(m_qt);
    QSignalSpy resets(&model(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy layouts(&model(), &QAbstractItemModel::layoutAboutToBeChanged);
    QSignalSpy removed(&model(), &QAbstractItemModel::rowsAboutToBeRemoved);
    QSignalSpy changed(&model(), &QAbstractItemModel::dataChanged);

    sync(*m_store, [&](Completion done) { m_store->markRead(ItemSelection::feed(m_feedB), true, done); });
    const QList<ItemRow> rows = m_store->items({}).rows;
    sync(*m_store, [&](Completion done) { m_store->setStarred({rows.at(0).id}, true, done); });
    model().updateCounts();

    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(removed.count(), 0);
    QVERIFY(feed.isValid() && folder.isValid());
    QCOMPARE(feed.data(SubscriptionModel::UnreadCountRole).toInt(), 0);
    QVERIFY(!feed.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(folder.data(SubscriptionModel::UnreadCountRole).toInt(), 0);
    QCOMPARE(model().folderIndex(m_tech).data(SubscriptionModel::UnreadCountRole).toInt(), 5);
    QCOMPARE(model().smartIndex(SmartEntry::All).data(SubscriptionModel::UnreadCountRole).toInt(), 7);
    QCOMPARE(model().smartIndex(SmartEntry::Starred).data(SubscriptionModel::UnreadCountRole).toInt(), 1);
    QCOMPARE(model().smartIndex(SmartEntry::Today).data(SubscriptionModel::UnreadCountRole).toInt(), 4);
    // Feed B, Qt, Tech, All, Unread, Starred, Today changed: each inside a signal's span, and one
    // signal per parent (feed B in Qt, Qt in Tech, Tech and the smart entries at the top).
    const auto signalled = [&](const QModelIndex &index) {
        for (const QList<QVariant> &arguments : std::as_const(changed)) {
            const auto first = arguments.at(0).value<QModelIndex>();
            const auto last = arguments.at(1).value<QModelIndex>();
            if (first.parent() == index.parent() && first.row() <= index.row() && index.row() <= last.row())
                return true;
        }
        return false;
    };
    for (const QModelIndex &index : {QModelIndex(feed), QModelIndex(folder), model().folderIndex(m_tech),
                                     model().smartIndex(SmartEntry::All), model().smartIndex(SmartEntry::Unread),
                                     model().smartIndex(SmartEntry::Starred), model().smartIndex(SmartEntry::Today)})
        QVERIFY2(signalled(index), qPrintable(index.data().toString()));
    QCOMPARE(changed.count(), 3);

    changed.clear();
    model().updateCounts();   // nothing new: no signal at all
    QCOMPARE(changed.count(), 0);
}

void TestSubscriptionModel::troubledFeedsShowWhyAsPlainText()
{
    rename(*m_store, m_feedC, QStringLiteral("<img src=\"file:///etc/passwd\"><b>Gamma</b>"));
    FeedFetchState failing = okFetch();
    failing.status = FeedStatus::Failing;
    failing.error = QStringLiteral("HTTP 500 <i>Internal</i> Server Error");
    sync(*m_store, [&](Completion done) { m_store->storeFetchResult(m_feedC, failing, std::nullopt, done); });
    sync(*m_store, [&](Completion done) { m_store->storeFetchResult(m_feedC, failing, std::nullopt, done); });
    model().updateCounts();

    const QModelIndex feed = model().feedIndex(m_feedC);
    QCOMPARE(feed.data().toString(), QStringLiteral("<img src=\"file:///etc/passwd\"><b>Gamma</b>"));   // verbatim
    QCOMPARE(feed.data(SubscriptionModel::FeedStatusRole).toInt(), int(FeedStatus::Failing));
    const QString tip = feed.data(Qt::ToolTipRole).toString();
    // Escaped inside a paragraph: a tooltip shows exactly the text, never an image or a link.
    QVERIFY2(!tip.contains(QStringLiteral("<img")) && !tip.contains(QStringLiteral("<b>"))
                 && !tip.contains(QStringLiteral("<i>")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("&lt;img src=\"file:///etc/passwd\"&gt;")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Fetching failed 2 time(s) in a row")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("HTTP 500 &lt;i&gt;Internal&lt;/i&gt;")), qPrintable(tip));
    QVERIFY(!model().feedIndex(m_feedA).data(Qt::ToolTipRole).toString().contains(QStringLiteral("failed")));

    FeedFetchState gone = okFetch();
    gone.status = FeedStatus::Gone;
    gone.error = QStringLiteral("410 Gone");
    sync(*m_store, [&](Completion done) { m_store->storeFetchResult(m_feedA, gone, std::nullopt, done); });
    model().updateCounts();
    QVERIFY(model().feedIndex(m_feedA).data(Qt::ToolTipRole).toString().contains(QStringLiteral("gone")));
}

void TestSubscriptionModel::favicons()
{
    QImage image(32, 32, QImage::Format_ARGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));
    FeedFetchState withIcon = okFetch();
    withIcon.icon = png;
    sync(*m_store, [&](Completion done) { m_store->storeFetchResult(m_feedA, withIcon, std::nullopt, done); });
    withIcon.icon = QByteArray("not an image at all");
    sync(*m_store, [&](Completion done) { m_store->storeFetchResult(m_feedB, withIcon, std::nullopt, done); });
    model().reload();

    const QIcon red = model().feedIndex(m_feedA).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!red.isNull());
    QCOMPARE(red.pixmap(16, 16).toImage().pixelColor(8, 8), QColor(Qt::red));
    const QIcon generic = model().feedIndex(m_feedB).data(Qt::DecorationRole).value<QIcon>();
    const QIcon none = model().feedIndex(m_feedC).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!generic.isNull());
    QCOMPARE(generic.pixmap(16, 16).toImage(), none.pixmap(16, 16).toImage());   // undecodable: the generic one
}

void TestSubscriptionModel::dragFeedIntoAnotherFolder()
{
    const QPersistentModelIndex feed = model().feedIndex(m_feedC);
    const QPersistentModelIndex qt = model().folderIndex(m_qt);
    std::unique_ptr<QMimeData> data(model().mimeData({feed}));
    QVERIFY(data);
    QVERIFY(data->hasFormat(QLatin1String(SubscriptionModel::kFeedIdsMimeType)));
    QVERIFY(!data->hasFormat(QLatin1String(SubscriptionModel::kFolderIdsMimeType)));
    QVERIFY(model().canDropMimeData(data.get(), Qt::MoveAction, -1, -1, qt));
    QVERIFY(!model().canDropMimeData(data.get(), Qt::MoveAction, -1, -1, model().feedIndex(m_feedA)));
    QVERIFY(!model().canDropMimeData(data.get(), Qt::CopyAction, -1, -1, qt));
    QMimeData other;
    other.setText(QStringLiteral("1"));
    QVERIFY(!model().canDropMimeData(&other, Qt::MoveAction, -1, -1, qt));

    QSignalSpy moved(&model(), &QAbstractItemModel::rowsMoved);
    QSignalSpy resets(&model(), &QAbstractItemModel::modelAboutToBeReset);
    QVERIFY(model().dropMimeData(data.get(), Qt::MoveAction, -1, -1, qt));
    QCOMPARE(moved.count(), 0);   // the write has not run yet
    QCOMPARE(feed.parent(), QModelIndex());
    m_store->waitForIdle();
    QCOMPARE(moved.count(), 1);
    QCOMPARE(resets.count(), 0);
    QVERIFY(feed.isValid());   // the same row, now elsewhere: a selection follows it
    QCOMPARE(QModelIndex(feed.parent()), QModelIndex(qt));
    QCOMPARE(feed.row(), 1);   // after the feed already there
    QCOMPARE(feed.data(SubscriptionModel::FolderIdRole).toLongLong(), m_qt);
    QCOMPARE(qt.data(SubscriptionModel::UnreadCountRole).toInt(), 5);
    QCOMPARE(model().folderIndex(m_tech).data(SubscriptionModel::UnreadCountRole).toInt(), 10);
    for (const FeedRow &row : m_store->feeds().rows) {
        if (row.id == m_feedC)
            QCOMPARE(row.folderId, std::optional<qint64>(m_qt));
    }
    // A reload builds the same tree the move left.
    model().reload();
    QCOMPARE(model().feedIndex(m_feedC).parent(), model().folderIndex(m_qt));
    QCOMPARE(model().feedIndex(m_feedC).row(), 1);

    // Back to the top level: dropped on the root.
    data.reset(model().mimeData({model().feedIndex(m_feedC)}));
    QVERIFY(model().dropMimeData(data.get(), Qt::MoveAction, model().rowCount(), 0, {}));
    m_store->waitForIdle();
    QCOMPARE(model().feedIndex(m_feedC).parent(), QModelIndex());
    QCOMPARE(model().folderIndex(m_tech).data(SubscriptionModel::UnreadCountRole).toInt(), 8);
    // Dropped where it already is: no job at all.
    data.reset(model().mimeData({model().feedIndex(m_feedA)}));
    QVERIFY(!model().dropMimeData(data.get(), Qt::MoveAction, -1, -1, model().folderIndex(m_tech)));
}

void TestSubscriptionModel::dragFolderIntoAnotherFolder()
{
    std::unique_ptr<QMimeData> data(model().mimeData({model().folderIndex(m_news)}));
    QVERIFY(data);
    QVERIFY(data->hasFormat(QLatin1String(SubscriptionModel::kFolderIdsMimeType)));
    QVERIFY(!data->hasFormat(QLatin1String(SubscriptionModel::kFeedIdsMimeType)));
    QVERIFY(model().canDropMimeData(data.get(), Qt::MoveAction, -1, -1, model().folderIndex(m_tech)));
    QVERIFY(model().dropMimeData(data.get(), Qt::MoveAction, -1, -1, model().folderIndex(m_tech)));
    m_store->waitForIdle();
    QCOMPARE(model().folderIndex(m_news).parent(), model().folderIndex(m_tech));
    // The feeds under Tech kept their places and counts.
    QCOMPARE(model().feedIndex(m_feedB).parent(), model().folderIndex(m_qt));
    QCOMPARE(model().folderIndex(m_tech).data(SubscriptionModel::UnreadCountRole).toInt(), 8);

    // Into its own branch: refused by the store, reported, nothing moves.
    QSignalSpy failed(&model(), &SubscriptionModel::writeFailed);
    data.reset(model().mimeData({model().folderIndex(m_tech)}));
    QVERIFY(model().dropMimeData(data.get(), Qt::MoveAction, -1, -1, model().folderIndex(m_qt)));
    m_store->waitForIdle();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(model().folderIndex(m_tech).parent(), QModelIndex());
}

void TestSubscriptionModel::failedMoveIsReported()
{
    QSignalSpy failed(&model(), &SubscriptionModel::writeFailed);
    std::unique_ptr<QMimeData> data(model().mimeData({model().feedIndex(m_feedC)}));
    // The folder goes behind the model's back (another window, the command line) before the move runs.
    m_store->deleteFolder(m_news);
    QVERIFY(model().dropMimeData(data.get(), Qt::MoveAction, -1, -1, model().folderIndex(m_news)));
    m_store->waitForIdle();
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QCOMPARE(model().feedIndex(m_feedC).parent(), QModelIndex());   // where it was
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestSubscriptionModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_subscriptionmodel.moc"
