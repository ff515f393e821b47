// MainWindow, part three: managing subscriptions (adding, OPML, the subscriptions pane's context
// menu, renaming, moving, deleting). Part one (mainwindow.cpp) builds the window, part two
// (mainwindowactions.cpp) the reading and refresh actions.

#include "app/mainwindow.h"
#include "ui_mainwindow.h"

#include "app/dialogs/addfeeddialog.h"
#include "app/dialogs/opmlexport.h"
#include "app/dialogs/opmlimport.h"
#include "app/models/subscriptionmodel.h"
#include "app/refreshstatus.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>

namespace tidings::app {

// --- subscriptions -------------------------------------------------------------------------------

void MainWindow::addFeed(const QString &url)
{
    AddFeedDialog dialog(m_store, this);
    if (!url.isEmpty())
        dialog.setUrl(url);
    if (dialog.exec() == QDialog::Accepted)
        feedsAdded(dialog.addedFeedIds());
}

void MainWindow::feedsAdded(const QList<qint64> &added)
{
    reloadSubscriptions();
    if (added.isEmpty() || m_refresh.isRunning())
        return;
    RefreshOptions options;
    options.defaultIntervalMinutes = defaultIntervalMinutes();
    options.feedIds = added;
    if (m_refresh.start(options))
        m_refreshStatus->started(int(added.size()));
}

void MainWindow::importOpml()
{
    if (importOpmlInteractively(m_store, this) > 0) {
        reloadSubscriptions();
        refreshAll();
    }
}

void MainWindow::exportOpml()
{
    exportOpmlInteractively(m_store, this);
}

qint64 MainWindow::selectedFeedId() const
{
    const QModelIndex current = currentSubscription();
    return current.data(SubscriptionModel::FeedIdRole).toLongLong();
}

void MainWindow::showSubscriptionMenu(const QPoint &position)
{
    const QModelIndex index = m_subscriptionFilter->mapToSource(m_ui->subscriptionsView->indexAt(position));
    if (!index.isValid())
        return;
    const auto kind = NodeKind(index.data(SubscriptionModel::NodeKindRole).toInt());
    QMenu menu(this);
    menu.addAction(m_ui->refreshSelectedAction);
    menu.addAction(m_ui->markSelectionReadAction);
    if (kind != NodeKind::Smart) {
        menu.addSeparator();
        menu.addAction(tr("Rename…"), this, &MainWindow::renameSelected);
        addMoveMenu(menu, index);
        if (kind == NodeKind::Feed) {
            menu.addAction(tr("Open Web Site"), this, &MainWindow::openSite);
            menu.addAction(tr("Copy Feed Address"), this, &MainWindow::copyFeedUrl);
            menu.addAction(m_ui->feedPropertiesAction);
        }
        menu.addSeparator();
        menu.addAction(tr("Delete…"), this, &MainWindow::deleteSelected);
    }
    menu.exec(m_ui->subscriptionsView->viewport()->mapToGlobal(position));
}

void MainWindow::addMoveMenu(QMenu &menu, const QModelIndex &index)
{
    // Every folder by its path, and the top level; the store refuses a folder into its own branch.
    const auto kind = NodeKind(index.data(SubscriptionModel::NodeKindRole).toInt());
    const qint64 feedId = index.data(SubscriptionModel::FeedIdRole).toLongLong();
    const qint64 folderId = index.data(SubscriptionModel::FolderIdRole).toLongLong();
    QMenu *move = menu.addMenu(tr("Move To"));
    const auto moveTo = [this, kind, feedId, folderId](std::optional<qint64> target) {
        const Completion done = whileAlive([this](const WriteResult &result) {
            if (result.ok)
                reloadSubscriptions();
        });
        if (kind == NodeKind::Feed)
            m_store.moveFeed(feedId, target, done);
        else
            m_store.moveFolder(folderId, target, done);
    };
    move->addAction(tr("Top Level"), this, [moveTo] { moveTo(std::nullopt); });
    const ReadResult<FolderRow> folders = m_store.folders();
    if (!folders.rows.isEmpty())
        move->addSeparator();
    for (const FolderRow &folder : folders.rows) {
        if (kind == NodeKind::Folder && folder.id == folderId)
            continue;
        // Folder names come from OPML files: menu text would turn "&" into a shortcut marker.
        QString label = folder.path.join(QStringLiteral(" / "));
        label.replace(u'&', QLatin1String("&&"));
        move->addAction(label, this, [moveTo, id = folder.id] { moveTo(id); });
    }
}

void MainWindow::renameSelected()
{
    const QModelIndex index = currentSubscription();
    const auto kind = NodeKind(index.data(SubscriptionModel::NodeKindRole).toInt());
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename"), tr("New name:"), QLineEdit::Normal,
                                               index.data(Qt::DisplayRole).toString(), &ok).trimmed();
    if (!ok)
        return;
    const Completion done = whileAlive([this](const WriteResult &result) {
        if (result.ok)
            reloadSubscriptions();
    });
    if (kind == NodeKind::Feed)
        m_store.renameFeed(index.data(SubscriptionModel::FeedIdRole).toLongLong(), name, done);
    else if (kind == NodeKind::Folder && !name.isEmpty())
        m_store.renameFolder(index.data(SubscriptionModel::FolderIdRole).toLongLong(), name, done);
}

void MainWindow::deleteSelected()
{
    const QModelIndex index = currentSubscription();
    const auto kind = NodeKind(index.data(SubscriptionModel::NodeKindRole).toInt());
    const QString name = index.data(Qt::DisplayRole).toString();
    QMessageBox box(QMessageBox::Question, tr("Delete"),
                    kind == NodeKind::Feed
                        ? tr("Unsubscribe from “%1” and delete its items?").arg(name)
                        : tr("Delete the folder “%1”? Its feeds move to the top level.").arg(name),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    const Completion done = whileAlive([this](const WriteResult &result) {
        if (result.ok) {
            reloadSubscriptions();
            selectSubscription(m_subscriptions->index(0, 0));
        }
    });
    if (kind == NodeKind::Feed)
        m_store.deleteFeed(index.data(SubscriptionModel::FeedIdRole).toLongLong(), done);
    else if (kind == NodeKind::Folder)
        m_store.deleteFolder(index.data(SubscriptionModel::FolderIdRole).toLongLong(), done);
}

} // namespace tidings::app
