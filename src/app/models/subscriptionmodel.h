#pragma once

// The subscriptions pane: smart entries (All, Unread, Starred, Today) with their counts, then the
// folders and feeds of the Store as a tree. Column 0 is the title (plain text, with the favicon and
// a badge for feeds in trouble), column 1 the unread count. Each node carries the ItemFilter that
// selects its items, for the item list. Feeds can be dragged between folders; the move is a Store
// job, and the tree follows when its result arrives.

#include "app/models/subscriptionnode.h"
#include "core/store/store.h"

#include <QAbstractItemModel>
#include <QDateTime>

#include <functional>
#include <memory>

namespace tidings::app {

class SubscriptionModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, UnreadColumn, ColumnCount };
    enum Role {
        NodeKindRole = Qt::UserRole + 1,   // int(NodeKind)
        SmartEntryRole,                    // int(SmartEntry); smart entries only
        FeedIdRole,                        // qint64; feeds only
        FolderIdRole,                      // qint64; folders, and feeds in a folder
        UnreadCountRole,                   // int: the feed's, the folder's feeds' together, the entry's
        FilterRole,                        // ItemFilter (QVariant::fromValue) for the item list
        FeedStatusRole,                    // int(FeedStatus); feeds only
    };
    static constexpr char kFeedIdsMimeType[] = "application/x-tidings-feed-ids";
    static constexpr char kFolderIdsMimeType[] = "application/x-tidings-folder-ids";

    // Midnight of today, for the Today entry; a test passes a fixed one.
    using TodayStart = std::function<QDateTime()>;

    explicit SubscriptionModel(Store &store, QObject *parent = nullptr, TodayStart todayStart = {});
    ~SubscriptionModel() override;

    // Rebuilds the whole tree from the Store (a reset: for added, deleted or renamed subscriptions).
    void reload();
    // Reads the counts, titles, icons and fetch states again and changes them in place: no rows come
    // or go, so selection and expansion survive. A refresh calls it as feeds finish.
    void updateCounts();

    QModelIndex feedIndex(qint64 feedId) const;
    QModelIndex folderIndex(qint64 folderId) const;
    QModelIndex smartIndex(SmartEntry entry) const;
    ItemFilter filterFor(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // A Store job this model started (a move) failed; one translated sentence.
    void writeFailed(const QString &error);
    // The rows on screen are built from the Store but it could not be read; one translated sentence.
    void readFailed(const QString &error);

private:
    SubscriptionNode *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const SubscriptionNode *node, int column = TitleColumn) const;
    SubscriptionNode *findNode(NodeKind kind, qint64 id) const;
    QDateTime todayStart() const;
    void readSmartCounts();
    void moveFinished(qint64 feedId, std::optional<qint64> folderId, const WriteResult &result);
    void emitCountsChanged(SubscriptionNode *node);
    QString smartTitle(SmartEntry entry) const;
    QString toolTip(const SubscriptionNode &node) const;
    QString feedProblem(const FeedRow &feed) const;

    Store &m_store;
    TodayStart m_todayStart;
    std::unique_ptr<SubscriptionNode> m_root;
};

} // namespace tidings::app

Q_DECLARE_METATYPE(tidings::ItemFilter)
