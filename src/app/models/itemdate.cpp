#include "app/models/itemdate.h"

namespace tidings::app {

QString itemDateText(const QDateTime &date, const QDateTime &now, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    const QDateTime local = date.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local.date(), QLocale::ShortFormat);
}

} // namespace tidings::app
