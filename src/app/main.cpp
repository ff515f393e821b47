// tidings: the desktop app. main() builds the object graph (style.md habit 7) and hands references
// down; nothing in the app reaches for a global.

#include "app/article/articlescheme.h"
#include "app/appsettings.h"
#include "app/mainwindow.h"
#include "app/theme.h"

#include "core/i18n/translations.h"
#include "core/store/profile.h"
#include "core/store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace {

// The language is a preference kept in the profile, and the profile an argument: look for
// --profile before anything is said (the help included), without creating the folder.
void installLanguage(QApplication &app)
{
    QCommandLineParser peek;
    const QCommandLineOption profileOption(QStringLiteral("profile"), QString(), QStringLiteral("dir"));
    peek.addOption(profileOption);
    peek.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    peek.parse(QCoreApplication::arguments());   // errors are the real parser's to report
    const QString dir = tidings::profileDirectory(peek.value(profileOption));
    const QString language = dir.isEmpty() ? QString() : tidings::app::AppSettings(dir).language();
    const QLocale locale = tidings::localeForLanguage(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);   // dates and numbers in the chosen language too
    tidings::installTranslations(app, locale);
}

} // namespace

int main(int argc, char **argv)
{
    // Before the QApplication: WebEngine must know the scheme and share GL contexts from the start.
    tidings::app::registerArticleScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    // The same names as tidings-cli: they pick the default profile folder, which both share.
    QCoreApplication::setApplicationName(QStringLiteral("tidings"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tidings"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIDINGS_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Tidings"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.tidings.Tidings"));
    installLanguage(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "A fast, safe desktop feed reader"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "The folder holding the database and settings."),
        QCoreApplication::translate("main", "DIR"));
    parser.addOption(profileOption);
    parser.process(app);

    const tidings::ProfileLocation profile = tidings::resolveProfile(parser.value(profileOption));
    tidings::Store store;
    const QString error = profile.path.isEmpty() ? profile.error : store.open(profile.path);
    if (!error.isEmpty()) {
        QMessageBox box(QMessageBox::Critical, QStringLiteral("Tidings"),
                        QCoreApplication::translate("main", "Tidings cannot open its profile."));
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(error);
        box.exec();
        return 1;
    }

    {
        tidings::app::AppSettings settings(profile.path);
        tidings::app::applyTheme(app, tidings::app::themeFromName(
                                          settings.raw().value(QStringLiteral("view/theme")).toString()));
    }
    tidings::app::MainWindow window(store, profile.path);
    window.showAtStart();
    return app.exec();
}
