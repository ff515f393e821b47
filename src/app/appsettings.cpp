#include "app/appsettings.h"

#include <QDir>

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

QKeySequence AppSettings::shortcut(const QString &actionName) const
{
    return QKeySequence(m_settings.value(QStringLiteral("shortcuts/") + actionName).toString(),
                        QKeySequence::PortableText);
}

} // namespace tidings::app
