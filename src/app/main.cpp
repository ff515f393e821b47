// tidings: the desktop app. main() builds the object graph (style.md habit 7) and hands references
// down; nothing in the app reaches for a global.

#include "app/article/articlescheme.h"
#include "app/appsettings.h"
#include "app/instance/fileopenfilter.h"
#include "app/instance/singleinstance.h"
#include "app/mainwindow.h"
#include "app/storeopening.h"
#include "app/theme.h"

#include "core/i18n/translations.h"
#include "core/net/networkthreads.h"
#include "core/store/profile.h"
#include "core/store/store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

#include <memory>

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
    // The desktop's permission to take the focus, for the instance that will show the window. Read
    // before the QApplication: the platform plugin takes it out of the environment.
    const QString activationToken = qEnvironmentVariable(
        "XDG_ACTIVATION_TOKEN", qEnvironmentVariable("DESKTOP_STARTUP_ID"));
    // Before the QApplication: WebEngine must know the scheme and share GL contexts from the start.
    tidings::app::registerArticleScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const tidings::net::NetworkThreadsJoinedAtExit networkThreadsJoined;
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
    parser.addPositionalArgument(
        QStringLiteral("addresses"),
        QCoreApplication::translate("main", "Feed addresses (https://…, feed:…) to subscribe to, or OPML files to import."),
        QCoreApplication::translate("main", "[address or file…]"));
    parser.process(app);

    const tidings::ProfileLocation profile = tidings::resolveProfile(parser.value(profileOption));
    const tidings::app::LaunchRequest request =
        tidings::app::launchRequestFromArguments(parser.positionalArguments(), QDir::currentPath());

    // One window per profile: a second launch hands its request to the first and is done.
    std::unique_ptr<tidings::app::SingleInstance> instance;
    if (!profile.path.isEmpty()) {
        const QString canonical = QFileInfo(profile.path).canonicalFilePath();
        instance = std::make_unique<tidings::app::SingleInstance>(
            tidings::app::SingleInstance::serverNameFor(canonical.isEmpty() ? profile.path : canonical));
        switch (instance->start({request, activationToken})) {
        case tidings::app::SingleInstance::Role::HandedOff:
            return 0;
        case tidings::app::SingleInstance::Role::NoAnswer: {
            QMessageBox box(QMessageBox::Critical, QStringLiteral("Tidings"),
                            QCoreApplication::translate("main", "Tidings is already running with this profile but does not answer."));
            box.setTextFormat(Qt::PlainText);
            box.setInformativeText(instance->errorString());
            box.exec();
            return 1;
        }
        case tidings::app::SingleInstance::Role::Alone:
            qWarning("tidings: no single-instance socket (%s); a second launch opens a second window",
                     qPrintable(instance->errorString()));
            break;
        case tidings::app::SingleInstance::Role::Primary:
            break;
        }
    }

    if (!profile.path.isEmpty()) {
        tidings::app::AppSettings settings(profile.path);
        tidings::app::applyTheme(app, tidings::app::themeFromName(
                                          settings.raw().value(QStringLiteral("view/theme")).toString()));
    }
    tidings::Store store;
    const QString error = profile.path.isEmpty() ? profile.error
                                                 : tidings::app::openStoreShowingProgress(store, profile.path);
    if (!error.isEmpty()) {
        QMessageBox box(QMessageBox::Critical, QStringLiteral("Tidings"),
                        QCoreApplication::translate("main", "Tidings cannot open its profile."));
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(error);
        box.exec();
        return 1;
    }

    tidings::app::MainWindow window(store, profile.path);
    const auto handOver = [&window](const tidings::app::LaunchRequest &handed, const QString &token) {
        window.bringToFront(token);
        window.handleLaunchRequest(handed);
    };
    if (instance) {
        QObject::connect(instance.get(), &tidings::app::SingleInstance::handoffReceived, &window,
                         [handOver](const tidings::app::Handoff &handoff) {
                             handOver(handoff.request, handoff.activationToken);
                         });
    }
    tidings::app::FileOpenFilter fileOpen;
    app.installEventFilter(&fileOpen);
    QObject::connect(&fileOpen, &tidings::app::FileOpenFilter::requested, &window,
                     [handOver](const tidings::app::LaunchRequest &handed) { handOver(handed, {}); });
    // Asked for something (an address, a file): the window comes to the front for it, whatever
    // the start-in-tray options say.
    if (request.isEmpty())
        window.showAtStart();
    else
        window.bringToFront();
    if (!request.isEmpty() || request.ignored > 0)
        window.handleLaunchRequest(request);
    return app.exec();
}
