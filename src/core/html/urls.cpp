#include "core/html/urls.h"

#include <algorithm>

namespace tidings {

struct UrlBaseAccess {
    static const UrlBase &split(const UrlBase &base)
    {
        if (!base.m_split)
            base.split();
        return base;
    }
    static QStringView encoded(const UrlBase &b) { return b.m_encoded; }
    static QStringView scheme(const UrlBase &b) { return QStringView(b.m_encoded).first(b.m_scheme); }
    static QStringView origin(const UrlBase &b) { return QStringView(b.m_encoded).first(b.m_path); }
    static QStringView path(const UrlBase &b)
    {
        return QStringView(b.m_encoded).sliced(b.m_path, b.m_query - b.m_path);
    }
    static QStringView withoutQuery(const UrlBase &b) { return QStringView(b.m_encoded).first(b.m_query); }
};

namespace {

bool isHttp(const QString &scheme)
{
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

// Writes a data: URL of a raster image in canonical form, or nothing for any other data: URL.
// Only raster formats: an SVG image can carry script, text/html is a page. The scheme and type are
// written in lower case and blanks and controls percent-encoded, so what comes out reads the same
// to every later check (and a srcset candidate cannot be split inside its data).
bool appendDataImage(QStringView url, QString &out)
{
    static const QLatin1String allowed[] = {
        QLatin1String("data:image/png"), QLatin1String("data:image/gif"),
        QLatin1String("data:image/jpeg"), QLatin1String("data:image/jpg"),
        QLatin1String("data:image/webp"),
    };
    for (const QLatin1String &prefix : allowed) {
        if (!url.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        const QChar next = url.size() > prefix.size() ? url.at(prefix.size()) : QChar();
        if (next != u';' && next != u',')
            continue;
        out.reserve(out.size() + url.size());
        out += prefix;
        for (QChar c : url.sliced(prefix.size())) {
            if (c.unicode() <= 0x20 || c.unicode() == 0x7F) {
                static const char hex[] = "0123456789ABCDEF";
                out += u'%';
                out += QLatin1Char(hex[c.unicode() >> 4]);
                out += QLatin1Char(hex[c.unicode() & 0xF]);
            } else {
                out += c;
            }
        }
        return true;
    }
    return false;
}

// Browsers drop ASCII tab and newline anywhere in a URL and trim C0 controls and spaces around it;
// doing the same here means "java&#9;script:" cannot hide its scheme from the checks below. Most
// references need neither, and then come back as a view of themselves.
QStringView cleanReference(QStringView reference, QString &storage)
{
    const auto isBreak = [](QChar c) { return c == u'\t' || c == u'\n' || c == u'\r'; };
    if (std::any_of(reference.begin(), reference.end(), isBreak)) {
        storage.reserve(reference.size());
        for (QChar c : reference) {
            if (!isBreak(c))
                storage.append(c);
        }
        reference = storage;
    }
    while (!reference.isEmpty() && reference.front().unicode() <= 0x20)
        reference = reference.sliced(1);
    while (!reference.isEmpty() && reference.back().unicode() <= 0x20)
        reference.chop(1);
    return reference;
}

bool isDigit(char16_t c) { return c >= u'0' && c <= u'9'; }
bool isUpperHexDigit(char16_t c) { return isDigit(c) || (c >= u'A' && c <= u'F'); }
int hexValue(char16_t c) { return isDigit(c) ? c - u'0' : c - u'A' + 10; }

bool isUnreserved(int byte)
{
    return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9')
           || byte == '-' || byte == '.' || byte == '_' || byte == '~';
}

// What QUrl writes unchanged in the path, query or fragment of an http(s) URL (tst_urls checks
// every printable ASCII character and every %XX): not space, '"', '<', '>', '\\', '^', '`', '{',
// '|', '}', which it encodes, nor '%' and '#', which depend on what follows.
struct PlainChars {
    bool table[128] = {};
    constexpr PlainChars()
    {
        for (int c = 0x21; c < 0x7f; ++c)
            table[c] = true;
        for (char c : {'"', '<', '>', '\\', '^', '`', '{', '|', '}', '%', '#'})
            table[int(c)] = false;
    }
};
constexpr PlainChars kPlain;

// What scanPlain() found out about a reference besides its being plain.
struct Shape {
    qsizetype pathEnd = 0;             // where '?' or '#' starts the query or fragment
    bool dotSegments = false;          // "." or ".." as a path segment
    bool colonInFirstSegment = false;  // "a:b": a scheme, or what QUrl may take for one
};

// Whether QUrl writes `p` (path, query and fragment) exactly as it is: plain characters, one '#',
// and percent escapes it keeps (upper-case hex of a character that is not unreserved).
bool scanPlain(const char16_t *p, qsizetype n, Shape &shape)
{
    bool inPath = true;
    bool inFragment = false;
    bool firstSegment = true;
    shape = Shape{n};
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        if (c < 128 && kPlain.table[c]) {
            if (!inPath)
                continue;
            if (c == u'/') {
                firstSegment = false;
            } else if (c == u'?') {
                inPath = false;
                shape.pathEnd = i;
            } else if (c == u':') {
                shape.colonInFirstSegment = shape.colonInFirstSegment || firstSegment;
            } else if (c == u'.' && (i == 0 || p[i - 1] == u'/')) {
                const qsizetype after = i + 1 < n && p[i + 1] == u'.' ? i + 2 : i + 1;
                shape.dotSegments = shape.dotSegments || after == n || p[after] == u'/' || p[after] == u'?'
                                    || p[after] == u'#';
            }
        } else if (c == u'#' && !inFragment) {
            inFragment = true;
            if (inPath)
                shape.pathEnd = i;
            inPath = false;
        } else if (c == u'%' && n - i > 2 && isUpperHexDigit(p[i + 1]) && isUpperHexDigit(p[i + 2])
                   && !isUnreserved(hexValue(p[i + 1]) * 16 + hexValue(p[i + 2]))) {
            i += 2;
        } else {
            return false;
        }
    }
    return true;
}

// The length of the host at `p` (up to '/', '?', '#' or the end) when QUrl keeps it as it is:
// lower-case ASCII labels of letters, digits and inner hyphens; no IP address forms (QUrl
// rewrites "127.1"), no IDN labels (QUrl checks their punycode), no port or userinfo. Else -1.
qsizetype plainHostLength(const char16_t *p, qsizetype n)
{
    qsizetype i = 0;
    qsizetype label = 0;
    bool anyLabelStartsWithLetter = false;
    for (;; ++i) {
        const char16_t c = i < n ? p[i] : u'/';
        if (c == u'.' || c == u'/' || c == u'?' || c == u'#') {
            const qsizetype length = i - label;
            if (length == 0 || length > 63 || p[label] == u'-' || p[i - 1] == u'-'
                || (length >= 4 && p[label + 2] == u'-' && p[label + 3] == u'-'))
                return -1;
            anyLabelStartsWithLetter = anyLabelStartsWithLetter || !isDigit(p[label]);
            if (c != u'.')
                break;
            label = i + 1;
        } else if (!((c >= u'a' && c <= u'z') || isDigit(c) || c == u'-')) {
            return -1;
        }
    }
    return anyLabelStartsWithLetter && i <= 253 ? i : -1;
}

// RFC 3986 §5.2.4 remove_dot_segments, in place, on a path that starts with '/'; returns the new
// end. A segment at a time: "." goes, ".." takes the segment before it along.
char16_t *removeDotSegments(char16_t *begin, char16_t *end)
{
    char16_t *out = begin;
    for (const char16_t *in = begin; in < end;) {
        const char16_t *next = in + 1;
        while (next < end && *next != u'/')
            ++next;
        const qsizetype length = next - in - 1;
        const bool dot = length == 1 && in[1] == u'.';
        const bool dotDot = length == 2 && in[1] == u'.' && in[2] == u'.';
        if (dotDot) {
            while (out > begin && *--out != u'/') {
            }
        }
        if (dot || dotDot) {
            if (next == end)
                *out++ = u'/';
        } else {
            while (in < next)
                *out++ = *in++;
        }
        in = next;
    }
    return out;
}

// Writes into a QString through a pointer, for the few pieces a resolved URL is made of.
class Writer
{
public:
    Writer(QString &out, qsizetype most) : m_out(out), m_start(out.size())
    {
        m_out.resize(m_start + most);
        m_p = m_begin = reinterpret_cast<char16_t *>(m_out.data()) + m_start;
    }
    void write(const char16_t *p, qsizetype n)
    {
        for (qsizetype i = 0; i < n; ++i)
            m_p[i] = p[i];
        m_p += n;
    }
    void write(QStringView s) { write(s.utf16(), s.size()); }
    char16_t *position() const { return m_p; }
    void setPosition(char16_t *p) { m_p = p; }
    void finish() { m_out.resize(m_start + (m_p - m_begin)); }

private:
    QString &m_out;
    qsizetype m_start;
    char16_t *m_begin;
    char16_t *m_p;
};

} // namespace

void UrlBase::split() const
{
    m_split = true;
    if (!m_url.isValid() || m_url.isRelative() || !isHttp(m_url.scheme()) || m_url.host().isEmpty())
        return;
    // Userinfo and fragment of a base never reach a resolved URL.
    const QString encoded = QString::fromLatin1(m_url.toEncoded(QUrl::RemoveUserInfo | QUrl::RemoveFragment));
    const qsizetype scheme = encoded.indexOf(u':') + 1;
    if (scheme <= 0 || !QStringView(encoded).sliced(scheme).startsWith(u"//"))
        return;
    qsizetype path = scheme + 2;
    while (path < encoded.size() && encoded.at(path) != u'/' && encoded.at(path) != u'?')
        ++path;
    qsizetype query = encoded.indexOf(u'?', path);
    if (query < 0)
        query = encoded.size();
    // A base with dot segments of its own is left to QUrl, which treats them its own way.
    Shape shape;
    if (!scanPlain(QStringView(encoded).utf16() + path, query - path, shape) || shape.dotSegments)
        return;
    m_encoded = encoded;
    m_scheme = scheme;
    m_path = path;
    m_query = query;
}

namespace detail {

bool appendPlainUrl(QStringView reference, const UrlBase &base, QString &out)
{
    const char16_t *p = reference.utf16();
    const qsizetype n = reference.size();
    Shape shape;

    // An absolute URL: QUrl keeps it as it is when host and the rest are plain, dot segments too.
    const qsizetype hostStart = reference.startsWith(QLatin1StringView("https://")) ? 8
                                : reference.startsWith(QLatin1StringView("http://")) ? 7 : -1;
    if (hostStart > 0) {
        const qsizetype host = plainHostLength(p + hostStart, n - hostStart);
        if (host < 0 || !scanPlain(p + hostStart + host, n - hostStart - host, shape))
            return false;
        out.append(reference);
        return true;
    }

    const UrlBase &b = UrlBaseAccess::split(base);
    if (n == 0 || UrlBaseAccess::encoded(b).isEmpty() || !scanPlain(p, n, shape))
        return false;
    const QStringView path = reference.first(shape.pathEnd);
    const QStringView tail = reference.sliced(shape.pathEnd);
    const bool networkPath = path.startsWith(u"//");
    const qsizetype host = networkPath ? plainHostLength(p + 2, n - 2) : 0;
    // A ':' in the first segment makes a scheme ("mailto:x", "javascript:x"), or something QUrl
    // may read as one.
    if (host < 0 || (!networkPath && !path.isEmpty() && shape.colonInFirstSegment))
        return false;

    Writer w(out, UrlBaseAccess::encoded(b).size() + n + 1);
    char16_t *pathStart;
    if (networkPath) {
        // The base gives only its scheme.
        w.write(UrlBaseAccess::scheme(b));
        w.write(p, 2 + host);
        pathStart = w.position();
        w.write(path.sliced(2 + host));
    } else if (path.isEmpty()) {
        // "?query" replaces the base's query; "#fragment" keeps it.
        w.write(tail.front() == u'?' ? UrlBaseAccess::withoutQuery(b) : UrlBaseAccess::encoded(b));
        pathStart = w.position();
    } else {
        w.write(UrlBaseAccess::origin(b));
        pathStart = w.position();
        if (path.front() != u'/') {
            // Merged with the base path up to its last '/', or "/" for an empty base path.
            const QStringView basePath = UrlBaseAccess::path(b);
            if (basePath.isEmpty())
                w.write(u"/", 1);
            else
                w.write(basePath.first(basePath.lastIndexOf(QChar(u'/')) + 1));
        }
        w.write(path);
    }
    if (shape.dotSegments)
        w.setPosition(removeDotSegments(pathStart, w.position()));
    w.write(tail);
    w.finish();
    return true;
}

} // namespace detail

namespace {

QString resolveWithQUrl(const QString &cleaned, const QUrl &base, UrlUse use)
{
    QUrl url(cleaned, QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    if (url.isRelative()) {
        if (!base.isValid() || base.isRelative())
            return {};
        url = base.resolved(url);
    }
    const QString scheme = url.scheme().toLower();
    bool allowed = isHttp(scheme);
    if (use == UrlUse::Navigation && scheme == QLatin1String("mailto"))
        allowed = true;
    if (!allowed || (isHttp(scheme) && url.host().isEmpty()))
        return {};
    // Credentials in a link are a phishing device (https://bank.example@evil.example/) and never
    // something a feed should hand to the browser.
    url.setUserInfo(QString());
    return QString::fromUtf8(url.toEncoded());
}

} // namespace

bool appendResolvedUrl(QStringView reference, const UrlBase &base, UrlUse use, QString &out)
{
    // A plain reference has no blanks or controls for cleaning to remove, and no scheme but http(s).
    if (detail::appendPlainUrl(reference, base, out))
        return true;
    QString storage;
    const QStringView cleaned = cleanReference(reference, storage);
    if (cleaned.isEmpty())
        return false;
    if (cleaned.startsWith(u"data:", Qt::CaseInsensitive)) {
        return use == UrlUse::Resource && appendDataImage(cleaned, out);
    }
    if (cleaned.size() != reference.size() && detail::appendPlainUrl(cleaned, base, out))
        return true;
    const QString resolved = resolveWithQUrl(cleaned.toString(), base.url(), use);
    out.append(resolved);
    return !resolved.isEmpty();
}

QString resolveUrl(QStringView reference, const QUrl &base, UrlUse use)
{
    QString out;
    appendResolvedUrl(reference, UrlBase(base), use, out);
    return out;
}

QUrl resolveBase(QStringView xmlBase, const QUrl &parent)
{
    QString storage;
    const QStringView cleaned = cleanReference(xmlBase, storage);
    if (cleaned.isEmpty())
        return parent;
    QUrl url(cleaned.toString(), QUrl::TolerantMode);
    if (!url.isValid())
        return parent;
    if (url.isRelative())
        return parent.isValid() ? parent.resolved(url) : QUrl();
    // A base may only be a web location: a hostile xml:base of file:/// must not make relative
    // references point at local files.
    return isHttp(url.scheme().toLower()) ? url : QUrl();
}

QString withoutFeedScheme(QStringView address)
{
    const QStringView trimmed = address.trimmed();
    if (!trimmed.startsWith(QLatin1String("feed:"), Qt::CaseInsensitive))
        return trimmed.toString();
    const QStringView rest = trimmed.mid(5);
    return rest.startsWith(QLatin1String("//")) ? QLatin1String("http:") + rest.toString() : rest.toString();
}

} // namespace tidings
