#include "core/feed/feed.h"

#include <QCoreApplication>

namespace tidings {

namespace {

// User-visible sentences of this file (warnings and errors shown by the CLI and the app).
struct FeedText {
    Q_DECLARE_TR_FUNCTIONS(ParseWarning)
};

} // namespace


QString formatName(FeedFormat format)
{
    switch (format) {
    case FeedFormat::Rss090: return QStringLiteral("rss0.90");
    case FeedFormat::Rss091: return QStringLiteral("rss0.91");
    case FeedFormat::Rss092: return QStringLiteral("rss0.92");
    case FeedFormat::Rss093: return QStringLiteral("rss0.93");
    case FeedFormat::Rss094: return QStringLiteral("rss0.94");
    case FeedFormat::Rss10: return QStringLiteral("rss1.0");
    case FeedFormat::Rss20: return QStringLiteral("rss2.0");
    case FeedFormat::Rss: return QStringLiteral("rss");
    case FeedFormat::Atom03: return QStringLiteral("atom0.3");
    case FeedFormat::Atom10: return QStringLiteral("atom1.0");
    case FeedFormat::Json10: return QStringLiteral("json1.0");
    case FeedFormat::Json11: return QStringLiteral("json1.1");
    case FeedFormat::Unknown: break;
    }
    return QStringLiteral("unknown");
}

int UpdateHints::minimumIntervalMinutes() const
{
    int syMinutes = 0;
    if (!syPeriod.isEmpty()) {
        int periodMinutes = 24 * 60;   // the module's default period is daily
        if (syPeriod == QLatin1String("hourly"))
            periodMinutes = 60;
        else if (syPeriod == QLatin1String("weekly"))
            periodMinutes = 7 * 24 * 60;
        else if (syPeriod == QLatin1String("monthly"))
            periodMinutes = 30 * 24 * 60;
        else if (syPeriod == QLatin1String("yearly"))
            periodMinutes = 365 * 24 * 60;
        syMinutes = periodMinutes / qMax(1, syFrequency);
    }
    return qMax(ttlMinutes, syMinutes);
}

QString ParseWarning::toString() const
{
    if (line <= 0)
        return message;
    return FeedText::tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

} // namespace tidings
