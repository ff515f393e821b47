// MainWindow, part two: the actions a reader triggers (keyboard reading, marks, refresh) and the
// item list's context menu. Part one (mainwindow.cpp) builds the window and follows the selection;
// part three (mainwindowsubscriptions.cpp) manages subscriptions.

#include "app/mainwindow.h"
#include "ui_mainwindow.h"

#include "app/article/articleview.h"
#include "app/models/itemlistmodel.h"
#include "app/models/subscriptionmodel.h"
#include "app/refreshscheduler.h"
#include "app/refreshstatus.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>

#include <functional>

namespace tidings::app {
namespace {

// Only these leave the app: a feed may put anything in a link.
bool isOpenable(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

} // namespace

void MainWindow::setUpActions()
{
    Ui::MainWindow &ui = *m_ui;
    m_shortcuts = {
        {ui.addFeedAction, {QKeySequence(Qt::CTRL | Qt::Key_N)}},
        {ui.importOpmlAction, {}},
        {ui.exportOpmlAction, {}},
        {ui.quitAction, {QKeySequence::Quit}},
        {ui.searchAction, {QKeySequence::Find}},
        {ui.filterAction, {QKeySequence(Qt::Key_Slash)}},
        {ui.zoomInAction, {QKeySequence::ZoomIn}},
        {ui.zoomOutAction, {QKeySequence::ZoomOut}},
        {ui.zoomResetAction, {QKeySequence(Qt::CTRL | Qt::Key_0)}},
        {ui.refreshAllAction, {QKeySequence(Qt::Key_R), QKeySequence::Refresh}},
        {ui.refreshSelectedAction, {QKeySequence(Qt::SHIFT | Qt::Key_R)}},
        {ui.cancelRefreshAction, {}},
        {ui.markSelectionReadAction, {QKeySequence(Qt::SHIFT | Qt::Key_A)}},
        {ui.markAllReadAction, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}},
        {ui.undoMarkReadAction, {QKeySequence::Undo}},
        {ui.feedPropertiesAction, {QKeySequence(Qt::ALT | Qt::Key_Return)}},
        {ui.nextItemAction, {QKeySequence(Qt::Key_J)}},
        {ui.previousItemAction, {QKeySequence(Qt::Key_K)}},
        {ui.nextUnreadAction, {QKeySequence(Qt::Key_N)}},
        {ui.pageDownAction, {QKeySequence(Qt::Key_Space)}},
        {ui.toggleReadAction, {QKeySequence(Qt::Key_M)}},
        {ui.toggleStarAction, {QKeySequence(Qt::Key_S)}},
        {ui.openInBrowserAction, {QKeySequence(Qt::Key_O)}},
        {ui.copyLinkAction, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}},
        {ui.preferencesAction, {QKeySequence(QKeySequence::Preferences)}},
        {ui.shortcutsAction, {QKeySequence::HelpContents}},
        {ui.aboutAction, {}},
    };
    applyShortcuts(m_shortcuts, m_settings);
    // Letters and Space would be eaten by the text fields otherwise; typing there must still work.
    for (QLineEdit *field : {ui.searchField, ui.feedFilter})
        field->installEventFilter(this);

    const auto icon = [](const char *theme, const char *fallback) {
        return QIcon::fromTheme(QLatin1String(theme), QIcon(QLatin1String(fallback)));
    };
    ui.refreshAllAction->setIcon(icon("view-refresh", ":/icons/refresh.svg"));
    ui.addFeedAction->setIcon(icon("list-add", ":/icons/add.svg"));
    ui.markSelectionReadAction->setIcon(icon("mail-mark-read", ":/icons/mark-read.svg"));
    ui.toggleStarAction->setIcon(icon("starred", ":/icons/star.svg"));
    ui.openInBrowserAction->setIcon(icon("internet-web-browser", ":/icons/open.svg"));

    connect(ui.addFeedAction, &QAction::triggered, this, [this] { addFeed(); });
    connect(ui.importOpmlAction, &QAction::triggered, this, &MainWindow::importOpml);
    connect(ui.exportOpmlAction, &QAction::triggered, this, &MainWindow::exportOpml);
    connect(ui.quitAction, &QAction::triggered, this, &QWidget::close);
    connect(ui.wideLayoutAction, &QAction::triggered, this, [this] { applyLayout(PaneLayout::Wide); });
    connect(ui.classicLayoutAction, &QAction::triggered, this, [this] { applyLayout(PaneLayout::Classic); });
    connect(ui.searchAction, &QAction::triggered, this, [this] {
        m_ui->searchField->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchField->selectAll();
    });
    connect(ui.filterAction, &QAction::triggered, this, [this] {
        m_ui->feedFilter->setFocus(Qt::ShortcutFocusReason);
        m_ui->feedFilter->selectAll();
    });
    connect(ui.zoomInAction, &QAction::triggered, this,
            [this] { m_ui->articleView->setZoomFactor(qMin(5.0, m_ui->articleView->zoomFactor() + 0.1)); });
    connect(ui.zoomOutAction, &QAction::triggered, this,
            [this] { m_ui->articleView->setZoomFactor(qMax(0.25, m_ui->articleView->zoomFactor() - 0.1)); });
    connect(ui.zoomResetAction, &QAction::triggered, this, [this] { m_ui->articleView->setZoomFactor(1.0); });
    connect(ui.refreshAllAction, &QAction::triggered, this, &MainWindow::refreshAll);
    connect(ui.refreshSelectedAction, &QAction::triggered, this, &MainWindow::refreshSelected);
    connect(ui.cancelRefreshAction, &QAction::triggered, &m_refresh, &RefreshService::cancel);
    connect(ui.markSelectionReadAction, &QAction::triggered, this, &MainWindow::markSelectionRead);
    connect(ui.markAllReadAction, &QAction::triggered, this, &MainWindow::markAllRead);
    connect(ui.undoMarkReadAction, &QAction::triggered, this, &MainWindow::undoMarkRead);
    connect(ui.nextItemAction, &QAction::triggered, this, &MainWindow::nextItem);
    connect(ui.previousItemAction, &QAction::triggered, this, &MainWindow::previousItem);
    connect(ui.nextUnreadAction, &QAction::triggered, this, &MainWindow::nextUnread);
    connect(ui.pageDownAction, &QAction::triggered, this, &MainWindow::pageDown);
    connect(ui.toggleReadAction, &QAction::triggered, this, &MainWindow::toggleRead);
    connect(ui.toggleStarAction, &QAction::triggered, this, &MainWindow::toggleStar);
    connect(ui.openInBrowserAction, &QAction::triggered, this, &MainWindow::openInBrowser);
    connect(ui.copyLinkAction, &QAction::triggered, this, &MainWindow::copyLink);
    connect(ui.feedPropertiesAction, &QAction::triggered, this, &MainWindow::showFeedProperties);
    connect(ui.preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(ui.shortcutsAction, &QAction::triggered, this, [this] { showShortcutsHelp(m_shortcuts, this); });
    connect(ui.aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    updateItemActions();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // In a text field a plain letter or Space is text, not a command; Escape leaves the field.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = (key->modifiers() & ~Qt::ShiftModifier) == 0 && !key->text().isEmpty()
                           && key->text().at(0).isPrint();
        if (plain) {
            event->accept();
            return false;
        }
        if (key->key() == Qt::Key_Escape) {
            m_ui->itemsView->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

// --- reading -------------------------------------------------------------------------------------

void MainWindow::moveToRow(int row)
{
    while (row >= m_items->rowCount() && m_items->canFetchMore({}))
        m_items->fetchMore({});
    if (row < 0 || row >= m_items->rowCount())
        return;
    const QModelIndex index = m_items->index(row, ItemListModel::TitleColumn);
    m_ui->itemsView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->itemsView->scrollTo(index);
}

int MainWindow::firstRowAfterChosen() const
{
    // The list's current row is only the reader's choice when it is selected: a list that merely
    // has the focus starts at its current row, not after it.
    const QModelIndex current = m_ui->itemsView->currentIndex();
    if (!current.isValid())
        return 0;
    return m_ui->itemsView->selectionModel()->isRowSelected(current.row(), {}) ? current.row() + 1 : current.row();
}

void MainWindow::nextItem()
{
    moveToRow(firstRowAfterChosen());
}

void MainWindow::previousItem()
{
    const QModelIndex current = m_ui->itemsView->currentIndex();
    if (current.isValid())
        moveToRow(current.row() - 1);
}

bool MainWindow::selectNextUnreadInList()
{
    for (int row = firstRowAfterChosen();; ++row) {
        if (row >= m_items->rowCount()) {
            if (!m_items->canFetchMore({}))
                return false;
            m_items->fetchMore({});
            continue;
        }
        // The row just shown counts as read even while its mark is still on its way.
        const QModelIndex index = m_items->index(row, 0);
        if (!index.data(ItemListModel::ReadRole).toBool()
            && index.data(ItemListModel::ItemIdRole).toLongLong() != m_shownItem) {
            moveToRow(row);
            return true;
        }
    }
}

void MainWindow::nextUnread()
{
    if (selectNextUnreadInList())
        return;
    // Nothing left here: the next feed (in tree order, wrapping) that has unread items.
    const QModelIndex next = nextFeedWithUnread(currentSubscription());
    if (!next.isValid()) {
        showMessage(tr("No unread items left"));
        return;
    }
    selectSubscription(next);
    selectNextUnreadInList();
}

QModelIndex MainWindow::nextFeedWithUnread(const QModelIndex &from) const
{
    // Feeds in the order the tree shows them; the search wraps around once.
    QList<QModelIndex> feeds;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_subscriptions->rowCount(parent); ++row) {
            const QModelIndex index = m_subscriptions->index(row, 0, parent);
            if (NodeKind(index.data(SubscriptionModel::NodeKindRole).toInt())
                == NodeKind::Feed)
                feeds.append(index);
            collect(index);
        }
    };
    collect({});
    const qint64 fromFeed = from.data(SubscriptionModel::FeedIdRole).toLongLong();
    qsizetype start = 0;
    for (qsizetype i = 0; i < feeds.size(); ++i) {
        if (feeds[i].data(SubscriptionModel::FeedIdRole).toLongLong() == fromFeed) {
            start = i + 1;
            break;
        }
    }
    for (qsizetype k = 0; k < feeds.size(); ++k) {
        const QModelIndex candidate = feeds[(start + k) % feeds.size()];
        if (candidate.data(SubscriptionModel::FeedIdRole).toLongLong() != fromFeed
            && candidate.data(SubscriptionModel::UnreadCountRole).toInt() > 0)
            return candidate;
    }
    return {};
}

void MainWindow::pageDown()
{
    if (!m_ui->itemsView->currentIndex().isValid()) {
        nextUnread();
        return;
    }
    QPointer<MainWindow> self(this);
    m_ui->articleView->scrollPageDown([self](bool scrolled) {
        if (self && !scrolled)
            self->nextUnread();
    });
}

QList<int> MainWindow::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->itemsView->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_ui->itemsView->currentIndex().isValid())
        rows.append(m_ui->itemsView->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void MainWindow::toggleRead()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    m_markReadTimer.stop();   // the reader decided: no automatic mark on top of it
    const bool read = !m_items->index(rows.first(), 0).data(ItemListModel::ReadRole).toBool();
    m_items->setRead(rows, read);
    m_countsTimer.start();
}

void MainWindow::toggleStar()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const bool starred = !m_items->index(rows.first(), 0).data(ItemListModel::StarredRole).toBool();
    m_items->setStarred(rows, starred);
    m_countsTimer.start();
}

void MainWindow::openInBrowser()
{
    int opened = 0;
    for (int row : selectedRows()) {
        const QUrl url(m_items->index(row, 0).data(ItemListModel::LinkRole).toString());
        if (isOpenable(url) && QDesktopServices::openUrl(url))
            ++opened;
    }
    if (opened == 0)
        showMessage(tr("This item has no web address to open"));
}

void MainWindow::copyLink()
{
    QStringList links;
    for (int row : selectedRows()) {
        const QString link = m_items->index(row, 0).data(ItemListModel::LinkRole).toString();
        if (!link.isEmpty())
            links.append(link);
    }
    if (!links.isEmpty())
        QApplication::clipboard()->setText(links.join(u'\n'));
}

// --- refresh -------------------------------------------------------------------------------------

void MainWindow::refreshAll()
{
    if (m_refresh.isRunning())
        return;
    m_failing.clear();
    RefreshOptions options;
    options.defaultIntervalMinutes = defaultIntervalMinutes();
    if (m_refresh.start(options))
        m_refreshStatus->started(int(m_feeds.size()));
    updateItemActions();
}

int MainWindow::defaultIntervalMinutes() const
{
    // When refreshing is manual, a feed's next due time still needs an interval: the hour.
    const int minutes = m_settings.refreshIntervalMinutes();
    return minutes > 0 ? minutes : 60;
}

void MainWindow::refreshSelected()
{
    if (m_refresh.isRunning())
        return;
    const ItemFilter filter = m_subscriptions->filterFor(currentSubscription());
    RefreshOptions options;
    options.defaultIntervalMinutes = defaultIntervalMinutes();
    options.feedIds = filter.feedIds;   // empty for the smart views: everything
    if (m_refresh.start(options))
        m_refreshStatus->started(options.feedIds.isEmpty() ? int(m_feeds.size()) : int(options.feedIds.size()));
    updateItemActions();
}

void MainWindow::onFeedRefreshed(const FeedRefreshOutcome &outcome)
{
    if (outcome.ok)
        m_failing.remove(outcome.feedId);
    else if (outcome.fetch != FetchOutcome::Cancelled)
        m_failing.insert(outcome.feedId, outcome.message);
    if (outcome.newItems > 0 || !outcome.ok)
        m_countsTimer.start();
}

void MainWindow::onRefreshFinished(const RefreshSummary &summary)
{
    if (std::exchange(m_dueCheckRunning, false))
        m_scheduler->dueCheckFinished(summary.feeds);
    if (summary.feeds == 0)
        return;   // a scheduled check that found nothing due: nothing to tell or to reload
    m_refreshStatus->finished(summary.newItems, summary.cancelled, QDateTime::currentDateTime());
    m_refreshStatus->setFailingFeeds(int(m_failing.size()));
    // Titles, icons, statuses and counts changed; the list shows new items where they belong,
    // keeping the item being read.
    const qint64 shown = m_shownItem;
    reloadSubscriptions();
    if (summary.newItems > 0)
        reloadItemsKeepingCurrent();
    m_shownItem = shown;
    updateItemActions();
}

void MainWindow::showFailingFeeds()
{
    QStringList lines;
    for (auto it = m_failing.cbegin(); it != m_failing.cend(); ++it) {
        const FeedRow feed = m_feeds.value(it.key());
        lines.append(tr("%1 (%2): %3").arg(feed.title.isEmpty() ? feed.url : feed.title, feed.url, it.value()));
    }
    lines.sort(Qt::CaseInsensitive);
    QMessageBox box(QMessageBox::Warning, tr("Failing Feeds"),
                    tr("%n feed(s) could not be refreshed.", nullptr, int(lines.size())), QMessageBox::Close, this);
    box.setTextFormat(Qt::PlainText);
    box.setDetailedText(lines.join(u'\n'));
    box.exec();
}

// --- marks ---------------------------------------------------------------------------------------

void MainWindow::markSelectionRead()
{
    // With the new items listed no subscription is current: their items, not everything. Their
    // title is not a place's name ("read in 12 new items" cannot be declined): the plain sentence.
    markRead(listFilter(), m_newItems ? QString() : currentSubscription().data(Qt::DisplayRole).toString());
}

void MainWindow::markAllRead()
{
    markRead(ItemFilter(), QString());
}

void MainWindow::markRead(const ItemFilter &base, const QString &what)
{
    // What is unread now is what gets marked and what undo gives back; a refresh adding items
    // meanwhile is neither. Everything and single feeds are marked by the store in a few set-based
    // statements, bounded by the newest item id there is now (ids only grow): reading a million
    // unread ids here first would stall the window for seconds. Folders and the other smart entries
    // name their unread items.
    const bool plain = !base.starredOnly && !base.since.isValid() && base.feedIds.isEmpty() && !base.itemIds;
    ItemSelection selection;
    if (plain) {
        const std::optional<qint64> newest = m_store.newestItemId();
        if (!newest) {
            showMessage(tr("The items cannot be read from the database"));
            return;
        }
        selection = base.feedId ? ItemSelection::feed(*base.feedId) : ItemSelection::all();
        selection.upToItemId = *newest;
    } else {
        ItemFilter filter = base;
        filter.unreadOnly = true;
        filter.search.clear();
        filter.limit = std::numeric_limits<int>::max();
        const ReadResult<ItemSummary> unread = m_store.itemSummaries(filter);
        if (!unread.ok()) {
            showMessage(unread.error);
            return;
        }
        QList<qint64> ids;
        ids.reserve(unread.rows.size());
        for (const ItemSummary &item : unread.rows)
            ids.append(item.id);
        if (ids.isEmpty())
            return;
        selection = ItemSelection::items(ids);
    }
    ++m_marksInFlight;
    updateItemActions();
    m_store.markRead(selection, true, whileAlive([this, what](const WriteResult &result) {
        --m_marksInFlight;
        if (result.ok && !result.ids.isEmpty()) {   // else jobFinished shows why, or nothing was unread
            // The undo names what this mark changed by its journal rows, not by a million ids.
            m_lastMarkedRead = ItemSelection::markedBy(result.journalFirst, result.journalLast);
            const int count = int(result.ids.size());
            const QString undo = m_ui->undoMarkReadAction->shortcut().toString(QKeySequence::NativeText);
            // Two sentences, not a translated "everything" filled into a feed's place: that reads
            // badly in English and cannot be declined in other languages.
            QString message;
            if (what.isEmpty()) {
                //: All unread items everywhere were marked. %1 is the Undo shortcut.
                message = tr("Marked %n item(s) read. Undo with %1.", nullptr, count).arg(undo);
            } else {
                //: %1 is the name of a feed, folder or view (All Items, Starred…), %2 the Undo shortcut.
                message = tr("Marked %n item(s) read in %1. Undo with %2.", nullptr, count).arg(what, undo);
            }
            statusBar()->showMessage(message, 10000);
            reloadItemsKeepingCurrent();
            m_subscriptions->updateCounts();
        }
        // Undo asked for while the store was still marking: it applies to this mark.
        if (m_marksInFlight == 0 && std::exchange(m_undoAfterMarks, false))
            undoMarkRead();
        updateItemActions();
    }));
}

void MainWindow::undoMarkRead()
{
    if (m_marksInFlight > 0) {
        m_undoAfterMarks = true;
        return;
    }
    const std::optional<ItemSelection> marked = std::exchange(m_lastMarkedRead, std::nullopt);
    if (!marked)
        return;
    m_store.markRead(*marked, false, whileAlive([this](const WriteResult &result) {
        if (!result.ok)
            return;
        showMessage(tr("%n item(s) unread again", nullptr, result.affected));
        reloadItemsKeepingCurrent();
        m_subscriptions->updateCounts();
    }));
    updateItemActions();
}

void MainWindow::showItemMenu(const QPoint &position)
{
    if (!m_ui->itemsView->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_ui->toggleReadAction);
    menu.addAction(m_ui->toggleStarAction);
    menu.addSeparator();
    menu.addAction(m_ui->openInBrowserAction);
    menu.addAction(m_ui->copyLinkAction);
    menu.exec(m_ui->itemsView->viewport()->mapToGlobal(position));
}

void MainWindow::openSite()
{
    const QUrl site(m_feeds.value(selectedFeedId()).siteUrl);
    if (isOpenable(site))
        QDesktopServices::openUrl(site);
    else
        showMessage(tr("This feed names no web site"));
}

void MainWindow::copyFeedUrl()
{
    const FeedRow feed = m_feeds.value(selectedFeedId());
    if (!feed.url.isEmpty())
        QApplication::clipboard()->setText(feed.url);
}

} // namespace tidings::app
