#include "core/feed/textdecoder.h"
#include "core/feed/charsettables.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <cstring>
#include <optional>

namespace tidings {
namespace {

struct TextDecoder {
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)
};

enum class Kind { Utf8, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE, Table, Icu };

struct Encoding {
    Kind kind = Kind::Utf8;
    const char *name = "utf-8";
    const detail::SingleByteCharset *table = nullptr;
    const char *icuNames[2] = {nullptr, nullptr};   // ICU converter names, best first

    bool isWide() const { return kind != Kind::Utf8 && kind != Kind::Table && kind != Kind::Icu; }
};

std::optional<Encoding> encodingFor(QByteArrayView canonical)
{
    static constexpr std::pair<const char *, Kind> unicode[] = {
        {"utf-8", Kind::Utf8},       {"utf-16", Kind::Utf16},     {"utf-16le", Kind::Utf16LE},
        {"utf-16be", Kind::Utf16BE}, {"utf-32", Kind::Utf32},     {"utf-32le", Kind::Utf32LE},
        {"utf-32be", Kind::Utf32BE},
    };
    for (const auto &[name, kind] : unicode) {
        if (canonical == name)
            return Encoding{kind, name, nullptr, {}};
    }
    if (const auto *table = detail::findSingleByteCharset(canonical))
        return Encoding{Kind::Table, table->name, table, {}};
    const detail::IcuConverters icu = detail::icuConverters(canonical);
    if (icu.names[0])
        return Encoding{Kind::Icu, canonical.data(), nullptr, {icu.names[0], icu.names[1]}};
    return std::nullopt;
}

std::optional<Encoding> resolveLabel(QByteArrayView label)
{
    const QByteArrayView canonical = detail::canonicalEncodingName(label);
    return canonical.isEmpty() ? std::nullopt : encodingFor(canonical);
}

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The XML declaration, if the document's first markup is one. Junk before it is repair's business,
// but the declaration must go even then: QXmlStreamReader would re-decode by its encoding.
struct Declaration {
    qsizetype begin = -1;
    qsizetype end = -1;   // one past the '>'
    QByteArrayView encoding;
};

Declaration findDeclaration(QByteArrayView text)
{
    Declaration decl;
    const qsizetype open = text.indexOf('<');
    if (open < 0 || !text.sliced(open).startsWith("<?xml") || open + 5 >= text.size()
        || !(isXmlSpace(text[open + 5]) || text[open + 5] == '?'))
        return decl;
    const qsizetype close = text.indexOf('>', open);
    if (close < 0)
        return decl;
    decl.begin = open;
    decl.end = close + 1;
    const QByteArrayView inside = text.sliced(open, close - open);
    qsizetype i = inside.indexOf("encoding");
    if (i < 0)
        return decl;
    i += 8;
    while (i < inside.size() && isXmlSpace(inside[i]))
        ++i;
    if (i >= inside.size() || inside[i] != '=')
        return decl;
    ++i;
    while (i < inside.size() && isXmlSpace(inside[i]))
        ++i;
    if (i >= inside.size() || (inside[i] != '"' && inside[i] != '\''))
        return decl;
    const qsizetype valueEnd = inside.indexOf(inside[i], i + 1);
    if (valueEnd > i)
        decl.encoding = inside.sliced(i + 1, valueEnd - i - 1);
    return decl;
}

// Keeps the declaration's line breaks so that positions in the rest of the document do not move.
void stripDeclaration(QByteArray &text)
{
    const Declaration decl = findDeclaration(text);
    if (decl.begin < 0)
        return;
    QByteArray out;
    out.reserve(text.size() - (decl.end - decl.begin));
    out.append(QByteArrayView(text).first(decl.begin));
    for (qsizetype i = decl.begin; i < decl.end; ++i) {
        if (text[i] == '\n' || text[i] == '\r')
            out.append(text[i]);
    }
    out.append(QByteArrayView(text).sliced(decl.end));
    text = out;
}

// Whether a document's XML declaration may stay: it starts the document and says UTF-8 (or names no
// encoding), which is true of valid UTF-8 bytes. Keeping it spares a copy of the whole document,
// and feeds can be tens of megabytes.
bool declarationFitsUtf8(const QByteArray &text)
{
    const Declaration decl = findDeclaration(text);
    return decl.begin == 0
        && (decl.encoding.isEmpty() || decl.encoding.compare("utf-8", Qt::CaseInsensitive) == 0
            || decl.encoding.compare("utf8", Qt::CaseInsensitive) == 0);
}

QByteArrayView charsetOf(QByteArrayView contentType)
{
    qsizetype i = contentType.indexOf(';');
    while (i >= 0) {
        qsizetype next = contentType.indexOf(';', i + 1);
        QByteArrayView param = contentType.sliced(i + 1, (next < 0 ? contentType.size() : next) - i - 1).trimmed();
        if (param.size() > 8 && param.first(8).compare("charset=", Qt::CaseInsensitive) == 0) {
            param = param.sliced(8).trimmed();
            if (param.size() >= 2 && (param.front() == '"' || param.front() == '\'') && param.back() == param.front())
                param = param.sliced(1, param.size() - 2);
            return param;
        }
        i = next;
    }
    return {};
}

struct Bom {
    Kind kind;
    int length;
};

std::optional<Bom> detectBom(QByteArrayView b)
{
    if (b.startsWith("\xEF\xBB\xBF"))
        return Bom{Kind::Utf8, 3};
    if (b.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)))
        return Bom{Kind::Utf32LE, 4};
    if (b.startsWith(QByteArrayView("\0\0\xFE\xFF", 4)))
        return Bom{Kind::Utf32BE, 4};
    if (b.startsWith("\xFF\xFE"))
        return Bom{Kind::Utf16LE, 2};
    if (b.startsWith("\xFE\xFF"))
        return Bom{Kind::Utf16BE, 2};
    return std::nullopt;
}

// Markup and JSON start with ASCII ('<', '{', whitespace), whose UTF-16/32 forms have telltale NULs
// (RFC 4627 section 3, XML 1.0 appendix F).
std::optional<Kind> sniffWideUnicode(QByteArrayView b)
{
    if (b.size() < 4)
        return std::nullopt;
    const bool z0 = b[0] == 0, z1 = b[1] == 0, z2 = b[2] == 0, z3 = b[3] == 0;
    if (z0 && z1 && z2 && !z3)
        return Kind::Utf32BE;
    if (!z0 && z1 && z2 && z3)
        return Kind::Utf32LE;
    if (z0 && !z1 && z2 && !z3)
        return Kind::Utf16BE;
    if (!z0 && z1 && !z2 && z3)
        return Kind::Utf16LE;
    return std::nullopt;
}

bool isAscii(QByteArrayView b)
{
    const char *p = b.data();
    const char *end = p + b.size();
    for (; end - p >= 8; p += 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        if (word & 0x8080808080808080ull)
            return false;
    }
    for (; p < end; ++p) {
        if (uchar(*p) & 0x80)
            return false;
    }
    return true;
}

// Length of the well-formed UTF-8 sequence at p (Unicode table 3-7: no overlongs, surrogates or
// code points beyond U+10FFFF), or 0.
int utf8SequenceLength(const uchar *p, const uchar *end)
{
    const uchar c = p[0];
    const auto cont = [](uchar b, uchar lo = 0x80, uchar hi = 0xBF) { return b >= lo && b <= hi; };
    if (c < 0x80)
        return 1;
    if (c < 0xC2)
        return 0;
    if (c < 0xE0)
        return end - p >= 2 && cont(p[1]) ? 2 : 0;
    if (c < 0xF0) {
        return end - p >= 3 && cont(p[1], c == 0xE0 ? 0xA0 : 0x80, c == 0xED ? 0x9F : 0xBF)
                        && cont(p[2])
                ? 3 : 0;
    }
    if (c < 0xF5) {
        return end - p >= 4 && cont(p[1], c == 0xF0 ? 0x90 : 0x80, c == 0xF4 ? 0x8F : 0xBF)
                        && cont(p[2]) && cont(p[3])
                ? 4 : 0;
    }
    return 0;
}

// Reads invalid UTF-8 bytes through `fallback` one by one, so that windows-1252 mislabelled as
// UTF-8 and documents mixing both come out readable.
QByteArray recoverUtf8(QByteArrayView in, const detail::SingleByteCharset &fallback,
                       QList<ParseWarning> &warnings)
{
    QByteArray out(in.size() * 3, Qt::Uninitialized);
    char *o = out.data();
    const auto *p = reinterpret_cast<const uchar *>(in.data());
    const auto *end = p + in.size();
    qsizetype firstBad = -1;
    qsizetype badCount = 0;
    while (p < end) {
        if (const int length = utf8SequenceLength(p, end)) {
            std::memcpy(o, p, length);
            o += length;
            p += length;
            continue;
        }
        if (firstBad < 0)
            firstBad = o - out.constData();
        ++badCount;
        o = detail::appendUtf8(o, fallback.high[*p++ - 0x80]);   // every invalid byte is >= 0x80
    }
    out.truncate(o - out.constData());
    warnings.append(warningAt(out, firstBad,
                              TextDecoder::tr("invalid UTF-8 bytes read as %1 (%2 in total)")
                                      .arg(QLatin1String(fallback.name))
                                      .arg(badCount)));
    return out;
}

QByteArray decodeWithQt(QByteArrayView in, QStringDecoder &decoder, const char *name,
                        QList<ParseWarning> &warnings)
{
    QString text = decoder.decode(in);
    // Qt's UTF-16 decoder passes lone surrogates through, and toUtf8() would turn them into '?'.
    bool loneSurrogate = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            text[i] = QChar::ReplacementCharacter;
            loneSurrogate = true;
        }
    }
    if (decoder.hasError() || loneSurrogate) {
        warnings.append({0, 0, TextDecoder::tr("invalid %1 byte sequences replaced by U+FFFD")
                                       .arg(QLatin1String(name))});
    }
    return text.toUtf8();
}

QStringDecoder wideDecoder(Kind kind)
{
    constexpr auto flags = QStringDecoder::Flag::Stateless;
    switch (kind) {
    case Kind::Utf16LE: return QStringDecoder(QStringDecoder::Utf16LE, flags);
    case Kind::Utf16BE: return QStringDecoder(QStringDecoder::Utf16BE, flags);
    case Kind::Utf32LE: return QStringDecoder(QStringDecoder::Utf32LE, flags);
    default: return QStringDecoder(QStringDecoder::Utf32BE, flags);
    }
}

const char *wideName(Kind kind)
{
    switch (kind) {
    case Kind::Utf16LE: return "utf-16le";
    case Kind::Utf16BE: return "utf-16be";
    case Kind::Utf32LE: return "utf-32le";
    default: return "utf-32be";
    }
}

enum class Source { Declaration, Http };

QString sourceName(Source source)
{
    // One return per message: lupdate drops a translator comment placed inside ?:.
    if (source == Source::Declaration) {
        //: Fills "the %1 says %2" and the like: where the document names its encoding.
        return TextDecoder::tr("XML declaration");
    }
    //: Fills "the %1 says %2" and the like: the charset of the HTTP Content-Type.
    return TextDecoder::tr("HTTP charset");
}

struct Label {
    Source source;
    QByteArrayView text;
};

// Picks the first usable label. Returns UTF-8 when none is; `fallback` gets a single-byte charset a
// label named, for recovering invalid UTF-8.
Encoding chooseFromLabels(QByteArrayView bytes, const QList<Label> &labels,
                          const detail::SingleByteCharset *&fallback, QList<ParseWarning> &warnings)
{
    std::optional<Encoding> chosen;
    std::optional<Label> chosenLabel;
    bool ascii = isAscii(bytes);
    for (const Label &label : labels) {
        if (label.text.isEmpty())
            continue;
        const QString what = sourceName(label.source);
        const QString name = QString::fromLatin1(label.text);
        // The XML declaration is where the document starts; an HTTP header has no place in it.
        const qint64 where = label.source == Source::Declaration ? 1 : 0;
        std::optional<Encoding> enc = resolveLabel(label.text);
        if (!enc) {
            warnings.append({where, where, TextDecoder::tr("the %1 names an unknown encoding \"%2\": ignored")
                                           .arg(what, name)});
            continue;
        }
        if (enc->isWide()) {
            // No BOM and no NUL pattern: this label was read as ASCII, so it cannot be true, unless
            // the text starts with something other than markup.
            if (label.source == Source::Declaration || !bytes.first(qMin(bytes.size(), qsizetype(4096))).contains('\0')) {
                warnings.append({where, where, TextDecoder::tr("the %1 says %2, but the document is not "
                                                       "UTF-16 or UTF-32: ignored").arg(what, name)});
                continue;
            }
            const bool littleEndian = bytes.size() >= 2 && bytes[0] != 0 && bytes[1] == 0;
            if (enc->kind == Kind::Utf16)
                enc->kind = littleEndian ? Kind::Utf16LE : Kind::Utf16BE;
            else if (enc->kind == Kind::Utf32)
                enc->kind = littleEndian ? Kind::Utf32LE : Kind::Utf32BE;
            enc->name = wideName(enc->kind);
        }
        if (enc->kind == Kind::Icu && !QStringDecoder(enc->icuNames[0]).isValid()
            && !(enc->icuNames[1] && QStringDecoder(enc->icuNames[1]).isValid())) {
            warnings.append({where, where, TextDecoder::tr("encoding %1 is not supported on this system: "
                                                   "the %2 was ignored")
                                           .arg(QLatin1String(enc->name), what)});
            continue;
        }
        if (!chosen) {
            chosen = enc;
            chosenLabel = label;
        } else if (!ascii && qstrcmp(enc->name, chosen->name) != 0) {
            warnings.append({0, 0, TextDecoder::tr("the %1 says %2, the %3 says %4: followed the %3")
                                           .arg(what, name, sourceName(chosenLabel->source),
                                                QString::fromLatin1(chosenLabel->text))});
        }
        if (enc->kind == Kind::Table && !fallback)
            fallback = enc->table;
    }
    if (!chosen)
        return Encoding{};
    if (chosen->kind == Kind::Table && !ascii && bytes.isValidUtf8()) {
        warnings.append({0, 0, TextDecoder::tr("the %1 says %2, but the document is valid UTF-8: "
                                               "read as UTF-8")
                                       .arg(sourceName(chosenLabel->source),
                                            QString::fromLatin1(chosenLabel->text))});
        return Encoding{};
    }
    return *chosen;
}

DecodedDocument decode(const QByteArray &bytes, QByteArrayView contentType, bool xml)
{
    DecodedDocument doc;
    Encoding enc;
    const detail::SingleByteCharset *fallback = nullptr;
    QByteArray body = bytes;
    if (const auto bom = detectBom(bytes)) {
        enc.kind = bom->kind;
        body = bytes.sliced(bom->length);
    } else if (const auto wide = sniffWideUnicode(bytes)) {
        enc.kind = *wide;
    } else {
        const QByteArrayView declared = xml ? findDeclaration(bytes).encoding : QByteArrayView();
        enc = chooseFromLabels(bytes, {{Source::Declaration, declared}, {Source::Http, charsetOf(contentType)}},
                               fallback, doc.warnings);
    }

    if (enc.isWide()) {
        enc.name = wideName(enc.kind);
        QStringDecoder decoder = wideDecoder(enc.kind);
        doc.utf8 = decodeWithQt(body, decoder, enc.name, doc.warnings);
        if (xml)
            stripDeclaration(doc.utf8);
    } else if (xml && enc.kind == Kind::Utf8 && body.isSharedWith(bytes) && declarationFitsUtf8(body)
               && body.isValidUtf8()) {
        doc.utf8 = body;   // shared with the input, declaration and all
    } else {
        if (xml)
            stripDeclaration(body);
        if (enc.kind == Kind::Table) {
            doc.utf8 = detail::decodeSingleByte(body, *enc.table);
        } else if (enc.kind == Kind::Icu) {
            QStringDecoder decoder(enc.icuNames[0], QStringDecoder::Flag::Stateless);
            if (!decoder.isValid())
                decoder = QStringDecoder(enc.icuNames[1], QStringDecoder::Flag::Stateless);
            doc.utf8 = decodeWithQt(body, decoder, enc.name, doc.warnings);
        } else if (body.isValidUtf8()) {
            doc.utf8 = body;
        } else {
            if (!fallback)
                fallback = detail::findSingleByteCharset("windows-1252");
            doc.utf8 = recoverUtf8(body, *fallback, doc.warnings);
        }
    }
    doc.encoding = QString::fromLatin1(enc.name);
    return doc;
}

} // namespace

ParseWarning warningAt(QByteArrayView utf8, qsizetype offset, const QString &message)
{
    qint64 line = 1;
    qint64 column = 1;
    offset = qBound(qsizetype(0), offset, utf8.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const uchar c = uchar(utf8[i]);
        if (c == '\n' || (c == '\r' && (i + 1 >= utf8.size() || utf8[i + 1] != '\n'))) {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            column += c >= 0xF0 ? 2 : 1;   // beyond the BMP: a surrogate pair in UTF-16
        }
    }
    return {line, column, message};
}

DecodedDocument decodeXmlDocument(const QByteArray &bytes, QByteArrayView httpContentType)
{
    return decode(bytes, httpContentType, true);
}

DecodedDocument decodeJsonDocument(const QByteArray &bytes, QByteArrayView httpContentType)
{
    return decode(bytes, httpContentType, false);
}

} // namespace tidings
