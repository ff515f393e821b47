#include "app/instance/launchrequest.h"

#include "app/dialogs/feedaddress.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>

namespace tidings::app {
namespace {

enum class Kind { Feed, File, Junk };

struct Classified {
    Kind kind = Kind::Junk;
    QString value;
};

Classified classify(const QString &argument, const QString &workingDirectory)
{
    const QString text = argument.trimmed();
    if (text.isEmpty() || text.size() > kMaxLaunchArgumentLength || text.contains(QChar(0)))
        return {};
    static const QRegularExpression schemePattern(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):"));
    const QRegularExpressionMatch scheme = schemePattern.match(text);
    // One letter before the colon is a Windows drive ("C:\feeds.opml"), not a scheme.
    if (scheme.hasMatch() && scheme.capturedLength(1) > 1) {
        const QString name = scheme.captured(1).toLower();
        if (name == QLatin1String("http") || name == QLatin1String("https") || name == QLatin1String("feed")) {
            const FeedAddress address = feedAddressFromInput(text);
            if (!address.ok())
                return {};
            return {Kind::Feed, address.url.toString()};
        }
        if (name == QLatin1String("file")) {
            const QUrl url(text, QUrl::StrictMode);
            // A file on another host is not ours to open.
            if (!url.isValid() || !url.isLocalFile()
                || !(url.host().isEmpty() || url.host() == QLatin1String("localhost")))
                return {};
            const QString path = url.toLocalFile();
            if (path.isEmpty() || !QDir::isAbsolutePath(path))
                return {};
            return {Kind::File, QDir::cleanPath(path)};
        }
        return {};   // javascript:, mailto:, data:, ftp: … nothing Tidings opens
    }
    if (!QDir::isAbsolutePath(text) && (workingDirectory.isEmpty() || !QDir::isAbsolutePath(workingDirectory)))
        return {};
    return {Kind::File, QDir::cleanPath(QDir(workingDirectory).absoluteFilePath(text))};
}

void add(LaunchRequest &request, const Classified &item)
{
    QStringList &list = item.kind == Kind::Feed ? request.feedUrls : request.opmlFiles;
    if (item.kind == Kind::Junk || request.feedUrls.size() + request.opmlFiles.size() >= kMaxLaunchItems) {
        ++request.ignored;
        return;
    }
    if (!list.contains(item.value))
        list.append(item.value);
}

} // namespace

LaunchRequest launchRequestFromArguments(const QStringList &arguments, const QString &workingDirectory)
{
    LaunchRequest request;
    for (const QString &argument : arguments)
        add(request, classify(argument, workingDirectory));
    return request;
}

LaunchRequest launchRequestFromUrl(const QString &urlOrPath, const QString &workingDirectory)
{
    return launchRequestFromArguments({urlOrPath}, workingDirectory);
}

void merge(LaunchRequest &into, const LaunchRequest &other)
{
    for (const QString &url : other.feedUrls)
        add(into, {Kind::Feed, url});
    for (const QString &path : other.opmlFiles)
        add(into, {Kind::File, path});
    into.ignored += other.ignored;
}

} // namespace tidings::app
