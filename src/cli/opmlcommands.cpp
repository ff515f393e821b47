#include "cli/opmlcommands.h"

#include "cli/output.h"
#include "cli/session.h"
#include "core/service/opmltransfer.h"

#include <QCommandLineParser>

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
    if (const auto exit = parseVerb(parser, verb, usage, arguments, Positionals::One, Cli::tr("file")))
        return *exit;
    return parser.positionalArguments().first();
}

void warn(const QString &input, const QString &message)
{
    const QByteArray line = Cli::tr("tidings-cli: %1: warning: %2").arg(input, message).simplified().toUtf8();
    std::fprintf(stderr, "%s\n", line.constData());
}

} // namespace

int runImport(Session &session, const QStringList &arguments)
{
    const auto argument = singleArgument(QStringLiteral("import"), Cli::tr("Usage: tidings-cli import FILE.opml"),
                                         Cli::tr("The OPML file to import."), arguments);
    if (const int *exit = std::get_if<int>(&argument))
        return *exit;
    const QString path = std::get<QString>(argument);

    const OpmlFile file = readOpmlFile(path);
    if (!file.fileError.isEmpty())
        return failure(path, file.fileError);
    const OpmlDocument &document = file.document;
    if (!document.ok())
        return failure(path, Cli::tr("%1; nothing was imported").arg(document.error));
    for (const ParseWarning &warning : document.warnings)
        warn(path, warning.toString());

    if (const QString error = session.open(); !error.isEmpty())
        return failure(Cli::tr("profile"), error);

    // One job, one transaction: an import that fails half-way leaves the profile as it was.
    WriteResult result;
    session.store.importSubscriptions(newSubscriptions(document), [&result](const WriteResult &r) { result = r; });
    session.store.waitForIdle();
    const OpmlImportSummary imported = summarizeOpmlImport(document, result);
    if (!imported.ok())
        return failure(path, Cli::tr("%1; nothing was imported").arg(imported.error));

    // A list of counts, each its own phrase so that each gets its plural form.
    QStringList summary{Cli::tr("%n subscription(s) imported", nullptr, imported.added),
                        Cli::tr("%n new folder(s)", nullptr, imported.foldersCreated)};
    if (imported.alreadySubscribed > 0)
        summary.append(Cli::tr("%n already subscribed", nullptr, imported.alreadySubscribed));
    if (imported.duplicates > 0)
        summary.append(Cli::tr("%n duplicate(s) in the file skipped", nullptr, imported.duplicates));
    if (imported.rejected > 0)
        summary.append(Cli::tr("%n entry(ies) rejected", nullptr, imported.rejected));
    printOut((summary.join(Cli::tr(", ", "separates the counts of an import summary")) + u'\n').toUtf8());
    return 0;
}

int runExport(Session &session, const QStringList &arguments)
{
    const auto argument = singleArgument(QStringLiteral("export"), Cli::tr("Usage: tidings-cli export FILE.opml|-"),
                                         Cli::tr("Where to write the OPML file; - for standard output."), arguments);
    if (const int *exit = std::get_if<int>(&argument))
        return *exit;
    const QString path = std::get<QString>(argument);

    if (const QString error = session.open(); !error.isEmpty())
        return failure(Cli::tr("profile"), error);
    const ReadResult<FeedRow> feeds = session.store.feeds();
    if (!feeds.ok())
        return failure(Cli::tr("profile"), feeds.error);

    const QByteArray opml = opmlExport(feeds.rows);

    if (path == QLatin1String("-")) {
        printOut(opml);
        return 0;
    }
    if (const QString error = saveOpmlFile(path, opml); !error.isEmpty())
        return failure(path, error);
    printOut(Cli::tr("%n subscription(s) exported\n", nullptr, int(feeds.rows.size())).toUtf8());
    return 0;
}

} // namespace tidings::cli
