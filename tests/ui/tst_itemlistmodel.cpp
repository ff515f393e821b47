// The item list model on a real Store: pages through the keyset cursor, columns and roles, sorting,
// and marks that show at once and are taken back when their job fails.

#include "app/models/itemdate.h"
#include "app/models/itemlistmodel.h"

#include "../unit/tst_storehelpers.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QFont>
#include <QSignalSpy>
#include <QTreeView>

using namespace tidings;
using namespace tidings::app;
using namespace storetest;

class TestItemListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstPageThenFetchMore();
    void columnsAndRoles();
    void relativeDates();
    void filterResets();
    void sortsByDateAndTitle();
    void anExplicitSetOfItems();
    void marksShowAtOnceAndAreWritten();
    void failedMarkIsTakenBack();
    void aHundredThousandItemsPageByPage();
    void hostileTitlesArePlainOneLineText();

private:
    std::unique_ptr<ItemListModel> makeModel(int pageSize);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_feedA = 0;
    qint64 m_feedB = 0;
};

namespace {

// 2024-01-01 00:30 UTC: items of makeItem(0..29) are dated 00:00..00:29 that day.
QDateTime fixedNow()
{
    return QDateTime(QDate(2024, 1, 1), QTime(0, 30), Qt::UTC);
}

} // namespace

void TestItemListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    QCOMPARE(m_store->open(m_dir->path()), QString());
    m_feedA = addFeed(*m_store, QStringLiteral("https://example.org/a.xml"));
    m_feedB = addFeed(*m_store, QStringLiteral("https://example.org/b.xml"));
    QVERIFY(sync(*m_store, [&](Completion done) { m_store->renameFeed(m_feedA, QStringLiteral("Feed <A>"), done); }).ok);
    QCOMPARE(storeFeed(*m_store, m_feedA, makeFeed(0, 15)).inserted, 15);
    QCOMPARE(storeFeed(*m_store, m_feedB, makeFeed(15, 10)).inserted, 10);
}

void TestItemListModel::cleanup()
{
    m_tester.reset();
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<ItemListModel> TestItemListModel::makeModel(int pageSize)
{
    auto model = std::make_unique<ItemListModel>(*m_store, nullptr, fixedNow);
    model->setPageSize(pageSize);
    m_tester = std::make_unique<QAbstractItemModelTester>(model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    return model;
}

void TestItemListModel::firstPageThenFetchMore()
{
    auto model = makeModel(10);
    QCOMPARE(model->rowCount(), 0);
    model->setFilter({});
    QCOMPARE(model->rowCount(), 10);
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 20);
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 25);
    QVERIFY(!model->canFetchMore({}));
    model->fetchMore({});   // at the end: nothing happens
    QCOMPARE(model->rowCount(), 25);
    // Newest first, no row twice across the page boundaries.
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->index(row, 0).data(ItemListModel::ItemIdRole).toLongLong());
    QCOMPARE(ids.size(), 25);
    QCOMPARE(model->index(0, ItemListModel::TitleColumn).data().toString(), QStringLiteral("Item 24"));
    QCOMPARE(model->index(24, ItemListModel::TitleColumn).data().toString(), QStringLiteral("Item 0"));
    QVERIFY(!model->canFetchMore(model->index(0, 0)));
}

void TestItemListModel::columnsAndRoles()
{
    sync(*m_store, [&](Completion done) {
        m_store->setStarred({m_store->items({}).rows.at(0).id}, true, done);
    });
    auto model = makeModel(50);
    model->setFilter({});
    QCOMPARE(model->columnCount(), int(ItemListModel::ColumnCount));
    const int row = model->rowOf(m_store->items({}).rows.at(0).id);
    QCOMPARE(row, 0);
    auto cell = [&](int r, int column, int role = Qt::DisplayRole) { return model->index(r, column).data(role); };
    QCOMPARE(cell(0, ItemListModel::TitleColumn).toString(), QStringLiteral("Item 24"));
    QCOMPARE(cell(0, ItemListModel::FeedColumn).toString(), QStringLiteral("Generated feed"));   // from the document
    QCOMPARE(cell(24, ItemListModel::FeedColumn).toString(), QStringLiteral("Feed <A>"));   // verbatim
    QCOMPARE(cell(0, ItemListModel::AuthorColumn).toString(), QStringLiteral("Author 3"));
    QCOMPARE(cell(0, ItemListModel::StarColumn, Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(cell(1, ItemListModel::StarColumn, Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(model->flags(model->index(0, ItemListModel::StarColumn)) & Qt::ItemIsUserCheckable);
    QVERIFY(cell(0, ItemListModel::TitleColumn, Qt::FontRole).value<QFont>().bold());
    QCOMPARE(cell(0, 0, ItemListModel::LinkRole).toString(), QStringLiteral("https://example.org/items/24"));
    QCOMPARE(cell(0, 0, ItemListModel::ReadRole).toBool(), false);
    QCOMPARE(cell(0, 0, ItemListModel::StarredRole).toBool(), true);
    QCOMPARE(cell(0, 0, ItemListModel::FeedIdRole).toLongLong(), m_feedB);
    QCOMPARE(cell(0, 0, ItemListModel::DateRole).toDateTime(), QDateTime(QDate(2024, 1, 1), QTime(0, 24), Qt::UTC));
    QCOMPARE(model->headerData(ItemListModel::TitleColumn, Qt::Horizontal).toString(), QStringLiteral("Title"));

    // Titles the model was given win over what it read.
    model->setFeedTitles({{m_feedB, QStringLiteral("B")}});
    QCOMPARE(cell(0, ItemListModel::FeedColumn).toString(), QStringLiteral("B"));
}

void TestItemListModel::relativeDates()
{
    const QLocale c = QLocale::c();
    const QDateTime now = QDateTime(QDate(2024, 3, 5), QTime(15, 0));   // local time
    QCOMPARE(itemDateText(QDateTime(QDate(2024, 3, 5), QTime(14, 5)), now, c), c.toString(QTime(14, 5), QLocale::ShortFormat));
    QCOMPARE(itemDateText(QDateTime(QDate(2024, 3, 4), QTime(23, 59)), now, c),
             c.toString(QDate(2024, 3, 4), QLocale::ShortFormat));
    QCOMPARE(itemDateText(QDateTime(), now, c), QString());
    auto model = makeModel(5);
    model->setFilter({});
    const QDateTime date = QDateTime(QDate(2024, 1, 1), QTime(0, 24), Qt::UTC);
    QCOMPARE(model->index(0, ItemListModel::DateColumn).data().toString(), itemDateText(date, fixedNow()));
}

void TestItemListModel::filterResets()
{
    auto model = makeModel(10);
    model->setFilter({});
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    ItemFilter onlyA;
    onlyA.feedId = m_feedA;
    onlyA.limit = 3;   // the model's own paging wins
    model->setFilter(onlyA);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model->rowCount(), 10);
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 15);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(ItemListModel::FeedIdRole).toLongLong(), m_feedA);
    ItemFilter nothing;
    nothing.feedIds = {0};
    model->setFilter(nothing);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!model->canFetchMore({}));
}

void TestItemListModel::sortsByDateAndTitle()
{
    auto model = makeModel(7);
    model->setFilter({});
    auto titles = [&] {
        while (model->canFetchMore({}))
            model->fetchMore({});
        QStringList list;
        for (int row = 0; row < model->rowCount(); ++row)
            list.append(model->index(row, ItemListModel::TitleColumn).data().toString());
        return list;
    };
    model->sort(ItemListModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(model->rowCount(), 7);   // a reset: the first page again
    QStringList list = titles();
    QCOMPARE(list.size(), 25);
    QCOMPARE(list.first(), QStringLiteral("Item 0"));
    QCOMPARE(list.last(), QStringLiteral("Item 24"));
    model->sort(ItemListModel::TitleColumn, Qt::AscendingOrder);
    list = titles();
    QStringList sorted = list;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    QCOMPARE(list, sorted);   // "Item 1", "Item 10", ...
    model->sort(ItemListModel::TitleColumn, Qt::DescendingOrder);
    std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(titles(), sorted);
    // The order stays when the filter changes.
    ItemFilter onlyB;
    onlyB.feedId = m_feedB;
    model->setFilter(onlyB);
    QCOMPARE(titles().first(), QStringLiteral("Item 24"));
    QCOMPARE(model->filter().order, ItemOrder::TitleDescending);
    model->sort(ItemListModel::AuthorColumn, Qt::AscendingOrder);   // not offered: unchanged
    QCOMPARE(model->filter().order, ItemOrder::TitleDescending);
}

void TestItemListModel::anExplicitSetOfItems()
{
    // The new items a notification announced: across feeds, paged, sorted and reloaded as a set.
    const QList<ItemRow> rows = m_store->items({}).rows;   // newest first: Item 24 .. Item 0
    QList<qint64> chosen;
    QSet<QString> chosenTitles;
    for (int n = 0; n < rows.size(); n += 2) {   // 13 of the 25, from both feeds
        chosen.append(rows.at(n).id);
        chosenTitles.insert(rows.at(n).title);
    }
    auto model = makeModel(5);
    ItemFilter filter;
    filter.itemIds = chosen;
    model->setFilter(filter);
    QCOMPARE(model->rowCount(), 5);
    const auto all = [&] {
        while (model->canFetchMore({}))
            model->fetchMore({});
        QStringList titles;
        for (int row = 0; row < model->rowCount(); ++row)
            titles.append(model->index(row, ItemListModel::TitleColumn).data().toString());
        return titles;
    };
    QStringList titles = all();
    QCOMPARE(titles.size(), 13);
    QCOMPARE(QSet<QString>(titles.cbegin(), titles.cend()), chosenTitles);
    QCOMPARE(titles.first(), QStringLiteral("Item 24"));
    QCOMPARE(titles.last(), QStringLiteral("Item 0"));

    model->setRead({0}, true);   // read stays listed: the set is not "unread"
    m_store->waitForIdle();
    model->reload();
    QCOMPARE(all().size(), 13);
    model->sort(ItemListModel::TitleColumn, Qt::AscendingOrder);
    titles = all();
    QCOMPARE(QSet<QString>(titles.cbegin(), titles.cend()), chosenTitles);
    QCOMPARE(model->filter().itemIds, std::optional<QList<qint64>>(chosen));

    filter.itemIds = QList<qint64>{};
    model->setFilter(filter);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!model->canFetchMore({}));
}

void TestItemListModel::marksShowAtOnceAndAreWritten()
{
    auto model = makeModel(10);
    model->setFilter({});
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy failed(model.get(), &ItemListModel::writeFailed);
    const qint64 first = model->index(0, 0).data(ItemListModel::ItemIdRole).toLongLong();
    const qint64 third = model->index(2, 0).data(ItemListModel::ItemIdRole).toLongLong();
    model->setRead({0, 2, 99}, true);
    // Shown before the writer has run.
    QVERIFY(model->index(0, 0).data(ItemListModel::ReadRole).toBool());
    QVERIFY(!model->index(0, ItemListModel::TitleColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model->index(1, 0).data(ItemListModel::ReadRole).toBool());
    QCOMPARE(changed.count(), 2);
    QVERIFY(model->setData(model->index(1, ItemListModel::StarColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model->index(1, ItemListModel::StarColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    m_store->waitForIdle();
    QCOMPARE(failed.count(), 0);
    QVERIFY(m_store->item(first).rows.at(0).read);
    QVERIFY(m_store->item(third).rows.at(0).read);
    QVERIFY(m_store->item(model->index(1, 0).data(ItemListModel::ItemIdRole).toLongLong()).rows.at(0).starred);
    QVERIFY(model->index(0, 0).data(ItemListModel::ReadRole).toBool());

    // Clicked twice before the writer ran: the last click is what stays.
    model->setStarred({4}, true);
    model->setStarred({4}, false);
    QVERIFY(!model->index(4, 0).data(ItemListModel::StarredRole).toBool());
    m_store->waitForIdle();
    QVERIFY(!model->index(4, 0).data(ItemListModel::StarredRole).toBool());
    QVERIFY(!m_store->item(model->index(4, 0).data(ItemListModel::ItemIdRole).toLongLong()).rows.at(0).starred);
}

void TestItemListModel::failedMarkIsTakenBack()
{
    auto model = makeModel(10);
    model->setFilter({});
    {
        // The database refuses star changes from now on, as a full disk or a broken file would.
        Peek peek(m_store->databasePath());
        QVERIFY(peek.exec(QStringLiteral("CREATE TRIGGER refuse_stars BEFORE UPDATE OF starred ON item_state "
                                         "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")));
    }
    QSignalSpy failed(model.get(), &ItemListModel::writeFailed);
    model->setStarred({3}, true);
    QVERIFY(model->index(3, 0).data(ItemListModel::StarredRole).toBool());
    m_store->waitForIdle();
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("refused")), qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(!model->index(3, 0).data(ItemListModel::StarredRole).toBool());
    QCOMPARE(model->index(3, ItemListModel::StarColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    // Reads still work: only the star is refused.
    model->setRead({3}, true);
    m_store->waitForIdle();
    QCOMPARE(failed.count(), 1);
    QVERIFY(model->index(3, 0).data(ItemListModel::ReadRole).toBool());
}

void TestItemListModel::aHundredThousandItemsPageByPage()
{
    constexpr int kPerFeed = 10000;
    for (int f = 0; f < 10; ++f) {
        const qint64 feed = addFeed(*m_store, QStringLiteral("https://example.org/big-%1.xml").arg(f));
        QCOMPARE(storeFeed(*m_store, feed, makeFeed(1000 + f * kPerFeed, kPerFeed)).inserted, kPerFeed);
    }
    auto model = makeModel(ItemListModel::kDefaultPageSize);
    QElapsedTimer timer;
    timer.start();
    model->setFilter({});
    const qint64 firstUs = timer.nsecsElapsed() / 1000;
    QCOMPARE(model->rowCount(), ItemListModel::kDefaultPageSize);
    qint64 slowestUs = 0;
    for (int page = 2; page <= 50; ++page) {
        QVERIFY(model->canFetchMore({}));
        timer.restart();
        model->fetchMore({});
        slowestUs = qMax(slowestUs, timer.nsecsElapsed() / 1000);
        QCOMPARE(model->rowCount(), page * ItemListModel::kDefaultPageSize);   // one page per call, never all
    }
    qInfo("item list, 100,025 items: first page %lld us, slowest of pages 2-50 %lld us (with the model tester)",
          firstUs, slowestUs);
    QVERIFY(model->canFetchMore({}));
    // The newest item of the big feeds is first; rows are strictly ordered.
    QCOMPARE(model->index(0, ItemListModel::TitleColumn).data().toString(), QStringLiteral("Item 100999"));
    for (int row = 1; row < model->rowCount(); ++row) {
        const ItemSummary a = model->summaryAt(row - 1);
        const ItemSummary b = model->summaryAt(row);
        QVERIFY(a.sortKey > b.sortKey || (a.sortKey == b.sortKey && a.id > b.id));
    }
}

// threats.md §6 items 28 and 42: titles with markup, a right-to-left override, zero-width characters, a
// flood of combining marks, 10,000 characters and line breaks. The list shows each as one line of plain
// text without controls or bidi overrides (markup verbatim, nothing loaded: a plain view never
// interprets DisplayRole), capped at 1000 characters, offers no feed text
// as a tooltip, and a real QTreeView lays them out in one row height each and paints them quickly.
void TestItemListModel::hostileTitlesArePlainOneLineText()
{
    const QString markup = QStringLiteral("<b>bold</b><img src=\"file:///etc/hostname\"><a href=\"https://x.invalid/\">a</a>");
    const QList<QPair<QString, QString>> titles = {   // stored title, shown title
        {markup, markup},
        // The override is removed (the tray does the same): "invoice\u202Efdp.exe" would read "invoiceexe.pdf".
        {QStringLiteral("invoice\u202Efdp.exe"), QStringLiteral("invoicefdp.exe")},
        {QStringLiteral("zero\u200Bwidth\u200Djoiner\uFEFF"), QStringLiteral("zero\u200Bwidth\u200Djoiner")},
        // Capped at 1000 characters with an ellipsis: far past what a column shows.
        {QStringLiteral("Z") + QString(5000, QChar(0x0301)), QStringLiteral("Z") + QString(998, QChar(0x0301)) + QChar(0x2026)},
        {QString(10000, u'W'), QString(999, u'W') + QChar(0x2026)},
        {QStringLiteral(" two\nlines\r\n\tand a tab "), QStringLiteral("two lines and a tab")},
    };
    Feed parsed = makeFeed(100, int(titles.size()));   // dated after every other item: the first rows
    for (qsizetype i = 0; i < titles.size(); ++i)
        parsed.items[i].title = titles.at(i).first;
    QCOMPARE(storeFeed(*m_store, m_feedA, parsed).inserted, int(titles.size()));

    auto model = makeModel(50);
    model->setFilter({});
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const QModelIndex title = model->index(int(titles.size() - 1 - i), ItemListModel::TitleColumn);
        QCOMPARE(title.data().toString(), titles.at(i).second);
        QVERIFY(!title.data(Qt::ToolTipRole).isValid());
        QVERIFY(!title.data(Qt::WhatsThisRole).isValid());
    }

    QTreeView view;
    view.setUniformRowHeights(true);   // as the main window's list
    view.setRootIsDecorated(false);
    view.setModel(model.get());
    view.resize(700, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.textElideMode(), Qt::ElideRight);
    QElapsedTimer timer;
    timer.start();
    const QImage painted = view.grab().toImage();
    const qint64 paintMs = timer.elapsed();
    qInfo("painted %d rows with hostile titles in %lld ms", model->rowCount(), paintMs);
    QVERIFY2(paintMs < 2000, qPrintable(QString::number(paintMs)));
    QVERIFY(!painted.isNull());
    const int normalHeight = view.visualRect(model->index(int(titles.size()), ItemListModel::TitleColumn)).height();
    QVERIFY(normalHeight > 0);
    for (int row = 0; row < int(titles.size()); ++row) {
        const QRect cell = view.visualRect(model->index(row, ItemListModel::TitleColumn));
        QCOMPARE(cell.height(), normalHeight);
        QVERIFY2(cell.width() < 700, qPrintable(QString::number(cell.width())));   // the column does not grow
    }
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestItemListModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_itemlistmodel.moc"
