#include "cli/addcommand.h"

#include "cli/output.h"
#include "cli/session.h"
#include "core/html/urls.h"
#include "core/net/feedprobe.h"
#include "core/service/refreshservice.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace tidings::cli {

int runAdd(Session &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption folder(QStringLiteral("folder"), Cli::tr("Put the feed in folder <name> (a/b for nested folders)."),
                                    QStringLiteral("name"));
    const QCommandLineOption title(QStringLiteral("title"), Cli::tr("Call the feed <title> instead of its own title."),
                                   QStringLiteral("title"));
    parser.addOptions({folder, title});
    parser.addPositionalArgument(QStringLiteral("url"), Cli::tr("The feed's address, or a web page that announces feeds."));
    if (const auto exit = parseVerb(parser, QStringLiteral("add"), Cli::tr("Usage: tidings-cli add URL [--folder NAME] [--title T]"),
                                    arguments, Positionals::One, Cli::tr("URL")))
        return *exit;
    const QString given = parser.positionalArguments().first();
    const QUrl url(withoutFeedScheme(given), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty())
        return failure(given, Cli::tr("not an http or https address"));
    QStringList folderPath;
    if (parser.isSet(folder)) {
        folderPath = parser.value(folder).split(u'/', Qt::SkipEmptyParts);
        for (QString &name : folderPath)
            name = name.trimmed();
        folderPath.removeAll(QString());
        if (folderPath.isEmpty())
            return usageError(QStringLiteral("add"), Cli::tr("--folder needs a name"));
    }
    if (const QString error = session.open(); !error.isEmpty())
        return failure(Cli::tr("profile"), error);

    FeedProbe probe;
    FeedProbe::Result found;
    QEventLoop loop;
    QObject::connect(&probe, &FeedProbe::finished, &loop, [&](const FeedProbe::Result &result) {
        found = result;
        loop.quit();
    });
    probe.start(url);
    loop.exec();
    if (found.candidates.isEmpty())
        return failure(given, found.message.isEmpty() ? Cli::tr("no feed was found there") : found.message);

    const FeedCandidate &chosen = found.candidates.first();
    // Folder and feed in one transaction: a failure leaves no empty folder behind.
    WriteResult result;
    session.store.importSubscriptions({{chosen.url.toString(QUrl::FullyEncoded), parser.value(title), folderPath}},
                                      [&result](const WriteResult &r) { result = r; });
    session.store.waitForIdle();
    if (!result.ok)
        return failure(given, result.error);
    const qint64 feedId = result.id;
    if (result.existed) {
        printOut(Cli::tr("already subscribed: %1 (feed %2)\n").arg(chosen.url.toString(), QString::number(feedId)).toUtf8());
        return 0;
    }

    // Fetch it once now, so the new subscription has its items and its own title right away.
    RefreshService refresh(session.store);
    FeedRefreshOutcome outcome;
    QObject::connect(&refresh, &RefreshService::feedFinished, [&outcome](const FeedRefreshOutcome &o) { outcome = o; });
    QObject::connect(&refresh, &RefreshService::finished, &loop, &QEventLoop::quit);
    RefreshOptions options;
    options.feedIds = {feedId};
    if (refresh.start(options) && refresh.isRunning())
        loop.exec();
    session.store.waitForIdle();

    const QString name = chosen.title.isEmpty() ? chosen.url.toString() : chosen.title;
    QString text = Cli::tr("subscribed to %1 (%2) as feed %3: %n item(s)\n", nullptr, outcome.newItems)
                       .arg(printable(name), chosen.url.toString(), QString::number(feedId));
    if (!outcome.ok && !outcome.message.isEmpty())
        text += Cli::tr("the first fetch failed: %1\n").arg(printable(outcome.message));
    for (qsizetype i = 1; i < found.candidates.size(); ++i) {
        const FeedCandidate &other = found.candidates.at(i);
        text += Cli::tr("also offered: %1%2\n").arg(other.url.toString(),
                                              other.title.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(printable(other.title)));
    }
    printOut(text.toUtf8());
    return 0;
}

} // namespace tidings::cli
