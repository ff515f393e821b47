// libFuzzer target: OPML import (readOpml), with property checks, and a round trip of every list
// it reads through writeOpml() and readOpml() again.
//
// Two kinds of input. Anything not starting with byte 0x01 is the file itself. "\x01" + one count
// byte + a fragment builds a document: the fragment repeated (count + 1) times inside <body>, each
// '$' in it replaced by the repetition number (count 0xFF: 1,000 times, at most 1 MB). That is how
// inputs small enough to mutate get past the depth cap (kMaxOpmlDepth nested outlines) and list
// many distinct addresses. The subscription cap itself (10,000) is tst_opml's: one such document
// takes about 1 s of CPU here under ASan, which is the budget of a whole input.
//
// newSubscriptions() (core/service/opmltransfer.h) is not called: it lives in tidings_core, which
// links Network and Sql, and it only copies xmlUrl, title and folderPath field for field.

#include "core/opml/opmlreader.h"
#include "core/opml/opmlwriter.h"

#include <QSet>
#include <QUrl>

#include <cstddef>
#include <cstdint>

namespace {

QByteArray amplified(const uint8_t *data, size_t size)
{
    const int repeats = data[1] == 0xFF ? 1000 : data[1] + 1;
    const QByteArray fragment(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    QByteArray document("<opml version=\"2.0\"><body>");
    document.reserve(document.size() + repeats * (fragment.size() + 5) + 16);
    const QList<QByteArray> pieces = fragment.split('$');
    for (int i = 0; i < repeats && document.size() < 1024 * 1024; ++i)
        document += pieces.join(QByteArray::number(i));
    document += "</body></opml>";
    return document;
}

bool webAddress(const QString &address)
{
    if (!address.startsWith(QLatin1String("http://")) && !address.startsWith(QLatin1String("https://")))
        return false;
    const QUrl url(address);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            && !url.host().isEmpty() && url.userInfo().isEmpty();
}

// What opml.h and opmlreader.h promise about any document readOpml() returns.
void checkDocument(const tidings::OpmlDocument &document)
{
    if (!document.ok()) {
        // Not a subscription list: the reason and nothing else.
        if (!document.subscriptions.isEmpty() || !document.warnings.isEmpty() || !document.title.isEmpty()
            || document.duplicates != 0 || document.rejected != 0)
            __builtin_trap();
        return;
    }
    if (document.subscriptions.isEmpty() && document.rejected == 0)
        __builtin_trap();   // "none of them is a feed subscription" must have been the error
    if (document.subscriptions.size() > tidings::kMaxOpmlSubscriptions)
        __builtin_trap();
    if (document.title != document.title.simplified())
        __builtin_trap();
    QSet<QString> addresses;
    for (const tidings::OpmlSubscription &subscription : document.subscriptions) {
        // Only http(s) is ever kept: no file:, javascript:, data:, feed:, exec:, "|command".
        if (!webAddress(subscription.xmlUrl))
            __builtin_trap();
        if (!subscription.htmlUrl.isEmpty() && !webAddress(subscription.htmlUrl))
            __builtin_trap();
        if (subscription.folderPath.size() >= tidings::kMaxOpmlDepth)
            __builtin_trap();
        for (const QString &folder : subscription.folderPath) {
            if (folder.isEmpty() || folder != folder.simplified())
                __builtin_trap();
        }
        if (subscription.title != subscription.title.simplified())
            __builtin_trap();
        addresses.insert(subscription.xmlUrl);
    }
    if (addresses.size() != document.subscriptions.size())
        __builtin_trap();   // each xmlUrl once
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = size >= 2 && data[0] == 0x01
            ? amplified(data, size)
            : QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    const tidings::OpmlDocument document = tidings::readOpml(bytes);
    checkDocument(document);
    if (!document.ok() || document.subscriptions.isEmpty())
        return 0;   // a list of rejected outlines only: written out, it would have no outlines

    // opmlwriter.h: readOpml(writeOpml(t, s)) gives back t and s exactly for whatever readOpml gave.
    const tidings::OpmlDocument again = tidings::readOpml(tidings::writeOpml(document.title, document.subscriptions));
    if (!again.ok() || again.title != document.title || again.subscriptions != document.subscriptions
        || again.duplicates != 0 || again.rejected != 0)
        __builtin_trap();
    return 0;
}
