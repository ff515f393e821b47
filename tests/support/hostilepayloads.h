#pragma once

// The hostile article HTML of threats.md §6 items 15-24 as one table, and the loopback asset server
// their URLs point at, shared by the suites that prove the article guards: tst_articleview (the view
// alone) and tst_hostileflow (parse -> store -> the main window). Each row says what the payload
// does on a page without guards (the positive control): run a script that marks the page (kPwn) or
// request a path from the server; and what the article view may fetch with remote images on.
// Header-only so every UI test can include it.

#include "scriptedhttpserver.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTest>

enum class RemoteOn { Blocked, Allowed, Unchecked };
Q_DECLARE_METATYPE(RemoteOn)

namespace hostile {

// What every script payload tries: a title and a DOM mark the test can read from outside.
inline const QString kPwn = QStringLiteral("document.title='PWNED';document.documentElement.setAttribute('data-pwned','1')");
inline const QString kPwnedTitle = QStringLiteral("PWNED");

struct Payload {
    const char *name;
    QString html;            // %SERVER% stands for the asset server's URL (no trailing slash)
    bool script = false;     // the control must show kPwnedTitle
    QByteArray hitPath;      // the control must request this path; empty: none
    RemoteOn remoteOn = RemoteOn::Blocked;   // what the view may fetch with remote images on
};

inline QList<Payload> payloads()
{
    const QByteArray none;
    return {
        // §6 item 15
        {"inline script", QStringLiteral("<script>%1</script>").arg(kPwn), true, none, RemoteOn::Blocked},
        {"remote script", QStringLiteral("<script src=\"%SERVER%/script.js\"></script>"), true, "/script.js", RemoteOn::Blocked},
        // 16
        {"img onerror", QStringLiteral("<img src=\"data:,\" onerror=\"%1\">").arg(kPwn), true, none, RemoteOn::Blocked},
        {"body onload", QStringLiteral("<body onload=\"%1\">text").arg(kPwn), true, none, RemoteOn::Blocked},
        {"svg onload", QStringLiteral("<svg onload=\"%1\"><rect width=\"5\" height=\"5\"/></svg>").arg(kPwn), true, none,
         RemoteOn::Blocked},
        {"details ontoggle", QStringLiteral("<details open ontoggle=\"%1\"><summary>s</summary>d</details>").arg(kPwn),
         true, none, RemoteOn::Blocked},
        // 23: mXSS shapes from DOMPurify's fixtures: the HTML parser lets the <img> out of the svg/math
        // context, so the control runs it; the view's JavaScript-off stops it.
        {"svg p style mXSS", QStringLiteral("<svg><p><style><g title=\"</style><img src=\"data:,\" onerror=\"%1\">\">").arg(kPwn),
         true, none, RemoteOn::Blocked},
        // 15 and 23: with scripting on, <noscript> is raw text and its end tag inside the attribute frees
        // the <img>; with scripting off (the view) it is markup and the <img> stays inside the attribute.
        {"noscript mXSS", QStringLiteral("<noscript><p title=\"</noscript><img src=\"data:,\" onerror=\"%1\">\"></noscript>").arg(kPwn),
         true, none, RemoteOn::Blocked},
        // 19
        {"iframe", QStringLiteral("<iframe src=\"%SERVER%/iframe\"></iframe>"), false, "/iframe", RemoteOn::Blocked},
        {"object", QStringLiteral("<object data=\"%SERVER%/object\" type=\"text/html\"></object>"), false, "/object", RemoteOn::Blocked},
        {"embed", QStringLiteral("<embed src=\"%SERVER%/embed\" type=\"text/html\">"), false, "/embed", RemoteOn::Blocked},
        // 20
        {"meta refresh", QStringLiteral("<meta http-equiv=\"refresh\" content=\"0;url=%SERVER%/refresh\">"), false, "/refresh",
         RemoteOn::Blocked},
        {"base tag", QStringLiteral("<base href=\"%SERVER%/base/\"><img src=\"relative.png\">"), false, "/base/relative.png",
         RemoteOn::Blocked},
        {"remote stylesheet", QStringLiteral("<link rel=\"stylesheet\" href=\"%SERVER%/style.css\">"), false, "/style.css",
         RemoteOn::Blocked},
        // 21
        {"style @import", QStringLiteral("<style>@import url(\"%SERVER%/import.css\");</style><p>x</p>"), false, "/import.css",
         RemoteOn::Blocked},
        {"web font", QStringLiteral("<style>@font-face{font-family:f;src:url(\"%SERVER%/font.woff\")}p{font-family:f}</style><p>text</p>"),
         false, "/font.woff", RemoteOn::Blocked},
        // 24: remote images and media, allowed only when the feed's switch is on
        {"remote img", QStringLiteral("<img src=\"%SERVER%/pixel.png\">"), false, "/pixel.png", RemoteOn::Allowed},
        {"srcset", QStringLiteral("<img srcset=\"%SERVER%/srcset.png 1x\">"), false, "/srcset.png", RemoteOn::Allowed},
        {"picture source", QStringLiteral("<picture><source srcset=\"%SERVER%/source.png\"><img src=\"data:,\"></picture>"),
         false, "/source.png", RemoteOn::Allowed},
        {"video poster", QStringLiteral("<video poster=\"%SERVER%/poster.png\" width=\"100\" height=\"100\"></video>"), false,
         "/poster.png", RemoteOn::Allowed},
        {"css background", QStringLiteral("<div style=\"width:20px;height:20px;background-image:url('%SERVER%/bg.png')\"></div>"),
         false, "/bg.png", RemoteOn::Allowed},
        {"audio preload", QStringLiteral("<audio src=\"%SERVER%/audio.mp3\" preload=\"auto\"></audio>"), false, "/audio.mp3",
         RemoteOn::Unchecked},
    };
}

// The table as QTest data: the columns payload, script, hitPath, remoteOn and one row per payload.
inline void addPayloadRows()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<bool>("script");
    QTest::addColumn<QByteArray>("hitPath");
    QTest::addColumn<RemoteOn>("remoteOn");
    for (const Payload &row : payloads())
        QTest::newRow(row.name) << row.html << row.script << row.hitPath << row.remoteOn;
}

inline QByteArray pngBytes(int size, QColor colour, int height = 0)
{
    QImage image(size, height > 0 ? height : size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Serves images, scripts and style sheets so that the control page really gets each to work.
inline void scriptServer(ScriptedHttpServer &server)
{
    const QByteArray png = pngBytes(4, Qt::red);
    for (const char *path : {"/pixel.png", "/pixel-on.png", "/pixel-off.png", "/srcset.png", "/source.png",
                             "/poster.png", "/bg.png", "/base/relative.png", "/feed-image.png", "/title.png"})
        server.respond(path, 200, png, {{"Content-Type", "image/png"}});
    server.respond("/script.js", 200, kPwn.toUtf8(), {{"Content-Type", "text/javascript"}});
    server.respond("/style.css", 200, "body{color:red}", {{"Content-Type", "text/css"}});
    server.respond("/import.css", 200, "body{color:red}", {{"Content-Type", "text/css"}});
    const QByteArray page = "<!doctype html><title>framed</title>hello";
    for (const char *path : {"/iframe", "/object", "/embed", "/refresh", "/clicked", "/form", "/blank"})
        server.respond(path, 200, page, {{"Content-Type", "text/html"}});
}

// Requests the server recorded for `path`; every request when empty.
inline int hits(const ScriptedHttpServer &server, const QByteArray &path = {})
{
    int count = 0;
    for (const auto &request : server.requests())
        count += path.isEmpty() || request.path == path;
    return count;
}

inline QString withServer(QString payload, const ScriptedHttpServer &server)
{
    return payload.replace(QLatin1String("%SERVER%"), server.url(QString()).toString());
}

// The payload as the body of a plain page, titled "clean", for the permissive control page.
inline QString controlDocument(const QString &payload)
{
    return QStringLiteral("<!doctype html><html><head><title>clean</title></head><body>") + payload
           + QStringLiteral("</body></html>");
}

} // namespace hostile
