#include "core/service/opmltransfer.h"

#include "core/opml/opmlreader.h"
#include "core/opml/opmlwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace tidings {
namespace {

struct OpmlTransfer {
    Q_DECLARE_TR_FUNCTIONS(OpmlTransfer)
};

} // namespace

OpmlFile readOpmlFile(const QString &path)
{
    OpmlFile result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.fileError = file.errorString();
        return result;
    }
    result.document = readOpml(file.read(kMaxOpmlBytes + 1));
    return result;
}

QList<NewSubscription> newSubscriptions(const OpmlDocument &document)
{
    QList<NewSubscription> subscriptions;
    subscriptions.reserve(document.subscriptions.size());
    for (const OpmlSubscription &subscription : document.subscriptions)
        subscriptions.append({subscription.xmlUrl, subscription.title, subscription.folderPath});
    return subscriptions;
}

OpmlImportSummary summarizeOpmlImport(const OpmlDocument &document, const WriteResult &result)
{
    OpmlImportSummary summary;
    summary.duplicates = document.duplicates;
    summary.rejected = document.rejected;
    summary.warnings = document.warnings;
    if (!result.ok) {
        summary.error = result.error;
        return summary;
    }
    summary.added = result.inserted;
    summary.alreadySubscribed = result.unchanged;
    summary.foldersCreated = result.affected;
    return summary;
}

QList<OpmlSubscription> opmlSubscriptions(const QList<FeedRow> &feeds)
{
    QList<OpmlSubscription> subscriptions;
    subscriptions.reserve(feeds.size());
    for (const FeedRow &feed : feeds)
        subscriptions.append({feed.title, feed.url, feed.siteUrl, feed.folderPath});
    return subscriptions;
}

QByteArray opmlExport(const QList<FeedRow> &feeds)
{
    return writeOpml(OpmlTransfer::tr("Tidings subscriptions"), opmlSubscriptions(feeds));
}

QString saveOpmlFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace tidings
