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

// Installs the translators for `locale` into `app` (which owns them): Qt's own texts (for standard
// dialogs and QCommandLineParser, from `qtDir`, by default QLibraryInfo::TranslationsPath), the
// English plural forms beneath everything, and our catalogue for the locale's language when there
// is one. A language without a catalogue falls back to English. Returns the catalogue files
// installed.
//
// Qt's texts come from its "qt" catalogue, which is what windeployqt and qt_deploy_translations()
// ship (qt_<lang>.qm, every module's catalogue merged into one; there is no qtbase_<lang>.qm) and,
// on Linux distributions, a small file naming the modules' catalogues beside it. When that cannot be
// loaded (one of the named catalogues is not installed), qtbase's alone.
QStringList installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system(),
                                const QString &qtDir = QString());

// The locale a stored language choice means: the system's for an empty name (or an unknown one).
QLocale localeForLanguage(const QString &language);

} // namespace tidings
