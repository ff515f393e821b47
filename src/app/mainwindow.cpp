#include "app/mainwindow.h"
#include "ui_mainwindow.h"

#include "app/article/articleview.h"
#include "app/models/itemlistmodel.h"
#include "app/models/subscriptionmodel.h"
#include "app/refreshscheduler.h"
#include "app/refreshstatus.h"
#include "app/stardelegate.h"
#include "app/tray/traycontroller.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStatusBar>

namespace tidings::app {

MainWindow::MainWindow(Store &store, const QString &profileDir, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_settings(profileDir)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_subscriptions(new SubscriptionModel(store, this))
    , m_subscriptionFilter(new QSortFilterProxyModel(this))
    , m_items(new ItemListModel(store, this))
    , m_refreshStatus(new RefreshStatus(this))
    , m_refresh(store)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/tidings.svg")));
    statusBar()->addPermanentWidget(m_refreshStatus);
    setUpViews();
    setUpActions();
    restoreWindowState();

    m_markReadTimer.setSingleShot(true);
    connect(&m_markReadTimer, &QTimer::timeout, this, &MainWindow::markShownItemRead);
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(250);
    connect(&m_countsTimer, &QTimer::timeout, m_subscriptions, &SubscriptionModel::updateCounts);

    connect(&m_refresh, &RefreshService::progress, m_refreshStatus, &RefreshStatus::progressed);
    connect(&m_refresh, &RefreshService::feedFinished, this, &MainWindow::onFeedRefreshed);
    connect(&m_refresh, &RefreshService::finished, this, &MainWindow::onRefreshFinished);
    connect(m_refreshStatus, &RefreshStatus::cancelRequested, &m_refresh, &RefreshService::cancel);
    connect(m_refreshStatus, &RefreshStatus::failingFeedsRequested, this, &MainWindow::showFailingFeeds);
    connect(&m_store, &Store::jobFinished, this, [this](const WriteResult &result) {
        if (!result.ok)
            showMessage(result.error);
    });
    connect(m_items, &ItemListModel::readFailed, this, &MainWindow::showMessage);
    connect(m_subscriptions, &SubscriptionModel::readFailed, this, &MainWindow::showMessage);
    connect(m_subscriptions, &SubscriptionModel::writeFailed, this, &MainWindow::showMessage);
    // A dropped folder makes the model read the tree again: keep it open as it was shown.
    connect(m_subscriptions, &QAbstractItemModel::modelReset, m_ui->subscriptionsView, &QTreeView::expandAll);

    setUpScheduler();
    // A refresh at start is automatic too: not while paused or offline.
    if (m_settings.refreshAtStart() && !m_scheduler->isPaused() && m_scheduler->isOnline()) {
        // Once the window is up: the first paint does not wait for the network.
        QTimer::singleShot(1000, this, &MainWindow::refreshAll);
    }

    reloadSubscriptions();
    // The first selection: everything there is, newest first, with the keys going to the list.
    selectSubscription(m_subscriptions->index(0, 0));
    m_ui->itemsView->setFocus(Qt::OtherFocusReason);
    m_tray = new TrayController(m_store, m_settings, *this, m_refresh);
}

void MainWindow::showAtStart()
{
    m_tray->showAtStart();
}

MainWindow::~MainWindow()
{
    // The refresh service is a member: left running, its destructor would cancel the fetches and
    // report each to this window after the members its slots use are gone (a window hidden in the
    // tray and quit mid-refresh gets no closeEvent to cancel it first).
    disconnect(&m_refresh, nullptr, this, nullptr);
    m_refresh.cancel();
}

Completion MainWindow::whileAlive(std::function<void(const WriteResult &)> handler)
{
    return [self = QPointer<MainWindow>(this), handler = std::move(handler)](const WriteResult &result) {
        if (self)
            handler(result);
    };
}

ArticleView *MainWindow::articleView() const
{
    return m_ui->articleView;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::setUpViews()
{
    m_subscriptionFilter->setSourceModel(m_subscriptions);
    m_subscriptionFilter->setRecursiveFilteringEnabled(true);
    m_subscriptionFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->subscriptionsView->setModel(m_subscriptionFilter);
    m_ui->subscriptionsView->header()->setStretchLastSection(false);
    m_ui->subscriptionsView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < m_subscriptions->columnCount(); ++column)
        m_ui->subscriptionsView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_ui->feedFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_subscriptionFilter->setFilterFixedString(text);
        if (!text.isEmpty())
            m_ui->subscriptionsView->expandAll();
    });
    connect(m_ui->subscriptionsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onSubscriptionChanged);
    connect(m_ui->subscriptionsView, &QWidget::customContextMenuRequested, this, &MainWindow::showSubscriptionMenu);

    m_ui->itemsView->setModel(m_items);
    QFont title = m_ui->itemSetTitle->font();
    title.setBold(true);
    m_ui->itemSetTitle->setFont(title);
    m_ui->itemSetTitle->hide();
    m_ui->itemsView->setItemDelegateForColumn(ItemListModel::StarColumn, new StarDelegate(m_ui->itemsView));
    m_ui->itemsView->setMouseTracking(true);   // the star's outline follows the pointer
    QHeaderView *columns = m_ui->itemsView->header();
    columns->setSectionsMovable(true);
    columns->setStretchLastSection(false);
    columns->setMinimumSectionSize(24);
    columns->setSectionResizeMode(ItemListModel::StarColumn, QHeaderView::Fixed);
    columns->setSectionResizeMode(ItemListModel::TitleColumn, QHeaderView::Stretch);
    m_ui->itemsView->header()->setSortIndicator(ItemListModel::DateColumn, Qt::DescendingOrder);
    connect(m_ui->itemsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentItemChanged);
    connect(m_ui->itemsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        onCurrentItemChanged(m_ui->itemsView->currentIndex());
        updateItemActions();
    });
    connect(m_ui->itemsView, &QAbstractItemView::activated, this, &MainWindow::openInBrowser);
    connect(m_ui->itemsView, &QWidget::customContextMenuRequested, this, &MainWindow::showItemMenu);
    // New pages arrive when the list is scrolled to its end; the list never holds the whole table.
    connect(m_items, &QAbstractItemModel::modelReset, this, [this] {
        m_shownItem = 0;
        updateItemActions();
    });

    const auto filterChanged = [this] { onSubscriptionChanged(); };
    // Typing searches as it goes, but not a query per keystroke.
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(200);
    connect(&m_searchTimer, &QTimer::timeout, this, &MainWindow::onSubscriptionChanged);
    connect(m_ui->searchField, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->unreadOnlyButton, &QToolButton::toggled, this, filterChanged);
    connect(m_ui->starredOnlyButton, &QToolButton::toggled, this, filterChanged);

    ArticleAppearance appearance;
    appearance.fontSizePx = m_settings.articleFontSizePx();
    appearance.dark = palette().color(QPalette::Window).lightness() < 128;
    m_ui->articleView->setAppearance(appearance);
    m_ui->articleView->setZoomFactor(m_settings.articleZoom());
    connect(m_ui->articleView, &ArticleView::addFeedRequested, this, [this] { addFeed(); });
    connect(m_ui->articleView, &ArticleView::importOpmlRequested, this, &MainWindow::importOpml);
}

void MainWindow::restoreWindowState()
{
    QSettings &settings = m_settings.raw();
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    applyLayout(m_settings.layout());
    if (!m_ui->mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray()))
        m_ui->mainSplitter->setSizes({260, 1020});
    const QString readingKey = m_settings.layout() == PaneLayout::Classic ? QStringLiteral("window/readingSplitterClassic")
                                                                          : QStringLiteral("window/readingSplitterWide");
    if (!m_ui->readingSplitter->restoreState(settings.value(readingKey).toByteArray()))
        m_ui->readingSplitter->setSizes({420, 600});
    QHeaderView *columns = m_ui->itemsView->header();
    if (!columns->restoreState(settings.value(QStringLiteral("window/itemColumns")).toByteArray())) {
        // The title takes what is left; the author is there to be shown when wanted.
        columns->resizeSection(ItemListModel::StarColumn, 26);
        columns->resizeSection(ItemListModel::FeedColumn, 120);
        columns->resizeSection(ItemListModel::AuthorColumn, 110);
        columns->resizeSection(ItemListModel::DateColumn, 120);
        columns->hideSection(ItemListModel::AuthorColumn);
    }
}

void MainWindow::saveWindowState()
{
    QSettings &settings = m_settings.raw();
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_ui->mainSplitter->saveState());
    const QString readingKey = m_settings.layout() == PaneLayout::Classic ? QStringLiteral("window/readingSplitterClassic")
                                                                          : QStringLiteral("window/readingSplitterWide");
    settings.setValue(readingKey, m_ui->readingSplitter->saveState());
    settings.setValue(QStringLiteral("window/itemColumns"), m_ui->itemsView->header()->saveState());
    m_settings.setArticleZoom(m_ui->articleView->zoomFactor());
    settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A mark waiting for its delay is a mark the reader made: it is written, not dropped.
    if (m_markReadTimer.isActive()) {
        m_markReadTimer.stop();
        markShownItemRead();
    }
    saveWindowState();
    m_refresh.cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::applyLayout(PaneLayout layout)
{
    if (m_settings.layout() != layout) {
        // Each layout keeps its own splitter sizes.
        const QString oldKey = m_settings.layout() == PaneLayout::Classic ? QStringLiteral("window/readingSplitterClassic")
                                                                          : QStringLiteral("window/readingSplitterWide");
        m_settings.raw().setValue(oldKey, m_ui->readingSplitter->saveState());
        m_settings.setLayout(layout);
        const QString newKey = layout == PaneLayout::Classic ? QStringLiteral("window/readingSplitterClassic")
                                                             : QStringLiteral("window/readingSplitterWide");
        m_ui->readingSplitter->setOrientation(layout == PaneLayout::Classic ? Qt::Vertical : Qt::Horizontal);
        if (!m_ui->readingSplitter->restoreState(m_settings.raw().value(newKey).toByteArray()))
            m_ui->readingSplitter->setSizes({300, 600});
    }
    m_ui->readingSplitter->setOrientation(layout == PaneLayout::Classic ? Qt::Vertical : Qt::Horizontal);
    m_ui->wideLayoutAction->setChecked(layout == PaneLayout::Wide);
    m_ui->classicLayoutAction->setChecked(layout == PaneLayout::Classic);
}

void MainWindow::reloadSubscriptions()
{
    m_feeds.clear();
    const ReadResult<FeedRow> feeds = m_store.feeds();
    if (!feeds.ok())
        showMessage(feeds.error);
    QHash<qint64, QString> titles;
    for (const FeedRow &feed : feeds.rows) {
        m_feeds.insert(feed.id, feed);
        titles.insert(feed.id, feed.title.isEmpty() ? feed.url : feed.title);
    }
    m_items->setFeedTitles(titles);
    // The rebuild (a model reset) forgets the tree's current entry without a signal: the reader's
    // place is found again by what it is, so renaming, moving or editing a feed does not leave the
    // tree without a selection under a list that still shows that feed.
    const QModelIndex before = currentSubscription();
    const auto kind = NodeKind(before.data(SubscriptionModel::NodeKindRole).toInt());
    const qint64 feedId = before.data(SubscriptionModel::FeedIdRole).toLongLong();
    const qint64 folderId = before.data(SubscriptionModel::FolderIdRole).toLongLong();
    const auto entry = SmartEntry(before.data(SubscriptionModel::SmartEntryRole).toInt());
    const QList<qint64> feedsBefore = m_subscriptions->filterFor(before).feedIds;
    m_subscriptions->reload();
    m_ui->subscriptionsView->expandAll();
    if (m_feeds.isEmpty())
        m_ui->articleView->showWelcome();
    if (!before.isValid())
        return;
    QModelIndex again;
    switch (kind) {
    case NodeKind::Smart: again = m_subscriptions->smartIndex(entry); break;
    case NodeKind::Folder: again = m_subscriptions->folderIndex(folderId); break;
    case NodeKind::Feed: again = m_subscriptions->feedIndex(feedId); break;
    }
    if (!m_subscriptionFilter->mapFromSource(again).isValid())
        return;
    // The same feeds (always, but for a folder that gained or lost some): the list and the article
    // stay as they are; after a refresh the caller reloads the list around the item being read.
    m_keepItemList = m_subscriptions->filterFor(again).feedIds == feedsBefore;
    selectSubscription(again);
    m_keepItemList = false;
}

QModelIndex MainWindow::currentSubscription() const
{
    return m_subscriptionFilter->mapToSource(m_ui->subscriptionsView->currentIndex());
}

void MainWindow::selectSubscription(const QModelIndex &sourceIndex)
{
    const QModelIndex index = m_subscriptionFilter->mapFromSource(sourceIndex);
    m_ui->subscriptionsView->setCurrentIndex(index);
    m_ui->subscriptionsView->scrollTo(index);
}

void MainWindow::showNewItems(const QList<qint64> &itemIds)
{
    m_newItems = itemIds;
    //: The item list's title after a click on the new-items notification: what it announced.
    m_ui->itemSetTitle->setText(tr("%n new item(s)", nullptr, int(itemIds.size())));
    // Clearing the tree's current entry reads the list (onSubscriptionChanged); when there was none,
    // no signal comes, so it is read here.
    if (m_ui->subscriptionsView->currentIndex().isValid())
        m_ui->subscriptionsView->selectionModel()->clear();
    else
        onSubscriptionChanged();
    m_ui->itemsView->setFocus(Qt::OtherFocusReason);
    if (m_items->rowCount() > 0) {
        m_ui->itemsView->selectionModel()->setCurrentIndex(m_items->index(0, ItemListModel::TitleColumn),
                                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_ui->itemsView->scrollToTop();
    }
}

ItemFilter MainWindow::listFilter() const
{
    if (!m_newItems)
        return m_subscriptions->filterFor(currentSubscription());
    ItemFilter filter;
    filter.itemIds = *m_newItems;
    return filter;
}

void MainWindow::onSubscriptionChanged()
{
    if (m_keepItemList)
        return;
    if (currentSubscription().isValid())
        m_newItems.reset();   // the reader chose a subscription or view
    m_ui->itemSetTitle->setVisible(m_newItems.has_value());
    ItemFilter filter = listFilter();
    filter.search = m_ui->searchField->text();
    filter.unreadOnly = filter.unreadOnly || m_ui->unreadOnlyButton->isChecked();
    filter.starredOnly = filter.starredOnly || m_ui->starredOnlyButton->isChecked();
    m_items->setFilter(filter);
    if (m_feeds.isEmpty())
        m_ui->articleView->showWelcome();
    else
        m_ui->articleView->clear();
    updateItemActions();
}

void MainWindow::onCurrentItemChanged(const QModelIndex &current)
{
    // Only a chosen item is shown (and so marked read): the list giving itself a current row when it
    // gets the focus is not the reader choosing it. The list reloaded around the item being read:
    // it stays as it is, no second render.
    if (!current.isValid() || !m_ui->itemsView->selectionModel()->isRowSelected(current.row(), current.parent())
        || current.data(ItemListModel::ItemIdRole).toLongLong() == m_shownItem)
        return;
    m_markReadTimer.stop();
    showItem(current);
}

void MainWindow::reloadItemsKeepingCurrent()
{
    const qint64 shown = m_shownItem;
    m_items->reload();
    m_shownItem = shown;   // the reset forgot it; the article pane did not
    const int row = m_items->rowOf(shown);
    if (row >= 0) {
        const QModelIndex index = m_items->index(row, ItemListModel::TitleColumn);
        m_ui->itemsView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void MainWindow::showItem(const QModelIndex &index)
{
    const qint64 id = index.data(ItemListModel::ItemIdRole).toLongLong();
    const ReadResult<ItemRow> read = m_store.item(id);
    if (!read.ok() || read.rows.isEmpty()) {
        if (!read.ok())
            showMessage(read.error);
        m_ui->articleView->clear();
        return;
    }
    const ItemRow *item = &read.rows.first();
    m_shownItem = id;
    const FeedRow feed = m_feeds.value(item->feedId);
    m_ui->articleView->showArticle(*item, feed.title, loadImagesFor(item->feedId));
    // No delay: read the moment it is shown, even when the reader moves on at once. With a delay,
    // moving on first means the item was only skimmed and stays unread.
    const int delay = m_settings.markReadDelayMs();
    if (!item->read && delay == 0)
        markShownItemRead();
    else if (!item->read && delay > 0)
        m_markReadTimer.start(delay);
    updateItemActions();
}

void MainWindow::markShownItemRead()
{
    const int row = m_items->rowOf(m_shownItem);
    if (row >= 0 && !m_items->index(row, 0).data(ItemListModel::ReadRole).toBool()) {
        m_items->setRead({row}, true);
        m_countsTimer.start();
    }
}

void MainWindow::updateItemActions()
{
    const bool hasItem = m_ui->itemsView->currentIndex().isValid();
    for (QAction *action : {m_ui->toggleReadAction, m_ui->toggleStarAction, m_ui->openInBrowserAction,
                            m_ui->copyLinkAction})
        action->setEnabled(hasItem);
    m_ui->undoMarkReadAction->setEnabled(m_lastMarkedRead.has_value() || m_marksInFlight > 0);
    m_ui->cancelRefreshAction->setEnabled(m_refresh.isRunning());
    m_ui->feedPropertiesAction->setEnabled(selectedFeedId() > 0);
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::reportWrite(const WriteResult &result)
{
    if (!result.ok)
        showMessage(result.error);
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::NoIcon, tr("About Tidings"),
                    tr("Tidings %1\nA fast, safe desktop feed reader.").arg(QStringLiteral(TIDINGS_VERSION)),
                    QMessageBox::Close, this);
    box.setTextFormat(Qt::PlainText);
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.exec();
}

} // namespace tidings::app
