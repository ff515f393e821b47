#include "core/net/redirectpolicy.h"

#include <QHostAddress>

namespace tidings {
namespace {

bool isWebScheme(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

} // namespace

bool isLocalNetworkHost(const QString &host)
{
    QString name = host.toLower();
    if (name.endsWith(u'.'))   // "localhost." is the same name, fully qualified
        name.chop(1);
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost")))
        return true;
    QHostAddress address;
    if (!address.setAddress(name))
        return false;
    // "::" and "0.0.0.0" reach the machine's own services on Linux.
    if (address == QHostAddress::AnyIPv6 || address == QHostAddress::AnyIPv4)
        return true;
    if (address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast() || address.isSiteLocal())
        return true;
    bool isV4 = false;
    const QHostAddress v4(address.toIPv4Address(&isV4));
    if (!isV4)
        return false;
    // QHostAddress::isPrivateUse() arrived in Qt 6.6; these are its IPv4 ranges plus 0/8 and CGNAT.
    static const std::pair<const char *, int> kRanges[] = {
        {"0.0.0.0", 8}, {"10.0.0.0", 8}, {"100.64.0.0", 10}, {"127.0.0.0", 8},
        {"169.254.0.0", 16}, {"172.16.0.0", 12}, {"192.168.0.0", 16},
    };
    for (const auto &[network, prefix] : kRanges) {
        if (v4.isInSubnet(QHostAddress(QLatin1String(network)), prefix))
            return true;
    }
    return false;
}

RedirectVerdict judgeRedirect(const QUrl &from, const QUrl &to)
{
    if (!isWebScheme(to) || to.host().isEmpty())
        return RedirectVerdict::NotWeb;
    if (from.scheme() == QLatin1String("https") && to.scheme() == QLatin1String("http"))
        return RedirectVerdict::Downgrade;
    // A feed on the internet must not steer us at the user's router or local services; a feed
    // that is itself local (an intranet, a test server) may redirect within the local network.
    if (isLocalNetworkHost(to.host()) && !isLocalNetworkHost(from.host()))
        return RedirectVerdict::IntoLocalNetwork;
    return RedirectVerdict::Follow;
}

} // namespace tidings
