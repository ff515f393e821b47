#include "cli/parsecommand.h"

#include "cli/output.h"
#include "core/feed/feedjson.h"
#include "core/feed/parsefeed.h"
#include "core/net/documentfetch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>

#include <cstdio>

namespace tidings::cli {
namespace {

struct Input {
    QByteArray bytes;
    QByteArray contentType;
    QUrl documentUrl;
    QString error;
};

Input readFile(const QString &path)
{
    Input input;
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-"))
        opened = file.open(stdin, QIODevice::ReadOnly);
    else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        input.error = file.errorString();
        return input;
    }
    // Read one byte past the limit so an oversized document is reported as such, not truncated.
    input.bytes = file.read(kMaxFeedBytes + 1);
    if (file.error() != QFileDevice::NoError)
        input.error = file.errorString();
    return input;
}

Input fetch(const QUrl &url)
{
    Input input;
    QNetworkAccessManager manager;
    QEventLoop loop;
    fetchDocument(manager, url, FetchLimits{}, [&](FetchResult result) {
        if (needsParsing(result.outcome)) {
            input.bytes = std::move(result.body);
            input.contentType = std::move(result.contentType);
            input.documentUrl = result.finalUrl;
        } else {
            input.error = result.message;
        }
        loop.quit();
    });
    loop.exec();
    return input;
}

} // namespace

int runParse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Parse one feed document and print it as normalized JSON."));
    parser.addPositionalArgument(QStringLiteral("input"), Cli::tr("A file, - for standard input, or an http, https or file URL."));
    const QCommandLineOption baseOption(QStringLiteral("base"),
                                        Cli::tr("Resolve relative URLs against <url> when the document does not say otherwise."),
                                        QStringLiteral("url"));
    const QCommandLineOption rawOption(QStringLiteral("raw"), Cli::tr("Print summary and content as the document had them (not sanitized)."));
    parser.addOption(baseOption);
    parser.addOption(rawOption);
    if (const auto exit = parseVerb(parser, QStringLiteral("parse"), Cli::tr("Usage: tidings-cli parse [options] FILE|URL|-"),
                                    arguments, Positionals::One, Cli::tr("file or URL")))
        return *exit;

    const QString source = parser.positionalArguments().first();
    const QUrl asUrl(source, QUrl::StrictMode);
    Input input;
    const QString scheme = asUrl.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        input = fetch(asUrl);
    else if (scheme == QLatin1String("file"))
        input = readFile(asUrl.toLocalFile());
    else
        input = readFile(source);
    if (!input.error.isEmpty())
        return failure(source, input.error);

    if (parser.isSet(baseOption)) {
        const QUrl base(parser.value(baseOption), QUrl::StrictMode);
        if (!base.isValid() || base.isRelative())
            return usageError(QStringLiteral("parse"), Cli::tr("--base needs an absolute URL, not \"%1\"").arg(parser.value(baseOption)));
        input.documentUrl = base;
    }

    ParseOptions options;
    options.content = parser.isSet(rawOption) ? ContentMode::Raw : ContentMode::Sanitized;
    const ParseResult result = parseFeed(input.bytes, input.documentUrl, input.contentType, options);
    if (!result.isFeed())
        return failure(source, result.error);
    printOut(feedToJson(result.feed, result.warnings));
    return 0;
}

} // namespace tidings::cli
