#pragma once

// Reads one document with parseJsonFeed through FastJsonDocument and through QJsonDocument alone, and
// compares the whole ParseResult: outcome, error, every field of the feed and of each item (more than
// feedToJson writes: language, duration, base URLs, null against empty strings), and the warnings.
// Shared by tst_fastjson and fuzz_jsontok.

#include "core/feed/fastjsondocument.h"
#include "core/feed/jsonfeedparser.h"

#include <QStringList>
#include <QUrl>

namespace tidings::jsonfeeddiff {

struct Outcome {
    bool accepted = false;      // FastJsonDocument took the document (else both sides are Qt's)
    QString unsupportedReason;  // why it did not
    QString mismatch;           // the first differing line; empty when none
};

// A test hook: corrupts what the fast side produced, to show the comparison can fail.
enum class Sabotage { None, ItemLanguage, WarningText, NullString };

inline QString text(const QString &s)
{
    if (s.isNull())
        return QStringLiteral("(null)");
    QString out = s;
    out.replace(u'\\', QLatin1String("\\\\")).replace(u'\n', QLatin1String("\\n")).replace(u'\r', QLatin1String("\\r"));
    return u'"' + out + u'"';
}

inline QString date(const QDateTime &d)
{
    return d.isValid() ? d.toString(Qt::ISODateWithMs) + u' ' + QString::number(int(d.timeSpec())) : QStringLiteral("(invalid)");
}

inline void people(QStringList &out, const QString &where, const QList<Person> &list)
{
    for (const Person &p : list)
        out << where + QLatin1String(" author ") + text(p.name) + u' ' + text(p.email) + u' ' + text(p.uri);
}

// One line per value, so that a mismatch names the field.
inline QStringList describe(const ParseResult &r)
{
    QStringList out;
    out << QStringLiteral("outcome %1 error %2").arg(int(r.outcome)).arg(text(r.error));
    const Feed &f = r.feed;
    out << QStringLiteral("feed format %1").arg(int(f.format));
    out << QLatin1String("feed title ") + text(f.title) << QLatin1String("feed link ") + text(f.link)
        << QLatin1String("feed self ") + text(f.self) << QLatin1String("feed description ") + text(f.description)
        << QLatin1String("feed language ") + text(f.language) << QLatin1String("feed rights ") + text(f.rights)
        << QLatin1String("feed generator ") + text(f.generator) << QLatin1String("feed image ") + text(f.image)
        << QLatin1String("feed icon ") + text(f.icon) << QLatin1String("feed updated ") + date(f.updated)
        << QStringLiteral("feed hints %1 %2 %3").arg(f.hints.ttlMinutes).arg(text(f.hints.syPeriod)).arg(f.hints.syFrequency);
    people(out, QStringLiteral("feed"), f.authors);
    for (qsizetype i = 0; i < f.items.size(); ++i) {
        const Item &it = f.items.at(i);
        const QString w = QStringLiteral("item %1 ").arg(i + 1);
        out << w + QLatin1String("id ") + text(it.id) + QLatin1String(it.idIsPermalink ? " permalink" : "")
            << w + QLatin1String("title ") + text(it.title) << w + QLatin1String("link ") + text(it.link)
            << w + QLatin1String("comments ") + text(it.comments) + u' ' + text(it.commentsFeed) + u' '
                       + (it.commentCount ? QString::number(*it.commentCount) : QStringLiteral("-"))
            << w + QLatin1String("published ") + date(it.published) << w + QLatin1String("updated ") + date(it.updated)
            << w + QLatin1String("summary ") + text(it.summary) << w + QLatin1String("content ") + text(it.content)
            << w + QLatin1String("categories ") + it.categories.join(u'|') + u' ' + QString::number(it.categories.size())
            << w + QLatin1String("thumbnail ") + text(it.thumbnail) << w + QLatin1String("language ") + text(it.language)
            << w + QLatin1String("duration ") + (it.durationSeconds ? QString::number(*it.durationSeconds) : QStringLiteral("-"))
            << w + QLatin1String("base ") + text(it.baseUrl) + u' ' + text(it.summaryBaseUrl);
        people(out, w.trimmed(), it.authors);
        for (const Enclosure &e : it.enclosures) {
            out << w + QLatin1String("enclosure ") + text(e.url) + u' ' + text(e.type) + u' '
                            + (e.length ? QString::number(*e.length) : QStringLiteral("-"));
        }
    }
    for (const ParseWarning &warning : r.warnings)
        out << QStringLiteral("warning %1:%2 %3").arg(warning.line).arg(warning.column).arg(text(warning.message));
    return out;
}

inline Outcome compare(const QByteArray &utf8, Sabotage sabotage = Sabotage::None,
                       const QUrl &documentUrl = QUrl(QStringLiteral("https://example.org/feed.json")))
{
    Outcome outcome;
    {
        const FastJsonDocument fast(utf8);
        outcome.accepted = !fast.unsupported();
        outcome.unsupportedReason = QString::fromLatin1(fast.unsupportedReason());
    }
    ParseResult fast;
    parseJsonFeed(utf8, documentUrl, fast, JsonBackend::Fast);
    ParseResult qt;
    parseJsonFeed(utf8, documentUrl, qt, JsonBackend::Qt);
    switch (sabotage) {
    case Sabotage::None: break;
    case Sabotage::ItemLanguage:
        if (!fast.feed.items.isEmpty())
            fast.feed.items.first().language += u'x';
        break;
    case Sabotage::WarningText:
        if (!fast.warnings.isEmpty())
            fast.warnings.first().message.chop(1);
        break;
    case Sabotage::NullString:
        fast.feed.rights = fast.feed.rights.isNull() ? QStringLiteral("") : QString();
        break;
    }
    const QStringList a = describe(fast);
    const QStringList b = describe(qt);
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
        const QString x = a.value(i, QStringLiteral("(nothing)"));
        const QString y = b.value(i, QStringLiteral("(nothing)"));
        if (x != y) {
            outcome.mismatch = QStringLiteral("line %1:\n  fast %2\n  qt   %3").arg(i + 1).arg(x.left(300), y.left(300));
            break;
        }
    }
    return outcome;
}

} // namespace tidings::jsonfeeddiff
