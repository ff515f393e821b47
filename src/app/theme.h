#pragma once

// Light or dark: by default the desktop's palette, as the platform theme gives it; or, when the
// reader chose one in the preferences, Qt's Fusion style with a palette of our own, so that the
// choice looks the same on every desktop. The article page follows the palette (MainWindow).

#include <QString>

class QApplication;

namespace tidings::app {

enum class Theme { System, Light, Dark };

Theme themeFromName(const QString &name);   // "light", "dark"; anything else: System
void applyTheme(QApplication &app, Theme theme);

} // namespace tidings::app
