#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace tidings {

struct FetchLimits {
    int deadlineMs = 60'000;            // the whole request, however slowly the server drips bytes
    qint64 maxBodyBytes = 64ll << 20;   // enforced while streaming, after decompression
    int maxRedirects = 10;
};

struct FetchResult {
    bool ok = false;
    int httpStatus = 0;
    QUrl finalUrl;              // after redirects
    QByteArray contentType;     // the Content-Type header, as sent
    QByteArray body;
    QString error;              // one sentence when !ok
};

// Fetches one document over http(s) with the limits every fetch in Tidings keeps: an overall
// deadline, a size cap enforced while reading, at most a few redirects and never to another scheme,
// and our User-Agent. Asynchronous: `done` runs on the manager's thread when the request ends.
void fetchDocument(QNetworkAccessManager &manager, const QUrl &url, const FetchLimits &limits,
                   std::function<void(FetchResult)> done);

} // namespace tidings
