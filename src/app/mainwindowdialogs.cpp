// MainWindow, part three: the dialogs that change settings (Feed Properties, Preferences) and
// applying what they changed to the window. Parts one and two: mainwindow.cpp, mainwindowactions.cpp.

#include "app/mainwindow.h"
#include "ui_mainwindow.h"

#include "app/article/articleview.h"
#include "app/dialogs/feedpropertiesdialog.h"
#include "app/refreshstatus.h"
#include "app/tray/traycontroller.h"

namespace tidings::app {

bool MainWindow::loadImagesFor(qint64 feedId) const
{
    const auto found = m_feeds.constFind(feedId);
    if (found != m_feeds.cend() && found->loadImages)
        return *found->loadImages;
    return m_settings.loadRemoteImages();
}

void MainWindow::reshowItem()
{
    if (m_shownItem == 0)
        return;
    const ReadResult<ItemRow> read = m_store.item(m_shownItem);
    if (!read.ok() || read.rows.isEmpty())
        return;
    const ItemRow &item = read.rows.first();
    m_ui->articleView->showArticle(item, m_feeds.value(item.feedId).title, loadImagesFor(item.feedId));
}

void MainWindow::showFeedProperties()
{
    const qint64 feedId = selectedFeedId();
    const auto found = m_feeds.constFind(feedId);
    if (found == m_feeds.cend())
        return;
    const FeedRow before = *found;
    FeedPropertiesDialog dialog(m_store, before, m_settings.loadRemoteImages(), this);
    const bool optIn = m_settings.notifyScope() == NotifyScope::ChosenFeeds;
    if (optIn)
        dialog.useOptInNotifications(m_settings.notifyChosenFeeds().contains(feedId));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (optIn)
        m_settings.setNotifyChosen(feedId, dialog.notifyChecked());
    reloadSubscriptions();
    const FeedOptions saved = dialog.savedOptions();
    if (saved.loadImages != before.loadImages)
        reshowItem();
    // A new address is a feed not fetched yet: fetch it now, as a new subscription is.
    if (saved.url != before.url && !m_refresh.isRunning()) {
        RefreshOptions options;
        options.defaultIntervalMinutes = defaultIntervalMinutes();
        options.feedIds = {feedId};
        if (m_refresh.start(options))
            m_refreshStatus->started(1);
    }
}

void MainWindow::showPreferences()
{
    const PaneLayout layoutBefore = m_settings.layout();
    PreferencesDialog dialog(m_settings, m_shortcuts, this);
    if (dialog.exec() == QDialog::Accepted)
        applyPreferences(dialog.changes(), layoutBefore);
}

void MainWindow::applyPreferences(PreferenceChanges changes, PaneLayout layoutBefore)
{
    if (changes & PreferenceChange::Shortcuts)
        applyShortcuts(m_shortcuts, m_settings);
    if (changes & PreferenceChange::Refresh)
        scheduleAutomaticRefresh();
    if (changes & PreferenceChange::Appearance) {
        ArticleAppearance appearance = m_ui->articleView->appearance();
        appearance.fontSizePx = m_settings.articleFontSizePx();
        m_ui->articleView->setAppearance(appearance);   // re-renders the article shown
    }
    if (changes & PreferenceChange::Layout) {
        // applyLayout keeps each layout's splitter sizes, saving the old one's first.
        const PaneLayout chosen = m_settings.layout();
        m_settings.setLayout(layoutBefore);
        applyLayout(chosen);
    }
    if (changes & PreferenceChange::Images)
        reshowItem();
    if (changes & PreferenceChange::Tray)
        m_tray->applySettings();
    if (changes & PreferenceChange::Theme)
        showMessage(tr("The new theme is used from the next start of Tidings"));
}

} // namespace tidings::app
