#pragma once

#include <cstddef>

namespace tidings::detail {

struct HtmlEntity {
    const char *name;          // without '&' and ';'
    char16_t value[4];         // UTF-16 replacement
    unsigned char length;      // code units used in `value`
    bool legacy;               // browsers also accept it without the ';'
};

extern const HtmlEntity kHtmlEntities[];
extern const std::size_t kHtmlEntityCount;

} // namespace tidings::detail
