#pragma once

// The full-text index over items: FTS5 table `item_search(title, authors, body)`, rowid = items.id.
//
// Why maintained from C++ and not by triggers over an external-content table: the index must hold
// plain text (tags stripped, entities decoded by htmlToPlainText()), which SQL cannot compute
// without a custom SQL function that QtSql gives no portable way to register. And why the FTS
// table keeps its own copy of that text instead of being contentless: deleting a row from a
// contentless FTS5 table (SQLite < 3.43) needs the exact text that was indexed, which a later
// htmlToPlainText() could produce differently and so corrupt the index; a stored copy deletes by
// rowid alone. The copy is plain text, smaller than the HTML it comes from.
// Internal to core/store.

#include "core/feed/feed.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace tidings::store {

QString createSearchIndexTable(QSqlDatabase &db);

// Fills the (empty) index from every stored item, inside the caller's transaction.
QString rebuildSearchIndex(QSqlDatabase &db);

struct SearchText {
    QString title;
    QString authors;
    QString body;
};

SearchText searchTextFor(const QString &title, const QList<Person> &authors, const QString &summary,
                         const QString &content);

// Prepared statements for one writer transaction; does nothing when the index is off.
class SearchIndexWriter
{
public:
    SearchIndexWriter(QSqlDatabase &db, bool enabled);
    QString add(qint64 itemId, const SearchText &text);
    QString replace(qint64 itemId, const SearchText &text);
    QString removeItemsOfFeed(qint64 feedId);   // call before the items themselves go

private:
    QSqlDatabase &m_db;
    bool m_enabled;
    QSqlQuery m_insert;
    QSqlQuery m_delete;
};

// An FTS5 MATCH expression for user text: every word becomes a quoted phrase (so `"`, `*`, `NEAR(`,
// `AND` and `-` are just text), all must match, and the last one also matches as a prefix, which
// is what typing into a search field expects. Empty when the text has no word at all.
QString ftsQueryFor(const QString &userText);

// The words of user text for the LIKE fallback, with %, _ and \ escaped for `LIKE ? ESCAPE '\'`.
QStringList likePatternsFor(const QString &userText);

} // namespace tidings::store
