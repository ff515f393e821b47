#include "app/tray/traycontroller.h"

#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "app/models/subscriptionmodel.h"
#include "app/tray/desktopnotifier.h"
#include "app/tray/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QSystemTrayIcon>

namespace tidings::app {

TrayController::TrayController(Store &store, AppSettings &settings, MainWindow &window, RefreshService &refresh)
    : QObject(&window)
    , m_store(store)
    , m_settings(settings)
    , m_window(window)
    , m_notifier(new DesktopNotifier(this))
{
    connect(&refresh, &RefreshService::feedFinished, this,
            [this](const FeedRefreshOutcome &outcome) { m_collector.add(outcome); });
    connect(&refresh, &RefreshService::finished, this, &TrayController::onRefreshFinished);
    connect(m_notifier, &DesktopNotifier::activated, this, &TrayController::openOnAnnounced);
    connect(m_notifier, &DesktopNotifier::dismissed, this, &TrayController::forgetUnseen);
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            forgetUnseen();
    });

    m_unreadTimer.setSingleShot(true);
    m_unreadTimer.setInterval(100);
    connect(&m_unreadTimer, &QTimer::timeout, this, &TrayController::updateUnread);
    SubscriptionModel *model = window.subscriptionModel();
    const auto countsChanged = [this] { m_unreadTimer.start(); };
    connect(model, &QAbstractItemModel::modelReset, this, countsChanged);
    connect(model, &QAbstractItemModel::layoutChanged, this, countsChanged);
    connect(model, &QAbstractItemModel::dataChanged, this, countsChanged);

    window.installEventFilter(this);
    applySettings();
}

TrayController::~TrayController() = default;

bool TrayController::trayShown() const
{
    return m_tray && m_tray->isVisible();
}

void TrayController::applySettings()
{
    const bool wanted = m_settings.showTrayIcon() && QSystemTrayIcon::isSystemTrayAvailable();
    if (wanted && !m_tray) {
        TrayIcon::WindowActions actions;
        actions.refreshAll = m_window.action(QStringLiteral("refreshAllAction"));
        actions.pauseRefresh = m_window.action(QStringLiteral("actionPauseRefresh"));
        actions.markAllRead = m_window.action(QStringLiteral("markAllReadAction"));
        m_tray = std::make_unique<TrayIcon>(m_window.windowIcon(), actions);
        connect(m_tray.get(), &TrayIcon::toggleWindowRequested, this, &TrayController::toggleWindow);
        connect(m_tray.get(), &TrayIcon::quitRequested, this, [this] {
            // Not spontaneous: the window really closes (eventFilter) and writes what it keeps.
            if (m_window.close())
                QCoreApplication::quit();
        });
        m_tray->setWindowShown(m_window.isVisible());
        m_tray->setVisible(true);
        m_notifier->setTrayIcon(m_tray->systemTrayIcon());
    } else if (!wanted && m_tray) {
        m_notifier->setTrayIcon(nullptr);
        m_tray.reset();
        // The window must not stay hidden with no icon to bring it back.
        if (!m_window.isVisible())
            showWindow();
    }
    updateUnread();
}

void TrayController::showAtStart()
{
    if (!m_settings.startMinimized())
        m_window.show();
    else if (!trayShown())
        m_window.showMinimized();
    // else: only the icon, until the reader clicks it.
}

void TrayController::showWindow()
{
    if (m_window.isMinimized())
        m_window.setWindowState((m_window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window.show();
    m_window.raise();
    m_window.activateWindow();
}

void TrayController::toggleWindow()
{
    if (m_window.isVisible() && !m_window.isMinimized())
        m_window.hide();
    else
        showWindow();
}

void TrayController::openOnAnnounced()
{
    forgetUnseen();
    showWindow();
    if (!m_announcedItems.isEmpty() && m_announcedItems.size() <= kMaxItemsListed) {
        m_window.showNewItems(m_announcedItems);
        return;
    }
    SubscriptionModel *model = m_window.subscriptionModel();
    const QModelIndex target = m_announcedFeeds.size() == 1 ? model->feedIndex(m_announcedFeeds.first())
                                                            : model->smartIndex(SmartEntry::Unread);
    if (target.isValid())
        m_window.selectSubscription(target);
}

void TrayController::onRefreshFinished(const RefreshSummary &)
{
    // Focused means any window of the app: with Preferences or Add Feed in front the main window
    // is not the active one, but the reader is still here, and has seen what was announced before.
    const bool present = QApplication::activeWindow() != nullptr;
    const bool silent = !m_settings.notifyNewItems() || (m_settings.quietWhileFocused() && present);
    if (present || silent)
        forgetUnseen();
    if (silent) {
        m_collector.clear();
        emit announced({});
        return;
    }
    const QList<NewItemsInFeed> feeds = m_collector.take(m_store, m_settings.notifyScope(),
                                                         m_settings.notifyChosenFeeds());
    if (feeds.isEmpty()) {
        emit announced({});
        return;
    }
    m_unseen = combinedNewItems(feeds, m_unseen);
    const NotificationText text = NotificationTexts::newItems(m_unseen);
    m_announcedFeeds.clear();
    m_announcedItems.clear();
    for (const NewItemsInFeed &feed : std::as_const(m_unseen)) {
        m_announcedFeeds.append(feed.feedId);
        m_announcedItems.append(feed.itemIds);
    }
    m_notifier->show(text);
    emit announced(text);
}

void TrayController::updateUnread()
{
    if (!m_tray)
        return;
    const QModelIndex unread = m_window.subscriptionModel()->smartIndex(SmartEntry::Unread);
    m_tray->setUnreadCount(unread.data(SubscriptionModel::UnreadCountRole).toInt(), m_settings.showUnreadOnIcon());
}

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window) {
        switch (event->type()) {
        case QEvent::Close:
            // Only the window manager's close (the title bar's button): File → Quit and the tray's
            // Quit close the window for good.
            if (event->spontaneous() && trayShown() && m_settings.closeToTray()) {
                event->ignore();
                m_window.hide();
                return true;
            }
            break;
        case QEvent::WindowStateChange:
            if (m_window.isMinimized() && trayShown() && m_settings.minimizeToTray())
                QTimer::singleShot(0, &m_window, &QWidget::hide);   // not inside the state change
            break;
        case QEvent::Show:
        case QEvent::Hide:
            if (m_tray)
                m_tray->setWindowShown(event->type() == QEvent::Show);
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tidings::app
