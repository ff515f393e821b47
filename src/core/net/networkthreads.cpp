#include "core/net/networkthreads.h"

#include <QDeadlineTimer>
#include <QThread>

#ifdef Q_OS_LINUX
#include <QDir>
#include <QFile>
#endif

namespace tidings::net {

int networkThreadsAlive()
{
#ifdef Q_OS_LINUX
    int count = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile name(tasks.filePath(task + QStringLiteral("/comm")));
        // The kernel keeps 15 bytes of a thread's name.
        if (name.open(QIODevice::ReadOnly) && name.readAll().startsWith("QNetworkAccessM"))
            ++count;
    }
    return count;
#else
    return 0;
#endif
}

bool waitForNetworkThreadsToEnd(std::chrono::milliseconds limit)
{
    const QDeadlineTimer deadline(limit);
    while (networkThreadsAlive() > 0) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(2);
    }
    return true;
}

} // namespace tidings::net
