#include "core/store/preparefeed.h"

#include "core/store/itemcodec.h"
#include "core/store/searchindex.h"
#include "core/store/sqlutil.h"
#include "core/store/storedhtml.h"
#include "core/util/digest.h"

namespace tidings::store {

PreparedItem prepareItem(const Item &item, const PrepareOptions &options)
{
    PreparedItem prepared;
    prepared.guid = wellFormed(item.id);
    prepared.link = wellFormed(item.link);
    prepared.title = wellFormed(item.title);
    prepared.thumbnail = wellFormed(item.thumbnail);
    QList<Person> authors = item.authors;
    for (Person &person : authors) {
        person.name = wellFormed(person.name);
        person.email = wellFormed(person.email);
        person.uri = wellFormed(person.uri);
    }
    prepared.authorsJson = personsToJson(authors);
    prepared.enclosuresJson = wellFormed(enclosuresToJson(item.enclosures));
    prepared.categoriesJson = wellFormed(stringsToJson(item.categories));
    prepared.published = timeValue(item.published);
    prepared.updated = timeValue(item.updated);
    // toUtf8() replaces unpaired surrogates just as wellFormed() does: the bytes below are exactly
    // what a later read gives back.
    const QByteArray summary = item.summary.toUtf8();
    const QByteArray content = item.content.toUtf8();
    prepared.summary = packHtml(summary, options.compress);
    prepared.content = packHtml(content, options.compress);

    // Every stored field, as stored, so that a row read back hashes to the same value.
    Digest128 hash;
    hash.addField(prepared.title.toUtf8());
    hash.addField(prepared.link.toUtf8());
    hash.addField(prepared.published.isNull() ? QByteArray() : QByteArray::number(prepared.published.toLongLong()));
    hash.addField(prepared.updated.isNull() ? QByteArray() : QByteArray::number(prepared.updated.toLongLong()));
    hash.addField(prepared.authorsJson.toUtf8());
    hash.addField(summary);
    hash.addField(content);
    hash.addField(prepared.enclosuresJson.toUtf8());
    hash.addField(prepared.categoriesJson.toUtf8());
    hash.addField(prepared.thumbnail.toUtf8());
    prepared.contentHash = hash.result();

    if (options.searchText) {
        // The HTML as parsed, not as packed: htmlToPlainText() only looks at ASCII, so unpaired
        // surrogates end up replaced in the UTF-8 text just as they are in the stored copy.
        SearchText text = searchTextFor(prepared.title, authors, item.summary, item.content);
        prepared.searchTitle = std::move(text.title);
        prepared.searchAuthors = std::move(text.authors);
        prepared.searchBody = std::move(text.body);
    }
    return prepared;
}

PreparedFeed prepareFeed(const Feed &feed, const PrepareOptions &options)
{
    PreparedFeed prepared;
    prepared.title = feed.title;
    prepared.link = feed.link;
    prepared.hints = feed.hints;
    prepared.items.reserve(feed.items.size());
    for (const Item &item : feed.items)
        prepared.items.append(prepareItem(item, options));
    return prepared;
}

} // namespace tidings::store
