#pragma once

// The generated corpus the parse benchmark measures: a deterministic mix of the formats Tidings reads,
// with article HTML of the size and shape real feeds carry. Same seed and size, same bytes.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace tidings::bench {

enum class CorpusFormat { Rss20, Atom10, Rdf, Json11 };

struct CorpusDocument {
    CorpusFormat format = CorpusFormat::Rss20;
    QString fileName;       // e.g. "017-atom10.xml", what --write-corpus names it
    QUrl documentUrl;       // where it "came from": the last-resort base for relative URLs
    QByteArray bytes;
    int items = 0;
};

struct Corpus {
    QList<CorpusDocument> documents;
    qint64 bytes = 0;
    qint64 items = 0;
    quint64 hash = 0;       // FNV-1a over every document, to show two runs measured the same bytes
};

// Documents of 20-100 items each, 1-20 KB of HTML per item, until `targetBytes` is reached.
Corpus generateCorpus(qint64 targetBytes, quint64 seed);

// Feed `number` of the refresh benchmark's feed set (bench/refresh/): the same format mix and ranges as
// generateCorpus (20-100 items, 1-20 KB of HTML per item), but skewed toward the small end as real
// subscriptions are: most feeds carry a few dozen short items, few a hundred long ones (1000 feeds:
// about 43 items and 240 KB per feed). Every feed has its own generator, so a set of 100 feeds is the
// first tenth of a set of 1000. fileName is "NNNN.rss", ".atom", ".rdf" or ".json".
CorpusDocument generateFeedDocument(int number, quint64 seed);

// One RSS 2.0 document of about `targetBytes` (for the memory check). Built in place in one buffer so
// that generating it does not raise the peak RSS above the document itself.
QByteArray generateLargeRss(qint64 targetBytes, quint64 seed, int *itemCount);

QString formatLabel(CorpusFormat format);

} // namespace tidings::bench
