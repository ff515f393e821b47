#include "core/feed/jsonfeedrecovery.h"

#include <QCoreApplication>

#include <QJsonParseError>

namespace tidings {

namespace {

// User-visible sentences of this file (warnings and errors shown by the CLI and the app).
struct FeedText {
    Q_DECLARE_TR_FUNCTIONS(JsonFeed)
};

} // namespace

namespace {

// QJsonParseError only has a byte offset; people and editors think in lines and characters.
ParseWarning positionOf(const QByteArray &utf8, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, utf8.size());
    ParseWarning warning{1, 1, {}};
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(utf8.at(i));
        if (byte == '\n') {
            ++warning.line;
            warning.column = 1;
        } else if ((byte & 0xC0) != 0x80) {   // continuation bytes belong to the previous character
            ++warning.column;
        }
    }
    return warning;
}

// A truncated download is the common way a JSON Feed breaks. Everything before the parser's error offset
// is a valid prefix, so cutting after the last complete element of the top-level "items" array (or after
// the array itself) and closing the open brackets gives a valid document with the items that arrived.
struct Cut {
    qsizetype end = -1;
    QByteArray closers;
    int items = 0;
};

Cut findCut(const QByteArray &utf8, qsizetype limit)
{
    Cut cut;
    QByteArray stack;   // '{' and '[' of the open containers
    bool inString = false;
    bool expectKey = false;   // in the top-level object, whether the next string is a member name
    qsizetype keyStart = -1;
    QByteArray lastKey;
    enum { Before, Inside, Closed } items = Before;
    int itemCount = 0;
    limit = qMin(limit, utf8.size());   // QJsonParseError's offset can point one past the end
    for (qsizetype i = 0; i < limit; ++i) {
        const char c = utf8.at(i);
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
                if (keyStart >= 0)
                    lastKey = utf8.mid(keyStart, i - keyStart);
                keyStart = -1;
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            if (stack.size() == 1 && expectKey)
                keyStart = i + 1;
            break;
        case ':':
            if (stack.size() == 1)
                expectKey = false;
            break;
        case ',':
            if (stack.size() == 1)
                expectKey = true;
            break;
        case '{':
        case '[':
            if (stack == "{" && c == '[' && items == Before && lastKey == "items")
                items = Inside;
            stack.append(c);
            expectKey = stack == "{";
            break;
        case '}':
        case ']':
            if (stack.isEmpty())
                return cut;
            stack.chop(1);
            if (items == Inside && stack.size() == 2) {
                cut = {i + 1, QByteArrayLiteral("]}"), ++itemCount};
            } else if (items == Inside && stack.size() == 1) {
                items = Closed;
                cut = {i + 1, QByteArrayLiteral("}"), itemCount};
            }
            break;
        default:
            break;
        }
    }
    return cut;
}

} // namespace

RecoveredJson readJsonFeedDocument(const QByteArray &utf8)
{
    RecoveredJson json;
    QJsonParseError error;
    json.document = QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError)
        return json;

    const QString what = error.errorString();
    // Qt 6.4 reports the offset just past the character it choked on, except for trailing garbage (its
    // first character); a document cut short is best located where it stops.
    qsizetype culprit = error.offset - 1;
    if (error.error == QJsonParseError::GarbageAtEnd || error.offset >= utf8.size())
        culprit = error.offset;
    const ParseWarning at = positionOf(utf8, culprit);
    if (error.error == QJsonParseError::GarbageAtEnd) {
        json.document = QJsonDocument::fromJson(utf8.left(error.offset), &error);
        json.warning = ParseWarning{at.line, at.column,
                                    FeedText::tr("invalid JSON (%1); what follows the JSON was ignored").arg(what)};
    } else {
        // A break inside an item that still balances its brackets (a trailing comma, a bad literal) is
        // only found by re-parsing; each retry gives up at least one more item, a few times at most.
        qsizetype limit = error.offset;
        for (int attempt = 0; attempt < 4 && error.error != QJsonParseError::NoError; ++attempt) {
            const Cut cut = findCut(utf8, limit);
            if (cut.end <= 0)
                break;
            json.document = QJsonDocument::fromJson(utf8.left(cut.end) + cut.closers, &error);
            limit = qMin<qsizetype>(error.offset, cut.end - 1);
            const QString kept = FeedText::tr("kept the %n complete item(s) before it", nullptr, cut.items);
            json.warning = ParseWarning{at.line, at.column, FeedText::tr("invalid JSON (%1); %2").arg(what, kept)};
        }
    }
    if (error.error != QJsonParseError::NoError) {
        json.document = {};
        json.warning.reset();
        json.error = FeedText::tr("invalid JSON at line %1, column %2: %3").arg(at.line).arg(at.column).arg(what);
        return json;
    }
    return json;
}

} // namespace tidings
