// MainWindow, automatic refresh: the scheduler (refreshscheduler.h) decides when to ask the core
// which feeds are due; here it is fed the user's interval, the pause action and the system's
// network reachability, and its requests become due-only refreshes. The status bar says when
// nothing refreshes on its own.

#include "app/mainwindow.h"
#include "ui_mainwindow.h"

#include "app/refreshscheduler.h"
#include "app/refreshstatus.h"

#include <QLabel>
#include <QNetworkInformation>
#include <QStatusBar>

namespace tidings::app {

void MainWindow::setUpScheduler()
{
    m_scheduler = new RefreshScheduler(this);
    connect(m_scheduler, &RefreshScheduler::dueCheckRequested, this, &MainWindow::refreshDue);
    connect(m_scheduler, &RefreshScheduler::stateChanged, this, &MainWindow::updateScheduleStatus);

    // Checkable and shared: the tray menu offers the same action.
    auto *pause = new QAction(tr("&Pause Automatic Refresh"), this);
    pause->setObjectName(QStringLiteral("actionPauseRefresh"));
    pause->setCheckable(true);
    pause->setChecked(m_settings.automaticRefreshPaused());
    const QList<QAction *> feedActions = m_ui->feedMenu->actions();
    const qsizetype cancelAt = feedActions.indexOf(m_ui->cancelRefreshAction);
    m_ui->feedMenu->insertAction(cancelAt >= 0 && cancelAt + 1 < feedActions.size() ? feedActions[cancelAt + 1] : nullptr,
                                 pause);
    connect(pause, &QAction::toggled, this, [this](bool paused) {
        m_settings.setAutomaticRefreshPaused(paused);
        m_scheduler->setPaused(paused);
    });
    m_shortcuts.append(ShortcutEntry{pause, {}});
    applyShortcuts(m_shortcuts, m_settings);

    m_scheduleStatus = new QLabel(this);
    m_scheduleStatus->setObjectName(QStringLiteral("refreshScheduleStatus"));
    m_scheduleStatus->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_scheduleStatus);

    m_scheduler->setPaused(pause->isChecked());
    // Where the platform reports reachability (NetworkManager, Windows, macOS); without a backend
    // the scheduler assumes online, as it did before. Only "disconnected" counts as offline: a
    // network reported as local or site-only may still reach feeds on it or through a proxy.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        const QNetworkInformation *info = QNetworkInformation::instance();
        const auto apply = [this](QNetworkInformation::Reachability reachability) {
            m_scheduler->setOnline(reachability != QNetworkInformation::Reachability::Disconnected);
        };
        apply(info->reachability());
        connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
    }
    scheduleAutomaticRefresh();
    updateScheduleStatus();
}

const QTimer &MainWindow::automaticRefreshTimer() const
{
    return m_scheduler->periodicTimer();
}

void MainWindow::scheduleAutomaticRefresh()
{
    m_scheduler->setIntervalMinutes(m_settings.refreshIntervalMinutes());
}

void MainWindow::updateScheduleStatus()
{
    switch (m_scheduler->state()) {
    case RefreshScheduler::State::Paused:
        m_scheduleStatus->setText(tr("Automatic refresh paused"));
        break;
    case RefreshScheduler::State::Offline:
        m_scheduleStatus->setText(tr("Offline"));
        break;
    case RefreshScheduler::State::Manual:
    case RefreshScheduler::State::Running:
        m_scheduleStatus->clear();
        break;
    }
    m_scheduleStatus->setVisible(!m_scheduleStatus->text().isEmpty());
}

void MainWindow::refreshDue(int maxFeeds)
{
    if (m_refresh.isRunning())
        return;
    RefreshOptions options;
    options.dueOnly = true;
    options.maxFeeds = maxFeeds;
    options.defaultIntervalMinutes = defaultIntervalMinutes();
    // Set before start(): with nothing due the service reports "finished" from inside start().
    m_dueCheckRunning = true;
    if (!m_refresh.start(options))
        m_dueCheckRunning = false;
    else if (m_refresh.isRunning())
        m_refreshStatus->started(0);   // the service reports how many are due with its first progress
    updateItemActions();
}

} // namespace tidings::app
