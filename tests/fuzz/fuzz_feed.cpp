// libFuzzer target: the whole feed parser on arbitrary bytes. The first byte picks the HTTP
// Content-Type the bytes arrive with, so charset handling is fuzzed too.

#include "core/feed/parsefeed.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QByteArray contentTypes[] = {
        {}, "application/rss+xml; charset=utf-8", "text/xml; charset=iso-8859-1",
        "application/atom+xml; charset=windows-1251", "application/feed+json", "text/html; charset=shift_jis",
    };
    if (size == 0)
        return 0;
    const QByteArray &contentType = contentTypes[data[0] % std::size(contentTypes)];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const tidings::ParseResult result =
        tidings::parseFeed(bytes, QUrl(QStringLiteral("https://fuzz.example/feed.xml")), contentType);
    // Invariants the rest of the program relies on.
    if (result.isFeed()) {
        for (const tidings::Item &item : result.feed.items) {
            if (item.id.isEmpty())
                __builtin_trap();
        }
    } else if (result.error.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
