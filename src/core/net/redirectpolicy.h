#pragma once

// Which redirects a fetch follows. Pure, so every rule has a table test.

#include <QUrl>

namespace tidings {

enum class RedirectVerdict {
    Follow,
    NotWeb,            // file:, ftp:, javascript:, data:... or no host
    Downgrade,         // https to plain http: the rest of the chain could be tampered with
    IntoLocalNetwork,  // from a public host to loopback or a private network (threats.md §6 #31)
};

// `from` is the URL that answered with the redirect, `to` the resolved Location.
RedirectVerdict judgeRedirect(const QUrl &from, const QUrl &to);

// Whether `host` names this machine or a private network by itself: "localhost", *.localhost,
// loopback, RFC 1918, link-local, carrier-grade NAT, unique-local IPv6. Names that merely resolve
// to such addresses are not caught here (that needs the resolver).
bool isLocalNetworkHost(const QString &host);

} // namespace tidings
