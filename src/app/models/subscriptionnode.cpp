#include "app/models/subscriptionnode.h"

#include <QHash>

namespace tidings::app {

SubscriptionNode *SubscriptionNode::addChild(std::unique_ptr<SubscriptionNode> child)
{
    insertChild(int(children.size()), std::move(child));
    return children.back().get();
}

std::unique_ptr<SubscriptionNode> SubscriptionNode::takeChild(int at)
{
    std::unique_ptr<SubscriptionNode> child = std::move(children[size_t(at)]);
    children.erase(children.begin() + at);
    for (size_t i = size_t(at); i < children.size(); ++i)
        children[i]->row = int(i);
    child->parent = nullptr;
    return child;
}

void SubscriptionNode::insertChild(int at, std::unique_ptr<SubscriptionNode> child)
{
    child->parent = this;
    children.insert(children.begin() + at, std::move(child));
    for (size_t i = size_t(at); i < children.size(); ++i)
        children[i]->row = int(i);
}

int SubscriptionNode::firstFeedRow() const
{
    int row = 0;
    while (row < int(children.size()) && children[size_t(row)]->kind != NodeKind::Feed)
        ++row;
    return row;
}

std::unique_ptr<SubscriptionNode> buildSubscriptionTree(const QList<FolderRow> &folders, const QList<FeedRow> &feeds)
{
    auto root = std::make_unique<SubscriptionNode>();
    root->kind = NodeKind::Folder;
    for (SmartEntry entry : {SmartEntry::All, SmartEntry::Unread, SmartEntry::Starred, SmartEntry::Today}) {
        auto node = std::make_unique<SubscriptionNode>();
        node->kind = NodeKind::Smart;
        node->smart = entry;
        root->addChild(std::move(node));
    }
    // Folder rows come sorted by path, so a parent is always placed before its subfolders.
    QHash<qint64, SubscriptionNode *> folderNodes;
    for (const FolderRow &folder : folders) {
        auto node = std::make_unique<SubscriptionNode>();
        node->kind = NodeKind::Folder;
        node->id = folder.id;
        node->title = folder.name;
        SubscriptionNode *parent = folder.parentId ? folderNodes.value(*folder.parentId, root.get()) : root.get();
        folderNodes.insert(folder.id, parent->addChild(std::move(node)));
    }
    // Feed rows come sorted by folder path, position and title: that order is kept within a folder.
    for (const FeedRow &feed : feeds) {
        auto node = std::make_unique<SubscriptionNode>();
        node->kind = NodeKind::Feed;
        node->id = feed.id;
        node->title = feed.title;
        node->unread = feed.unread;
        node->feed = feed;
        SubscriptionNode *parent = feed.folderId ? folderNodes.value(*feed.folderId, root.get()) : root.get();
        parent->addChild(std::move(node));
    }
    sumFolderCounts(*root);
    return root;
}

QList<qint64> feedIdsUnder(const SubscriptionNode &node)
{
    if (node.kind == NodeKind::Feed)
        return {node.id};
    QList<qint64> ids;
    for (const auto &child : node.children)
        ids += feedIdsUnder(*child);
    return ids;
}

void sumFolderCounts(SubscriptionNode &node)
{
    if (node.kind != NodeKind::Folder)
        return;
    int sum = 0;
    for (const auto &child : node.children) {
        sumFolderCounts(*child);
        if (child->kind != NodeKind::Smart)
            sum += child->unread;
    }
    node.unread = sum;
}

} // namespace tidings::app
