#include "app/article/articlehtml.h"

#include "app/article/articlescheme.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QTimeZone>
#include <QUrl>

namespace tidings::app {

const QString ArticleHtml::addFeedAction = QStringLiteral("tidings://action/add-feed");
const QString ArticleHtml::importOpmlAction = QStringLiteral("tidings://action/import-opml");

namespace {

struct Theme {
    const char *background;
    const char *text;
    const char *muted;
    const char *link;
    const char *rule;
    const char *codeBackground;
    const char *quote;
    const char *colorScheme;
};

// The one place the colours live: the style sheet gets them as CSS variables and the view paints
// the same background behind the page.
const Theme kLight = {"#fbfaf8", "#1f2023", "#62666d", "#0b57d0", "#e3e0da", "#f0eee9", "#c8c3b9", "light"};
const Theme kDark = {"#1c1d20", "#e2e2e4", "#9a9fa8", "#8ab4f8", "#35373c", "#26282c", "#4d5058", "dark"};

const Theme &themeFor(const ArticleAppearance &appearance)
{
    return appearance.dark ? kDark : kLight;
}

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The template and style sheet are read once: they are compiled in and never change.
const QString &pageTemplate()
{
    static const QString text = readResource(QStringLiteral(":/article/article.html"));
    return text;
}

const QString &styleSheet()
{
    static const QString text = readResource(QStringLiteral(":/article/article.css"));
    return text;
}

// One pass over the template: a value that happens to contain "{{x}}" is never expanded itself.
QString fill(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(text.size() + values.value(QStringLiteral("body")).size() + 4096);
    qsizetype at = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), at);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0) {
            out += QStringView(text).mid(at);
            return out;
        }
        out += QStringView(text).mid(at, open - at);
        out += values.value(text.mid(open + 2, close - open - 2));
        at = close + 2;
    }
}

QString themeVariables(const ArticleAppearance &appearance)
{
    const Theme &t = themeFor(appearance);
    const int fontSize = qBound(8, appearance.fontSizePx, 72);
    return QStringLiteral(":root{--bg:%1;--fg:%2;--muted:%3;--link:%4;--rule:%5;--code-bg:%6;"
                          "--quote:%7;color-scheme:%8;font-size:%9px}")
        .arg(QLatin1String(t.background), QLatin1String(t.text), QLatin1String(t.muted),
             QLatin1String(t.link), QLatin1String(t.rule), QLatin1String(t.codeBackground),
             QLatin1String(t.quote), QLatin1String(t.colorScheme))
        .arg(fontSize);
}

// Chromium lays a page out at about a megabyte a second here (Debug build), and a page of 20 MB
// fails to load at all: a blank pane. No article a person reads is that long, so the content
// stops at this many characters, with a notice and the link to the original.
constexpr qsizetype kMaxContentChars = 3 * 1024 * 1024;

// Where sanitized HTML can be cut at most `limit` characters in: before a tag (the sanitizer writes
// '<' only to start one, so nothing is cut in half), else not inside a character reference or a
// surrogate pair. What is left open is closed by the HTML parser.
qsizetype cutPoint(QStringView html, qsizetype limit)
{
    const qsizetype tag = html.lastIndexOf(u'<', limit);
    if (tag > 0 && limit - tag < 64 * 1024)
        return tag;
    qsizetype cut = limit;
    const qsizetype reference = html.lastIndexOf(u'&', cut - 1);
    if (reference >= 0 && cut - reference <= 32 && html.lastIndexOf(u';', cut - 1) < reference)
        cut = reference;
    if (cut > 0 && html.at(cut - 1).isHighSurrogate())
        --cut;
    return cut;
}

// "ltr" or "rtl" by the first character with a strong direction in the text of `html` (tags and
// character references skipped), "ltr" when there is none: what dir="auto" would find, except
// that nested elements with a dir of their own are not skipped. Chromium re-reads dir="auto" text
// as the parser appends to it, quadratic in the text: a 5 MB article took 31 s instead of 5 s.
QString directionOfHtml(QStringView html)
{
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (c == u'<') {
            i = html.indexOf(u'>', i);
            if (i < 0)
                break;
            continue;
        }
        if (c == u'&') {
            // Looked for nearby only: a text of bare '&'s must not make this quadratic itself.
            const qsizetype end = html.mid(i, 33).indexOf(u';');
            if (end > 0) {
                i += end;
                continue;
            }
        }
        char32_t codePoint = c.unicode();
        if (c.isHighSurrogate() && i + 1 < html.size() && html.at(i + 1).isLowSurrogate())
            codePoint = QChar::surrogateToUcs4(c, html.at(++i));
        switch (QChar::direction(codePoint)) {
        case QChar::DirL: return QStringLiteral("ltr");
        case QChar::DirR:
        case QChar::DirAL: return QStringLiteral("rtl");
        default: break;
        }
    }
    return QStringLiteral("ltr");
}

QByteArray page(const QString &title, const QString &body, bool loadRemoteImages,
                const ArticleAppearance &appearance, const QString &direction = QStringLiteral("auto"))
{
    const QHash<QString, QString> values = {
        {QStringLiteral("dir"), direction},
        {QStringLiteral("csp"), ArticleHtml::contentSecurityPolicy(loadRemoteImages)},
        {QStringLiteral("theme"), appearance.dark ? QStringLiteral("dark") : QStringLiteral("light")},
        {QStringLiteral("title"), title.toHtmlEscaped()},
        {QStringLiteral("variables"), themeVariables(appearance)},
        {QStringLiteral("style"), styleSheet()},
        {QStringLiteral("body"), body},
    };
    return fill(pageTemplate(), values).toUtf8();
}

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

// An attribute value: the URL in its encoded form, then HTML-escaped for the double quotes.
QString href(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded).toHtmlEscaped();
}

QString formatDate(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    return ArticleHtml::tr("%1, %2", "article date: the date, the time")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
             locale.toString(local.time(), QLocale::ShortFormat));
}

QString authorsLine(const QList<Person> &authors)
{
    QStringList names;
    for (const Person &person : authors) {
        const QString name = !person.name.isEmpty() ? person.name : person.email;
        if (name.isEmpty())
            continue;
        const QUrl uri(person.uri);
        names += isWebUrl(uri) ? QStringLiteral("<a href=\"%1\">%2</a>").arg(href(uri), name.toHtmlEscaped())
                               : name.toHtmlEscaped();
    }
    if (names.isEmpty())
        return {};
    return ArticleHtml::tr("By %1").arg(QLocale().createSeparatedList(names));
}

QString enclosureHtml(const Enclosure &enclosure)
{
    const QUrl url(enclosure.url);
    if (!isWebUrl(url))
        return {};
    QString name = url.fileName();
    if (name.isEmpty())
        name = url.toDisplayString();
    QStringList details;
    if (!enclosure.type.isEmpty())
        details += enclosure.type.toHtmlEscaped();
    if (enclosure.length)
        details += QLocale().formattedDataSize(*enclosure.length).toHtmlEscaped();
    QString player;
    // preload="none": a player fetches nothing until the user presses play.
    if (enclosure.type.startsWith(QLatin1String("audio/")))
        player = QStringLiteral("<audio controls preload=\"none\" src=\"%1\"></audio>").arg(href(url));
    else if (enclosure.type.startsWith(QLatin1String("video/")))
        player = QStringLiteral("<video controls preload=\"none\" src=\"%1\"></video>").arg(href(url));
    QString caption = QStringLiteral("<a href=\"%1\">%2</a>").arg(href(url), name.toHtmlEscaped());
    if (!details.isEmpty())
        caption += QStringLiteral(" <span class=\"details\">%1</span>").arg(details.join(QStringLiteral(" · ")));
    return QStringLiteral("<li class=\"enclosure\">%1<span class=\"caption\">%2</span></li>\n").arg(player, caption);
}

} // namespace

QColor articleBackground(const ArticleAppearance &appearance)
{
    return QColor(QLatin1String(themeFor(appearance).background));
}

QString ArticleHtml::contentSecurityPolicy(bool loadRemoteImages)
{
    // http: is allowed for media as for images: podcasts on plain http are common, and the
    // interceptor still lets through only image and media requests.
    const QString remote = loadRemoteImages
        ? QStringLiteral("img-src data: https: http:; media-src https: http:")
        : QStringLiteral("img-src data: %1:; media-src 'none'").arg(kArticleScheme);
    return QStringLiteral("default-src 'none'; %1; style-src 'unsafe-inline'; base-uri 'none'; "
                          "form-action 'none'; frame-src 'none'")
        .arg(remote);
}

QByteArray ArticleHtml::article(const ItemRow &item, const QString &feedTitle, bool loadRemoteImages,
                                const ArticleAppearance &appearance)
{
    const QString title = item.title.trimmed().isEmpty() ? tr("Untitled") : item.title;
    const QUrl link(item.link);
    QString body = QStringLiteral("<article>\n<header class=\"article-header\">\n");
    if (!feedTitle.isEmpty())
        body += QStringLiteral("<p class=\"feed\" dir=\"auto\">%1</p>\n").arg(feedTitle.toHtmlEscaped());
    const QString titleHtml = isWebUrl(link)
        ? QStringLiteral("<a href=\"%1\">%2</a>").arg(href(link), title.toHtmlEscaped())
        : title.toHtmlEscaped();
    body += QStringLiteral("<h1 class=\"title\" dir=\"auto\">%1</h1>\n").arg(titleHtml);
    // What the page's own direction depends on: the text outside the elements with a dir of their own.
    QString pageText;

    QStringList byline;
    const QString authors = authorsLine(item.authors);
    if (!authors.isEmpty())
        byline += QStringLiteral("<span class=\"authors\">%1</span>").arg(authors);
    const QDateTime when = item.published.isValid() ? item.published : item.updated;
    if (when.isValid()) {
        byline += QStringLiteral("<time datetime=\"%1\">%2</time>")
                      .arg(when.toUTC().toString(Qt::ISODate), formatDate(when).toHtmlEscaped());
    }
    if (!byline.isEmpty()) {
        pageText += byline.join(QStringLiteral(" · "));
        body += QStringLiteral("<p class=\"byline\">%1</p>\n").arg(byline.join(QStringLiteral(" · ")));
    }
    body += QStringLiteral("</header>\n");

    QString enclosures;
    for (const Enclosure &enclosure : item.enclosures)
        enclosures += enclosureHtml(enclosure);
    if (!enclosures.isEmpty()) {
        pageText += enclosures;
        body += QStringLiteral("<ul class=\"enclosures\">\n%1</ul>\n").arg(enclosures);
    }

    const QString &content = item.content.isEmpty() ? item.summary : item.content;
    if (content.trimmed().isEmpty()) {
        const QString none = QStringLiteral("<p class=\"no-content\">%1</p>\n")
                                 .arg(tr("This item has no text.").toHtmlEscaped());
        pageText += none;
        body += none;
    } else {
        const QStringView shown = content.size() > kMaxContentChars
            ? QStringView(content).first(cutPoint(content, kMaxContentChars))
            : QStringView(content);
        // Appended, not passed through arg(): content may hold "%1" and runs to megabytes.
        body += QStringLiteral("<div class=\"content\" dir=\"%1\">\n").arg(directionOfHtml(shown));
        body += shown;
        body += QStringLiteral("\n</div>\n");
        if (shown.size() < content.size()) {
            QString notice = tr("This article is too long to show here in full.").toHtmlEscaped();
            if (isWebUrl(link)) {
                notice += QStringLiteral(" <a href=\"%1\">%2</a>")
                              .arg(href(link), tr("Read the rest on its site").toHtmlEscaped());
            }
            pageText += notice;
            body += QStringLiteral("<p class=\"truncated\">%1</p>\n").arg(notice);
        }
    }
    body += QStringLiteral("</article>\n");
    return page(title, body, loadRemoteImages, appearance, directionOfHtml(pageText));
}

QByteArray ArticleHtml::welcome(const ArticleAppearance &appearance)
{
    const QString title = tr("Welcome to Tidings");
    const QString body =
        QStringLiteral("<div class=\"welcome\">\n<h1>%1</h1>\n<p>%2</p>\n<p class=\"actions\">"
                       "<a class=\"button\" id=\"add-feed\" href=\"%3\">%4</a> "
                       "<a class=\"button\" id=\"import-opml\" href=\"%5\">%6</a></p>\n<p class=\"hint\">%7</p>\n</div>\n")
            .arg(title.toHtmlEscaped(),
                 tr("Tidings keeps up with the sites you follow. Subscribe to a feed to begin, "
                    "or bring your subscriptions over from another reader.").toHtmlEscaped(),
                 addFeedAction.toHtmlEscaped(), tr("Add feed…").toHtmlEscaped(),
                 importOpmlAction.toHtmlEscaped(), tr("Import OPML…").toHtmlEscaped(),
                 tr("Articles open here. Press Space to scroll and to move on to the next unread one.")
                     .toHtmlEscaped());
    return page(title, body, false, appearance);
}

QByteArray ArticleHtml::empty(const ArticleAppearance &appearance)
{
    return page(QString(), QString(), false, appearance);
}

} // namespace tidings::app
