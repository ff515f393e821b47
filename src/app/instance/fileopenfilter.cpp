#include "app/instance/fileopenfilter.h"

#include <QFileOpenEvent>

namespace tidings::app {

bool FileOpenFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FileOpen)
        return QObject::eventFilter(watched, event);
    const auto *open = static_cast<QFileOpenEvent *>(event);
    // A file arrives as a file: URL with file() set; a feed: link as the URL alone.
    const QString what = open->file().isEmpty() ? open->url().toString(QUrl::FullyEncoded) : open->file();
    const LaunchRequest request = launchRequestFromUrl(what, QString());
    if (!request.isEmpty())
        emit requested(request);
    return true;
}

} // namespace tidings::app
