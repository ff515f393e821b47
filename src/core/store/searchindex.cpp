#include "core/store/searchindex.h"

#include "core/html/htmltext.h"
#include "core/store/itemcodec.h"
#include "core/store/sqlutil.h"

#include <QRegularExpression>
#include <QSqlError>

#include <algorithm>

namespace tidings::store {
namespace {

QStringList wordsOf(const QString &userText)
{
    QStringList words;
    for (const QString &word : userText.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        // A "word" of punctuation only would become a phrase without tokens, which FTS5 treats
        // inconsistently; it cannot match anything the tokenizer indexed anyway.
        if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            words.append(word);
    }
    return words;
}

} // namespace

QString createSearchIndexTable(QSqlDatabase &db)
{
    // remove_diacritics 2: "cafe" finds "Café" and "naive" finds "naïve", also for letters that
    // carry several marks.
    return execSql(db, "CREATE VIRTUAL TABLE item_search USING fts5("
                       "title, authors, body, tokenize = 'unicode61 remove_diacritics 2')");
}

SearchText searchTextFor(const QString &title, const QList<Person> &authors, const QString &summary,
                         const QString &content)
{
    SearchText text;
    text.title = title;
    QStringList names;
    for (const Person &person : authors)
        names.append(person.name.isEmpty() ? person.email : person.name);
    text.authors = names.join(QLatin1Char(' '));
    // Feeds that only have a summary put their article there.
    text.body = htmlToPlainText(content.isEmpty() ? summary : content);
    return text;
}

QString rebuildSearchIndex(QSqlDatabase &db)
{
    QSqlQuery items(db);
    items.setForwardOnly(true);
    if (!items.exec(QStringLiteral("SELECT id, title, authors, summary, content FROM items")))
        return storeTr("the search index cannot be rebuilt: %1").arg(items.lastError().text());
    SearchIndexWriter writer(db, true);
    while (items.next()) {
        const SearchText text = searchTextFor(items.value(1).toString(), personsFromJson(items.value(2).toString()),
                                              items.value(3).toString(), items.value(4).toString());
        if (QString error = writer.add(items.value(0).toLongLong(), text); !error.isEmpty())
            return error;
    }
    return {};
}

SearchIndexWriter::SearchIndexWriter(QSqlDatabase &db, bool enabled)
    : m_db(db)
    , m_enabled(enabled)
    , m_insert(db)
    , m_delete(db)
{
    if (!m_enabled)
        return;
    m_insert.prepare(QStringLiteral("INSERT INTO item_search(rowid, title, authors, body) VALUES (?, ?, ?, ?)"));
    m_delete.prepare(QStringLiteral("DELETE FROM item_search WHERE rowid = ?"));
}

QString SearchIndexWriter::add(qint64 itemId, const SearchText &text)
{
    if (!m_enabled)
        return {};
    m_insert.bindValue(0, itemId);
    m_insert.bindValue(1, text.title);
    m_insert.bindValue(2, text.authors);
    m_insert.bindValue(3, text.body);
    return execPrepared(m_insert, QT_TRANSLATE_NOOP("tidings::Store", "indexing an item for search"));
}

QString SearchIndexWriter::replace(qint64 itemId, const SearchText &text)
{
    if (!m_enabled)
        return {};
    m_delete.bindValue(0, itemId);
    if (QString error = execPrepared(m_delete, QT_TRANSLATE_NOOP("tidings::Store", "updating the search index"));
        !error.isEmpty())
        return error;
    return add(itemId, text);
}

QString SearchIndexWriter::removeItemsOfFeed(qint64 feedId)
{
    if (!m_enabled)
        return {};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM item_search WHERE rowid IN (SELECT id FROM items WHERE feed_id = ?)"));
    query.addBindValue(feedId);
    return execPrepared(query, QT_TRANSLATE_NOOP("tidings::Store", "removing a feed from the search index"));
}

QString ftsQueryFor(const QString &userText)
{
    QStringList phrases;
    for (QString word : wordsOf(userText)) {
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        phrases.append(QLatin1Char('"') + word + QLatin1Char('"'));
    }
    if (phrases.isEmpty())
        return {};
    phrases.last().append(QLatin1Char('*'));
    return phrases.join(QLatin1Char(' '));
}

QStringList likePatternsFor(const QString &userText)
{
    QStringList patterns;
    for (QString word : wordsOf(userText)) {
        word.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        word.replace(QLatin1Char('%'), QLatin1String("\\%"));
        word.replace(QLatin1Char('_'), QLatin1String("\\_"));
        patterns.append(QLatin1Char('%') + word + QLatin1Char('%'));
    }
    return patterns;
}

} // namespace tidings::store
