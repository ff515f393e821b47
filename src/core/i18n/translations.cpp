#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <functional>

namespace tidings {
namespace {

const QString kCatalogueDir = QStringLiteral(":/i18n");
const QString kCatalogue = QStringLiteral("tidings");
//: The name of the language you translate into, in that language ("Deutsch", "Français"):
//: Preferences lists the languages so.
const char *const kLanguageName = QT_TRANSLATE_NOOP("tidings::Language", "English");

// Installs one translator if its file loads; the translator belongs to `app` either way.
bool install(QCoreApplication &app, const std::function<bool(QTranslator &)> &load, QStringList &installed)
{
    auto *translator = new QTranslator(&app);
    if (!load(*translator) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    installed.append(translator->filePath());
    return true;
}

} // namespace

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(kCatalogueDir).entryList({kCatalogue + QLatin1String("_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(kCatalogue.size() + 1).chopped(3));
    return languages;
}

QString nativeLanguageName(const QString &language)
{
    QTranslator translator;
    QString name;
    if (translator.load(kCatalogue + u'_' + language, kCatalogueDir))
        name = translator.translate("tidings::Language", kLanguageName);
    if (name.isEmpty() && QLocale(language).language() == QLocale::English)
        name = QString::fromLatin1(kLanguageName);
    if (name.isEmpty()) {   // not translated yet
        name = QLocale(language).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
    }
    return name;
}

QLocale localeForLanguage(const QString &language)
{
    return language.isEmpty() || !availableLanguages().contains(language) ? QLocale::system() : QLocale(language);
}

QStringList installTranslations(QCoreApplication &app, const QLocale &locale, const QString &qtDir)
{
    QStringList installed;
    // Qt searches the translators last installed first: Qt's own and the English plural forms go in
    // first, so a string the locale's catalogue lacks still gets its English plural.
    const QString qtFolder = qtDir.isEmpty() ? QLibraryInfo::path(QLibraryInfo::TranslationsPath) : qtDir;
    const auto qtCatalogue = [&](const QString &name) {
        return install(app, [&](QTranslator &t) { return t.load(locale, name, QStringLiteral("_"), qtFolder); },
                       installed);
    };
    if (!qtCatalogue(QStringLiteral("qt")))
        qtCatalogue(QStringLiteral("qtbase"));
    install(app, [](QTranslator &t) { return t.load(QLatin1String("tidings_en"), kCatalogueDir); }, installed);
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        install(app, [&](QTranslator &t) {
            return t.load(locale, kCatalogue, QStringLiteral("_"), kCatalogueDir);
        }, installed);
    }
    return installed;
}

} // namespace tidings
