#include "app/models/subscriptionmodel.h"

#include "app/models/feedicon.h"

#include <QApplication>
#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>
#include <QPointer>
#include <QStyle>
#include <QTextDocument>

namespace tidings::app {
namespace {

QIcon smartIcon(SmartEntry entry)
{
    switch (entry) {
    case SmartEntry::All: return QIcon(QStringLiteral(":/icons/all.svg"));
    case SmartEntry::Unread: return QIcon(QStringLiteral(":/icons/unread.svg"));
    case SmartEntry::Starred: return QIcon(QStringLiteral(":/icons/star.svg"));
    case SmartEntry::Today: return QIcon(QStringLiteral(":/icons/today.svg"));
    }
    return {};
}

template<typename Visit>
void forEachNode(SubscriptionNode &node, Visit visit)
{
    for (const auto &child : node.children) {
        visit(*child);
        forEachNode(*child, visit);
    }
}

QByteArray encodeFeedIds(const QList<qint64> &ids)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    return bytes;
}

QList<qint64> decodeIds(const QMimeData *data, const char *type)
{
    if (!data || !data->hasFormat(QLatin1String(type)))
        return {};
    QList<qint64> ids;
    QDataStream stream(data->data(QLatin1String(type)));
    stream >> ids;
    return stream.status() == QDataStream::Ok ? ids : QList<qint64>();
}

QList<qint64> decodeFeedIds(const QMimeData *data)
{
    return decodeIds(data, SubscriptionModel::kFeedIdsMimeType);
}

QList<qint64> decodeFolderIds(const QMimeData *data)
{
    return decodeIds(data, SubscriptionModel::kFolderIdsMimeType);
}

} // namespace

SubscriptionModel::SubscriptionModel(Store &store, QObject *parent, TodayStart todayStart)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_todayStart(std::move(todayStart))
    , m_root(buildSubscriptionTree({}, {}))
{
}

SubscriptionModel::~SubscriptionModel() = default;

QDateTime SubscriptionModel::todayStart() const
{
    return m_todayStart ? m_todayStart() : QDateTime(QDate::currentDate(), QTime(0, 0));
}

void SubscriptionModel::reload()
{
    const ReadResult<FolderRow> folders = m_store.folders();
    const ReadResult<FeedRow> feeds = folders.ok() ? m_store.feeds() : ReadResult<FeedRow>{};
    beginResetModel();
    m_root = buildSubscriptionTree(folders.rows, feeds.rows);
    forEachNode(*m_root, [](SubscriptionNode &node) {
        if (node.kind == NodeKind::Feed)
            node.icon = feedIcon(node.feed);
    });
    readSmartCounts();
    endResetModel();
    if (!folders.ok() || !feeds.ok())
        emit readFailed(folders.ok() ? feeds.error : folders.error);
}

void SubscriptionModel::readSmartCounts()
{
    const ItemCounts counts = m_store.itemCounts(todayStart());
    if (!counts.ok()) {
        emit readFailed(counts.error);
        return;
    }
    for (const auto &child : m_root->children) {
        if (child->kind != NodeKind::Smart)
            continue;
        switch (child->smart) {
        case SmartEntry::All:
        case SmartEntry::Unread: child->unread = counts.unread; break;
        case SmartEntry::Starred: child->unread = counts.starred; break;
        case SmartEntry::Today: child->unread = counts.unreadSince; break;
        }
    }
}

void SubscriptionModel::updateCounts()
{
    const ReadResult<FeedRow> feeds = m_store.feeds();
    if (!feeds.ok()) {
        emit readFailed(feeds.error);
        return;
    }
    QHash<qint64, const FeedRow *> byId;
    for (const FeedRow &row : feeds.rows)
        byId.insert(row.id, &row);

    QList<SubscriptionNode *> changed;
    QHash<SubscriptionNode *, int> before;   // folders' and smart entries' numbers
    forEachNode(*m_root, [&](SubscriptionNode &node) {
        if (node.kind != NodeKind::Feed) {
            before.insert(&node, node.unread);
            return;
        }
        const FeedRow *row = byId.value(node.id);
        if (!row)
            return;   // deleted meanwhile: reload() takes it out
        const bool looks = row->icon != node.feed.icon || row->status != node.feed.status;
        const bool differs = looks || row->unread != node.unread || row->title != node.feed.title
            || row->lastError != node.feed.lastError || row->url != node.feed.url
            || row->consecutiveFailures != node.feed.consecutiveFailures;
        // The folder stays what the tree shows: moves arrive through moveFinished() or reload().
        const std::optional<qint64> folder = node.feed.folderId;
        node.feed = *row;
        node.feed.folderId = folder;
        node.title = row->title;
        node.unread = row->unread;
        if (looks)
            node.icon = feedIcon(node.feed);
        if (differs)
            changed.append(&node);
    });
    sumFolderCounts(*m_root);
    readSmartCounts();
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key()->unread != it.value())
            changed.append(it.key());
    }
    // One signal per parent, over the span of rows that changed: a view behind a filtering proxy
    // re-examines each signal's rows and their ancestors, and a thousand one-row signals after
    // "mark everything read" held the GUI thread for seconds.
    QHash<SubscriptionNode *, std::pair<int, int>> spans;
    for (const SubscriptionNode *node : std::as_const(changed)) {
        auto found = spans.find(node->parent);
        if (found == spans.end())
            spans.insert(node->parent, {node->row, node->row});
        else
            *found = {qMin(found->first, node->row), qMax(found->second, node->row)};
    }
    for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
        const std::vector<std::unique_ptr<SubscriptionNode>> &rows = it.key()->children;
        emit dataChanged(indexFor(rows.at(it->first).get(), TitleColumn),
                         indexFor(rows.at(it->second).get(), UnreadColumn));
    }
}

void SubscriptionModel::emitCountsChanged(SubscriptionNode *node)
{
    emit dataChanged(indexFor(node, TitleColumn), indexFor(node, UnreadColumn));
}

SubscriptionNode *SubscriptionModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<SubscriptionNode *>(index.internalPointer()) : m_root.get();
}

QModelIndex SubscriptionModel::indexFor(const SubscriptionNode *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<SubscriptionNode *>(node));
}

SubscriptionNode *SubscriptionModel::findNode(NodeKind kind, qint64 id) const
{
    SubscriptionNode *found = nullptr;
    forEachNode(*m_root, [&](SubscriptionNode &node) {
        if (!found && node.kind == kind && (kind == NodeKind::Smart ? qint64(node.smart) : node.id) == id)
            found = &node;
    });
    return found;
}

QModelIndex SubscriptionModel::feedIndex(qint64 feedId) const
{
    return indexFor(findNode(NodeKind::Feed, feedId));
}

QModelIndex SubscriptionModel::folderIndex(qint64 folderId) const
{
    return indexFor(findNode(NodeKind::Folder, folderId));
}

QModelIndex SubscriptionModel::smartIndex(SmartEntry entry) const
{
    return indexFor(findNode(NodeKind::Smart, qint64(entry)));
}

ItemFilter SubscriptionModel::filterFor(const QModelIndex &index) const
{
    const SubscriptionNode *node = nodeFor(index);
    ItemFilter filter;
    if (node == m_root.get())
        return filter;
    switch (node->kind) {
    case NodeKind::Smart:
        switch (node->smart) {
        case SmartEntry::All: break;
        case SmartEntry::Unread: filter.unreadOnly = true; break;
        case SmartEntry::Starred: filter.starredOnly = true; break;
        case SmartEntry::Today: filter.since = todayStart(); break;
        }
        break;
    case NodeKind::Folder:
        filter.feedIds = feedIdsUnder(*node);
        if (filter.feedIds.isEmpty())
            filter.feedIds = {0};   // an empty list would mean every feed (store.h)
        break;
    case NodeKind::Feed:
        filter.feedId = node->id;
        break;
    }
    return filter;
}

QModelIndex SubscriptionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.column() > 0 || column < 0 || column >= ColumnCount || row < 0)
        return {};
    const SubscriptionNode *node = nodeFor(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex SubscriptionModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int SubscriptionModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int SubscriptionModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString SubscriptionModel::smartTitle(SmartEntry entry) const
{
    switch (entry) {
    case SmartEntry::All: return tr("All items");
    case SmartEntry::Unread: return tr("Unread");
    case SmartEntry::Starred: return tr("Starred");
    case SmartEntry::Today: return tr("Today");
    }
    return {};
}

QString SubscriptionModel::feedProblem(const FeedRow &feed) const
{
    switch (feed.status) {
    case FeedStatus::Failing:
        //: %1 is the error of the last fetch.
        return tr("Fetching failed %n time(s) in a row: %1", nullptr, qMax(1, feed.consecutiveFailures)).arg(feed.lastError);
    case FeedStatus::Gone:
        return feed.lastError.isEmpty() ? tr("This feed is gone; it is no longer fetched.")
                                        : tr("This feed is gone; it is no longer fetched: %1").arg(feed.lastError);
    case FeedStatus::Moved:
        return tr("This feed moved permanently; it is now fetched from %1").arg(feed.url);
    case FeedStatus::New:
    case FeedStatus::Ok:
        break;
    }
    return feed.lastError;
}

QString SubscriptionModel::toolTip(const SubscriptionNode &node) const
{
    QStringList lines;
    switch (node.kind) {
    case NodeKind::Smart: return {};
    case NodeKind::Folder: lines << node.title; break;
    case NodeKind::Feed:
        lines << (node.title.isEmpty() ? node.feed.url : node.title);
        if (!node.title.isEmpty())
            lines << node.feed.url;
        if (const QString problem = feedProblem(node.feed); !problem.isEmpty())
            lines << problem;
        break;
    }
    // Tooltips guess rich text (Qt::mightBeRichText): titles and errors come from the network, so
    // they are escaped into a paragraph that shows exactly their text (threats.md §5).
    return Qt::convertFromPlainText(lines.join(QLatin1Char('\n')), Qt::WhiteSpaceNormal);
}

QVariant SubscriptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SubscriptionNode &node = *nodeFor(index);
    const bool countsUnread = !(node.kind == NodeKind::Smart && node.smart == SmartEntry::Starred);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == UnreadColumn)
            return node.unread > 0 ? QVariant(node.unread) : QVariant();
        if (node.kind == NodeKind::Smart)
            return smartTitle(node.smart);
        return node.kind == NodeKind::Feed && node.title.isEmpty() ? node.feed.url : node.title;
    case Qt::FontRole:
        if (countsUnread && node.unread > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() != TitleColumn)
            return {};
        if (node.kind == NodeKind::Feed)
            return node.icon;
        if (node.kind == NodeKind::Folder)
            return QIcon::fromTheme(QStringLiteral("folder"), QApplication::style()->standardIcon(QStyle::SP_DirIcon));
        return smartIcon(node.smart);
    case Qt::ToolTipRole:
        return toolTip(node);
    case Qt::TextAlignmentRole:
        if (index.column() == UnreadColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NodeKindRole:
        return int(node.kind);
    case SmartEntryRole:
        return node.kind == NodeKind::Smart ? QVariant(int(node.smart)) : QVariant();
    case FeedIdRole:
        return node.kind == NodeKind::Feed ? QVariant(node.id) : QVariant();
    case FolderIdRole:
        if (node.kind == NodeKind::Folder)
            return node.id;
        if (node.kind == NodeKind::Feed && node.feed.folderId)
            return *node.feed.folderId;
        return {};
    case UnreadCountRole:
        return node.unread;
    case FilterRole:
        return QVariant::fromValue(filterFor(index));
    case FeedStatusRole:
        return node.kind == NodeKind::Feed ? QVariant(int(node.feed.status)) : QVariant();
    default:
        return {};
    }
}

QVariant SubscriptionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Subscriptions");
    case UnreadColumn: return tr("Unread");
    default: return {};
    }
}

Qt::ItemFlags SubscriptionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;   // the top level: out of any folder
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const SubscriptionNode &node = *nodeFor(index);
    if (node.kind == NodeKind::Feed)
        flags |= Qt::ItemIsDragEnabled;
    if (node.kind == NodeKind::Folder)
        flags |= Qt::ItemIsDropEnabled | Qt::ItemIsDragEnabled;
    return flags;
}

Qt::DropActions SubscriptionModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions SubscriptionModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList SubscriptionModel::mimeTypes() const
{
    return {QLatin1String(kFeedIdsMimeType), QLatin1String(kFolderIdsMimeType)};
}

QMimeData *SubscriptionModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    QList<qint64> folderIds;
    for (const QModelIndex &index : indexes) {
        const SubscriptionNode *node = index.isValid() ? nodeFor(index) : nullptr;
        if (node && node->kind == NodeKind::Feed && !ids.contains(node->id))
            ids.append(node->id);
        if (node && node->kind == NodeKind::Folder && !folderIds.contains(node->id))
            folderIds.append(node->id);
    }
    if (ids.isEmpty() && folderIds.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    if (!ids.isEmpty())
        data->setData(QLatin1String(kFeedIdsMimeType), encodeFeedIds(ids));
    if (!folderIds.isEmpty())
        data->setData(QLatin1String(kFolderIdsMimeType), encodeFeedIds(folderIds));
    return data;
}

bool SubscriptionModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                        const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || (decodeFeedIds(data).isEmpty() && decodeFolderIds(data).isEmpty()))
        return false;
    return !parent.isValid() || nodeFor(parent)->kind == NodeKind::Folder;
}

bool SubscriptionModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const std::optional<qint64> folderId = parent.isValid() ? std::optional<qint64>(nodeFor(parent)->id)
                                                            : std::nullopt;
    const SubscriptionNode *target = nodeFor(parent);
    bool moving = false;
    for (qint64 feedId : decodeFeedIds(data)) {
        const SubscriptionNode *feed = findNode(NodeKind::Feed, feedId);
        if (!feed || feed->parent == target)
            continue;
        moving = true;
        // The tree changes when the write is done, not before: a failed move leaves nothing to undo.
        m_store.moveFeed(feedId, folderId, [self = QPointer<SubscriptionModel>(this), feedId, folderId](
                                               const WriteResult &result) {
            if (self)
                self->moveFinished(feedId, folderId, result);
        });
    }
    for (qint64 moved : decodeFolderIds(data)) {
        const SubscriptionNode *folder = findNode(NodeKind::Folder, moved);
        if (!folder || folder->parent == target || folder == target)
            continue;
        moving = true;
        // A folder carries a branch: the tree is read again once the store has moved it (it
        // refuses a move into the folder's own branch, and says so through writeFailed).
        m_store.moveFolder(moved, folderId, [self = QPointer<SubscriptionModel>(this)](
                                                               const WriteResult &result) {
            if (!self)
                return;
            if (result.ok)
                self->reload();
            else
                emit self->writeFailed(result.error);
        });
    }
    // Nothing for the view to remove afterwards: removeRows() is not implemented, rows only move.
    return moving;
}

void SubscriptionModel::moveFinished(qint64 feedId, std::optional<qint64> folderId, const WriteResult &result)
{
    if (!result.ok) {
        emit writeFailed(result.error);
        return;
    }
    SubscriptionNode *feed = findNode(NodeKind::Feed, feedId);
    SubscriptionNode *target = folderId ? findNode(NodeKind::Folder, *folderId) : m_root.get();
    if (!feed || !target) {
        reload();   // the tree no longer has what was dragged or where it went
        return;
    }
    SubscriptionNode *source = feed->parent;
    if (source == target)
        return;
    // The store puts a moved feed last in its folder.
    const int from = feed->row;
    const int to = int(target->children.size());
    beginMoveRows(indexFor(source), from, from, indexFor(target), to);
    std::unique_ptr<SubscriptionNode> node = source->takeChild(from);
    node->feed.folderId = folderId;
    target->addChild(std::move(node));
    endMoveRows();

    QHash<SubscriptionNode *, int> before;
    for (SubscriptionNode *up = source; up && up != m_root.get(); up = up->parent)
        before.insert(up, up->unread);
    for (SubscriptionNode *up = target; up && up != m_root.get(); up = up->parent)
        before.insert(up, up->unread);
    sumFolderCounts(*m_root);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key()->unread != it.value())
            emitCountsChanged(it.key());
    }
    emitCountsChanged(feed);   // FolderIdRole
}

} // namespace tidings::app
