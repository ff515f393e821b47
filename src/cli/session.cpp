#include "cli/session.h"

#include "cli/output.h"
#include "core/store/profile.h"

#include <climits>
#include <cstdio>

namespace tidings::cli {

QString Session::open()
{
    const ProfileLocation location = resolveProfile(profile);
    if (location.path.isEmpty())
        return location.error;
    StoreOptions options;
    // Once after an update, upgrading or re-indexing a large profile takes a while: on a terminal
    // a line says so (and how far it has come), where the command would otherwise seem to hang.
    bool said = false;
    if (stderrIsTerminal()) {
        options.observe = [&said, lastPercent = -1](SetupStep step, qint64 done, qint64 total) mutable {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            if (said && percent == lastPercent)
                return;
            lastPercent = percent;
            const QString line = step == SetupStep::Upgrading
                                     ? Cli::tr("upgrading the database to this version of Tidings…")
                                     : Cli::tr("rebuilding the search index: %L1 of %Ln item(s)…", nullptr, int(qMin<qint64>(total, INT_MAX)))
                                           .arg(done);
            std::fprintf(stderr, "\r\033[K%s", line.toUtf8().constData());
            std::fflush(stderr);
            said = true;
        };
    }
    const QString error = store.open(location.path, options);
    if (said)
        std::fputs("\r\033[K", stderr);
    return error;
}

} // namespace tidings::cli
