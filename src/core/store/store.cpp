#include "core/store/store.h"

#include "core/store/itemupsert.h"
#include "core/store/preparefeed.h"
#include "core/store/reads.h"
#include "core/store/schema.h"
#include "core/store/sqlutil.h"
#include "core/store/writejobs.h"
#include "core/store/writer.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QThread>

namespace tidings {

QString feedStatusName(FeedStatus status)
{
    switch (status) {
    case FeedStatus::New: return QStringLiteral("new");
    case FeedStatus::Ok: return QStringLiteral("ok");
    case FeedStatus::Moved: return QStringLiteral("moved");
    case FeedStatus::Gone: return QStringLiteral("gone");
    case FeedStatus::Failing: return QStringLiteral("failing");
    }
    return QStringLiteral("new");
}

ItemCursor ItemSummary::cursor() const
{
    return ItemCursor{sortKey, id, title};
}

ItemSelection ItemSelection::items(QList<qint64> ids)
{
    ItemSelection selection;
    selection.kind = Kind::Items;
    selection.itemIds = std::move(ids);
    return selection;
}

ItemSelection ItemSelection::feed(qint64 feedId)
{
    ItemSelection selection;
    selection.kind = Kind::Feed;
    selection.feedId = feedId;
    return selection;
}

ItemSelection ItemSelection::all()
{
    ItemSelection selection;
    selection.kind = Kind::All;
    return selection;
}

ItemSelection ItemSelection::markedBy(qint64 journalFirst, qint64 journalLast)
{
    ItemSelection selection;
    selection.kind = Kind::Marked;
    selection.journalFirst = journalFirst;
    selection.journalLast = journalLast;
    return selection;
}

struct Store::Private {
    QString path;
    bool fullTextSearch = false;
    quint64 serial = 0;
    std::unique_ptr<StoreWriter> writer;

    // Read connections by thread. A thread's connection is removed when that thread finishes,
    // and whatever is left when the Store goes.
    mutable QMutex readersMutex;
    mutable QHash<QThread *, QString> readers;

    QString readConnection(const Store *store) const;
    void dropReader(QThread *thread) const;
};

QString Store::Private::readConnection(const Store *store) const
{
    QThread *thread = QThread::currentThread();
    {
        QMutexLocker locker(&readersMutex);
        if (const auto found = readers.constFind(thread); found != readers.cend())
            return *found;
    }
    const QString name = QStringLiteral("tidings.store.%1.reader.%2").arg(serial).arg(quintptr(thread), 0, 16);
    if (!store::openConnection(name, path, store::ConnectionRole::Reader).isEmpty())
        return {};
    QMutexLocker locker(&readersMutex);
    readers.insert(thread, name);
    // Direct: `finished` is emitted on the ending thread, the only one that may still use it.
    QObject::connect(thread, &QThread::finished, store, [this, thread] { dropReader(thread); },
                     Qt::DirectConnection);
    return name;
}

void Store::Private::dropReader(QThread *thread) const
{
    QString name;
    {
        QMutexLocker locker(&readersMutex);
        name = readers.take(thread);
    }
    if (!name.isEmpty())
        store::closeConnection(name);
}

Store::Store(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    static QAtomicInteger<quint64> serial;
    d->serial = ++serial;
}

Store::~Store()
{
    d->writer.reset();   // drains the queue; completions still posted to us are dropped with us
    QList<QThread *> threads;
    {
        QMutexLocker locker(&d->readersMutex);
        threads = d->readers.keys();
    }
    // Before `d` goes: a reader thread ending from now on must not call into it. (QObject's own
    // disconnect would come only after the members are destroyed.)
    for (QThread *thread : threads)
        QObject::disconnect(thread, &QThread::finished, this, nullptr);
    for (QThread *thread : threads)
        d->dropReader(thread);
}

int Store::schemaVersion()
{
    return store::kSchemaVersion;
}

QString Store::databaseFileName()
{
    return QStringLiteral("tidings.sqlite");
}

namespace {

struct Prepared {
    QString path;
    bool fullTextSearch = false;
    QString error;
};

// Migrating happens before the writer exists, on a connection of its own, so that no job can
// ever see a half-migrated schema.
Prepared prepareDatabase(const QString &profileDir, const StoreOptions &options)
{
    Prepared prepared;
    if (!QDir().mkpath(profileDir)) {
        prepared.error = Store::tr("the profile folder %1 cannot be created").arg(QDir::toNativeSeparators(profileDir));
        return prepared;
    }
    prepared.path = QDir(profileDir).absoluteFilePath(Store::databaseFileName());
    const bool existed = QFileInfo::exists(prepared.path);
    static QAtomicInteger<quint64> serial;
    const QString setupName = QStringLiteral("tidings.store.setup.%1").arg(++serial);
    prepared.error = store::openConnection(setupName, prepared.path, store::ConnectionRole::Writer);
    if (!prepared.error.isEmpty())
        return prepared;
    {
        QSqlDatabase db = QSqlDatabase::database(setupName, false);
        prepared.fullTextSearch = !options.disableFullTextSearch && store::probeFullTextSearch(db);
        prepared.error = store::migrate(db, prepared.path, existed, prepared.fullTextSearch, options.observe);
        if (prepared.error.isEmpty())
            prepared.error = store::prepareSearchIndex(db, prepared.fullTextSearch, options.observe);
    }
    store::closeConnection(setupName);
    return prepared;
}

} // namespace

QString Store::prepare(const QString &profileDir, const StoreOptions &options)
{
    return prepareDatabase(profileDir, options).error;
}

QString Store::open(const QString &profileDir, const StoreOptions &options)
{
    if (d->writer)
        return tr("the database is already open");
    const Prepared prepared = prepareDatabase(profileDir, options);
    if (!prepared.error.isEmpty())
        return prepared.error;
    d->fullTextSearch = prepared.fullTextSearch;
    d->path = prepared.path;
    // The writer only lives while the Store does (the destructor joins it first), so `this` is
    // safe on its thread; results are posted, so they arrive on the Store's thread in job order.
    auto writer = std::make_unique<StoreWriter>(d->path, d->fullTextSearch,
        [this](const WriteResult &result, const Completion &done) {
            QMetaObject::invokeMethod(this, [this, result, done] {
                if (done)
                    done(result);
                emit jobFinished(result);
            }, Qt::QueuedConnection);
        });
    if (const QString error = writer->startWriting(); !error.isEmpty()) {
        d->path.clear();
        return error;
    }
    d->writer = std::move(writer);
    return {};
}

bool Store::isOpen() const
{
    return d->writer != nullptr;
}

QString Store::databasePath() const
{
    return d->path;
}

bool Store::hasFullTextSearch() const
{
    return d->fullTextSearch;
}

namespace {

template<typename Row, typename Read>
ReadResult<Row> withReader(const QString &name, Read read)
{
    if (name.isEmpty())
        return {{}, store::StoreText::tr("the database is not open")};
    QSqlDatabase db = QSqlDatabase::database(name, false);
    return read(db);
}

} // namespace

ReadResult<FolderRow> Store::folders() const
{
    return withReader<FolderRow>(isOpen() ? d->readConnection(this) : QString(),
                                 [](QSqlDatabase &db) { return store::readFolders(db); });
}

ReadResult<FeedRow> Store::feeds() const
{
    return withReader<FeedRow>(isOpen() ? d->readConnection(this) : QString(),
                               [](QSqlDatabase &db) { return store::readFeeds(db); });
}

ReadResult<ItemRow> Store::items(const ItemFilter &filter) const
{
    const bool fts = d->fullTextSearch;
    return withReader<ItemRow>(isOpen() ? d->readConnection(this) : QString(),
                               [&filter, fts](QSqlDatabase &db) { return store::readItems(db, filter, fts); });
}

ReadResult<ItemSummary> Store::itemSummaries(const ItemFilter &filter) const
{
    const bool fts = d->fullTextSearch;
    return withReader<ItemSummary>(isOpen() ? d->readConnection(this) : QString(), [&filter, fts](QSqlDatabase &db) {
        return store::readItemSummaries(db, filter, fts);
    });
}

ReadResult<ItemRow> Store::item(qint64 id) const
{
    return withReader<ItemRow>(isOpen() ? d->readConnection(this) : QString(),
                               [id](QSqlDatabase &db) { return store::readItem(db, id); });
}

ItemCounts Store::itemCounts(const QDateTime &since) const
{
    const QString name = isOpen() ? d->readConnection(this) : QString();
    if (name.isEmpty()) {
        ItemCounts counts;
        counts.error = store::StoreText::tr("the database is not open");
        return counts;
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    return store::readItemCounts(db, since);
}

std::optional<qint64> Store::newestItemId() const
{
    const QString name = isOpen() ? d->readConnection(this) : QString();
    if (name.isEmpty())
        return std::nullopt;
    QSqlDatabase db = QSqlDatabase::database(name, false);
    return store::readNewestItemId(db);
}

namespace {

JobId enqueue(StoreWriter *writer, WriteJob job, Completion done, Store *store,
              IndexChanges index = IndexChanges::Immediate)
{
    if (writer)
        return writer->enqueue(std::move(job), std::move(done), index);
    // Not open: still a result on the usual path, never silence.
    WriteResult result;
    result.error = store::StoreText::tr("the database is not open");
    QMetaObject::invokeMethod(store, [store, result, done] {
        if (done)
            done(result);
        emit store->jobFinished(result);
    }, Qt::QueuedConnection);
    return 0;
}

} // namespace

JobId Store::addFolder(const QStringList &path, Completion done)
{
    return enqueue(d->writer.get(), [path](WriterContext &c) { return store::addFolderJob(c, path); },
                   std::move(done), this);
}

JobId Store::renameFolder(qint64 folderId, const QString &name, Completion done)
{
    return enqueue(d->writer.get(), [folderId, name](WriterContext &c) {
        return store::renameFolderJob(c, folderId, name);
    }, std::move(done), this);
}

JobId Store::deleteFolder(qint64 folderId, Completion done)
{
    return enqueue(d->writer.get(), [folderId](WriterContext &c) { return store::deleteFolderJob(c, folderId); },
                   std::move(done), this);
}

JobId Store::moveFolder(qint64 folderId, std::optional<qint64> parentId, Completion done)
{
    return enqueue(d->writer.get(), [folderId, parentId](WriterContext &c) {
        return store::moveFolderJob(c, folderId, parentId);
    }, std::move(done), this);
}

JobId Store::addFeed(const QString &url, std::optional<qint64> folderId, const QString &title, Completion done)
{
    return enqueue(d->writer.get(), [url, folderId, title](WriterContext &c) {
        return store::addFeedJob(c, url, folderId, title);
    }, std::move(done), this);
}

JobId Store::importSubscriptions(const QList<NewSubscription> &subscriptions, Completion done)
{
    return enqueue(d->writer.get(),
                   [subscriptions](WriterContext &c) { return store::importSubscriptionsJob(c, subscriptions); },
                   std::move(done), this);
}

JobId Store::storeFetchResult(qint64 feedId, const FeedFetchState &state, const std::optional<Feed> &parsed,
                              Completion done)
{
    std::optional<PreparedFeed> prepared;
    if (parsed)
        prepared = prepare(*parsed);
    return enqueue(d->writer.get(), [feedId, state, prepared = std::move(prepared)](WriterContext &c) {
        return store::storeFetchResultJob(c, feedId, state, prepared);
    }, std::move(done), this, IndexChanges::Deferrable);
}

JobId Store::storeFetchResult(qint64 feedId, const FeedFetchState &state, PreparedFeed parsed, Completion done)
{
    return enqueue(d->writer.get(), [feedId, state, parsed = std::optional<PreparedFeed>(std::move(parsed))](
                                        WriterContext &c) { return store::storeFetchResultJob(c, feedId, state, parsed); },
                   std::move(done), this, IndexChanges::Deferrable);
}

PreparedFeed Store::prepare(const Feed &feed) const
{
    store::PrepareOptions options;
    options.compress = d->fullTextSearch;   // without the index, LIKE must see the text
    options.searchText = d->fullTextSearch;
    return store::prepareFeed(feed, options);
}

JobId Store::markRead(const ItemSelection &selection, bool read, Completion done)
{
    return enqueue(d->writer.get(), [selection, read](WriterContext &c) {
        return store::markReadJob(c, selection, read);
    }, std::move(done), this);
}

JobId Store::setStarred(const QList<qint64> &itemIds, bool starred, Completion done)
{
    return enqueue(d->writer.get(), [itemIds, starred](WriterContext &c) {
        return store::setStarredJob(c, itemIds, starred);
    }, std::move(done), this);
}

JobId Store::deleteFeed(qint64 feedId, Completion done)
{
    return enqueue(d->writer.get(), [feedId](WriterContext &c) { return store::deleteFeedJob(c, feedId); },
                   std::move(done), this);
}

JobId Store::moveFeed(qint64 feedId, std::optional<qint64> folderId, Completion done)
{
    return enqueue(d->writer.get(), [feedId, folderId](WriterContext &c) {
        return store::moveFeedJob(c, feedId, folderId);
    }, std::move(done), this);
}

JobId Store::renameFeed(qint64 feedId, const QString &title, Completion done)
{
    return enqueue(d->writer.get(), [feedId, title](WriterContext &c) {
        return store::renameFeedJob(c, feedId, title);
    }, std::move(done), this);
}

JobId Store::setFeedOptions(qint64 feedId, const FeedOptions &options, Completion done)
{
    return enqueue(d->writer.get(), [feedId, options](WriterContext &c) {
        return store::setFeedOptionsJob(c, feedId, options);
    }, std::move(done), this);
}

void Store::waitForIdle()
{
    if (d->writer)
        d->writer->waitForIdle();
    // The results are posted to this object; deliver them now so the caller sees them run.
    if (QThread::currentThread() == thread())
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

} // namespace tidings
