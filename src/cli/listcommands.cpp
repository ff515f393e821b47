#include "cli/listcommands.h"

#include "cli/output.h"
#include "cli/session.h"
#include "core/feed/jsonwriter.h"

#include <QCommandLineParser>

#include <algorithm>

namespace tidings::cli {
namespace {

std::optional<int> parseOptions(QCommandLineParser &parser, const QString &verb, const QString &usage,
                                const QStringList &arguments)
{
    return parseVerb(parser, verb, usage, arguments, Positionals::None);
}

void printJson(JsonWriter &json)
{
    QByteArray bytes = json.take();
    bytes += '\n';
    printOut(bytes);
}

std::optional<qint64> idOption(const QCommandLineParser &parser, const QCommandLineOption &option, bool &bad)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const qint64 id = parser.value(option).toLongLong(&ok);
    if (!ok || id <= 0)
        bad = true;
    return id;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

} // namespace

int runFeeds(Session &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print one JSON array."));
    parser.addOption(json);
    if (const auto exit = parseOptions(parser, QStringLiteral("feeds"), Cli::tr("Usage: tidings-cli feeds [--json]"), arguments))
        return *exit;
    if (const QString error = session.open(); !error.isEmpty())
        return failure(Cli::tr("profile"), error);

    const ReadResult<FeedRow> feeds = session.store.feeds();
    if (!feeds.ok())
        return failure(Cli::tr("profile"), feeds.error);
    if (parser.isSet(json)) {
        JsonWriter out;
        out.beginArray();
        for (const FeedRow &feed : feeds.rows) {
            out.beginObject();
            out.key("id");
            out.number(feed.id);
            out.key("title");
            out.string(feed.title);
            out.key("url");
            out.string(feed.url);
            out.key("site");
            out.nullableString(feed.siteUrl);
            out.key("folder");
            out.nullableString(feed.folderPath.join(u'/'));
            out.key("unread");
            out.number(feed.unread);
            out.key("total");
            out.number(feed.total);
            out.key("status");
            out.string(feedStatusName(feed.status));
            out.key("error");
            out.nullableString(feed.lastError);
            out.key("last_fetch");
            out.date(feed.lastFetch);
            out.endObject();
        }
        out.endArray();
        printJson(out);
        return 0;
    }
    QByteArray text;
    for (const FeedRow &feed : feeds.rows) {
        const QString folder = feed.folderPath.isEmpty() ? QString() : feed.folderPath.join(u'/') + u'/';
        // One arg() call: feed text may contain "%1"-like sequences (URL escapes) of its own.
        QString line = QStringLiteral("%1\t%2%3\t%4\t%5/%6 %7\t%8")
                           .arg(QString::number(feed.id), printable(folder), printable(orDash(feed.title)),
                                printable(feed.url), QString::number(feed.unread), QString::number(feed.total),
                                Cli::tr("unread"), feedStatusName(feed.status));
        if (!feed.lastError.isEmpty())
            line += u'\t' + printable(feed.lastError);
        text += line.toUtf8() + '\n';
    }
    printOut(text);
    return 0;
}

int runItems(Session &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption feed(QStringLiteral("feed"), Cli::tr("Only the items of feed <id>."), QStringLiteral("id"));
    const QCommandLineOption unread(QStringLiteral("unread"), Cli::tr("Only unread items."));
    const QCommandLineOption starred(QStringLiteral("starred"), Cli::tr("Only starred items."));
    const QCommandLineOption search(QStringLiteral("search"), Cli::tr("Only items whose title, authors or text contain the words of <text>."),
                                    QStringLiteral("text"));
    const QCommandLineOption limit(QStringLiteral("limit"), Cli::tr("At most <n> items."), QStringLiteral("n"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print one JSON array."));
    parser.addOptions({feed, unread, starred, search, limit, json});
    if (const auto exit = parseOptions(parser, QStringLiteral("items"),
                                       Cli::tr("Usage: tidings-cli items [--feed ID] [--unread] [--starred] [--search TEXT] [--limit N] [--json]"),
                                       arguments))
        return *exit;

    ItemFilter filter;
    bool bad = false;
    filter.feedId = idOption(parser, feed, bad);
    if (bad)
        return usageError(QStringLiteral("items"), Cli::tr("--feed needs a feed id, not \"%1\"").arg(parser.value(feed)));
    filter.unreadOnly = parser.isSet(unread);
    filter.starredOnly = parser.isSet(starred);
    filter.search = parser.value(search);
    if (parser.isSet(limit)) {
        bool ok = false;
        filter.limit = parser.value(limit).toInt(&ok);
        if (!ok || filter.limit < 0)
            return usageError(QStringLiteral("items"), Cli::tr("--limit needs a number, not \"%1\"").arg(parser.value(limit)));
    }
    if (const QString error = session.open(); !error.isEmpty())
        return failure(Cli::tr("profile"), error);

    const ReadResult<ItemRow> items = session.store.items(filter);
    if (!items.ok())
        return failure(Cli::tr("profile"), items.error);
    if (parser.isSet(json)) {
        JsonWriter out;
        out.beginArray();
        for (const ItemRow &item : items.rows) {
            out.beginObject();
            out.key("id");
            out.number(item.id);
            out.key("feed");
            out.number(item.feedId);
            out.key("title");
            out.nullableString(item.title);
            out.key("link");
            out.nullableString(item.link);
            out.key("published");
            out.date(item.published);
            out.key("updated");
            out.date(item.updated);
            out.key("read");
            out.boolean(item.read);
            out.key("starred");
            out.boolean(item.starred);
            out.key("guid");
            out.string(item.guid);
            out.endObject();
        }
        out.endArray();
        printJson(out);
        return 0;
    }
    QByteArray text;
    for (const ItemRow &item : items.rows) {
        const QDateTime when = item.published.isValid() ? item.published : item.firstSeen;
        const QString line = QStringLiteral("%1\t%2\t%3%4\t%5\t%6")
                                 .arg(QString::number(item.id), when.toString(Qt::ISODate),
                                      item.read ? QStringLiteral(" ") : QStringLiteral("*"),
                                      item.starred ? QStringLiteral("★") : QString(), printable(orDash(item.title)),
                                      printable(item.link));
        text += line.toUtf8() + '\n';
    }
    printOut(text);
    return 0;
}

int runMarkRead(Session &session, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption feed(QStringLiteral("feed"), Cli::tr("Mark every item of feed <id> read."), QStringLiteral("id"));
    const QCommandLineOption item(QStringLiteral("item"), Cli::tr("Mark item <id> read."), QStringLiteral("id"));
    const QCommandLineOption all(QStringLiteral("all"), Cli::tr("Mark every item read."));
    parser.addOptions({feed, item, all});
    if (const auto exit = parseOptions(parser, QStringLiteral("mark-read"),
                                       Cli::tr("Usage: tidings-cli mark-read (--feed ID | --item ID | --all)"), arguments))
        return *exit;
    const int chosen = int(parser.isSet(feed)) + int(parser.isSet(item)) + int(parser.isSet(all));
    if (chosen != 1)
        return usageError(QStringLiteral("mark-read"), Cli::tr("give exactly one of --feed, --item and --all"));
    bool bad = false;
    const std::optional<qint64> feedId = idOption(parser, feed, bad);
    const std::optional<qint64> itemId = idOption(parser, item, bad);
    if (bad)
        return usageError(QStringLiteral("mark-read"), Cli::tr("an id is a positive number"));
    if (const QString error = session.open(); !error.isEmpty())
        return failure(Cli::tr("profile"), error);
    if (feedId) {
        const ReadResult<FeedRow> feeds = session.store.feeds();
        if (!feeds.ok())
            return failure(Cli::tr("profile"), feeds.error);
        if (std::none_of(feeds.rows.cbegin(), feeds.rows.cend(), [&](const FeedRow &row) { return row.id == *feedId; }))
            return failure(Cli::tr("mark-read"), Cli::tr("there is no feed with id %1").arg(*feedId));
    }

    const ItemSelection selection = feedId ? ItemSelection::feed(*feedId)
        : itemId                           ? ItemSelection::items({*itemId})
                                           : ItemSelection::all();
    WriteResult result;
    session.store.markRead(selection, true, [&result](const WriteResult &r) { result = r; });
    session.store.waitForIdle();
    if (!result.ok)
        return failure(Cli::tr("mark-read"), result.error);
    printOut(Cli::tr("%n item(s) marked read\n", nullptr, result.affected).toUtf8());
    return 0;
}

} // namespace tidings::cli
