#include "app/tray/trayicon.h"

#include "app/tray/notificationtext.h"
#include "app/tray/unreadbadge.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>

namespace tidings::app {

TrayIcon::TrayIcon(const QIcon &appIcon, const WindowActions &actions, QObject *parent)
    : QObject(parent)
    , m_appIcon(appIcon)
    , m_menu(std::make_unique<QMenu>())
    , m_tray(std::make_unique<QSystemTrayIcon>(appIcon))
{
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    buildMenu(actions);
    m_tray->setContextMenu(m_menu.get());
    m_tray->setToolTip(NotificationTexts::toolTip(0));
    connect(m_tray.get(), &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        // A left click (or a double click where the tray reports only that); the menu has its own click.
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit toggleWindowRequested();
    });
}

TrayIcon::~TrayIcon()
{
    // The icon first: it still refers to the menu while it goes.
    m_tray.reset();
}

void TrayIcon::buildMenu(const WindowActions &actions)
{
    QMenu &menu = *m_menu;
    menu.setObjectName(QStringLiteral("trayMenu"));
    m_showHide = menu.addAction(tr("&Hide Tidings"));
    m_showHide->setObjectName(QStringLiteral("trayShowHideAction"));
    connect(m_showHide, &QAction::triggered, this, &TrayIcon::toggleWindowRequested);
    menu.addSeparator();
    addRefreshEntries(menu, actions);
    if (actions.markAllRead)
        menu.addAction(actions.markAllRead);
    menu.addSeparator();
    QAction *quit = menu.addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
}

void TrayIcon::addRefreshEntries(QMenu &menu, const WindowActions &actions)
{
    if (actions.refreshAll)
        menu.addAction(actions.refreshAll);
    // The window's own action: its check mark, setting and scheduler stay one thing.
    if (actions.pauseRefresh)
        menu.addAction(actions.pauseRefresh);
}

void TrayIcon::setVisible(bool visible)
{
    m_tray->setVisible(visible);
}

bool TrayIcon::isVisible() const
{
    return m_tray->isVisible();
}

void TrayIcon::setUnreadCount(int unread, bool onIcon)
{
    if (unread == m_unread && onIcon == m_countOnIcon)
        return;
    m_unread = unread;
    m_countOnIcon = onIcon;
    m_tray->setIcon(onIcon && unread > 0 ? UnreadBadge::icon(m_appIcon, unread) : m_appIcon);
    m_tray->setToolTip(NotificationTexts::toolTip(unread));
}

void TrayIcon::setWindowShown(bool shown)
{
    m_showHide->setText(shown ? tr("&Hide Tidings") : tr("&Show Tidings"));
}

} // namespace tidings::app
