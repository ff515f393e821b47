// libFuzzer target: parseJsonFeed through FastJsonDocument against QJsonDocument alone, on arbitrary
// bytes as they come and as parseFeed hands them over (decoded). Traps on any difference in the
// ParseResult (giving up is allowed: then both sides are Qt's).

#include "../support/jsonfeeddiff.h"
#include "core/feed/textdecoder.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {

void check(const QByteArray &json)
{
    const tidings::jsonfeeddiff::Outcome outcome = tidings::jsonfeeddiff::compare(json);
    if (!outcome.mismatch.isEmpty()) {
        std::fprintf(stderr, "mismatch: %s\n", qPrintable(outcome.mismatch));
        __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    check(bytes);
    const QByteArray decoded = tidings::decodeJsonDocument(bytes, {}).utf8;
    if (decoded != bytes)
        check(decoded);
    return 0;
}
