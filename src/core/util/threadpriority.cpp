#include "core/util/threadpriority.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace tidings {

void lowerCurrentThreadPriority()
{
#ifdef Q_OS_LINUX
    // Qt's thread priorities do not reach Linux's normal scheduling class (its range is 0..0);
    // a thread's own nice value does, and raising it needs no privilege.
    constexpr int kNice = 10;
    const pid_t thread = gettid();
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, id_t(thread));
    if (errno == 0 && current < kNice)
        setpriority(PRIO_PROCESS, id_t(thread), kNice);
#else
    if (QThread *thread = QThread::currentThread(); thread && thread->priority() > QThread::LowPriority)
        thread->setPriority(QThread::LowPriority);
#endif
}

} // namespace tidings
