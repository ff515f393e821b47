#pragma once

// The app's preferences and what the window remembers, kept in the profile beside the database
// (settings.ini): `--profile` keeps two setups apart, and tidings-cli never reads them.

#include <QKeySequence>
#include <QSettings>
#include <QString>

namespace tidings::app {

enum class PaneLayout { Wide, Classic };   // three columns; or the list above the article

class AppSettings
{
public:
    explicit AppSettings(const QString &profileDir);

    QSettings &raw() { return m_settings; }

    PaneLayout layout() const;
    void setLayout(PaneLayout layout);
    int markReadDelayMs() const;   // 0: as soon as an item is shown; negative: never automatically
    bool loadRemoteImages() const;
    int articleFontSizePx() const;
    qreal articleZoom() const;
    void setArticleZoom(qreal zoom);
    // A shortcut the user changed, or an empty sequence for "use the default".
    QKeySequence shortcut(const QString &actionName) const;

private:
    QSettings m_settings;
};

} // namespace tidings::app
