#include "cli/opmlcommands.h"

#include "cli/output.h"
#include "cli/session.h"
#include "core/opml/opmlreader.h"
#include "core/opml/opmlwriter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHash>
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
    const QCommandLineOption help = parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), what);
    if (!parser.parse(arguments))
        return usageError(verb, parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(0, text.indexOf(u'\n'), usage);
        printOut(text.toUtf8());
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(verb, tr("expected exactly one file"));
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

    // Folders first, so that every feed can be queued with the id of its folder.
    QHash<QStringList, qint64> folders;
    QString failed;
    for (const OpmlSubscription &subscription : document.subscriptions) {
        if (subscription.folderPath.isEmpty() || folders.contains(subscription.folderPath))
            continue;
        folders.insert(subscription.folderPath, 0);
        const QStringList folderPath = subscription.folderPath;
        session.store.addFolder(folderPath, [&folders, &failed, folderPath](const WriteResult &result) {
            if (result.ok)
                folders[folderPath] = result.id;
            else if (failed.isEmpty())
                failed = result.error;
        });
    }
    session.store.waitForIdle();
    if (!failed.isEmpty())
        return failure(path, failed);

    int added = 0;
    int existing = 0;
    for (const OpmlSubscription &subscription : document.subscriptions) {
        const std::optional<qint64> folder = subscription.folderPath.isEmpty()
            ? std::nullopt
            : std::optional<qint64>(folders.value(subscription.folderPath));
        session.store.addFeed(subscription.xmlUrl, folder, subscription.title,
                              [&added, &existing, &failed](const WriteResult &result) {
                                  if (!result.ok && failed.isEmpty())
                                      failed = result.error;
                                  else if (result.existed)
                                      ++existing;
                                  else if (result.ok)
                                      ++added;
                              });
    }
    session.store.waitForIdle();
    if (!failed.isEmpty())
        return failure(path, failed);

    QString summary = tr("%1 subscriptions imported in %2 folders").arg(added).arg(folders.size());
    if (existing > 0)
        summary += tr(", %1 already subscribed").arg(existing);
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
