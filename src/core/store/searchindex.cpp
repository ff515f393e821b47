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

// The characters unicode61 keeps in a token with the categories of kSearchTokenizer. The query
// side (tokensOf) must split exactly where the index did: with detail=none, a quoted word that the
// tokenizer splits in two is a phrase, and FTS5 refuses phrases ("हिन्दी" did, when the tokenizer
// cut it at its vowel signs). Marks are part of words (remove_diacritics still folds the Latin
// ones). SQLite's Unicode tables are older than Qt's and count a character they do not know as part
// of a token: searchableText() removes the ones that matter (the skin tones), and a newer letter
// or emoji is a token character on both sides.
bool isTokenCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_PrivateUse:
    case QChar::Symbol_Other:
    case QChar::Other_NotAssigned:
        return true;
    default:
        return false;
    }
}

// What joins or modifies an emoji and means nothing on its own.
bool isEmojiGlue(char32_t c)
{
    return c == 0x200D                        // zero-width joiner: 👩‍👩‍👧 is 👩 👩 👧
        || c == 0xFE0E || c == 0xFE0F         // text or emoji presentation: ☃️ is ☃
        || c == 0x20E3                        // enclosing keycap: 1️⃣ is 1
        || (c >= 0x1F3FB && c <= 0x1F3FF)     // skin tones: 👍🏽 is 👍, as "cafe" finds "café"
        || (c >= 0xE0020 && c <= 0xE007F);    // the tags of subdivision flags
}

bool isRegionalIndicator(char32_t c)
{
    return c >= 0x1F1E6 && c <= 0x1F1FF;
}

char32_t codePointAt(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    return c.unicode();
}

// No symbol (So) and no emoji glue below U+00A6 (¦): plain ASCII and most Latin text pass untouched.
bool needsSeparating(char32_t c)
{
    return c >= 0xA6 && (QChar::category(c) == QChar::Symbol_Other || isEmojiGlue(c));
}

// The tokens FTS5's unicode61 tokenizer makes of text that went through searchableText() (it
// folds case and diacritics itself). With detail=none the index has no positions, so "e-mail"
// cannot be a phrase; it becomes the two tokens, both required.
QStringList tokensOf(const QString &userText)
{
    const QString text = searchableText(userText);
    QStringList tokens;
    QString token;
    for (qsizetype i = 0; i < text.size();) {
        const char32_t c = codePointAt(text, i);
        const qsizetype length = QChar::requiresSurrogates(c) ? 2 : 1;
        if (isTokenCharacter(c)) {
            token.append(QStringView(text).mid(i, length));
        } else if (!token.isEmpty()) {
            tokens.append(token);
            token.clear();
        }
        i += length;
    }
    if (!token.isEmpty())
        tokens.append(token);
    return tokens;
}

} // namespace

namespace {

// Where the next character that searchableText() changes starts, from `i` on; the text's size when
// there is none. Runs of text are passed over a UTF-16 unit at a time: it is called on every
// article's text during a refresh.
qsizetype nextToSeparate(QStringView text, qsizetype i)
{
    const char16_t *const units = text.utf16();
    const qsizetype size = text.size();
    for (; i < size; ++i) {
        if (units[i] < 0xA6)
            continue;
        char32_t c = units[i];
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(units[i + 1]))
            c = QChar::surrogateToUcs4(char16_t(c), units[i + 1]);
        if (needsSeparating(c))
            return i;
        if (QChar::requiresSurrogates(c))
            ++i;
    }
    return size;
}

} // namespace

QString searchableText(QString text)
{
    const QStringView view(text);
    qsizetype i = nextToSeparate(view, 0);
    if (i == view.size())
        return text;
    QString result;
    result.reserve(view.size() + 16);
    qsizetype copied = 0;   // the text before this is in result
    while (i < view.size()) {
        result.append(view.mid(copied, i - copied));
        const char32_t c = codePointAt(text, i);
        qsizetype length = QChar::requiresSurrogates(c) ? 2 : 1;
        if (isEmojiGlue(c)) {
            result.append(QLatin1Char(' '));
        } else {
            // A flag is a pair of regional indicators: 🇩🇪 stays one token, and 🇩🇰 does not find it.
            if (isRegionalIndicator(c) && i + length < view.size() && isRegionalIndicator(codePointAt(text, i + length)))
                length += 2;
            result.append(QLatin1Char(' '));
            result.append(view.mid(i, length));
            result.append(QLatin1Char(' '));
        }
        i += length;
        copied = i;
        i = nextToSeparate(view, i);
    }
    result.append(view.mid(copied));
    return result;
}

QString createSearchIndexTable(QSqlDatabase &db)
{
    const QString error = execSql(db, QStringLiteral("CREATE VIRTUAL TABLE item_search USING fts5("
                                                     "title, authors, body, content = '', detail = none, tokenize = \"%1\")")
                                          .arg(QLatin1String(kSearchTokenizer)));
    return error.isEmpty() ? tuneSearchIndex(db) : error;
}

QString tuneSearchIndex(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT v FROM item_search_config WHERE k = 'automerge'")) && query.next()
        && query.value(0).toInt() == kSearchIndexAutomerge)
        return {};
    query.finish();
    return execSql(db, QStringLiteral("INSERT INTO item_search(item_search, rank) VALUES ('automerge', %1)")
                           .arg(kSearchIndexAutomerge));
}

SearchText searchTextFor(const QString &title, const QList<Person> &authors, QStringView summary,
                         QStringView content)
{
    SearchText text;
    text.title = searchableText(title).toUtf8();
    QStringList names;
    for (const Person &person : authors)
        names.append(person.name.isEmpty() ? person.email : person.name);
    text.authors = searchableText(names.join(QLatin1Char(' '))).toUtf8();
    text.body = searchableText(htmlToPlainText(content.isEmpty() ? summary : content)).toUtf8();
    return text;
}

namespace {

SearchText storedSearchText(const QSqlQuery &row, int first)
{
    return searchTextFor(row.value(first).toString(), personsFromJson(row.value(first + 1).toString()),
                         unpackHtml(row.value(first + 2)), unpackHtml(row.value(first + 3)));
}

} // namespace

QString rebuildSearchIndex(QSqlDatabase &db, const SetupObserver &observe)
{
    qint64 total = 0;
    if (observe) {
        QSqlQuery count(db);
        if (count.exec(QStringLiteral("SELECT count(*) FROM items")) && count.next())
            total = count.value(0).toLongLong();
    }
    const bool report = total > 0;   // a new, empty database has nothing to say
    if (report)
        observe(SetupStep::Indexing, 0, total);
    QSqlQuery items(db);
    items.setForwardOnly(true);
    if (!items.exec(QStringLiteral("SELECT id, title, authors, summary, content FROM items")))
        return StoreText::tr("the search index cannot be rebuilt: %1").arg(describeError(items.lastError()));
    StatementCache statements(db);
    SearchIndexWriter writer(statements, true);
    constexpr qint64 kReportEvery = 256;
    for (qint64 done = 0; items.next();) {
        if (QString error = writer.add(items.value(0).toLongLong(), storedSearchText(items, 1)); !error.isEmpty())
            return error;
        if (++done % kReportEvery == 0 && report)
            observe(SetupStep::Indexing, done, std::max(done, total));
    }
    return {};
}

namespace {

// The text goes in as BLOBs cast to TEXT: SQLite takes the UTF-8 bytes as they are, where a bound
// QString would be converted from UTF-16 on the writer thread.
QString writeEntry(StatementCache &statements, const QString &sql, qint64 itemId, const SearchText &text,
                   const char *what)
{
    QSqlQuery &query = statements.statement(sql);
    query.bindValue(QStringLiteral(":id"), itemId);
    query.bindValue(QStringLiteral(":title"), text.title);
    query.bindValue(QStringLiteral(":authors"), text.authors);
    query.bindValue(QStringLiteral(":body"), text.body);
    return execPrepared(query, what);
}

QString insertEntry(StatementCache &statements, qint64 itemId, const SearchText &text)
{
    return writeEntry(statements,
                      QStringLiteral("INSERT INTO item_search(rowid, title, authors, body)"
                                     " VALUES (:id, CAST(:title AS TEXT), CAST(:authors AS TEXT), CAST(:body AS TEXT))"),
                      itemId, text, QT_TRANSLATE_NOOP("tidings::Store", "indexing an item for search"));
}

QString deleteEntry(StatementCache &statements, qint64 itemId, const SearchText &text)
{
    return writeEntry(statements,
                      QStringLiteral("INSERT INTO item_search(item_search, rowid, title, authors, body) VALUES"
                                     " ('delete', :id, CAST(:title AS TEXT), CAST(:authors AS TEXT), CAST(:body AS TEXT))"),
                      itemId, text, QT_TRANSLATE_NOOP("tidings::Store", "updating the search index"));
}

} // namespace

QString SearchIndexQueue::apply(StatementCache &statements)
{
    std::vector<Change> changes;
    changes.swap(m_changes);
    for (const Change &change : changes) {
        const QString error = change.remove ? deleteEntry(statements, change.itemId, change.text)
                                            : insertEntry(statements, change.itemId, change.text);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

SearchIndexWriter::SearchIndexWriter(StatementCache &statements, bool enabled, SearchIndexQueue *deferTo)
    : m_statements(statements)
    , m_enabled(enabled)
    , m_queue(deferTo)
{
}

QString SearchIndexWriter::add(qint64 itemId, const SearchText &text)
{
    if (!m_enabled)
        return {};
    if (m_queue) {
        m_queue->m_changes.push_back({false, itemId, text});
        return {};
    }
    return insertEntry(m_statements, itemId, text);
}

QString SearchIndexWriter::removeIndexed(qint64 itemId, const SearchText &text)
{
    if (m_queue) {
        m_queue->m_changes.push_back({true, itemId, text});
        return {};
    }
    return deleteEntry(m_statements, itemId, text);
}

QString SearchIndexWriter::remove(qint64 itemId)
{
    if (!m_enabled)
        return {};
    QSqlQuery &stored = m_statements.statement(
        QStringLiteral("SELECT title, authors, summary, content FROM items WHERE id = :id"));
    stored.bindValue(QStringLiteral(":id"), itemId);
    if (QString error = execPrepared(stored, QT_TRANSLATE_NOOP("tidings::Store", "updating the search index"));
        !error.isEmpty())
        return error;
    if (!stored.next())
        return {};
    const SearchText text = storedSearchText(stored, 0);
    stored.finish();
    return removeIndexed(itemId, text);
}

QString SearchIndexWriter::removeItemsOfFeed(qint64 feedId)
{
    if (!m_enabled)
        return {};
    // Not cached: it stays open while the removals run, and a feed is deleted rarely.
    QSqlQuery items(m_statements.database());
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
