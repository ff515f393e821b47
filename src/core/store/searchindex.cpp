#include "core/store/searchindex.h"

#include "core/html/htmltext.h"
#include "core/store/itemcodec.h"
#include "core/store/sqlutil.h"
#include "core/store/storedhtml.h"

#include <QRegularExpression>
#include <QSqlError>

#include <algorithm>

namespace tidings::store {
namespace {

// A letter, digit or symbol, judged by code point: a UTF-16 unit of an astral character (CJK
// extension B, mathematical letters, emoji) is neither on its own.
bool isWordCharacter(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return QChar::isLetterOrNumber(c) || category == QChar::Symbol_Math || category == QChar::Symbol_Currency
        || category == QChar::Symbol_Modifier || category == QChar::Symbol_Other;
}

QStringList wordsOf(const QString &userText)
{
    QStringList words;
    for (const QString &word : userText.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        // A "word" of punctuation only cannot match anything the tokenizer indexed.
        const QList<uint> codePoints = word.toUcs4();
        if (std::any_of(codePoints.cbegin(), codePoints.cend(), [](uint c) { return isWordCharacter(c); }))
            words.append(word);
    }
    return words;
}

// The tokens FTS5's unicode61 tokenizer would make of user text: runs of letters and digits (it
// folds case and diacritics itself). With detail=none the index has no positions, so "e-mail"
// cannot be a phrase; it becomes the two tokens, both required.
QStringList tokensOf(const QString &userText)
{
    QStringList tokens;
    QString token;
    for (const QChar c : userText) {
        if (c.isLetterOrNumber() || c.isSurrogate() || c.category() == QChar::Mark_NonSpacing) {
            token.append(c);
        } else if (!token.isEmpty()) {
            tokens.append(token);
            token.clear();
        }
    }
    if (!token.isEmpty())
        tokens.append(token);
    return tokens;
}

} // namespace

QString createSearchIndexTable(QSqlDatabase &db)
{
    // remove_diacritics 2: "cafe" finds "Café" and "naive" finds "naïve", also for letters that
    // carry several marks.
    return execSql(db, "CREATE VIRTUAL TABLE item_search USING fts5("
                       "title, authors, body, content = '', detail = none,"
                       " tokenize = 'unicode61 remove_diacritics 2')");
}

SearchText searchTextFor(const QString &title, const QList<Person> &authors, QStringView summary,
                         QStringView content)
{
    SearchText text;
    text.title = title.toUtf8();
    QStringList names;
    for (const Person &person : authors)
        names.append(person.name.isEmpty() ? person.email : person.name);
    text.authors = names.join(QLatin1Char(' ')).toUtf8();
    text.body = htmlToPlainText(content.isEmpty() ? summary : content).toUtf8();
    return text;
}

namespace {

SearchText storedSearchText(const QSqlQuery &row, int first)
{
    return searchTextFor(row.value(first).toString(), personsFromJson(row.value(first + 1).toString()),
                         unpackHtml(row.value(first + 2)), unpackHtml(row.value(first + 3)));
}

} // namespace

QString rebuildSearchIndex(QSqlDatabase &db)
{
    QSqlQuery items(db);
    items.setForwardOnly(true);
    if (!items.exec(QStringLiteral("SELECT id, title, authors, summary, content FROM items")))
        return StoreText::tr("the search index cannot be rebuilt: %1").arg(describeError(items.lastError()));
    SearchIndexWriter writer(db, true);
    while (items.next()) {
        if (QString error = writer.add(items.value(0).toLongLong(), storedSearchText(items, 1)); !error.isEmpty())
            return error;
    }
    return {};
}

// The text goes in as BLOBs cast to TEXT: SQLite takes the UTF-8 bytes as they are, where a bound
// QString would be converted from UTF-16 on the writer thread.
SearchIndexWriter::SearchIndexWriter(QSqlDatabase &db, bool enabled)
    : m_db(db)
    , m_enabled(enabled)
    , m_insert(db)
    , m_delete(db)
    , m_stored(db)
{
    if (!m_enabled)
        return;
    m_insert.prepare(QStringLiteral("INSERT INTO item_search(rowid, title, authors, body)"
                                    " VALUES (?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))"));
    m_delete.prepare(QStringLiteral("INSERT INTO item_search(item_search, rowid, title, authors, body)"
                                    " VALUES ('delete', ?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))"));
    m_stored.prepare(QStringLiteral("SELECT title, authors, summary, content FROM items WHERE id = ?"));
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

QString SearchIndexWriter::removeIndexed(qint64 itemId, const SearchText &text)
{
    m_delete.bindValue(0, itemId);
    m_delete.bindValue(1, text.title);
    m_delete.bindValue(2, text.authors);
    m_delete.bindValue(3, text.body);
    return execPrepared(m_delete, QT_TRANSLATE_NOOP("tidings::Store", "updating the search index"));
}

QString SearchIndexWriter::remove(qint64 itemId)
{
    if (!m_enabled)
        return {};
    m_stored.bindValue(0, itemId);
    if (QString error = execPrepared(m_stored, QT_TRANSLATE_NOOP("tidings::Store", "updating the search index"));
        !error.isEmpty())
        return error;
    if (!m_stored.next())
        return {};
    const SearchText text = storedSearchText(m_stored, 0);
    m_stored.finish();
    return removeIndexed(itemId, text);
}

QString SearchIndexWriter::removeItemsOfFeed(qint64 feedId)
{
    if (!m_enabled)
        return {};
    QSqlQuery items(m_db);
    items.setForwardOnly(true);
    items.prepare(QStringLiteral("SELECT id, title, authors, summary, content FROM items WHERE feed_id = ?"));
    items.addBindValue(feedId);
    if (QString error = execPrepared(items, QT_TRANSLATE_NOOP("tidings::Store", "removing a feed from the search index"));
        !error.isEmpty())
        return error;
    while (items.next()) {
        if (QString error = removeIndexed(items.value(0).toLongLong(), storedSearchText(items, 1)); !error.isEmpty())
            return error;
    }
    return {};
}

QString ftsQueryFor(const QString &userText)
{
    // Every token quoted, so that FTS5's syntax (NEAR, AND, ^, column filters) is just text.
    QStringList terms;
    for (const QString &token : tokensOf(userText))
        terms.append(QLatin1Char('"') + token + QLatin1Char('"'));
    if (terms.isEmpty())
        return {};
    terms.last().append(QLatin1Char('*'));
    return terms.join(QLatin1Char(' '));
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
