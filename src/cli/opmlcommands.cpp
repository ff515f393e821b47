#include "cli/opmlcommands.h"

#include "cli/output.h"
#include "cli/session.h"
#include "core/opml/opmlreader.h"
#include "core/opml/opmlwriter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

#include <cstdio>
#include <variant>

namespace tidings::cli {
namespace {

// The single positional argument of a verb, or the exit code to return.
std::variant<QString, int> singleArgument(const QString &verb, const QString &usage, const QString &what,
                                          const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), what);
    if (const auto exit = parseVerb(parser, verb, usage, arguments, Positionals::One, tr("file")))
        return *exit;
    return parser.positionalArguments().first();
}

void warn(const QString &input, const QString &message)
{
    const QByteArray line = tr("tidings-cli: %1: warning: %2").arg(input, message).simplified().toUtf8();
    std::fprintf(stderr, "%s\n", line.constData());
}

} // namespace

int runImport(Session &session, const QStringList &arguments)
{
    const auto argument = singleArgument(QStringLiteral("import"), tr("Usage: tidings-cli import FILE.opml"),
                                         tr("The OPML file to import."), arguments);
    if (const int *exit = std::get_if<int>(&argument))
        return *exit;
    const QString path = std::get<QString>(argument);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, file.errorString());
    const OpmlDocument document = readOpml(file.read(kMaxOpmlBytes + 1));
    if (!document.ok())
        return failure(path, tr("%1; nothing was imported").arg(document.error));
    for (const ParseWarning &warning : document.warnings)
        warn(path, warning.toString());

    if (const QString error = session.open(); !error.isEmpty())
        return failure(tr("profile"), error);

    // One job, one transaction: an import that fails half-way leaves the profile as it was.
    QList<NewSubscription> subscriptions;
    subscriptions.reserve(document.subscriptions.size());
    for (const OpmlSubscription &subscription : document.subscriptions)
        subscriptions.append({subscription.xmlUrl, subscription.title, subscription.folderPath});
    WriteResult result;
    session.store.importSubscriptions(subscriptions, [&result](const WriteResult &r) { result = r; });
    session.store.waitForIdle();
    if (!result.ok)
        return failure(path, tr("%1; nothing was imported").arg(result.error));

    QString summary = tr("%1 subscriptions imported, %2 new folders").arg(result.inserted).arg(result.affected);
    if (result.unchanged > 0)
        summary += tr(", %1 already subscribed").arg(result.unchanged);
    if (document.duplicates > 0)
        summary += tr(", %1 duplicates in the file skipped").arg(document.duplicates);
    if (document.rejected > 0)
        summary += tr(", %1 entries rejected").arg(document.rejected);
    printOut((summary + u'\n').toUtf8());
    return 0;
}

int runExport(Session &session, const QStringList &arguments)
{
    const auto argument = singleArgument(QStringLiteral("export"), tr("Usage: tidings-cli export FILE.opml|-"),
                                         tr("Where to write the OPML file; - for standard output."), arguments);
    if (const int *exit = std::get_if<int>(&argument))
        return *exit;
    const QString path = std::get<QString>(argument);

    if (const QString error = session.open(); !error.isEmpty())
        return failure(tr("profile"), error);
    const ReadResult<FeedRow> feeds = session.store.feeds();
    if (!feeds.ok())
        return failure(tr("profile"), feeds.error);

    QList<OpmlSubscription> subscriptions;
    subscriptions.reserve(feeds.rows.size());
    for (const FeedRow &feed : feeds.rows)
        subscriptions.append({feed.title, feed.url, feed.siteUrl, feed.folderPath});
    const QByteArray opml = writeOpml(tr("Tidings subscriptions"), subscriptions);

    if (path == QLatin1String("-")) {
        printOut(opml);
        return 0;
    }
    // Written aside and renamed into place: an interrupted export never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(opml) != opml.size() || !file.commit())
        return failure(path, file.errorString());
    printOut(tr("%1 subscriptions exported\n").arg(subscriptions.size()).toUtf8());
    return 0;
}

} // namespace tidings::cli
