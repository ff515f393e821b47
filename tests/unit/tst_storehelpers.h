#pragma once

// Shared by the tst_store* tests: a Store on a real file in a temporary folder, feeds made of
// generated items, and synchronous wrappers around the asynchronous writes.

#include "core/store/store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace storetest {

using namespace tidings;

inline Item makeItem(int n, const QString &suffix = {})
{
    Item item;
    item.id = QStringLiteral("urn:item:%1").arg(n);
    item.title = QStringLiteral("Item %1%2").arg(n).arg(suffix);
    item.link = QStringLiteral("https://example.org/items/%1").arg(n);
    item.published = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(n) * 60);
    item.authors = {Person{QStringLiteral("Author %1").arg(n % 7), QString(), QString()}};
    item.content = QStringLiteral("<p>Body of item %1%2 with <b>some</b> text &amp; more.</p>").arg(n).arg(suffix);
    item.categories = {QStringLiteral("news")};
    return item;
}

inline Feed makeFeed(int firstItem, int count, const QString &suffix = {})
{
    Feed feed;
    feed.title = QStringLiteral("Generated feed");
    feed.link = QStringLiteral("https://example.org/");
    for (int n = firstItem; n < firstItem + count; ++n)
        feed.items.append(makeItem(n, suffix));
    return feed;
}

inline FeedFetchState okFetch()
{
    FeedFetchState state;
    state.fetchedAt = QDateTime::currentDateTimeUtc();
    state.status = FeedStatus::Ok;
    return state;
}

// Runs a write and waits for its result, as the command line does.
template<typename Call>
WriteResult sync(Store &store, Call call)
{
    WriteResult result;
    bool delivered = false;
    call([&](const WriteResult &r) {
        result = r;
        delivered = true;
    });
    store.waitForIdle();
    if (!delivered)
        result.error = QStringLiteral("no result delivered");
    return result;
}

inline qint64 addFeed(Store &store, const QString &url, std::optional<qint64> folder = {})
{
    const WriteResult result = sync(store, [&](Completion done) { store.addFeed(url, folder, QString(), done); });
    if (!result.ok)
        qWarning("addFeed: %s", qPrintable(result.error));
    return result.ok ? result.id : -1;
}

inline WriteResult storeFeed(Store &store, qint64 feedId, const Feed &feed)
{
    return sync(store, [&](Completion done) { store.storeFetchResult(feedId, okFetch(), feed, done); });
}

// One field of every item a search finds, in the store's order; "ERROR <why>" when it failed.
inline QStringList foundBy(Store &store, const QString &text, QString ItemRow::*field)
{
    ItemFilter filter;
    filter.search = text;
    const ReadResult<ItemRow> found = store.items(filter);
    QStringList values;
    for (const ItemRow &row : found.rows)
        values.append(row.*field);
    return found.ok() ? values : QStringList{QStringLiteral("ERROR ") + found.error};
}

// A connection of the test's own, for looking at the file the way another process would.
class Peek
{
public:
    explicit Peek(const QString &path)
        : m_name(QStringLiteral("peek-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Peek() { QSqlDatabase::removeDatabase(m_name); }

    QVariant value(const QString &sql, int column = 0) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("ERROR: %1").arg(query.lastError().text());
        return query.value(column);
    }
    int rowCount(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql))
            return -1;
        int rows = 0;
        while (query.next())
            ++rows;
        return rows;
    }
    QSqlQuery query(const QString &sql) const   // positioned before the first row
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        query.exec(sql);
        return query;
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        return query.exec(sql);
    }

private:
    QString m_name;
};

// Leaves the database's search index as an update that changes its format does: stale, so that the
// next open rebuilds it. False when there was no index record to mark.
inline bool markSearchIndexStale(const QString &databasePath)
{
    const Peek peek(databasePath);
    return peek.exec(QStringLiteral("UPDATE meta SET value = 'stale' WHERE key = 'search_index'"))
           && peek.value(QStringLiteral("SELECT value FROM meta WHERE key = 'search_index'")).toString()
                  == QLatin1String("stale");
}

} // namespace storetest
