// libFuzzer target: FastXmlTokenizer against QXmlStreamReader on arbitrary bytes, as parseXml hands
// documents over (decoded and repaired) and as they come. Traps on any token the fast tokenizer
// reports differently from Qt before it gives up (giving up is allowed), and on a document it reads
// whole that the repair pass would change.

#include "../support/xmltokdiff.h"
#include "core/feed/textdecoder.h"
#include "core/feed/xmlrepair.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {

void check(const QByteArray &xml)
{
    const tidings::xmltokdiff::Outcome outcome = tidings::xmltokdiff::compare(xml);
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
    QList<tidings::ParseWarning> warnings;
    const tidings::DecodedDocument decoded = tidings::decodeXmlDocument(bytes, {});
    const QByteArray repaired = tidings::repairXml(decoded.utf8, warnings);
    if (repaired != bytes)
        check(repaired);
    // parseXml skips the repair pass for a document the fast tokenizer reads whole: the pass must
    // have nothing to change in one.
    if (tidings::xmltokdiff::compare(decoded.utf8).accepted && (repaired != decoded.utf8 || !warnings.isEmpty())) {
        std::fprintf(stderr, "read whole, yet repaired: %s\n",
                     warnings.isEmpty() ? "(no warning)" : qPrintable(warnings.first().message));
        __builtin_trap();
    }
    return 0;
}
