#pragma once

// The full-text index over items: a contentless FTS5 table `item_search(title, authors, body)`,
// rowid = items.id.
//
// Why maintained from C++ and not by triggers: the index holds plain text (tags stripped, entities
// decoded by htmlToPlainText()), which SQL cannot compute without a custom SQL function that QtSql
// gives no portable way to register.
// Why contentless and detail=none: a copy of every article's text would be a third of the
// database, and token positions (for phrase and NEAR queries, which the search field does not
// offer) would double the index and the writer's work to build it. The price is
// that deleting a row (SQLite < 3.43 has no contentless_delete) needs the exact text that was
// indexed; it is recomputed from the stored row, which is why everything stored is normalized
// first (storedhtml.h) and why kSearchIndexFormat names the text extraction: when
// htmlToPlainText() changes what it produces, bump it, and every database rebuilds its index on
// the next open instead of deleting with text that no longer matches. Internal to core/store.

#include "core/feed/feed.h"
#include "core/store/setupprogress.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <vector>

namespace tidings::store {

// Stored in meta.search_index; a database whose index has another format rebuilds it. 2: symbols
// and emoji are indexed, each a word of its own (searchableText), and marks belong to words.
inline constexpr char kSearchIndexFormat[] = "fts5-contentless-2";

// unicode61 with remove_diacritics 2 ("cafe" finds "Café", also for letters with several marks)
// and the categories of characters it keeps in tokens: letters, digits, private use, other
// symbols (emoji, ☃, ©) and marks (searchindex.cpp: isTokenCharacter).
inline constexpr char kSearchTokenizer[] = "unicode61 remove_diacritics 2 categories 'L* N* Co So M*'";

QString createSearchIndexTable(QSqlDatabase &db);

// FTS5 merges its segments once `automerge` of them lie on one level (4 by default), and every
// batch of a refresh adds one. At 8 a refresh's writer did 10 % less work, and searches in a
// 43,000-item profile took no longer (docs/performance.md). Sets it on an index that has another
// value (one created before); reads only, when it is set.
inline constexpr int kSearchIndexAutomerge = 8;
QString tuneSearchIndex(QSqlDatabase &db);

// Fills the (empty) index from every stored item, inside the caller's transaction.
QString rebuildSearchIndex(QSqlDatabase &db, const SetupObserver &observe = {});

// Text as the index (and the query) sees it. Each symbol (So: emoji, ☃, ©, ★) becomes a word of
// its own, so that 🔥, 🇩🇪, berlin and 2024 find "🔥🔥🔥", "🇩🇪Berlin" and "©2024": unicode61
// keeps a run of token characters together. A flag's two regional indicators stay one word. The
// joiners, presentation selectors and skin tones of emoji sequences go, so that 👍 finds 👍🏽 and
// 👩 finds 👩‍👧. Text without symbols comes back as it was.
QString searchableText(QString text);

struct SearchText {   // UTF-8, through searchableText()
    QByteArray title;
    QByteArray authors;
    QByteArray body;
};

// Feeds that only have a summary put their article there, so the body is the content or else the summary.
SearchText searchTextFor(const QString &title, const QList<Person> &authors, QStringView summary,
                         QStringView content);

class StatementCache;

// Index changes held back until the end of the writer's batch (writer.cpp). FTS5 writes out what
// it has pending at every savepoint, and a refresh stores each feed in a savepoint of its own: a
// thousand small index segments, merged again and again (8 % of the writer's instructions). The
// writer applies the changes in order, between jobs, so that no savepoint can undo them without
// the rows they belong to; a failed job's changes are dropped with the job.
class SearchIndexQueue
{
public:
    qsizetype size() const { return qsizetype(m_changes.size()); }
    void truncate(qsizetype size) { m_changes.resize(size_t(size)); }
    // Runs and forgets every queued change; the first failure's sentence, or empty.
    QString apply(StatementCache &statements);

private:
    friend class SearchIndexWriter;
    struct Change {
        bool remove;
        qint64 itemId;
        SearchText text;
    };
    std::vector<Change> m_changes;
};

// Adds and removes index entries with the connection's cached statements, at once or, given a
// queue, when the queue is applied. Does nothing when the index is off.
class SearchIndexWriter
{
public:
    SearchIndexWriter(StatementCache &statements, bool enabled, SearchIndexQueue *deferTo = nullptr);
    QString add(qint64 itemId, const SearchText &text);
    // Removes what the stored row `itemId` put in the index; call before the row changes or goes.
    QString remove(qint64 itemId);
    QString removeItemsOfFeed(qint64 feedId);   // call before the items themselves go

private:
    QString removeIndexed(qint64 itemId, const SearchText &text);

    StatementCache &m_statements;
    bool m_enabled;
    SearchIndexQueue *m_queue;
};

// An FTS5 MATCH expression for user text: every token (a run of letters, digits and marks, or one
// symbol, as the index was split) is quoted (so `"`, `*`, `NEAR(`, `AND` and `-` are just text), all must match,
// and the last one also matches as a prefix, which is what typing into a search field expects.
// Empty when the text has no token at all.
QString ftsQueryFor(const QString &userText);

// The words of user text for the LIKE fallback, with %, _ and \ escaped for `LIKE ? ESCAPE '\'`.
QStringList likePatternsFor(const QString &userText);

} // namespace tidings::store
