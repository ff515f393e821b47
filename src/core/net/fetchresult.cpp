#include "core/net/fetchresult.h"

namespace tidings {

bool countsAsFailure(FetchOutcome outcome)
{
    switch (outcome) {
    case FetchOutcome::Ok:
    case FetchOutcome::NotModified:
    case FetchOutcome::Unchanged:
    case FetchOutcome::Moved:
    case FetchOutcome::Cancelled:
        return false;
    case FetchOutcome::Gone:
    case FetchOutcome::HttpError:
    case FetchOutcome::RateLimited:
    case FetchOutcome::NetworkError:
    case FetchOutcome::TlsError:
    case FetchOutcome::Timeout:
    case FetchOutcome::TooLarge:
    case FetchOutcome::RedirectRefused:
        return true;
    }
    return true;
}

QLatin1String outcomeName(FetchOutcome outcome)
{
    switch (outcome) {
    case FetchOutcome::Ok: return QLatin1String("ok");
    case FetchOutcome::NotModified: return QLatin1String("not-modified");
    case FetchOutcome::Unchanged: return QLatin1String("unchanged");
    case FetchOutcome::Moved: return QLatin1String("moved");
    case FetchOutcome::Gone: return QLatin1String("gone");
    case FetchOutcome::HttpError: return QLatin1String("http-error");
    case FetchOutcome::RateLimited: return QLatin1String("rate-limited");
    case FetchOutcome::NetworkError: return QLatin1String("network-error");
    case FetchOutcome::TlsError: return QLatin1String("tls-error");
    case FetchOutcome::Timeout: return QLatin1String("timeout");
    case FetchOutcome::TooLarge: return QLatin1String("too-large");
    case FetchOutcome::RedirectRefused: return QLatin1String("redirect-refused");
    case FetchOutcome::Cancelled: return QLatin1String("cancelled");
    }
    return QLatin1String("unknown");
}

} // namespace tidings
