// tidings-cli: the headless front end. Its verbs and JSON are a contract (docs/cli-contract.md).

#include "cli/output.h"
#include "cli/addcommand.h"
#include "cli/listcommands.h"
#include "cli/opmlcommands.h"
#include "cli/parsecommand.h"
#include "cli/refreshcommand.h"
#include "cli/session.h"
#include "core/i18n/translations.h"
#include "core/net/networkthreads.h"

#include <QCoreApplication>

namespace {

QString helpText()
{
    using tidings::cli::Cli;
    return Cli::tr("Usage: tidings-cli [--profile DIR] <verb> [options]\n"
                   "\n"
                   "Verbs:\n"
                   "  parse FILE|URL|- [--base URL] [--raw]   print one feed document as normalized JSON\n"
                   "  add URL [--folder NAME] [--title T]     subscribe (a web page is searched for its feeds)\n"
                   "  import FILE.opml                        import subscriptions and folders\n"
                   "  export FILE.opml|-                      export every subscription, folders kept\n"
                   "  refresh [--jobs N] [--feed ID]          fetch, parse and store every feed (or one)\n"
                   "  feeds [--json]                          list subscriptions\n"
                   "  items [--feed ID] [--unread] [--starred] [--search TEXT] [--limit N] [--json]\n"
                   "                                          list stored items, newest first\n"
                   "  mark-read (--feed ID | --item ID | --all)  mark items read\n"
                   "\n"
                   "Options:\n"
                   "  --profile DIR   the folder holding the database and settings\n"
                   "                  (default: $TIDINGS_PROFILE, else the application data folder)\n"
                   "  --version       print the version\n"
                   "  --help          print this help; 'tidings-cli <verb> --help' for a verb\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const tidings::net::NetworkThreadsJoinedAtExit networkThreadsJoined;
    // The same names as the desktop app: they pick the default profile folder, which both share.
    QCoreApplication::setApplicationName(QStringLiteral("tidings"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tidings"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIDINGS_VERSION));
    tidings::cli::installMessageHandler();
    // The language of the system (LANG, LC_ALL, LC_MESSAGES); JSON keys and values stay as the
    // contract has them, only the sentences for people are translated.
    tidings::installTranslations(app);

    QStringList arguments = QCoreApplication::arguments();
    const QString program = arguments.takeFirst();
    // Options that apply to every verb come before it.
    QString profile;
    while (!arguments.isEmpty() && arguments.first().startsWith(QLatin1String("--"))) {
        const QString option = arguments.takeFirst();
        if (option == QLatin1String("--version")) {
            tidings::cli::printOut(QByteArrayLiteral("tidings-cli " TIDINGS_VERSION "\n"));
            return 0;
        }
        if (option == QLatin1String("--help")) {
            tidings::cli::printOut(helpText().toUtf8());
            return 0;
        }
        if (option == QLatin1String("--profile") && !arguments.isEmpty()) {
            profile = arguments.takeFirst();
        } else if (option.startsWith(QLatin1String("--profile="))) {
            profile = option.mid(10);
        } else {
            return tidings::cli::usageError(QString(), tidings::cli::Cli::tr("unknown option %1").arg(option));
        }
    }
    if (arguments.isEmpty())
        return tidings::cli::usageError(QString(), tidings::cli::Cli::tr("no verb given; usage: tidings-cli [--profile DIR] <verb> [options]"));
    const QString verb = arguments.first();
    const QStringList verbArguments = QStringList{program + u' ' + verb} + arguments.mid(1);
    if (verb == QLatin1String("parse"))
        return tidings::cli::runParse(verbArguments);

    tidings::cli::Session session;
    session.profile = profile;
    if (verb == QLatin1String("feeds"))
        return tidings::cli::runFeeds(session, verbArguments);
    if (verb == QLatin1String("items"))
        return tidings::cli::runItems(session, verbArguments);
    if (verb == QLatin1String("mark-read"))
        return tidings::cli::runMarkRead(session, verbArguments);
    if (verb == QLatin1String("add"))
        return tidings::cli::runAdd(session, verbArguments);
    if (verb == QLatin1String("refresh"))
        return tidings::cli::runRefresh(session, verbArguments);
    if (verb == QLatin1String("import"))
        return tidings::cli::runImport(session, verbArguments);
    if (verb == QLatin1String("export"))
        return tidings::cli::runExport(session, verbArguments);
    return tidings::cli::usageError(verb, tidings::cli::Cli::tr("unknown verb"));
}
