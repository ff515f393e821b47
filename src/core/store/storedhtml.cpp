#include "core/store/storedhtml.h"

#include <zstd.h>

#include <memory>

namespace tidings::store {
namespace {

// Below this a zstd frame (about a dozen bytes of header and checksum-free block) gains nothing.
constexpr qsizetype kCompressFrom = 160;
// Level -1: of zstd's fast levels the one that still shrinks article HTML about 2.2-2.8×, at
// roughly 300 MB/s per core here (docs/performance.md); level 1 gains 20 % more for twice the CPU.
constexpr int kLevel = -1;
// A frame claiming more than this is not one we wrote (a damaged file): it is not inflated.
constexpr unsigned long long kMaxInflated = 256ull << 20;

struct CContextFree {
    void operator()(ZSTD_CCtx *context) const { ZSTD_freeCCtx(context); }
};
struct DContextFree {
    void operator()(ZSTD_DCtx *context) const { ZSTD_freeDCtx(context); }
};

// One context per thread: creating one per value would cost more than compressing a short item.
ZSTD_CCtx *compressionContext()
{
    thread_local std::unique_ptr<ZSTD_CCtx, CContextFree> context(ZSTD_createCCtx());
    return context.get();
}

ZSTD_DCtx *decompressionContext()
{
    thread_local std::unique_ptr<ZSTD_DCtx, DContextFree> context(ZSTD_createDCtx());
    return context.get();
}

bool hasLoneSurrogate(const QString &text)
{
    const char16_t *p = QStringView(text).utf16();
    const char16_t *const end = p + text.size();
    for (; p < end; ++p) {
        if ((*p & 0xF800) != 0xD800)
            continue;
        if (*p >= 0xDC00 || p + 1 == end || (p[1] & 0xFC00) != 0xDC00)
            return true;
        ++p;   // a valid pair
    }
    return false;
}

} // namespace

QVariant packHtml(const QByteArray &utf8, bool compress)
{
    if (utf8.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    if (!compress || utf8.size() < kCompressFrom)
        return QString::fromUtf8(utf8);
    ZSTD_CCtx *context = compressionContext();
    QByteArray frame(qsizetype(ZSTD_compressBound(size_t(utf8.size()))), Qt::Uninitialized);
    const size_t size = context ? ZSTD_compressCCtx(context, frame.data(), size_t(frame.size()), utf8.constData(),
                                                    size_t(utf8.size()), kLevel)
                                : 0;
    if (!context || ZSTD_isError(size) || qsizetype(size) >= utf8.size())
        return QString::fromUtf8(utf8);   // incompressible (or no memory for a context): as text
    frame.truncate(qsizetype(size));
    frame.squeeze();
    return frame;
}

QString unpackHtml(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() != QMetaType::QByteArray)
        return value.toString();
    const QByteArray frame = value.toByteArray();
    const unsigned long long size = ZSTD_getFrameContentSize(frame.constData(), size_t(frame.size()));
    ZSTD_DCtx *context = decompressionContext();
    if (!context || size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > kMaxInflated)
        return {};
    QByteArray utf8(qsizetype(size), Qt::Uninitialized);
    const size_t written = ZSTD_decompressDCtx(context, utf8.data(), size_t(utf8.size()), frame.constData(),
                                               size_t(frame.size()));
    if (ZSTD_isError(written) || written != size)
        return {};
    return QString::fromUtf8(utf8);
}

QString wellFormed(const QString &text)
{
    return hasLoneSurrogate(text) ? QString::fromUtf8(text.toUtf8()) : text;
}

} // namespace tidings::store
