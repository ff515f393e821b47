#include "app/appsettings.h"

#include <QDir>

#include <algorithm>

namespace tidings::app {

AppSettings::AppSettings(const QString &profileDir)
    : m_settings(QDir(profileDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
{
}

PaneLayout AppSettings::layout() const
{
    return m_settings.value(QStringLiteral("view/layout")).toString() == QLatin1String("classic") ? PaneLayout::Classic
                                                                                              : PaneLayout::Wide;
}

void AppSettings::setLayout(PaneLayout layout)
{
    m_settings.setValue(QStringLiteral("view/layout"),
                        layout == PaneLayout::Classic ? QStringLiteral("classic") : QStringLiteral("wide"));
}

int AppSettings::markReadDelayMs() const
{
    return m_settings.value(QStringLiteral("reading/markReadDelayMs"), 0).toInt();
}

bool AppSettings::loadRemoteImages() const
{
    return m_settings.value(QStringLiteral("reading/loadRemoteImages"), true).toBool();
}

int AppSettings::articleFontSizePx() const
{
    return qBound(10, m_settings.value(QStringLiteral("reading/fontSizePx"), 16).toInt(), 40);
}

qreal AppSettings::articleZoom() const
{
    return qBound(0.25, m_settings.value(QStringLiteral("reading/zoom"), 1.0).toReal(), 5.0);
}

void AppSettings::setArticleZoom(qreal zoom)
{
    m_settings.setValue(QStringLiteral("reading/zoom"), zoom);
}

void AppSettings::setMarkReadDelayMs(int delayMs)
{
    m_settings.setValue(QStringLiteral("reading/markReadDelayMs"), delayMs);
}

void AppSettings::setLoadRemoteImages(bool load)
{
    m_settings.setValue(QStringLiteral("reading/loadRemoteImages"), load);
}

void AppSettings::setArticleFontSizePx(int px)
{
    m_settings.setValue(QStringLiteral("reading/fontSizePx"), qBound(10, px, 40));
}

QString AppSettings::themeName() const
{
    const QString name = m_settings.value(QStringLiteral("view/theme")).toString();
    return name == QLatin1String("light") || name == QLatin1String("dark") ? name : QStringLiteral("system");
}

void AppSettings::setThemeName(const QString &name)
{
    m_settings.setValue(QStringLiteral("view/theme"), name);
}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("view/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("view/language"), language);
}

int AppSettings::refreshIntervalMinutes() const
{
    return qMax(0, m_settings.value(QStringLiteral("refresh/intervalMinutes"), 60).toInt());
}

void AppSettings::setRefreshIntervalMinutes(int minutes)
{
    m_settings.setValue(QStringLiteral("refresh/intervalMinutes"), qMax(0, minutes));
}

bool AppSettings::refreshAtStart() const
{
    return m_settings.value(QStringLiteral("refresh/atStart"), true).toBool();
}

void AppSettings::setRefreshAtStart(bool refresh)
{
    m_settings.setValue(QStringLiteral("refresh/atStart"), refresh);
}

bool AppSettings::automaticRefreshPaused() const
{
    return m_settings.value(QStringLiteral("refresh/paused"), false).toBool();
}

void AppSettings::setAutomaticRefreshPaused(bool paused)
{
    m_settings.setValue(QStringLiteral("refresh/paused"), paused);
}

bool AppSettings::showTrayIcon() const
{
    return m_settings.value(QStringLiteral("tray/showIcon"), false).toBool();
}

void AppSettings::setShowTrayIcon(bool show)
{
    m_settings.setValue(QStringLiteral("tray/showIcon"), show);
}

bool AppSettings::closeToTray() const
{
    return m_settings.value(QStringLiteral("tray/closeToTray"), false).toBool();
}

void AppSettings::setCloseToTray(bool close)
{
    m_settings.setValue(QStringLiteral("tray/closeToTray"), close);
}

bool AppSettings::minimizeToTray() const
{
    return m_settings.value(QStringLiteral("tray/minimizeToTray"), false).toBool();
}

void AppSettings::setMinimizeToTray(bool minimize)
{
    m_settings.setValue(QStringLiteral("tray/minimizeToTray"), minimize);
}

bool AppSettings::showUnreadOnIcon() const
{
    return m_settings.value(QStringLiteral("tray/showUnreadCount"), true).toBool();
}

void AppSettings::setShowUnreadOnIcon(bool show)
{
    m_settings.setValue(QStringLiteral("tray/showUnreadCount"), show);
}

bool AppSettings::startMinimized() const
{
    return m_settings.value(QStringLiteral("tray/startMinimized"), false).toBool();
}

void AppSettings::setStartMinimized(bool minimized)
{
    m_settings.setValue(QStringLiteral("tray/startMinimized"), minimized);
}

bool AppSettings::notifyNewItems() const
{
    return m_settings.value(QStringLiteral("notifications/newItems"), true).toBool();
}

void AppSettings::setNotifyNewItems(bool notify)
{
    m_settings.setValue(QStringLiteral("notifications/newItems"), notify);
}

bool AppSettings::quietWhileFocused() const
{
    return m_settings.value(QStringLiteral("notifications/quietWhileFocused"), true).toBool();
}

void AppSettings::setQuietWhileFocused(bool quiet)
{
    m_settings.setValue(QStringLiteral("notifications/quietWhileFocused"), quiet);
}

NotifyScope AppSettings::notifyScope() const
{
    return m_settings.value(QStringLiteral("notifications/feeds")).toString() == QLatin1String("chosen")
               ? NotifyScope::ChosenFeeds : NotifyScope::AllFeeds;
}

void AppSettings::setNotifyScope(NotifyScope scope)
{
    m_settings.setValue(QStringLiteral("notifications/feeds"),
                        scope == NotifyScope::ChosenFeeds ? QStringLiteral("chosen") : QStringLiteral("all"));
}

QSet<qint64> AppSettings::notifyChosenFeeds() const
{
    QSet<qint64> ids;
    const QStringList stored = m_settings.value(QStringLiteral("notifications/chosenFeeds")).toStringList();
    for (const QString &id : stored) {
        bool ok = false;
        const qint64 value = id.toLongLong(&ok);
        if (ok && value > 0)
            ids.insert(value);
    }
    return ids;
}

void AppSettings::setNotifyChosen(qint64 feedId, bool chosen)
{
    QSet<qint64> ids = notifyChosenFeeds();
    if (chosen)
        ids.insert(feedId);
    else
        ids.remove(feedId);
    QList<qint64> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList stored;
    for (qint64 id : sorted)
        stored.append(QString::number(id));
    m_settings.setValue(QStringLiteral("notifications/chosenFeeds"), stored);
}

std::optional<QKeySequence> AppSettings::shortcut(const QString &actionName) const
{
    const QString key = QStringLiteral("shortcuts/") + actionName;
    if (!m_settings.contains(key))
        return std::nullopt;
    return QKeySequence(m_settings.value(key).toString(), QKeySequence::PortableText);
}

void AppSettings::setShortcut(const QString &actionName, const std::optional<QKeySequence> &keys)
{
    const QString key = QStringLiteral("shortcuts/") + actionName;
    if (keys)
        m_settings.setValue(key, keys->toString(QKeySequence::PortableText));
    else
        m_settings.remove(key);
}

} // namespace tidings::app
