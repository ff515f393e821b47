#include "app/dialogs/feedaddress.h"

#include "core/html/urls.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tidings::app {
namespace {

struct FeedAddressText {
    Q_DECLARE_TR_FUNCTIONS(FeedAddress)
};

} // namespace

FeedAddress feedAddressFromInput(const QString &text)
{
    FeedAddress result;
    QString address = withoutFeedScheme(text);
    if (address.isEmpty()) {
        result.error = FeedAddressText::tr("Type the address of a feed or of a web site.");
        return result;
    }
    // A bare host gets a scheme. "localhost:8080" is a host and a port, though QUrl would read
    // "localhost" as a scheme; "mailto:a@b" and "javascript:x" are schemes, kept so they are refused
    // below instead of turning into https://mailto:a@b.
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:(?!\\d)"));
    if (!address.contains(QLatin1String("://")) && !scheme.match(address).hasMatch())
        address.prepend(QLatin1String("https://"));
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty()) {
        result.error = FeedAddressText::tr("This is not an http or https web address.");
        return result;
    }
    result.url = url;
    return result;
}

} // namespace tidings::app
