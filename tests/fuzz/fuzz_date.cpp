// libFuzzer target: the lenient date parser. Whatever it accepts must be a valid UTC instant.

#include "core/feed/dateparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const std::optional<tidings::ParsedDate> date = tidings::parseDate(text)) {
        if (!date->utc.isValid() || date->utc.timeSpec() != Qt::UTC)
            __builtin_trap();
    }
    return 0;
}
