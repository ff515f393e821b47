#pragma once

// The app's preferences and what the window remembers, kept in the profile beside the database
// (settings.ini): `--profile` keeps two setups apart, and tidings-cli never reads them.

#include <QKeySequence>
#include <QSet>
#include <QSettings>
#include <QString>

#include <optional>

namespace tidings::app {

enum class PaneLayout { Wide, Classic };   // three columns; or the list above the article
// Which feeds' new items are announced: all but those whose Feed Properties say no (opt-out), or
// only those chosen (opt-in); tray/newitemscollector.h has the whole rule.
enum class NotifyScope { AllFeeds, ChosenFeeds };

class AppSettings
{
public:
    explicit AppSettings(const QString &profileDir);

    QSettings &raw() { return m_settings; }

    PaneLayout layout() const;
    void setLayout(PaneLayout layout);
    int markReadDelayMs() const;   // 0: as soon as an item is shown; negative: never automatically
    void setMarkReadDelayMs(int delayMs);
    bool loadRemoteImages() const;   // the global default; a feed may override it (FeedRow::loadImages)
    void setLoadRemoteImages(bool load);
    int articleFontSizePx() const;
    void setArticleFontSizePx(int px);
    qreal articleZoom() const;
    void setArticleZoom(qreal zoom);
    // "system", "light" or "dark" (theme.h reads the same key).
    QString themeName() const;
    void setThemeName(const QString &name);

    // The language of the user interface: empty follows the system; else a QLocale name ("de")
    // from tidings::availableLanguages(). Read once at start (main.cpp).
    QString language() const;
    void setLanguage(const QString &language);

    int refreshIntervalMinutes() const;   // 0: only when asked
    void setRefreshIntervalMinutes(int minutes);
    bool refreshAtStart() const;
    void setRefreshAtStart(bool refresh);
    bool automaticRefreshPaused() const;   // "Pause Automatic Refresh", kept across starts
    void setAutomaticRefreshPaused(bool paused);

    // The tray and notifications (src/app/tray). Closing, minimizing and starting to the tray apply
    // only while a tray icon is shown; without a tray the window behaves as any other.
    bool showTrayIcon() const;
    void setShowTrayIcon(bool show);
    bool closeToTray() const;
    void setCloseToTray(bool close);
    bool minimizeToTray() const;
    void setMinimizeToTray(bool minimize);
    bool showUnreadOnIcon() const;   // the count drawn on the tray icon (the tooltip always says it)
    void setShowUnreadOnIcon(bool show);
    bool startMinimized() const;
    void setStartMinimized(bool minimized);
    bool notifyNewItems() const;
    void setNotifyNewItems(bool notify);
    bool quietWhileFocused() const;   // no notification while a window of the app has the focus
    void setQuietWhileFocused(bool quiet);
    NotifyScope notifyScope() const;
    void setNotifyScope(NotifyScope scope);
    // The opt-in list of NotifyScope::ChosenFeeds: feed ids (ids are never reused).
    QSet<qint64> notifyChosenFeeds() const;
    void setNotifyChosen(qint64 feedId, bool chosen);

    // The keys the user gave an action: nullopt for its defaults; an empty sequence for none at all.
    std::optional<QKeySequence> shortcut(const QString &actionName) const;
    void setShortcut(const QString &actionName, const std::optional<QKeySequence> &keys);

private:
    QSettings m_settings;
};

} // namespace tidings::app
