#include "core/net/documentfetch.h"

#include "core/net/useragent.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace tidings {
namespace {

bool isWebScheme(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

} // namespace

void fetchDocument(QNetworkAccessManager &manager, const QUrl &url, const FetchLimits &limits,
                   std::function<void(FetchResult)> done)
{
    if (!isWebScheme(url)) {
        FetchResult result;
        result.error = QStringLiteral("only http and https addresses can be fetched");
        done(std::move(result));
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/rss+xml, application/atom+xml, application/feed+json, "
                                   "application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(limits.maxRedirects);
    // A stalled connection fails fast; the deadline below also catches a server that drips bytes.
    request.setTransferTimeout(qMin(limits.deadlineMs, 30'000));

    QNetworkReply *reply = manager.get(request);
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    auto state = std::make_shared<QString>();   // why we aborted, if we did

    QObject::connect(deadline, &QTimer::timeout, reply, [reply, state, limits] {
        *state = QStringLiteral("no complete answer within %1 seconds").arg(limits.deadlineMs / 1000);
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::redirected, reply, [reply, state](const QUrl &target) {
        if (!isWebScheme(target)) {
            *state = QStringLiteral("redirect to a non-web address (%1) refused").arg(target.scheme());
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, state, limits] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > limits.maxBodyBytes) {
            *state = QStringLiteral("the response is too large (%1 bytes)").arg(announced);
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply, state, limits](qint64 received, qint64) {
        if (received > limits.maxBodyBytes && state->isEmpty()) {
            *state = QStringLiteral("the response is larger than %1 MB").arg(limits.maxBodyBytes >> 20);
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, state, done = std::move(done)] {
        FetchResult result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.finalUrl = reply->url();
        result.contentType = reply->rawHeader("Content-Type");
        if (!state->isEmpty()) {
            result.error = *state;
        } else if (reply->error() != QNetworkReply::NoError) {
            result.error = result.httpStatus >= 400
                ? QStringLiteral("the server answered HTTP %1 %2").arg(result.httpStatus)
                      .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                : reply->errorString();
        } else {
            result.ok = true;
            result.body = reply->readAll();
        }
        reply->deleteLater();
        done(std::move(result));
    });
    deadline->start(limits.deadlineMs);
}

} // namespace tidings
