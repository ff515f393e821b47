#pragma once

// The tree behind SubscriptionModel, built from Store values: smart entries, then folders (each
// with its subfolders, then its feeds), then the feeds outside any folder. Internal to app/models.

#include "core/store/store.h"

#include <QIcon>

#include <memory>
#include <vector>

namespace tidings::app {

enum class NodeKind { Smart, Folder, Feed };
enum class SmartEntry { All, Unread, Starred, Today };

struct SubscriptionNode {
    NodeKind kind = NodeKind::Feed;
    SmartEntry smart = SmartEntry::All;   // Kind::Smart
    qint64 id = 0;            // the folder's or the feed's
    QString title;
    int unread = 0;           // a feed's, a folder's feeds' together, or the smart entry's number
    FeedRow feed;             // Kind::Feed
    QIcon icon;               // Kind::Feed: favicon (or the generic one), with a badge when failing
    SubscriptionNode *parent = nullptr;
    int row = 0;              // index in parent->children, kept current by the tree's edits
    std::vector<std::unique_ptr<SubscriptionNode>> children;

    SubscriptionNode *addChild(std::unique_ptr<SubscriptionNode> child);
    std::unique_ptr<SubscriptionNode> takeChild(int row);
    void insertChild(int row, std::unique_ptr<SubscriptionNode> child);
    int firstFeedRow() const;   // where feeds start among the children (folders come first)
};

// The root (invisible) node of the tree for these rows; feeds whose folder is unknown go to the top.
std::unique_ptr<SubscriptionNode> buildSubscriptionTree(const QList<FolderRow> &folders, const QList<FeedRow> &feeds);

// Every feed id under `node` (itself when it is a feed), depth first.
QList<qint64> feedIdsUnder(const SubscriptionNode &node);

// Folder counts are their feeds' sums: recomputed after feed counts change.
void sumFolderCounts(SubscriptionNode &node);

} // namespace tidings::app
