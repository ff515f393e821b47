#pragma once

// How the list fields of an item are kept in a column (JSON text). Internal to core/store.

#include "core/feed/feed.h"

#include <QByteArray>
#include <QString>

namespace tidings::store {

QString personsToJson(const QList<Person> &persons);       // "" for an empty list
QList<Person> personsFromJson(const QString &json);
QString enclosuresToJson(const QList<Enclosure> &enclosures);
QList<Enclosure> enclosuresFromJson(const QString &json);
QString stringsToJson(const QStringList &strings);
QStringList stringsFromJson(const QString &json);

} // namespace tidings::store
