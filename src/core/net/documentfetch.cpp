#include "core/net/documentfetch.h"

#include "core/net/fetchjob.h"

#include <QNetworkAccessManager>

namespace tidings {

void fetchDocument(QNetworkAccessManager &manager, const QUrl &url, const FetchLimits &limits,
                   std::function<void(FetchResult)> done)
{
    FetchRequest request;
    request.url = url;
    auto *job = new FetchJob(manager, std::move(request), limits, nullptr, &manager);
    QObject::connect(job, &FetchJob::finished, job, [job, done = std::move(done)](const FetchResult &result) {
        job->deleteLater();
        done(result);
    });
    job->start();
}

} // namespace tidings
