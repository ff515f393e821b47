#include "core/net/fetchjob.h"

#include "core/feed/dateparser.h"
#include "core/net/backoff.h"
#include "core/net/redirectpolicy.h"
#include "core/net/useragent.h"
#include "core/util/digest.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <limits>

namespace tidings {
namespace {

// Qt keeps at most this much of a response we have not read; past it Qt stops reading the socket,
// so a job waiting for the budget holds the server back instead of filling memory. (A reply with
// no limit buffers whatever arrives, which is what let endless bodies pile up before.)
constexpr qint64 kQtReadBuffer = 256 * 1024;
// The most taken from Qt at once, and the least a body buffer grows by.
constexpr qint64 kPiece = 64 * 1024;

bool isWebScheme(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isPermanentRedirect(int status)
{
    return status == 301 || status == 308;
}

// The reason phrase is server text shown to a person: keep it short and printable.
QString reasonPhrase(const QNetworkReply &reply)
{
    const QByteArray raw = reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    QString clean;
    for (const char c : raw.left(60))
        clean += (c >= 0x20 && c < 0x7f) ? QLatin1Char(c) : QLatin1Char('?');
    return clean.trimmed();
}

// Errors Qt reports for an HTTP status; anything else means the exchange itself failed.
bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    return (error >= QNetworkReply::ContentAccessDenied && error <= QNetworkReply::UnknownContentError)
        || error == QNetworkReply::ProtocolInvalidOperationError
        || (error >= QNetworkReply::InternalServerError && error <= QNetworkReply::UnknownServerError);
}

// Compares Retry-After dates with the server's own clock when it sent one, so a skewed local
// clock does not turn "come back in a minute" into "come back tomorrow" or "right now".
qint64 retryAfterOf(const QNetworkReply &reply)
{
    const QByteArray value = reply.rawHeader("Retry-After");
    if (value.isEmpty())
        return -1;
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (const auto serverDate = parseDate(QString::fromLatin1(reply.rawHeader("Date"))))
        now = serverDate->utc;
    return parseRetryAfter(value, now);
}

} // namespace

FetchJob::FetchJob(QNetworkAccessManager &manager, FetchRequest request, const FetchLimits &limits,
                   DownloadBudget *budget, QObject *parent)
    : QObject(parent), m_manager(manager), m_request(std::move(request)), m_limits(limits), m_budget(budget)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        const QString seconds = QString::number(m_limits.deadlineMs / 1000.0, 'g', 3);
        const qint64 waitedMs = m_waitedMs + (m_waiting ? m_waitClock.elapsed() : 0);
        if (waitedMs >= 1000) {
            stop(FetchOutcome::Timeout, tr("no complete answer within %1 seconds (%n of them waiting for memory "
                                           "that other downloads held)", nullptr, int(waitedMs / 1000)).arg(seconds));
        } else {
            stop(FetchOutcome::Timeout, tr("no complete answer within %1 seconds").arg(seconds));
        }
    });
    m_stall.setSingleShot(true);
    connect(&m_stall, &QTimer::timeout, this, [this] {
        stop(FetchOutcome::Timeout, tr("the server stopped sending data for %n second(s)", nullptr,
                                       int(qMin(m_limits.stallMs, m_limits.deadlineMs) / 1000)));
    });
    if (m_budget)
        m_ticket = m_budget->join([this] { onBudgetResume(); }, [this] {
            m_waiting = false;
            stop(FetchOutcome::TooLarge, tr("the response is too large to receive alongside the other downloads: "
                                            "%1 bytes so far, and all of them together may hold %2 bytes")
                                             .arg(m_body.size()).arg(m_budget->limit()));
        });
}

FetchJob::~FetchJob()
{
    if (m_budget && !m_left)
        m_budget->leave(m_ticket);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void FetchJob::start()
{
    m_clock.start();
    if (!isWebScheme(m_request.url)) {
        // Queued so that finished() never fires inside start(), where the caller is mid-bookkeeping.
        QMetaObject::invokeMethod(this, [this] {
            stop(FetchOutcome::NetworkError, tr("only http and https addresses can be fetched"));
        }, Qt::QueuedConnection);
        return;
    }
    m_deadline.start(m_limits.deadlineMs);
    send(m_request.url);
}

void FetchJob::send(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/rss+xml, application/atom+xml, application/feed+json, "
                                   "application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8");
    if (!m_request.etag.isEmpty())
        request.setRawHeader("If-None-Match", m_request.etag);
    if (!m_request.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_request.lastModified);
    // Redirects are followed by hand (followRedirect()): Qt's redirected() signal does not say
    // reliably which status each hop had, and its user-verified mode races in 6.4.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // No Qt transfer timeout: m_stall does that job (a silent server fails fast), and unlike Qt's
    // it pauses while we are the ones not reading. The deadline catches a server that drips bytes.

    m_body = QByteArray();
    m_pending = QByteArray();
    m_received = 0;
    m_announced = -1;
    m_replyFinished = false;
    if (m_budget)
        m_budget->resize(m_ticket, 0);
    m_reply = m_manager.get(request);
    m_reply->setReadBufferSize(kQtReadBuffer);
    restartStall();
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FetchJob::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &FetchJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FetchJob::onFinished);
}

void FetchJob::cancel()
{
    if (m_reply)
        stop(FetchOutcome::Cancelled, tr("the fetch was cancelled"));
    else if (!m_done)
        emitOnce([this] {
            FetchResult result;
            result.feedId = m_request.feedId;
            result.finalUrl = m_request.url;
            result.outcome = FetchOutcome::Cancelled;
            result.message = tr("the fetch was cancelled");
            return result;
        }());
}

bool FetchJob::followRedirect()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray location = m_reply->rawHeader("Location");
    if (m_reply->error() != QNetworkReply::NoError || !isRedirect(status) || location.isEmpty())
        return false;
    const QUrl from = m_reply->url();
    const QUrl target = from.resolved(QUrl::fromEncoded(location.trimmed()));
    ++m_redirects;
    if (m_redirects > m_limits.maxRedirects) {
        stop(FetchOutcome::RedirectRefused, tr("more than %1 redirects").arg(m_limits.maxRedirects));
        return true;
    }
    switch (judgeRedirect(from, target)) {
    case RedirectVerdict::Follow:
        break;
    case RedirectVerdict::NotWeb:
        stop(FetchOutcome::RedirectRefused, tr("a redirect to a %1: address was refused").arg(target.scheme()));
        return true;
    case RedirectVerdict::Downgrade:
        stop(FetchOutcome::RedirectRefused, tr("a redirect from https to plain http was refused"));
        return true;
    case RedirectVerdict::IntoLocalNetwork:
        stop(FetchOutcome::RedirectRefused, tr("a redirect into the local network (%1) was refused").arg(target.host()));
        return true;
    }
    if (isPermanentRedirect(status) && m_allPermanent)
        m_permanentUrl = target;
    else
        m_allPermanent = false;
    m_reply->disconnect(this);
    m_reply->deleteLater();
    send(target);
    return true;
}

void FetchJob::onMetaDataChanged()
{
    if (!m_waiting)
        restartStall();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return;
    bool known = false;
    const qint64 announced = m_reply->rawHeader("Content-Length").toLongLong(&known);
    if (known && announced > m_limits.maxBodyBytes) {
        stop(FetchOutcome::TooLarge, tr("the response is too large (%1 bytes, the limit is %2)")
                                         .arg(announced).arg(m_limits.maxBodyBytes));
        return;
    }
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (known && announced >= 0 && (encoding.isEmpty() || encoding == "identity"))
        m_announced = announced;
}

void FetchJob::onReadyRead()
{
    if (m_waiting)
        return;   // the data stays in Qt's bounded buffer until the budget has room
    restartStall();
    pump();
}

void FetchJob::restartStall()
{
    if (m_limits.stallMs > 0)
        m_stall.start(m_limits.stallMs);
}

// Moves what Qt has into the body and finishes once Qt has finished and nothing is left over.
void FetchJob::pump()
{
    if (m_done || m_stopped || m_waiting || !m_reply)
        return;
    if (pull() && m_replyFinished)
        finish();
}

// Reading as it arrives lets us count decompressed bytes. False when the job stopped or now waits
// for the budget.
bool FetchJob::pull()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool keep = status >= 200 && status < 300;   // other bodies (error pages, redirects) are not used
    for (;;) {
        if (m_pending.isEmpty()) {
            m_pending = m_reply->read(kPiece);
            if (m_pending.isEmpty())
                return true;
            m_received += m_pending.size();
        }
        if (m_received > m_limits.maxBodyBytes) {
            m_body = QByteArray();
            m_pending = QByteArray();
            stop(FetchOutcome::TooLarge, tr("the response is larger than the limit of %1 bytes").arg(m_limits.maxBodyBytes));
            return false;
        }
        if (keep) {
            const qint64 needed = m_body.size() + m_pending.size();
            if (needed > m_body.capacity() && !growBody(needed))
                return false;
            m_body.append(m_pending);
        }
        m_pending = QByteArray();
    }
}

// Doubles the buffer (fewer copies) but never past an announced length or the cap, and only as
// far as the budget allows.
bool FetchJob::growBody(qint64 needed)
{
    qint64 target = std::max({needed, 2 * qint64(m_body.capacity()), kPiece});
    if (m_announced >= needed)
        target = qMin(target, m_announced);
    target = qMin(target, m_limits.maxBodyBytes);
    if (m_budget && !m_budget->resize(m_ticket, target)) {
        waitForBudget();
        return false;
    }
    m_body.reserve(target);
    return true;
}

void FetchJob::waitForBudget()
{
    m_waiting = true;
    m_stall.stop();
    m_waitClock.start();
}

void FetchJob::onBudgetResume()
{
    if (!m_waiting || m_done || m_stopped)
        return;
    m_waiting = false;
    m_waitedMs += m_waitClock.elapsed();
    if (!m_replyFinished)
        restartStall();
    pump();
}

void FetchJob::stop(FetchOutcome outcome, const QString &message)
{
    if (m_stopped || m_done)
        return;
    m_stopped = true;
    m_stopOutcome = outcome;
    m_stopMessage = message;
    if (m_reply && !m_reply->isFinished())
        m_reply->abort();   // finishes the reply, which lands in onFinished()
    else
        onFinished();
}

void FetchJob::onFinished()
{
    if (m_stopped || !m_reply) {
        finish();
        return;
    }
    if (followRedirect())
        return;
    m_replyFinished = true;
    m_stall.stop();
    pump();   // what is left in Qt's buffer; finishes now or when the budget has room
}

void FetchJob::finish()
{
    FetchResult result;
    result.feedId = m_request.feedId;
    result.finalUrl = m_request.url;
    result.etag = m_request.etag;
    result.lastModified = m_request.lastModified;
    if (m_reply) {
        result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.finalUrl = m_reply->url();
        result.contentType = m_reply->rawHeader("Content-Type");
    }
    result.permanentUrl = m_permanentUrl;
    result.redirects = m_redirects;
    result.allRedirectsPermanent = m_redirects > 0 && m_allPermanent;
    if (m_stopped) {
        result.outcome = m_stopOutcome;
        result.message = m_stopMessage;
    } else {
        classify(result);
    }
    emitOnce(std::move(result));
}

namespace {

// An uncompressed body shorter than its Content-Length. (A compressed one announces the compressed
// size; a cut gzip stream fails in Qt's inflate instead.)
bool isTruncated(const QNetworkReply &reply, qsizetype received)
{
    const QByteArray encoding = reply.rawHeader("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return false;
    bool known = false;
    const qint64 announced = reply.rawHeader("Content-Length").toLongLong(&known);
    return known && received < announced;
}

} // namespace

void FetchJob::classify(FetchResult &result) const
{
    const QNetworkReply &reply = *m_reply;
    const QNetworkReply::NetworkError error = reply.error();
    const int status = result.httpStatus;
    result.retryAfterSeconds = retryAfterOf(reply);

    if (error == QNetworkReply::NoError && status == 304) {
        result.outcome = FetchOutcome::NotModified;
        result.message = tr("not modified since the last fetch");
        // A 304 may repeat or refresh the validators; absent ones keep their stored values.
        if (!reply.rawHeader("ETag").isEmpty())
            result.etag = reply.rawHeader("ETag");
        if (!reply.rawHeader("Last-Modified").isEmpty())
            result.lastModified = reply.rawHeader("Last-Modified");
        return;
    }
    if (error == QNetworkReply::NoError && status >= 200 && status < 300 && isTruncated(reply, m_body.size())) {
        // Qt reports some connections reset after the headers as a normal end: a half document would
        // then parse as a feed with fewer (or no) items, and the missing ones would count as gone.
        bool known = false;
        const qint64 announced = reply.rawHeader("Content-Length").toLongLong(&known);
        result.outcome = FetchOutcome::NetworkError;
        result.message = tr("the connection ended after %1 of the %2 bytes the server announced")
                             .arg(m_body.size()).arg(announced);
        return;
    }
    if (error == QNetworkReply::NoError && status >= 200 && status < 300) {
        result.etag = reply.rawHeader("ETag");
        result.lastModified = reply.rawHeader("Last-Modified");
        result.body = m_body;
        result.bodyHash = Digest128::of(m_body).toHex();
        if (result.permanentUrl.isValid()) {
            result.outcome = FetchOutcome::Moved;
            result.message = tr("the feed has moved permanently to %1").arg(result.permanentUrl.toDisplayString());
        } else if (!m_request.bodyHash.isEmpty() && result.bodyHash == m_request.bodyHash) {
            result.outcome = FetchOutcome::Unchanged;
            result.message = tr("the server sent the same document again");
        } else {
            result.outcome = FetchOutcome::Ok;
        }
        return;
    }
    if (status >= 300 && (error == QNetworkReply::NoError || isHttpStatusError(error))) {
        const QString answered = tr("the server answered HTTP %1 %2").arg(status).arg(reasonPhrase(reply)).trimmed();
        if (status == 410) {
            result.outcome = FetchOutcome::Gone;
            result.message = tr("the feed is gone for good (HTTP 410)");
        } else if (status == 429 || (status == 503 && result.retryAfterSeconds >= 0)) {
            result.outcome = FetchOutcome::RateLimited;
            const int wait = int(qMin<qint64>(result.retryAfterSeconds, std::numeric_limits<int>::max()));
            result.message = result.retryAfterSeconds >= 0
                ? tr("the server asks to wait %n second(s) before the next fetch (HTTP %1)", nullptr, wait).arg(status)
                : tr("the server says there were too many requests (HTTP %1)").arg(status);
        } else {
            result.outcome = FetchOutcome::HttpError;
            result.message = answered;
        }
        return;
    }
    switch (error) {
    case QNetworkReply::UnknownContentError:
        // A 2xx body Qt refused to decode: a corrupt stream, or its decompression-bomb check. Qt 6.4
        // says "Decompression failed: " for both; later versions name the bomb setting.
        if (reply.errorString().contains(QLatin1String("decompressedSafetyCheckThreshold"))) {
            result.outcome = FetchOutcome::TooLarge;
            result.message = tr("the compressed response expands to more than is safe to decode");
        } else {
            result.outcome = FetchOutcome::NetworkError;
            result.message = tr("the compressed response could not be decoded: it is corrupt or expands too far");
        }
        break;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        result.outcome = FetchOutcome::Timeout;
        result.message = tr("the server stopped sending data for %n second(s)", nullptr,
                            int(qMin(m_limits.stallMs, m_limits.deadlineMs) / 1000));
        break;
    case QNetworkReply::SslHandshakeFailedError:
        result.outcome = FetchOutcome::TlsError;
        result.message = tr("the secure connection failed: %1").arg(reply.errorString());
        break;
    case QNetworkReply::ConnectionRefusedError:
        result.outcome = FetchOutcome::NetworkError;
        result.message = tr("the server refused the connection");
        break;
    case QNetworkReply::HostNotFoundError:
        result.outcome = FetchOutcome::NetworkError;
        result.message = tr("the server name %1 could not be found").arg(result.finalUrl.host());
        break;
    default:
        result.outcome = FetchOutcome::NetworkError;
        result.message = tr("the connection failed: %1").arg(reply.errorString());
        break;
    }
}

void FetchJob::emitOnce(FetchResult result)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_stall.stop();
    if (m_budget && !m_left) {
        m_left = true;
        BudgetHold hold = m_budget->leave(m_ticket);
        if (!result.body.isEmpty())
            result.bodyHold = std::move(hold);
    }
    m_body = QByteArray();   // the result has it now, if anyone does
    m_pending = QByteArray();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    emit finished(result);
}

} // namespace tidings
