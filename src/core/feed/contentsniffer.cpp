#include "core/feed/contentsniffer.h"

#include <QCoreApplication>

#include <QStringDecoder>

namespace tidings {

namespace {

// User-visible sentences of this file (warnings and errors shown by the CLI and the app).
struct FeedText {
    Q_DECLARE_TR_FUNCTIONS(ContentSniffer)
};

} // namespace

namespace {

struct Magic {
    QByteArrayView bytes;
    qsizetype offset;
    const char *description;
};

// Sizes are explicit: several signatures contain NUL bytes.
const Magic kMagic[] = {
    {QByteArrayView("\x89PNG\r\n\x1a\n", sizeof("\x89PNG\r\n\x1a\n") - 1), 0, "a PNG image"},
    {QByteArrayView("GIF87a", sizeof("GIF87a") - 1), 0, "a GIF image"},
    {QByteArrayView("GIF89a", sizeof("GIF89a") - 1), 0, "a GIF image"},
    {QByteArrayView("\xff\xd8\xff", sizeof("\xff\xd8\xff") - 1), 0, "a JPEG image"},
    {QByteArrayView("WEBP", sizeof("WEBP") - 1), 8, "a WebP image"},
    {QByteArrayView("%PDF-", sizeof("%PDF-") - 1), 0, "a PDF document"},
    {QByteArrayView("PK\x03\x04", sizeof("PK\x03\x04") - 1), 0, "a ZIP archive"},
    {QByteArrayView("\x1f\x8b", sizeof("\x1f\x8b") - 1), 0, "gzip-compressed data"},
    {QByteArrayView("BZh", sizeof("BZh") - 1), 0, "bzip2-compressed data"},
    {QByteArrayView("\xfd" "7zXZ", sizeof("\xfd" "7zXZ") - 1), 0, "xz-compressed data"},
    {QByteArrayView("(\xb5/\xfd", sizeof("(\xb5/\xfd") - 1), 0, "zstd-compressed data"},
    {QByteArrayView("ID3", sizeof("ID3") - 1), 0, "an MP3 audio file"},
    {QByteArrayView("OggS", sizeof("OggS") - 1), 0, "an Ogg media file"},
    {QByteArrayView("ftyp", sizeof("ftyp") - 1), 4, "an MP4 media file"},
    {QByteArrayView("\x00\x00\x01\x00", sizeof("\x00\x00\x01\x00") - 1), 0, "an icon"},
    {QByteArrayView("\x7f" "ELF", sizeof("\x7f" "ELF") - 1), 0, "a program"},
};

const char *magicDescription(const QByteArray &bytes)
{
    for (const Magic &magic : kMagic) {
        if (bytes.size() >= magic.offset + magic.bytes.size()
            && QByteArrayView(bytes).sliced(magic.offset, magic.bytes.size()) == magic.bytes)
            return magic.description;
    }
    return nullptr;
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == 0xFEFF;
}

// The first few hundred characters as text, in whatever Unicode form the bytes use.
QString leadingText(const QByteArray &bytes)
{
    const QByteArrayView head = QByteArrayView(bytes).first(qMin<qsizetype>(bytes.size(), 2048));
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    if (head.startsWith(QByteArrayView("\x00\x00\xfe\xff", 4)) || head.startsWith(QByteArrayView("\x00\x00\x00<", 4)))
        encoding = QStringConverter::Utf32BE;
    else if (head.startsWith(QByteArrayView("\xff\xfe\x00\x00", 4)) || head.startsWith(QByteArrayView("<\x00\x00\x00", 4)))
        encoding = QStringConverter::Utf32LE;
    else if (head.startsWith("\xfe\xff") || (head.size() > 1 && head.at(0) == 0 && head.at(1) != 0))
        encoding = QStringConverter::Utf16BE;
    else if (head.startsWith("\xff\xfe") || (head.size() > 1 && head.at(0) != 0 && head.at(1) == 0))
        encoding = QStringConverter::Utf16LE;
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    return decoder(head);
}

bool startsWithCaseInsensitive(QStringView text, QLatin1String prefix)
{
    return text.startsWith(prefix, Qt::CaseInsensitive);
}

} // namespace

ContentKind sniffContent(const QByteArray &bytes)
{
    if (magicDescription(bytes))
        return ContentKind::Binary;
    const QString head = leadingText(bytes);
    qsizetype i = 0;
    while (i < head.size() && isSpace(head.at(i).unicode()))
        ++i;
    if (i == head.size() && bytes.size() <= 2048)
        return ContentKind::Empty;

    const QStringView rest = QStringView(head).mid(i);
    // Markup or JSON from the first character on is a document, even if it carries stray control
    // characters further on (recovery strips them).
    if (rest.startsWith(u'{') || rest.startsWith(u'['))
        return ContentKind::Json;
    if (startsWithCaseInsensitive(rest, QLatin1String("<!doctype html"))
        || startsWithCaseInsensitive(rest, QLatin1String("<html")))
        return ContentKind::Html;
    if (rest.size() > 1 && rest.at(0) == u'<') {
        const char16_t next = rest.at(1).unicode();
        if ((next >= u'a' && next <= u'z') || (next >= u'A' && next <= u'Z') || next == u'?' || next == u'!'
            || next == u'_')
            return ContentKind::Xml;
    }

    // Otherwise NUL or many other C0 controls early on mean binary data, not text in any encoding.
    int controls = 0;
    for (qsizetype j = i; j < head.size() && j < i + 512; ++j) {
        const char16_t c = head.at(j).unicode();
        if (c == 0)
            return ContentKind::Binary;
        if (c < 0x20 && !isSpace(c))
            ++controls;
    }
    if (controls > 16)
        return ContentKind::Binary;
    // Junk before the markup is something XML recovery handles; no markup at all is plain text.
    if (!bytes.contains('<'))
        return ContentKind::Text;
    return ContentKind::Xml;
}

QString describeBinary(const QByteArray &bytes)
{
    if (const char *description = magicDescription(bytes))
        return QString::fromLatin1(description);
    return FeedText::tr("not text");
}

} // namespace tidings
