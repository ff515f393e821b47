#pragma once

// How the item list shows a date: the time alone for today's items ("14:05", the locale's short
// time), the locale's short date otherwise. Local time; `now` is a parameter so tests fix it.

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace tidings::app {

QString itemDateText(const QDateTime &date, const QDateTime &now, const QLocale &locale = QLocale());

} // namespace tidings::app
