#pragma once

// Which language the user interface speaks (docs/translations.md). The catalogues are compiled
// into tidings_core (:/i18n/tidings_<lang>.qm), so the app and tidings-cli load the same ones.

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace tidings {

// The languages with a catalogue, as QLocale names ("de", "en", ...): what Preferences offers.
QStringList availableLanguages();

// A catalogue's language in its own words ("Deutsch", "Français"), as its translators named it
// (QLocale's native names are regional in Qt 6.4: "español de España").
QString nativeLanguageName(const QString &language);

// Installs the translators for `locale` into `app` (which owns them): Qt's own texts (qtbase, from
// QLibraryInfo::TranslationsPath, for standard dialogs and QCommandLineParser), the English
// plural forms beneath everything, and our catalogue for the locale's language when there is one.
// A language without a catalogue falls back to English. Returns the catalogue files installed.
QStringList installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system());

// The locale a stored language choice means: the system's for an empty name (or an unknown one).
QLocale localeForLanguage(const QString &language);

} // namespace tidings
