#include "cli/refreshcommand.h"

#include "cli/output.h"
#include "cli/session.h"
#include "core/service/refreshservice.h"

#include <QCommandLineParser>
#include <QEventLoop>

#include <cstdio>

namespace tidings::cli {
namespace {

QString feedName(const FeedRefreshOutcome &outcome)
{
    const QString name = outcome.title.isEmpty() ? outcome.url : QStringLiteral("%1 (%2)").arg(outcome.title, outcome.url);
    return printable(name);
}

QString describe(const FeedRefreshOutcome &outcome)
{
    if (!outcome.ok)
        return Cli::tr("failed   %1: %2").arg(feedName(outcome), printable(outcome.message));
    switch (outcome.fetch) {
    case FetchOutcome::NotModified:
    case FetchOutcome::Unchanged:
        return Cli::tr("same     %1").arg(feedName(outcome));
    default:
        break;
    }
    // One arg() call per string: feed text may hold "%1"-like sequences (URL escapes) of its own;
    // tr() fills %n before it. The counts are plurals: "new" and "updated" agree with them in
    // French and Spanish.
    //: Keep the padding after "ok": the feed names line up with those of "failed" and "same".
    QString line = Cli::tr("ok       %1: %n new", nullptr, outcome.newItems).arg(feedName(outcome));
    if (outcome.updatedItems > 0)
        line += Cli::tr(", %n updated", nullptr, outcome.updatedItems);
    if (!outcome.message.isEmpty())
        line += QStringLiteral(" (%1)").arg(printable(outcome.message));
    return line;
}

} // namespace

int runRefresh(Session &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jobs(QStringLiteral("jobs"), Cli::tr("Fetch at most <n> feeds at once (default 16)."), QStringLiteral("n"));
    const QCommandLineOption feed(QStringLiteral("feed"), Cli::tr("Refresh only feed <id>."), QStringLiteral("id"));
    parser.addOptions({jobs, feed});
    if (const auto exit = parseVerb(parser, QStringLiteral("refresh"), Cli::tr("Usage: tidings-cli refresh [--jobs N] [--feed ID]"),
                                    arguments, Positionals::None))
        return *exit;

    RefreshOptions options;
    if (parser.isSet(jobs)) {
        bool ok = false;
        options.maxConnections = parser.value(jobs).toInt(&ok);
        if (!ok || options.maxConnections < 1 || options.maxConnections > 256)
            return usageError(QStringLiteral("refresh"), Cli::tr("--jobs needs a number from 1 to 256, not \"%1\"").arg(parser.value(jobs)));
        options.maxConnectionsPerHost = qMin(options.maxConnectionsPerHost, options.maxConnections);
    }
    if (parser.isSet(feed)) {
        bool ok = false;
        const qint64 id = parser.value(feed).toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(QStringLiteral("refresh"), Cli::tr("--feed needs a feed id, not \"%1\"").arg(parser.value(feed)));
        options.feedIds = {id};
    }
    if (const QString error = session.open(); !error.isEmpty())
        return failure(Cli::tr("profile"), error);
    if (!options.feedIds.isEmpty()) {
        const ReadResult<FeedRow> feeds = session.store.feeds();
        if (!feeds.ok())
            return failure(Cli::tr("profile"), feeds.error);
        const bool known = std::any_of(feeds.rows.cbegin(), feeds.rows.cend(),
                                       [&](const FeedRow &row) { return row.id == options.feedIds.first(); });
        if (!known)
            return failure(Cli::tr("refresh"), Cli::tr("there is no feed with id %1").arg(options.feedIds.first()));
    }

    // A progress line only on a terminal: logs and pipes get the per-feed lines alone.
    const bool terminal = stderrIsTerminal();
    RefreshService service(session.store);
    RefreshSummary summary;
    QEventLoop loop;
    QObject::connect(&service, &RefreshService::feedFinished, [terminal](const FeedRefreshOutcome &outcome) {
        if (terminal)
            std::fputs("\r\033[K", stderr);
        printOut((describe(outcome) + u'\n').toUtf8());
    });
    QObject::connect(&service, &RefreshService::progress, [terminal](int done, int total, int newItems) {
        if (!terminal || total == 0)
            return;
        const QByteArray line = Cli::tr("%1/%2 feeds, %n new item(s)", nullptr, newItems).arg(done).arg(total).toUtf8();
        std::fprintf(stderr, "\r\033[K%s", line.constData());
        std::fflush(stderr);
    });
    QObject::connect(&service, &RefreshService::finished, [&](const RefreshSummary &result) {
        summary = result;
        loop.quit();
    });
    if (!service.start(options))
        return failure(Cli::tr("profile"), Cli::tr("the subscriptions could not be read"));
    if (service.isRunning())
        loop.exec();
    session.store.waitForIdle();
    if (terminal)
        std::fputs("\r\033[K", stderr);

    //: %1 is "<n> feed(s)", %4 is "<n> new item(s)", %6 the seconds it took
    printOut(Cli::tr("%1: %2 ok, %3 failed; %4, %5 updated; %6 s\n")
                 .arg(Cli::tr("%n feed(s)", nullptr, summary.feeds), QString::number(summary.ok),
                      QString::number(summary.failed), Cli::tr("%n new item(s)", nullptr, summary.newItems),
                      QString::number(summary.updatedItems), QString::number(summary.elapsedMs / 1000.0, 'f', 1))
                 .toUtf8());
    return summary.failed > 0 ? 1 : 0;
}

} // namespace tidings::cli
