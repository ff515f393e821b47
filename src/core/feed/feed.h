#pragma once

// The values a parsed feed document turns into. Plain copyable structs: they cross threads
// by value and know nothing of where they came from or where they go.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tidings {

enum class FeedFormat {
    Unknown,
    Rss090,
    Rss091,
    Rss092,
    Rss093,
    Rss094,
    Rss10,   // RDF Site Summary
    Rss20,   // any 2.x
    Rss,     // an <rss> whose version is absent or not recognised
    Atom03,
    Atom10,
    Json10,
    Json11,
};

// The contract name of a format ("rss2.0", "atom1.0", "json1.1"...), as `tidings-cli parse` prints it.
QString formatName(FeedFormat format);

struct Person {
    QString name;
    QString email;
    QString uri;    // absolute URL, or empty

    bool isEmpty() const { return name.isEmpty() && email.isEmpty() && uri.isEmpty(); }
    friend bool operator==(const Person &a, const Person &b)
    {
        return a.name == b.name && a.email == b.email && a.uri == b.uri;
    }
};

struct Enclosure {
    QString url;    // absolute URL
    QString type;   // MIME type as the document gave it (lower-cased), else guessed from the file name; may be empty
    std::optional<qint64> length;   // bytes; absent when missing, zero or unparseable
    friend bool operator==(const Enclosure &a, const Enclosure &b)
    {
        return a.url == b.url && a.type == b.type && a.length == b.length;
    }
};

struct Item {
    QString id;             // guid / atom:id / JSON id, else a stable derived id (never empty after parsing)
    bool idIsPermalink = false;
    QString title;          // plain text
    QString link;           // absolute URL of the article
    QString comments;       // absolute URL of the comments page
    QString commentsFeed;   // wfw:commentRss
    std::optional<int> commentCount;   // slash:comments
    QDateTime published;    // UTC; invalid when absent or unparseable
    QDateTime updated;      // UTC; invalid when absent or unparseable
    QList<Person> authors;
    QString summary;        // HTML (sanitized and resolved unless parsed in raw mode)
    QString content;        // HTML (sanitized and resolved unless parsed in raw mode)
    QStringList categories; // plain text, in document order, without duplicates
    QList<Enclosure> enclosures;
    QString thumbnail;      // absolute URL
    QString language;       // xml:lang / dc:language in scope, may be empty
    std::optional<int> durationSeconds;   // itunes:duration
    QString baseUrl;        // what relative references in the content resolve against
    QString summaryBaseUrl; // the same for the summary, when it had an xml:base of its own
};

// Hints a publisher gives about how often to poll; the scheduler treats them as lower bounds.
struct UpdateHints {
    int ttlMinutes = 0;           // RSS <ttl>; 0 when absent
    QString syPeriod;             // sy:updatePeriod: hourly, daily, weekly, monthly, yearly
    int syFrequency = 0;          // sy:updateFrequency; 0 when absent
    // The smallest interval the hints allow, in minutes; 0 when the feed gives none.
    int minimumIntervalMinutes() const;
};

struct Feed {
    FeedFormat format = FeedFormat::Unknown;
    QString title;          // plain text
    QString link;           // absolute URL of the site
    QString self;           // absolute URL the feed says it lives at
    QString description;    // plain text
    QString language;
    QString rights;         // plain text
    QString generator;      // plain text
    QString image;          // absolute URL: RSS image, Atom logo (else icon), JSON Feed icon
    QString icon;           // absolute URL: Atom icon, JSON Feed favicon
    QDateTime updated;      // UTC; invalid when absent
    QList<Person> authors;
    QList<Item> items;
    UpdateHints hints;
};

struct ParseWarning {
    qint64 line = 0;        // 1-based; 0 when the position is unknown
    qint64 column = 0;      // 1-based; 0 when unknown
    QString message;

    // "line 12, column 4: message", or just the message when the position is unknown.
    QString toString() const;
    friend bool operator==(const ParseWarning &a, const ParseWarning &b)
    {
        return a.line == b.line && a.column == b.column && a.message == b.message;
    }
};

struct ParseResult {
    enum class Outcome {
        Feed,       // `feed` holds what could be read; `warnings` says what was recovered
        NotAFeed,   // an HTML page, an image, an empty body...; `error` says which
    };
    Outcome outcome = Outcome::NotAFeed;
    Feed feed;
    QList<ParseWarning> warnings;
    QString error;

    bool isFeed() const { return outcome == Outcome::Feed; }
};

} // namespace tidings
