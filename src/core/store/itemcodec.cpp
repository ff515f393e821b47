#include "core/store/itemcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tidings::store {
namespace {

QString compact(const QJsonArray &array)
{
    return array.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray arrayFrom(const QString &json)
{
    return json.isEmpty() ? QJsonArray() : QJsonDocument::fromJson(json.toUtf8()).array();
}

} // namespace

QString personsToJson(const QList<Person> &persons)
{
    QJsonArray array;
    for (const Person &person : persons) {
        QJsonObject object;
        if (!person.name.isEmpty())
            object.insert(QLatin1String("name"), person.name);
        if (!person.email.isEmpty())
            object.insert(QLatin1String("email"), person.email);
        if (!person.uri.isEmpty())
            object.insert(QLatin1String("uri"), person.uri);
        array.append(object);
    }
    return compact(array);
}

QList<Person> personsFromJson(const QString &json)
{
    QList<Person> persons;
    for (const QJsonValue &value : arrayFrom(json)) {
        const QJsonObject object = value.toObject();
        persons.append(Person{object.value(QLatin1String("name")).toString(),
                              object.value(QLatin1String("email")).toString(),
                              object.value(QLatin1String("uri")).toString()});
    }
    return persons;
}

QString enclosuresToJson(const QList<Enclosure> &enclosures)
{
    QJsonArray array;
    for (const Enclosure &enclosure : enclosures) {
        QJsonObject object;
        object.insert(QLatin1String("url"), enclosure.url);
        if (!enclosure.type.isEmpty())
            object.insert(QLatin1String("type"), enclosure.type);
        if (enclosure.length)
            object.insert(QLatin1String("length"), double(*enclosure.length));
        array.append(object);
    }
    return compact(array);
}

QList<Enclosure> enclosuresFromJson(const QString &json)
{
    QList<Enclosure> enclosures;
    for (const QJsonValue &value : arrayFrom(json)) {
        const QJsonObject object = value.toObject();
        Enclosure enclosure;
        enclosure.url = object.value(QLatin1String("url")).toString();
        enclosure.type = object.value(QLatin1String("type")).toString();
        if (object.contains(QLatin1String("length")))
            enclosure.length = qint64(object.value(QLatin1String("length")).toDouble());
        enclosures.append(enclosure);
    }
    return enclosures;
}

QString stringsToJson(const QStringList &strings)
{
    return compact(QJsonArray::fromStringList(strings));
}

QStringList stringsFromJson(const QString &json)
{
    QStringList strings;
    for (const QJsonValue &value : arrayFrom(json))
        strings.append(value.toString());
    return strings;
}

} // namespace tidings::store
